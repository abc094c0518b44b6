//! How the booklet explains text it cannot set: where it stands (the value's line and column,
//! recorded when the content was read), which part it is (the article, the deck's title or
//! words, a question), with a hint for the writer.

use crate::content::{Article, Printed};
use crate::error::Error;
use crate::layout::{LayoutError, ParagraphError};

/// Who and what a piece of text is, for error messages.
#[derive(Clone, Copy)]
pub(super) enum Source<'a> {
    Article(&'a Article),
    Deck(&'a str),
    Question(usize, &'a str),
}

/// Explains why the booklet cannot set the text of `source`, at that text. A character the
/// fonts lack has the wording the cards use too, so that a build reports it once.
pub(super) fn cannot_set(source: Source, project: &Printed, err: ParagraphError) -> Error {
    let (what, origin) = match source {
        Source::Article(article) => ("the article".to_string(), article.body_origin()),
        Source::Deck(part) => (format!("the deck’s {part}"), project.deck.origin(part)),
        Source::Question(index, id) => (
            format!("question {} (`{id}`)", index + 1),
            project.deck.question_origin(index, "text"),
        ),
    };
    let error = match &err {
        ParagraphError::Layout(LayoutError::MissingGlyph { character, .. }) => {
            Error::unprintable(&what, *character, &project.settings.language)
        }
        ParagraphError::WordTooWide { .. } => {
            Error::new(format!("the booklet cannot print {what}: {err}")).with_hint(
                "add a space or a hyphen inside it, or shorten it, so it can break across lines",
            )
        }
        ParagraphError::Layout(_) => {
            Error::new(format!("the booklet cannot print {what}: {err}")).with_hint("shorten it")
        }
    };
    error.located(origin)
}
