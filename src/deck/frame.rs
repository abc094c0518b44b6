//! Where each part of a card goes, from its size and the safe zone, and the two frame lines
//! every card is drawn with.

use crate::colour::Colour;
use crate::display::{Item, List, Path, Rect, Stroke, pt};
use crate::layout::{Align, Breaking, Fit};
use crate::settings::Size;

/// Where each part of a card goes, derived from its size and the safe zone.
pub(super) struct Frame {
    pub(super) card: Size,
    /// The inner frame line's inset from the card's edge.
    pub(super) inner: f32,
    /// The box text may use.
    pub(super) text: Rect,
    /// A scale for small type and ornaments: 1 on a poker card.
    pub(super) scale: f32,
}

impl Frame {
    pub(super) fn new(card: Size, safe: f32) -> Frame {
        let scale = (card.width.min(card.height) / 63.0).clamp(0.7, 1.4);
        let inner = safe + 1.0;
        let padding = 2.5 * scale;
        Frame {
            card,
            inner,
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

/// Two frame lines inside the card: a firm one at the safe zone and a hairline inside it.
pub(super) fn draw_frame(list: &mut List, trim: Rect, frame: &Frame, colour: Colour, weight: f32) {
    let outer =
        Rect::new(trim.x, trim.y, frame.card.width, frame.card.height).grow(-(frame.inner - 1.0));
    for (rect, width) in [(outer, 0.8 * weight), (outer.grow(-1.0), 0.3 * weight)] {
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
