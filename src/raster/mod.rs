//! The second backend for the display list: a page, a card or a sheet drawn into pixels, from
//! the same [`List`] the PDFs are drawn from, with the same glyphs at the same places (the ids
//! and positions shaping gave, outlined from the embedded fonts), the same colours and the
//! same forms, antialiased.
//!
//! tiny-skia does the rasterising (fills, strokes with dashes, transforms, clip masks);
//! `paint.rs` is the one place a display list becomes pixels, as `pdf/draw.rs` is for PDF;
//! `glyphs.rs` turns glyph ids into outlines; `png.rs` writes the pixels as a PNG, with a
//! fingerprint of what they show (`fingerprint.rs`) so an unchanged image need not be drawn
//! again.

mod fingerprint;
mod glyphs;
mod paint;
mod png;

use crate::display::{FormId, FormStore, List};
use crate::error::{Error, Result};
pub use fingerprint::fingerprint;
pub use png::{Png, fingerprint_of};

/// The drawings an image places with [`crate::display::Item::Form`], kept as lists and drawn
/// each time they are placed.
#[derive(Debug, Clone, Default)]
pub struct Forms<'a> {
    forms: Vec<Form<'a>>,
}

/// One stored drawing and the size its drawing is cut to, in mm.
#[derive(Debug, Clone)]
struct Form<'a> {
    list: List<'a>,
    width: f32,
    height: f32,
}

impl<'a> Forms<'a> {
    /// No forms yet.
    pub fn new() -> Forms<'a> {
        Forms::default()
    }

    fn get(&self, form: FormId) -> Result<&Form<'a>> {
        self.forms.get(form.index()).ok_or_else(|| {
            Error::new(format!(
                "could not draw the image: it places the repeated design {}, which it does not \
                 have",
                form.index() + 1
            ))
        })
    }
}

impl<'a> FormStore<'a> for Forms<'a> {
    fn add_form(&mut self, list: &List<'a>, width: f32, height: f32) -> FormId {
        self.forms.push(Form {
            list: list.clone(),
            width,
            height,
        });
        FormId::new(self.forms.len() - 1)
    }
}

/// How a page is laid on an image's pixels: its top-left corner on the image's, at one scale
/// across and down (as poppler renders a PDF page), the image `pixels` wide and high.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// The page's height in mm.
    pub page_height: f32,
    /// Pixels per millimetre.
    pub per_mm: f32,
    /// The image's width and height in pixels.
    pub pixels: (u32, u32),
}

impl View {
    /// A page of `page` mm at `dpi`, its size rounded to whole pixels.
    pub fn at_dpi(page: (f32, f32), dpi: f32) -> View {
        let per_mm = dpi / 25.4;
        View {
            page_height: page.1,
            per_mm,
            pixels: (whole(page.0 * per_mm), whole(page.1 * per_mm)),
        }
    }

    /// A page of `page` mm made `width` pixels wide, its height in proportion.
    pub fn of_width(page: (f32, f32), width: u32) -> View {
        let per_mm = width as f32 / page.0;
        View {
            page_height: page.1,
            per_mm,
            pixels: (width, whole(page.1 * per_mm)),
        }
    }
}

/// A length in pixels rounded to whole pixels, at least one.
fn whole(pixels: f32) -> u32 {
    pixels.round().max(1.0) as u32
}

/// A drawn image: opaque pixels, the page's white under whatever was drawn.
pub struct Image {
    pixmap: tiny_skia::Pixmap,
}

impl Image {
    /// Draws `list` on white paper as `view` lays its page on the pixels, placing forms from
    /// `forms`.
    pub fn render(list: &List, forms: &Forms, view: View) -> Result<Image> {
        let (width, height) = view.pixels;
        let too_large = u64::from(width) * u64::from(height) > MAX_PIXELS;
        let pixmap = (!too_large && view.per_mm > 0.0)
            .then(|| tiny_skia::Pixmap::new(width, height))
            .flatten()
            .ok_or_else(|| {
                Error::new(format!(
                    "could not draw an image of {width} × {height} pixels at {} pixels per mm",
                    view.per_mm
                ))
            })?;
        let mut image = Image { pixmap };
        image.pixmap.fill(tiny_skia::Color::WHITE);
        // Millimetres from the bottom-left, y up, to pixels from the top-left, y down.
        let scale = view.per_mm;
        let top = view.page_height * scale;
        let transform = tiny_skia::Transform::from_row(scale, 0.0, 0.0, -scale, 0.0, top);
        paint::Painter::new(&mut image.pixmap, forms).draw(list, transform, None)?;
        Ok(image)
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.pixmap.width()
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.pixmap.height()
    }

    /// The pixels, row by row from the top, three bytes (red, green, blue) each.
    pub fn rgb(&self) -> Vec<u8> {
        // Every pixel is opaque (drawn over white), so premultiplied values are the colours.
        let data = self.pixmap.data();
        let mut rgb = Vec::with_capacity(data.len() / 4 * 3);
        for pixel in data.chunks_exact(4) {
            rgb.extend_from_slice(&pixel[..3]);
        }
        rgb
    }
}

/// `list` drawn as `view` says, as a PNG carrying its [`fingerprint()`] (and `dpi`, when
/// given); or `previous` (the last build's file) as it is, when it carries the same
/// fingerprint: then nothing is drawn.
pub fn png_unless_unchanged(
    list: &List,
    forms: &Forms,
    view: View,
    dpi: Option<f32>,
    previous: Option<Vec<u8>>,
) -> Result<Vec<u8>> {
    let fingerprint = fingerprint(list, forms, view);
    if let Some(old) = previous
        && fingerprint_of(&old).as_deref() == Some(fingerprint.as_str())
    {
        return Ok(old);
    }
    Image::render(list, forms, view)?.png(Png {
        dpi,
        fingerprint: Some(&fingerprint),
    })
}

/// The most pixels an image may have (a 300 dpi A3 sheet has 17.4 million): more is a mistake
/// in a size, not an image to allocate.
const MAX_PIXELS: u64 = 64_000_000;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour::Colour;
    use crate::display::{Item, Path, Rect, Stroke};

    /// A page of `page` mm at the scale that makes it `pixels.0` wide, `pixels.1` high.
    fn view(page: (f32, f32), pixels: (u32, u32)) -> View {
        View {
            page_height: page.1,
            per_mm: pixels.0 as f32 / page.0,
            pixels,
        }
    }

    fn pixel(image: &Image, x: u32, y: u32) -> [u8; 3] {
        let rgb = image.rgb();
        let at = ((y * image.width() + x) * 3) as usize;
        [rgb[at], rgb[at + 1], rgb[at + 2]]
    }

    #[test]
    fn millimetres_from_the_bottom_left_land_on_pixels_from_the_top_left() {
        // A 10 × 10 mm page at 1 px/mm, its bottom-left quarter red.
        let list: List = [Item::FillRect {
            rect: Rect::new(0.0, 0.0, 5.0, 5.0),
            colour: Colour::rgb(255, 0, 0),
        }]
        .into_iter()
        .collect();
        let image = Image::render(&list, &Forms::new(), view((10.0, 10.0), (10, 10))).unwrap();
        assert_eq!(pixel(&image, 2, 8), [255, 0, 0]);
        assert_eq!(pixel(&image, 2, 2), [255, 255, 255]);
        assert_eq!(pixel(&image, 8, 8), [255, 255, 255]);
    }

    #[test]
    fn a_form_is_placed_by_its_matrix_and_cut_to_its_size() {
        let mut forms = Forms::new();
        // A form 4 × 4 mm whose drawing runs past its edge.
        let drawing: List = [Item::FillRect {
            rect: Rect::new(0.0, 0.0, 8.0, 8.0),
            colour: Colour::BLACK,
        }]
        .into_iter()
        .collect();
        let form = forms.add_form(&drawing, 4.0, 4.0);
        let page: List = [Item::form(form, 2.0, 2.0)].into_iter().collect();
        let image = Image::render(&page, &forms, view((20.0, 20.0), (20, 20))).unwrap();
        assert_eq!(pixel(&image, 3, 16), [0, 0, 0], "inside the form");
        assert_eq!(pixel(&image, 7, 16), [255, 255, 255], "cut at its edge");
        assert_eq!(pixel(&image, 3, 12), [255, 255, 255], "cut at its top");
    }

    #[test]
    fn a_form_placing_a_form_or_a_missing_form_is_an_error() {
        let mut forms = Forms::new();
        let inner = forms.add_form(&List::new(), 1.0, 1.0);
        let nesting: List = [Item::form(inner, 0.0, 0.0)].into_iter().collect();
        let outer = forms.add_form(&nesting, 1.0, 1.0);
        let page: List = [Item::form(outer, 0.0, 0.0)].into_iter().collect();
        assert!(Image::render(&page, &forms, view((5.0, 5.0), (5, 5))).is_err());
        let missing: List = [Item::form(FormId::new(9), 0.0, 0.0)].into_iter().collect();
        let error = Image::render(&missing, &forms, view((5.0, 5.0), (5, 5)))
            .err()
            .unwrap();
        assert!(error.message.contains("design 10"), "{}", error.message);
    }

    #[test]
    fn strokes_and_dashes_are_drawn_and_gaps_left() {
        let stroke = Stroke {
            width: pt_of_mm(1.0),
            colour: Colour::BLACK,
            dash: Some((pt_of_mm(2.0), pt_of_mm(2.0))),
        };
        let line: List = [Item::line((0.0, 5.5), (20.0, 5.5), stroke)]
            .into_iter()
            .collect();
        let image = Image::render(&line, &Forms::new(), view((20.0, 10.0), (20, 10))).unwrap();
        // Dashes from 0 to 2 mm, 4 to 6 mm…; the line is a pixel row at y = 4.
        assert_eq!(pixel(&image, 1, 4), [0, 0, 0]);
        assert_eq!(pixel(&image, 3, 4), [255, 255, 255]);
        assert_eq!(pixel(&image, 5, 4), [0, 0, 0]);
        let circle: List = [Item::Fill {
            path: Path::circle((10.0, 5.0), 4.0),
            colour: Colour::BLACK,
        }]
        .into_iter()
        .collect();
        let image = Image::render(&circle, &Forms::new(), view((20.0, 10.0), (20, 10))).unwrap();
        assert_eq!(pixel(&image, 10, 5), [0, 0, 0]);
        assert_eq!(pixel(&image, 1, 1), [255, 255, 255]);
    }

    fn pt_of_mm(mm: f32) -> f32 {
        crate::display::pt(mm)
    }

    #[test]
    fn a_picture_fills_its_rectangle_and_a_jpeg_is_an_error() {
        use crate::picture::{Orientation, Picture, Samples};
        use std::sync::Arc;
        // Two pixels, red then blue, stretched over the page's left half.
        let picture = Arc::new(Picture {
            width: 2,
            height: 1,
            grey: false,
            samples: Samples::Pixels(vec![255, 0, 0, 0, 0, 255]),
            orientation: Orientation::UPRIGHT,
        });
        let rect = Rect::new(0.0, 0.0, 10.0, 10.0);
        let drawn = |picture: &Arc<Picture>| {
            let list: List = [Item::Image {
                picture: picture.clone(),
                rect,
                figure: None,
            }]
            .into_iter()
            .collect();
            Image::render(&list, &Forms::new(), view((20.0, 10.0), (20, 10))).unwrap()
        };
        let image = drawn(&picture);
        assert_eq!(pixel(&image, 1, 5), [255, 0, 0]);
        assert_eq!(pixel(&image, 8, 5), [0, 0, 255]);
        assert_eq!(pixel(&image, 15, 5), [255, 255, 255]);
        // Stored a quarter turn anticlockwise (EXIF 6), its first row is shown as the right
        // column, top down: red at the top, blue at the bottom. Mirrored (EXIF 2), blue is
        // on the left.
        for (orientation, red, blue) in [(6, (5, 1), (5, 8)), (2, (8, 5), (1, 5))] {
            let turned = Arc::new(Picture {
                orientation: Orientation::from_exif(orientation).unwrap(),
                ..(*picture).clone()
            });
            let image = drawn(&turned);
            assert_eq!(pixel(&image, red.0, red.1), [255, 0, 0], "{orientation}");
            assert_eq!(pixel(&image, blue.0, blue.1), [0, 0, 255], "{orientation}");
        }
        let jpeg = Arc::new(Picture {
            samples: Samples::Jpeg(vec![0xff, 0xd8]),
            ..(*picture).clone()
        });
        let list: List = [Item::Image {
            picture: jpeg,
            rect,
            figure: None,
        }]
        .into_iter()
        .collect();
        let error = Image::render(&list, &Forms::new(), view((20.0, 10.0), (20, 10)))
            .err()
            .unwrap();
        assert!(error.message.contains("JPEG"), "{}", error.message);
    }

    #[test]
    fn absurd_sizes_are_errors_not_allocations() {
        let empty = List::new();
        assert!(Image::render(&empty, &Forms::new(), view((10.0, 10.0), (0, 10))).is_err());
        let huge = view((10.0, 10.0), (100_000, 100_000));
        assert!(Image::render(&empty, &Forms::new(), huge).is_err());
        assert_eq!(View::at_dpi((69.0, 94.0), 300.0).pixels, (815, 1110));
        assert_eq!(View::of_width((63.0, 88.0), 300).pixels, (300, 419));
    }
}
