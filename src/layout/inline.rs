//! The deck's short texts ([`Text`]: a question, its category and follow-up, the deck's
//! introduction and closing) as spans: the face a text is set in (regular for a question,
//! italic for a follow-up), turned to italic by `*emphasis*` (or back to upright inside an
//! italic text, as books do) and to bold by `**strong**`.

use crate::content::{Run, Text};

use super::font::Style;
use super::shape::Span;

impl Style {
    /// The face of a run in `emphasis` and `strong` inside text set in `self`.
    pub fn within(self, emphasis: bool, strong: bool) -> Style {
        let italic = matches!(self, Style::Italic | Style::BoldItalic) != emphasis;
        let bold = matches!(self, Style::Bold | Style::BoldItalic) || strong;
        match (italic, bold) {
            (false, false) => Style::Regular,
            (true, false) => Style::Italic,
            (false, true) => Style::Bold,
            (true, true) => Style::BoldItalic,
        }
    }
}

/// One paragraph's runs as spans in `base` and the faces their styles turn it to.
pub fn paragraph_spans(runs: &[Run], base: Style) -> Vec<Span> {
    runs.iter()
        .map(|run| Span::new(run.text.as_str(), base.within(run.emphasis, run.strong)))
        .collect()
}

/// All of `text` as spans in `base`, its paragraphs one after the other with a line break
/// between them (a card sets a text as one block).
pub fn text_spans(text: &Text, base: Style) -> Vec<Span> {
    let mut spans = Vec::new();
    for (index, runs) in text.paragraphs().iter().enumerate() {
        if index > 0 {
            spans.push(Span::new("\n", base));
        }
        spans.extend(paragraph_spans(runs, base));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    #[test]
    fn emphasis_turns_the_face() {
        assert_eq!(Style::Regular.within(true, false), Style::Italic);
        assert_eq!(Style::Regular.within(true, true), Style::BoldItalic);
        assert_eq!(Style::Italic.within(true, false), Style::Regular);
        assert_eq!(Style::Italic.within(false, true), Style::BoldItalic);
        assert_eq!(Style::Bold.within(false, false), Style::Bold);
    }

    #[test]
    fn paragraphs_join_with_a_line_break() {
        let mut text = Text::from("One *real*\n\n**Two**");
        text.typeset(&mut Words::for_language("en").typographer())
            .unwrap();
        assert_eq!(
            text_spans(&text, Style::Regular),
            [
                Span::new("One ", Style::Regular),
                Span::new("real", Style::Italic),
                Span::new("\n", Style::Regular),
                Span::new("Two", Style::Bold),
            ]
        );
    }
}
