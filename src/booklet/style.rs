//! How the booklet looks: the A5 page and its margins, the text column, type sizes and gaps,
//! its greys, and how a paragraph is set ([`Setting`]).
//!
//! Page sizes and margins are in millimetres; everything set in the column is in points.

use crate::colour::Colour;
use crate::display::{Role, pt};
use crate::layout::{Align, Breaking, Style};

use super::blocks;

/// A5 page width, in millimetres.
pub const PAGE_WIDTH_MM: f32 = 148.0;
/// A5 page height, in millimetres.
pub const PAGE_HEIGHT_MM: f32 = 210.0;
/// The distance from the page's left and right edges to the text, in millimetres.
pub const SIDE_MARGIN_MM: f32 = 18.0;
/// The distance from the top edge to the first line of text, in millimetres.
pub(super) const TOP_MARGIN_MM: f32 = 20.0;
/// The distance from the bottom edge to the lowest text of the column, in millimetres.
pub(super) const BOTTOM_MARGIN_MM: f32 = 21.0;
/// Where the running title's baseline sits, from the top edge, in millimetres.
pub(super) const RUNNING_TITLE_MM: f32 = 13.0;
/// Where the page number's baseline sits, from the bottom edge, in millimetres.
pub(super) const PAGE_NUMBER_MM: f32 = 12.0;

/// Body text size and baseline distance, in points.
pub(super) const BODY: (f32, f32) = (10.5, 15.0);
/// Space between paragraphs, in points.
pub(super) const PARAGRAPH_GAP: f32 = 6.0;
/// How far each level of lists and quotes is indented, in points.
pub(super) const INDENT_STEP: f32 = 16.0;
/// The gap between a hanging marker (a bullet, a number) and its text, in points.
pub(super) const MARKER_GAP: f32 = 5.0;
/// The distance between the ruled lines for answers, in points (7.4 mm: room to write).
pub(super) const ANSWER_LINE_PITCH: f32 = 21.0;

pub(super) const INK: Colour = Colour::grey(0.1);
pub(super) const MUTED: Colour = Colour::grey(0.38);
pub(super) const RULE: Colour = Colour::grey(0.6);

/// The size of the text column, in points.
pub(super) fn column() -> (f32, f32) {
    (
        pt(PAGE_WIDTH_MM - 2.0 * SIDE_MARGIN_MM),
        pt(PAGE_HEIGHT_MM - TOP_MARGIN_MM - BOTTOM_MARGIN_MM),
    )
}

pub(super) fn face(style: blocks::Style) -> Style {
    match (style.bold, style.italic) {
        (false, false) => Style::Regular,
        (false, true) => Style::Italic,
        (true, false) => Style::Bold,
        (true, true) => Style::BoldItalic,
    }
}

/// How a paragraph is set.
#[derive(Clone, Copy)]
pub(super) struct Setting {
    pub(super) size: f32,
    pub(super) leading: f32,
    pub(super) colour: Colour,
    /// The space above it.
    pub(super) gap: f32,
    /// Its left edge in the column.
    pub(super) indent: f32,
    /// How its lines are broken.
    pub(super) breaking: Breaking,
    /// How its lines sit in the column.
    pub(super) align: Align,
    /// What it is in the PDF's structure.
    pub(super) role: Role,
}

impl Setting {
    pub(super) fn body(gap: f32) -> Setting {
        Setting {
            size: BODY.0,
            leading: BODY.1,
            colour: INK,
            gap,
            indent: 0.0,
            breaking: Breaking::Paragraph,
            align: Align::Left,
            role: Role::Paragraph,
        }
    }
}
