//! Glyph outlines from the fonts layout shapes with (ttf-parser, through rustybuzz): the
//! glyph ids of a laid-out block become paths in font units, y up, each read once per image.

use std::collections::HashMap;

use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};
use tiny_skia::PathBuilder;

use crate::layout::{Font, Style};

/// The outlines read so far, by face and glyph id; `None` for a glyph with no outline (a
/// space).
#[derive(Default)]
pub(super) struct Outlines {
    read: HashMap<(Style, u16), Option<tiny_skia::Path>>,
}

impl Outlines {
    /// Glyph `id` of `style`'s outline in font units, and the face's units per em.
    pub(super) fn get(&mut self, style: Style, id: u16) -> Option<(&tiny_skia::Path, f32)> {
        let font = Font::get(style);
        let outline = self.read.entry((style, id)).or_insert_with(|| {
            let mut builder = Builder(PathBuilder::new());
            font.face.outline_glyph(GlyphId(id), &mut builder)?;
            builder.0.finish()
        });
        outline.as_ref().map(|path| (path, font.units_per_em))
    }
}

/// Passes a glyph's outline to tiny-skia's path builder.
struct Builder(PathBuilder);

impl OutlineBuilder for Builder {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }

    fn close(&mut self) {
        self.0.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_have_outlines_and_spaces_none() {
        let font = Font::get(Style::Regular);
        let mut outlines = Outlines::default();
        let a = font.face.glyph_index('a').unwrap().0;
        let space = font.face.glyph_index(' ').unwrap().0;
        let (path, units) = outlines.get(Style::Regular, a).unwrap();
        assert!(path.bounds().height() > 0.3 * units);
        assert!(outlines.get(Style::Regular, space).is_none());
    }
}
