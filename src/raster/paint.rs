//! The one place a display list becomes pixels: each [`Item`] in order onto a tiny-skia
//! pixmap, as `pdf/draw.rs` writes each as PDF. Lengths stay the display list's (millimetres,
//! y up) and the transform takes them to pixels; widths and type given in points are turned
//! into millimetres here. Fills use the nonzero winding rule, strokes butt caps and mitred
//! joins with a limit of 10, as PDF's defaults are.
//!
//! A new kind of [`Item`] is a new arm of the `match` in [`Painter::draw`]: the compiler asks
//! for it, so no item is ever skipped without a word.

use tiny_skia::{FillRule, Mask, Paint, PathBuilder, Pixmap, Transform};

use super::Forms;
use super::glyphs::Outlines;
use crate::colour::Colour;
use crate::display::{Item, List, Path, Rect, Segment, Stroke, mm, pt};
use crate::error::{Error, Result};
use crate::layout::TextBlock;
use crate::picture::{Picture, Samples};

/// Draws lists onto one pixmap.
pub(super) struct Painter<'p, 'f> {
    pixmap: &'p mut Pixmap,
    forms: &'p Forms<'f>,
    outlines: Outlines,
}

impl<'p, 'f> Painter<'p, 'f> {
    /// A painter for `pixmap`, placing forms from `forms`.
    pub(super) fn new(pixmap: &'p mut Pixmap, forms: &'p Forms<'f>) -> Painter<'p, 'f> {
        Painter {
            pixmap,
            forms,
            outlines: Outlines::default(),
        }
    }

    /// Draws every item of `list` in order through `transform` (millimetres to pixels),
    /// cut to `clip` when given (inside a form).
    pub(super) fn draw(
        &mut self,
        list: &List,
        transform: Transform,
        clip: Option<&Mask>,
    ) -> Result<()> {
        for item in list.items() {
            match item {
                Item::Text {
                    block,
                    left,
                    top,
                    colour,
                    tag: _,
                } => self.text(block, (*left, *top), *colour, transform, clip),
                Item::FillRect { rect, colour } => {
                    if let Some(path) = rect_path(*rect) {
                        self.fill(&path, *colour, transform, clip);
                    }
                }
                Item::Fill { path, colour } => {
                    if let Some(path) = path_of(path, false) {
                        self.fill(&path, *colour, transform, clip);
                    }
                }
                Item::Stroke {
                    path,
                    stroke,
                    closed,
                } => self.stroke(path, *stroke, *closed, transform, clip)?,
                Item::Image {
                    picture,
                    rect,
                    figure: _,
                } => self.picture(picture, *rect, transform, clip)?,
                Item::Form { form, matrix } => {
                    if clip.is_some() {
                        return Err(Error::new(
                            "could not draw the image: a repeated drawing places another \
                             repeated drawing",
                        ));
                    }
                    let form = self.forms.get(*form)?;
                    let [a, b, c, d, e, f] = *matrix;
                    let placed = transform.pre_concat(Transform::from_row(a, b, c, d, e, f));
                    let mut mask = Mask::new(self.pixmap.width(), self.pixmap.height())
                        .ok_or_else(|| Error::new("could not draw the image: it has no pixels"))?;
                    if let Some(bounds) = rect_path(Rect::new(0.0, 0.0, form.width, form.height)) {
                        mask.fill_path(&bounds, FillRule::Winding, true, placed);
                    }
                    self.draw(&form.list, placed, Some(&mask))?;
                }
            }
        }
        Ok(())
    }

    /// Stretches `picture` over `rect`, shown upright as its orientation says, smoothly
    /// (bilinear) as PDF viewers show pictures.
    fn picture(
        &mut self,
        picture: &Picture,
        rect: Rect,
        transform: Transform,
        clip: Option<&Mask>,
    ) -> Result<()> {
        let Samples::Pixels(samples) = &picture.samples else {
            return Err(Error::new(
                "could not draw the image: it holds a JPEG picture, which deckle cannot draw \
                 into an image yet (only into a PDF)",
            ));
        };
        let (width, height) = (picture.width, picture.height);
        let mut pixels = tiny_skia::Pixmap::new(width, height)
            .ok_or_else(|| Error::new("could not draw the image: a picture has no pixels"))?;
        let channels = if picture.grey { 1 } else { 3 };
        let rows = pixels
            .data_mut()
            .chunks_exact_mut(4)
            .zip(samples.chunks_exact(channels));
        for (pixel, sample) in rows {
            let rgb = if picture.grey {
                [sample[0]; 3]
            } else {
                [sample[0], sample[1], sample[2]]
            };
            pixel.copy_from_slice(&[rgb[0], rgb[1], rgb[2], 255]);
        }
        let Some(area) = rect_path(rect) else {
            return Ok(());
        };
        // The picture's pixels, rows from the top, onto the rectangle's millimetres, y up,
        // turned upright as a PDF places it: the pixel (x, y) is the unit square's
        // (x / width, 1 − y / height).
        let [a, b, c, d, e, f] = picture.orientation.placement(rect);
        let (w, h) = (width as f32, height as f32);
        let placed = Transform::from_row(a / w, b / w, -c / h, -d / h, c + e, d + f);
        let paint = Paint {
            shader: tiny_skia::Pattern::new(
                pixels.as_ref(),
                tiny_skia::SpreadMode::Pad,
                tiny_skia::FilterQuality::Bilinear,
                1.0,
                placed,
            ),
            anti_alias: true,
            ..Paint::default()
        };
        self.pixmap
            .fill_path(&area, &paint, FillRule::Winding, transform, clip);
        Ok(())
    }

    fn fill(
        &mut self,
        path: &tiny_skia::Path,
        colour: Colour,
        transform: Transform,
        clip: Option<&Mask>,
    ) {
        self.pixmap
            .fill_path(path, &paint(colour), FillRule::Winding, transform, clip);
    }

    fn stroke(
        &mut self,
        path: &Path,
        stroke: Stroke,
        closed: bool,
        transform: Transform,
        clip: Option<&Mask>,
    ) -> Result<()> {
        let Some(outline) = path_of(path, closed) else {
            return Ok(());
        };
        let dash = match stroke.dash {
            None => None,
            Some((dash, gap)) => Some(
                tiny_skia::StrokeDash::new(vec![mm(dash), mm(gap)], 0.0).ok_or_else(|| {
                    Error::new(format!(
                        "could not draw the image: a dash of {dash} pt and a gap of {gap} pt"
                    ))
                })?,
            ),
        };
        let how = tiny_skia::Stroke {
            width: mm(stroke.width),
            miter_limit: 10.0,
            dash,
            ..tiny_skia::Stroke::default()
        };
        self.pixmap
            .stroke_path(&outline, &paint(stroke.colour), &how, transform, clip);
        Ok(())
    }

    /// Fills each glyph's outline where the layout placed it: the block's top-left corner at
    /// `at`, each line on its baseline, each glyph at its shaped position.
    fn text(
        &mut self,
        block: &TextBlock,
        at: (f32, f32),
        colour: Colour,
        transform: Transform,
        clip: Option<&Mask>,
    ) {
        let paint = paint(colour);
        let (left, top) = (pt(at.0), pt(at.1));
        for (index, line) in block.lines.iter().enumerate() {
            let baseline = top - block.baseline(index);
            for run in &line.runs {
                for glyph in &run.glyphs {
                    let Some((outline, units_per_em)) = self.outlines.get(run.style, glyph.id)
                    else {
                        continue;
                    };
                    let x = left + line.x + run.x + glyph.x;
                    let y = baseline + glyph.y;
                    let scale = mm(run.size) / units_per_em;
                    let placed = transform
                        .pre_translate(mm(x), mm(y))
                        .pre_scale(scale, scale);
                    self.pixmap
                        .fill_path(outline, &paint, FillRule::Winding, placed, clip);
                }
            }
        }
    }
}

/// A solid, antialiased paint of `colour`.
fn paint(colour: Colour) -> Paint<'static> {
    let channel = |value: f32| (value.clamp(0.0, 1.0) * 255.0).round() as u8;
    let mut paint = Paint::default();
    paint.set_color_rgba8(channel(colour.r), channel(colour.g), channel(colour.b), 255);
    paint.anti_alias = true;
    paint
}

/// `rect` as a path; `None` when it has no area.
fn rect_path(rect: Rect) -> Option<tiny_skia::Path> {
    tiny_skia::Rect::from_xywh(rect.x, rect.y, rect.w, rect.h).map(PathBuilder::from_rect)
}

/// `path` as tiny-skia's, closed when `closed` (fills close themselves); `None` when empty.
fn path_of(path: &Path, closed: bool) -> Option<tiny_skia::Path> {
    let mut builder = PathBuilder::new();
    for segment in path.segments() {
        match *segment {
            Segment::Start((x, y)) => builder.move_to(x, y),
            Segment::Line((x, y)) => builder.line_to(x, y),
            Segment::Curve((x1, y1), (x2, y2), (x, y)) => builder.cubic_to(x1, y1, x2, y2, x, y),
        }
    }
    if closed {
        builder.close();
    }
    builder.finish()
}
