//! The deck's ornaments: the small diamond between hairlines that divides a card, and the
//! rosette on the backs.

use std::f32::consts::{FRAC_PI_4, FRAC_PI_8};

use crate::colour::Colour;
use crate::display::{Item, List, Path, Rect, Stroke};

/// A small diamond between two hairlines, centred at (x, y), `width` wide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Divider {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) width: f32,
}

impl Divider {
    /// Draws this ornament on the card whose trimmed edge is at `trim`.
    pub(super) fn draw(&self, list: &mut List, trim: Rect, colour: Colour) {
        divider(list, trim.x + self.x, trim.y + self.y, self.width, colour);
    }
}

/// A small diamond between two hairlines.
pub(super) fn divider(list: &mut List, x: f32, y: f32, width: f32, colour: Colour) {
    let d = 0.9;
    let diamond = Path::new()
        .start(x - d, y)
        .line_to(x, y + d)
        .line_to(x + d, y)
        .line_to(x, y - d);
    list.push(Item::Fill {
        path: diamond,
        colour,
    });
    let half = width / 2.0;
    if half > d + 1.5 {
        let stroke = Stroke::solid(0.4, colour);
        list.push(Item::line((x - half, y), (x - d - 1.0, y), stroke));
        list.push(Item::line((x + d + 1.0, y), (x + half, y), stroke));
    }
}

/// The back's ornament: eight petals in a ring, with dots between them.
pub(super) fn rosette(
    list: &mut List,
    centre: (f32, f32),
    radius: f32,
    colour: Colour,
    background: Colour,
) {
    let (cx, cy) = centre;
    let at = |distance: f32, angle: f32| (cx + distance * angle.cos(), cy + distance * angle.sin());
    list.push(Item::Stroke {
        path: Path::circle(centre, radius * 1.18),
        stroke: Stroke::solid(0.6, colour),
        closed: true,
    });
    let soft = background.mix(colour, 0.45);
    for k in 0..8 {
        let angle = k as f32 * FRAC_PI_4 + FRAC_PI_8;
        let base = at(radius * 0.18, angle);
        let tip = at(radius, angle);
        let c1 = at(radius * 0.55, angle - 0.42);
        let c2 = at(radius * 0.92, angle - 0.16);
        let c3 = at(radius * 0.92, angle + 0.16);
        let c4 = at(radius * 0.55, angle + 0.42);
        let petal = Path::new()
            .start(base.0, base.1)
            .curve_to(c1, c2, tip.0, tip.1)
            .curve_to(c3, c4, base.0, base.1);
        list.push(Item::Fill {
            path: petal,
            colour: if k % 2 == 0 { colour } else { soft },
        });
        let dot = at(radius * 1.18, angle + FRAC_PI_8);
        list.push(Item::Fill {
            path: Path::circle(dot, radius * 0.05),
            colour,
        });
    }
    list.push(Item::Fill {
        path: Path::circle(centre, radius * 0.13),
        colour,
    });
    list.push(Item::Fill {
        path: Path::circle(centre, radius * 0.06),
        colour: background,
    });
}
