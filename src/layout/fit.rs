//! Fitting text into a box: the largest font size, from a preferred one down to a smallest
//! allowed, at which a text (or a stack of paragraphs at one size) fits a box's width and height.
//!
//! A size whose lines could not possibly fit the height (their bodies alone, laid end to end,
//! fill more lines than the box holds) is refused before its lines are broken, so a text far
//! too long for its box (a whole article pasted as a question) is refused at once.

use std::ops::Range;

use super::LayoutError;
use super::breaking::{Breaking, MAX_LINE_PIECES, break_lines};
use super::breaks::{SHRINK_TO_KEEP_RULES, breaks_a_rule};
use super::pieces::{Piece, pieces};
use super::set::{Align, TextBlock, block_of, outline_block, set_block};
use super::shape::Span;

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
    let bodies: Vec<Bodies> = pieces.iter().map(|p| Bodies::of(p)).collect();
    let steps = ((fit.max_size - fit.min_size) / SIZE_STEP).floor().max(0.0) as usize;
    // The largest setting that fits but breaks a typographic rule, kept while smaller sizes
    // are tried.
    let mut fallback = None;
    'sizes: for step in 0..=steps {
        let size = fit.max_size - step as f32 * SIZE_STEP;
        let leading = size * fit.leading;
        if least_stack_height(&bodies, fit.width / size, size, leading, gap) > fit.height {
            // Even lines filled to the last hair would be too many at this size.
            continue;
        }
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

/// What bounds the number of lines a paragraph needs: its pieces' bodies laid end to end (no
/// line holds more of them than its width) and how many pieces it has.
struct Bodies {
    /// The widths of the pieces' bodies added up, in em.
    width: f64,
    /// The number of pieces.
    count: usize,
}

impl Bodies {
    fn of(pieces: &[Piece]) -> Bodies {
        Bodies {
            width: pieces.iter().map(|p| f64::from(p.body_width())).sum(),
            count: pieces.len(),
        }
    }

    /// At most the number of lines [`break_lines`] sets the paragraph on, `max_width` em wide.
    fn least_lines(&self, max_width: f32) -> usize {
        if self.count == 0 {
            return 0;
        }
        // A line's width is added up in f32: allow it a little rounding.
        let by_width = (self.width / (f64::from(max_width) * 1.001)).ceil();
        let by_width = if by_width < self.count as f64 {
            by_width as usize
        } else {
            self.count
        };
        by_width.max(self.count.div_ceil(MAX_LINE_PIECES)).max(1)
    }
}

/// At most the height [`stack_height`] gives for the paragraphs set at `size`, added up the
/// same way, so that a size this refuses could not have fitted.
fn least_stack_height(
    paragraphs: &[Bodies],
    max_width: f32,
    size: f32,
    leading: f32,
    gap: f32,
) -> f32 {
    let frame = block_of(Vec::new(), size, leading);
    let gaps = paragraphs.len().saturating_sub(1) as f32;
    paragraphs
        .iter()
        .map(|p| frame.height_with(p.least_lines(max_width)))
        .sum::<f32>()
        + gaps * gap * leading
}

/// The height of `blocks` set one below the other with `gap` times their leading between.
pub fn stack_height(blocks: &[TextBlock], gap: f32) -> f32 {
    let gaps = blocks.len().saturating_sub(1) as f32;
    blocks.iter().map(TextBlock::height).sum::<f32>()
        + gaps * gap * blocks.first().map_or(0.0, |b| b.leading)
}

#[cfg(test)]
mod tests {
    use super::super::Style;
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

    #[test]
    fn the_height_bound_never_exceeds_the_height_set() {
        let text = "What’s a personal or relational wound you’re still healing from, and how can I \
                    support that process? Take your time.\nThere is no hurry at all.";
        let mut checked = 0;
        for words in [1, 3, 12, 40] {
            let spans = regular(&text.split(' ').take(words).collect::<Vec<_>>().join(" "));
            let paragraph = pieces(&spans).unwrap();
            let bodies = [Bodies::of(&paragraph)];
            for size in [7.0, 11.0, 16.0] {
                for width in [60.0_f32, 150.0, 400.0] {
                    let breaking = [Breaking::Balanced, Breaking::Paragraph];
                    for ranges in breaking
                        .map(|b| break_lines(&paragraph, width / size, b))
                        .into_iter()
                        .flatten()
                    {
                        checked += 1;
                        let block = outline_block(&paragraph, &ranges, size, size * 1.3);
                        let least =
                            least_stack_height(&bodies, width / size, size, size * 1.3, 0.0);
                        assert!(
                            least <= block.height(),
                            "{words} words at {size} pt in {width}"
                        );
                    }
                }
            }
        }
        assert!(checked > 50, "{checked}");
        // Far too long: refused by the bound at every size.
        let long = [Bodies::of(
            &pieces(&regular(&"word ".repeat(10_000))).unwrap(),
        )];
        assert!(least_stack_height(&long, 150.0 / 11.0, 11.0, 14.3, 0.0) > 10_000.0);
    }
}
