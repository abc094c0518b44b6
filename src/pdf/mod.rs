//! PDF writing shared by every printable: pages drawn in millimetres, text drawn as the glyphs
//! [`crate::layout`] measured, fonts subset and embedded, print boxes, metadata, and bytes that
//! are the same for the same content.
//!
//! A [`Canvas`] writes a page's content stream as it is drawn; [`Document::add_page`] deflates
//! it into the file at once, so a deck of 10,000 cards never sits in memory as anything but
//! finished bytes. (deckle used printpdf 0.12 for the whole document before: it holds every
//! page as operations, then as lopdf objects, then as bytes, which took 1 GiB for 10,000 cards.
//! printpdf still writes the fonts' ToUnicode maps.)

mod colour_profile;
mod finish;
mod fonts;
mod subset;
mod syntax;

use crate::colour::Colour;

use std::collections::{BTreeMap, BTreeSet};

use syntax::{ObjectRef, ObjectWriter, number_array, push_integer, push_number};

use crate::error::{Error, Result};
use crate::layout::{Font, Glyph, GlyphText, Style, TextBlock};

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Millimetres to points.
pub fn pt(mm: f32) -> f32 {
    mm * PT_PER_MM
}

/// Points to millimetres.
pub fn mm(pt: f32) -> f32 {
    pt / PT_PER_MM
}

/// A rectangle in millimetres, from the page's bottom-left corner (PDF's convention).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Bottom edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// A rectangle from its left, bottom, width and height.
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    /// Top edge.
    pub fn top(&self) -> f32 {
        self.y + self.h
    }

    /// This rectangle grown by `by` on every side (shrunk when negative).
    pub fn grow(&self, by: f32) -> Rect {
        Rect::new(
            self.x - by,
            self.y - by,
            self.w + 2.0 * by,
            self.h + 2.0 * by,
        )
    }

    /// Whether `other` lies entirely inside this rectangle (edges may touch).
    pub fn contains(&self, other: &Rect) -> bool {
        const EPS: f32 = 1e-3;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.top() <= self.top() + EPS
    }

    /// Whether the two rectangles share any area (touching edges do not count).
    #[cfg(test)]
    pub(crate) fn overlaps(&self, other: &Rect) -> bool {
        const EPS: f32 = 1e-3;
        self.x < other.right() - EPS
            && other.x < self.right() - EPS
            && self.y < other.top() - EPS
            && other.y < self.top() - EPS
    }
}

/// A path made of straight lines and curves, in millimetres.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Path {
    /// The path as PDF operators in points (`x y m`, `x y l`, `… c`).
    operators: Vec<u8>,
}

impl Path {
    /// An empty path.
    pub fn new() -> Path {
        Path::default()
    }

    fn push(mut self, points: &[(f32, f32)], operator: &[u8]) -> Path {
        for &(x, y) in points {
            push_number(&mut self.operators, pt(x));
            self.operators.push(b' ');
            push_number(&mut self.operators, pt(y));
            self.operators.push(b' ');
        }
        self.operators.extend_from_slice(operator);
        self.operators.push(b'\n');
        self
    }

    /// Starts at (x, y); only valid as the first point.
    pub fn start(self, x: f32, y: f32) -> Path {
        self.push(&[(x, y)], b"m")
    }

    /// A straight line to (x, y).
    pub fn line_to(self, x: f32, y: f32) -> Path {
        self.push(&[(x, y)], b"l")
    }

    /// A closed circle, drawn as four Bézier curves.
    pub fn circle((x, y): (f32, f32), radius: f32) -> Path {
        let k = 0.552_284_8 * radius;
        Path::new()
            .start(x + radius, y)
            .curve_to((x + radius, y + k), (x + k, y + radius), x, y + radius)
            .curve_to((x - k, y + radius), (x - radius, y + k), x - radius, y)
            .curve_to((x - radius, y - k), (x - k, y - radius), x, y - radius)
            .curve_to((x + k, y - radius), (x + radius, y - k), x + radius, y)
    }

    /// A cubic Bézier curve to (x, y) with control points c1 and c2.
    pub fn curve_to(self, c1: (f32, f32), c2: (f32, f32), x: f32, y: f32) -> Path {
        self.push(&[c1, c2, (x, y)], b"c")
    }
}

/// How a line is stroked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Line width in points.
    pub width: f32,
    /// Colour.
    pub colour: Colour,
    /// Dash and gap lengths in points; `None` for a solid line.
    pub dash: Option<(f32, f32)>,
}

/// The glyphs a document uses, by style and glyph id, each with the text it stands for (for
/// the font subsets, and the ToUnicode maps that make the PDF's text searchable and copyable).
/// A table per style indexed by glyph id: recording a glyph is one lookup.
#[derive(Debug, Default)]
struct GlyphsUsed([Vec<Option<GlyphText>>; 4]);

impl GlyphsUsed {
    /// Notes that glyph `id` of `style` is drawn; the text it was first drawn for stays.
    fn record(&mut self, style: Style, id: u16, text: GlyphText) {
        let table = &mut self.0[style as usize];
        let index = usize::from(id);
        if table.len() <= index {
            table.resize(index + 1, None);
        }
        table[index].get_or_insert(text);
    }

    /// Whether any glyph of `style` is drawn.
    fn uses(&self, style: Style) -> bool {
        !self.0[style as usize].is_empty()
    }

    /// The glyphs of `style` in use, by id.
    fn of(&self, style: Style) -> BTreeMap<u16, GlyphText> {
        self.0[style as usize]
            .iter()
            .enumerate()
            .filter_map(|(id, text)| Some((u16::try_from(id).ok()?, (*text)?)))
            .collect()
    }
}

/// What a piece of text is to a reader who follows the document's structure (a screen reader,
/// a viewer that reflows text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A heading; 1 is the highest level.
    Heading(u8),
    /// Running text: a paragraph, a question, a caption.
    Paragraph,
}

impl Role {
    /// The PDF structure type: `P`, `H1` to `H6`.
    fn structure_type(self) -> &'static str {
        match self {
            Role::Heading(level) => {
                ["H1", "H2", "H3", "H4", "H5", "H6"][usize::from(level.clamp(1, 6)) - 1]
            }
            Role::Paragraph => "P",
        }
    }
}

/// How text drawn on a canvas belongs to the document's structure (the tags that let a screen
/// reader read a PDF in order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// Not content: page numbers, running titles, printing aids, repeated designs.
    Artifact,
    /// Part of the document's element number `element`, a `role`. Elements are read in the
    /// order of their numbers, whatever pages they are drawn on; text drawn with the same
    /// number (the lines of a paragraph, on one page or two) is one element.
    Content {
        /// The element's number.
        element: u32,
        /// What it is.
        role: Role,
    },
}

/// The drawing of one page, written as PDF content as it is drawn. Lengths are in millimetres
/// from the bottom-left corner.
#[derive(Debug, Clone, Default)]
pub struct Canvas {
    content: Vec<u8>,
    /// Every glyph drawn, in order, for the document's [`GlyphsUsed`].
    drawn: Vec<(Style, u16, GlyphText)>,
    forms: BTreeSet<FormId>,
    /// The element and role of each marked piece of content, by its number on the page (MCID).
    marked: Vec<(u32, Role)>,
    /// Whether an artifact sequence is open (see [`Canvas::begin_artifact`]).
    in_artifact: bool,
}

impl Canvas {
    /// An empty page.
    pub fn new() -> Canvas {
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
    fn into_content(mut self) -> Vec<u8> {
        self.end_artifact();
        self.content
    }

    /// Fills a rectangle.
    pub fn fill_rect(&mut self, rect: Rect, colour: Colour) {
        self.begin_artifact();
        self.colour(colour, b"rg");
        self.numbers(&[pt(rect.x), pt(rect.y), pt(rect.w), pt(rect.h)]);
        self.operator(b"re f");
    }

    /// Fills a closed path.
    pub fn fill(&mut self, path: &Path, colour: Colour) {
        self.begin_artifact();
        self.colour(colour, b"rg");
        self.content.extend_from_slice(&path.operators);
        self.operator(b"f");
    }

    /// Strokes an open path (or a closed one when `closed`).
    pub fn stroke(&mut self, path: &Path, stroke: Stroke, closed: bool) {
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
        self.content.extend_from_slice(&path.operators);
        self.operator(if closed { b"s" } else { b"S" });
        self.operator(b"Q");
    }

    /// Strokes a straight line from (x1, y1) to (x2, y2).
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), stroke: Stroke) {
        let path = Path::new().start(from.0, from.1).line_to(to.0, to.1);
        self.stroke(&path, stroke, false);
    }

    /// Draws laid-out text with the top of the block at `top` and its left edge at `left`, as
    /// `tag` says it belongs to the document's structure.
    pub fn text(&mut self, block: &TextBlock, left: f32, top: f32, colour: Colour, tag: Tag) {
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
                let number = self.marked.len();
                self.marked.push((element, role));
                self.content.push(b'/');
                self.content
                    .extend_from_slice(role.structure_type().as_bytes());
                self.content.extend_from_slice(b" <</MCID ");
                push_integer(&mut self.content, number as u64);
                self.operator(b">> BDC");
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

    /// Draws `form` (see [`Document::add_form`]) with its bottom-left corner at (x, y); the
    /// form must belong to the document this canvas becomes a page of.
    pub fn place(&mut self, form: FormId, x: f32, y: f32) {
        self.place_with(form, [1.0, 0.0, 0.0, 1.0, pt(x), pt(y)]);
    }

    /// Draws `form`, made `width` × `height` mm, turned half a turn (upside down) into the
    /// rectangle of that size whose bottom-left corner is at (x, y).
    pub fn place_turned(&mut self, form: FormId, x: f32, y: f32, width: f32, height: f32) {
        self.place_with(form, [-1.0, 0.0, 0.0, -1.0, pt(x + width), pt(y + height)]);
    }

    /// Draws `form` through the transformation `matrix` (PDF's `a b c d e f`, in points).
    fn place_with(&mut self, form: FormId, matrix: [f32; 6]) {
        self.forms.insert(form);
        self.begin_artifact();
        self.operator(b"q");
        self.numbers(&matrix);
        self.operator(b"cm");
        self.content.push(b'/');
        self.content
            .extend_from_slice(form.resource_name().as_bytes());
        self.operator(b" Do");
        self.operator(b"Q");
    }
}

/// A drawing stored once in a document (a PDF form XObject) and placed on any number of its
/// pages with [`Canvas::place`]: a design repeated on thousands of pages is written once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FormId(usize);

impl FormId {
    /// The form's resource name ("Fm1" for the document's first form, and so on).
    fn resource_name(self) -> String {
        format!("Fm{}", self.0 + 1)
    }
}

/// How a duplex printer should turn the sheet, as a hint to print dialogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplex {
    /// Print one side only.
    Simplex,
    /// Two-sided, turning over the long edge.
    FlipLongEdge,
    /// Two-sided, turning over the short edge.
    FlipShortEdge,
}

/// What a PDF says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// The document's title, shown by PDF readers instead of the file name.
    pub title: String,
    /// Who wrote it.
    pub author: String,
    /// What it is, in a sentence.
    pub subject: String,
    /// The language of its text (`en`).
    pub language: String,
    /// Creation and modification time, in seconds since 1970 (see [`crate::date::document_time`]).
    pub time: i64,
    /// The duplex hint, when the document is meant to be printed a particular way.
    pub duplex: Option<Duplex>,
}

/// One page's size and print boxes, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageBoxes {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// The finished size after cutting (TrimBox); the whole page when `None`.
    pub trim: Option<Rect>,
    /// How far printing may extend beyond the trim (BleedBox); the whole page when `None`.
    pub bleed: Option<Rect>,
}

impl PageBoxes {
    /// A page of `width` × `height` mm with no separate trim or bleed.
    pub fn plain(width: f32, height: f32) -> PageBoxes {
        PageBoxes {
            width,
            height,
            trim: None,
            bleed: None,
        }
    }
}

/// One element of the document's structure: what it is, and where its pieces are drawn, as
/// (page number, MCID) in reading order.
#[derive(Debug)]
struct Element {
    role: Role,
    pieces: Vec<(usize, usize)>,
}

/// A PDF being written: pages go into the file as they are added, so memory holds only the
/// finished bytes; [`Document::finish`] adds the fonts and the document's dictionaries.
#[derive(Debug)]
pub struct Document {
    metadata: Metadata,
    writer: ObjectWriter,
    /// The page tree, which every page names as its parent.
    tree: ObjectRef,
    /// The resources every page shares: the fonts and the forms.
    resources: ObjectRef,
    /// The resources every form shares: the fonts only (a form listing itself among its own
    /// resources is a loop some PDF readers refuse).
    form_resources: ObjectRef,
    pages: Vec<ObjectRef>,
    forms: Vec<ObjectRef>,
    fonts: BTreeMap<Style, ObjectRef>,
    used: GlyphsUsed,
    /// The document's structure, by element number.
    elements: BTreeMap<u32, Element>,
    /// For each page, the element of each of its marked pieces, by MCID.
    marked: Vec<Vec<u32>>,
    /// The first page or form that could not be written, reported by [`Document::finish`].
    failure: Option<Error>,
}

impl Document {
    /// An empty document.
    pub fn new(metadata: Metadata) -> Document {
        let mut writer = ObjectWriter::new();
        Document {
            metadata,
            tree: writer.reserve(),
            resources: writer.reserve(),
            form_resources: writer.reserve(),
            writer,
            pages: Vec::new(),
            forms: Vec::new(),
            fonts: BTreeMap::new(),
            used: GlyphsUsed::default(),
            elements: BTreeMap::new(),
            marked: Vec::new(),
            failure: None,
        }
    }

    /// Adds a page drawn on `canvas`. (A failure to write it is reported by
    /// [`Document::finish`].)
    pub fn add_page(&mut self, boxes: PageBoxes, canvas: Canvas) {
        if let Err(error) = self.write_page(boxes, canvas) {
            self.failure.get_or_insert(error);
        }
    }

    fn write_page(&mut self, boxes: PageBoxes, canvas: Canvas) -> Result<()> {
        let number = self.pages.len();
        for (mcid, &(element, role)) in canvas.marked.iter().enumerate() {
            let entry = self.elements.entry(element).or_insert(Element {
                role,
                pieces: Vec::new(),
            });
            entry.pieces.push((number, mcid));
        }
        self.marked
            .push(canvas.marked.iter().map(|&(element, _)| element).collect());
        let content = self.take(canvas)?;
        let whole = Rect::new(0.0, 0.0, boxes.width, boxes.height);
        let page = self.writer.reserve();
        self.writer.object(
            page,
            &format!(
                "<</Type /Page /Parent {} /Resources {} /MediaBox {} /CropBox {} \
                 /BleedBox {} /TrimBox {} /Contents {content} /StructParents {number} /Tabs /S>>",
                self.tree,
                self.resources,
                box_array(whole),
                box_array(whole),
                box_array(boxes.bleed.unwrap_or(whole)),
                box_array(boxes.trim.unwrap_or(whole)),
            ),
        );
        self.pages.push(page);
        Ok(())
    }

    /// Stores the drawing on `canvas` as a form of `width` × `height` mm, to be placed on pages
    /// with [`Canvas::place`]. The form's own origin is its bottom-left corner, and whatever is
    /// drawn outside its `width` × `height` is cut off; a form may not place forms itself. (A
    /// failure to write it is reported by [`Document::finish`].)
    pub fn add_form(&mut self, canvas: Canvas, width: f32, height: f32) -> FormId {
        let form = self.writer.reserve();
        self.forms.push(form);
        if let Err(error) = self.write_form(form, canvas, width, height) {
            self.failure.get_or_insert(error);
        }
        FormId(self.forms.len() - 1)
    }

    fn write_form(
        &mut self,
        form: ObjectRef,
        canvas: Canvas,
        width: f32,
        height: f32,
    ) -> Result<()> {
        if !canvas.forms.is_empty() {
            return Err(Error::new(
                "could not build the PDF: a repeated drawing places another repeated drawing",
            ));
        }
        if !canvas.marked.is_empty() {
            return Err(Error::new(
                "could not build the PDF: a repeated drawing holds text of the document's own",
            ));
        }
        self.record_glyphs(&canvas.drawn);
        self.writer.stream(
            form,
            &format!(
                " /Type /XObject /Subtype /Form /BBox {} /Resources {}",
                box_array(Rect::new(0.0, 0.0, width, height)),
                self.form_resources
            ),
            &canvas.into_content(),
        )
    }

    /// Writes `canvas`'s content stream, recording its glyphs for the font subsets.
    fn take(&mut self, canvas: Canvas) -> Result<ObjectRef> {
        self.check_forms(&canvas)?;
        self.record_glyphs(&canvas.drawn);
        let content = self.writer.reserve();
        self.writer.stream(content, "", &canvas.into_content())?;
        Ok(content)
    }

    fn check_forms(&self, canvas: &Canvas) -> Result<()> {
        match canvas.forms.iter().find(|form| form.0 >= self.forms.len()) {
            Some(form) => Err(Error::new(format!(
                "could not build the PDF: a drawing places the repeated design {}, which this \
                 document does not have",
                form.0 + 1
            ))),
            None => Ok(()),
        }
    }

    fn record_glyphs(&mut self, drawn: &[(Style, u16, GlyphText)]) {
        for &(style, id, text) in drawn {
            self.used.record(style, id, text);
        }
        for style in Style::ALL {
            if self.used.uses(style) && !self.fonts.contains_key(&style) {
                self.fonts.insert(style, self.writer.reserve());
            }
        }
    }

    /// The number of pages so far.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The finished PDF file.
    pub fn finish(self) -> Result<Vec<u8>> {
        finish::finish(self)
    }
}

/// `[llx lly urx ury]` in points.
fn box_array(rect: Rect) -> String {
    number_array(&[pt(rect.x), pt(rect.y), pt(rect.right()), pt(rect.top())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rectangles() {
        let outer = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(outer.contains(&Rect::new(1.0, 1.0, 9.0, 9.0)));
        assert!(!outer.contains(&Rect::new(1.0, 1.0, 9.5, 9.0)));
        assert!(!outer.overlaps(&Rect::new(10.0, 0.0, 5.0, 5.0)));
        assert!(outer.overlaps(&Rect::new(9.0, 9.0, 5.0, 5.0)));
        assert!((pt(25.4) - 72.0).abs() < 1e-4 && (mm(72.0) - 25.4).abs() < 1e-4);
    }

    fn sample_metadata() -> Metadata {
        Metadata {
            title: "Cards".into(),
            author: "Ana Writer".into(),
            subject: "A test".into(),
            language: "en".into(),
            time: 1_700_000_000,
            duplex: Some(Duplex::FlipLongEdge),
        }
    }

    fn sample() -> Document {
        let mut document = Document::new(sample_metadata());
        let block = crate::layout::fit(
            &[crate::layout::Span::new(
                "What’s “kerning”, AVA? Cafe\u{301} Z\u{30C}",
                Style::Italic,
            )],
            &crate::layout::Fit {
                width: 150.0,
                height: 100.0,
                max_size: 14.0,
                min_size: 10.0,
                leading: 1.3,
                breaking: crate::layout::Breaking::Balanced,
                align: crate::layout::Align::Centre,
            },
        )
        .unwrap();
        let mut canvas = Canvas::new();
        canvas.fill_rect(Rect::new(10.0, 10.0, 50.0, 50.0), Colour::grey(0.9));
        canvas.text(
            &block,
            10.0,
            50.0,
            Colour::BLACK,
            Tag::Content {
                element: 1,
                role: Role::Paragraph,
            },
        );
        document.add_page(PageBoxes::plain(70.0, 70.0), canvas);
        document
    }

    #[test]
    fn a_form_is_written_once_and_drawn_where_each_page_places_it() {
        let mut document = sample();
        let mut design = Canvas::new();
        let block = crate::layout::fit(
            &[crate::layout::Span::new("Back", Style::Bold)],
            &crate::layout::Fit {
                width: 30.0,
                height: 20.0,
                max_size: 12.0,
                min_size: 8.0,
                leading: 1.2,
                breaking: crate::layout::Breaking::Balanced,
                align: crate::layout::Align::Centre,
            },
        )
        .unwrap();
        design.fill_rect(Rect::new(0.0, 0.0, 40.0, 30.0), Colour::grey(0.5));
        design.text(&block, 5.0, 25.0, Colour::BLACK, Tag::Artifact);
        let form = document.add_form(design, 40.0, 30.0);
        for x in [0.0, 25.4] {
            let mut page = Canvas::new();
            page.place(form, x, 10.0);
            document.add_page(PageBoxes::plain(70.0, 70.0), page);
        }
        let doc = lopdf::Document::load_mem(&document.finish().unwrap()).unwrap();

        let pages = doc.get_pages();
        assert_eq!(pages.len(), 3);
        let forms: Vec<&lopdf::Stream> = doc
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .filter(|s| {
                s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Form".as_slice())
            })
            .collect();
        assert_eq!(forms.len(), 1);
        let bbox = forms[0].dict.get(b"BBox").unwrap().as_array().unwrap();
        let bbox: Vec<f32> = bbox.iter().map(|v| v.as_float().unwrap()).collect();
        assert!((bbox[2] - pt(40.0)).abs() < 0.01 && (bbox[3] - pt(30.0)).abs() < 0.01);
        // The form's text names a font its own resources hold, with one glyph per letter.
        let content =
            lopdf::content::Content::decode(&forms[0].decompressed_content().unwrap()).unwrap();
        let font = content
            .operations
            .iter()
            .find(|op| op.operator == "Tf")
            .unwrap();
        let resources = forms[0]
            .dict
            .get(b"Resources")
            .unwrap()
            .as_reference()
            .unwrap();
        // Fonts only: a form among its own resources is a loop some readers refuse.
        assert!(!doc.get_dictionary(resources).unwrap().has(b"XObject"));
        let fonts = doc.get_dictionary(resources).unwrap().get(b"Font").unwrap();
        let fonts = doc.dereference(fonts).unwrap().1.as_dict().unwrap();
        assert!(fonts.has(font.operands[0].as_name().unwrap()));
        let shown = content
            .operations
            .iter()
            .find(|op| op.operator == "TJ")
            .unwrap();
        let glyphs = shown.operands[0].as_array().unwrap();
        let bytes: usize = glyphs
            .iter()
            .filter_map(|g| g.as_str().ok())
            .map(<[u8]>::len)
            .sum();
        assert_eq!(bytes, 2 * "Back".len());

        // The second and third pages draw it with one `Do`, 72 pt apart.
        let placements: Vec<f32> = pages
            .values()
            .skip(1)
            .map(|page| {
                let content =
                    lopdf::content::Content::decode(&doc.get_page_content(*page)).unwrap();
                let names: Vec<&str> = content
                    .operations
                    .iter()
                    .map(|op| op.operator.as_str())
                    .collect();
                assert_eq!(names, ["BMC", "q", "cm", "Do", "Q", "EMC"]);
                assert_eq!(content.operations[3].operands[0].as_name().unwrap(), b"Fm1");
                content.operations[2].operands[4].as_float().unwrap()
            })
            .collect();
        assert!((placements[1] - placements[0] - 72.0).abs() < 0.01);
    }

    /// The dictionary `object` is or refers to.
    fn dictionary<'a>(
        doc: &'a lopdf::Document,
        object: &'a lopdf::Object,
    ) -> &'a lopdf::Dictionary {
        doc.dereference(object).unwrap().1.as_dict().unwrap()
    }

    /// A block of one or more lines of `text`, 150 pt wide.
    fn lines(text: &str) -> TextBlock {
        crate::layout::fit(
            &[crate::layout::Span::new(text, Style::Regular)],
            &crate::layout::Fit {
                width: 150.0,
                height: 200.0,
                max_size: 12.0,
                min_size: 12.0,
                leading: 1.2,
                breaking: crate::layout::Breaking::Paragraph,
                align: crate::layout::Align::Left,
            },
        )
        .unwrap()
    }

    #[test]
    fn the_structure_reads_in_element_order_across_pages() {
        let mut document = Document::new(sample_metadata());
        let tag = |element, role| Tag::Content { element, role };
        let write = |canvas: &mut Canvas, text: &str, top: f32, tag: Tag| {
            canvas.text(&lines(text), 10.0, top, Colour::BLACK, tag);
        };
        // Page 1: a heading, element 2 (drawn first), then element 3 begins.
        let mut first = Canvas::new();
        write(&mut first, "Heading", 60.0, tag(2, Role::Heading(1)));
        write(&mut first, "Page one", 40.0, Tag::Artifact);
        write(&mut first, "Begins here", 30.0, tag(3, Role::Paragraph));
        document.add_page(PageBoxes::plain(70.0, 70.0), first);
        // Page 2: element 1 (read first), then element 3 goes on.
        let mut second = Canvas::new();
        write(&mut second, "First of all", 60.0, tag(1, Role::Paragraph));
        write(&mut second, "and ends here", 40.0, tag(3, Role::Paragraph));
        document.add_page(PageBoxes::plain(70.0, 70.0), second);
        let doc = lopdf::Document::load_mem(&document.finish().unwrap()).unwrap();

        let catalog = doc.catalog().unwrap();
        assert!(
            dictionary(&doc, catalog.get(b"MarkInfo").unwrap())
                .get(b"Marked")
                .unwrap()
                .as_bool()
                .unwrap()
        );
        let root = dictionary(&doc, catalog.get(b"StructTreeRoot").unwrap());
        let document_element = dictionary(&doc, root.get(b"K").unwrap());
        assert_eq!(
            document_element.get(b"S").unwrap().as_name().unwrap(),
            b"Document"
        );
        let elements: Vec<&lopdf::Dictionary> = document_element
            .get(b"K")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|e| dictionary(&doc, e))
            .collect();
        let roles: Vec<&[u8]> = elements
            .iter()
            .map(|e| e.get(b"S").unwrap().as_name().unwrap())
            .collect();
        assert_eq!(roles, [b"P".as_slice(), b"H1", b"P"]);
        // Element 3: one piece on each page, page 1's first: named by its MCID on the
        // element's page, then by a reference to page 2.
        let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
        let element_page = elements[2].get(b"Pg").unwrap().as_reference().unwrap();
        assert_eq!(element_page, pages[0]);
        let pieces = elements[2].get(b"K").unwrap().as_array().unwrap();
        assert_eq!(pieces[0].as_i64().unwrap(), 1);
        let later = dictionary(&doc, &pieces[1]);
        assert_eq!(later.get(b"Pg").unwrap().as_reference().unwrap(), pages[1]);
        assert_eq!(later.get(b"MCID").unwrap().as_i64().unwrap(), 1);
        // The parent tree leads page 2's piece 0 back to element 1.
        let parents = dictionary(&doc, root.get(b"ParentTree").unwrap())
            .get(b"Nums")
            .unwrap()
            .as_array()
            .unwrap();
        assert_eq!(parents.len(), 4);
        let page_two = parents[3].as_array().unwrap();
        assert_eq!(dictionary(&doc, &page_two[0]), elements[0]);
        let page = doc.get_dictionary(pages[1]).unwrap();
        assert_eq!(page.get(b"StructParents").unwrap().as_i64().unwrap(), 1);
    }

    #[test]
    fn a_form_may_not_hold_the_documents_own_text() {
        let mut document = sample();
        let mut design = Canvas::new();
        let tag = Tag::Content {
            element: 1,
            role: Role::Paragraph,
        };
        design.text(&lines("Mine"), 0.0, 10.0, Colour::BLACK, tag);
        document.add_form(design, 20.0, 20.0);
        let error = document.finish().unwrap_err();
        assert!(error.message.contains("holds text"), "{error:?}");
    }

    #[test]
    fn a_form_may_not_place_a_form() {
        let mut document = sample();
        let inner = document.add_form(Canvas::new(), 10.0, 10.0);
        let mut outer = Canvas::new();
        outer.place(inner, 0.0, 0.0);
        document.add_form(outer, 20.0, 20.0);
        let error = document.finish().unwrap_err();
        assert!(
            error.message.contains("another repeated drawing"),
            "{error:?}"
        );
    }

    #[test]
    fn a_form_turned_half_a_turn_fills_the_same_rectangle() {
        let mut page = Canvas::new();
        page.place_turned(FormId(0), 10.0, 20.0, 63.0, 88.0);
        let content = String::from_utf8(page.into_content()).unwrap();
        let expected = format!(
            "/Artifact BMC\nq\n-1 0 0 -1 {} {} cm\n/Fm1 Do\nQ\nEMC\n",
            (pt(73.0) * 1000.0).round() / 1000.0,
            (pt(108.0) * 1000.0).round() / 1000.0
        );
        assert_eq!(content, expected);
    }

    #[test]
    fn documents_are_reproducible_and_carry_metadata() {
        let first = sample().finish().unwrap();
        let second = sample().finish().unwrap();
        assert_eq!(first, second);
        let text = String::from_utf8_lossy(&first);
        assert!(text.starts_with("%PDF-"));
        assert!(!text.contains("GTS_PDFXVersion"));
        assert!(text.contains("/PrintScaling /None"));
        assert!(text.contains("/Duplex /DuplexFlipLongEdge"));
        assert!(text.contains("+Vollkorn-Italic"));
        assert!(text.contains("D:20231114221320Z"));
        // PDF/A-1b: an sRGB output intent and XMP metadata that can be read as it is.
        assert!(text.contains("/OutputIntents [") && text.contains("/S /GTS_PDFA1"));
        assert!(text.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    }
}
