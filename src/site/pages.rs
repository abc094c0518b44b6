//! The writer's plain pages (`content/about.md` → `about.html`) and the site's menu of them.
//!
//! Pages sit at the site's root beside the article, so their relative links work as written.
//! A page marked `draft: true` only reaches this far under `serve` (build leaves drafts out),
//! and then shows a visible "draft" mark.

use serde::Serialize;
use tera::Value;

use super::piece::Held;
use super::{Page, Shared, SiteRenderer};
use crate::content::Project;
use crate::error::Result;
use crate::output::Staging;

/// One entry of the menu.
#[derive(Serialize)]
struct MenuItem<'a> {
    /// The page's name, also its `page.section`, so the menu can mark the current page.
    name: &'a str,
    title: &'a str,
    /// Its address, relative to the site's root.
    path: String,
}

/// The address of the page `name`, relative to the site's root.
fn page_path(name: &str) -> String {
    format!("{name}.html")
}

/// The menu's entries after the piece's own links: the plain pages, in menu order.
pub(super) fn menu(project: &Project) -> Value {
    Value::from_serializable(
        &project
            .pages
            .iter()
            .map(|page| MenuItem {
                name: &page.name,
                title: &page.title,
                path: page_path(&page.name),
            })
            .collect::<Vec<_>>(),
    )
}

/// One deck in the menu.
#[derive(Serialize)]
struct DeckItem<'a> {
    title: &'a str,
    /// Its piece's folder (`""` for the home deck, `teens/`), so the menu can mark the
    /// current deck.
    prefix: String,
    /// Its question list, relative to the site's root.
    path: String,
}

/// The menu's decks, the home deck first, then each piece's in folder order; none when the
/// site's only deck is the home deck (the home page's own "Questions" leads to it).
pub(super) fn decks(project: &Project) -> Value {
    let pieces = project
        .pieces
        .iter()
        .filter_map(|piece| Some((format!("{}/", piece.slug), piece.deck.as_ref()?)));
    let home = project.deck.iter().map(|deck| (String::new(), deck));
    let decks: Vec<DeckItem> = home
        .chain(pieces)
        .map(|(prefix, deck)| DeckItem {
            title: &deck.title,
            path: format!("{prefix}questions/index.html"),
            prefix,
        })
        .collect();
    if decks.len() < 2 && project.deck.is_some() {
        return Value::from_serializable(&Vec::<()>::new());
    }
    Value::from_serializable(&decks)
}

impl SiteRenderer {
    /// Writes every plain page (in the home piece's context), returning their addresses for
    /// the sitemap.
    pub(super) fn write_pages(
        &self,
        shared: &Shared<'_>,
        home: &Held<'_>,
        out: &Staging,
    ) -> Result<Vec<String>> {
        let mut written = Vec::new();
        for page in &shared.project.pages {
            let rendered = super::to_html(shared.project, shared.words, &page.body, "");
            let description = page
                .description
                .clone()
                .unwrap_or_else(|| super::first_sentence(&page.body));
            let view = Page {
                path: page_path(&page.name),
                template: "page.html",
                title: &page.title,
                description: &description,
                section: &page.name,
                question: None,
            };
            let mut context = shared.context(&view, home, "");
            context.insert("content", &rendered.html);
            context.insert("draft", &page.draft);
            let html = self.theme.render(view.template, &context)?;
            out.write(&view.path, html.as_bytes())?;
            written.push(view.path);
        }
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_sit_at_the_root() {
        assert_eq!(page_path("about"), "about.html");
    }
}
