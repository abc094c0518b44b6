//! Text layout shared by every PDF: the embedded fonts, shaping with real advances and
//! kerning, line breaking, and fitting text into a box.
//!
//! Lengths are in PDF points (1/72 inch) unless a name says em. A laid-out [`TextBlock`] is a
//! list of [`Line`]s, each a list of [`Run`]s of positioned glyphs in one style and size; the
//! PDF code draws those glyph ids, so what is measured here is exactly what is printed.
//!
//! Typical use:
//! - a short text in a box (a card, a cover): [`fit()`] (or [`fit_stack`] for several paragraphs
//!   at one size) shrinks from a preferred to a minimum size until width and height fit;
//! - running text: [`pieces()`] cuts styled [`Span`]s (regular, italic, bold…) at line-break
//!   opportunities and shapes them once; [`break_lines`] with [`Breaking::Paragraph`] chooses
//!   the lines for a measure; [`set_block`] sets them at a size and leading, or [`set_line`]
//!   one line at a time with extra word spacing to justify it.
//!
//! Drawing is a [`crate::display::Item::Text`]: a block's top-left corner goes where it is told,
//! each line at `block.baseline(i)` below the top and `line.x` from the left.

mod breaking;
mod breaks;
mod fit;
mod flow;
mod font;
mod inline;
mod paragraph;
mod pieces;
mod set;
mod shape;

use std::fmt;

pub use breaking::{Breaking, MAX_LINE_PIECES, break_lines, line_width};
pub use fit::{Fit, SIZE_STEP, fit, fit_stack, stack_height};
pub use flow::{Slot, keep_lines_together, paginate, used_height};
pub use font::{Font, Style};
pub use inline::{paragraph_spans, text_spans};
pub use paragraph::{ParagraphError, set_ragged};
pub use pieces::{Piece, pieces};
pub use set::{Align, Line, Run, TextBlock, set_block, set_line};
pub use shape::{Glyph, GlyphText, ShapedRun, Span, measure, shape};

/// Why text could not be laid out.
#[derive(Debug, Clone, PartialEq)]
pub enum LayoutError {
    /// The font has no glyph for a character of the text.
    MissingGlyph {
        /// The character.
        character: char,
        /// The face that lacks it.
        style: Style,
    },
    /// The text does not fit its box even at the smallest size allowed.
    DoesNotFit {
        /// The smallest size tried, in points.
        min_size: f32,
    },
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::MissingGlyph { character, style } => write!(
                f,
                "the {} font has no “{character}” (U+{:04X})",
                style.describe(),
                *character as u32
            ),
            LayoutError::DoesNotFit { min_size } => {
                write!(f, "the text does not fit even at {min_size} pt")
            }
        }
    }
}

impl std::error::Error for LayoutError {}
