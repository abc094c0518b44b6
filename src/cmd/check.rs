//! `deckle check`: everything a build does except writing `output/`, reporting every problem.
//!
//! The content is loaded and validated, the templates are parsed, and then every output is
//! prepared (the PDFs laid out, not written) and the site rendered into a throwaway folder, so
//! a template that fails to render or a card that does not fit is found too. The rendered
//! site's internal links are followed.

use std::path::Path;
use std::time::Instant;

use super::term::Term;
use super::{ScratchDir, build};
use crate::content::{Project, ProjectPaths};
use crate::error::Error;
use crate::links;
use crate::render::Download;
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
    term.warnings(&project.warnings);
    // Built into a throwaway folder, so output/ is never touched.
    let scratch = ScratchDir::removed_on_interrupt("check").map_err(|e| vec![e])?;
    let site = scratch.path().join("site");
    let (written, downloads) = build::rehearse(&project, &site)?;
    term.detail(format!(
        "Made {} pages and {} in {} to check them.",
        written.pages,
        printables(&downloads),
        site.display()
    ));
    let broken: Vec<Error> = links::broken_links(&site)
        .map_err(|e| vec![e])?
        .iter()
        .map(|link| {
            Error::new(format!(
                "on the page `{}`, the link to `{}` {}",
                link.page, link.target, link.reason
            ))
            .with_hint(link_hint(&link.page))
        })
        .collect();
    if !broken.is_empty() {
        return Err(broken);
    }
    let articles = project.article.iter().count()
        + project
            .pieces
            .iter()
            .filter(|p| p.article.is_some())
            .count();
    let questions: usize = project
        .printed()
        .iter()
        .map(|(_, piece)| piece.deck.questions.len())
        .sum();
    term.success(
        "OK:",
        format!(
            "{articles} article{}, {questions} question{}, the settings, the templates, {} \
             pages with their links and {} are fine ({} ms). Nothing was written.",
            if articles == 1 { "" } else { "s" },
            if questions == 1 { "" } else { "s" },
            written.pages,
            printables(&downloads),
            started.elapsed().as_millis()
        ),
    );
    Ok(())
}

/// What the printables are, in words: "8 PDFs", or "4 PDFs and the card images".
fn printables(downloads: &[Download]) -> String {
    let pdfs = downloads.iter().filter(|d| !d.images).count();
    let mut said = format!("{pdfs} PDF{}", if pdfs == 1 { "" } else { "s" });
    if downloads.iter().any(|d| d.images) {
        said.push_str(" and the card images");
    }
    said
}

/// Where the writer can fix a broken link on `page`: the home page is the home article (or the
/// introduction, `content/index.md`), every other page comes from the templates.
fn link_hint(page: &str) -> String {
    let relative = "links between pages are relative, like `questions/index.html`";
    if page == "index.html" {
        format!(
            "fix the link in content/{} or content/index.md (or in templates/article.html, if \
             you changed it); {relative}",
            ProjectPaths::ARTICLE
        )
    } else {
        format!("fix the link in the page's template in templates/; {relative}")
    }
}
