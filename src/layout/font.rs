//! The type family every PDF is set in: Vollkorn (SIL Open Font License 1.1), a book serif
//! with kerning, vendored in `fonts/vollkorn/` with its licence and compiled into the binary, so a
//! build never depends on the fonts installed on the writer's computer.

use std::sync::OnceLock;

use rustybuzz::{Direction, Face, Feature, ShapePlan, script};

/// One face of the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// Upright text.
    Regular,
    /// Emphasis.
    Italic,
    /// Strong emphasis and headings.
    Bold,
    /// Strong emphasis inside emphasis.
    BoldItalic,
}

impl Style {
    /// Every style, in a fixed order (used for deterministic font numbering in PDFs).
    pub const ALL: [Style; 4] = [
        Style::Regular,
        Style::Italic,
        Style::Bold,
        Style::BoldItalic,
    ];

    /// A short name for messages ("italic").
    pub fn describe(self) -> &'static str {
        match self {
            Style::Regular => "regular",
            Style::Italic => "italic",
            Style::Bold => "bold",
            Style::BoldItalic => "bold italic",
        }
    }

    /// The face's PostScript-style name, as embedded in PDFs.
    pub fn postscript_name(self) -> &'static str {
        match self {
            Style::Regular => "Vollkorn",
            Style::Italic => "Vollkorn-Italic",
            Style::Bold => "Vollkorn-Bold",
            Style::BoldItalic => "Vollkorn-BoldItalic",
        }
    }

    /// The face's font file, as vendored.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Style::Regular => include_bytes!("../../fonts/vollkorn/Vollkorn-Regular.ttf"),
            Style::Italic => include_bytes!("../../fonts/vollkorn/Vollkorn-Italic.ttf"),
            Style::Bold => include_bytes!("../../fonts/vollkorn/Vollkorn-Bold.ttf"),
            Style::BoldItalic => include_bytes!("../../fonts/vollkorn/Vollkorn-BoldItalic.ttf"),
        }
    }
}

/// A parsed face with the metrics layout needs.
pub struct Font {
    /// Which face this is.
    pub style: Style,
    /// The shaping face (it dereferences to a `ttf_parser::Face` for metrics).
    pub face: Face<'static>,
    /// Font units per em: divide a font-unit value by this and multiply by the size in points.
    pub units_per_em: f32,
    /// Height above the baseline that the font's glyphs reach, in em.
    pub ascent: f32,
    /// Depth below the baseline that the font's glyphs reach, in em (positive).
    pub descent: f32,
    /// The compiled shaping plan (left to right, Latin script, lining figures). Compiling a
    /// plan costs far more than shaping a line with it, so it is made once per face.
    pub plan: ShapePlan,
    /// Every glyph's [`Font::pdf_advance`], by glyph id.
    pdf_advances: Vec<f32>,
}

impl std::fmt::Debug for Font {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Font").field("style", &self.style).finish()
    }
}

impl Font {
    fn parse(style: Style) -> Font {
        // The vendored files are part of the program; a test parses every one of them.
        let face = Face::from_slice(style.bytes(), 0)
            .unwrap_or_else(|| panic!("the built-in {} font is damaged", style.describe()));
        let units_per_em = face.units_per_em() as f32;
        // Lining figures: Vollkorn's default old-style "1" reads as "I" in "1." and "1 / 20".
        let lining = Feature::new(rustybuzz::ttf_parser::Tag::from_bytes(b"lnum"), 1, ..);
        let plan = ShapePlan::new(
            &face,
            Direction::LeftToRight,
            Some(script::LATIN),
            None,
            &[lining],
        );
        let pdf_advances = (0..face.number_of_glyphs())
            .map(|id| {
                let units = face
                    .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(id))
                    .unwrap_or(0);
                (f32::from(units) * 1000.0 / units_per_em).trunc()
            })
            .collect();
        Font {
            style,
            plan,
            pdf_advances,
            ascent: face.ascender() as f32 / units_per_em,
            descent: -(face.descender() as f32) / units_per_em,
            units_per_em,
            face,
        }
    }

    /// The face for `style`, parsed once per process.
    pub fn get(style: Style) -> &'static Font {
        static FONTS: OnceLock<[Font; 4]> = OnceLock::new();
        let fonts = FONTS.get_or_init(|| Style::ALL.map(Font::parse));
        &fonts[style as usize]
    }

    /// Whether the face has a glyph for `c`. Spaces and line breaks count as present.
    pub fn has_char(&self, c: char) -> bool {
        c.is_whitespace() || c.is_control() || self.face.glyph_index(c).is_some()
    }

    /// The advance of glyph `id` as a PDF reader computes it from the embedded widths:
    /// thousandths of an em, truncated to a whole number.
    pub fn pdf_advance(&self, id: u16) -> f32 {
        self.pdf_advances
            .get(usize::from(id))
            .copied()
            .unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses_and_has_book_punctuation() {
        for style in Style::ALL {
            let font = Font::get(style);
            assert!(font.ascent > 0.5 && font.descent > 0.1, "{style:?}");
            for c in "’‘“”–—…é".chars() {
                assert!(font.has_char(c), "{style:?} lacks {c}");
            }
        }
    }

    #[test]
    fn missing_characters_are_detected() {
        assert!(!Font::get(Style::Regular).has_char('漢'));
    }
}
