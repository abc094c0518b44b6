//! `deckle build`: content and templates in, website and PDFs out, all or nothing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::content::{Printed, Project};
use crate::error::Error;
use crate::output::{self, Staging, Written};
use crate::render::{Download, InFolder, Job, Prepare, Printable};
use crate::site::{SiteRenderer, Theme};
use crate::{booklet, deck, parallel};

/// What to build, and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The project folder (holding `content/`).
    pub project: PathBuf,
    /// The output folder; `output/` inside the project when not given.
    pub out: Option<PathBuf>,
    /// Overrides `base_url` from the settings.
    pub base_url: Option<String>,
    /// Builds the pieces and pages marked `draft: true` too (as `serve` shows them).
    pub include_drafts: bool,
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
    /// Files of `content/` left out of the site, each with how to publish it if meant.
    pub warnings: Vec<Error>,
}

impl BuildReport {
    /// The one line printed after a build.
    pub fn summary(&self) -> String {
        // A zip of card images is a download, not a PDF.
        let pdfs = self.downloads.iter().filter(|d| !d.images).count();
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
    if !options.include_drafts {
        project.drop_drafts();
    }
    if let Some(url) = &options.base_url {
        project.settings.set_base_url(url).map_err(|e| vec![e])?;
    }
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| project.paths.output());
    output::check_placement(&out, &[project.paths.content(), project.paths.templates()])
        .map_err(|e| vec![e])?;
    let (written, downloads) = build_project(&project, &out, None)?;
    Ok(BuildReport {
        out,
        written,
        downloads,
        elapsed: started.elapsed(),
        warnings: project.warnings,
    })
}

/// Renders a loaded project into `out`, replacing it only if everything succeeded; files
/// that come out the same are taken from `previous` (another build of the project) when
/// given, or else from the `out` it replaces.
pub fn build_project(
    project: &Project,
    out: &Path,
    previous: Option<&Path>,
) -> Result<(Written, Vec<Download>), Vec<Error>> {
    let staging = Staging::begin(out).map_err(|e| vec![e])?.reusing(previous);
    let downloads = render(project, &staging)?;
    let written = staging.commit().map_err(|e| vec![e])?;
    Ok((written, downloads))
}

/// The printables, in the order the site offers them.
const PRINTABLES: [Prepare; 2] = [deck::prepare, booklet::prepare];

/// Every output of a project after the first phase: laid out and checked, nothing written.
pub struct Prepared<'a> {
    /// The site, ready to write once the printables' sizes are known.
    pub site: SiteRenderer,
    /// The printables, each ready to give its jobs.
    pub printables: Vec<Box<dyn Printable + 'a>>,
}

impl Prepared<'_> {
    /// The jobs of every printable, one per file, in the order the site offers them.
    pub fn jobs(&self) -> Vec<Box<dyn Job + '_>> {
        self.printables.iter().flat_map(|p| p.jobs()).collect()
    }
}

/// The first phase: loads the theme and lays out and checks every printable of every piece
/// in `printed` (side by side, from [`Project::printed`]), reporting every problem of them
/// all, each once.
pub fn prepare<'a>(
    project: &'a Project,
    printed: &'a [(String, Printed<'a>)],
) -> Result<Prepared<'a>, Vec<Error>> {
    let mut problems = project.broken_references();
    let theme = Theme::load(&project.paths)
        .map_err(|e| problems.push(e))
        .ok();
    let work: Vec<(&str, &Printed, Prepare)> = printed
        .iter()
        .flat_map(|(folder, piece)| PRINTABLES.map(|prepare| (folder.as_str(), piece, prepare)))
        .collect();
    let results = parallel::map(
        &work,
        1,
        "laying out the PDFs",
        |&(folder, piece, prepare)| {
            prepare(piece).map(|printable| InFolder::boxed(folder, printable))
        },
    )
    .map_err(|e| vec![e])?;
    let mut printables = Vec::new();
    for result in results {
        match result {
            Ok(printable) => printables.push(printable),
            Err(found) => {
                for problem in found {
                    // The cards and the booklet set the same texts: a character the font
                    // lacks is the same problem for both, reported once.
                    if !problems.contains(&problem) {
                        problems.push(problem);
                    }
                }
            }
        }
    }
    match theme {
        Some(theme) if problems.is_empty() => Ok(Prepared {
            site: SiteRenderer::new(theme, Vec::new()),
            printables,
        }),
        _ => Err(problems),
    }
}

/// Prepares every output of `project` and writes it into `staging` without committing it:
/// the printables' files first, one job each on one pool of threads, then the site that
/// offers them.
pub fn render(project: &Project, staging: &Staging) -> Result<Vec<Download>, Vec<Error>> {
    let printed = project.printed();
    let prepared = prepare(project, &printed)?;
    let jobs = prepared.jobs();
    let made = parallel::map(&jobs, 1, "making the PDFs", |job| {
        let made = job.make(staging)?;
        for (file, bytes) in &made.files {
            staging.write(file, bytes)?;
        }
        for (file, _) in &made.kept {
            if !staging.keep_previous(file)? {
                return Err(Error::new(format!(
                    "the previous build's `{file}` was removed while this build kept it"
                ))
                .with_hint("build again"));
            }
        }
        Ok(job.offer().map(|offer| Download {
            bytes: made.bytes_of(&offer.file),
            pages: made.pages,
            ..offer
        }))
    })
    .map_err(|e| vec![e])?;
    let (downloads, problems): (Vec<_>, Vec<_>) = made.into_iter().partition(Result::is_ok);
    if !problems.is_empty() {
        return Err(problems.into_iter().filter_map(Result::err).collect());
    }
    let downloads: Vec<Download> = downloads
        .into_iter()
        .filter_map(|made| made.ok().flatten())
        .collect();
    drop(jobs);
    write_site(prepared, &downloads, project, staging)?;
    Ok(downloads)
}

/// What `check` builds into `out`: every output prepared (so every problem of the PDFs'
/// layout is found), the site written for its links to be followed, and each download and
/// its previews only an empty file of its name for those links to reach: making the PDFs
/// would find nothing more.
pub fn rehearse(project: &Project, out: &Path) -> Result<(Written, Vec<Download>), Vec<Error>> {
    let printed = project.printed();
    let prepared = prepare(project, &printed)?;
    let staging = Staging::begin(out).map_err(|e| vec![e])?;
    let downloads = prepared
        .jobs()
        .iter()
        .filter_map(|job| job.offer())
        .map(|offer| {
            staging.write(&offer.file, b"")?;
            for preview in &offer.previews {
                staging.write(&preview.file, b"")?;
            }
            Ok(offer)
        })
        .collect::<Result<Vec<_>, Error>>()
        .map_err(|e| vec![e])?;
    write_site(prepared, &downloads, project, &staging)?;
    let written = staging.commit().map_err(|e| vec![e])?;
    Ok((written, downloads))
}

/// Writes the prepared site, offering `downloads`.
fn write_site(
    prepared: Prepared<'_>,
    downloads: &[Download],
    project: &Project,
    staging: &Staging,
) -> Result<(), Vec<Error>> {
    prepared
        .site
        .offering(downloads.to_vec())
        .write(project, staging)
        .map_err(|e| vec![e])
}
