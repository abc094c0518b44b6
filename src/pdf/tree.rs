//! Balanced trees for what would otherwise be one long array: the page tree, the parent tree
//! (a number tree from page to its marked pieces' elements) and the structure tree's groups.
//!
//! PDF/A-1 allows at most 8,191 elements in an array, and a 10,000-question deck has 20,002
//! pages; so every node here holds at most [`FANOUT`] children, and nodes are grouped under
//! nodes until one is left. A document small enough for one node (the seed's) gets exactly
//! the single node it always had.

use std::fmt::Write as _;
use std::ops::Range;

use super::syntax::{ObjectRef, ObjectWriter};

/// The most children a node holds: well under PDF/A-1's 8,191 elements an array may have,
/// even in the parent tree's leaves, which hold two elements (key and value) for each page.
pub(super) const FANOUT: usize = 2048;
const _: () = assert!(
    2 * FANOUT < 8_191,
    "a number-tree leaf must fit in one array"
);

/// One node of a balanced tree.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Node {
    /// The nodes of the level below it holds (at the bottom level, the items).
    pub(super) children: Range<usize>,
    /// The items under it, at any depth.
    pub(super) items: Range<usize>,
}

/// The levels of a balanced tree over `count` items, bottom first: each node holds at most
/// [`FANOUT`] nodes of the level below (the bottom level's nodes hold the items), and the
/// last level is the one root. When `count` ≤ [`FANOUT`] (none included) that root is the
/// only level and holds the items itself. Node `i` of a level is held by node `i / FANOUT`
/// of the level above.
pub(super) fn levels(count: usize) -> Vec<Vec<Node>> {
    let bottom: Vec<Node> = (0..count.div_ceil(FANOUT).max(1))
        .map(|index| {
            let items = index * FANOUT..((index + 1) * FANOUT).min(count);
            Node {
                children: items.clone(),
                items,
            }
        })
        .collect();
    let mut levels = vec![bottom];
    while let Some(below) = levels.last().filter(|level| level.len() > 1) {
        let above = below
            .chunks(FANOUT)
            .enumerate()
            .map(|(index, nodes)| Node {
                children: index * FANOUT..index * FANOUT + nodes.len(),
                items: nodes[0].items.start..nodes[nodes.len() - 1].items.end,
            })
            .collect();
        levels.push(above);
    }
    levels
}

/// `refs[range]` as the inside of a PDF array: `"1 0 R 2 0 R"`.
pub(super) fn references(refs: &[ObjectRef], range: Range<usize>) -> String {
    let mut list = String::with_capacity(range.len() * 10);
    for id in &refs[range] {
        let _ = write!(list, "{id} ");
    }
    list.truncate(list.trim_end().len());
    list
}

/// For each level of `levels` but the top, a new object for each node; the top level's one
/// node is `top`.
pub(super) fn node_objects(
    writer: &mut ObjectWriter,
    levels: &[Vec<Node>],
    top: ObjectRef,
) -> Vec<Vec<ObjectRef>> {
    let mut objects: Vec<Vec<ObjectRef>> = levels[..levels.len() - 1]
        .iter()
        .map(|level| level.iter().map(|_| writer.reserve()).collect())
        .collect();
    objects.push(vec![top]);
    objects
}

/// The page-tree node that page `number` names as its parent: `leaves[number / FANOUT]`,
/// reserved when the page is the first of its node (`leaves` starts with the first node).
pub(super) fn page_parent(
    writer: &mut ObjectWriter,
    leaves: &mut Vec<ObjectRef>,
    number: usize,
) -> ObjectRef {
    let leaf = number / FANOUT;
    while leaves.len() <= leaf {
        leaves.push(writer.reserve());
    }
    leaves[leaf]
}

/// Writes the page tree over `pages`, whose bottom nodes are `leaves` (as [`page_parent`]
/// gave them out), and returns its root.
pub(super) fn write_page_tree(
    writer: &mut ObjectWriter,
    pages: &[ObjectRef],
    leaves: &[ObjectRef],
) -> ObjectRef {
    let levels = levels(pages.len());
    let mut objects = vec![leaves.to_vec()];
    for level in &levels[1..] {
        objects.push(level.iter().map(|_| writer.reserve()).collect());
    }
    for (depth, level) in levels.iter().enumerate() {
        for (index, node) in level.iter().enumerate() {
            let kids = match depth {
                0 => references(pages, node.children.clone()),
                _ => references(&objects[depth - 1], node.children.clone()),
            };
            let parent = match objects.get(depth + 1) {
                Some(above) => format!(" /Parent {}", above[index / FANOUT]),
                None => String::new(),
            };
            writer.object(
                objects[depth][index],
                &format!(
                    "<</Type /Pages{parent} /Count {} /Kids [{kids}]>>",
                    node.items.len()
                ),
            );
        }
    }
    objects[levels.len() - 1][0]
}

/// Writes a number tree whose keys are 0, 1, 2… and whose values are `values` (each written
/// as it is), and returns its root.
pub(super) fn write_number_tree(writer: &mut ObjectWriter, values: &[String]) -> ObjectRef {
    let levels = levels(values.len());
    let root = writer.reserve();
    let objects = node_objects(writer, &levels, root);
    for (depth, level) in levels.iter().enumerate() {
        let is_root = depth == levels.len() - 1;
        for (index, node) in level.iter().enumerate() {
            // The root has no /Limits; every other node says which keys it covers.
            let limits = if is_root {
                String::new()
            } else {
                format!(
                    "/Limits [{} {}] ",
                    node.items.start,
                    node.items.end.saturating_sub(1)
                )
            };
            let body = match depth {
                0 => {
                    let mut numbers = String::new();
                    for key in node.children.clone() {
                        let _ = write!(numbers, "{key} {} ", values[key]);
                    }
                    format!("<<{limits}/Nums [{}]>>", numbers.trim_end())
                }
                _ => format!(
                    "<<{limits}/Kids [{}]>>",
                    references(&objects[depth - 1], node.children.clone())
                ),
            };
            writer.object(objects[depth][index], &body);
        }
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_tree_is_one_node_holding_the_items() {
        for count in [0, 1, FANOUT] {
            let levels = levels(count);
            assert_eq!(levels.len(), 1);
            assert_eq!(
                levels[0],
                [Node {
                    children: 0..count,
                    items: 0..count
                }]
            );
        }
    }

    #[test]
    fn a_large_tree_has_every_item_once_and_no_node_too_wide() {
        for count in [FANOUT + 1, 20_002, FANOUT * FANOUT + 5] {
            let levels = levels(count);
            assert_eq!(levels.last().unwrap().len(), 1);
            assert_eq!(levels.last().unwrap()[0].items, 0..count);
            let bottom: Vec<usize> = levels[0]
                .iter()
                .flat_map(|node| node.children.clone())
                .collect();
            assert_eq!(bottom, (0..count).collect::<Vec<_>>());
            for (depth, level) in levels.iter().enumerate() {
                for (index, node) in level.iter().enumerate() {
                    assert!(!node.children.is_empty() && node.children.len() <= FANOUT);
                    if let Some(above) = levels.get(depth + 1) {
                        assert!(above[index / FANOUT].children.contains(&index));
                    }
                }
            }
        }
        assert_eq!(levels(FANOUT * FANOUT + 5).len(), 3);
    }

    use crate::colour::Colour;
    use crate::display::{Item, List, Role, Tag};
    use crate::layout::{self, Style};
    use crate::pdf::{Document, Metadata, PageBoxes};
    use lopdf::{Dictionary, Object, ObjectId};

    /// A document of `pages` pages, each with two tagged paragraphs (elements `2n`, `2n + 1`).
    fn large_document(pages: usize) -> lopdf::Document {
        let metadata = Metadata {
            title: "Many".into(),
            author: "A".into(),
            subject: "B".into(),
            language: "en".into(),
            time: 0,
            duplex: None,
        };
        let mut document = Document::new(metadata, crate::pdf::Writing::File);
        let block = layout::fit(
            &[layout::Span::new("Hi", Style::Regular)],
            &layout::Fit {
                width: 50.0,
                height: 50.0,
                max_size: 10.0,
                min_size: 10.0,
                leading: 1.2,
                breaking: layout::Breaking::Paragraph,
                align: layout::Align::Left,
            },
        )
        .unwrap();
        for page in 0..pages {
            let list: List = (0..2)
                .map(|piece| {
                    let tag = Tag::Content {
                        element: u32::try_from(page * 2 + piece).unwrap(),
                        role: Role::Paragraph,
                    };
                    Item::text(&block, 5.0, 20.0 - piece as f32 * 5.0, Colour::BLACK, tag)
                })
                .collect();
            document.add_page(PageBoxes::plain(30.0, 30.0), &list);
        }
        lopdf::Document::load_mem(&document.finish().unwrap()).unwrap()
    }

    fn longest_array(object: &Object) -> usize {
        match object {
            Object::Array(items) => items
                .iter()
                .map(longest_array)
                .max()
                .unwrap_or(0)
                .max(items.len()),
            Object::Dictionary(dictionary) => longest_in(dictionary),
            Object::Stream(stream) => longest_in(&stream.dict),
            _ => 0,
        }
    }

    fn longest_in(dictionary: &Dictionary) -> usize {
        dictionary
            .iter()
            .map(|(_, value)| longest_array(value))
            .max()
            .unwrap_or(0)
    }

    fn get<'a>(doc: &'a lopdf::Document, dictionary: &'a Dictionary, key: &[u8]) -> &'a Object {
        doc.dereference(dictionary.get(key).unwrap()).unwrap().1
    }

    fn reference(dictionary: &Dictionary, key: &[u8]) -> ObjectId {
        dictionary.get(key).unwrap().as_reference().unwrap()
    }

    /// The value of `key` in the number tree `node`, found through /Kids and /Limits.
    fn look_up<'a>(doc: &'a lopdf::Document, node: &'a Dictionary, key: i64) -> &'a Object {
        if let Ok(numbers) = node.get(b"Nums") {
            let numbers = numbers.as_array().unwrap();
            let at = numbers
                .chunks(2)
                .position(|pair| pair[0].as_i64().unwrap() == key)
                .unwrap();
            return &numbers[at * 2 + 1];
        }
        let kids = get(doc, node, b"Kids").as_array().unwrap();
        let kid = kids
            .iter()
            .map(|kid| doc.dereference(kid).unwrap().1.as_dict().unwrap())
            .find(|kid| {
                let limits = get(doc, kid, b"Limits").as_array().unwrap();
                (limits[0].as_i64().unwrap()..=limits[1].as_i64().unwrap()).contains(&key)
            })
            .unwrap();
        look_up(doc, kid, key)
    }

    /// The page count under the page-tree node `id`, checked against its /Count, with every
    /// kid naming it as /Parent; the pages in order go into `pages`.
    fn walk_pages(doc: &lopdf::Document, id: ObjectId, pages: &mut Vec<ObjectId>) -> i64 {
        let node = doc.get_dictionary(id).unwrap();
        if node.get(b"Type").unwrap().as_name().unwrap() == b"Page" {
            pages.push(id);
            return 1;
        }
        let mut count = 0;
        for kid in get(doc, node, b"Kids").as_array().unwrap() {
            let kid = kid.as_reference().unwrap();
            assert_eq!(reference(doc.get_dictionary(kid).unwrap(), b"Parent"), id);
            count += walk_pages(doc, kid, pages);
        }
        assert_eq!(node.get(b"Count").unwrap().as_i64().unwrap(), count);
        count
    }

    #[test]
    fn a_document_of_thousands_of_pages_keeps_every_array_within_pdf_a_1s_limit() {
        // Enough pages for flat arrays (4,200 /Nums, 2,100 /Kids, 4,200 elements) to outgrow
        // the nodes, few enough for a quick test: a 10,000-question deck is CI's to check.
        let pages = FANOUT + 52;
        let doc = large_document(pages);
        let longest = doc.objects.values().map(longest_array).max().unwrap();
        assert!(longest <= 2 * FANOUT, "an array of {longest} elements");

        // The page tree: every page once and in order, counts that add up, parents that match.
        let catalog = doc.catalog().unwrap();
        let mut order = Vec::new();
        assert_eq!(
            walk_pages(&doc, reference(catalog, b"Pages"), &mut order),
            pages as i64
        );
        assert_eq!(order, doc.get_pages().into_values().collect::<Vec<_>>());
        let root = get(&doc, catalog, b"Pages").as_dict().unwrap();
        assert!(get(&doc, root, b"Kids").as_array().unwrap().len() > 1);

        // The structure: Document → groups → paragraphs, 2 per page, each under its group.
        let tree = get(&doc, catalog, b"StructTreeRoot").as_dict().unwrap();
        let document = get(&doc, tree, b"K").as_dict().unwrap();
        let mut paragraphs = Vec::new();
        for group in get(&doc, document, b"K").as_array().unwrap() {
            let group_id = group.as_reference().unwrap();
            let group = doc.get_dictionary(group_id).unwrap();
            assert_eq!(group.get(b"S").unwrap().as_name().unwrap(), b"Sect");
            for element in get(&doc, group, b"K").as_array().unwrap() {
                let id = element.as_reference().unwrap();
                assert_eq!(reference(doc.get_dictionary(id).unwrap(), b"P"), group_id);
                paragraphs.push(id);
            }
        }
        assert_eq!(paragraphs.len(), pages * 2);

        // The parent tree leads a late page's two pieces back to its two paragraphs.
        let parents = get(&doc, tree, b"ParentTree").as_dict().unwrap();
        for page in [0, 2_047, 2_048, pages - 1] {
            let page_id = order[page];
            let key = doc.get_dictionary(page_id).unwrap().get(b"StructParents");
            let key = key.unwrap().as_i64().unwrap();
            let found = doc.dereference(look_up(&doc, parents, key)).unwrap().1;
            let found: Vec<ObjectId> = found
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e.as_reference().unwrap())
                .collect();
            assert_eq!(found, paragraphs[page * 2..page * 2 + 2]);
            let element = doc.get_dictionary(found[1]).unwrap();
            assert_eq!(reference(element, b"Pg"), page_id);
        }
    }
}
