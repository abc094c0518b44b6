//! Turning a [`Document`] into bytes: subset fonts, let printpdf build the PDF objects, then
//! correct them with lopdf.
//!
//! What printpdf 0.12 gets wrong or leaves out, and what is done about it here:
//! - page boxes are written as `[x y width height]` (only right at the origin): every box is
//!   rewritten as `[llx lly urx ury]`, and TrimBox/BleedBox are set from [`PageBoxes`];
//! - the Info dictionary carries an empty `/GTS_PDFXVersion` (readers then claim PDF/X) and
//!   dates of 1970: it is rebuilt with title, author, subject and the document's time;
//! - the document `/ID` is random: it becomes a hash of the file's contents;
//! - there are no viewer preferences: PrintScaling /None (print at actual size), the duplex
//!   hint, the document's language and its title in the window bar are added.
//!
//! Forms ([`super::FormId`]) are handed to printpdf as extra pages after the real ones, so that
//! their text is encoded, and their glyphs given widths and Unicode mappings, exactly like a
//! page's; each such page's content stream then becomes the form XObject and the page goes.
//! (printpdf's own form XObjects need their content already encoded, do not count their
//! glyphs, and have no /BBox, which PDF requires of a form.)

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Mm, Op, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfParseErrorSeverity,
    PdfSaveOptions, TextItem,
};

use super::subset::subset_face;
use super::{Document, Duplex, Metadata, PageBoxes, Rect, font_id, form_name, pt};
use crate::date::Date;
use crate::error::{Error, Result};

pub(super) fn finish(document: Document) -> Result<Vec<u8>> {
    let Document {
        metadata,
        pages,
        forms,
        used,
    } = document;
    let mut pdf = PdfDocument::new(&metadata.title);

    // Fonts: subset, named `ABCDEF+Face`, with fixed resource names F1–F4.
    let mut renumbering: BTreeMap<String, BTreeMap<u16, u16>> = BTreeMap::new();
    for (style, glyphs) in &used {
        let subset = subset_face(*style, glyphs)?;
        let mut warnings = Vec::new();
        let mut parsed =
            ParsedFont::from_bytes(&subset.bytes, 0, &mut warnings).ok_or_else(|| {
                Error::new(format!(
                    "could not prepare the {} font for the PDF",
                    style.describe()
                ))
            })?;
        parsed.font_name = Some(format!("{}+{}", subset.tag, style.postscript_name()));
        let id = font_id(*style);
        renumbering.insert(id.0.clone(), subset.ids);
        pdf.resources.fonts.map.insert(id, PdfFont::new(parsed));
    }

    let mut all_boxes = Vec::with_capacity(pages.len());
    for (boxes, mut ops) in pages {
        renumber_glyphs(&mut ops, &renumbering);
        pdf.pages
            .push(PdfPage::new(Mm(boxes.width), Mm(boxes.height), ops));
        all_boxes.push(boxes);
    }
    let mut form_sizes = Vec::with_capacity(forms.len());
    for (width, height, mut ops) in forms {
        renumber_glyphs(&mut ops, &renumbering);
        pdf.pages.push(PdfPage::new(Mm(width), Mm(height), ops));
        form_sizes.push((width, height));
    }

    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        subset_fonts: false,
        ..PdfSaveOptions::default()
    };
    let mut doc = pdf.to_lopdf_document(&options, &mut warnings);
    if let Some(problem) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(Error::new(format!(
            "could not build the PDF: {}",
            problem.msg
        )));
    }

    // PrintScaling needs PDF 1.6 and Duplex 1.7; printpdf labels its output 1.3.
    doc.version = "1.7".to_string();
    let info = info_dictionary(&metadata);
    let info_id = doc.add_object(info);
    doc.trailer.set("Info", info_id);
    pages_to_forms(&mut doc, &form_sizes)
        .map_err(|e| Error::new(format!("could not build the PDF's repeated drawings: {e}")))?;
    set_page_boxes(&mut doc, &all_boxes)?;
    set_viewer_preferences(&mut doc, &metadata)?;
    super::tidy::prune_and_renumber(&mut doc);
    compress_streams(&mut doc)?;

    // The /ID is a fingerprint of everything else, so identical content gives identical bytes:
    // write once with a placeholder, hash, then put the hash where the placeholder was (it has
    // the same length, so no offset moves).
    let placeholder = [0u8; 16];
    doc.trailer.set("ID", document_id(&placeholder));
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|e| Error::new(format!("could not write the PDF: {e}")))?;
    let mut id = fingerprint(&bytes, 1).to_be_bytes().to_vec();
    id.extend(fingerprint(&bytes, 2).to_be_bytes());
    patch_last(&mut bytes, &hex_string(&placeholder), &hex_string(&id), 2)?;
    Ok(bytes)
}

/// `<00FF…>`: bytes as a PDF hexadecimal string, as lopdf writes them.
fn hex_string(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![b'<'];
    out.extend(bytes.iter().flat_map(|b| format!("{b:02X}").into_bytes()));
    out.push(b'>');
    out
}

/// Replaces the last `count` occurrences of `from` in `bytes` by `to` (of the same length).
fn patch_last(bytes: &mut [u8], from: &[u8], to: &[u8], count: usize) -> Result<()> {
    let mut end = bytes.len();
    for _ in 0..count {
        let start = bytes[..end]
            .windows(from.len())
            .rposition(|window| window.eq_ignore_ascii_case(from))
            .ok_or_else(|| Error::new("could not write the PDF: its /ID was not where expected"))?;
        bytes[start..start + to.len()].copy_from_slice(to);
        end = start;
    }
    Ok(())
}

/// Streams shorter than this (in bytes) are left as they are: deflate saves them a few bytes at
/// most, while resetting the compressor for each costs more than the deflating. A print-shop deck
/// has one such stream per back page (`q … cm /Fm1 Do Q`); for 10,000 cards skipping them takes
/// about 40 ms off the build and leaves the file the same size.
const SMALLEST_WORTH_COMPRESSING: usize = 128;

/// Deflates every stream that has no filter yet and is not too short to gain from it, reusing
/// one compressor (lopdf's own `compress` sets up a new one at the slowest level for each
/// stream, which dominated the build time of small decks).
fn compress_streams(doc: &mut lopdf::Document) -> Result<()> {
    let mut compressor = flate2::Compress::new(flate2::Compression::default(), true);
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.content.len() < SMALLEST_WORTH_COMPRESSING || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        compressor.reset();
        let mut packed = Vec::with_capacity(stream.content.len() / 2 + 64);
        loop {
            let consumed = compressor.total_in() as usize;
            let status = compressor
                .compress_vec(
                    &stream.content[consumed..],
                    &mut packed,
                    flate2::FlushCompress::Finish,
                )
                .map_err(|e| Error::new(format!("could not compress the PDF: {e}")))?;
            if status == flate2::Status::StreamEnd {
                break;
            }
            packed.reserve(packed.capacity().max(4096));
        }
        if packed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(packed);
        }
    }
    Ok(())
}

/// Replaces original glyph ids by subset ones, following each `SetFont`.
fn renumber_glyphs(ops: &mut [Op], renumbering: &BTreeMap<String, BTreeMap<u16, u16>>) {
    let mut current = None;
    for op in ops {
        match op {
            Op::SetFont {
                font: PdfFontHandle::External(id),
                ..
            } => current = renumbering.get(&id.0),
            Op::ShowText { items } => {
                for item in items {
                    if let TextItem::GlyphIds(glyphs) = item {
                        for glyph in glyphs {
                            glyph.gid = current
                                .and_then(|ids| ids.get(&glyph.gid))
                                .copied()
                                .unwrap_or(0);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Turns the last `sizes.len()` pages into form XObjects named by [`form_name`] (in the
/// XObject resources every page shares) and takes them out of the page tree.
fn pages_to_forms(doc: &mut lopdf::Document, sizes: &[(f32, f32)]) -> lopdf::Result<()> {
    if sizes.is_empty() {
        return Ok(());
    }
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let form_pages = &pages[pages.len().saturating_sub(sizes.len())..];
    for (number, (page_id, (width, height))) in form_pages.iter().zip(sizes).enumerate() {
        let page = doc.get_dictionary(*page_id)?;
        let resources = page.get(b"Resources")?.clone();
        let contents = page.get(b"Contents")?.as_reference()?;
        let xobjects = doc
            .get_dictionary(resources.as_reference()?)?
            .get(b"XObject")?
            .as_reference()?;
        let stream = doc.get_object_mut(contents)?.as_stream_mut()?;
        stream.dict.set("Type", Object::Name(b"XObject".to_vec()));
        stream.dict.set("Subtype", Object::Name(b"Form".to_vec()));
        stream
            .dict
            .set("BBox", box_array(Rect::new(0.0, 0.0, *width, *height)));
        stream.dict.set("Resources", resources);
        doc.get_dictionary_mut(xobjects)?
            .set(form_name(number), contents);
    }
    let tree = doc.catalog()?.get(b"Pages")?.as_reference()?;
    let tree = doc.get_dictionary_mut(tree)?;
    let kept = (pages.len() - form_pages.len()) as i64;
    tree.get_mut(b"Kids")?
        .as_array_mut()?
        .retain(|kid| !matches!(kid, Object::Reference(id) if form_pages.contains(id)));
    tree.set("Count", kept);
    Ok(())
}

/// FNV-1a, 64 bits, with a seed folded in first: a stable fingerprint for ids and tags.
pub(super) fn fingerprint(bytes: &[u8], seed: u8) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in std::iter::once(seed).chain(bytes.iter().copied()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn document_id(id: &[u8]) -> Object {
    let part = Object::String(id.to_vec(), StringFormat::Hexadecimal);
    Object::Array(vec![part.clone(), part])
}

/// A PDF text string: plain bytes when ASCII, otherwise UTF-16BE with a byte-order mark.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// `D:YYYYMMDDHHmmSSZ` for `seconds` since 1970 (UTC).
pub(super) fn pdf_date(seconds: i64) -> String {
    let date = Date::from_unix_seconds(seconds);
    let of_day = seconds.rem_euclid(86_400);
    format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}Z",
        date.year,
        date.month,
        date.day,
        of_day / 3600,
        of_day / 60 % 60,
        of_day % 60
    )
}

fn info_dictionary(metadata: &Metadata) -> Dictionary {
    let date = Object::String(pdf_date(metadata.time).into_bytes(), StringFormat::Literal);
    let producer = concat!("deckle ", env!("CARGO_PKG_VERSION"));
    Dictionary::from_iter(vec![
        ("Title", text_string(&metadata.title)),
        ("Author", text_string(&metadata.author)),
        ("Subject", text_string(&metadata.subject)),
        ("Creator", text_string(producer)),
        ("Producer", text_string(producer)),
        ("CreationDate", date.clone()),
        ("ModDate", date),
        ("Trapped", Object::Name(b"False".to_vec())),
    ])
}

fn rounded(value: f32) -> Object {
    Object::Real((value * 1000.0).round() / 1000.0)
}

/// `[llx lly urx ury]` in points.
fn box_array(rect: Rect) -> Object {
    Object::Array(
        [rect.x, rect.y, rect.right(), rect.top()]
            .into_iter()
            .map(|v| rounded(pt(v)))
            .collect(),
    )
}

fn set_page_boxes(doc: &mut lopdf::Document, boxes: &[PageBoxes]) -> Result<()> {
    let pages = doc.get_pages();
    for (page_id, boxes) in pages.values().zip(boxes) {
        let page = doc
            .get_dictionary_mut(*page_id)
            .map_err(|e| Error::new(format!("could not finish the PDF's pages: {e}")))?;
        let whole = Rect::new(0.0, 0.0, boxes.width, boxes.height);
        page.set("MediaBox", box_array(whole));
        page.set("CropBox", box_array(whole));
        page.set("BleedBox", box_array(boxes.bleed.unwrap_or(whole)));
        page.set("TrimBox", box_array(boxes.trim.unwrap_or(whole)));
    }
    Ok(())
}

fn set_viewer_preferences(doc: &mut lopdf::Document, metadata: &Metadata) -> Result<()> {
    let catalog = doc
        .catalog_mut()
        .map_err(|e| Error::new(format!("could not finish the PDF: {e}")))?;
    let mut preferences = Dictionary::from_iter(vec![
        ("PrintScaling", Object::Name(b"None".to_vec())),
        ("DisplayDocTitle", Object::Boolean(true)),
    ]);
    if let Some(duplex) = metadata.duplex {
        let name: &[u8] = match duplex {
            Duplex::Simplex => b"Simplex",
            Duplex::FlipLongEdge => b"DuplexFlipLongEdge",
            Duplex::FlipShortEdge => b"DuplexFlipShortEdge",
        };
        preferences.set("Duplex", Object::Name(name.to_vec()));
    }
    catalog.set("ViewerPreferences", preferences);
    catalog.set("Lang", text_string(&metadata.language));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates() {
        assert_eq!(pdf_date(0), "D:19700101000000Z");
        assert_eq!(pdf_date(1_739_923_200 + 3_723), "D:20250219010203Z");
    }

    #[test]
    fn text_strings_are_utf16_when_needed() {
        assert_eq!(
            text_string("Deck"),
            Object::String(b"Deck".to_vec(), StringFormat::Literal)
        );
        match text_string("It’s") {
            Object::String(bytes, _) => assert_eq!(&bytes[..4], &[0xFE, 0xFF, 0, b'I']),
            other => panic!("{other:?}"),
        }
    }
}
