//! The document's structure (the tags a screen reader follows): what each [`Role`] is called
//! in a PDF, the elements text drawn with a [`crate::display::Tag`] adds up to, and the
//! structure tree and parent tree they are written as.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use super::syntax::{ObjectRef, ObjectWriter, number_array, text_string};
use super::tree::{self, FANOUT};
use crate::display::Role;

/// The PDF structure type of `role`: `P`, `H1` to `H6`, `Figure`.
pub(super) fn structure_type(role: Role) -> &'static str {
    match role {
        Role::Heading(level) => {
            ["H1", "H2", "H3", "H4", "H5", "H6"][usize::from(level.clamp(1, 6)) - 1]
        }
        Role::Paragraph => "P",
        Role::Figure => "Figure",
    }
}

/// One element of the document's structure: what it is, and where its pieces are drawn, as
/// (page number, MCID) in reading order.
#[derive(Debug)]
pub(super) struct Element {
    /// What it is.
    pub(super) role: Role,
    /// Its pieces, in reading order.
    pub(super) pieces: Vec<(usize, usize)>,
    /// A figure's description (its `/Alt`) and its box on its page in points (left, bottom,
    /// right, top).
    pub(super) figure: Option<(Arc<str>, [f32; 4])>,
}

/// Writes the structure tree: a Document element holding the elements in the order of their
/// numbers (in `Sect` groups of at most [`FANOUT`] when there are more, so that no array
/// outgrows PDF/A-1's limit), each pointing at its pieces on their pages, and the parent tree
/// that leads from each page's marked pieces back to their elements. Returns the tree's root.
pub(super) fn write_tree(
    writer: &mut ObjectWriter,
    pages: &[ObjectRef],
    elements: &BTreeMap<u32, Element>,
    marked: &[Vec<u32>],
) -> ObjectRef {
    let root = writer.reserve();
    let document = writer.reserve();
    let ids: BTreeMap<u32, ObjectRef> = elements
        .keys()
        .map(|&element| (element, writer.reserve()))
        .collect();
    let levels = tree::levels(elements.len());
    let groups = tree::node_objects(writer, &levels, document);
    for (index, (number, element)) in elements.iter().enumerate() {
        // The pieces on the element's first page are named by their MCIDs alone; pieces on
        // later pages (a paragraph running over) by marked-content references.
        let first_page = element.pieces.first().map_or(0, |&(page, _)| page);
        let mut parts = String::new();
        for &(page, mcid) in &element.pieces {
            if page == first_page {
                let _ = write!(parts, "{mcid} ");
            } else {
                let _ = write!(parts, "<</Type /MCR /Pg {} /MCID {mcid}>> ", pages[page]);
            }
        }
        // A figure is read aloud by its description; its box is where it is on the page.
        let figure = element
            .figure
            .as_ref()
            .map_or(String::new(), |(alt, bounds)| {
                format!(
                    " /Alt {} /A <</O /Layout /BBox {}>>",
                    text_string(alt),
                    number_array(bounds)
                )
            });
        writer.object(
            ids[number],
            &format!(
                "<</S /{} /P {} /Pg {} /K [{}]{figure}>>",
                structure_type(element.role),
                groups[0][index / FANOUT],
                pages[first_page],
                parts.trim_end()
            ),
        );
    }
    let order: Vec<ObjectRef> = ids.values().copied().collect();
    for (depth, level) in levels.iter().enumerate() {
        for (index, node) in level.iter().enumerate() {
            let kids = match depth {
                0 => tree::references(&order, node.children.clone()),
                _ => tree::references(&groups[depth - 1], node.children.clone()),
            };
            let (kind, parent) = match groups.get(depth + 1) {
                Some(above) => ("Sect", above[index / FANOUT]),
                None => ("Document", root),
            };
            writer.object(
                groups[depth][index],
                &format!("<</Type /StructElem /S /{kind} /P {parent} /K [{kids}]>>"),
            );
        }
    }
    let parents: Vec<String> = marked
        .iter()
        .map(|elements| {
            let parents: Vec<String> = elements.iter().map(|e| ids[e].to_string()).collect();
            format!("[{}]", parents.join(" "))
        })
        .collect();
    let parent_tree = tree::write_number_tree(writer, &parents);
    writer.object(
        root,
        &format!(
            "<</Type /StructTreeRoot /K {document} /ParentTree {parent_tree} \
             /ParentTreeNextKey {}>>",
            pages.len()
        ),
    );
    root
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::display::{Figure, Item, List, Rect};
    use crate::pdf::{Document, Metadata, PageBoxes, Writing};
    use crate::picture::{Orientation, Picture, Samples};

    #[test]
    fn a_described_picture_is_a_figure_read_by_its_alt_text_and_another_an_artifact() {
        let metadata = Metadata {
            title: "Lac".into(),
            author: "A".into(),
            subject: "B".into(),
            language: "fr".into(),
            time: 0,
            duplex: None,
        };
        let mut document = Document::new(metadata, Writing::File);
        let picture = Arc::new(Picture {
            width: 1,
            height: 1,
            grey: true,
            samples: Samples::Pixels(vec![128]),
            orientation: Orientation::UPRIGHT,
        });
        let image = |x: f32, figure| Item::Image {
            picture: Arc::clone(&picture),
            rect: Rect::new(x, 0.0, 25.4, 25.4),
            figure,
        };
        let lake = Figure {
            element: 1,
            alt: "Un lac à l’aube".into(),
        };
        let list: List = [image(0.0, Some(lake)), image(25.4, None)]
            .into_iter()
            .collect();
        document.add_page(PageBoxes::plain(60.0, 30.0), &list);
        let doc = lopdf::Document::load_mem(&document.finish().unwrap()).unwrap();
        fn dictionary<'a>(
            doc: &'a lopdf::Document,
            object: &'a lopdf::Object,
        ) -> &'a lopdf::Dictionary {
            doc.dereference(object).unwrap().1.as_dict().unwrap()
        }
        let root = dictionary(&doc, doc.catalog().unwrap().get(b"StructTreeRoot").unwrap());
        let top = dictionary(&doc, root.get(b"K").unwrap());
        let elements = top.get(b"K").unwrap().as_array().unwrap();
        assert_eq!(elements.len(), 1, "the undescribed picture is no element");
        let figure = dictionary(&doc, &elements[0]);
        assert_eq!(figure.get(b"S").unwrap().as_name().unwrap(), b"Figure");
        // The description as UTF-16 with its byte-order mark, since it is not plain ASCII.
        let alt = figure.get(b"Alt").unwrap().as_str().unwrap();
        let expected: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("Un lac à l’aube".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(alt, expected);
        let layout = dictionary(&doc, figure.get(b"A").unwrap());
        let bounds: Vec<f32> = layout
            .get(b"BBox")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_float().unwrap())
            .collect();
        assert_eq!(bounds, [0.0, 0.0, 72.0, 72.0]);
        let page = *doc.get_pages().values().next().unwrap();
        let content = String::from_utf8(doc.get_page_content(page)).unwrap();
        assert_eq!(
            content.trim_end(),
            "/Figure <</MCID 0>> BDC\nq\n72 0 0 72 0 0 cm\n/Im1 Do\nQ\nEMC\n\
             /Artifact BMC\nq\n72 0 0 72 72 0 cm\n/Im1 Do\nQ\nEMC"
        );
    }
}
