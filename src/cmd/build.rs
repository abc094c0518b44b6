//! `deckle build`: content and templates in, website and PDFs out, all or nothing.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::booklet::BookletRenderer;
use crate::content::Project;
use crate::deck::{HomeDeck, PrintShopDeck, SharedCards};
use crate::error::Error;
use crate::output::{self, Staging, Written};
use crate::parallel;
use crate::render::{Download, Renderer};
use crate::site::{SiteRenderer, Theme};

/// What to build, and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The project folder (holding `content/`).
    pub project: PathBuf,
    /// The output folder; `output/` inside the project when not given.
    pub out: Option<PathBuf>,
    /// Overrides `base_url` from the settings.
    pub base_url: Option<String>,
}

/// What a successful build made.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Where the output went.
    pub out: PathBuf,
    /// Files, pages and bytes written.
    pub written: Written,
    /// The printable files made.
    pub downloads: Vec<Download>,
    /// How long the build took.
    pub elapsed: Duration,
}

impl BuildReport {
    /// The one line printed after a build.
    pub fn summary(&self) -> String {
        let pdfs = self.downloads.len();
        format!(
            "Built {} pages and {} PDF{} into {} ({} files, {} KB) in {} ms.",
            self.written.pages,
            pdfs,
            if pdfs == 1 { "" } else { "s" },
            self.out.display(),
            self.written.files,
            self.written.bytes.div_ceil(1000),
            self.elapsed.as_millis()
        )
    }
}

/// Loads the project and renders everything into the output folder, atomically.
pub fn run(options: &BuildOptions) -> Result<BuildReport, Vec<Error>> {
    let started = Instant::now();
    let mut project = Project::load(&options.project)?;
    if let Some(url) = &options.base_url {
        project.settings.set_base_url(url).map_err(|e| vec![e])?;
    }
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| project.paths.output());
    output::check_placement(&out, &[project.paths.content(), project.paths.templates()])
        .map_err(|e| vec![e])?;
    let (written, downloads) = build_project(&project, &out)?;
    Ok(BuildReport {
        out,
        written,
        downloads,
        elapsed: started.elapsed(),
    })
}

/// Renders a loaded project into `out`, replacing it only if everything succeeded.
pub fn build_project(
    project: &Project,
    out: &Path,
) -> Result<(Written, Vec<Download>), Vec<Error>> {
    let staging = Staging::begin(out).map_err(|e| vec![e])?;
    let downloads = render(project, &staging)?;
    let written = staging.commit().map_err(|e| vec![e])?;
    Ok((written, downloads))
}

/// Renders every output of `project` into `staging` without committing it: the printables
/// first, then the site that links to them. Every renderer runs even when another failed,
/// so all their problems are reported together, each once (the two card PDFs share their
/// layout, and with it any problem it has).
pub fn render(project: &Project, staging: &Staging) -> Result<Vec<Download>, Vec<Error>> {
    let theme = Theme::load(&project.paths).map_err(|e| vec![e])?;

    let cards = Arc::new(SharedCards::default());
    let printables: Vec<Box<dyn Renderer>> = vec![
        Box::new(HomeDeck::sharing(Arc::clone(&cards))),
        Box::new(PrintShopDeck::sharing(cards)),
        Box::new(BookletRenderer),
    ];
    let mut downloads = Vec::new();
    let mut problems = Vec::new();
    // The PDFs are independent of each other: make them side by side, one thread each.
    let results = parallel::map(&printables, 1, "making the PDFs", |renderer| {
        renderer.render(project, staging)
    })
    .map_err(|e| vec![e])?;
    for result in results {
        match result {
            Ok(made) => downloads.extend(made),
            Err(problem) if problems.contains(&problem) => {}
            Err(problem) => problems.push(problem),
        }
    }
    if let Err(problem) = SiteRenderer::new(theme, downloads.clone()).render(project, staging) {
        problems.push(problem);
    }
    if problems.is_empty() {
        Ok(downloads)
    } else {
        Err(problems)
    }
}
