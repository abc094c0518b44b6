//! The short texts a writer types in headers and settings (titles, names, descriptions, the
//! words on the backs), set with the reader's punctuation as the articles and questions are:
//! curly apostrophes and quotes, and in French the narrow no-break space before `:`, `?`, `!`
//! and `;` and inside « », so that `Nos questions d'amour : vraiment ?` never leaves its `?`
//! alone at the start of a line.

use super::Project;
use crate::words::Words;

/// Sets the punctuation of every title, name and description of `project` for its language.
pub(super) fn typeset(project: &mut Project) {
    let words = project.settings.words.clone();
    let settings = &mut project.settings;
    for text in [
        &mut settings.title,
        &mut settings.author,
        &mut settings.deck.back_text,
    ]
    .into_iter()
    .flatten()
    {
        set(&words, text);
    }
    let pieces = project
        .pieces
        .iter_mut()
        .map(|piece| (piece.article.as_mut(), piece.deck.as_mut()));
    for (article, deck) in
        std::iter::once((project.article.as_mut(), project.deck.as_mut())).chain(pieces)
    {
        if let Some(article) = article {
            set(&words, &mut article.title);
            set(&words, &mut article.author);
            if let Some(description) = &mut article.description {
                set(&words, description);
            }
        }
        if let Some(deck) = deck {
            set(&words, &mut deck.title);
        }
    }
    for page in project.pages.iter_mut().chain(&mut project.index) {
        set(&words, &mut page.title);
        if let Some(description) = &mut page.description {
            set(&words, description);
        }
    }
}

/// `text` with its punctuation set, as a paragraph of its own.
fn set(words: &Words, text: &mut String) {
    *text = words.typographer().convert(text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_get_the_readers_punctuation() {
        let mut title = "Nos questions d'amour : \"vraiment\" ?".to_string();
        set(&Words::for_language("fr"), &mut title);
        assert_eq!(
            title,
            "Nos questions d’amour\u{202F}: «\u{202F}vraiment\u{202F}»\u{202F}?"
        );
        let mut name = "Anna O'Brien".to_string();
        set(&Words::for_language("en"), &mut name);
        assert_eq!(name, "Anna O’Brien");
    }
}
