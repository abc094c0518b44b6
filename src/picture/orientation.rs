//! Which way up a picture is shown: the EXIF Orientation tag a phone writes when it stores a
//! photograph's pixels as the sensor saw them rather than upright.
//!
//! The tag (0x0112 in the TIFF structure's first directory, IFD0) says where the stored first
//! row and first column belong when the picture is shown: 1 as stored, 2 mirrored left to
//! right, 3 half a turn, 4 mirrored top to bottom, 5 mirrored along the top-left diagonal,
//! 6 a quarter turn clockwise, 7 mirrored along the other diagonal, 8 a quarter turn
//! anticlockwise. A JPEG carries it in its `Exif` APP1 segment, a PNG in an `eXIf` chunk.
//! Anything malformed (a cut-short structure, an offset past the end, a value out of range)
//! is read as 1: the picture is shown as stored, as before this was read.

use crate::display::Rect;

/// How a picture's stored pixels are turned or mirrored to be shown upright: EXIF's
/// Orientation value, 1 to 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Orientation(u8);

impl Default for Orientation {
    fn default() -> Orientation {
        Orientation::UPRIGHT
    }
}

/// For each orientation 1 to 8, where a stored pixel lands in the shown picture: with the
/// stored picture's `p` across and `q` down, and the shown one's `s` across and `t` down, each
/// from 0 to 1, `s = s0 + sp·p + sq·q` and `t = t0 + tp·p + tq·q`, as
/// `[s0, sp, sq, t0, tp, tq]`.
const SHOWN: [[f32; 6]; 8] = [
    [0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
    [1.0, -1.0, 0.0, 0.0, 0.0, 1.0],
    [1.0, -1.0, 0.0, 1.0, 0.0, -1.0],
    [0.0, 1.0, 0.0, 1.0, 0.0, -1.0],
    [0.0, 0.0, 1.0, 0.0, 1.0, 0.0],
    [1.0, 0.0, -1.0, 0.0, 1.0, 0.0],
    [1.0, 0.0, -1.0, 1.0, -1.0, 0.0],
    [0.0, 0.0, 1.0, 1.0, -1.0, 0.0],
];

impl Orientation {
    /// Shown as stored (EXIF's 1).
    pub const UPRIGHT: Orientation = Orientation(1);

    /// The orientation EXIF's `value` names, if it is one (1 to 8).
    pub fn from_exif(value: u16) -> Option<Orientation> {
        u8::try_from(value)
            .ok()
            .filter(|value| (1..=8).contains(value))
            .map(Orientation)
    }

    /// EXIF's value for it, 1 to 8.
    pub fn exif(self) -> u8 {
        self.0
    }

    /// Whether the picture is shown a quarter turn from how it is stored (5 to 8), so that
    /// its shown width is its stored height.
    pub fn swaps_sides(self) -> bool {
        self.0 >= 5
    }

    /// The matrix `[a, b, c, d, e, f]` that takes a stored picture's unit square, as PDF
    /// places an image (x across, y up, its first row at the top, y = 1), onto `rect` shown
    /// upright: a point (x, y) of the square lands at (a·x + c·y + e, b·x + d·y + f).
    pub fn placement(self, rect: Rect) -> [f32; 6] {
        let [s0, sp, sq, t0, tp, tq] = SHOWN[usize::from(self.0 - 1)];
        // The square's (x, y) is the stored (p, q) = (x, 1 − y); the page's y goes up.
        [
            rect.w * sp,
            -rect.h * tp,
            -rect.w * sq,
            rect.h * tq,
            rect.x + rect.w * (s0 + sq),
            rect.y + rect.h * (1.0 - t0 - tq),
        ]
    }
}

/// The orientation in an EXIF block: a TIFF structure (`II*\0` little-endian or `MM\0*`
/// big-endian), with or without the `Exif\0\0` that starts a JPEG's APP1 segment. `None` when
/// it has no Orientation tag or anything about it is malformed.
pub(super) fn from_exif_block(block: &[u8]) -> Option<Orientation> {
    let tiff = block.strip_prefix(b"Exif\0\0").unwrap_or(block);
    let big_endian = match tiff.get(..4)? {
        b"MM\0*" => true,
        b"II*\0" => false,
        _ => return None,
    };
    let bytes = |at: usize, count: usize| tiff.get(at..at.checked_add(count)?);
    let u16_at = |at: usize| {
        let b: [u8; 2] = bytes(at, 2)?.try_into().ok()?;
        Some(if big_endian {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    };
    let u32_at = |at: usize| {
        let (first, second) = (u32::from(u16_at(at)?), u32::from(u16_at(at + 2)?));
        Some(if big_endian {
            first << 16 | second
        } else {
            second << 16 | first
        })
    };
    let directory = usize::try_from(u32_at(4)?).ok()?;
    let entries = u16_at(directory)?;
    // Each entry: tag, type, count (2, 2 and 4 bytes), then the value in 4 bytes.
    for entry in 0..usize::from(entries) {
        let at = directory.checked_add(2 + 12 * entry)?;
        if u16_at(at)? != 0x0112 {
            continue;
        }
        const SHORT: u16 = 3;
        if u16_at(at + 2)? != SHORT || u32_at(at + 4)? != 1 {
            return None;
        }
        return Orientation::from_exif(u16_at(at + 8)?);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A TIFF structure whose IFD0 holds an unrelated tag and then Orientation `value`.
    fn tiff(big_endian: bool, value: u16) -> Vec<u8> {
        let u16b = |v: u16| {
            if big_endian {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let u32b = |v: u32| {
            if big_endian {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let mut bytes = if big_endian {
            b"MM\0*".to_vec()
        } else {
            b"II*\0".to_vec()
        };
        bytes.extend(u32b(8));
        bytes.extend(u16b(2));
        // ImageWidth (0x0100), a SHORT of 640.
        bytes.extend(u16b(0x0100));
        bytes.extend(u16b(3));
        bytes.extend(u32b(1));
        bytes.extend(u16b(640));
        bytes.extend([0, 0]);
        // Orientation.
        bytes.extend(u16b(0x0112));
        bytes.extend(u16b(3));
        bytes.extend(u32b(1));
        bytes.extend(u16b(value));
        bytes.extend([0, 0]);
        // No next directory.
        bytes.extend(u32b(0));
        bytes
    }

    #[test]
    fn every_value_is_read_in_both_byte_orders() {
        for big_endian in [false, true] {
            for value in 1..=8 {
                let block = tiff(big_endian, value);
                let read = from_exif_block(&block).unwrap();
                assert_eq!(u16::from(read.exif()), value, "big endian: {big_endian}");
                assert_eq!(read.swaps_sides(), value >= 5);
                // As a JPEG's APP1 segment holds it.
                let app1 = [b"Exif\0\0".as_slice(), &block].concat();
                assert_eq!(from_exif_block(&app1), Some(read));
            }
        }
    }

    #[test]
    fn a_malformed_block_is_ignored() {
        let good = tiff(false, 6);
        for value in [0, 9, 0x0106] {
            assert_eq!(from_exif_block(&tiff(true, value)), None, "{value}");
        }
        // Cut short anywhere: never a panic, never a wrong value.
        for end in 0..good.len() - 6 {
            assert_eq!(from_exif_block(&good[..end]), None, "cut at {end}");
        }
        let mut far = good.clone();
        far[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(from_exif_block(&far), None);
        let mut many = good.clone();
        many[8..10].copy_from_slice(&u16::MAX.to_le_bytes());
        many[10] = 0x99; // The first tag is no longer ImageWidth, nor Orientation.
        many[22] = 0x99; // Nor the second.
        assert_eq!(from_exif_block(&many), None);
        let mut long = good.clone();
        long[24] = 4; // Type LONG: not how Orientation is written.
        assert_eq!(from_exif_block(&long), None);
        assert_eq!(from_exif_block(b"Exif\0\0XX*\0"), None);
        assert_eq!(from_exif_block(b""), None);
    }

    /// Where `placement` puts the stored picture's top-left and top-right corners.
    fn corners(orientation: u16, rect: Rect) -> [(f32, f32); 2] {
        let [a, b, c, d, e, f] = Orientation::from_exif(orientation).unwrap().placement(rect);
        [(0.0, 1.0), (1.0, 1.0)].map(|(x, y)| (a * x + c * y + e, b * x + d * y + f))
    }

    #[test]
    fn the_stored_first_row_lands_where_the_orientation_says() {
        // Shown 20 wide and 40 high, from (100, 200).
        let rect = Rect::new(100.0, 200.0, 20.0, 40.0);
        let (left, right, bottom, top) = (100.0, 120.0, 200.0, 240.0);
        let expected = [
            [(left, top), (right, top)],
            [(right, top), (left, top)],
            [(right, bottom), (left, bottom)],
            [(left, bottom), (right, bottom)],
            [(left, top), (left, bottom)],
            [(right, top), (right, bottom)],
            [(right, bottom), (right, top)],
            [(left, bottom), (left, top)],
        ];
        for (value, corners_shown) in (1..=8).zip(expected) {
            assert_eq!(corners(value, rect), corners_shown, "orientation {value}");
        }
        assert_eq!(
            Orientation::UPRIGHT.placement(rect),
            [20.0, 0.0, 0.0, 40.0, 100.0, 200.0]
        );
    }
}
