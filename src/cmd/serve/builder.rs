//! Makes the preview's builds and publishes how they went. Each build goes to a fresh folder,
//! so a request is always answered from one complete build; on failure the last build that
//! worked stays published, with the problems beside it.

use std::path::PathBuf;
use std::time::Instant;

use super::events::Publisher;
use crate::cmd::term::Term;
use crate::cmd::{ScratchDir, build};
use crate::content::{Project, ProjectPaths};

/// Makes the builds and records how they went.
pub struct Builder {
    /// The project's folders.
    pub paths: ProjectPaths,
    scratch: ScratchDir,
    publish: Publisher,
    term: Term,
    generation: u64,
    /// The last build that worked, whose unchanged files (PDFs, pictures) the next one keeps.
    last: Option<PathBuf>,
}

impl Builder {
    /// A builder whose first build is still to make.
    pub fn new(paths: ProjectPaths, scratch: ScratchDir, publish: Publisher, term: Term) -> Self {
        Builder {
            paths,
            scratch,
            publish,
            term,
            generation: 0,
            last: None,
        }
    }

    /// Builds into a fresh folder; on success the server switches to it, on failure it keeps
    /// the last build that worked and the pages show the problems.
    pub fn rebuild(&mut self) {
        let started = Instant::now();
        self.generation += 1;
        let out = self.site_folder(self.generation);
        let result = Project::load(&self.paths.root).and_then(|mut project| {
            project.settings.base_url = None;
            build::build_project(&project, &out, self.last.as_deref())
        });
        match result {
            Ok((written, _)) => {
                self.last = Some(out.clone());
                self.publish.send_modify(|status| {
                    status.site = Some(out);
                    status.version += 1;
                    status.problems = None;
                });
                // The build before the previous one is no longer published; a request still
                // reading from it has its file open already.
                if let Some(old) = self.generation.checked_sub(2) {
                    let _ = std::fs::remove_dir_all(self.site_folder(old));
                }
                self.term.success(
                    "Built",
                    format!(
                        "{} pages in {} ms; open pages reload by themselves.",
                        written.pages,
                        started.elapsed().as_millis()
                    ),
                );
            }
            Err(problems) => {
                let text = problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n\n");
                let mut had_site = false;
                self.publish.send_modify(|status| {
                    status.problems = Some(text);
                    had_site = status.site.is_some();
                });
                let closing = if had_site {
                    "The preview keeps showing the last version that worked; fix the problem and save."
                } else {
                    "Fix the problem and save; the preview starts once the site builds."
                };
                self.term.problems(&problems, closing);
            }
        }
    }

    fn site_folder(&self, generation: u64) -> PathBuf {
        self.scratch.path().join(format!("site-{generation}"))
    }
}
