//! A fingerprint of what an image shows: everything [`super::Image::render`] draws from (each
//! item's shapes, colours and glyphs, the forms it places, the view), hashed with FNV-1a, whose
//! value never changes between Rust versions. Two images with the same fingerprint have the
//! same pixels, so a previous build's image with it can be kept instead of drawn again.
//!
//! What is not drawn is left out: a text's structure tag, and which characters a glyph stands
//! for (numbered in the order threads first met them, which changes from build to build).

use super::{Forms, View};
use crate::colour::Colour;
use crate::display::{Item, List, Path, Segment};

/// Changed whenever the drawing code draws the same list differently, so that images kept by
/// fingerprint are drawn again. The program's version is folded in too.
const DRAWING_VERSION: u64 = 1;

/// FNV-1a over 64 bits.
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn number(&mut self, value: f32) {
        self.bytes(&value.to_bits().to_le_bytes());
    }

    fn numbers(&mut self, values: &[f32]) {
        for &value in values {
            self.number(value);
        }
    }

    fn whole(&mut self, value: u64) {
        self.bytes(&value.to_le_bytes());
    }

    fn colour(&mut self, colour: Colour) {
        self.numbers(&[colour.r, colour.g, colour.b]);
    }

    fn path(&mut self, path: &Path) {
        for segment in path.segments() {
            match *segment {
                Segment::Start((x, y)) => self.numbers(&[0.0, x, y]),
                Segment::Line((x, y)) => self.numbers(&[1.0, x, y]),
                Segment::Curve(a, b, c) => self.numbers(&[2.0, a.0, a.1, b.0, b.1, c.0, c.1]),
            }
        }
    }

    fn list(&mut self, list: &List) {
        for item in list.items() {
            match item {
                Item::Text {
                    block,
                    left,
                    top,
                    colour,
                    tag: _,
                } => {
                    self.numbers(&[10.0, *left, *top, block.leading, block.ascent, block.size]);
                    self.colour(*colour);
                    for (index, line) in block.lines.iter().enumerate() {
                        self.numbers(&[block.baseline(index), line.x]);
                        for run in &line.runs {
                            self.whole(run.style as u64);
                            self.numbers(&[run.size, run.x]);
                            for glyph in &run.glyphs {
                                self.whole(u64::from(glyph.id));
                                self.numbers(&[glyph.x, glyph.y]);
                            }
                        }
                    }
                }
                Item::FillRect { rect, colour } => {
                    self.numbers(&[11.0, rect.x, rect.y, rect.w, rect.h]);
                    self.colour(*colour);
                }
                Item::Fill { path, colour } => {
                    self.number(12.0);
                    self.path(path);
                    self.colour(*colour);
                }
                Item::Stroke {
                    path,
                    stroke,
                    closed,
                } => {
                    let (dash, gap) = stroke.dash.unwrap_or((-1.0, -1.0));
                    self.numbers(&[13.0, stroke.width, dash, gap, f32::from(u8::from(*closed))]);
                    self.colour(stroke.colour);
                    self.path(path);
                }
                // What a figure is to the structure does not change its pixels.
                Item::Image {
                    picture,
                    rect,
                    figure: _,
                } => {
                    self.numbers(&[17.0, rect.x, rect.y, rect.w, rect.h]);
                    self.whole(u64::from(picture.width) << 32 | u64::from(picture.height));
                    self.whole(
                        u64::from(picture.grey) | u64::from(picture.orientation.exif()) << 1,
                    );
                    self.bytes(picture.samples.bytes());
                }
                Item::Form { form, matrix } => {
                    self.number(14.0);
                    self.whole(form.index() as u64);
                    self.numbers(matrix);
                }
            }
        }
    }
}

/// The fingerprint of `list` drawn with `forms` as `view` says, as 16 hexadecimal digits.
pub fn fingerprint(list: &List, forms: &Forms, view: View) -> String {
    let mut hash = Fnv(0xcbf2_9ce4_8422_2325);
    hash.whole(DRAWING_VERSION);
    hash.bytes(env!("CARGO_PKG_VERSION").as_bytes());
    hash.numbers(&[view.page_height, view.per_mm]);
    hash.whole(u64::from(view.pixels.0) << 32 | u64::from(view.pixels.1));
    for form in &forms.forms {
        hash.numbers(&[15.0, form.width, form.height]);
        hash.list(&form.list);
    }
    hash.number(16.0);
    hash.list(list);
    format!("{:016x}", hash.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::Rect;

    #[test]
    fn the_hash_is_fnv_1a_and_the_fingerprint_follows_what_is_drawn() {
        let mut empty = Fnv(0xcbf2_9ce4_8422_2325);
        empty.bytes(b"a");
        assert_eq!(empty.0, 0xaf63_dc4c_8601_ec8c);
        let view = View::at_dpi((10.0, 10.0), 72.0);
        let square = |colour| -> List {
            [Item::FillRect {
                rect: Rect::new(1.0, 1.0, 2.0, 2.0),
                colour,
            }]
            .into_iter()
            .collect()
        };
        let black = fingerprint(&square(Colour::BLACK), &Forms::new(), view);
        assert_eq!(
            black,
            fingerprint(&square(Colour::BLACK), &Forms::new(), view)
        );
        assert_ne!(
            black,
            fingerprint(&square(Colour::grey(0.5)), &Forms::new(), view)
        );
        let larger = View::at_dpi((10.0, 10.0), 144.0);
        assert_ne!(
            black,
            fingerprint(&square(Colour::BLACK), &Forms::new(), larger)
        );
    }
}
