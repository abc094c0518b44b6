//! The sRGB colour profile every deckle PDF names as its output intent, so that its colours
//! (given as `#rrggbb`, the web's sRGB) mean the same to every printer and viewer.
//!
//! The profile is built here rather than shipped as a file: an ICC version 2 display profile
//! with the sRGB primaries adapted to the D50 white of the profile connection space (as ICC
//! profiles require) and the sRGB tone curve as a 1,024-step table.

use std::sync::OnceLock;

/// The profile's bytes, made once.
pub fn srgb() -> &'static [u8] {
    static PROFILE: OnceLock<Vec<u8>> = OnceLock::new();
    PROFILE.get_or_init(build)
}

/// Builds the profile.
fn build() -> Vec<u8> {
    let description = text_description(b"sRGB IEC61966-2.1 (deckle)");
    let copyright = text(b"No copyright, use freely");
    let white = xyz(D50);
    let curve = tone_curve();
    let tags: [(&[u8; 4], &[u8]); 9] = [
        (b"desc", &description),
        (b"cprt", &copyright),
        (b"wtpt", &white),
        (b"rXYZ", &xyz(RED)),
        (b"gXYZ", &xyz(GREEN)),
        (b"bXYZ", &xyz(BLUE)),
        (b"rTRC", &curve),
        (b"gTRC", &curve),
        (b"bTRC", &curve),
    ];

    // Tag data follows the header (128 bytes) and the tag table (4 + 12 per tag), each piece
    // starting on a multiple of four bytes.
    let mut data = Vec::new();
    let mut table = Vec::new();
    table.extend(u32_be(tags.len() as u32));
    let data_start = 128 + 4 + 12 * tags.len();
    for (signature, bytes) in tags {
        table.extend_from_slice(signature);
        table.extend(u32_be((data_start + data.len()) as u32));
        table.extend(u32_be(bytes.len() as u32));
        data.extend_from_slice(bytes);
        while data.len() % 4 != 0 {
            data.push(0);
        }
    }
    let size = data_start + data.len();

    let mut profile = Vec::with_capacity(size);
    profile.extend(u32_be(size as u32));
    profile.extend_from_slice(&[0; 4]); // preferred colour management module: none
    profile.extend_from_slice(&[2, 0x10, 0, 0]); // version 2.1
    profile.extend_from_slice(b"mntrRGB XYZ ");
    for part in [2026u16, 1, 1, 0, 0, 0] {
        profile.extend(part.to_be_bytes()); // a fixed creation date: the same bytes every time
    }
    profile.extend_from_slice(b"acsp");
    profile.extend_from_slice(&[0; 4 + 4 + 4 + 4 + 8 + 4]); // platform, flags, maker, model, attributes, intent
    profile.extend(xyz_numbers(D50));
    profile.extend_from_slice(&[0; 4 + 16 + 28]); // creator, profile id, reserved
    profile.extend(table);
    profile.extend(data);
    profile
}

/// A colour in the profile connection space.
type Xyz = [f64; 3];

/// The D50 white point of the profile connection space.
const D50: Xyz = [0.9642, 1.0, 0.8249];
/// The sRGB primaries, adapted to D50 (Bradford), as the ICC publishes them.
const RED: Xyz = [0.4361, 0.2225, 0.0139];
const GREEN: Xyz = [0.3851, 0.7169, 0.0971];
const BLUE: Xyz = [0.1431, 0.0606, 0.7141];

fn u32_be(value: u32) -> [u8; 4] {
    value.to_be_bytes()
}

/// Three s15Fixed16 numbers.
fn xyz_numbers(colour: Xyz) -> Vec<u8> {
    colour
        .iter()
        .flat_map(|v| ((v * 65536.0).round() as i32).to_be_bytes())
        .collect()
}

/// An `XYZ ` tag.
fn xyz(colour: Xyz) -> Vec<u8> {
    let mut tag = b"XYZ \0\0\0\0".to_vec();
    tag.extend(xyz_numbers(colour));
    tag
}

/// A `text` tag (ASCII, ending in a zero byte).
fn text(words: &[u8]) -> Vec<u8> {
    let mut tag = b"text\0\0\0\0".to_vec();
    tag.extend_from_slice(words);
    tag.push(0);
    tag
}

/// A version 2 `desc` tag: the ASCII name, and empty Unicode and ScriptCode names.
fn text_description(name: &[u8]) -> Vec<u8> {
    let mut tag = b"desc\0\0\0\0".to_vec();
    tag.extend(u32_be(name.len() as u32 + 1));
    tag.extend_from_slice(name);
    tag.push(0);
    tag.extend_from_slice(&[0; 4 + 4]); // Unicode language and length
    tag.extend_from_slice(&[0; 2 + 1 + 67]); // ScriptCode code, length and its fixed field
    tag
}

/// A `curv` tag: the sRGB transfer function, from encoded value to linear light.
fn tone_curve() -> Vec<u8> {
    const STEPS: u32 = 1024;
    let mut tag = b"curv\0\0\0\0".to_vec();
    tag.extend(u32_be(STEPS));
    for step in 0..STEPS {
        let encoded = f64::from(step) / f64::from(STEPS - 1);
        let linear = if encoded <= 0.04045 {
            encoded / 12.92
        } else {
            ((encoded + 0.055) / 1.055).powf(2.4)
        };
        tag.extend(((linear * 65535.0).round() as u16).to_be_bytes());
    }
    tag
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u32_at(bytes: &[u8], at: usize) -> usize {
        u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize
    }

    #[test]
    fn the_profile_is_a_well_formed_icc_display_profile() {
        let profile = srgb();
        assert_eq!(u32_at(profile, 0), profile.len());
        assert_eq!(&profile[12..24], b"mntrRGB XYZ ");
        assert_eq!(&profile[36..40], b"acsp");
        let count = u32_at(profile, 128);
        assert_eq!(count, 9);
        for tag in 0..count {
            let entry = 132 + 12 * tag;
            let (offset, size) = (u32_at(profile, entry + 4), u32_at(profile, entry + 8));
            assert_eq!(offset % 4, 0);
            assert!(offset + size <= profile.len());
            // Every tag's data begins with its type's signature.
            let kind = &profile[offset..offset + 4];
            assert!(
                [b"desc", b"text", b"XYZ ", b"curv"]
                    .iter()
                    .any(|k| k == &kind)
            );
        }
        assert_eq!(build(), profile, "the same bytes every time");
    }

    #[test]
    fn the_tone_curve_is_srgb() {
        let curve = tone_curve();
        let at = |step: usize| u16::from_be_bytes([curve[12 + 2 * step], curve[13 + 2 * step]]);
        assert_eq!(at(0), 0);
        assert_eq!(at(1023), 65535);
        // Mid-grey (50 % encoded) is about 21.4 % of the light.
        let middle = f64::from(at(511)) / 65535.0;
        assert!((middle - 0.2140).abs() < 0.002, "{middle}");
    }
}
