//! Cutting text into pieces: the stretches between two line-break opportunities of Unicode's
//! line breaking algorithm (UAX #14), each shaped once in em so that every later step (breaking,
//! fitting, setting) only adds up and scales their widths.
//!
//! A soft hyphen (U+00AD) is never drawn: the line-break opportunity after it ends a piece,
//! and a line that ends there gets a hyphen ([`Piece::hyphen`]).

use std::ops::Range;
use std::rc::Rc;

use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::LayoutError;
use super::shape::{Glyph, ShapedRun, Span, shape_shared};
use crate::content::SOFT_HYPHEN;

/// What a line that ends at a soft hyphen shows there.
const HYPHEN: &str = "-";

#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The visible part (a word and any punctuation glued to it), possibly in several styles.
    /// Runs are shared with the shaping cache and with the other pieces of the same text.
    pub body: Vec<Rc<ShapedRun>>,
    /// The spaces after it: set between pieces, dropped at the end of a line.
    pub space: Option<Rc<ShapedRun>>,
    /// Whether a line must end after this piece (the text had a line break here).
    pub forced_break: bool,
    /// The hyphen drawn when a line ends after this piece: it ended with a soft hyphen.
    pub hyphen: Option<Rc<ShapedRun>>,
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

    /// The width of the hyphen a line ending here shows, in em (0 for most pieces).
    pub fn hyphen_width(&self) -> f32 {
        self.hyphen.as_ref().map_or(0.0, |r| r.width)
    }

    /// The width of a line holding this piece alone, in em.
    pub fn alone_width(&self) -> f32 {
        self.body_width() + self.hyphen_width()
    }

    /// What a line ending after this piece takes off the piece's full width (its spaces,
    /// less the hyphen it shows then), in em.
    pub fn line_end_trim(&self) -> f32 {
        self.space_width() - self.hyphen_width()
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
                    .filter(|c| !c.is_control() && *c != SOFT_HYPHEN)
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
            let hyphen = match text[start..body_end].strip_suffix(SOFT_HYPHEN) {
                Some(_) if !body.is_empty() => {
                    let style = styled
                        .iter()
                        .find(|(range, _)| range.contains(&(body_end - 1)))
                        .map(|(_, style)| *style);
                    style.map(|style| shape_shared(HYPHEN, style)).transpose()?
                }
                _ => None,
            };
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
                    hyphen,
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

#[cfg(test)]
mod tests {
    use super::super::{Font, Style, set_block, set_line};
    use super::*;

    fn regular(text: &str) -> Vec<Span> {
        vec![Span::new(text, Style::Regular)]
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
    fn a_soft_hyphen_shows_only_where_the_line_breaks() {
        let pieces = pieces(&regular("an extra\u{AD}ordinary day")).unwrap();
        assert_eq!(pieces.len(), 4);
        assert!(pieces[1].hyphen.is_some() && pieces[2].hyphen.is_none());
        // No glyph stands for the soft hyphen itself.
        let all = 0..pieces.len();
        let one_line = set_block(&pieces, std::slice::from_ref(&all), 10.0, 12.0);
        assert_eq!(one_line.text(), "an extraordinary day");
        // Vollkorn has a glyph of its own for U+00AD, a visible hyphen: it is never set.
        let soft = Font::get(Style::Regular).face.glyph_index(SOFT_HYPHEN);
        let soft = soft.map(|g| g.0).expect("Vollkorn maps the soft hyphen");
        let mut glyphs = one_line
            .lines
            .iter()
            .flat_map(|l| &l.runs)
            .flat_map(|r| &r.glyphs);
        assert!(glyphs.all(|g| g.id != soft));
        let broken = set_block(&pieces, &[0..2, 2..4], 10.0, 12.0);
        assert_eq!(broken.text(), "an extra-\nordinary day");
        let hyphen = &broken.lines[0].runs.last().unwrap();
        let end = hyphen.x + hyphen.width;
        assert!((broken.lines[0].width - end).abs() < 1e-3);
        assert!(pieces[1].alone_width() > pieces[1].body_width());
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
}
