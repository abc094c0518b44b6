//! Running text for book pages: paragraphs set ragged-right in a column of fixed width.
//!
//! Why ragged-right rather than justified: a booklet page (A5) holds about 60 characters a
//! line; justifying so short a measure without hyphenation stretches spaces into holes and
//! rivers, and hyphenation needs per-language dictionaries for whatever language the writer
//! uses, and splits words that readers (and screen readers, and copy-paste) then see broken.
//! Ragged-right with the optimal line breaker of [`super::break_lines`] keeps every space its
//! natural width, keeps the right edge calm, and never leaves a lone short word on the last
//! line.

use std::fmt;

use super::shape::text_of;
use super::{Breaking, LayoutError, Span, TextBlock, break_lines, pieces, set_block};

/// Why a paragraph could not be set.
#[derive(Debug, Clone, PartialEq)]
pub enum ParagraphError {
    /// A character the font lacks, say.
    Layout(LayoutError),
    /// A word (or a web address) wider than the column, which no line break can fit.
    WordTooWide {
        /// The word.
        word: String,
    },
}

impl fmt::Display for ParagraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParagraphError::Layout(e) => e.fmt(f),
            ParagraphError::WordTooWide { word } => {
                write!(f, "“{word}” is too long to fit on one line")
            }
        }
    }
}

impl std::error::Error for ParagraphError {}

impl From<LayoutError> for ParagraphError {
    fn from(e: LayoutError) -> Self {
        ParagraphError::Layout(e)
    }
}

/// Sets `spans` flush left in a column `width` points wide, at `size` points with baselines
/// `leading` points apart, with line breaks chosen by `breaking` ([`Breaking::Paragraph`] for
/// running text, [`Breaking::Balanced`] for headings). Line breaks in the text (`\n`) are kept.
pub fn set_ragged(
    spans: &[Span],
    width: f32,
    size: f32,
    leading: f32,
    breaking: Breaking,
) -> Result<TextBlock, ParagraphError> {
    let pieces = pieces(spans)?;
    let em_width = width / size;
    let ranges = break_lines(&pieces, em_width, breaking).ok_or_else(|| {
        let word = pieces
            .iter()
            .find(|p| p.alone_width() > em_width)
            .map(|p| text_of(p.body.iter().flat_map(|run| &run.glyphs)))
            .unwrap_or_default();
        ParagraphError::WordTooWide { word }
    })?;
    Ok(set_block(&pieces, &ranges, size, leading))
}

#[cfg(test)]
mod tests {
    use super::super::Style;
    use super::*;

    const TEXT: &str = "Moreover, empathy allows couples to offer meaningful support when their \
        partner is struggling, creating a sense of partnership and teamwork. Understanding each \
        other’s emotional needs can also promote healing from past hurts and challenges.";

    #[test]
    fn lines_fit_the_column_and_keep_every_word() {
        let block = set_ragged(
            &[Span::new(TEXT, Style::Regular)],
            200.0,
            11.0,
            15.0,
            Breaking::Paragraph,
        )
        .unwrap();
        assert!(block.lines.len() >= 4, "{}", block.text());
        for line in &block.lines {
            assert!(line.x == 0.0 && line.width <= 200.0 + 1e-3);
        }
        let words: Vec<&str> = TEXT.split_whitespace().collect();
        let text = block.text();
        let set: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(set, words);
        assert_eq!(block.leading, 15.0);
    }

    #[test]
    fn styles_and_forced_breaks_survive() {
        let spans = [
            Span::new("one ", Style::Regular),
            Span::new("two", Style::Bold),
            Span::new("\nthree", Style::Italic),
        ];
        let block = set_ragged(&spans, 300.0, 10.0, 13.0, Breaking::Paragraph).unwrap();
        assert_eq!(block.text(), "one two\nthree");
    }

    #[test]
    fn an_overlong_word_is_named() {
        // Web addresses break after their slashes and hyphens; one long word cannot break.
        let text = "See https://example.org/an-address-far-too-long-for-this-line";
        assert!(
            set_ragged(
                &[Span::new(text, Style::Regular)],
                80.0,
                11.0,
                15.0,
                Breaking::Paragraph
            )
            .is_ok()
        );
        let text = "Pneumonoultramicroscopicsilicovolcanoconiosis, they said.";
        let err = set_ragged(
            &[Span::new(text, Style::Regular)],
            80.0,
            11.0,
            15.0,
            Breaking::Paragraph,
        )
        .unwrap_err();
        assert_eq!(
            err,
            ParagraphError::WordTooWide {
                word: "Pneumonoultramicroscopicsilicovolcanoconiosis,".to_string()
            }
        );
    }
}
