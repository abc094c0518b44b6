//! Site-wide settings, read from `content/settings.yaml` (optional: every key has a default).

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::yaml;

/// What the writer can set for the whole project.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The site's name, shown in every page's header and tab. Defaults to the article's title.
    #[serde(default)]
    pub title: Option<String>,
    /// The language the content is written in, as a code such as `en` or `en-GB`.
    #[serde(default = "default_language")]
    pub language: String,
    /// The full address the site will live at (`https://example.org/cards/`). Optional: without
    /// it the site still works anywhere, but it has no sitemap and no canonical links.
    #[serde(default)]
    pub base_url: Option<String>,
    /// The printable booklet.
    #[serde(default)]
    pub booklet: BookletSettings,
}

/// Settings of the printable booklet (`booklet:` in the settings file).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookletSettings {
    /// How many ruled lines to print under each question for writing an answer; 0 for none.
    #[serde(default = "default_answer_lines")]
    pub answer_lines: usize,
    /// The paper the booklet for folding is printed on at home.
    #[serde(default)]
    pub paper: BookletPaper,
}

/// The most answer lines a question can have: with more, a question and its lines would not
/// fit on one A5 page.
pub const MAX_ANSWER_LINES: usize = 14;

fn default_answer_lines() -> usize {
    4
}

impl Default for BookletSettings {
    fn default() -> Self {
        BookletSettings {
            answer_lines: default_answer_lines(),
            paper: BookletPaper::default(),
        }
    }
}

/// Home printer paper for the booklet for folding, used sideways (landscape), two booklet pages
/// per side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BookletPaper {
    /// A4 (297 × 210 mm sideways): two A5 pages exactly.
    #[default]
    A4,
    /// US Letter (11 × 8.5 in sideways): the A5 pages are scaled down slightly to fit.
    Letter,
}

fn default_language() -> String {
    "en".to_string()
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            title: None,
            language: default_language(),
            base_url: None,
            booklet: BookletSettings::default(),
        }
    }
}

impl Settings {
    /// Reads the settings file, or the defaults when there is none.
    pub fn load(file: &Path, shown_as: &Path) -> Result<Settings> {
        if !file.exists() {
            return Ok(Settings::default());
        }
        let text = std::fs::read_to_string(file).map_err(|e| Error::io("read", shown_as, e))?;
        let mut settings: Settings = yaml::parse(&text, shown_as, 1)?;
        if let Some(url) = settings.base_url.take() {
            settings.base_url = Some(normalize_base_url(&url).map_err(|message| {
                Error::in_file(shown_as, message).with_hint(
                    "write the full address, like `base_url: https://example.org/cards/`, \
                     or remove the line",
                )
            })?);
        }
        if !is_language_code(&settings.language) {
            return Err(Error::in_file(
                shown_as,
                format!("`language: {}` is not a language code", settings.language),
            )
            .with_hint("use a code such as `en`, `en-GB`, `fr` or `de`"));
        }
        if settings.booklet.answer_lines > MAX_ANSWER_LINES {
            return Err(Error::in_file(
                shown_as,
                format!(
                    "`answer_lines: {}` is too many to fit under a question on a booklet page",
                    settings.booklet.answer_lines
                ),
            )
            .with_hint(format!(
                "use a number from 0 (no lines) to {MAX_ANSWER_LINES} under `booklet:`"
            )));
        }
        Ok(settings)
    }

    /// Overrides the base URL (as `build --base-url` does), with the same checks as the file.
    pub fn set_base_url(&mut self, url: &str) -> Result<()> {
        self.base_url = Some(normalize_base_url(url).map_err(Error::new)?);
        Ok(())
    }
}

/// Checks a base URL and makes it end with exactly one `/`.
fn normalize_base_url(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("`base_url: {url}` must start with https:// or http://"))?;
    if rest.is_empty() || rest.starts_with('/') || url.contains(char::is_whitespace) {
        return Err(format!("`base_url: {url}` is not a web address"));
    }
    Ok(format!("{}/", url.trim_end_matches('/')))
}

fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_gets_one_trailing_slash() {
        assert_eq!(
            normalize_base_url("https://a.org/cards").unwrap(),
            "https://a.org/cards/"
        );
        assert_eq!(
            normalize_base_url("https://a.org//").unwrap(),
            "https://a.org/"
        );
        assert!(normalize_base_url("a.org").is_err());
        assert!(normalize_base_url("https://").is_err());
    }

    #[test]
    fn booklet_settings_default_and_parse() {
        let defaults: Settings = yaml::parse("language: en\n", Path::new("s.yaml"), 1).unwrap();
        assert_eq!(defaults.booklet, BookletSettings::default());
        let set: Settings = yaml::parse(
            "booklet:\n  answer_lines: 0\n  paper: letter\n",
            Path::new("s.yaml"),
            1,
        )
        .unwrap();
        assert_eq!(set.booklet.answer_lines, 0);
        assert_eq!(set.booklet.paper, BookletPaper::Letter);
        let wrong = yaml::parse::<Settings>("booklet:\n  paper: a3\n", Path::new("s.yaml"), 1);
        assert!(wrong.unwrap_err().to_string().contains("a3"));
    }

    #[test]
    fn too_many_answer_lines_is_explained() {
        let dir = std::env::temp_dir().join(format!("deckle-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("settings.yaml");
        std::fs::write(&file, "booklet:\n  answer_lines: 40\n").unwrap();
        let err = Settings::load(&file, Path::new("content/settings.yaml")).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(err.message.contains("answer_lines: 40"), "{err}");
        assert!(err.hint.unwrap().contains("0 (no lines)"));
    }

    #[test]
    fn language_codes() {
        assert!(is_language_code("en"));
        assert!(is_language_code("en-GB"));
        assert!(!is_language_code("english language"));
        assert!(!is_language_code(""));
    }
}
