//! The shipped project (the seed) for the unit tests of the printables: loaded, with its home
//! piece as they see it and its home article and deck to read or change.

use super::{Article, Deck, Printed, Project};

/// The seed, loaded.
pub fn project() -> Project {
    Project::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the seed loads")
}

/// The seed's home piece, as the printables see it.
pub fn home(project: &Project) -> Printed<'_> {
    project.printed().remove(0).1
}

/// The seed's home deck.
pub fn deck(project: &Project) -> &Deck {
    project.deck.as_ref().expect("the seed has a home deck")
}

/// The seed's home deck, to change.
pub fn deck_mut(project: &mut Project) -> &mut Deck {
    project.deck.as_mut().expect("the seed has a home deck")
}

/// The seed's home article.
pub fn article(project: &Project) -> &Article {
    project
        .article
        .as_ref()
        .expect("the seed has a home article")
}

/// The seed's home article, to change.
pub fn article_mut(project: &mut Project) -> &mut Article {
    project
        .article
        .as_mut()
        .expect("the seed has a home article")
}
