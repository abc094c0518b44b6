//! A PDF being written: pages and forms go into the file as they are added (drawn from
//! display lists by [`super::draw`]), their glyphs and structure recorded for
//! [`super::finish`].

use std::collections::BTreeMap;
use std::sync::Arc;

use super::annotations::{self, Link};
use super::canvas::Canvas;
use super::fonts::GlyphsUsed;
use super::metadata::Metadata;
use super::pictures::Pictures;
use super::structure::Element;
use super::syntax::{ObjectRef, ObjectWriter, Writing, number_array};
use super::{draw, finish, tree};
use crate::display::{FormId, FormStore, List, Rect, pt};
use crate::error::{Error, Result};
use crate::layout::{GlyphText, Style};

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

/// A PDF being written: pages go into the file as they are added, so memory holds only the
/// finished bytes; [`Document::finish`] adds the fonts and the document's dictionaries.
#[derive(Debug)]
pub struct Document {
    pub(super) metadata: Metadata,
    pub(super) writer: ObjectWriter,
    /// The page tree's bottom nodes, which pages name as their parents
    /// ([`super::tree::page_parent`]); the first is reserved with the document.
    pub(super) leaves: Vec<ObjectRef>,
    /// The resources every page shares: the fonts and the forms.
    pub(super) resources: ObjectRef,
    /// The resources every form shares: the fonts only (a form listing itself among its own
    /// resources is a loop some PDF readers refuse).
    pub(super) form_resources: ObjectRef,
    pub(super) pages: Vec<ObjectRef>,
    pub(super) forms: Vec<ObjectRef>,
    /// The pictures drawn, each stored once.
    pub(super) pictures: Pictures,
    pub(super) fonts: BTreeMap<Style, ObjectRef>,
    pub(super) used: GlyphsUsed,
    /// The document's structure, by element number.
    pub(super) elements: BTreeMap<u32, Element>,
    /// For each page, the element of each of its marked pieces, by MCID.
    pub(super) marked: Vec<Vec<u32>>,
    /// The first page or form that could not be written, reported by [`Document::finish`].
    pub(super) failure: Option<Error>,
}

impl FormStore<'_> for Document {
    fn add_form(&mut self, list: &List, width: f32, height: f32) -> FormId {
        Document::add_form(self, list, width, height)
    }
}

impl Document {
    /// An empty document, written as a file or only fingerprinted (see [`Writing`]).
    pub fn new(metadata: Metadata, writing: Writing) -> Document {
        let mut writer = ObjectWriter::new(writing);
        Document {
            metadata,
            leaves: vec![writer.reserve()],
            resources: writer.reserve(),
            form_resources: writer.reserve(),
            writer,
            pages: Vec::new(),
            forms: Vec::new(),
            pictures: Pictures::default(),
            fonts: BTreeMap::new(),
            used: GlyphsUsed::default(),
            elements: BTreeMap::new(),
            marked: Vec::new(),
            failure: None,
        }
    }

    /// Adds a page showing `list`. (A failure to write it is reported by
    /// [`Document::finish`].)
    pub fn add_page(&mut self, boxes: PageBoxes, list: &List) {
        self.add_page_with_links(boxes, list, &[]);
    }

    /// Adds a page showing `list`, with `links` to click on it. (A failure to write it is
    /// reported by [`Document::finish`].)
    pub fn add_page_with_links(&mut self, boxes: PageBoxes, list: &List, links: &[Link]) {
        let canvas = self.canvas(list);
        if let Err(error) = self.write_page(boxes, canvas, links) {
            self.failure.get_or_insert(error);
        }
    }

    /// `list` drawn, the pictures it shows for the first time written into the file.
    fn canvas(&mut self, list: &List) -> Canvas {
        let (pictures, writer) = (&mut self.pictures, &mut self.writer);
        let canvas = draw::canvas(list, &mut |picture| pictures.number(writer, picture));
        if let Err(error) = self.pictures.write_pending(&mut self.writer) {
            self.failure.get_or_insert(error);
        }
        canvas
    }

    fn write_page(&mut self, boxes: PageBoxes, canvas: Canvas, links: &[Link]) -> Result<()> {
        let number = self.pages.len();
        for (mcid, &(element, role)) in canvas.marked.iter().enumerate() {
            let entry = self.elements.entry(element).or_insert(Element {
                role,
                pieces: Vec::new(),
                figure: None,
            });
            entry.pieces.push((number, mcid));
        }
        for (element, alt, bounds) in &canvas.figures {
            if let Some(entry) = self.elements.get_mut(element) {
                entry.figure = Some((Arc::clone(alt), *bounds));
            }
        }
        self.marked
            .push(canvas.marked.iter().map(|&(element, _)| element).collect());
        let content = self.take(canvas)?;
        let whole = Rect::new(0.0, 0.0, boxes.width, boxes.height);
        let parent = tree::page_parent(&mut self.writer, &mut self.leaves, number);
        let page = self.writer.reserve();
        self.writer.object(
            page,
            &format!(
                "<</Type /Page /Parent {} /Resources {} /MediaBox {} /CropBox {} \
                 /BleedBox {} /TrimBox {} /Contents {content} /StructParents {number} /Tabs /S{}>>",
                parent,
                self.resources,
                box_array(whole),
                box_array(whole),
                box_array(boxes.bleed.unwrap_or(whole)),
                box_array(boxes.trim.unwrap_or(whole)),
                annotations::annots_entry(links),
            ),
        );
        self.pages.push(page);
        Ok(())
    }

    /// Stores the drawing `list` as a form of `width` × `height` mm, to be placed on pages
    /// with [`crate::display::Item::Form`]. The form's own origin is its bottom-left corner, and whatever is
    /// drawn outside its `width` × `height` is cut off; a form may not place forms itself. (A
    /// failure to write it is reported by [`Document::finish`].)
    pub fn add_form(&mut self, list: &List, width: f32, height: f32) -> FormId {
        let form = self.writer.reserve();
        self.forms.push(form);
        let canvas = self.canvas(list);
        if let Err(error) = self.write_form(form, canvas, width, height) {
            self.failure.get_or_insert(error);
        }
        FormId::new(self.forms.len() - 1)
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
        match canvas
            .forms
            .iter()
            .find(|form| form.index() >= self.forms.len())
        {
            Some(form) => Err(Error::new(format!(
                "could not build the PDF: a drawing places the repeated design {}, which this \
                 document does not have",
                form.index() + 1
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
        let (writer, catalog, info) = finish::finish(self)?;
        writer.finish(catalog, info)
    }

    /// The /ID the finished file has, without writing it (the document may have been made
    /// with [`Writing::Fingerprint`]).
    pub fn id(self) -> Result<String> {
        let (writer, _, _) = finish::finish(self)?;
        Ok(writer.id())
    }
}

/// `[llx lly urx ury]` in points.
fn box_array(rect: Rect) -> String {
    number_array(&[pt(rect.x), pt(rect.y), pt(rect.right()), pt(rect.top())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour::Colour;
    use crate::display::{Item, Role, Tag};
    use crate::layout::TextBlock;
    use crate::pdf::Duplex;

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
        let mut document = Document::new(sample_metadata(), Writing::File);
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
        let mut page = List::new();
        page.push(Item::FillRect {
            rect: Rect::new(10.0, 10.0, 50.0, 50.0),
            colour: Colour::grey(0.9),
        });
        page.push(Item::text(
            &block,
            10.0,
            50.0,
            Colour::BLACK,
            Tag::Content {
                element: 1,
                role: Role::Paragraph,
            },
        ));
        document.add_page(PageBoxes::plain(70.0, 70.0), &page);
        document
    }

    #[test]
    fn a_form_is_written_once_and_drawn_where_each_page_places_it() {
        let mut document = sample();
        let mut design = List::new();
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
        design.push(Item::FillRect {
            rect: Rect::new(0.0, 0.0, 40.0, 30.0),
            colour: Colour::grey(0.5),
        });
        design.push(Item::text(&block, 5.0, 25.0, Colour::BLACK, Tag::Artifact));
        let form = document.add_form(&design, 40.0, 30.0);
        for x in [0.0, 25.4] {
            let page: List = [Item::form(form, x, 10.0)].into_iter().collect();
            document.add_page(PageBoxes::plain(70.0, 70.0), &page);
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
        let mut document = Document::new(sample_metadata(), Writing::File);
        let tag = |element, role| Tag::Content { element, role };
        let blocks: Vec<TextBlock> = [
            "Heading",
            "Page one",
            "Begins here",
            "First of all",
            "and ends here",
        ]
        .map(lines)
        .into();
        let text = |block: usize, top: f32, tag: Tag| {
            Item::text(&blocks[block], 10.0, top, Colour::BLACK, tag)
        };
        // Page 1: a heading, element 2 (drawn first), then element 3 begins.
        let mut first = List::new();
        first.push(text(0, 60.0, tag(2, Role::Heading(1))));
        first.push(text(1, 40.0, Tag::Artifact));
        first.push(text(2, 30.0, tag(3, Role::Paragraph)));
        document.add_page(PageBoxes::plain(70.0, 70.0), &first);
        // Page 2: element 1 (read first), then element 3 goes on.
        let mut second = List::new();
        second.push(text(3, 60.0, tag(1, Role::Paragraph)));
        second.push(text(4, 40.0, tag(3, Role::Paragraph)));
        document.add_page(PageBoxes::plain(70.0, 70.0), &second);
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
        let tag = Tag::Content {
            element: 1,
            role: Role::Paragraph,
        };
        let mine = lines("Mine");
        let design: List = [Item::text(&mine, 0.0, 10.0, Colour::BLACK, tag)]
            .into_iter()
            .collect();
        document.add_form(&design, 20.0, 20.0);
        let error = document.finish().unwrap_err();
        assert!(error.message.contains("holds text"), "{error:?}");
    }

    #[test]
    fn a_form_may_not_place_a_form() {
        let mut document = sample();
        let inner = document.add_form(&List::new(), 10.0, 10.0);
        let outer: List = [Item::form(inner, 0.0, 0.0)].into_iter().collect();
        document.add_form(&outer, 20.0, 20.0);
        let error = document.finish().unwrap_err();
        assert!(
            error.message.contains("another repeated drawing"),
            "{error:?}"
        );
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
