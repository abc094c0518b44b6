//! Setting text into the booklet's column: paragraphs one item per line (so they can break
//! across pages), headings kept with what follows, rules, and the marks they draw.
//!
//! Marks are placed in points from the top-left corner of the page, down the column as the
//! page flow measures it; [`super::pages`] turns each finished page into a display list
//! (millimetres from the bottom-left) once, so every position is the sum it was set as.

use std::sync::Arc;

use crate::colour::Colour;
use crate::display::Role;
use crate::layout::{
    Breaking, Line, ParagraphError, Slot, Span, Style, TextBlock, keep_lines_together, set_ragged,
};
use crate::picture::Picture;

use super::style::{MARKER_GAP, RULE, Setting, column};

/// Something set on a page, from the page's top-left corner, in points: the page flow's
/// coordinates while the page is being filled. [`super::pages::typeset`] turns each into a
/// display-list item once the page is done.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Lines of text with the top of the block at `top` and its left edge at `x`.
    Text {
        /// The text.
        block: TextBlock,
        /// Left edge.
        x: f32,
        /// Top edge (downwards from the top of the page).
        top: f32,
        /// Its colour.
        colour: Colour,
        /// What it is to a reader who follows the PDF's structure; `None` for page furniture
        /// (running titles, page numbers).
        role: Option<Role>,
        /// Whether it goes on the structure element of the text before it (a paragraph's
        /// second and later lines, the words after a list item's number).
        continues: bool,
    },
    /// A picture filling the `width` × `height` rectangle whose top-left corner is (x, top).
    Picture {
        /// The picture.
        picture: Arc<Picture>,
        /// Left edge.
        x: f32,
        /// Top edge (downwards from the top of the page).
        top: f32,
        /// Its width.
        width: f32,
        /// Its height.
        height: f32,
        /// What it shows, in words, for a reader who cannot see it; `None` for a picture
        /// without a description, which the PDF's structure leaves out.
        alt: Option<Arc<str>>,
    },
    /// Straight lines through `points`, each (x, downwards y); back to the first when
    /// `closed`.
    Stroke {
        /// The points, in order.
        points: Vec<(f32, f32)>,
        /// Whether the last point joins the first.
        closed: bool,
        /// Its thickness.
        width: f32,
        /// Its colour.
        colour: Colour,
    },
}

impl Mark {
    pub(super) fn moved(mut self, dx: f32, dy: f32) -> Mark {
        match &mut self {
            Mark::Text { x, top, .. } | Mark::Picture { x, top, .. } => {
                *x += dx;
                *top += dy;
            }
            Mark::Stroke { points, .. } => {
                for point in points {
                    *point = (point.0 + dx, point.1 + dy);
                }
            }
        }
        self
    }
}

/// One A5 page of the booklet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// What is drawn on it.
    pub marks: Vec<Mark>,
}

/// One thing in the column of text: its place in the page flow and what it draws, from the
/// top-left corner of its slot.
pub(super) struct Item {
    pub(super) slot: Slot,
    pub(super) marks: Vec<Mark>,
    /// What is drawn again above it when it starts a page (a long table's header row), from
    /// the top-left corner of the room [`Slot::repeated_above`] keeps for it.
    pub(super) repeated: Option<Arc<[Mark]>>,
}

/// A thin horizontal rule from `x1` to `x2` at height `y`.
pub(super) fn rule(x1: f32, x2: f32, y: f32, width: f32) -> Mark {
    Mark::Stroke {
        points: vec![(x1, y), (x2, y)],
        closed: false,
        width,
        colour: RULE,
    }
}

/// A single line of text as its own block, so each line can go on its own page.
pub(super) fn single_line(block: &TextBlock, line: Line) -> TextBlock {
    TextBlock {
        lines: vec![line],
        size: block.size,
        leading: block.leading,
        ascent: block.ascent,
        descent: block.descent,
    }
}

/// The distance from the top of a line's slot to the top of its text block, which centres the
/// glyphs' height in the slot.
pub(super) fn line_offset(block: &TextBlock) -> f32 {
    (block.leading - block.ascent - block.descent) / 2.0
}

/// Sets a paragraph as one item per line (so it can break across pages), with an optional
/// marker hanging to the left of its first line.
pub(super) fn paragraph(spans: &[Span], marker: Option<&str>, setting: Setting) -> ParagraphResult {
    let (width, _) = column();
    let mut block = set_ragged(
        spans,
        width - setting.indent,
        setting.size,
        setting.leading,
        setting.breaking,
    )?;
    block.align(setting.align, width - setting.indent);
    let offset = line_offset(&block);
    let style = block
        .lines
        .first()
        .and_then(|l| l.runs.first())
        .map_or(Style::Regular, |r| r.style);
    let mut items: Vec<Item> = std::mem::take(&mut block.lines)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Item {
            slot: Slot::new(setting.leading, if index == 0 { setting.gap } else { 0.0 }),
            repeated: None,
            marks: vec![Mark::Text {
                block: single_line(&block, line),
                x: setting.indent,
                top: offset,
                colour: setting.colour,
                role: Some(setting.role),
                continues: index > 0 || marker.is_some(),
            }],
        })
        .collect();
    if let (Some(marker), Some(first)) = (marker, items.first_mut()) {
        let mut mark = set_ragged(
            &[Span::new(marker, style)],
            width,
            setting.size,
            setting.leading,
            Breaking::Paragraph,
        )?;
        let marker_width = mark.width();
        mark.lines.truncate(1);
        // Before the text, so that it begins the element the text continues.
        first.marks.insert(
            0,
            Mark::Text {
                block: mark,
                // Hanging left of the text, but never into the margin.
                x: (setting.indent - MARKER_GAP - marker_width).max(0.0),
                top: offset,
                colour: setting.colour,
                role: Some(setting.role),
                continues: false,
            },
        );
    }
    let mut slots: Vec<Slot> = items.iter().map(|i| i.slot).collect();
    keep_lines_together(&mut slots);
    for (item, slot) in items.iter_mut().zip(slots) {
        item.slot = slot;
    }
    Ok(items)
}

pub(super) type ParagraphResult = std::result::Result<Vec<Item>, ParagraphError>;

/// Sets a heading of `level` (1 is the highest) in balanced lines, every line kept with the
/// next, so a heading never ends a page.
pub(super) fn heading(spans: &[Span], level: u8, size: f32, gap: f32) -> ParagraphResult {
    let mut items = paragraph(
        spans,
        None,
        Setting {
            size,
            leading: size * 1.25,
            breaking: Breaking::Balanced,
            role: Role::Heading(level),
            ..Setting::body(gap)
        },
    )?;
    for item in &mut items {
        item.slot.keep_with_next = true;
    }
    Ok(items)
}

/// Moves the marks of consecutive line items into `marks`, starting at `y`; returns the
/// height reached.
pub(super) fn place(marks: &mut Vec<Mark>, items: Vec<Item>, mut y: f32) -> f32 {
    for item in items {
        marks.extend(item.marks.into_iter().map(|m| m.moved(0.0, y)));
        y += item.slot.height;
    }
    y
}
