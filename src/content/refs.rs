//! Links between pieces by their source path, in the style of Zola's `@/`: a writer links to
//! `@/teens/questions.yaml` (a deck), `@/teens/questions.yaml#teens-hero` (one question's
//! page), `@/couples/article.md`, `@/about.md`, `@/article.md` or `@/questions.yaml`, and the
//! build turns it into the right relative address. A link that leads nowhere is a located
//! error (`file:line:col`), found before anything is written.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use super::{Deck, Project, ProjectPaths};
use crate::error::{Error, Location};

/// How a link to another piece starts.
const PREFIX: &str = "@/";

/// Where `reference` (`@/teens/questions.yaml#id`) leads, from the site's root; `None` when
/// it is not an `@/` link or leads nowhere.
pub fn address(project: &Project, reference: &str) -> Option<String> {
    let rest = reference.strip_prefix(PREFIX)?;
    let (source, fragment) = match rest.split_once('#') {
        Some((source, fragment)) => (source, Some(fragment)),
        None => (rest, None),
    };
    let (folder, file) = match source.split_once('/') {
        Some((folder, file)) => (Some(folder), file),
        None => (None, source),
    };
    let (prefix, article, deck) = match folder {
        None => (
            String::new(),
            project.article.is_some(),
            project.deck.as_ref(),
        ),
        Some(folder) => {
            let piece = project.pieces.iter().find(|p| p.slug == folder)?;
            (
                format!("{folder}/"),
                piece.article.is_some(),
                piece.deck.as_ref(),
            )
        }
    };
    let page = match file {
        ProjectPaths::ARTICLE if article => "index.html".to_string(),
        ProjectPaths::QUESTIONS => {
            return deck_address(deck?, &prefix, fragment);
        }
        page if folder.is_none()
            && project
                .pages
                .iter()
                .any(|p| format!("{}.md", p.name) == page) =>
        {
            page.replace(".md", ".html")
        }
        _ => return None,
    };
    Some(match fragment {
        Some(fragment) => format!("{prefix}{page}#{fragment}"),
        None => format!("{prefix}{page}"),
    })
}

/// A deck's list, or with `#id` the page of its question `id`.
fn deck_address(deck: &Deck, prefix: &str, question: Option<&str>) -> Option<String> {
    match question {
        None => Some(format!("{prefix}questions/index.html")),
        Some(id) => deck
            .questions
            .iter()
            .any(|q| q.id == id)
            .then(|| format!("{prefix}questions/{id}.html")),
    }
}

/// The `@/` links of `markdown`: each destination's byte range and text.
fn references(markdown: &str) -> Vec<(Range<usize>, String)> {
    let mut found = Vec::new();
    for (event, range) in Parser::new_ext(markdown, crate::markdown::options()).into_offset_iter() {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event {
            if !dest_url.starts_with(PREFIX) {
                continue;
            }
            // The destination is written inside the link (`[a](@/x)`), or else in its
            // reference definition (`[a]: @/x`).
            let at = markdown[range.clone()]
                .rfind(dest_url.as_ref())
                .map(|offset| range.start + offset)
                .or_else(|| markdown.find(&format!("]: {dest_url}")).map(|o| o + 3));
            if let Some(start) = at {
                found.push((start..start + dest_url.len(), dest_url.to_string()));
            }
        }
    }
    found
}

/// `markdown` with its `@/` links replaced by `lead(link)` (those it has an answer for).
pub fn rewrite<'a>(markdown: &'a str, lead: impl Fn(&str) -> Option<String>) -> Cow<'a, str> {
    let found = references(markdown);
    if found.is_empty() {
        return Cow::Borrowed(markdown);
    }
    let mut text = markdown.to_string();
    for (range, reference) in found.into_iter().rev() {
        if let Some(address) = lead(&reference) {
            text.replace_range(range, &address);
        }
    }
    Cow::Owned(text)
}

/// Every `@/` link of `markdown` (whose first line is line `first_line` of `file`) that
/// leads nowhere in `project`, located.
pub fn broken(project: &Project, markdown: &str, at: &Location, first_line: usize) -> Vec<Error> {
    references(markdown)
        .into_iter()
        .filter(|(_, reference)| address(project, reference).is_none())
        .map(|(range, reference)| {
            let before = &markdown[..range.start];
            let line = first_line + before.matches('\n').count();
            let column = before.len() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
            Error::new(format!("the link `{reference}` leads nowhere"))
                .at(&at.file, Some(line), Some(column))
                .with_hint(
                    "link by a file's path inside content/: `@/article.md`, `@/questions.yaml`, \
                     `@/<folder>/article.md`, `@/<folder>/questions.yaml` (add `#<question id>` \
                     for one question) or `@/<page>.md`; check the spelling and that the file \
                     is not a draft",
                )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_found_inline_and_in_definitions() {
        let md = "See [teens](@/teens/questions.yaml) and [b][ref].\n\n[ref]: @/about.md\n";
        let found = references(md);
        let texts: Vec<&str> = found.iter().map(|(r, _)| &md[r.clone()]).collect();
        assert_eq!(texts, ["@/teens/questions.yaml", "@/about.md"]);
        let rewritten = rewrite(md, |r| Some(r.replace("@/", "X/")));
        assert_eq!(
            rewritten,
            "See [teens](X/teens/questions.yaml) and [b][ref].\n\n[ref]: X/about.md\n"
        );
        assert!(matches!(rewrite("[a](b.html)", |_| None), Cow::Borrowed(_)));
    }
}
