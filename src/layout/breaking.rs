//! Line breaking: where the lines of a paragraph end, for a measure given in em.
//!
//! Lines are chosen by dynamic programming rather than greedily, so the last line is not left
//! with a lone word when a better set of breaks exists. The work is linear in the length of the
//! text: a line is looked for only as far back as it fits (and never over more than
//! [`MAX_LINE_PIECES`] pieces), and balanced breaking, which must use the fewest lines possible,
//! only considers the line counts that can still lead to that fewest.

use std::ops::Range;

use super::breaks::Rules;
use super::pieces::Piece;

/// How to choose line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breaking {
    /// As few lines as possible, all of about the same length, keeping the rules of
    /// `super::breaks` (no lone last word, no line ending with a one-letter word) wherever
    /// the line count allows: for centred text on cards and covers.
    Balanced,
    /// Lines as full as possible and evenly so, the last line free to be short but not a lone
    /// short word: for running text.
    Paragraph,
}

/// The width in em of the line made of `pieces` (trailing spaces of the last piece excluded,
/// the hyphen it shows after a soft hyphen included).
pub fn line_width(pieces: &[Piece]) -> f32 {
    let full: f32 = pieces
        .iter()
        .map(|p| p.body_width() + p.space_width())
        .sum();
    full - pieces.last().map_or(0.0, Piece::line_end_trim)
}

/// The widths of the lines a set of pieces can make, each computed once and exactly as
/// [`line_width`] computes it (the same sums in the same order, so the same rounding).
struct LineWidths {
    /// Each piece's body and spaces.
    full: Vec<f32>,
    /// What each piece takes off a line it ends ([`Piece::line_end_trim`]).
    trim: Vec<f32>,
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
            trim: pieces.iter().map(Piece::line_end_trim).collect(),
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
        self.sums[start] - self.trim[end - 1]
    }
}

/// The most pieces one line may hold. No line of real text comes near it (a booklet line holds
/// about a dozen words, a card's far fewer); it bounds how far back a line is looked for when
/// pieces are next to nothing wide (a run of zero-width characters), so that breaking stays
/// linear in the length of the text.
pub const MAX_LINE_PIECES: usize = 128;

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
    if pieces.iter().any(|p| p.alone_width() > max_width) {
        return None;
    }
    let n = pieces.len();
    let lines = Candidates::new(pieces, max_width);
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
    let from = match breaking {
        Breaking::Paragraph => {
            // best[j]: least cost of setting pieces[..j]; from[j]: where its last line starts.
            let mut best = vec![f32::INFINITY; n + 1];
            let mut from = vec![0; n + 1];
            best[0] = 0.0;
            for j in 1..=n {
                for &(i, width) in lines.ending(j) {
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
            from
        }
        Breaking::Balanced => {
            // The least cost of setting pieces[..j] on k lines, for the k that can still lead to
            // the fewest lines for the whole text. Setting pieces[..j] takes at least fewest[j]
            // lines and the rest at least needed[j], and fewest[j] + needed[j] is never below
            // fewest[n]: so the only k that can lead there is fewest[j], and only when
            // fewest[j] + needed[j] == fewest[n]. One cost per piece, not one per piece and
            // line count.
            let fewest = lines.fewest();
            let needed = lines.needed();
            let count = fewest[n];
            let rules = Rules::new(pieces);
            let on_the_way = |j: usize| fewest[j].saturating_add(needed[j]) == count;
            let mut best = vec![f32::INFINITY; n + 1];
            let mut from = vec![0; n + 1];
            best[0] = 0.0;
            for j in (1..=n).filter(|&j| on_the_way(j)) {
                for &(i, width) in lines.ending(j) {
                    if !on_the_way(i) || fewest[i] + 1 != fewest[j] {
                        continue;
                    }
                    let total = best[i] + slack(width) + rules.line_cost(i, j, n);
                    if total < best[j] {
                        best[j] = total;
                        from[j] = i;
                    }
                }
            }
            from
        }
    };
    Some(ranges_from(&from, n))
}

/// Every line pieces can make: for each end, the starts of the lines that may end there with
/// their widths, nearest start first, while the line fits and holds no forced break before its
/// last piece (and at most [`MAX_LINE_PIECES`] pieces). All of them in one list, to keep a long
/// text's table small.
struct Candidates {
    /// (first piece, width in em) of each line, grouped by end.
    lines: Vec<(usize, f32)>,
    /// `lines[offsets[j - 1]..offsets[j]]` end before piece `j`.
    offsets: Vec<usize>,
}

impl Candidates {
    fn new(pieces: &[Piece], max_width: f32) -> Candidates {
        let n = pieces.len();
        let mut widths = LineWidths::new(pieces);
        let mut lines = Vec::new();
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0);
        for j in 1..=n {
            for i in (j.saturating_sub(MAX_LINE_PIECES)..j).rev() {
                let width = widths.line(i, j);
                if width > max_width {
                    break;
                }
                if i + 1 < j && pieces[i].forced_break {
                    // Every earlier start has this forced break inside its line too.
                    break;
                }
                lines.push((i, width));
            }
            offsets.push(lines.len());
        }
        Candidates { lines, offsets }
    }

    /// The lines that end before piece `j` (`j >= 1`), nearest start first.
    fn ending(&self, j: usize) -> &[(usize, f32)] {
        &self.lines[self.offsets[j - 1]..self.offsets[j]]
    }

    /// The number of pieces.
    fn pieces(&self) -> usize {
        self.offsets.len() - 1
    }

    /// `fewest[j]`: the fewest lines pieces[..j] can be set on (`usize::MAX` if none).
    fn fewest(&self) -> Vec<usize> {
        let n = self.pieces();
        let mut fewest = vec![usize::MAX; n + 1];
        fewest[0] = 0;
        for j in 1..=n {
            for &(i, _) in self.ending(j) {
                fewest[j] = fewest[j].min(fewest[i].saturating_add(1));
            }
        }
        fewest
    }

    /// `needed[j]`: the fewest lines pieces[j..] can be set on (`usize::MAX` if none).
    fn needed(&self) -> Vec<usize> {
        let n = self.pieces();
        let mut needed = vec![usize::MAX; n + 1];
        needed[n] = 0;
        // Every line starting at `j` ends later, so needed[j] is final when `j` is reached.
        for j in (1..=n).rev() {
            let after = needed[j].saturating_add(1);
            for &(i, _) in self.ending(j) {
                needed[i] = needed[i].min(after);
            }
        }
        needed
    }
}

/// The lines from the start of each line's best last line, back from the end.
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

#[cfg(test)]
mod tests {
    use super::super::{Span, Style, pieces};
    use super::*;

    fn regular(text: &str) -> Vec<Span> {
        vec![Span::new(text, Style::Regular)]
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

    /// Breaks as deckle did before its breaking was made linear: the costs of every line count
    /// for balanced lines, each line's width added up afresh. The reference the tests below
    /// hold [`break_lines`] to.
    fn reference(pieces: &[Piece], max_width: f32, breaking: Breaking) -> Vec<Range<usize>> {
        let n = pieces.len();
        let fits = |i: usize, j: usize| {
            line_width(&pieces[i..j]) <= max_width
                && !pieces[i..j - 1].iter().any(|p| p.forced_break)
        };
        // The starts of the lines ending before j, nearest first, as far back as they fit.
        let starts = |j: usize| (0..j).rev().take_while(move |&i| fits(i, j));
        let slack = |i: usize, j: usize| {
            let s = (max_width - line_width(&pieces[i..j])) / max_width;
            s * s
        };
        let lone = |i: usize, j: usize| {
            let short = line_width(&pieces[i..j]) < max_width * 0.4;
            if j == n && j - i == 1 && i > 0 && short {
                1.0
            } else {
                0.0
            }
        };
        let rules = Rules::new(pieces);
        // Rows of (cost, start of the last line); one row for running text.
        let rows = match breaking {
            Breaking::Paragraph => 1,
            Breaking::Balanced => {
                // The fewest lines: filling each as far as it goes.
                let (mut count, mut start) = (0, 0);
                while start < n {
                    let mut end = start + 1;
                    while end < n && fits(start, end + 1) {
                        end += 1;
                    }
                    count += 1;
                    start = end;
                }
                count
            }
        };
        let mut best = vec![vec![(f32::INFINITY, 0); n + 1]; rows + 1];
        best[0][0].0 = 0.0;
        for k in 1..=rows {
            for j in 1..=n {
                for i in starts(j) {
                    let (previous, cost) = match breaking {
                        Breaking::Paragraph if j == n => (best[1][i].0, lone(i, j)),
                        Breaking::Paragraph => (best[1][i].0, slack(i, j)),
                        Breaking::Balanced => {
                            (best[k - 1][i].0, slack(i, j) + rules.line_cost(i, j, n))
                        }
                    };
                    let previous = if i == 0 { 0.0 } else { previous };
                    if previous + cost < best[k][j].0 {
                        best[k][j] = (previous + cost, i);
                    }
                }
            }
        }
        let mut ranges = Vec::new();
        let (mut k, mut j) = (rows, n);
        while j > 0 {
            let i = best[k][j].1;
            ranges.push(i..j);
            j = i;
            if breaking == Breaking::Balanced {
                k -= 1;
            }
        }
        ranges.reverse();
        ranges
    }

    /// Every paragraph of the seed project, as the cards and the booklet set them.
    fn seed_paragraphs() -> Vec<String> {
        let article = include_str!("../../content/article.md");
        let questions = include_str!("../../content/questions.yaml");
        let mut paragraphs: Vec<String> = article
            .split("\n\n")
            .map(|p| p.trim().trim_start_matches('#').trim().to_string())
            .filter(|p| !p.is_empty() && !p.starts_with("---"))
            .collect();
        for line in questions.lines().chain(article.lines()) {
            if let Some((_, value)) = line.split_once(": \"") {
                paragraphs.push(value.trim_end_matches('"').to_string());
            }
        }
        paragraphs
    }

    #[test]
    fn breaks_are_those_of_the_quadratic_breaker_on_the_seed() {
        let paragraphs = seed_paragraphs();
        assert!(paragraphs.len() > 25, "{paragraphs:?}");
        let mut compared = 0;
        for text in &paragraphs {
            for style in [Style::Regular, Style::Italic] {
                let pieces = pieces(&[Span::new(text, style)]).unwrap();
                // Card widths at card sizes, the booklet's column at its sizes, and the rest.
                for tenth in (40..=400).step_by(11) {
                    let max_width = tenth as f32 / 10.0;
                    for breaking in [Breaking::Balanced, Breaking::Paragraph] {
                        let expected = pieces
                            .iter()
                            .all(|p| p.body_width() <= max_width)
                            .then(|| reference(&pieces, max_width, breaking));
                        assert_eq!(
                            break_lines(&pieces, max_width, breaking),
                            expected,
                            "{breaking:?} at {max_width} em: {text}"
                        );
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 2000);
    }

    #[test]
    fn breaks_are_those_of_the_quadratic_breaker_with_forced_breaks_and_styles() {
        let text = "What insecurities do you have\nthat impact our relationship,\n\nand how can I \
                    help ease them? Tell me gently, and take your time, there is no hurry at all.";
        let spans = [
            Span::new(text, Style::Regular),
            Span::new(" Why now, and why me?", Style::Italic),
        ];
        let pieces = pieces(&spans).unwrap();
        for tenth in 60..=300 {
            let max_width = tenth as f32 / 10.0;
            for breaking in [Breaking::Balanced, Breaking::Paragraph] {
                assert_eq!(
                    break_lines(&pieces, max_width, breaking),
                    Some(reference(&pieces, max_width, breaking)),
                    "{breaking:?} at {max_width} em"
                );
            }
        }
    }

    #[test]
    fn long_text_is_broken_on_the_fewest_balanced_lines() {
        let words = [
            "empathy ",
            "and ",
            "understanding ",
            "create ",
            "a ",
            "relationship ",
        ];
        let text: String = (0..10_000).map(|i| words[i * 7 % words.len()]).collect();
        let pieces = pieces(&regular(&text)).unwrap();
        let balanced = break_lines(&pieces, 20.0, Breaking::Balanced).unwrap();
        let running = break_lines(&pieces, 20.0, Breaking::Paragraph).unwrap();
        for ranges in [&balanced, &running] {
            assert_eq!(ranges.first().unwrap().start, 0);
            assert_eq!(ranges.last().unwrap().end, pieces.len());
            for (line, next) in ranges.iter().zip(ranges.iter().skip(1)) {
                assert_eq!(line.end, next.start);
                assert!(line_width(&pieces[line.clone()]) <= 20.0);
            }
        }
        // Filling each line as far as it goes gives the fewest lines.
        let lines = Candidates::new(&pieces, 20.0);
        assert_eq!(balanced.len(), lines.fewest()[pieces.len()]);
        assert!(balanced.len() <= running.len());
        assert!(balanced.len() > 1000, "{}", balanced.len());
    }

    #[test]
    fn no_line_holds_more_than_the_most_pieces() {
        // Zero-width spaces: pieces next to nothing wide, each a break opportunity.
        let text = "a\u{200B}".repeat(3 * MAX_LINE_PIECES);
        let pieces = pieces(&regular(&text)).unwrap();
        assert!(pieces.len() >= 3 * MAX_LINE_PIECES, "{}", pieces.len());
        for breaking in [Breaking::Balanced, Breaking::Paragraph] {
            let ranges = break_lines(&pieces, 1e6, breaking).unwrap();
            assert!(ranges.iter().all(|r| r.len() <= MAX_LINE_PIECES));
            assert_eq!(ranges.len(), pieces.len().div_ceil(MAX_LINE_PIECES));
        }
    }
}
