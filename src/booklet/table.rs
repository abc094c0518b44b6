//! Tables in the booklet: Markdown's simple tables set as tables, the header row in bold,
//! columns as wide as their content needs within the column of text and aligned as the
//! Markdown says (`|--:|` flush right), a rule under every row. Each cell is tagged for the
//! PDF's structure as a `TH` or `TD` of its row and column (`Role::Cell`), so a screen reader
//! reads a table as one; a table that goes on over a page sets its header row again at the top
//! of each page, as page furniture the reader does not read twice.
//!
//! Type starts a little smaller than the body and shrinks, step by step down to
//! [`SMALLEST_SIZE`], until every column is at least as wide as its longest word. A table that
//! is too wide even then is set as text, one paragraph per row with its cells between " · "
//! (as the booklet printed every table before), and [`super::leftovers`] warns about it.

use std::sync::Arc;

use crate::display::Role;
use crate::layout::{Align, Breaking, ParagraphError, Slot, Span, TextBlock, set_ragged};

use super::blocks::{Block, Run};
use super::column::{Item, Mark, ParagraphResult, paragraph, rule};
use super::style::{INK, PARAGRAPH_GAP, Setting, column, face};

/// The type sizes tried, largest first, in points.
const SIZES: [f32; 4] = [9.5, 9.0, 8.0, 7.0];
/// The smallest type a table is set in, in points.
pub const SMALLEST_SIZE: f32 = SIZES[SIZES.len() - 1];
/// The space between a cell's text and its column's sides, in points.
const SIDE: f32 = 4.0;
/// The space between a cell's text and the rules above and below, in points.
const ABOVE: f32 = 3.0;

/// A table set in the column, its left edge at `indent`: one item per row, so that a long
/// table can go on over a page, its header row kept with the first row and set again at the
/// top of each page it goes on to.
pub(super) fn table(block: &Block, indent: f32) -> ParagraphResult {
    match widths(block, indent)? {
        Some((size, widths)) => rows(block, indent, size, &widths),
        None => as_text(block, indent),
    }
}

/// Whether a table is too wide for the column even at the smallest type, so it is set as text.
pub(super) fn too_wide(block: &Block) -> bool {
    matches!(
        widths(block, block.indent as f32 * super::style::INDENT_STEP),
        Ok(None)
    )
}

/// The type size and column widths that fit the table in the column, or `None` when none do.
fn widths(block: &Block, indent: f32) -> Result<Option<(f32, Vec<f32>)>, ParagraphError> {
    let room = column().0 - indent;
    let count = block.rows.iter().map(Vec::len).max().unwrap_or(0);
    for size in SIZES {
        let mut natural = vec![0.0f32; count];
        let mut least = vec![0.0f32; count];
        for row in &block.rows {
            for (index, cell) in row.iter().enumerate() {
                let spans = spans(cell);
                let whole = set_ragged(&spans, f32::MAX / 4.0, size, size, Breaking::Paragraph)?;
                natural[index] = natural[index].max(whole.width() + 2.0 * SIDE + 1.0);
                for run in cell {
                    for word in run.text.split_whitespace() {
                        let one = [Span::new(word, face(run.style))];
                        let word =
                            set_ragged(&one, f32::MAX / 4.0, size, size, Breaking::Paragraph)?;
                        least[index] = least[index].max(word.width() + 2.0 * SIDE + 1.0);
                    }
                }
            }
        }
        let (all_natural, all_least): (f32, f32) = (natural.iter().sum(), least.iter().sum());
        if all_natural <= room {
            return Ok(Some((size, natural)));
        }
        if all_least <= room {
            // Each column gets its least width and a share of what is left, by how much more
            // it would take to set its cells on one line.
            let share = (room - all_least) / (all_natural - all_least);
            let widths = least
                .iter()
                .zip(&natural)
                .map(|(least, natural)| least + (natural - least) * share)
                .collect();
            return Ok(Some((size, widths)));
        }
    }
    Ok(None)
}

fn spans(cell: &[Run]) -> Vec<Span> {
    cell.iter()
        .map(|run| Span::new(run.text.clone(), face(run.style)))
        .collect()
}

/// The rows set at `size` in columns of `widths`.
fn rows(block: &Block, indent: f32, size: f32, widths: &[f32]) -> ParagraphResult {
    let leading = size * 1.3;
    let total: f32 = widths.iter().sum();
    let mut items = Vec::new();
    for (index, row) in block.rows.iter().enumerate() {
        let mut cells: Vec<(f32, TextBlock, usize)> = Vec::new();
        let mut x = indent;
        for (column, (cell, width)) in row.iter().zip(widths).enumerate() {
            if !cell.is_empty() {
                let inside = width - 2.0 * SIDE;
                let mut set = set_ragged(&spans(cell), inside, size, leading, Breaking::Paragraph)?;
                let align = block.columns.get(column).copied().unwrap_or(Align::Left);
                set.align(align, inside);
                cells.push((x + SIDE, set, column));
            }
            x += width;
        }
        let height = cells
            .iter()
            .map(|(_, set, _)| set.lines.len() as f32 * leading)
            .fold(leading, f32::max)
            + 2.0 * ABOVE;
        let header = index == 0;
        let mut marks = Vec::new();
        if header {
            marks.push(rule(indent, indent + total, 0.0, 0.8));
        }
        for (x, set, column) in cells {
            let offset = super::column::line_offset(&set);
            let number = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            marks.push(Mark::Text {
                block: set,
                x,
                top: ABOVE + offset,
                colour: INK,
                role: Some(Role::Cell {
                    header,
                    row: number(index),
                    column: number(column),
                }),
                continues: false,
            });
        }
        marks.push(rule(
            indent,
            indent + total,
            height,
            if header { 0.6 } else { 0.4 },
        ));
        let mut slot = Slot::new(height, if header { PARAGRAPH_GAP + 2.0 } else { 0.0 });
        slot.keep_with_next = header;
        items.push(Item {
            slot,
            marks,
            repeated: None,
        });
    }
    // Each row after the header's brings it along, as page furniture, should it start a page.
    if let Some((first, rest)) = items.split_first_mut() {
        let again: Arc<[Mark]> = first.marks.iter().cloned().map(as_furniture).collect();
        for row in rest {
            row.slot.repeated_above = first.slot.height;
            row.repeated = Some(Arc::clone(&again));
        }
    }
    Ok(items)
}

/// `mark` as page furniture: drawn, but not read again by a screen reader.
fn as_furniture(mark: Mark) -> Mark {
    match mark {
        Mark::Text {
            block,
            x,
            top,
            colour,
            ..
        } => Mark::Text {
            block,
            x,
            top,
            colour,
            role: None,
            continues: false,
        },
        other => other,
    }
}

/// A table too wide to set as one: each row a paragraph, its cells between " · ".
fn as_text(block: &Block, indent: f32) -> ParagraphResult {
    let mut items = Vec::new();
    for (index, row) in block.rows.iter().enumerate() {
        let mut spans: Vec<Span> = Vec::new();
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                spans.push(Span::new(" · ", face(Default::default())));
            }
            spans.extend(self::spans(cell));
        }
        let gap = if index == 0 { PARAGRAPH_GAP } else { 2.0 };
        items.extend(paragraph(
            &spans,
            None,
            Setting {
                indent,
                ..Setting::body(gap)
            },
        )?);
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booklet::blocks::blocks;

    fn first_table(markdown: &str) -> Block {
        let mut typographer = crate::words::Words::for_language("en").typographer();
        blocks(markdown, None, "Notes", &mut typographer)
            .into_iter()
            .find(|b| b.kind == super::super::blocks::BlockKind::Table)
            .unwrap()
    }

    #[test]
    fn a_small_table_takes_its_natural_widths_at_the_largest_size() {
        let block = first_table("| Day | Question |\n|---|---|\n| 1 | Who? |\n| 2 | Why not? |\n");
        let (size, widths) = widths(&block, 0.0).unwrap().unwrap();
        assert_eq!(size, SIZES[0]);
        assert_eq!(widths.len(), 2);
        assert!(widths.iter().sum::<f32>() < column().0);
        let items = table(&block, 0.0).unwrap();
        assert_eq!(items.len(), 3);
        assert!(items[0].slot.keep_with_next);
    }

    #[test]
    fn a_wide_table_shrinks_its_type_then_is_set_as_text() {
        let long = "word ".repeat(40);
        let wide = first_table(&format!(
            "| a | b | c |\n|---|---|---|\n| {long} | {long} | x |\n"
        ));
        let (_, widths) = widths(&wide, 0.0).unwrap().unwrap();
        assert!((widths.iter().sum::<f32>() - column().0).abs() < 0.01);
        let cells = (0..14)
            .map(|i| format!("Supercalifragilistic{i}"))
            .collect::<Vec<_>>()
            .join(" | ");
        let rule = vec!["---"; 14].join("|");
        let too = first_table(&format!("| {cells} |\n|{rule}|\n| {cells} |\n"));
        assert!(too_wide(&too));
        let items = table(&too, 0.0).unwrap();
        assert!(
            items
                .iter()
                .all(|item| item.marks.iter().all(|m| matches!(m, Mark::Text { .. })))
        );
    }
}
