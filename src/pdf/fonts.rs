//! Embedding a face in a PDF: the subset font program and the dictionaries around it.
//!
//! Pages are written while the document is still being drawn, before anyone knows which glyphs
//! the whole document will use; so content streams name glyphs by their ids in the full font
//! (as CIDs), and the subset, renumbered by allsorts, is reached through a CIDToGIDMap. Widths
//! (`/W`) and the ToUnicode map (written by printpdf) are keyed by those same CIDs.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use printpdf::ToUnicodeCMap;

use super::subset::{Plan, pdf_program};
use super::syntax::{ObjectRef, ObjectWriter, fingerprint, number_array};
use crate::error::Result;
use crate::layout::{Font, GlyphText, Style};

/// The resource name of a style's font in every deckle PDF ("F1" for regular, and so on).
pub fn resource_name(style: Style) -> &'static str {
    ["F1", "F2", "F3", "F4"][style as usize]
}

/// A fingerprint of `style`'s font file, taken once.
fn face_print(style: Style) -> u64 {
    static PRINTS: OnceLock<[u64; 4]> = OnceLock::new();
    PRINTS.get_or_init(|| Style::ALL.map(|style| fingerprint(style.bytes(), 0)))[style as usize]
}

/// Writes `style`'s face as the Type 0 font `id`, embedding only the glyphs in `used`
/// (glyph id → the text it stands for).
pub fn embed(
    writer: &mut ObjectWriter,
    id: ObjectRef,
    style: Style,
    used: &BTreeMap<u16, GlyphText>,
) -> Result<()> {
    let font = Font::get(style);
    let subset = Plan::new(used.keys().copied());
    let name = format!("{}+{}", subset.tag, style.postscript_name());

    // The program is wholly the face cut to the glyphs kept: fingerprinted by their ids, and
    // cut only when the file is written.
    let program = writer.reserve();
    let kept: Vec<u8> = subset.glyphs.iter().flat_map(|g| g.to_le_bytes()).collect();
    let key = [&face_print(style).to_le_bytes()[..], &kept].concat();
    writer.derived_stream(program, &key, || {
        let bytes = pdf_program(style, &subset)?;
        Ok((format!(" /Length1 {}", bytes.len()), bytes))
    })?;

    let largest = used.keys().next_back().copied().unwrap_or(0);
    let mut map = vec![0u8; 2 * (usize::from(largest) + 1)];
    for (&old, &new) in &subset.ids {
        map[2 * usize::from(old)..][..2].copy_from_slice(&new.to_be_bytes());
    }
    let cid_to_gid = writer.reserve();
    writer.stream(cid_to_gid, "", &map)?;

    let to_unicode = writer.reserve();
    let cmap = ToUnicodeCMap {
        mappings: used
            .iter()
            .map(|(&id, text)| {
                (
                    u32::from(id),
                    text.as_str().chars().map(u32::from).collect(),
                )
            })
            .collect(),
    };
    writer.stream(to_unicode, "", cmap.to_cmap_string(&name).as_bytes())?;

    // PDF/A asks subset fonts to say which glyphs they hold: a bit for each CID, first bit first.
    let mut present = vec![0u8; usize::from(largest) / 8 + 1];
    for id in std::iter::once(0).chain(used.keys().copied()) {
        present[usize::from(id / 8)] |= 0x80 >> (id % 8);
    }
    let cid_set = writer.reserve();
    writer.stream(cid_set, "", &present)?;

    let descriptor = writer.reserve();
    writer.object(
        descriptor,
        &descriptor_dictionary(font, &name, program, cid_set),
    );

    let cid_font = writer.reserve();
    writer.object(
        cid_font,
        &format!(
            "<</Type /Font /Subtype /CIDFontType2 /BaseFont /{name} \
             /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> \
             /FontDescriptor {descriptor} /CIDToGIDMap {cid_to_gid} /W {}>>",
            widths(font, used.keys().copied())
        ),
    );
    writer.object(
        id,
        &format!(
            "<</Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H \
             /DescendantFonts [{cid_font}] /ToUnicode {to_unicode}>>"
        ),
    );
    Ok(())
}

/// The font descriptor: the face's metrics in thousandths of an em, its program, and the set
/// of glyphs the program holds.
fn descriptor_dictionary(
    font: &Font,
    name: &str,
    program: ObjectRef,
    cid_set: ObjectRef,
) -> String {
    let face = &font.face;
    let scale = 1000.0 / font.units_per_em;
    let bbox = face.global_bounding_box();
    let italic = face.italic_angle();
    // Serif (2) and non-symbolic (32), plus italic (64) for slanted faces.
    let flags = 2 + 32 + if italic != 0.0 { 64 } else { 0 };
    let cap_height = face.capital_height().unwrap_or(face.ascender());
    format!(
        "<</Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox {} \
         /ItalicAngle {} /Ascent {} /Descent {} /CapHeight {} /StemV {} /FontFile2 {program} /CIDSet {cid_set}>>",
        number_array(&[
            f32::from(bbox.x_min) * scale,
            f32::from(bbox.y_min) * scale,
            f32::from(bbox.x_max) * scale,
            f32::from(bbox.y_max) * scale,
        ]),
        italic.round(),
        (f32::from(face.ascender()) * scale).round(),
        (f32::from(face.descender()) * scale).round(),
        (f32::from(cap_height) * scale).round(),
        if matches!(font.style, Style::Bold | Style::BoldItalic) {
            120
        } else {
            80
        },
    )
}

/// The /W array: each run of consecutive glyph ids with their widths, `first [w1 w2 …]`.
fn widths(font: &Font, ids: impl Iterator<Item = u16>) -> String {
    let mut out = String::from("[");
    let mut previous: Option<u16> = None;
    for id in ids {
        if previous.is_some_and(|p| p + 1 == id) {
            out.push(' ');
        } else {
            if previous.is_some() {
                out.push_str("] ");
            }
            let _ = write!(out, "{id} [");
        }
        let _ = write!(out, "{}", font.pdf_advance(id));
        previous = Some(id);
    }
    if previous.is_some() {
        out.push(']');
    }
    out.push(']');
    out
}

/// The glyphs a document uses, by style and glyph id, each with the text it stands for (for
/// the font subsets, and the ToUnicode maps that make the PDF's text searchable and copyable).
/// A table per style indexed by glyph id: recording a glyph is one lookup.
#[derive(Debug, Default)]
pub(super) struct GlyphsUsed([Vec<Option<GlyphText>>; 4]);

impl GlyphsUsed {
    /// Notes that glyph `id` of `style` is drawn; the text it was first drawn for stays.
    pub(super) fn record(&mut self, style: Style, id: u16, text: GlyphText) {
        let table = &mut self.0[style as usize];
        let index = usize::from(id);
        if table.len() <= index {
            table.resize(index + 1, None);
        }
        table[index].get_or_insert(text);
    }

    /// Whether any glyph of `style` is drawn.
    pub(super) fn uses(&self, style: Style) -> bool {
        !self.0[style as usize].is_empty()
    }

    /// The glyphs of `style` in use, by id.
    pub(super) fn of(&self, style: Style) -> BTreeMap<u16, GlyphText> {
        self.0[style as usize]
            .iter()
            .enumerate()
            .filter_map(|(id, text)| Some((u16::try_from(id).ok()?, (*text)?)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::shape;
    use rustybuzz::ttf_parser::{Face, GlyphId};

    /// The stream a dictionary entry of `dict` refers to, decompressed.
    fn stream(doc: &lopdf::Document, dict: &lopdf::Dictionary, key: &[u8]) -> Vec<u8> {
        let id = dict.get(key).unwrap().as_reference().unwrap();
        let stream = doc.get_object(id).unwrap().as_stream().unwrap();
        stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone())
    }

    #[test]
    fn each_glyph_id_leads_to_the_same_glyph_in_the_subset() {
        let run = shape("Quiet “flying” waves", Style::Italic).unwrap();
        let used: BTreeMap<u16, GlyphText> = run.glyphs.iter().map(|g| (g.id, g.text)).collect();
        let mut writer = ObjectWriter::new(crate::pdf::Writing::File);
        let font = writer.reserve();
        embed(&mut writer, font, Style::Italic, &used).unwrap();
        let info = writer.reserve();
        writer.object(info, "<<>>");
        let doc = lopdf::Document::load_mem(&writer.finish(font, info).unwrap()).unwrap();

        let cid_font = doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .find(|d| d.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"CIDFontType2"))
            .unwrap();
        let map = stream(&doc, cid_font, b"CIDToGIDMap");
        let descriptor = doc
            .get_dictionary(
                cid_font
                    .get(b"FontDescriptor")
                    .unwrap()
                    .as_reference()
                    .unwrap(),
            )
            .unwrap();
        let program = stream(&doc, descriptor, b"FontFile2");
        let subset = Face::parse(&program, 0).unwrap();
        let full = &Font::get(Style::Italic).face;
        for &old in used.keys() {
            let at = 2 * usize::from(old);
            let new = u16::from_be_bytes([map[at], map[at + 1]]);
            assert_ne!(new, 0, "glyph {old} is not in the subset");
            assert_eq!(
                subset.glyph_hor_advance(GlyphId(new)),
                full.glyph_hor_advance(GlyphId(old)),
                "glyph {old} became {new}"
            );
            assert_eq!(
                subset.glyph_bounding_box(GlyphId(new)),
                full.glyph_bounding_box(GlyphId(old)),
                "glyph {old} became {new}"
            );
        }
        // Only these glyphs (and the parts composite glyphs are built from) are embedded.
        assert!(subset.number_of_glyphs() < full.number_of_glyphs() / 10);
    }

    #[test]
    fn widths_group_consecutive_glyphs() {
        let font = Font::get(Style::Regular);
        let w = |id| font.pdf_advance(id);
        assert_eq!(widths(font, [].into_iter()), "[]");
        assert_eq!(
            widths(font, [3, 4, 5, 9].into_iter()),
            format!("[3 [{} {} {}] 9 [{}]]", w(3), w(4), w(5), w(9))
        );
    }
}
