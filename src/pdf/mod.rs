//! PDF writing shared by every printable: display lists drawn as PDF content, text drawn as
//! the glyphs [`crate::layout`] measured, fonts subset and embedded, print boxes, the
//! structure tree, metadata, and bytes that are the same for the same content.
//!
//! A [`Document`] takes each page as a [`crate::display::List`] and writes it at once: `draw`
//! turns the list into a `canvas` (the page's content stream), which is deflated into the file,
//! so a deck of 10,000 cards never sits in memory as anything but finished bytes. (deckle used
//! printpdf 0.12 for the whole document before: it holds every page as operations, then as
//! lopdf objects, then as bytes, which took 1 GiB for 10,000 cards. printpdf still writes the
//! fonts' ToUnicode maps.)
//!
//! - `annotations`: links a reader can click;
//! - `canvas`: a page's content stream as it is drawn;
//! - `draw`: the display list onto a canvas, the one place that happens;
//! - `document`: pages and forms as they are added, with their glyphs and structure;
//! - `structure`: the structure tree's elements; `metadata`: what a PDF says about itself;
//! - `finish`: fonts, resources, page tree, catalog, PDF/A metadata;
//! - `tree`: balanced page, number and structure trees, for PDF/A-1's array limit;
//! - `pictures`: each picture stored once as an image;
//! - `fonts`, `subset`: the embedded fonts; `colour_profile`: sRGB; `syntax`: PDF objects;
//! - `keep`: a previous build's file kept when it is the same document.

mod annotations;
mod canvas;
mod colour_profile;
mod document;
mod draw;
mod finish;
mod fonts;
mod keep;
mod metadata;
mod pictures;
mod structure;
mod subset;
mod syntax;
mod tree;

pub use annotations::Link;
pub use document::{Document, PageBoxes};
pub use keep::pdf_unless_unchanged;
pub use metadata::{Duplex, Metadata};
pub use subset::web_subset;
pub use syntax::{Writing, fingerprint};
