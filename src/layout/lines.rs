//! Line breaking and fitting: where lines end, how they are placed, and the largest font size
//! at which a text fits a box.
//!
//! Text is cut into [`Piece`]s at the line-break opportunities of Unicode's line breaking
//! algorithm (UAX #14), each shaped once in em; every later step only scales. Lines are chosen
//! by dynamic programming rather than greedily, so the last line is not left with a lone word
//! when a better set of breaks exists.

use std::ops::Range;
use std::rc::Rc;

use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::LayoutError;
use super::breaks::{Rules, SHRINK_TO_KEEP_RULES, breaks_a_rule};
use super::font::{Font, Style};
use super::shape::{Glyph, ShapedRun, Span, shape_shared, text_of};

/// Text between two break opportunities: it is never split across lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The visible part (a word and any punctuation glued to it), possibly in several styles.
    /// Runs are shared with the shaping cache and with the other pieces of the same text.
    pub body: Vec<Rc<ShapedRun>>,
    /// The spaces after it: set between pieces, dropped at the end of a line.
    pub space: Option<Rc<ShapedRun>>,
    /// Whether a line must end after this piece (the text had a line break here).
    pub forced_break: bool,
}

impl Piece {
    /// The width of the visible part, in em.
    pub fn body_width(&self) -> f32 {
        self.body.iter().map(|r| r.width).sum()
    }

    /// The width of the trailing spaces, in em.
    pub fn space_width(&self) -> f32 {
        self.space.as_ref().map_or(0.0, |r| r.width)
    }
}

/// Cuts styled text into shaped pieces at its line-break opportunities.
///
/// Fails with [`LayoutError::MissingGlyph`] on a character the font lacks.
pub fn pieces(spans: &[Span]) -> Result<Vec<Piece>, LayoutError> {
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    // Byte ranges of the spans in `text`, to split pieces where the style changes.
    let mut styled = Vec::with_capacity(spans.len());
    let mut at = 0;
    for span in spans {
        styled.push((at..at + span.text.len(), span.style));
        at += span.text.len();
    }
    let shape_range = |range: Range<usize>| -> Result<Vec<Rc<ShapedRun>>, LayoutError> {
        let mut runs = Vec::new();
        for (span_range, style) in &styled {
            let start = range.start.max(span_range.start);
            let end = range.end.min(span_range.end);
            if start < end {
                let part: String = text[start..end]
                    .chars()
                    .map(|c| if c == '\t' { ' ' } else { c })
                    .filter(|c| !c.is_control())
                    .collect();
                if !part.is_empty() {
                    runs.push(shape_shared(&part, *style)?);
                }
            }
        }
        Ok(runs)
    };

    let mut result = Vec::new();
    let mut start = 0;
    for (end, opportunity) in linebreaks(&text) {
        let segment = &text[start..end];
        let body_end = start + segment.trim_end().len();
        if body_end > start || end > start {
            let body = shape_range(start..body_end)?;
            let space = shape_range(body_end..end)?;
            let forced_break = opportunity == BreakOpportunity::Mandatory && end < text.len();
            if body.is_empty() {
                // Leading or doubled spaces: attach a forced break to the previous piece.
                if let Some(last) = result.last_mut() {
                    let last: &mut Piece = last;
                    last.forced_break |= forced_break;
                }
            } else {
                result.push(Piece {
                    body,
                    space: merge(space),
                    forced_break,
                });
            }
        }
        start = end;
    }
    Ok(result)
}

/// Joins runs of whitespace into one run (the style of its first part).
fn merge(runs: Vec<Rc<ShapedRun>>) -> Option<Rc<ShapedRun>> {
    let mut runs = runs.into_iter();
    let mut first = runs.next()?;
    for run in runs {
        append(Rc::make_mut(&mut first), &run);
    }
    Some(first)
}

/// Appends `run`'s glyphs to `to`, keeping `to`'s style.
fn append(to: &mut ShapedRun, run: &ShapedRun) {
    let offset = to.width;
    to.glyphs.extend(run.glyphs.iter().map(|g| Glyph {
        x: g.x + offset,
        ..*g
    }));
    to.width += run.width;
}

/// How to choose line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breaking {
    /// As few lines as possible, all of about the same length, keeping the rules of
    /// [`super::breaks`] (no lone last word, no line ending with a one-letter word) wherever
    /// the line count allows: for centred text on cards and covers.
    Balanced,
    /// Lines as full as possible and evenly so, the last line free to be short but not a lone
    /// short word: for running text.
    Paragraph,
}

/// The width in em of the line made of `pieces` (trailing spaces of the last piece excluded).
pub fn line_width(pieces: &[Piece]) -> f32 {
    let full: f32 = pieces
        .iter()
        .map(|p| p.body_width() + p.space_width())
        .sum();
    full - pieces.last().map_or(0.0, Piece::space_width)
}

/// The widths of the lines a set of pieces can make, each computed once and exactly as
/// [`line_width`] computes it (the same sums in the same order, so the same rounding).
struct LineWidths {
    /// Each piece's body and spaces.
    full: Vec<f32>,
    /// Each piece's spaces.
    space: Vec<f32>,
    /// `sums[i]`: the widths of `full[i..reached[i]]` added up from the left.
    sums: Vec<f32>,
    reached: Vec<usize>,
}

impl LineWidths {
    fn new(pieces: &[Piece]) -> LineWidths {
        let n = pieces.len();
        LineWidths {
            full: pieces
                .iter()
                .map(|p| p.body_width() + p.space_width())
                .collect(),
            space: pieces.iter().map(Piece::space_width).collect(),
            // Where an empty `Iterator::sum` of floats starts.
            sums: vec![-0.0; n],
            reached: (0..n).collect(),
        }
    }

    /// `line_width(&pieces[start..end])`: quick when `end` is at or beyond the `end` asked
    /// before with this `start`.
    fn line(&mut self, start: usize, end: usize) -> f32 {
        if self.reached[start] > end {
            self.sums[start] = -0.0;
            self.reached[start] = start;
        }
        while self.reached[start] < end {
            self.sums[start] += self.full[self.reached[start]];
            self.reached[start] += 1;
        }
        self.sums[start] - self.space[end - 1]
    }
}

/// Chooses where lines end. `max_width` is in em (the box width divided by the font size).
///
/// Returns the range of pieces on each line, or `None` when a piece is wider than `max_width`
/// (a word that no break can make fit).
pub fn break_lines(
    pieces: &[Piece],
    max_width: f32,
    breaking: Breaking,
) -> Option<Vec<Range<usize>>> {
    if pieces.is_empty() {
        return Some(Vec::new());
    }
    if pieces.iter().any(|p| p.body_width() > max_width) {
        return None;
    }
    let n = pieces.len();
    let mut widths = LineWidths::new(pieces);
    // lines[j]: the lines that may end before piece `j`, as (first piece, width): nearest start
    // first, while the line fits and holds no forced break before its last piece.
    let mut lines: Vec<Vec<(usize, f32)>> = vec![Vec::new(); n + 1];
    for (j, ending) in lines.iter_mut().enumerate().skip(1) {
        for i in (0..j).rev() {
            let width = widths.line(i, j);
            if width > max_width {
                break;
            }
            if i + 1 < j && pieces[i].forced_break {
                // Every earlier start has this forced break inside its line too.
                break;
            }
            ending.push((i, width));
        }
    }
    let slack = |width: f32| {
        let s = (max_width - width) / max_width;
        s * s
    };
    // A last line holding one short piece after a longer paragraph reads as an accident.
    let lone = |i: usize, j: usize, width: f32| {
        if j == n && j - i == 1 && i > 0 && width < max_width * 0.4 {
            1.0
        } else {
            0.0
        }
    };
    match breaking {
        Breaking::Paragraph => {
            // best[j]: least cost of setting pieces[..j]; from[j]: where its last line starts.
            let mut best = vec![f32::INFINITY; n + 1];
            let mut from = vec![0; n + 1];
            best[0] = 0.0;
            for j in 1..=n {
                for &(i, width) in &lines[j] {
                    let cost = if j == n {
                        lone(i, j, width)
                    } else {
                        slack(width)
                    };
                    let total = best[i] + cost;
                    if total < best[j] {
                        best[j] = total;
                        from[j] = i;
                    }
                }
            }
            Some(ranges_from(&from, n))
        }
        Breaking::Balanced => {
            let count = greedy_line_count(pieces, &mut widths, max_width);
            let rules = Rules::new(pieces);
            // best[k][j]: least cost of setting pieces[..j] on k lines.
            let mut best = vec![vec![f32::INFINITY; n + 1]; count + 1];
            let mut from = vec![vec![0; n + 1]; count + 1];
            best[0][0] = 0.0;
            for k in 1..=count {
                for j in 1..=n {
                    for &(i, width) in &lines[j] {
                        let total = best[k - 1][i] + slack(width) + rules.line_cost(i, j, n);
                        if total < best[k][j] {
                            best[k][j] = total;
                            from[k][j] = i;
                        }
                    }
                }
            }
            let mut ranges = Vec::with_capacity(count);
            let mut j = n;
            for k in (1..=count).rev() {
                let i = from[k][j];
                ranges.push(i..j);
                j = i;
            }
            ranges.reverse();
            Some(ranges)
        }
    }
}

/// The number of lines that filling each line as far as it goes gives: the fewest possible.
fn greedy_line_count(pieces: &[Piece], widths: &mut LineWidths, max_width: f32) -> usize {
    let mut count = 0;
    let mut start = 0;
    while start < pieces.len() {
        let mut end = start + 1;
        while end < pieces.len()
            && !pieces[end - 1].forced_break
            && widths.line(start, end + 1) <= max_width
        {
            end += 1;
        }
        count += 1;
        start = end;
    }
    count
}

fn ranges_from(from: &[usize], n: usize) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut j = n;
    while j > 0 {
        let i = from[j];
        ranges.push(i..j);
        j = i;
    }
    ranges.reverse();
    ranges
}

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
        if self.lines.is_empty() {
            return 0.0;
        }
        self.ascent + self.leading * (self.lines.len() - 1) as f32 + self.descent
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
fn outline_block(pieces: &[Piece], ranges: &[Range<usize>], size: f32, leading: f32) -> TextBlock {
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

fn block_of(lines: Vec<Line>, size: f32, leading: f32) -> TextBlock {
    let regular = Font::get(Style::Regular);
    TextBlock {
        lines,
        size,
        leading,
        ascent: regular.ascent * size,
        descent: regular.descent * size,
    }
}

/// What [`fit`] must achieve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// The box's width, in points.
    pub width: f32,
    /// The box's height, in points.
    pub height: f32,
    /// The size to use when the text fits at it, in points.
    pub max_size: f32,
    /// The smallest size allowed, in points.
    pub min_size: f32,
    /// The distance between baselines as a multiple of the font size (1.2 to 1.4 reads well).
    pub leading: f32,
    /// How to choose line breaks.
    pub breaking: Breaking,
    /// How to place lines in the box.
    pub align: Align,
}

/// The step by which [`fit`] shrinks text, in points.
pub const SIZE_STEP: f32 = 0.25;

/// Sets `spans` at the largest size from `max_size` down to `min_size` (in steps of
/// [`SIZE_STEP`]) at which every line fits the box's width and all lines its height.
///
/// Fails with [`LayoutError::DoesNotFit`] when even `min_size` is too big, and with
/// [`LayoutError::MissingGlyph`] on a character the font lacks.
pub fn fit(spans: &[Span], fit: &Fit) -> Result<TextBlock, LayoutError> {
    let mut blocks = fit_stack(&[spans.to_vec()], 0.0, fit)?;
    Ok(blocks.remove(0))
}

/// Like [`fit`] for several paragraphs set one below the other at one common size, with
/// `gap` times the leading between them; the box's height holds them all.
pub fn fit_stack(
    paragraphs: &[Vec<Span>],
    gap: f32,
    fit: &Fit,
) -> Result<Vec<TextBlock>, LayoutError> {
    let pieces = paragraphs
        .iter()
        .map(|spans| pieces(spans))
        .collect::<Result<Vec<_>, _>>()?;
    let steps = ((fit.max_size - fit.min_size) / SIZE_STEP).floor().max(0.0) as usize;
    // The largest setting that fits but breaks a typographic rule, kept while smaller sizes
    // are tried.
    let mut fallback = None;
    'sizes: for step in 0..=steps {
        let size = fit.max_size - step as f32 * SIZE_STEP;
        let leading = size * fit.leading;
        // Each size is tried with the lines' widths only; the glyphs are set for the one kept.
        let mut outlines = Vec::with_capacity(pieces.len());
        let mut breaks = Vec::with_capacity(pieces.len());
        for paragraph in &pieces {
            let Some(ranges) = break_lines(paragraph, fit.width / size, fit.breaking) else {
                continue 'sizes;
            };
            let outline = outline_block(paragraph, &ranges, size, leading);
            if outline.width() > fit.width + 1e-3 {
                continue 'sizes;
            }
            outlines.push(outline);
            breaks.push(ranges);
        }
        if stack_height(&outlines, gap) <= fit.height {
            let kept = |(p, r): (&Vec<Piece>, &Vec<Range<usize>>)| !breaks_a_rule(p, r);
            let clean = fit.breaking != Breaking::Balanced || pieces.iter().zip(&breaks).all(kept);
            let near = fallback
                .as_ref()
                .is_none_or(|f: &(f32, f32, _)| f.0 - size <= SHRINK_TO_KEEP_RULES);
            if !near {
                break;
            }
            if clean {
                return Ok(set_blocks(&pieces, &breaks, size, leading, fit));
            }
            fallback.get_or_insert((size, leading, breaks));
        }
    }
    match fallback {
        Some((size, leading, breaks)) => Ok(set_blocks(&pieces, &breaks, size, leading, fit)),
        None => Err(LayoutError::DoesNotFit {
            min_size: fit.min_size,
        }),
    }
}

/// Sets each paragraph of `pieces` in its lines `breaks`, aligned in the box of `fit`.
fn set_blocks(
    pieces: &[Vec<Piece>],
    breaks: &[Vec<Range<usize>>],
    size: f32,
    leading: f32,
    fit: &Fit,
) -> Vec<TextBlock> {
    pieces
        .iter()
        .zip(breaks)
        .map(|(paragraph, ranges)| {
            let mut block = set_block(paragraph, ranges, size, leading);
            block.align(fit.align, fit.width);
            block
        })
        .collect()
}

/// The height of `blocks` set one below the other with `gap` times their leading between.
pub fn stack_height(blocks: &[TextBlock], gap: f32) -> f32 {
    let gaps = blocks.len().saturating_sub(1) as f32;
    blocks.iter().map(TextBlock::height).sum::<f32>()
        + gaps * gap * blocks.first().map_or(0.0, |b| b.leading)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regular(text: &str) -> Vec<Span> {
        vec![Span::new(text, Style::Regular)]
    }

    fn card(width: f32, height: f32) -> Fit {
        Fit {
            width,
            height,
            max_size: 16.0,
            min_size: 11.0,
            leading: 1.3,
            breaking: Breaking::Balanced,
            align: Align::Centre,
        }
    }

    #[test]
    fn pieces_split_at_spaces_and_keep_text() {
        let pieces = pieces(&regular("What’s   something  you’ve struggled with?")).unwrap();
        assert_eq!(pieces.len(), 5);
        let all = 0..pieces.len();
        let block = set_block(&pieces, std::slice::from_ref(&all), 10.0, 12.0);
        assert_eq!(block.text(), "What’s   something  you’ve struggled with?");
    }

    #[test]
    fn styles_split_runs_within_a_line() {
        let spans = vec![
            Span::new("a ", Style::Regular),
            Span::new("very", Style::Italic),
            Span::new(" good day", Style::Regular),
        ];
        let pieces = pieces(&spans).unwrap();
        let line = set_line(&pieces, 10.0, 0.0);
        let styles: Vec<Style> = line.runs.iter().map(|r| r.style).collect();
        assert_eq!(styles, [Style::Regular, Style::Italic, Style::Regular]);
        // Runs follow each other without gaps or overlaps.
        for pair in line.runs.windows(2) {
            assert!((pair[0].x + pair[0].width - pair[1].x).abs() < 1e-3);
        }
    }

    #[test]
    fn forced_breaks_end_lines() {
        let pieces = pieces(&regular("one two\nthree")).unwrap();
        let ranges = break_lines(&pieces, 100.0, Breaking::Balanced).unwrap();
        assert_eq!(ranges, vec![0..2, 2..3]);
        let ranges = break_lines(&pieces, 100.0, Breaking::Paragraph).unwrap();
        assert_eq!(ranges, vec![0..2, 2..3]);
    }

    #[test]
    fn balanced_lines_leave_no_lone_last_word() {
        // Greedy filling would leave "them?" alone on the last line at this width.
        let text = "What insecurities do you have that impact our relationship, and how can I help ease them?";
        let pieces = pieces(&regular(text)).unwrap();
        let width = line_width(&pieces[..pieces.len() - 1]) / 2.0 + 0.3;
        let ranges = break_lines(&pieces, width, Breaking::Balanced).unwrap();
        let last = ranges.last().unwrap();
        assert!(last.len() > 1, "{ranges:?}");
        let widths: Vec<f32> = ranges
            .iter()
            .map(|r| line_width(&pieces[r.clone()]))
            .collect();
        let (min, max) = (
            widths.iter().cloned().fold(f32::MAX, f32::min),
            widths.iter().cloned().fold(0.0, f32::max),
        );
        assert!(min > max * 0.6, "unbalanced: {widths:?}");
    }

    #[test]
    fn paragraph_avoids_a_lone_short_last_word() {
        let text = "Empathy allows partners to truly see and feel each other’s emotions, needs, and fears, which strengthens their bond.";
        let pieces = pieces(&regular(text)).unwrap();
        // A width at which greedy filling leaves "bond." alone.
        let width = line_width(&pieces[..pieces.len() - 1]) / 3.0 + 0.05;
        let ranges = break_lines(&pieces, width, Breaking::Paragraph).unwrap();
        assert!(ranges.last().unwrap().len() > 1, "{ranges:?}");
        for range in &ranges {
            assert!(line_width(&pieces[range.clone()]) <= width);
        }
    }

    #[test]
    fn line_widths_are_those_of_line_width_to_the_bit() {
        let text = "Moreover, empathy allows couples to offer  meaningful support when their \
                    partner is struggling,\ncreating a sense of partnership.";
        let pieces = pieces(&regular(text)).unwrap();
        let n = pieces.len();
        let mut widths = LineWidths::new(&pieces);
        // Ends growing for each start, then from scratch in another order.
        let mut asked: Vec<(usize, usize)> =
            (1..=n).flat_map(|j| (0..j).map(move |i| (i, j))).collect();
        asked.extend(
            (0..n)
                .rev()
                .flat_map(|i| (i + 1..=n).rev().map(move |j| (i, j))),
        );
        for (i, j) in asked {
            let fresh = line_width(&pieces[i..j]);
            assert_eq!(widths.line(i, j).to_bits(), fresh.to_bits(), "{i}..{j}");
        }
    }

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

    #[test]
    fn fit_shrinks_only_as_far_as_needed() {
        let short = fit(
            &regular("When do you feel most loved by me?"),
            &card(150.0, 200.0),
        )
        .unwrap();
        assert_eq!(short.size, 16.0);
        let long_text = "What’s a personal or relational wound you’re still healing from, and how can I support that process?";
        let long = fit(&regular(long_text), &card(150.0, 90.0)).unwrap();
        assert!(long.size < 16.0 && long.size >= 11.0, "{}", long.size);
        assert!(long.height() <= 90.0);
        // One step larger would not have fitted.
        let larger = fit(
            &regular(long_text),
            &Fit {
                min_size: long.size + SIZE_STEP,
                ..card(150.0, 90.0)
            },
        );
        assert!(larger.is_err());
        for line in &long.lines {
            assert!(line.x >= -1e-3 && line.x + line.width <= 150.0 + 1e-3);
        }
    }

    #[test]
    fn overlong_text_is_an_error() {
        let text = "word ".repeat(200);
        assert_eq!(
            fit(&regular(&text), &card(150.0, 200.0)),
            Err(LayoutError::DoesNotFit { min_size: 11.0 })
        );
        // A single word wider than the box cannot be broken either.
        assert!(fit(&regular("Incomprehensibilities"), &card(40.0, 200.0)).is_err());
    }

    #[test]
    fn stacks_share_one_size_and_the_height() {
        let paragraphs = vec![
            regular(
                "Here’s a list of questions designed to help you and your partner deepen understanding.",
            ),
            regular("These questions can create opportunities for meaningful conversations."),
        ];
        let blocks = fit_stack(&paragraphs, 1.0, &card(140.0, 150.0)).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].size, blocks[1].size);
        assert!(stack_height(&blocks, 1.0) <= 150.0);
        assert!(blocks[0].size < 16.0);
    }

    #[test]
    fn missing_glyph_is_an_error() {
        assert_eq!(
            fit(&regular("Say 你好"), &card(150.0, 200.0)),
            Err(LayoutError::MissingGlyph {
                character: '你',
                style: Style::Regular
            })
        );
    }
}
