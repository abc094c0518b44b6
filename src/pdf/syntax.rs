//! PDF syntax written straight into a file's bytes: numbers, names and strings, numbered
//! objects and streams, and the cross-reference table that ends the file.
//!
//! [`ObjectWriter`] appends each object the moment it is complete, so a document of thousands
//! of pages never exists in memory as anything but its finished (compressed) bytes. It also
//! fingerprints every object as it is given, before compressing: that fingerprint is the file's
//! /ID, and an [`ObjectWriter`] made with [`Writing::Fingerprint`] computes only it (nothing
//! compressed, nothing kept), to tell whether a previous build's file is the same document.

use std::fmt::Write as _;

use crate::error::{Error, Result};

/// How hard streams are deflated. Deflating is the largest single cost of a 10,000-question
/// build (a quarter of it); level 3 makes the PDFs 1.6 % larger than the default level 6 for
/// about 7 % less CPU time.
const DEFLATE_LEVEL: u32 = 3;

/// Streams shorter than this (in bytes) are left as they are: deflate saves them a few bytes at
/// most, while resetting the compressor for each costs more than the deflating. A print-shop
/// deck has one such stream per back page (`q … cm /Fm1 Do Q`).
const SMALLEST_WORTH_COMPRESSING: usize = 128;

/// Appends `value` with at most three decimals and no trailing zeros (`12.5`, `-0.25`, `3`).
/// A thousandth of a point is far below what any printer or screen resolves. A value that is
/// not a number (never made by deckle's layout) is written as 0, keeping the file readable.
pub fn push_number(out: &mut Vec<u8>, value: f32) {
    if !value.is_finite() {
        out.push(b'0');
        return;
    }
    let thousandths = (f64::from(value) * 1000.0).round() as i64;
    if thousandths < 0 {
        out.push(b'-');
    }
    let magnitude = thousandths.unsigned_abs();
    push_integer(out, magnitude / 1000);
    let mut fraction = magnitude % 1000;
    if fraction != 0 {
        out.push(b'.');
        let mut digits = 3;
        while fraction.is_multiple_of(10) {
            fraction /= 10;
            digits -= 1;
        }
        let text = [
            b'0' + (fraction / 100 % 10) as u8,
            b'0' + (fraction / 10 % 10) as u8,
            b'0' + (fraction % 10) as u8,
        ];
        out.extend_from_slice(&text[3 - digits..]);
    }
}

/// Appends a non-negative whole number.
pub fn push_integer(out: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[start..]);
}

/// Appends `bytes` as a hexadecimal string, `<00FF…>`.
pub fn push_hex(out: &mut Vec<u8>, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    out.push(b'<');
    for byte in bytes {
        out.push(DIGITS[usize::from(byte >> 4)]);
        out.push(DIGITS[usize::from(byte & 15)]);
    }
    out.push(b'>');
}

/// A PDF text string (for titles and metadata): a literal string when the text is plain
/// printable ASCII, otherwise hexadecimal UTF-16BE with a byte-order mark.
pub fn text_string(text: &str) -> String {
    let plain = text
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) && !matches!(b, b'(' | b')' | b'\\'));
    if plain {
        format!("({text})")
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let mut out = Vec::new();
        push_hex(&mut out, &bytes);
        String::from_utf8_lossy(&out).into_owned()
    }
}

/// `[a b c d]`: numbers as a PDF array.
pub fn number_array(values: &[f32]) -> String {
    let mut out = vec![b'['];
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            out.push(b' ');
        }
        push_number(&mut out, *value);
    }
    out.push(b']');
    String::from_utf8_lossy(&out).into_owned()
}

/// A reference to a numbered object: `12 0 R` when formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ObjectRef(u32);

impl std::fmt::Display for ObjectRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} 0 R", self.0)
    }
}

/// What a PDF being made ([`super::Document`]) does with the objects it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing {
    /// Writes the file.
    File,
    /// Only fingerprints what the file would hold (the /ID it would have), which costs a
    /// fraction of writing it: nothing is compressed or kept.
    Fingerprint,
}

/// Changed whenever the same objects are written into different bytes (the trailer, the way
/// streams are compressed), so that files kept by their /ID are written again. The program's
/// version is folded in too.
const WRITING_VERSION: u8 = 1;

/// A PDF file being written front to back: each object goes into the bytes as soon as it is
/// given, and [`ObjectWriter::finish`] adds the cross-reference table and trailer.
pub struct ObjectWriter {
    writing: Writing,
    /// The fingerprint of every object given so far, in two independent lanes.
    print: [u64; 2],
    bytes: Vec<u8>,
    /// Where each object starts, by object number minus one; `None` until it is written.
    offsets: Vec<Option<usize>>,
    compressor: flate2::Compress,
    packed: Vec<u8>,
}

impl std::fmt::Debug for ObjectWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ObjectWriter")
            .field("bytes", &self.bytes.len())
            .field("objects", &self.offsets.len())
            .finish()
    }
}

impl ObjectWriter {
    /// A PDF 1.7 file (PrintScaling needs 1.6 and the Duplex hint 1.7), with the binary comment
    /// that tells transfer programs the file is not text; or only its fingerprint.
    pub fn new(writing: Writing) -> ObjectWriter {
        let mut print = [1, 2].map(|seed| fingerprint(env!("CARGO_PKG_VERSION").as_bytes(), seed));
        for lane in &mut print {
            *lane = fold(*lane, &[WRITING_VERSION, DEFLATE_LEVEL as u8]);
        }
        ObjectWriter {
            writing,
            print,
            bytes: b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(),
            offsets: Vec::new(),
            compressor: flate2::Compress::new(flate2::Compression::new(DEFLATE_LEVEL), true),
            packed: Vec::new(),
        }
    }

    /// A number for an object that will be written later (so others can refer to it first).
    pub fn reserve(&mut self) -> ObjectRef {
        self.offsets.push(None);
        ObjectRef(self.offsets.len() as u32)
    }

    /// Writes object `id` with `body` (a dictionary, array, number…).
    pub fn object(&mut self, id: ObjectRef, body: &str) {
        self.remember(id, &[body.as_bytes()]);
        if self.writing == Writing::Fingerprint {
            return;
        }
        self.begin(id);
        self.bytes.extend_from_slice(body.as_bytes());
        self.bytes.extend_from_slice(b"\nendobj\n");
    }

    /// Writes stream object `id`: `entries` are its dictionary's entries besides /Length and
    /// /Filter (`/Type /XObject …`), `content` its data, deflated when that is worth it.
    pub fn stream(&mut self, id: ObjectRef, entries: &str, content: &[u8]) -> Result<()> {
        self.remember(id, &[entries.as_bytes(), content]);
        if self.writing == Writing::Fingerprint {
            return Ok(());
        }
        let packed = content.len() >= SMALLEST_WORTH_COMPRESSING && self.deflate(content)?;
        self.write_stream(id, entries, content, packed);
        Ok(())
    }

    /// Writes stream object `id` with the entries and content `make` gives, as
    /// [`ObjectWriter::stream`] does, but fingerprints `key` in their place: for a stream
    /// wholly decided by `key` and costly to make (a font program, by the glyphs it keeps).
    /// Only fingerprinting, `make` is not called.
    pub fn derived_stream(
        &mut self,
        id: ObjectRef,
        key: &[u8],
        make: impl FnOnce() -> Result<(String, Vec<u8>)>,
    ) -> Result<()> {
        self.remember(id, &[b"derived", key]);
        if self.writing == Writing::Fingerprint {
            return Ok(());
        }
        let (entries, content) = make()?;
        let packed = content.len() >= SMALLEST_WORTH_COMPRESSING && self.deflate(&content)?;
        self.write_stream(id, &entries, &content, packed);
        Ok(())
    }

    /// Writes stream object `id` as [`ObjectWriter::stream`] does, but never compressed (PDF/A
    /// wants document metadata readable as it is).
    pub fn plain_stream(&mut self, id: ObjectRef, entries: &str, content: &[u8]) {
        self.remember(id, &[b"plain", entries.as_bytes(), content]);
        if self.writing == Writing::Fingerprint {
            return;
        }
        self.write_stream(id, entries, content, false);
    }

    /// Writes the stream: `content` as it is, or what [`ObjectWriter::deflate`] left in
    /// `self.packed` when `packed`.
    fn write_stream(&mut self, id: ObjectRef, entries: &str, content: &[u8], packed: bool) {
        let length = if packed {
            self.packed.len()
        } else {
            content.len()
        };
        let mut head = String::with_capacity(entries.len() + 48);
        let _ = write!(head, "<<{entries} /Length {length}");
        if packed {
            head.push_str(" /Filter /FlateDecode");
        }
        head.push_str(">>\nstream\n");
        self.begin(id);
        self.bytes.extend_from_slice(head.as_bytes());
        let data = if packed { &self.packed[..] } else { content };
        self.bytes.extend_from_slice(data);
        self.bytes.extend_from_slice(b"\nendstream\nendobj\n");
    }

    /// Deflates `content` into `self.packed`, reusing one compressor; `false` when the result
    /// would not be smaller.
    fn deflate(&mut self, content: &[u8]) -> Result<bool> {
        self.compressor.reset();
        self.packed.clear();
        self.packed.reserve(content.len() / 2 + 64);
        loop {
            let consumed = self.compressor.total_in() as usize;
            let status = self
                .compressor
                .compress_vec(
                    &content[consumed..],
                    &mut self.packed,
                    flate2::FlushCompress::Finish,
                )
                .map_err(|e| Error::new(format!("could not compress the PDF: {e}")))?;
            if status == flate2::Status::StreamEnd {
                break;
            }
            self.packed.reserve(self.packed.capacity().max(4096));
        }
        Ok(self.packed.len() + 19 < content.len())
    }

    /// Folds object `id` and its `parts` into the fingerprint (each part's length first, so
    /// that no two different objects read the same), and marks it written.
    fn remember(&mut self, id: ObjectRef, parts: &[&[u8]]) {
        for lane in &mut self.print {
            *lane = fold(*lane, &id.0.to_le_bytes());
            for part in parts {
                *lane = fold(*lane, &(part.len() as u64).to_le_bytes());
                *lane = fold(*lane, part);
            }
        }
    }

    /// The file's /ID: the fingerprint of every object given, as hexadecimal digits between
    /// `<` and `>`. The same objects give the same /ID, whether written or only fingerprinted.
    pub fn id(&self) -> String {
        let mut id = Vec::with_capacity(16);
        for lane in self.print {
            id.extend(lane.to_be_bytes());
        }
        let mut hex = Vec::new();
        push_hex(&mut hex, &id);
        String::from_utf8_lossy(&hex).into_owned()
    }

    fn begin(&mut self, id: ObjectRef) {
        self.offsets[id.0 as usize - 1] = Some(self.bytes.len());
        push_integer(&mut self.bytes, u64::from(id.0));
        self.bytes.extend_from_slice(b" 0 obj\n");
    }

    /// Ends the file: the cross-reference table and a trailer naming the catalog `root` and
    /// the document information `info`, with its [`ObjectWriter::id`] (identical content,
    /// identical file). Made with [`Writing::Fingerprint`], there is no file to end: an error.
    pub fn finish(mut self, root: ObjectRef, info: ObjectRef) -> Result<Vec<u8>> {
        if self.writing == Writing::Fingerprint {
            return Err(Error::new(
                "could not write the PDF: it was only fingerprinted (a mistake in deckle)",
            ));
        }
        let id = self.id();
        let start = self.bytes.len();
        let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", self.offsets.len() + 1);
        for (index, offset) in self.offsets.iter().enumerate() {
            let offset = offset.ok_or_else(|| {
                Error::new(format!(
                    "could not write the PDF: its object {} was never written",
                    index + 1
                ))
            })?;
            let _ = writeln!(table, "{offset:010} 00000 n ");
        }
        let _ = write!(
            table,
            "trailer\n<</Size {} /Root {root} /Info {info} /ID [{id} {id}]>>\nstartxref\n{start}\n%%EOF\n",
            self.offsets.len() + 1
        );
        self.bytes.extend_from_slice(table.as_bytes());
        Ok(self.bytes)
    }
}

/// A stable 64-bit fingerprint of `bytes` for ids and tags (not for security): FNV-1a's
/// multiply-and-xor, taken eight bytes at a time so that a 10 MB PDF costs a millisecond, with
/// `seed` folded in first.
pub fn fingerprint(bytes: &[u8], seed: u8) -> u64 {
    let hash: u64 = (0xcbf2_9ce4_8422_2325 ^ u64::from(seed)).wrapping_mul(PRIME);
    fold(hash, bytes)
}

/// FNV-1a's prime over 64 bits.
const PRIME: u64 = 0x0100_0000_01b3;

/// `hash` carried on over `bytes`, as [`fingerprint`] does.
fn fold(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        hash = (hash ^ u64::from_le_bytes(eight))
            .wrapping_mul(PRIME)
            .rotate_left(29);
    }
    for &byte in words.remainder() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(value: f32) -> String {
        let mut out = Vec::new();
        push_number(&mut out, value);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_short_and_exact_to_a_thousandth() {
        assert_eq!(number(0.0), "0");
        assert_eq!(number(-0.0001), "0");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(-0.25), "-0.25");
        assert_eq!(number(595.2756), "595.276");
        assert_eq!(number(1.0006), "1.001");
        assert_eq!(number(0.05), "0.05");
        assert_eq!(number(1_000_000.0), "1000000");
        assert_eq!(number(-3.0), "-3");
    }

    #[test]
    fn numbers_that_are_not_numbers_are_written_as_zero() {
        assert_eq!(number(f32::NAN), "0");
        assert_eq!(number(f32::INFINITY), "0");
    }

    proptest::proptest! {
        #[test]
        fn numbers_read_back_within_half_a_thousandth(value in -100_000.0f32..100_000.0) {
            let text = number(value);
            let read: f64 = text.parse().unwrap();
            proptest::prop_assert!((read - f64::from(value)).abs() <= 0.0005 + 1e-9, "{} → {}", value, text);
            proptest::prop_assert!(!text.contains('e') && !text.ends_with('.'));
        }
    }

    #[test]
    fn text_strings_are_utf16_when_needed() {
        assert_eq!(text_string("Deck 1"), "(Deck 1)");
        assert_eq!(text_string("It’s"), "<FEFF0049007420190073>");
        assert!(text_string("a (b)").starts_with("<FEFF"));
    }

    #[test]
    fn the_cross_reference_table_points_at_each_object() {
        let mut writer = ObjectWriter::new(Writing::File);
        let later = writer.reserve();
        let first = writer.reserve();
        writer.object(first, "<</A 1>>");
        writer.stream(later, " /Type /Test", &[b'x'; 300]).unwrap();
        let bytes = writer.finish(first, later).unwrap();
        let find = |needle: &[u8]| bytes.windows(needle.len()).rposition(|w| w == needle);
        let line_at = |at: usize| {
            let end = at + bytes[at..].iter().position(|&b| b == b'\n').unwrap();
            String::from_utf8_lossy(&bytes[at..end]).into_owned()
        };
        let table = find(b"\nxref\n").unwrap() + 1;
        let start: usize = line_at(find(b"startxref\n").unwrap() + 10).parse().unwrap();
        assert_eq!(start, table);
        let offsets: Vec<usize> = (0..2)
            .map(|i| line_at(table + 9 + 20 * (i + 1))[..10].parse().unwrap())
            .collect();
        assert!(bytes[offsets[0]..].starts_with(b"1 0 obj\n<< /Type /Test /Length"));
        assert!(line_at(offsets[0] + 8).ends_with("/Filter /FlateDecode>>"));
        assert!(bytes[offsets[1]..].starts_with(b"2 0 obj\n<</A 1>>"));
        let parsed = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(parsed.objects.len(), 2);
    }

    #[test]
    fn fingerprints_depend_on_every_byte_and_the_seed() {
        let text = b"The same content gives the same PDF, byte for byte.";
        assert_eq!(fingerprint(text, 1), fingerprint(text, 1));
        assert_ne!(fingerprint(text, 1), fingerprint(text, 2));
        for at in [0, 7, 8, text.len() - 1] {
            let mut changed = text.to_vec();
            changed[at] ^= 1;
            assert_ne!(fingerprint(&changed, 1), fingerprint(text, 1), "byte {at}");
        }
    }

    #[test]
    fn an_object_never_written_is_an_error() {
        let mut writer = ObjectWriter::new(Writing::File);
        let root = writer.reserve();
        let info = writer.reserve();
        writer.object(info, "<<>>");
        assert!(writer.finish(root, info).is_err());
    }
}
