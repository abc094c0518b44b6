//! A piece of a practice's site, in its own folder `content/<slug>/`: an article with its
//! deck, an article alone, or a deck alone (which takes its title and introduction from its
//! YAML). [`Printed`] is one piece with a deck as the printables see it, the home piece
//! included.

use super::{Article, Deck, ProjectPaths};
use crate::error::{Error, Location, Result};
use crate::settings::Settings;

/// One piece: its address and what it holds (at least one of the two).
#[derive(Debug, Clone)]
pub struct Piece {
    /// The folder's name, and the piece's address (`teens` → `teens/`).
    pub slug: String,
    /// `content/<slug>/article.md`, when there.
    pub article: Option<Article>,
    /// `content/<slug>/questions.yaml`, when there.
    pub deck: Option<Deck>,
}

impl Piece {
    /// Whether the writer marked the article or the deck `draft: true`.
    pub fn draft(&self) -> bool {
        self.article.as_ref().is_some_and(|a| a.draft)
            || self.deck.as_ref().is_some_and(|d| d.draft)
    }

    /// The piece's title: its article's, or else its deck's.
    pub fn title(&self) -> &str {
        match (&self.article, &self.deck) {
            (Some(article), _) => &article.title,
            (None, Some(deck)) => &deck.title,
            (None, None) => &self.slug,
        }
    }
}

/// One piece with a deck, as the cards and the booklet print it: its deck, its article when it
/// has one, and what of the project they need.
#[derive(Debug, Clone, Copy)]
pub struct Printed<'a> {
    /// Where the project lives (the article's pictures are found from it).
    pub paths: &'a ProjectPaths,
    /// The project's settings.
    pub settings: &'a Settings,
    /// The site's name (the booklet's running title).
    pub site_title: &'a str,
    /// The piece's article, when it has one: the booklet prints it before the questions.
    pub article: Option<&'a Article>,
    /// The piece's deck.
    pub deck: &'a Deck,
}

impl Printed<'_> {
    /// The title the PDFs go by: the article's, or else the deck's.
    pub fn title(&self) -> &str {
        self.article.map_or(&self.deck.title, |a| &a.title)
    }

    /// Who wrote it, for the PDFs' metadata and wherever they print an author: the article's
    /// author, or for a deck alone the settings' `author`, or nobody (`""`).
    pub fn author(&self) -> &str {
        self.article
            .map(|a| a.author.as_str())
            .or(self.settings.author.as_deref())
            .unwrap_or_default()
    }

    /// Where [`Printed::author`] was written.
    pub fn author_origin(&self) -> Location {
        self.article.map_or_else(
            || self.settings.origin("author"),
            |a| a.author_origin.clone(),
        )
    }

    /// The PDFs' creation time (see [`crate::date::document_time`]): from the article's dates,
    /// or for a deck alone when its file was last changed.
    pub fn time(&self) -> Result<i64> {
        match self.article {
            Some(article) => crate::date::document_time(article.date, article.updated),
            None => crate::date::source_date_epoch().unwrap_or_else(|| {
                let file = self.paths.root.join(&self.deck.origin("title").file);
                let changed = std::fs::metadata(&file)
                    .and_then(|m| m.modified())
                    .map_err(|e| Error::io("read", &self.paths.shown(&file), e))?;
                Ok(changed
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64))
            }),
        }
    }
}
