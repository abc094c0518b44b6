//! Pictures for print: a PNG or JPEG file read into what a PDF (or a raster backend) can
//! place, as PDF/A-1b allows it.
//!
//! A JPEG is kept as its own bytes (a PDF shows them with `DCTDecode`); only its frame header
//! is read, for the size and the number of colour components. Greyscale and RGB JPEGs, baseline
//! or progressive, go in; CMYK JPEGs do not (the PDFs declare sRGB colours, and PDF/A-1b
//! allows device CMYK only in a document made for CMYK printing), nor 12-bit, lossless or
//! arithmetic-coded ones, which few readers show. A PNG is decoded with the `png` crate:
//! palettes and small bit depths are expanded, 16-bit samples cut to 8, and transparency
//! (which PDF/A-1b forbids) is flattened onto the page's white; [`Picture::reduced`] averages
//! away pixels a print cannot show.
//!
//! Either may say, in EXIF, that its pixels are stored turned or mirrored (a phone's photograph
//! taken upright): [`Picture::orientation`] keeps that, [`Picture::shown_size`] is the size it
//! is shown at, and each backend turns the stored pixels as it places them
//! ([`Orientation::placement`]).

mod orientation;

use std::fmt;

pub use orientation::Orientation;

/// The most pixels a picture may have (about 50 megapixels: a 24 × 33 cm photograph at
/// 600 dpi), so that a huge or hostile file cannot take all the memory.
pub const MAX_PIXELS: u64 = 50_000_000;

/// A picture ready to be placed: its size in pixels and its samples.
#[derive(Clone, PartialEq, Eq)]
pub struct Picture {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Whether it is greyscale (one sample per pixel) rather than RGB (three).
    pub grey: bool,
    /// The samples, as the picture came.
    pub samples: Samples,
    /// How the stored pixels are turned to be shown upright (EXIF's Orientation).
    pub orientation: Orientation,
}

/// How a picture's samples are held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Samples {
    /// A JPEG file's bytes, as they are.
    Jpeg(Vec<u8>),
    /// Decoded 8-bit samples, row by row from the top, one or three per pixel, no alpha.
    Pixels(Vec<u8>),
}

impl Samples {
    /// The bytes: the JPEG file, or the decoded samples.
    pub fn bytes(&self) -> &[u8] {
        match self {
            Samples::Jpeg(bytes) | Samples::Pixels(bytes) => bytes,
        }
    }
}

impl fmt::Debug for Picture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.samples {
            Samples::Jpeg(_) => "JPEG",
            Samples::Pixels(_) => "pixels",
        };
        write!(
            f,
            "Picture({} × {} {}, {}, {} bytes, orientation {})",
            self.width,
            self.height,
            if self.grey { "grey" } else { "RGB" },
            kind,
            self.samples.bytes().len(),
            self.orientation.exif()
        )
    }
}

impl Picture {
    /// Reads a PNG or JPEG file's bytes; the error says, for the writer, why it cannot be
    /// printed.
    pub fn read(bytes: &[u8]) -> Result<Picture, String> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            png(bytes)
        } else if bytes.starts_with(&[0xff, 0xd8]) {
            jpeg(bytes)
        } else {
            Err("it is not a PNG or JPEG file".to_string())
        }
    }

    /// Its width and height in pixels as it is shown: the stored ones, swapped when the
    /// picture is stored a quarter turn from upright.
    pub fn shown_size(&self) -> (u32, u32) {
        if self.orientation.swaps_sides() {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }

    /// The picture made `factor` times smaller each way, each new pixel the average of the
    /// `factor` × `factor` it replaces (pixels past the last whole block are dropped); a JPEG,
    /// which would have to be decoded and compressed again, as it is.
    pub fn reduced(&self, factor: u32) -> Picture {
        let Samples::Pixels(samples) = &self.samples else {
            return self.clone();
        };
        let (width, height) = (self.width / factor, self.height / factor);
        if factor < 2 || width == 0 || height == 0 {
            return self.clone();
        }
        let channels = if self.grey { 1 } else { 3 };
        let row = self.width as usize * channels;
        let (f, area) = (factor as usize, factor * factor);
        let mut reduced = Vec::with_capacity(width as usize * height as usize * channels);
        for y in 0..height as usize {
            for x in 0..width as usize {
                for channel in 0..channels {
                    let mut sum = 0u32;
                    for dy in 0..f {
                        let start = (y * f + dy) * row + x * f * channels + channel;
                        sum += (0..f)
                            .map(|dx| u32::from(samples[start + dx * channels]))
                            .sum::<u32>();
                    }
                    reduced.push(((sum + area / 2) / area) as u8);
                }
            }
        }
        Picture {
            width,
            height,
            grey: self.grey,
            samples: Samples::Pixels(reduced),
            orientation: self.orientation,
        }
    }

    /// Its size in pixels, checked against [`MAX_PIXELS`].
    fn sized(width: u32, height: u32) -> Result<(u32, u32), String> {
        if width == 0 || height == 0 {
            return Err("it has no pixels".to_string());
        }
        if u64::from(width) * u64::from(height) > MAX_PIXELS {
            return Err(format!(
                "it is {width} × {height} pixels, more than the booklet prints (50 megapixels)"
            ));
        }
        Ok((width, height))
    }
}

/// A JPEG, kept as it is: its size and components from its frame header (SOF), its
/// orientation from the first `Exif` APP1 segment before it.
fn jpeg(bytes: &[u8]) -> Result<Picture, String> {
    let mut at = 2;
    let mut orientation = None;
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xff {
            return Err("the JPEG file is damaged".to_string());
        }
        let marker = bytes[at + 1];
        // Fill bytes, and markers without a length.
        if marker == 0xff {
            at += 1;
            continue;
        }
        if marker == 0x01 || (0xd0..=0xd7).contains(&marker) {
            at += 2;
            continue;
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        let segment = bytes
            .get(at + 4..at + 2 + length)
            .ok_or("the JPEG file is cut short")?;
        match marker {
            // Baseline and extended sequential (0xc0, 0xc1) and progressive (0xc2) Huffman.
            0xc0..=0xc2 => {
                if segment.len() < 6 {
                    return Err("the JPEG file is damaged".to_string());
                }
                if segment[0] != 8 {
                    return Err(format!(
                        "it is a {}-bit JPEG, which PDF readers do not show",
                        segment[0]
                    ));
                }
                let height = u32::from(u16::from_be_bytes([segment[1], segment[2]]));
                let width = u32::from(u16::from_be_bytes([segment[3], segment[4]]));
                let grey = match segment[5] {
                    1 => true,
                    3 => false,
                    4 => {
                        return Err(
                            "it is a CMYK JPEG; the booklet's PDFs are in RGB (PDF/A-1b)"
                                .to_string(),
                        );
                    }
                    n => return Err(format!("it is a JPEG with {n} colour components")),
                };
                let (width, height) = Picture::sized(width, height)?;
                return Ok(Picture {
                    width,
                    height,
                    grey,
                    samples: Samples::Jpeg(bytes.to_vec()),
                    orientation: orientation.unwrap_or_default(),
                });
            }
            // Lossless and arithmetic-coded frames.
            0xc3 | 0xc5..=0xc7 | 0xc9..=0xcb | 0xcd..=0xcf => {
                return Err(
                    "it is a lossless or arithmetic-coded JPEG, which PDF readers do not show"
                        .to_string(),
                );
            }
            // Start of scan before any frame header.
            0xda | 0xd9 => break,
            0xe1 if orientation.is_none() && segment.starts_with(b"Exif\0\0") => {
                orientation = orientation::from_exif_block(segment);
                at += 2 + length;
            }
            _ => at += 2 + length,
        }
    }
    Err("the JPEG file has no frame header".to_string())
}

/// A PNG, decoded to 8-bit grey or RGB samples with any transparency flattened onto white.
fn png(bytes: &[u8]) -> Result<Picture, String> {
    let damaged = |e: png::DecodingError| format!("the PNG file cannot be read ({e})");
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let header = decoder.read_header_info().map_err(damaged)?;
    let (width, height) = Picture::sized(header.width, header.height)?;
    // The expanded samples can be no more than 8 bytes a pixel, checked before allocating.
    let mut reader = decoder.read_info().map_err(damaged)?;
    let size = reader
        .output_buffer_size()
        .ok_or("the PNG file is too large")?;
    let mut buffer = vec![0; size];
    let frame = reader.next_frame(&mut buffer).map_err(damaged)?;
    buffer.truncate(frame.buffer_size());
    // An `eXIf` chunk may come after the pixels: read the rest (a fault there spoils nothing
    // already read).
    let _ = reader.finish();
    let orientation = reader
        .info()
        .exif_metadata
        .as_deref()
        .and_then(orientation::from_exif_block)
        .unwrap_or_default();
    let (grey, channels) = match frame.color_type {
        png::ColorType::Grayscale => (true, 1),
        png::ColorType::GrayscaleAlpha => (true, 2),
        png::ColorType::Rgb => (false, 3),
        png::ColorType::Rgba => (false, 4),
        png::ColorType::Indexed => return Err("the PNG file's palette cannot be read".into()),
    };
    let samples = if channels % 2 == 0 {
        flatten(&buffer, channels)
    } else {
        buffer
    };
    Ok(Picture {
        width,
        height,
        grey,
        samples: Samples::Pixels(samples),
        orientation,
    })
}

/// Samples with an alpha channel last (`channels` in all) as the colour they show on white.
fn flatten(samples: &[u8], channels: usize) -> Vec<u8> {
    let mut flat = Vec::with_capacity(samples.len() / channels * (channels - 1));
    for pixel in samples.chunks_exact(channels) {
        let alpha = u32::from(pixel[channels - 1]);
        for &colour in &pixel[..channels - 1] {
            let shown = (u32::from(colour) * alpha + 255 * (255 - alpha) + 127) / 255;
            flat.push(shown as u8);
        }
    }
    flat
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG of `width` × `height` pixels of `colour`'s type and `depth`, from `data`.
    fn encode(
        width: u32,
        height: u32,
        colour: png::ColorType,
        depth: png::BitDepth,
        palette: Option<(&[u8], &[u8])>,
        data: &[u8],
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(colour);
        encoder.set_depth(depth);
        if let Some((palette, alpha)) = palette {
            encoder.set_palette(palette.to_vec());
            encoder.set_trns(alpha.to_vec());
        }
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(data).unwrap();
        writer.finish().unwrap();
        out
    }

    #[test]
    fn alpha_is_flattened_onto_white_and_16_bits_cut_to_8() {
        use png::{BitDepth, ColorType};
        // Red fully opaque, then blue half transparent.
        let rgba = encode(
            2,
            1,
            ColorType::Rgba,
            BitDepth::Eight,
            None,
            &[255, 0, 0, 255, 0, 0, 255, 128],
        );
        let picture = Picture::read(&rgba).unwrap();
        assert_eq!((picture.width, picture.height, picture.grey), (2, 1, false));
        assert_eq!(
            picture.samples,
            Samples::Pixels(vec![255, 0, 0, 127, 127, 255])
        );
        let grey16 = encode(
            1,
            1,
            ColorType::Grayscale,
            BitDepth::Sixteen,
            None,
            &[0x80, 0x7f],
        );
        let picture = Picture::read(&grey16).unwrap();
        assert!(picture.grey);
        assert_eq!(picture.samples, Samples::Pixels(vec![0x80]));
    }

    #[test]
    fn reducing_averages_blocks_of_pixels() {
        let picture = Picture {
            width: 5,
            height: 2,
            grey: true,
            samples: Samples::Pixels(vec![0, 10, 20, 30, 99, 40, 50, 60, 71, 99]),
            orientation: Orientation::UPRIGHT,
        };
        let half = picture.reduced(2);
        assert_eq!((half.width, half.height), (2, 1));
        assert_eq!(half.samples, Samples::Pixels(vec![25, 45]));
        assert_eq!(picture.reduced(1), picture);
    }

    #[test]
    fn a_palette_with_transparency_becomes_rgb_on_white() {
        use png::{BitDepth, ColorType};
        let indexed = encode(
            2,
            1,
            ColorType::Indexed,
            BitDepth::Eight,
            Some((&[0, 255, 0, 10, 20, 30], &[255, 0])),
            &[0, 1],
        );
        let picture = Picture::read(&indexed).unwrap();
        assert_eq!(
            picture.samples,
            Samples::Pixels(vec![0, 255, 0, 255, 255, 255])
        );
    }

    /// The start of a JPEG file with a frame header of `marker`, `components` and `bits`.
    fn jpeg_header(marker: u8, components: u8, bits: u8) -> Vec<u8> {
        let mut bytes = vec![0xff, 0xd8];
        // An APP0 segment to skip.
        bytes.extend_from_slice(&[0xff, 0xe0, 0, 4, 0, 0]);
        let length = 8 + 3 * u16::from(components);
        bytes.extend_from_slice(&[0xff, marker]);
        bytes.extend_from_slice(&length.to_be_bytes());
        bytes.extend_from_slice(&[bits, 0, 30, 0, 40, components]);
        for id in 0..components {
            bytes.extend_from_slice(&[id + 1, 0x11, 0]);
        }
        bytes.extend_from_slice(&[0xff, 0xd9]);
        bytes
    }

    #[test]
    fn a_jpeg_is_kept_whole_with_its_size_from_the_frame_header() {
        for marker in [0xc0, 0xc2] {
            let bytes = jpeg_header(marker, 3, 8);
            let picture = Picture::read(&bytes).unwrap();
            assert_eq!(
                (picture.width, picture.height, picture.grey),
                (40, 30, false)
            );
            assert_eq!(picture.samples, Samples::Jpeg(bytes));
        }
        assert!(Picture::read(&jpeg_header(0xc0, 1, 8)).unwrap().grey);
        let cmyk = Picture::read(&jpeg_header(0xc0, 4, 8)).unwrap_err();
        assert!(cmyk.contains("CMYK"), "{cmyk}");
        assert!(Picture::read(&jpeg_header(0xc1, 3, 12)).is_err());
        assert!(Picture::read(&jpeg_header(0xc9, 3, 8)).is_err());
        assert!(
            Picture::read(b"RIFF....WEBP")
                .unwrap_err()
                .contains("not a PNG or JPEG")
        );
        assert!(Picture::read(&[0xff, 0xd8, 0xff]).is_err());
    }

    /// An EXIF block (big-endian TIFF) whose only tag is Orientation `value`.
    fn exif(value: u16) -> Vec<u8> {
        let mut tiff = b"MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
        tiff.extend(value.to_be_bytes());
        tiff.extend([0; 6]);
        tiff
    }

    #[test]
    fn a_jpegs_exif_orientation_is_kept_and_its_shown_size_turned() {
        let mut bytes = jpeg_header(0xc0, 3, 8);
        let app1 = [b"Exif\0\0".as_slice(), &exif(6)].concat();
        let length = u16::try_from(app1.len() + 2).unwrap();
        let segment = [&[0xff, 0xe1], &length.to_be_bytes()[..], &app1].concat();
        bytes.splice(2..2, segment);
        let picture = Picture::read(&bytes).unwrap();
        assert_eq!(picture.orientation.exif(), 6);
        assert_eq!((picture.width, picture.height), (40, 30));
        assert_eq!(picture.shown_size(), (30, 40));
        assert_eq!(picture.samples, Samples::Jpeg(bytes));
        let plain = Picture::read(&jpeg_header(0xc0, 3, 8)).unwrap();
        assert_eq!(plain.orientation, Orientation::UPRIGHT);
        assert_eq!(plain.shown_size(), (40, 30));
    }

    #[test]
    fn a_pngs_exif_chunk_gives_its_orientation_and_reducing_keeps_it() {
        let mut info = png::Info::with_size(4, 2);
        info.color_type = png::ColorType::Grayscale;
        info.exif_metadata = Some(exif(8).into());
        let mut bytes = Vec::new();
        let mut writer = png::Encoder::with_info(&mut bytes, info)
            .unwrap()
            .write_header()
            .unwrap();
        writer.write_image_data(&[0; 8]).unwrap();
        writer.finish().unwrap();
        let picture = Picture::read(&bytes).unwrap();
        assert_eq!(picture.orientation.exif(), 8);
        assert_eq!(picture.shown_size(), (2, 4));
        assert_eq!(picture.reduced(2).orientation, picture.orientation);
    }
}
