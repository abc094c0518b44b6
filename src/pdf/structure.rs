//! The document's structure (the tags a screen reader follows): what each [`Role`] is called
//! in a PDF, the elements text drawn with a [`crate::display::Tag`] adds up to, and the
//! structure tree and parent tree they are written as.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use super::syntax::{ObjectRef, ObjectWriter, number_array, text_string};
use super::tree::{self, FANOUT};
use crate::display::Role;

/// The PDF structure type of `role`: `P`, `H1` to `H6`, `Figure`, `Caption`, `TH`, `TD`.
pub(super) fn structure_type(role: Role) -> &'static str {
    match role {
        Role::Heading(level) => {
            ["H1", "H2", "H3", "H4", "H5", "H6"][usize::from(level.clamp(1, 6)) - 1]
        }
        Role::Paragraph => "P",
        Role::Figure => "Figure",
        Role::Caption => "Caption",
        Role::Cell { header: true, .. } => "TH",
        Role::Cell { header: false, .. } => "TD",
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

/// What the Document element holds, in reading order: an element, a figure holding its
/// caption, or a table of rows of cells (each the number of an element that is a
/// [`Role::Cell`]).
#[derive(Debug, PartialEq)]
enum Held {
    Element(u32),
    Figure { figure: u32, caption: u32 },
    Table(Vec<Vec<u32>>),
}

/// The elements in the order of their numbers, a caption numbered just after a figure held
/// by that figure, and cells gathered into rows and rows into tables: a cell begins a new
/// row when its row differs from the cell before's, and a new table when no cell is just
/// before it or it does not come after that cell (an earlier row, or the same row and not a
/// later column). A caption with no figure just before it stands on its own.
fn held(elements: &BTreeMap<u32, Element>) -> Vec<Held> {
    let mut held = Vec::new();
    let mut before: Option<(u32, u32)> = None;
    for (&number, element) in elements {
        let Role::Cell { row, column, .. } = element.role else {
            match held.last_mut() {
                Some(last @ &mut Held::Element(figure))
                    if element.role == Role::Caption
                        && figure + 1 == number
                        && elements[&figure].role == Role::Figure =>
                {
                    *last = Held::Figure {
                        figure,
                        caption: number,
                    };
                }
                _ => held.push(Held::Element(number)),
            }
            before = None;
            continue;
        };
        let goes_on = before.is_some_and(|(r, c)| row > r || (row == r && column > c));
        match held.last_mut() {
            Some(Held::Table(rows)) if goes_on => match rows.last_mut() {
                Some(cells) if before.is_some_and(|(r, _)| r == row) => cells.push(number),
                _ => rows.push(vec![number]),
            },
            _ => held.push(Held::Table(vec![vec![number]])),
        }
        before = Some((row, column));
    }
    held
}

/// An element's attributes: a figure's description and box, a header cell's scope.
fn attributes(element: &Element) -> String {
    match (&element.figure, element.role) {
        // A figure is read aloud by its description; its box is where it is on the page.
        (Some((alt, bounds)), _) => format!(
            " /Alt {} /A <</O /Layout /BBox {}>>",
            text_string(alt),
            number_array(bounds)
        ),
        (None, Role::Cell { header: true, .. }) => " /A <</O /Table /Scope /Column>>".to_string(),
        _ => String::new(),
    }
}

/// Writes the structure tree: a Document element holding the elements in the order of their
/// numbers, a figure's caption as the figure's last child (after the picture, as printed: a
/// reader of the figure's `/Alt` skips what the figure holds, so the caption, which repeats
/// the description, is not read twice), table cells in `TR` rows in `Table`s (in `Sect`
/// groups of at most [`FANOUT`] when there are more, so that no array outgrows PDF/A-1's
/// limit), each pointing at its pieces on their pages, and the parent tree that leads from
/// each page's marked pieces back to their elements. Returns the tree's root.
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
    let held = held(elements);
    let levels = tree::levels(held.len());
    let groups = tree::node_objects(writer, &levels, document);
    // Each element's parent, each figure's caption, and what the bottom groups hold, tables
    // written on the way.
    let mut parent = BTreeMap::new();
    let mut captions = BTreeMap::new();
    let mut order = Vec::with_capacity(held.len());
    for (index, held) in held.iter().enumerate() {
        let group = groups[0][index / FANOUT];
        match held {
            Held::Element(number) => {
                parent.insert(*number, group);
                order.push(ids[number]);
            }
            Held::Figure { figure, caption } => {
                parent.insert(*figure, group);
                parent.insert(*caption, ids[figure]);
                captions.insert(*figure, ids[caption]);
                order.push(ids[figure]);
            }
            Held::Table(rows) => {
                let table = writer.reserve();
                let mut row_ids = Vec::with_capacity(rows.len());
                for cells in rows {
                    let row = writer.reserve();
                    let cell_ids: Vec<ObjectRef> = cells.iter().map(|cell| ids[cell]).collect();
                    parent.extend(cells.iter().map(|&cell| (cell, row)));
                    let kids = tree::references(&cell_ids, 0..cell_ids.len());
                    writer.object(
                        row,
                        &format!("<</Type /StructElem /S /TR /P {table} /K [{kids}]>>"),
                    );
                    row_ids.push(row);
                }
                let kids = tree::references(&row_ids, 0..row_ids.len());
                writer.object(
                    table,
                    &format!("<</Type /StructElem /S /Table /P {group} /K [{kids}]>>"),
                );
                order.push(table);
            }
        }
    }
    for (number, element) in elements {
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
        if let Some(caption) = captions.get(number) {
            let _ = write!(parts, "{caption}");
        }
        writer.object(
            ids[number],
            &format!(
                "<</S /{} /P {} /Pg {} /K [{}]{}>>",
                structure_type(element.role),
                parent[number],
                pages[first_page],
                parts.trim_end(),
                attributes(element)
            ),
        );
    }
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
    use std::collections::BTreeMap;
    use std::sync::Arc;

    use super::{Element, Held, held};
    use crate::display::Role;

    /// Elements of `roles`, numbered from 1, each one piece.
    fn numbered(roles: &[Role]) -> BTreeMap<u32, Element> {
        (1..)
            .zip(roles)
            .map(|(number, &role)| {
                let element = Element {
                    role,
                    pieces: vec![(0, number as usize)],
                    figure: None,
                };
                (number, element)
            })
            .collect()
    }

    #[test]
    fn cells_one_after_another_are_gathered_into_rows_and_tables() {
        let cell = |header, row, column| Role::Cell {
            header,
            row,
            column,
        };
        // A paragraph, a table of a header row and two rows (the second with its first cell
        // empty), a table of a header row alone, and straight after it another table.
        let roles = [
            Role::Paragraph,
            cell(true, 0, 0),
            cell(true, 0, 1),
            cell(false, 1, 0),
            cell(false, 1, 1),
            cell(false, 2, 1),
            Role::Paragraph,
            cell(true, 0, 0),
            cell(true, 0, 0),
            cell(false, 1, 0),
        ];
        assert_eq!(
            held(&numbered(&roles)),
            [
                Held::Element(1),
                Held::Table(vec![vec![2, 3], vec![4, 5], vec![6]]),
                Held::Element(7),
                Held::Table(vec![vec![8]]),
                Held::Table(vec![vec![9], vec![10]]),
            ]
        );
    }

    #[test]
    fn a_caption_just_after_a_figure_is_held_by_it_and_another_stands_alone() {
        let roles = [
            Role::Figure,
            Role::Caption,
            Role::Paragraph,
            Role::Caption,
            Role::Figure,
            Role::Figure,
            Role::Caption,
        ];
        assert_eq!(
            held(&numbered(&roles)),
            [
                Held::Figure {
                    figure: 1,
                    caption: 2
                },
                Held::Element(3),
                Held::Element(4),
                Held::Element(5),
                Held::Figure {
                    figure: 6,
                    caption: 7
                },
            ]
        );
    }

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
