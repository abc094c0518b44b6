//! A piece of a practice's site, in its own folder `content/<slug>/`: an article with its
//! deck, an article alone, or a deck alone (which takes its title and introduction from its
//! YAML).

use super::{Article, Deck};

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
