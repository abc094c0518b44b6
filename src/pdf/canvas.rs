//! A page's content stream, written as it is drawn: colours, rectangles, paths, text as the
//! glyphs [`crate::layout`] placed (with the kerning corrections `TJ` needs), marked content
//! for the structure tree and artifacts, and forms placed by their resource names.
//!
//! Only [`super::draw`] draws on a canvas, from a display list; lengths given to it are the
//! display list's millimetres from the bottom-left corner, written out in points.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::fonts;
use super::pictures::picture_name;
use super::structure::structure_type;
use super::syntax::{push_integer, push_number};
use crate::colour::Colour;
use crate::display::{Figure, FormId, Path, Rect, Role, Segment, Stroke, Tag, pt};
use crate::layout::{Font, Glyph, GlyphText, Style, TextBlock};

/// The drawing of one page, written as PDF content as it is drawn. Lengths are in millimetres
/// from the bottom-left corner.
#[derive(Debug, Clone, Default)]
pub(super) struct Canvas {
    content: Vec<u8>,
    /// Every glyph drawn, in order, for the document's [`super::fonts::GlyphsUsed`].
    pub(super) drawn: Vec<(Style, u16, GlyphText)>,
    /// The forms placed.
    pub(super) forms: BTreeSet<FormId>,
    /// The element and role of each marked piece of content, by its number on the page (MCID).
    pub(super) marked: Vec<(u32, Role)>,
    /// Each figure drawn: its element, its description and its box on the page in points
    /// (left, bottom, right, top).
    pub(super) figures: Vec<(u32, Arc<str>, [f32; 4])>,
    /// Whether an artifact sequence is open (see [`Canvas::begin_artifact`]).
    in_artifact: bool,
}

impl Canvas {
    /// An empty page.
    pub(super) fn new() -> Canvas {
        Canvas::default()
    }

    fn numbers(&mut self, values: &[f32]) {
        for &value in values {
            push_number(&mut self.content, value);
            self.content.push(b' ');
        }
    }

    fn operator(&mut self, operator: &[u8]) {
        self.content.extend_from_slice(operator);
        self.content.push(b'\n');
    }

    fn colour(&mut self, colour: Colour, operator: &[u8]) {
        self.numbers(&[colour.r, colour.g, colour.b]);
        self.operator(operator);
    }

    /// Makes what is drawn next an artifact: not part of the document's structure (shapes,
    /// printing aids). Consecutive artifacts share one marked sequence.
    fn begin_artifact(&mut self) {
        if !self.in_artifact {
            self.operator(b"/Artifact BMC");
            self.in_artifact = true;
        }
    }

    /// Ends the artifact sequence, if one is open.
    fn end_artifact(&mut self) {
        if self.in_artifact {
            self.operator(b"EMC");
            self.in_artifact = false;
        }
    }

    /// The page's content stream, every marked sequence closed.
    pub(super) fn into_content(mut self) -> Vec<u8> {
        self.end_artifact();
        self.content
    }

    /// Writes `path`'s points in points, each piece followed by its operator.
    fn path(&mut self, path: &Path) {
        for segment in path.segments() {
            let (points, operator): (&[(f32, f32)], &[u8]) = match segment {
                Segment::Start(p) => (std::slice::from_ref(p), b"m"),
                Segment::Line(p) => (std::slice::from_ref(p), b"l"),
                Segment::Curve(c1, c2, p) => (&[*c1, *c2, *p], b"c"),
            };
            for &(x, y) in points {
                self.numbers(&[pt(x), pt(y)]);
            }
            self.operator(operator);
        }
    }

    /// Fills a rectangle.
    pub(super) fn fill_rect(&mut self, rect: Rect, colour: Colour) {
        self.begin_artifact();
        self.colour(colour, b"rg");
        self.numbers(&[pt(rect.x), pt(rect.y), pt(rect.w), pt(rect.h)]);
        self.operator(b"re f");
    }

    /// Fills a closed path.
    pub(super) fn fill(&mut self, path: &Path, colour: Colour) {
        self.begin_artifact();
        self.colour(colour, b"rg");
        self.path(path);
        self.operator(b"f");
    }

    /// Strokes an open path (or a closed one when `closed`).
    pub(super) fn stroke(&mut self, path: &Path, stroke: Stroke, closed: bool) {
        self.begin_artifact();
        self.operator(b"q");
        self.colour(stroke.colour, b"RG");
        self.numbers(&[stroke.width]);
        self.operator(b"w");
        if let Some((dash, gap)) = stroke.dash {
            self.content.push(b'[');
            self.numbers(&[dash, gap]);
            self.operator(b"] 0 d");
        }
        self.path(path);
        self.operator(if closed { b"s" } else { b"S" });
        self.operator(b"Q");
    }

    /// Draws laid-out text with the top of the block at `top` and its left edge at `left`, as
    /// `tag` says it belongs to the document's structure.
    pub(super) fn text(
        &mut self,
        block: &TextBlock,
        left: f32,
        top: f32,
        colour: Colour,
        tag: Tag,
    ) {
        if tag == Tag::Artifact {
            self.begin_artifact();
        } else {
            self.end_artifact();
        }
        self.operator(b"BT");
        self.colour(colour, b"rg");
        let mut current_font = None;
        for (index, line) in block.lines.iter().enumerate() {
            // Each line is its own piece of the element, so that text read from the structure
            // keeps the break between lines as a break, not words run together.
            if let Tag::Content { element, role } = tag {
                self.begin_marked(element, role);
            }
            let baseline = pt(top) - block.baseline(index);
            for run in &line.runs {
                if current_font != Some((run.style, run.size)) {
                    current_font = Some((run.style, run.size));
                    self.content.push(b'/');
                    self.content
                        .extend_from_slice(fonts::resource_name(run.style).as_bytes());
                    self.content.push(b' ');
                    self.numbers(&[run.size]);
                    self.operator(b"Tf");
                }
                // Glyphs raised or lowered by the font (combining accents) get their own
                // text position; the rest of a run shares one.
                for group in run.glyphs.chunk_by(|a, b| a.y == b.y) {
                    self.numbers(&[
                        1.0,
                        0.0,
                        0.0,
                        1.0,
                        pt(left) + line.x + run.x + group[0].x,
                        baseline + group[0].y,
                    ]);
                    self.operator(b"Tm");
                    self.glyphs(run.style, run.size, group);
                }
            }
            if matches!(tag, Tag::Content { .. }) {
                self.operator(b"EMC");
            }
        }
        self.operator(b"ET");
    }

    /// Begins a marked piece of `element`, a `role`, numbered by its order on the page (its
    /// MCID); the caller ends it with `EMC`.
    fn begin_marked(&mut self, element: u32, role: Role) {
        let number = self.marked.len();
        self.marked.push((element, role));
        self.content.push(b'/');
        self.content
            .extend_from_slice(structure_type(role).as_bytes());
        self.content.extend_from_slice(b" <</MCID ");
        push_integer(&mut self.content, number as u64);
        self.operator(b">> BDC");
    }

    /// Shows `glyphs` (set at `size` in `style`) with a `TJ` whose corrections put each where
    /// shaping placed it: `[<glyph ids> correction <glyph ids>] TJ`.
    fn glyphs(&mut self, style: Style, size: f32, glyphs: &[Glyph]) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        let font = Font::get(style);
        self.content.extend_from_slice(b"[<");
        for (i, glyph) in glyphs.iter().enumerate() {
            self.drawn.push((style, glyph.id, glyph.text));
            for shift in [12, 8, 4, 0] {
                self.content
                    .push(HEX[usize::from((glyph.id >> shift) & 15)]);
            }
            let Some(next) = glyphs.get(i + 1) else {
                break;
            };
            // TJ moves the pen by the embedded width; correct it to the shaped position
            // (kerning), in thousandths of an em, positive to the left.
            let natural = font.pdf_advance(glyph.id) * size / 1000.0;
            let correction = (glyph.x + natural - next.x) * 1000.0 / size;
            if correction.abs() >= 0.05 {
                self.content.push(b'>');
                push_number(&mut self.content, correction);
                self.content.push(b'<');
            }
        }
        self.operator(b">] TJ");
    }

    /// Draws `form` through the transformation `matrix` (PDF's `a b c d e f`, in points); the
    /// form must belong to the document this canvas becomes a page of.
    pub(super) fn place(&mut self, form: FormId, matrix: [f32; 6]) {
        self.forms.insert(form);
        self.begin_artifact();
        self.operator(b"q");
        self.numbers(&matrix);
        self.operator(b"cm");
        self.content.push(b'/');
        self.content
            .extend_from_slice(form_name(form.index()).as_bytes());
        self.operator(b" Do");
        self.operator(b"Q");
    }
}

impl Canvas {
    /// Draws the document's picture number `number` (from 0) through `matrix` (PDF's
    /// `a b c d e f`, in points: the unit square onto the picture's place): as the piece of
    /// `figure` whose box is `bounds` (left, bottom, right, top in points), or else as an
    /// artifact.
    pub(super) fn image(
        &mut self,
        number: usize,
        matrix: [f32; 6],
        figure: Option<(&Figure, [f32; 4])>,
    ) {
        if let Some((figure, bounds)) = figure {
            self.end_artifact();
            self.begin_marked(figure.element, Role::Figure);
            self.figures
                .push((figure.element, Arc::clone(&figure.alt), bounds));
        } else {
            self.begin_artifact();
        }
        self.operator(b"q");
        self.numbers(&matrix);
        self.operator(b"cm");
        self.content.push(b'/');
        self.content
            .extend_from_slice(picture_name(number).as_bytes());
        self.operator(b" Do");
        self.operator(b"Q");
        if figure.is_some() {
            self.operator(b"EMC");
        }
    }
}

/// A form's resource name ("Fm1" for the document's first form, and so on).
pub(super) fn form_name(index: usize) -> String {
    format!("Fm{}", index + 1)
}
