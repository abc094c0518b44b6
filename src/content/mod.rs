//! The typed model of a deckle project: settings, the article and the question deck.
//!
//! Loading reads and validates every file and reports every problem it finds at once, so a
//! writer can fix them all before the next build. Nothing here knows about HTML or PDF.

mod article;
mod deck;

use std::path::{Path, PathBuf};

pub use article::Article;
pub use deck::{Deck, Question};

use crate::error::{Error, Location};
use crate::settings::Settings;

/// The folders and files of a project, all derived from its root folder.
#[derive(Debug, Clone)]
pub struct ProjectPaths {
    /// The project folder (holding `content/` and, optionally, `templates/`).
    pub root: PathBuf,
}

impl ProjectPaths {
    /// The name of the article file inside `content/`.
    pub const ARTICLE: &'static str = "article.md";
    /// The name of the questions file inside `content/`.
    pub const QUESTIONS: &'static str = "questions.yaml";
    /// The name of the settings file inside `content/`.
    pub const SETTINGS: &'static str = "settings.yaml";

    /// Paths for the project in `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        ProjectPaths { root: root.into() }
    }

    /// `content/`: the writer's article, questions, settings and any images.
    pub fn content(&self) -> PathBuf {
        self.root.join("content")
    }

    /// `templates/`: the writer's own templates and styles, overriding the built-in ones.
    pub fn templates(&self) -> PathBuf {
        self.root.join("templates")
    }

    /// `output/`: where the finished site and PDFs go by default.
    pub fn output(&self) -> PathBuf {
        self.root.join("output")
    }

    /// A file of `content/`.
    pub fn content_file(&self, name: &str) -> PathBuf {
        self.content().join(name)
    }

    /// How to name `path` in messages: relative to the project, as the writer sees it.
    pub fn shown(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root).unwrap_or(path).to_path_buf()
    }
}

/// Everything a renderer needs: the validated content of one project.
#[derive(Debug, Clone)]
pub struct Project {
    /// Where the project lives.
    pub paths: ProjectPaths,
    /// Site-wide settings.
    pub settings: Settings,
    /// The article shown on the home page and in the booklet.
    pub article: Article,
    /// The question deck.
    pub deck: Deck,
}

impl Project {
    /// Loads and validates the project in `root`, returning every problem found.
    pub fn load(root: &Path) -> Result<Project, Vec<Error>> {
        let paths = ProjectPaths::new(root);
        if !paths.content().is_dir() {
            return Err(vec![
                Error::new(format!(
                    "there is no `content` folder in {}",
                    display_root(root)
                ))
                .with_hint(
                    "run deckle inside your project folder (the one holding `content/`), \
                     or start a new project with `deckle init`",
                ),
            ]);
        }
        let mut problems = Vec::new();
        let settings_file = paths.content_file(ProjectPaths::SETTINGS);
        let settings = Settings::load(&settings_file, &paths.shown(&settings_file))
            .map_err(|e| problems.extend(e))
            .ok();
        let article = Article::load(&paths).map_err(|e| problems.push(e)).ok();
        let deck = Deck::load(&paths).map_err(|e| problems.extend(e)).ok();
        match (settings, article, deck) {
            (Some(settings), Some(article), Some(deck)) if problems.is_empty() => Ok(Project {
                paths,
                settings,
                article,
                deck,
            }),
            _ => Err(problems),
        }
    }

    /// The site's name: the settings' title, or else the article's.
    pub fn site_title(&self) -> &str {
        self.settings
            .title
            .as_deref()
            .unwrap_or(&self.article.title)
    }
}

fn display_root(root: &Path) -> String {
    if root == Path::new(".") || root.as_os_str().is_empty() {
        "this folder".to_string()
    } else {
        root.display().to_string()
    }
}

/// A problem if `text` (`what`, found at `origin`) holds an invisible control character (a
/// bell, an escape, copied in from a terminal or a word processor): it prints as nothing, or
/// as a box, and some PDF readers refuse it. Line breaks and tabs are fine.
fn control_character(what: &str, text: &str, origin: Location) -> Option<Error> {
    let (offset, bad) = text
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))?;
    // Inside a value that spans lines, name the line the character is on.
    let origin = match (origin.line, text[..offset].matches('\n').count()) {
        (Some(line), below) if below > 0 => Location {
            line: Some(line + below),
            column: None,
            ..origin
        },
        _ => origin,
    };
    Some(
        Error::new(format!(
            "{what} holds an invisible control character (U+{:04X})",
            bad as u32
        ))
        .located(origin)
        .with_hint("delete it: retype the text around it, or paste it as plain text"),
    )
}

/// Reads a text file of the project, naming it as the writer sees it on failure.
fn read_text(paths: &ProjectPaths, path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|err| {
        let shown = paths.shown(path);
        if err.kind() == std::io::ErrorKind::NotFound {
            Error::in_file(&shown, "this file is missing")
                .with_hint("create it; README.md shows what it should contain")
        } else {
            Error::unreadable(&shown, err)
        }
    })
}
