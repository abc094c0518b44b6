//! An article: Markdown with a YAML header (front matter) naming its title, author and dates,
//! each header value with where it stands in its file (`content/article.md`, or
//! `content/<piece>/article.md`; the header starts on the file's second line, after the first
//! `---`).

use std::path::Path;

use serde::Deserialize;

use super::{ProjectPaths, control_character, read_text};
use crate::date::Date;
use crate::error::{Error, Location, Result};
use crate::settings::Settings;
use crate::yaml::{self, SourceMap};

/// The article, as the writer wrote it.
#[derive(Debug, Clone)]
pub struct Article {
    /// The article's title.
    pub title: String,
    /// Who wrote it, as it should be printed ("Tim Jackson, LMFT"): the header's `author`, or
    /// else the settings' (see [`Article::author_origin`]).
    pub author: String,
    /// When it was first published.
    pub date: Date,
    /// When it was last updated, if ever.
    pub updated: Option<Date>,
    /// A one-line summary for search engines and link previews.
    pub description: Option<String>,
    /// The Markdown text after the header.
    pub body: String,
    /// Where each header value stands in the file, recorded when it was read.
    pub origins: SourceMap,
    /// Where the author was written: the header's `author`, or the settings' `author` that an
    /// article without one takes.
    pub author_origin: Location,
    /// The line of the file on which the body starts.
    pub body_line: usize,
    /// Whether the writer marked it `draft: true`: left out of `build`, shown by `serve`.
    pub draft: bool,
}

/// The keys allowed in the article's header.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    #[serde(default)]
    author: Option<String>,
    date: Date,
    #[serde(default)]
    updated: Option<Date>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    draft: bool,
}

const HEADER_EXAMPLE: &str = "start the file with a header like:\n    ---\n    title: \"My article\"\n    author: \"Your Name\"\n    date: 2024-09-30\n    ---";

impl Article {
    /// Reads and checks the article in `path` (`content/article.md`, say). A header without
    /// `author` takes the one of `settings`; when the settings could not be read (`None`),
    /// the build stops on them anyway and the article is not held to having one.
    pub fn load(paths: &ProjectPaths, path: &Path, settings: Option<&Settings>) -> Result<Article> {
        let shown = paths.shown(path);
        let text = read_text(paths, path)?;
        let (header, body) = split_front_matter(&text).ok_or_else(|| {
            Error::new("the article has no header (title, author, date between two `---` lines)")
                .at(&shown, Some(1), Some(1))
                .with_hint(HEADER_EXAMPLE)
        })?;
        let (front, origins): (FrontMatter, _) = yaml::parse(header, &shown, 2)?;
        let header_lines = header.lines().count() + 2;
        let written = front.author.is_some() || origins.has("author");
        let given = settings.and_then(|s| s.author.as_deref());
        for (key, value) in [
            ("title", Some(&front.title)),
            ("author", front.author.as_ref()),
        ] {
            if (key == "title" || written) && value.is_none_or(|v| v.trim().is_empty()) {
                return Err(Error::new(format!("the article's `{key}` is empty"))
                    .located(origins.at(key))
                    .with_hint(format!("write the {key} after `{key}:`")));
            }
        }
        let own_author = front.author.clone();
        let (author, author_origin) = match (front.author, settings, given) {
            (Some(author), ..) => (author, origins.at("author")),
            (None, Some(settings), Some(author)) => (author.to_string(), settings.origin("author")),
            (None, None, _) => (String::new(), origins.at("author")),
            (None, Some(_), None) => return Err(no_author(&shown)),
        };
        if body.trim().is_empty() {
            return Err(Error::new("the article has a header but no text after it")
                .at(&shown, Some(header_lines + 1), None)
                .with_hint("write the article below the second `---` line"));
        }
        if let Some(updated) = front.updated.filter(|u| *u < front.date) {
            return Err(Error::new(format!(
                "`updated: {updated}` is before `date: {}`",
                front.date
            ))
            .located(origins.at("updated"))
            .with_hint("`updated` is the date of the last change, on or after `date`"));
        }
        let article = Article {
            title: front.title.trim().to_string(),
            author: author.trim().to_string(),
            author_origin,
            date: front.date,
            updated: front.updated,
            description: front.description.map(|d| d.trim().to_string()),
            body: body.to_string(),
            origins,
            body_line: header_lines + 1,
            draft: front.draft,
        };
        let description = article.description.as_deref().unwrap_or("");
        for (what, text, origin) in [
            (
                "the article's `title`",
                article.title.as_str(),
                article.origin("title"),
            ),
            (
                "the article's `author`",
                own_author.as_deref().unwrap_or_default(),
                article.origin("author"),
            ),
            (
                "the article's `description`",
                description,
                article.origin("description"),
            ),
            ("the article's text", &article.body, article.body_origin()),
        ] {
            if let Some(problem) = control_character(what, text, origin) {
                return Err(problem);
            }
        }
        Ok(article)
    }

    /// Where the header's `key` (`title`, `author`, `date`, …) stands.
    pub fn origin(&self, key: &str) -> Location {
        self.origins.at(key)
    }

    /// Where the article's text (after the header) starts.
    pub fn body_origin(&self) -> Location {
        Location {
            file: self.origins.file().to_path_buf(),
            line: Some(self.body_line),
            column: None,
        }
    }
}

/// The error for an article that names no author, in a project whose settings name none.
fn no_author(shown: &Path) -> Error {
    Error::new("the article names no author")
        .at(shown, Some(2), None)
        .with_hint(
            "add a line `author: \"Your Name\"` to this header, or, once for every article, \
             the same line to content/settings.yaml",
        )
}

/// Splits `---\nheader\n---\nbody` into header and body.
pub(super) fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_header_and_body() {
        let (header, body) = split_front_matter("---\ntitle: A\n---\n\nHello\n").unwrap();
        assert_eq!(header, "title: A\n");
        assert_eq!(body, "\nHello\n");
    }

    #[test]
    fn no_header_or_unclosed_header() {
        assert!(split_front_matter("Hello\n").is_none());
        assert!(split_front_matter("---\ntitle: A\nHello\n").is_none());
    }
}
