//! Text layout shared by every PDF: the embedded fonts, shaping with real advances and
//! kerning, line breaking, and fitting text into a box.
//!
//! Lengths are in PDF points (1/72 inch) unless a name says em. A laid-out [`TextBlock`] is a
//! list of [`Line`]s, each a list of [`Run`]s of positioned glyphs in one style and size; the
//! PDF code draws those glyph ids, so what is measured here is exactly what is printed.
//!
//! Typical use: [`fit`] a list of styled [`Span`]s into a box, or, for running text,
//! [`pieces`] then [`break_lines`] then [`set_block`].

mod flow;
mod font;
mod lines;
mod paragraph;
mod shape;

use std::fmt;

pub use flow::{Slot, keep_lines_together, paginate, used_height};
pub use font::{Font, Style};
pub use lines::{
    Align, Breaking, Fit, Line, Piece, Run, SIZE_STEP, TextBlock, break_lines, fit, fit_stack,
    line_width, pieces, set_block, set_line, stack_height,
};
pub use paragraph::{ParagraphError, set_ragged};
pub use shape::{Glyph, ShapedRun, Span, measure, shape};

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
