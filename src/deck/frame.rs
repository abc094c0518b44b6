//! Where each part of a card goes, from its size and the safe zone, and the two frame lines
//! every card is drawn with.
//!
//! The frame sits [`FRAME_INSET`] inside the safe zone, well in from the cut: a home cut
//! 1.5 mm off leaves it 2.5 and 5.5 mm from the two edges (a safe-zone frame would be at 1.5
//! and 4.5, three times as far on one side as on the other), and no line is thinner than
//! [`HAIRLINE`], the finest most printers promise to print.

use crate::colour::Colour;
use crate::display::{Item, List, Path, Rect, Stroke, pt};
use crate::layout::{Align, Breaking, Fit};
use crate::settings::Size;

/// How far the outer frame line sits inside the safe zone, in mm.
const FRAME_INSET: f32 = 1.0;
/// The inner frame line's width, in points: the 0.25 pt printers state as their finest line,
/// and a little more.
pub(super) const HAIRLINE: f32 = 0.3;

/// Where each part of a card goes, derived from its size and the safe zone.
pub(super) struct Frame {
    pub(super) card: Size,
    /// The outer frame line's inset from the card's edge; the inner line is 1 mm further in.
    pub(super) outer: f32,
    /// The box text may use.
    pub(super) text: Rect,
    /// A scale for small type and ornaments: 1 on a poker card.
    pub(super) scale: f32,
}

impl Frame {
    pub(super) fn new(card: Size, safe: f32) -> Frame {
        let scale = (card.width.min(card.height) / 63.0).clamp(0.7, 1.4);
        let outer = safe + FRAME_INSET;
        let inner = outer + 1.0;
        // 3 mm between the inner frame line and the text on a poker card, more on large
        // cards, and no less than 2.55 mm on small ones, where text needs the width.
        let padding = 3.0 * scale.max(0.85);
        Frame {
            card,
            outer,
            text: Rect::new(
                inner + padding,
                inner + padding,
                card.width - 2.0 * (inner + padding),
                card.height - 2.0 * (inner + padding),
            ),
            scale,
        }
    }
}

pub(super) fn centred(width_mm: f32, max_size: f32, min_size: f32, leading: f32) -> Fit {
    Fit {
        width: pt(width_mm),
        height: f32::MAX,
        max_size,
        min_size,
        leading,
        breaking: Breaking::Balanced,
        align: Align::Centre,
    }
}

/// Two frame lines inside the card: a firm one `weight` × 0.8 pt wide and a [`HAIRLINE`]
/// 1 mm inside it.
pub(super) fn draw_frame(list: &mut List, trim: Rect, frame: &Frame, colour: Colour, weight: f32) {
    let outer = Rect::new(trim.x, trim.y, frame.card.width, frame.card.height).grow(-frame.outer);
    for (rect, width) in [(outer, 0.8 * weight), (outer.grow(-1.0), HAIRLINE)] {
        let path = Path::new()
            .start(rect.x, rect.y)
            .line_to(rect.right(), rect.y)
            .line_to(rect.right(), rect.top())
            .line_to(rect.x, rect.top());
        list.push(Item::Stroke {
            path,
            stroke: Stroke::solid(width, colour),
            closed: true,
        });
    }
}
