//! A plain page (`content/about.md`): Markdown with a header giving its `title`, and
//! optionally a `description`, a `weight` (its place in the menu) and `draft: true`. The
//! optional `content/index.md` (the home page's introduction) is read the same way.

use std::path::Path;

use serde::Deserialize;

use super::article::split_front_matter;
use super::{ProjectPaths, control_character, read_text};
use crate::error::{Error, Location, Result};
use crate::yaml::{self, SourceMap};

/// A plain page, as the writer wrote it.
#[derive(Debug, Clone)]
pub struct Page {
    /// Its name: the file name without `.md`, and its address (`about` → `about.html`).
    pub name: String,
    /// The page's title, shown in the menu and as its heading.
    pub title: String,
    /// A one-line summary for search engines and link previews.
    pub description: Option<String>,
    /// Its place in the menu: lower first, then by name.
    pub weight: i64,
    /// Whether the writer marked it `draft: true`: left out of `build`, shown by `serve`.
    pub draft: bool,
    /// The Markdown text after the header.
    pub body: String,
    /// Where each header value stands in the file.
    pub origins: SourceMap,
    /// The line of the file on which the body starts.
    pub body_line: usize,
}

/// The keys allowed in a page's header.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    weight: i64,
    #[serde(default)]
    draft: bool,
}

const HEADER_EXAMPLE: &str =
    "start the file with a header like:\n    ---\n    title: \"About me\"\n    ---";

impl Page {
    /// Reads and checks the page in `path`, named `name`.
    pub fn load(paths: &ProjectPaths, path: &Path, name: &str) -> Result<Page> {
        let shown = paths.shown(path);
        let text = read_text(paths, path)?;
        let (header, body) = split_front_matter(&text).ok_or_else(|| {
            Error::new("this page has no header (a `title` between two `---` lines)")
                .at(&shown, Some(1), Some(1))
                .with_hint(HEADER_EXAMPLE)
        })?;
        let (front, origins): (FrontMatter, _) = yaml::parse(header, &shown, 2)?;
        if front.title.trim().is_empty() {
            return Err(Error::new("the page's `title` is empty")
                .located(origins.at("title"))
                .with_hint("write the page's title after `title:`"));
        }
        let body_line = header.lines().count() + 3;
        let body_origin = Location {
            line: Some(body_line),
            column: None,
            ..origins.at("title")
        };
        for (what, text, origin) in [
            (
                "the page's `title`",
                front.title.as_str(),
                origins.at("title"),
            ),
            ("the page's text", body, body_origin),
        ] {
            if let Some(problem) = control_character(what, text, origin) {
                return Err(problem);
            }
        }
        Ok(Page {
            name: name.to_string(),
            title: front.title.trim().to_string(),
            description: front.description.map(|d| d.trim().to_string()),
            weight: front.weight,
            draft: front.draft,
            body: body.to_string(),
            origins,
            body_line,
        })
    }

    /// Where the header's `key` stands.
    pub fn origin(&self, key: &str) -> Location {
        self.origins.at(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(tag: &str, text: &str) -> Result<Page> {
        let dir = std::env::temp_dir().join(format!("deckle-page-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("content")).unwrap();
        let path = dir.join("content").join("about.md");
        std::fs::write(&path, text).unwrap();
        let page = Page::load(&ProjectPaths::new(&dir), &path, "about");
        std::fs::remove_dir_all(&dir).unwrap();
        page
    }

    #[test]
    fn reads_title_weight_and_draft() {
        let page = load(
            "fields",
            "---\ntitle: About\nweight: 2\ndraft: true\n---\nHello.\n",
        )
        .unwrap();
        assert_eq!(
            (page.title.as_str(), page.weight, page.draft),
            ("About", 2, true)
        );
        assert_eq!(page.body_line, 6);
        assert_eq!(page.origin("weight").line, Some(3));
    }

    #[test]
    fn control_characters_are_located_on_their_line() {
        let err = load("bell", "---\ntitle: A\n---\nOne.\nTwo \u{7}.\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("content/about.md:5:"), "{err}");
    }

    #[test]
    fn empty_title_is_located() {
        let err = load("empty", "---\ntitle: \" \"\n---\nHello.\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("content/about.md:2"), "{err}");
    }
}
