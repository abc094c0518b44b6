//! The display list: what a printable page shows, as a list of items to draw in order (text
//! blocks, filled rectangles and paths, stroked paths, pictures, placed forms), in one unit system for
//! every printable.
//!
//! The card deck and the booklet lay out their pages into [`List`]s; [`crate::pdf`] turns a
//! list into PDF drawing, in one place (`pdf/draw.rs`). Nothing here is PDF: what a PDF alone
//! needs (which text belongs to the document's structure and as what, which is an artifact) is
//! data on the items ([`Tag`]), which a PDF writer reads and a rasteriser may ignore.
//!
//! Units and origin (see [`geometry`]): positions in millimetres from the bottom-left corner,
//! y upwards; line widths and type in points.

pub mod geometry;

use std::borrow::Cow;
use std::sync::Arc;

pub use geometry::{Path, Rect, Segment, Stroke, mm, pt};

use crate::colour::Colour;
use crate::layout::TextBlock;
use crate::picture::Picture;

/// What a piece of text is to a reader who follows the document's structure (a screen reader,
/// a viewer that reflows text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A heading; 1 is the highest level.
    Heading(u8),
    /// Running text: a paragraph, a question, the caption of a picture with no description.
    Paragraph,
    /// A picture read aloud by its description (only a [`Figure`] has it).
    Figure,
    /// The caption printed with the figure numbered just before it: the figure's last child
    /// in the structure, so that a reader who hears the figure's description does not hear
    /// its caption too.
    Caption,
    /// A table's cell: in its header row (a column's heading) or not, in row `row` and column
    /// `column` of its table, both from 0, the header row 0. Cells drawn one after another are
    /// one table while each comes after the one before (a later row, or a later column of
    /// the same row).
    Cell {
        /// Whether it is in the header row.
        header: bool,
        /// Its row.
        row: u32,
        /// Its column.
        column: u32,
    },
}

/// How text belongs to the document's structure (the tags that let a screen reader read a PDF
/// in order).
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

/// A picture as the document's structure has it, for a reader who cannot see it: a figure
/// element, read in the order of its number with the text's, by its description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The element's number (see [`Tag::Content`]).
    pub element: u32,
    /// What the picture shows, in words (its alt text).
    pub alt: Arc<str>,
}

/// A drawing stored once by the backend (a PDF form XObject) and placed on any number of pages
/// with [`Item::Form`]: a design repeated on thousands of pages is drawn once. The number is
/// the order in which the backend stored it, from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FormId(usize);

impl FormId {
    /// The form stored `index`-th (from 0).
    pub fn new(index: usize) -> FormId {
        FormId(index)
    }

    /// The order in which the form was stored, from 0.
    pub fn index(self) -> usize {
        self.0
    }
}

/// Where a backend keeps the drawings placed with [`Item::Form`]: a PDF document writes each
/// as a form XObject, the image backend keeps its list. A form is `width` × `height` mm, its
/// origin at its bottom-left corner; what it draws outside that is cut off, and it may not
/// place forms itself.
pub trait FormStore<'a> {
    /// Stores `list` and gives the number to place it by.
    fn add_form(&mut self, list: &List<'a>, width: f32, height: f32) -> FormId;
}

/// One thing drawn on a page. Text owns its block or borrows it (a deck's card texts, drawn
/// where each sheet places them, are not copied).
#[derive(Debug, Clone, PartialEq)]
pub enum Item<'a> {
    /// Laid-out text with the top of the block at `top` and its left edge at `left`.
    Text {
        /// The text, as [`crate::layout`] set it (in points).
        block: Cow<'a, TextBlock>,
        /// Left edge.
        left: f32,
        /// Top edge.
        top: f32,
        /// Its colour.
        colour: Colour,
        /// How it belongs to the document's structure.
        tag: Tag,
    },
    /// A filled rectangle.
    FillRect {
        /// Where.
        rect: Rect,
        /// Its colour.
        colour: Colour,
    },
    /// A filled closed path.
    Fill {
        /// The outline.
        path: Path,
        /// Its colour.
        colour: Colour,
    },
    /// A stroked path (a rule, a frame, a cut mark).
    Stroke {
        /// The line.
        path: Path,
        /// How it is drawn.
        stroke: Stroke,
        /// Whether the last point joins the first.
        closed: bool,
    },
    /// A picture (a photograph, a diagram) shown upright over `rect`. The same picture
    /// placed twice, on one page or two, is stored once by a PDF.
    Image {
        /// The picture's pixels or JPEG bytes, shared by every place it is drawn.
        picture: Arc<Picture>,
        /// Where it goes.
        rect: Rect,
        /// Its element in the document's structure, when it has a description; without one
        /// it is an artifact (decoration, or shown by its caption alone).
        figure: Option<Figure>,
    },
    /// A stored drawing, its own millimetres taken to the page's by `matrix`: a point (x, y)
    /// of the form lands at (a·x + c·y + e, b·x + d·y + f) for `[a, b, c, d, e, f]`.
    Form {
        /// Which drawing.
        form: FormId,
        /// Where and how it is placed.
        matrix: [f32; 6],
    },
}

impl<'a> Item<'a> {
    /// Text borrowed from a laid-out block, its top-left corner at (left, top).
    pub fn text(block: &'a TextBlock, left: f32, top: f32, colour: Colour, tag: Tag) -> Item<'a> {
        Item::Text {
            block: Cow::Borrowed(block),
            left,
            top,
            colour,
            tag,
        }
    }

    /// A straight line from `from` to `to`.
    pub fn line(from: (f32, f32), to: (f32, f32), stroke: Stroke) -> Item<'a> {
        Item::Stroke {
            path: Path::new().start(from.0, from.1).line_to(to.0, to.1),
            stroke,
            closed: false,
        }
    }

    /// `form` with its bottom-left corner at (x, y).
    pub fn form(form: FormId, x: f32, y: f32) -> Item<'a> {
        Item::Form {
            form,
            matrix: [1.0, 0.0, 0.0, 1.0, x, y],
        }
    }

    /// `form`, made `width` × `height` mm, turned half a turn (upside down) into the rectangle
    /// of that size whose bottom-left corner is at (x, y).
    pub fn form_turned(form: FormId, x: f32, y: f32, width: f32, height: f32) -> Item<'a> {
        Item::Form {
            form,
            matrix: [-1.0, 0.0, 0.0, -1.0, x + width, y + height],
        }
    }

    /// This item drawn `at.scale` times as large with its origin moved to (`at.x`, `at.y`).
    pub fn placed(&self, at: Placement) -> Item<'_> {
        let point = |p| at.point(p);
        match self {
            Item::Text {
                block,
                left,
                top,
                colour,
                tag,
            } => {
                let (left, top) = point((*left, *top));
                let block = if at.scale == 1.0 {
                    Cow::Borrowed(block.as_ref())
                } else {
                    Cow::Owned(block.scaled(at.scale))
                };
                Item::Text {
                    block,
                    left,
                    top,
                    colour: *colour,
                    tag: *tag,
                }
            }
            Item::FillRect { rect, colour } => {
                let (x, y) = point((rect.x, rect.y));
                Item::FillRect {
                    rect: Rect::new(x, y, rect.w * at.scale, rect.h * at.scale),
                    colour: *colour,
                }
            }
            Item::Image {
                picture,
                rect,
                figure,
            } => {
                let (x, y) = point((rect.x, rect.y));
                Item::Image {
                    picture: Arc::clone(picture),
                    rect: Rect::new(x, y, rect.w * at.scale, rect.h * at.scale),
                    figure: figure.clone(),
                }
            }
            Item::Fill { path, colour } => Item::Fill {
                path: path.mapped(point),
                colour: *colour,
            },
            Item::Stroke {
                path,
                stroke,
                closed,
            } => Item::Stroke {
                path: path.mapped(point),
                stroke: Stroke {
                    width: stroke.width * at.scale,
                    ..*stroke
                },
                closed: *closed,
            },
            Item::Form { form, matrix } => {
                let [a, b, c, d, e, f] = *matrix;
                let (e, f) = point((e, f));
                let s = at.scale;
                Item::Form {
                    form: *form,
                    matrix: [a * s, b * s, c * s, d * s, e, f],
                }
            }
        }
    }
}

/// Where a drawing goes on another: scaled by `scale` from its origin, which lands at (x, y).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Where the drawing's origin lands, across.
    pub x: f32,
    /// Where the drawing's origin lands, up.
    pub y: f32,
    /// How much larger it is drawn.
    pub scale: f32,
}

impl Placement {
    /// Where a point of the drawing lands.
    pub fn point(&self, (x, y): (f32, f32)) -> (f32, f32) {
        (self.x + x * self.scale, self.y + y * self.scale)
    }
}

/// What a page (or a stored form) shows: items drawn in order, later ones over earlier ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct List<'a> {
    items: Vec<Item<'a>>,
}

impl<'a> List<'a> {
    /// An empty page.
    pub fn new() -> List<'a> {
        List::default()
    }

    /// Draws `item` over what is there.
    pub fn push(&mut self, item: Item<'a>) {
        self.items.push(item);
    }

    /// The items, in drawing order.
    pub fn items(&self) -> &[Item<'a>] {
        &self.items
    }
}

impl<'a> Extend<Item<'a>> for List<'a> {
    fn extend<I: IntoIterator<Item = Item<'a>>>(&mut self, items: I) {
        self.items.extend(items);
    }
}

impl<'a> FromIterator<Item<'a>> for List<'a> {
    fn from_iter<I: IntoIterator<Item = Item<'a>>>(items: I) -> List<'a> {
        List {
            items: items.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placing_scales_from_the_origin_and_moves_it() {
        let at = Placement {
            x: 10.0,
            y: 20.0,
            scale: 0.5,
        };
        let rect = Item::FillRect {
            rect: Rect::new(4.0, 8.0, 2.0, 6.0),
            colour: Colour::BLACK,
        };
        assert_eq!(
            rect.placed(at),
            Item::FillRect {
                rect: Rect::new(12.0, 24.0, 1.0, 3.0),
                colour: Colour::BLACK
            }
        );
        let line = Item::line((0.0, 0.0), (4.0, 0.0), Stroke::solid(1.0, Colour::BLACK));
        let Item::Stroke { path, stroke, .. } = line.placed(at) else {
            panic!("a line stays a line");
        };
        assert_eq!(path.segments()[1], Segment::Line((12.0, 20.0)));
        assert_eq!(stroke.width, 0.5);
    }

    #[test]
    fn a_turned_form_placed_keeps_filling_its_rectangle() {
        let form = Item::form_turned(FormId::new(0), 0.0, 0.0, 10.0, 20.0);
        let at = Placement {
            x: 5.0,
            y: 5.0,
            scale: 2.0,
        };
        let Item::Form { matrix, .. } = form.placed(at) else {
            panic!("a form stays a form");
        };
        // The form's far corner (10, 20) lands on the placed rectangle's origin, and its
        // origin on the far corner: (5, 5) to (25, 45).
        let land = |(x, y): (f32, f32)| {
            (
                matrix[0] * x + matrix[2] * y + matrix[4],
                matrix[1] * x + matrix[3] * y + matrix[5],
            )
        };
        assert_eq!(land((10.0, 20.0)), (5.0, 5.0));
        assert_eq!(land((0.0, 0.0)), (25.0, 45.0));
    }
}
