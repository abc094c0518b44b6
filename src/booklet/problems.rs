//! How the booklet explains text it cannot set: which file, and which part of it (the
//! article, the deck's title or words, a question), with a hint for the writer.

use crate::content::ProjectPaths;
use crate::error::Error;
use crate::layout::ParagraphError;

/// Who and what a piece of text is, for error messages.
#[derive(Clone, Copy)]
pub(super) enum Source<'a> {
    Article,
    Deck(&'a str),
    Question(usize, &'a str),
}

pub(super) fn cannot_set(source: Source, paths: &ProjectPaths, err: ParagraphError) -> Error {
    let (file, what) = match source {
        Source::Article => (ProjectPaths::ARTICLE, "the article".to_string()),
        Source::Deck(part) => (ProjectPaths::QUESTIONS, format!("the deck’s {part}")),
        Source::Question(index, id) => (
            ProjectPaths::QUESTIONS,
            format!("question {} (`{id}`)", index + 1),
        ),
    };
    let hint = match &err {
        ParagraphError::WordTooWide { .. } => {
            "add a space or a hyphen inside it, or shorten it, so it can break across lines"
        }
        ParagraphError::Layout(_) => {
            "replace that character with one the booklet's font has, or remove it"
        }
    };
    Error::in_file(
        paths.shown(&paths.content_file(file)),
        format!("the booklet cannot print {what}: {err}"),
    )
    .with_hint(hint)
}
