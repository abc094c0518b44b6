//! WOFF2, the web's font format (W3C WOFF File Format 2.0), written from the tables of a
//! TrueType file: the header, the table directory and every table in one Brotli stream.
//!
//! No table is transformed: `glyf` and `loca` carry the null transform (transform version 3,
//! section 5.1 of the specification) and the others version 0, which is theirs. Transforming
//! `glyf` saves a few more percent on large fonts; the subsets deckle serves are small.
//! Brotli runs in font mode, single-threaded: the same font always gives the same bytes.

use std::io::Write;

use brotli::enc::BrotliEncoderParams;
use brotli::enc::backward_references::BrotliEncoderMode;

/// The tags WOFF2 numbers instead of writing them (section 4.2, "known table tags").
const KNOWN_TAGS: [&[u8; 4]; 63] = [
    b"cmap", b"head", b"hhea", b"hmtx", b"maxp", b"name", b"OS/2", b"post", b"cvt ", b"fpgm",
    b"glyf", b"loca", b"prep", b"CFF ", b"VORG", b"EBDT", b"EBLC", b"gasp", b"hdmx", b"kern",
    b"LTSH", b"PCLT", b"VDMX", b"vhea", b"vmtx", b"BASE", b"GDEF", b"GPOS", b"GSUB", b"EBSC",
    b"JSTF", b"MATH", b"CBDT", b"CBLC", b"COLR", b"CPAL", b"SVG ", b"sbix", b"acnt", b"avar",
    b"bdat", b"bloc", b"bsln", b"cvar", b"fdsc", b"feat", b"fmtx", b"fvar", b"gvar", b"hsty",
    b"just", b"lcar", b"mort", b"morx", b"opbd", b"prop", b"trak", b"Zapf", b"Silf", b"Glat",
    b"Gloc", b"Feat", b"Sill",
];

/// One table of a TrueType file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<'a> {
    /// Its tag (`glyf`).
    pub tag: [u8; 4],
    /// Its bytes.
    pub data: &'a [u8],
}

/// The tables of the TrueType file `sfnt`, in its directory's order.
pub fn tables(sfnt: &[u8]) -> Result<Vec<Table<'_>>, String> {
    let u16_at = |at: usize| -> Result<usize, String> {
        sfnt.get(at..at + 2)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
            .ok_or_else(|| "the font file is cut short".to_string())
    };
    let u32_at = |at: usize| -> Result<usize, String> {
        sfnt.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
            .ok_or_else(|| "the font file is cut short".to_string())
    };
    if u32_at(0)? != 0x0001_0000 {
        return Err("not a TrueType font file".into());
    }
    (0..u16_at(4)?)
        .map(|i| {
            let record = 12 + 16 * i;
            let (offset, length) = (u32_at(record + 8)?, u32_at(record + 12)?);
            let data = sfnt
                .get(offset..offset + length)
                .ok_or_else(|| "a table lies outside the font file".to_string())?;
            let mut tag = [0; 4];
            tag.copy_from_slice(&sfnt[record..record + 4]);
            Ok(Table { tag, data })
        })
        .collect()
}

/// `value` as WOFF2's UIntBase128: seven bits a byte, most significant first, the high bit
/// set on every byte but the last.
fn base128(value: u32, out: &mut Vec<u8>) {
    let mut bytes = vec![(value & 0x7f) as u8];
    let mut rest = value >> 7;
    while rest > 0 {
        bytes.push((rest & 0x7f) as u8 | 0x80);
        rest >>= 7;
    }
    out.extend(bytes.iter().rev());
}

/// `length` rounded up to a multiple of four.
fn padded(length: usize) -> usize {
    length.div_ceil(4) * 4
}

/// The WOFF2 file of a TrueType font made of `tables` (a WOFF2 reader rebuilds the TrueType
/// file's directory and checksums itself).
pub fn encode(tables: &[Table<'_>]) -> Result<Vec<u8>, String> {
    let mut directory = Vec::new();
    let mut stream = Vec::new();
    for table in tables {
        let known = KNOWN_TAGS.iter().position(|tag| **tag == table.tag);
        // glyf and loca: transform version 3, the null transform; the others: version 0.
        let null_transform = if matches!(&table.tag, b"glyf" | b"loca") {
            0xc0
        } else {
            0
        };
        match known {
            Some(index) => directory.push(index as u8 | null_transform),
            None => {
                directory.push(63);
                directory.extend_from_slice(&table.tag);
            }
        }
        base128(table.data.len() as u32, &mut directory);
        stream.extend_from_slice(table.data);
    }
    // Quality 6 comes within 4 % of quality 11's size on the site's subsets (16,474 bytes
    // against 15,916 for the regular face) in about a fortieth of the time (9 ms against
    // 369 ms on a busy machine); the window covers any subset the site makes whole.
    let params = BrotliEncoderParams {
        quality: 6,
        lgwin: 17,
        mode: BrotliEncoderMode::BROTLI_MODE_FONT,
        size_hint: stream.len(),
        ..BrotliEncoderParams::default()
    };
    let mut compressed = Vec::new();
    brotli::BrotliCompress(&mut stream.as_slice(), &mut compressed, &params)
        .map_err(|e| format!("could not compress the font: {e}"))?;

    let sfnt_size =
        12 + 16 * tables.len() + tables.iter().map(|t| padded(t.data.len())).sum::<usize>();
    let length = padded(48 + directory.len() + compressed.len());
    let mut woff2 = Vec::with_capacity(length);
    let u32s = |out: &mut Vec<u8>, values: &[usize]| {
        for value in values {
            out.extend_from_slice(&(*value as u32).to_be_bytes());
        }
    };
    woff2.extend_from_slice(b"wOF2");
    u32s(&mut woff2, &[0x0001_0000, length]);
    woff2.extend_from_slice(&(tables.len() as u16).to_be_bytes());
    woff2.extend_from_slice(&[0, 0]);
    u32s(&mut woff2, &[sfnt_size, compressed.len()]);
    // Font version 1.0; no metadata, no private data.
    woff2.extend_from_slice(&[0, 1, 0, 0]);
    u32s(&mut woff2, &[0, 0, 0, 0, 0]);
    woff2.extend_from_slice(&directory);
    woff2
        .write_all(&compressed)
        .map_err(|e| format!("could not write the font: {e}"))?;
    woff2.resize(length, 0);
    Ok(woff2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base128_is_big_endian_seven_bits_a_byte() {
        let encoded = |value| {
            let mut out = Vec::new();
            base128(value, &mut out);
            out
        };
        assert_eq!(encoded(0), [0]);
        assert_eq!(encoded(127), [0x7f]);
        assert_eq!(encoded(128), [0x81, 0x00]);
        assert_eq!(encoded(63_000), [0x83, 0xec, 0x18]);
    }

    /// Reads a UIntBase128 at `at`, moving `at` past it.
    fn read_base128(bytes: &[u8], at: &mut usize) -> usize {
        let mut value = 0;
        loop {
            let byte = bytes[*at];
            *at += 1;
            value = (value << 7) | usize::from(byte & 0x7f);
            if byte & 0x80 == 0 {
                return value;
            }
        }
    }

    #[test]
    fn every_table_comes_back_whole_from_the_stream() {
        let used = crate::layout::shape("Hello, “friend” 1 / 20", crate::layout::Style::Italic)
            .unwrap()
            .glyphs
            .iter()
            .map(|g| g.id)
            .collect::<Vec<_>>();
        let subset = crate::pdf::web_subset(crate::layout::Style::Italic, used).unwrap();
        let sfnt = subset.bytes.as_slice();
        let woff2 = encode(&tables(sfnt).unwrap()).unwrap();
        assert_eq!(&woff2[..4], b"wOF2");
        let u32_at = |at: usize| u32::from_be_bytes(woff2[at..at + 4].try_into().unwrap()) as usize;
        assert_eq!(u32_at(8), woff2.len());
        assert_eq!(woff2.len() % 4, 0);
        assert!(
            woff2.len() < sfnt.len(),
            "{} of {}",
            woff2.len(),
            sfnt.len()
        );
        let original = tables(sfnt).unwrap();
        let count = usize::from(u16::from_be_bytes([woff2[12], woff2[13]]));
        assert_eq!(count, original.len());
        let mut at = 48;
        let mut lengths = Vec::new();
        for table in &original {
            let flags = woff2[at];
            at += 1;
            if flags & 63 == 63 {
                assert_eq!(woff2[at..at + 4], table.tag);
                at += 4;
            } else {
                assert_eq!(*KNOWN_TAGS[usize::from(flags & 63)], table.tag);
            }
            let transform = flags >> 6;
            let null = if matches!(&table.tag, b"glyf" | b"loca") {
                3
            } else {
                0
            };
            assert_eq!(transform, null);
            lengths.push(read_base128(&woff2, &mut at));
        }
        let mut stream = Vec::new();
        brotli::BrotliDecompress(&mut &woff2[at..at + u32_at(20)], &mut stream).unwrap();
        let mut from = 0;
        for (table, length) in original.iter().zip(lengths) {
            assert_eq!(&stream[from..from + length], table.data);
            from += length;
        }
        assert_eq!(from, stream.len());
        assert_eq!(
            encode(&tables(sfnt).unwrap()).unwrap(),
            woff2,
            "the same bytes every time"
        );
    }
}
