//! An [`Image`] written as a PNG (8-bit RGB, fast compression: card images are mostly flat
//! colour, which compresses well at any level), with its resolution and, when given, a
//! fingerprint of what it shows in a `tEXt` chunk, which [`fingerprint_of`] reads back from a
//! previous build's file without decoding its pixels. The bytes depend only on the pixels and
//! those two values, so the same drawing gives the same file.

use super::Image;
use crate::error::{Error, Result};

/// The `tEXt` keyword the fingerprint is stored under.
const KEYWORD: &str = "deckle-fingerprint";

/// What a PNG says besides its pixels.
#[derive(Debug, Clone, Copy, Default)]
pub struct Png<'a> {
    /// The resolution to record (pixels per inch), for printers that read it.
    pub dpi: Option<f32>,
    /// A fingerprint of what the image shows, read back by [`fingerprint_of`].
    pub fingerprint: Option<&'a str>,
}

impl Image {
    /// The image as a PNG file.
    pub fn png(&self, options: Png) -> Result<Vec<u8>> {
        let failed =
            |e: png::EncodingError| Error::new(format!("could not write a PNG image: {e}"));
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, self.width(), self.height());
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        if let Some(dpi) = options.dpi {
            let per_metre = (dpi / 0.0254).round() as u32;
            encoder.set_pixel_dims(Some(png::PixelDimensions {
                xppu: per_metre,
                yppu: per_metre,
                unit: png::Unit::Meter,
            }));
        }
        if let Some(fingerprint) = options.fingerprint {
            encoder
                .add_text_chunk(KEYWORD.to_string(), fingerprint.to_string())
                .map_err(failed)?;
        }
        let mut writer = encoder.write_header().map_err(failed)?;
        writer.write_image_data(&self.rgb()).map_err(failed)?;
        writer.finish().map_err(failed)?;
        Ok(bytes)
    }
}

/// The fingerprint a PNG written by [`Image::png`] carries, if it has one.
pub fn fingerprint_of(png: &[u8]) -> Option<String> {
    let reader = png::Decoder::new(std::io::Cursor::new(png))
        .read_info()
        .ok()?;
    reader
        .info()
        .uncompressed_latin1_text
        .iter()
        .find(|chunk| chunk.keyword == KEYWORD)
        .map(|chunk| chunk.text.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::List;
    use crate::raster::{Forms, View};

    #[test]
    fn the_fingerprint_is_read_back_and_the_bytes_repeat() {
        let view = View::at_dpi((10.0, 10.0), 25.4);
        let image = Image::render(&List::new(), &Forms::new(), view).unwrap();
        let options = Png {
            dpi: Some(300.0),
            fingerprint: Some("abc123"),
        };
        let png = image.png(options).unwrap();
        assert_eq!(fingerprint_of(&png).as_deref(), Some("abc123"));
        assert_eq!(png, image.png(options).unwrap());
        let plain = image.png(Png::default()).unwrap();
        assert_eq!(fingerprint_of(&plain), None);
        assert_eq!(fingerprint_of(b"not a png"), None);
    }
}
