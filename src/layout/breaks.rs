//! What makes a line break bad beyond how full its lines are: the typographic rules the line
//! breaker ([`super::breaking::break_lines`]) weighs each candidate line with, kept apart from
//! the breaker's search so rules can be added without touching it.
//!
//! - A last line of one word, under a paragraph of several lines (a widow word: "connection?"
//!   alone under three full lines), reads as an accident.
//! - A line ending with a one-letter word ("I", "a" in English; "à", "y", "o", "e" in the
//!   Romance languages) leaves that word hanging away from the word it belongs to; Czech and
//!   Polish typesetting forbids it outright, and English style guides advise against it.
//!
//! Each rule is a cost added to a line's slack (which is at most 1 for a line that fits), so
//! the breaker keeps a rule whenever some other set of breaks allows it and breaks it only
//! when nothing else fits. When no breaks at a size keep the rules (two long last words that
//! do not fit one line together), fitting tries sizes up to [`SHRINK_TO_KEEP_RULES`] smaller.

use super::pieces::Piece;

/// The cost of a last line holding a single word after other lines.
const WIDOW_WORD: f32 = 4.0;
/// The cost of a line that ends with a one-letter word.
const HANGING_LETTER: f32 = 2.0;
// Both outweigh the slack of any line that fits (at most 1).
const _: () = assert!(WIDOW_WORD > 1.0 && HANGING_LETTER > 1.0);

/// How far below the largest size that fits [`super::fit_stack`] looks for a size at which
/// the rules are kept, in points, before it accepts breaking one.
pub(super) const SHRINK_TO_KEEP_RULES: f32 = 2.0;

/// Whether the lines `ranges` of `pieces` break one of the rules.
pub(super) fn breaks_a_rule(pieces: &[Piece], ranges: &[std::ops::Range<usize>]) -> bool {
    let rules = Rules::new(pieces);
    let count = pieces.len();
    ranges
        .iter()
        .any(|range| rules.line_cost(range.start, range.end, count) > 0.0)
}

/// What each piece of a paragraph is, for the rules: computed once per paragraph.
pub(super) struct Rules {
    one_letter: Vec<bool>,
}

impl Rules {
    /// The rules' view of `pieces`.
    pub(super) fn new(pieces: &[Piece]) -> Rules {
        Rules {
            one_letter: pieces.iter().map(is_one_letter_word).collect(),
        }
    }

    /// The cost of the line holding pieces `start..end` of the `count` in the paragraph.
    pub(super) fn line_cost(&self, start: usize, end: usize, count: usize) -> f32 {
        let last = end == count;
        let widow = if last && start > 0 && end - start == 1 {
            WIDOW_WORD
        } else {
            0.0
        };
        let hanging = if !last && self.one_letter[end - 1] {
            HANGING_LETTER
        } else {
            0.0
        };
        widow + hanging
    }
}

/// Whether a piece is a word of one letter (and nothing glued to it, like a comma).
fn is_one_letter_word(piece: &Piece) -> bool {
    let [run] = piece.body.as_slice() else {
        return false;
    };
    let [glyph] = run.glyphs.as_slice() else {
        return false;
    };
    let mut chars = glyph.text.as_str().chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.all(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::super::font::Style;
    use super::super::pieces::pieces;
    use super::super::shape::Span;
    use super::*;

    fn rules(text: &str) -> (Rules, usize) {
        let pieces = pieces(&[Span::new(text, Style::Regular)]).unwrap();
        (Rules::new(&pieces), pieces.len())
    }

    #[test]
    fn one_letter_words_are_found() {
        let (rules, _) = rules("Can I ask a question, a? Ok I.");
        assert_eq!(
            rules.one_letter,
            [false, true, false, true, false, false, false, false]
        );
    }

    #[test]
    fn a_lone_last_word_and_a_hanging_letter_cost_more_than_any_slack() {
        let (rules, n) = rules("Can I ask a question?");
        // "Can I / ask a question?": the first line ends with "I".
        assert_eq!(rules.line_cost(0, 2, n), HANGING_LETTER);
        assert_eq!(rules.line_cost(2, n, n), 0.0);
        // "… / question?": one word alone on the last line.
        assert_eq!(rules.line_cost(4, n, n), WIDOW_WORD);
        // A paragraph of one word is not a widow.
        let (one, n) = super::tests::rules("Why?");
        assert_eq!(one.line_cost(0, n, n), 0.0);
    }
}
