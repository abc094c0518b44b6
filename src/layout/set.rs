//! Setting broken lines: glyphs placed in points on [`Line`]s of [`Run`]s, gathered into a
//! [`TextBlock`] with its leading, ascent and descent, ready for the PDF code to draw.

use std::ops::Range;

use super::font::{Font, Style};
use super::pieces::Piece;
use super::shape::{Glyph, ShapedRun, text_of};

/// Glyphs of one style on a line, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The face.
    pub style: Style,
    /// The font size in points.
    pub size: f32,
    /// Where the run starts, from the start of the line.
    pub x: f32,
    /// Its advance width.
    pub width: f32,
    /// Its glyphs, positioned from the start of the run, in points.
    pub glyphs: Vec<Glyph>,
}

/// One line of set text, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Where the line starts, from the left edge of its block (set by [`TextBlock::align`]).
    pub x: f32,
    /// The width of its ink, trailing spaces excluded.
    pub width: f32,
    /// Its runs, left to right.
    pub runs: Vec<Run>,
}

/// Sets `pieces` as one line at `size` points, adding `word_spacing` points to every space
/// between pieces (0 for normal spacing; more to justify).
pub fn set_line(pieces: &[Piece], size: f32, word_spacing: f32) -> Line {
    let mut runs: Vec<Run> = Vec::new();
    let mut pen = 0.0;
    let mut add = |run: &ShapedRun, pen: &mut f32| {
        let contiguous = runs.last().is_some_and(|last| {
            last.style == run.style && (last.x + last.width - *pen).abs() < 1e-3
        });
        if !contiguous {
            runs.push(Run {
                style: run.style,
                size,
                x: *pen,
                width: 0.0,
                glyphs: Vec::with_capacity(run.glyphs.len()),
            });
        }
        if let Some(last) = runs.last_mut() {
            let offset = *pen - last.x;
            last.glyphs.extend(run.glyphs.iter().map(|g| {
                let g = g.scaled(size);
                Glyph {
                    x: g.x + offset,
                    ..g
                }
            }));
            last.width += run.width * size;
        }
        *pen += run.width * size;
    };
    for (index, piece) in pieces.iter().enumerate() {
        for run in &piece.body {
            add(run, &mut pen);
        }
        if index + 1 < pieces.len() {
            if let Some(space) = &piece.space {
                add(space, &mut pen);
            }
            pen += word_spacing;
        } else if let Some(hyphen) = &piece.hyphen {
            add(hyphen, &mut pen);
        }
    }
    // Lines are kept until the whole document is written: no spare capacity.
    for run in &mut runs {
        run.glyphs.shrink_to_fit();
    }
    runs.shrink_to_fit();
    Line {
        x: 0.0,
        width: pen,
        runs,
    }
}

/// The width of [`set_line`]'s line, added up the same way without setting its glyphs.
fn line_advance(pieces: &[Piece], size: f32, word_spacing: f32) -> f32 {
    let mut pen = 0.0;
    for (index, piece) in pieces.iter().enumerate() {
        for run in &piece.body {
            pen += run.width * size;
        }
        if index + 1 < pieces.len() {
            if let Some(space) = &piece.space {
                pen += space.width * size;
            }
            pen += word_spacing;
        } else if let Some(hyphen) = &piece.hyphen {
            pen += hyphen.width * size;
        }
    }
    pen
}

/// How lines sit in their box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Centre,
    /// Flush right.
    Right,
}

/// Lines set at one size, ready to draw: the top of the block is at 0 and y grows downwards.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
    /// The font size in points.
    pub size: f32,
    /// The distance between baselines, in points.
    pub leading: f32,
    /// How far glyphs reach above the first baseline, in points.
    pub ascent: f32,
    /// How far glyphs reach below the last baseline, in points.
    pub descent: f32,
}

impl TextBlock {
    /// The height from the top of the first line to the bottom of the last.
    pub fn height(&self) -> f32 {
        self.height_with(self.lines.len())
    }

    /// The height the block would have with `count` lines.
    pub(super) fn height_with(&self, count: usize) -> f32 {
        if count == 0 {
            return 0.0;
        }
        self.ascent + self.leading * (count - 1) as f32 + self.descent
    }

    /// The width of the widest line.
    pub fn width(&self) -> f32 {
        self.lines.iter().map(|l| l.width).fold(0.0, f32::max)
    }

    /// The distance from the top of the block down to the baseline of line `index`.
    pub fn baseline(&self, index: usize) -> f32 {
        self.ascent + self.leading * index as f32
    }

    /// The same block drawn `factor` times as large (the booklet's pages shrunk to fit Letter).
    pub fn scaled(&self, factor: f32) -> TextBlock {
        let lines = self
            .lines
            .iter()
            .map(|line| Line {
                x: line.x * factor,
                width: line.width * factor,
                runs: line
                    .runs
                    .iter()
                    .map(|run| Run {
                        style: run.style,
                        size: run.size * factor,
                        x: run.x * factor,
                        width: run.width * factor,
                        glyphs: run.glyphs.iter().map(|g| g.scaled(factor)).collect(),
                    })
                    .collect(),
            })
            .collect();
        TextBlock {
            lines,
            size: self.size * factor,
            leading: self.leading * factor,
            ascent: self.ascent * factor,
            descent: self.descent * factor,
        }
    }

    /// Places every line in a box `width` points wide.
    pub fn align(&mut self, align: Align, width: f32) {
        for line in &mut self.lines {
            line.x = match align {
                Align::Left => 0.0,
                Align::Centre => (width - line.width) / 2.0,
                Align::Right => width - line.width,
            };
        }
    }

    /// The text of the block, lines joined by newlines (for tests and messages).
    pub fn text(&self) -> String {
        let lines: Vec<String> = self
            .lines
            .iter()
            .map(|l| text_of(l.runs.iter().flat_map(|r| &r.glyphs)))
            .collect();
        lines.join("\n")
    }
}

/// Sets already-broken lines at `size` with baselines `leading` points apart.
pub fn set_block(pieces: &[Piece], ranges: &[Range<usize>], size: f32, leading: f32) -> TextBlock {
    block_of(
        ranges
            .iter()
            .map(|r| set_line(&pieces[r.clone()], size, 0.0))
            .collect(),
        size,
        leading,
    )
}

/// [`set_block`] without the glyphs: lines of the same widths and a block of the same height,
/// to try a size cheaply.
pub(super) fn outline_block(
    pieces: &[Piece],
    ranges: &[Range<usize>],
    size: f32,
    leading: f32,
) -> TextBlock {
    block_of(
        ranges
            .iter()
            .map(|r| Line {
                x: 0.0,
                width: line_advance(&pieces[r.clone()], size, 0.0),
                runs: Vec::new(),
            })
            .collect(),
        size,
        leading,
    )
}

/// A block of `lines` at `size` with baselines `leading` apart.
pub(super) fn block_of(lines: Vec<Line>, size: f32, leading: f32) -> TextBlock {
    let regular = Font::get(Style::Regular);
    TextBlock {
        lines,
        size,
        leading,
        ascent: regular.ascent * size,
        descent: regular.descent * size,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Breaking, Span, break_lines, pieces};
    use super::*;

    #[test]
    fn outlines_measure_exactly_what_is_set() {
        let text = "What’s a personal or relational wound you’re still healing from, and how can I \
                    support that process? «Tell me»\tgently.";
        let spans = vec![
            Span::new(text, Style::Regular),
            Span::new(" And why?", Style::Italic),
        ];
        let pieces = pieces(&spans).unwrap();
        for size in [7.0, 11.25, 16.0] {
            let ranges = break_lines(&pieces, 150.0 / size, Breaking::Balanced).unwrap();
            let set = set_block(&pieces, &ranges, size, size * 1.3);
            let outline = outline_block(&pieces, &ranges, size, size * 1.3);
            assert_eq!(set.height().to_bits(), outline.height().to_bits());
            for (set, outline) in set.lines.iter().zip(&outline.lines) {
                assert_eq!(set.width.to_bits(), outline.width.to_bits());
            }
            for spacing in [0.0, 0.7] {
                let line = set_line(&pieces, size, spacing);
                assert_eq!(line.width, line_advance(&pieces, size, spacing));
            }
        }
    }
}
