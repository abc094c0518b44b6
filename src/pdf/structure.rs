//! The document's structure (the tags a screen reader follows): what each [`Role`] is called
//! in a PDF, and the elements text drawn with a [`crate::display::Tag`] adds up to.

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
