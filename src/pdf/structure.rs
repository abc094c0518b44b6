//! The document's structure (the tags a screen reader follows): what each [`Role`] is called
//! in a PDF, the elements text drawn with a [`crate::display::Tag`] adds up to, and the
//! structure tree and parent tree they are written as.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::syntax::{ObjectRef, ObjectWriter};
use super::tree::{self, FANOUT};
use crate::display::Role;

/// The PDF structure type of `role`: `P`, `H1` to `H6`.
pub(super) fn structure_type(role: Role) -> &'static str {
    match role {
        Role::Heading(level) => {
            ["H1", "H2", "H3", "H4", "H5", "H6"][usize::from(level.clamp(1, 6)) - 1]
        }
        Role::Paragraph => "P",
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
        writer.object(
            ids[number],
            &format!(
                "<</S /{} /P {} /Pg {} /K [{}]>>",
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
