//! `deckle check`: everything a build does except writing `output/`, reporting every problem.
//!
//! The content is loaded and validated, the templates are parsed, and then every renderer (the
//! site and each printable) runs into a throwaway folder, so a template that fails to render or
//! a card that does not fit is found too. The rendered site's internal links are followed.

use std::path::Path;
use std::time::Instant;

use super::ScratchDir;
use super::build;
use super::term::Term;
use crate::content::{Project, ProjectPaths};
use crate::error::Error;
use crate::output::Staging;
use crate::site::Theme;

/// Checks the project in `root`; on success prints one line, otherwise returns every problem.
pub fn run(root: &Path, term: &Term) -> Result<(), Vec<Error>> {
    let started = Instant::now();
    let project = match Project::load(root) {
        Ok(project) => project,
        Err(mut problems) => {
            // The templates do not depend on the content: report their problems too.
            if let Err(problem) = Theme::load(&ProjectPaths::new(root)) {
                problems.push(problem);
            }
            return Err(problems);
        }
    };
    let scratch = ScratchDir::new("check").map_err(|e| vec![e])?;
    let mut staging = Staging::begin(&scratch.path().join("site")).map_err(|e| vec![e])?;
    let downloads = build::render(&project, &mut staging)?;
    term.detail(format!(
        "Rendered the site and {} printable file(s) into {} to check them.",
        downloads.len(),
        staging.path().display()
    ));
    term.success(
        "OK:",
        format!(
            "the article, {} questions, the settings, the templates and {} printable file(s) \
             are fine ({} ms). Nothing was written.",
            project.deck.questions.len(),
            downloads.len(),
            started.elapsed().as_millis()
        ),
    );
    Ok(())
}
