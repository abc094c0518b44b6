//! The typed model of a deckle project: settings, the home article and its question deck,
//! the pieces in their own folders, the plain pages, and the files to publish beside them.
//!
//! The one-piece layout (`content/article.md` + `content/questions.yaml`) is the home piece:
//! its pages stay at the site's root, as they always were. Pieces in folders
//! (`content/<slug>/`) and plain pages (`content/<name>.md`) are read beside it; the home
//! article stays the home page. A project with folders or pages may leave out the home
//! article, the home deck or both, as a folder may: the home page then opens with the site's
//! name (which the settings must give when there is no home article). Loading reads and
//! validates every file and reports every problem it finds at once, so a writer can fix them
//! all before the next build. Nothing here knows about HTML or PDF.

mod article;
mod deck;
mod files;
mod inline;
mod page;
mod piece;
pub mod refs;
#[cfg(test)]
pub mod seed;
mod slug;
mod titles;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub use article::Article;
pub use deck::{Deck, Question};
pub use files::{STATIC, check_piece_folder, resolve};
pub use inline::{Run, SOFT_HYPHEN, Text};
pub use page::Page;
pub use piece::{Piece, Printed};

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

    /// An error unless `content/` is there: the project folder is not this one.
    pub fn require_content(&self) -> Result<(), Error> {
        if self.content().is_dir() {
            return Ok(());
        }
        Err(Error::new(format!(
            "there is no `content` folder in {}",
            display_root(&self.root)
        ))
        .with_hint(
            "run deckle inside your project folder (the one holding `content/`), \
             or start a new project with `deckle init`",
        ))
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
    /// The home article (`content/article.md`), shown on the home page and in the home
    /// booklet; optional when the project has pieces in folders or plain pages.
    pub article: Option<Article>,
    /// The home deck (`content/questions.yaml`); optional as the home article is.
    pub deck: Option<Deck>,
    /// The pieces in folders (`content/<slug>/`), by slug.
    pub pieces: Vec<Piece>,
    /// The plain pages (`content/<name>.md`), in menu order.
    pub pages: Vec<Page>,
    /// The home page's introduction (`content/index.md`), when there.
    pub index: Option<Page>,
    /// The files published as they are: path in the output, and the file.
    pub published: Vec<(String, PathBuf)>,
    /// Files of `content/` left out of the site, each with how to publish it if meant, and
    /// texts a `#` may have cut short, each with the fix, and what of the articles the booklets
    /// cannot print.
    pub warnings: Vec<Error>,
}

impl Project {
    /// Loads and validates the project in `root`, returning every problem found.
    pub fn load(root: &Path) -> Result<Project, Vec<Error>> {
        let paths = ProjectPaths::new(root);
        paths.require_content().map_err(|e| vec![e])?;
        let inventory = files::Inventory::take(&paths).map_err(|e| vec![e])?;
        let mut problems = Vec::new();
        let settings_file = paths.content_file(ProjectPaths::SETTINGS);
        let settings = Settings::load(&settings_file, &paths.shown(&settings_file))
            .map_err(|e| problems.extend(e))
            .ok();
        // A site of one piece needs both home files; a site with folders or pages reads
        // those that are there.
        let home_needed = inventory.pieces.is_empty() && inventory.pages.is_empty();
        for name in [ProjectPaths::ARTICLE, ProjectPaths::QUESTIONS] {
            let path = paths.content_file(name);
            if home_needed && !path.exists() && !inventory.misnamed.contains(name) {
                problems.push(
                    Error::in_file(paths.shown(&path), "this file is missing").with_hint(
                        "create it (README.md shows what it should contain); a site of several \
                         articles or decks may instead give each a folder of its own, \
                         content/<name>/article.md or content/<name>/questions.yaml",
                    ),
                );
            }
        }
        let home_file = |name: &str| {
            let path = paths.content_file(name);
            path.exists().then_some(path)
        };
        let article = home_file(ProjectPaths::ARTICLE).and_then(|path| {
            Article::load(&paths, &path, settings.as_ref())
                .map_err(|e| problems.push(e))
                .ok()
        });
        // Without settings the build stops anyway: the deck is still read, for its problems.
        let language = settings.as_ref().map_or("en", |s| s.language.as_str());
        let deck = home_file(ProjectPaths::QUESTIONS).and_then(|path| {
            Deck::load(&paths, &path, language)
                .map_err(|e| problems.extend(e))
                .ok()
        });
        problems.extend(inventory.problems.iter().cloned());
        let pieces = load_pieces(&paths, &inventory, settings.as_ref(), &mut problems);
        let mut pages: Vec<Page> = inventory
            .pages
            .iter()
            .filter_map(|(name, path)| {
                Page::load(&paths, path, name)
                    .map_err(|e| problems.push(e))
                    .ok()
            })
            .collect();
        pages.sort_by(|a, b| (a.weight, &a.name).cmp(&(b.weight, &b.name)));
        let index = inventory.index.as_ref().and_then(|path| {
            Page::load(&paths, path, "index")
                .map_err(|e| problems.push(e))
                .ok()
        });
        if let Some(article) = &article {
            home_is_no_draft(article.draft, article.origin("draft"), &mut problems);
        }
        if let Some(deck) = &deck {
            home_is_no_draft(deck.draft, deck.origin("draft"), &mut problems);
        }
        let linked = linked_files(article.as_ref(), &pieces, &pages, index.as_ref());
        let (published, mut warnings) = inventory.publish(&paths, &linked);
        if let Some(settings) = &settings {
            warnings.extend(settings.warnings.iter().cloned());
            if let Some(author) = &settings.author {
                let origin = settings.origin("author");
                problems.extend(control_character("the settings' `author`", author, origin));
            }
            // What each booklet cannot print: the article of every piece with a deck.
            let home = (article.as_ref(), deck.as_ref());
            let booklets = std::iter::once(home)
                .chain(pieces.iter().map(|p| (p.article.as_ref(), p.deck.as_ref())))
                .filter_map(|(article, deck)| deck.and(article));
            for booklet in booklets {
                warnings.extend(crate::booklet::leftovers::warnings(
                    booklet,
                    &paths,
                    &settings.words,
                ));
            }
        }
        let decks = deck
            .iter()
            .chain(pieces.iter().filter_map(|p| p.deck.as_ref()));
        warnings.extend(decks.flat_map(Deck::warnings));
        // What a `#` cuts short in the headers of the articles and pages.
        let articles = article
            .iter()
            .chain(pieces.iter().filter_map(|p| p.article.as_ref()));
        warnings.extend(articles.flat_map(|a| a.origins.cut_warnings()));
        let headers = pages.iter().chain(&index);
        warnings.extend(headers.flat_map(|page| page.origins.cut_warnings()));
        let unnamed = settings.as_ref().is_some_and(|s| s.title.is_none());
        if unnamed && article.is_none() && !home_needed {
            problems.push(
                Error::in_file(
                    paths.shown(&settings_file),
                    "the site has no name: there is no home article (content/article.md) to \
                     take it from",
                )
                .with_hint("add a line `title: \"Your practice's name\"` to content/settings.yaml"),
            );
        }
        match settings {
            Some(settings) if problems.is_empty() => {
                let mut project = Project {
                    paths,
                    settings,
                    article,
                    deck,
                    pieces,
                    pages,
                    index,
                    published,
                    warnings,
                };
                titles::typeset(&mut project);
                Ok(project)
            }
            _ => Err(problems),
        }
    }

    /// What the project prints, by the folder it goes in (`""` for the home piece, `teens/`):
    /// every piece with a deck, the home piece first, prints its own cards and booklet.
    pub fn printed(&self) -> Vec<(String, Printed<'_>)> {
        let home = (String::new(), self.article.as_ref(), self.deck.as_ref());
        let pieces = self.pieces.iter().map(|piece| {
            let folder = format!("{}/", piece.slug);
            (folder, piece.article.as_ref(), piece.deck.as_ref())
        });
        std::iter::once(home)
            .chain(pieces)
            .filter_map(|(folder, article, deck)| {
                let printed = Printed {
                    paths: &self.paths,
                    settings: &self.settings,
                    site_title: self.site_title(),
                    article,
                    deck: deck?,
                };
                Some((folder, printed))
            })
            .collect()
    }

    /// Every `@/` link of the articles and pages that leads nowhere, located.
    pub fn broken_references(&self) -> Vec<Error> {
        let mut bodies: Vec<(&str, Location, usize)> = Vec::new();
        let articles = self.article.iter();
        for article in articles.chain(self.pieces.iter().filter_map(|p| p.article.as_ref())) {
            bodies.push((&article.body, article.body_origin(), article.body_line));
        }
        for page in self.pages.iter().chain(&self.index) {
            bodies.push((&page.body, page.origin("title"), page.body_line));
        }
        bodies
            .into_iter()
            .flat_map(|(body, at, line)| refs::broken(self, body, &at, line))
            .collect()
    }

    /// Leaves out the pieces and pages marked `draft: true`, as `build` does.
    pub fn drop_drafts(&mut self) {
        self.pieces.retain(|piece| !piece.draft());
        self.pages.retain(|page| !page.draft);
    }

    /// The site's name: the settings' title, or else the home article's (loading makes sure
    /// there is one of the two).
    pub fn site_title(&self) -> &str {
        match (&self.settings.title, &self.article) {
            (Some(title), _) => title,
            (None, Some(article)) => &article.title,
            (None, None) => "",
        }
    }
}

/// Reads the article and deck of every piece folder.
fn load_pieces(
    paths: &ProjectPaths,
    inventory: &files::Inventory,
    settings: Option<&Settings>,
    problems: &mut Vec<Error>,
) -> Vec<Piece> {
    let language = settings.map_or("en", |s| s.language.as_str());
    let mut pieces = Vec::new();
    for (slug, found) in &inventory.pieces {
        let article = found.article.as_ref().and_then(|path| {
            Article::load(paths, path, settings)
                .map_err(|e| problems.push(e))
                .ok()
        });
        let deck = found.questions.as_ref().and_then(|path| {
            Deck::load(paths, path, language)
                .map_err(|e| problems.extend(e))
                .ok()
        });
        if article.is_some() || deck.is_some() {
            pieces.push(Piece {
                slug: slug.clone(),
                article,
                deck,
            });
        }
    }
    pieces
}

/// The home piece (`content/article.md`, `content/questions.yaml`) is the site's home page
/// and cannot be left out.
fn home_is_no_draft(draft: bool, at: crate::error::Location, problems: &mut Vec<Error>) {
    if draft {
        problems.push(
            Error::new("the home article and deck cannot be drafts: they make the home page")
                .located(at)
                .with_hint(
                    "remove `draft: true`, or move the files into a folder of their own \
                     (content/my-piece/) to keep them as a draft piece",
                ),
        );
    }
}

/// The paths inside `content/` that the articles and pages link to.
fn linked_files(
    article: Option<&Article>,
    pieces: &[Piece],
    pages: &[Page],
    index: Option<&Page>,
) -> BTreeSet<String> {
    let mut linked = BTreeSet::new();
    let mut add = |body: &str, from: String| linked.extend(files::linked_files(body, &from));
    if let Some(article) = article {
        add(&article.body, ProjectPaths::ARTICLE.to_string());
    }
    for piece in pieces {
        if let Some(article) = &piece.article {
            add(
                &article.body,
                format!("{}/{}", piece.slug, ProjectPaths::ARTICLE),
            );
        }
    }
    for page in pages.iter().chain(index) {
        add(&page.body, format!("{}.md", page.name));
    }
    linked
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
    let origin = within(origin, text, offset);
    Some(
        Error::new(format!(
            "{what} holds an invisible control character (U+{:04X})",
            bad as u32
        ))
        .located(origin)
        .with_hint("delete it: retype the text around it, or paste it as plain text"),
    )
}

/// Where the byte `offset` of `text` (a value found at `origin`) stands: inside a value that
/// spans lines, the line it is on (its column is not known: a quoted or folded value's lines
/// do not start where the file's do); else the value's own place.
fn within(origin: Location, text: &str, offset: usize) -> Location {
    match (origin.line, text[..offset].matches('\n').count()) {
        (Some(line), below) if below > 0 => Location {
            line: Some(line + below),
            column: None,
            ..origin
        },
        _ => origin,
    }
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
