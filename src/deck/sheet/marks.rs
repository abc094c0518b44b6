//! The marks printed between the cards of a home-printing sheet: cut marks (short marks on the
//! lines of the cards' edges, or a dashed line along every edge just outside it) and the fold
//! lines of folded-over pairs, only ever in the margins and gutters, never on a card, and never
//! nearer the paper's edge than `MARK_EDGE`.

use crate::display::Rect;
use crate::settings::{Backs, CutMarks};

use super::{Fold, Imposition, MARK_EDGE, MARK_GAP, MARK_LENGTH};

impl Imposition {
    /// The fold lines of fold-over pairs in slots `0..used`, drawn only outside the cards:
    /// short segments in the margins and gutters at both ends of each fold.
    pub fn fold_marks(&self, used: usize) -> Vec<((f32, f32), (f32, f32))> {
        let Some(fold) = self.fold else {
            return Vec::new();
        };
        let cards = self.occupied(used);
        (0..used)
            .flat_map(|slot| {
                let front = self.front(slot);
                match fold {
                    Fold::Vertical => self.free_spans(Direction::Vertical, front.right(), &cards),
                    Fold::Horizontal => self.free_spans(Direction::Horizontal, front.y, &cards),
                }
                .into_iter()
                .filter_map(|span| self.near_cards(span))
                .collect::<Vec<_>>()
            })
            .collect()
    }

    /// The rectangles of every card (fronts and same-page backs) in slots `0..used`.
    pub(super) fn occupied(&self, used: usize) -> Vec<Rect> {
        (0..used)
            .flat_map(|slot| {
                let back = if self.backs == Backs::FoldOver {
                    self.back(slot)
                } else {
                    None
                };
                std::iter::once(self.front(slot)).chain(back)
            })
            .collect()
    }

    /// What is cut out in slots `0..used`: each card, or each folded pair as one piece.
    fn outlines(&self, used: usize) -> Vec<Rect> {
        (0..used)
            .map(|slot| {
                let mut outline = self.front(slot);
                if let (Some(back), Backs::FoldOver) = (self.back(slot), self.backs) {
                    let right = outline.right().max(back.right());
                    let top = outline.top().max(back.top());
                    outline.x = outline.x.min(back.x);
                    outline.y = outline.y.min(back.y);
                    outline.w = right - outline.x;
                    outline.h = top - outline.y;
                }
                outline
            })
            .collect()
    }

    /// The cut marks for a page whose slots `0..used` hold cards: for [`CutMarks::Corners`],
    /// segments on the lines of the cards' edges in the margins and gutters; for
    /// [`CutMarks::DashedLines`], the four sides of each piece to cut out, `MARK_GAP`
    /// outside it (less where the paper's `MARK_EDGE` comes first).
    pub fn cut_marks(&self, used: usize, style: CutMarks) -> Vec<((f32, f32), (f32, f32))> {
        let outlines = self.outlines(used);
        if style == CutMarks::DashedLines {
            return outlines
                .iter()
                .flat_map(|outline| self.dashed_outline(outline))
                .collect();
        }
        let cards = self.occupied(used);
        let unique = |mut values: Vec<f32>| {
            values.sort_by(f32::total_cmp);
            values.dedup_by(|a, b| (*a - *b).abs() < 1e-3);
            values
        };
        let verticals = unique(outlines.iter().flat_map(|o| [o.x, o.right()]).collect());
        let horizontals = unique(outlines.iter().flat_map(|o| [o.y, o.top()]).collect());
        let mut marks = Vec::new();
        for (direction, lines) in [
            (Direction::Vertical, verticals),
            (Direction::Horizontal, horizontals),
        ] {
            for at in lines {
                for span in self.free_spans(direction, at, &cards) {
                    marks.extend(self.near_cards(span));
                }
            }
        }
        marks
    }

    /// The four sides of the rectangle `MARK_GAP` outside `outline`, kept `MARK_EDGE`
    /// from the paper's edges.
    fn dashed_outline(&self, outline: &Rect) -> [((f32, f32), (f32, f32)); 4] {
        let around = outline.grow(MARK_GAP);
        let left = around.x.max(MARK_EDGE);
        let bottom = around.y.max(MARK_EDGE);
        let right = around.right().min(self.page.width - MARK_EDGE);
        let top = around.top().min(self.page.height - MARK_EDGE);
        [
            ((left, bottom), (right, bottom)),
            ((right, bottom), (right, top)),
            ((right, top), (left, top)),
            ((left, top), (left, bottom)),
        ]
    }

    /// The parts of a full-page line that pass no card (keeping `MARK_GAP` from each) and
    /// stay `MARK_EDGE` from the sheet's edges.
    fn free_spans(&self, direction: Direction, at: f32, cards: &[Rect]) -> Vec<Span> {
        let length = match direction {
            Direction::Vertical => self.page.height,
            Direction::Horizontal => self.page.width,
        };
        let mut blocked: Vec<(f32, f32)> = cards
            .iter()
            .filter_map(|card| {
                let (across, along) = direction.extents(card);
                (across.0 - 1e-3 <= at && at <= across.1 + 1e-3)
                    .then_some((along.0 - MARK_GAP, along.1 + MARK_GAP))
            })
            .collect();
        blocked.sort_by(|a, b| a.0.total_cmp(&b.0));
        // The gaps between blocked stretches, then the gap after the last one.
        let end = length - MARK_EDGE;
        let mut gaps = Vec::new();
        let mut from = (MARK_EDGE, false);
        for (start, stop) in blocked {
            gaps.push((from, (start.min(end), true)));
            from = (from.0.max(stop), true);
        }
        gaps.push((from, (end, false)));
        gaps.into_iter()
            .filter(|(from, to)| to.0 > from.0 + 1e-3)
            .map(|(from, to)| Span {
                direction,
                at,
                from: from.0,
                to: to.0,
                at_card: (from.1, to.1),
            })
            .collect()
    }

    /// For corner marks: a span between two cards whole, a span from a card to the margin
    /// cut to [`MARK_LENGTH`] next to the card, a span touching no card not at all.
    fn near_cards(&self, span: Span) -> Option<((f32, f32), (f32, f32))> {
        let (a, b) = (span.from, span.to);
        let (from, to) = match span.at_card {
            (true, true) => (a, b),
            (true, false) => (a, b.min(a + MARK_LENGTH)),
            (false, true) => (a.max(b - MARK_LENGTH), b),
            (false, false) => return None,
        };
        Some(span.direction.segment(span.at, from, to))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Vertical,
    Horizontal,
}

impl Direction {
    /// A rectangle's extent across a line of this direction, then along it.
    fn extents(self, rect: &Rect) -> ((f32, f32), (f32, f32)) {
        let horizontal = (rect.x, rect.right());
        let vertical = (rect.y, rect.top());
        match self {
            Direction::Vertical => (horizontal, vertical),
            Direction::Horizontal => (vertical, horizontal),
        }
    }

    fn segment(self, at: f32, from: f32, to: f32) -> ((f32, f32), (f32, f32)) {
        match self {
            Direction::Vertical => ((at, from), (at, to)),
            Direction::Horizontal => ((from, at), (to, at)),
        }
    }
}

/// A free stretch of a cut line, from `from` to `to` along the line at `at`.
#[derive(Debug, Clone, Copy)]
struct Span {
    direction: Direction,
    at: f32,
    from: f32,
    to: f32,
    /// Whether the stretch starts, then ends, next to a card (rather than at the margin).
    at_card: (bool, bool),
}

#[cfg(test)]
mod tests {
    use super::super::tests::every_layout;
    use super::*;
    use crate::settings::Size;

    #[test]
    fn cut_marks_never_touch_a_card() {
        for layout in every_layout() {
            for used in [1, layout.per_sheet()] {
                let cards = layout.occupied(used);
                for style in [CutMarks::Corners, CutMarks::DashedLines] {
                    let marks = layout.cut_marks(used, style);
                    assert!(!marks.is_empty(), "{layout:?}");
                    for ((x1, y1), (x2, y2)) in marks {
                        let mark =
                            Rect::new(x1.min(x2), y1.min(y2), (x2 - x1).abs(), (y2 - y1).abs());
                        // Dashed outlines come closer than MARK_GAP where the paper's edge
                        // is near.
                        let gap = match style {
                            CutMarks::Corners => MARK_GAP - 0.01,
                            CutMarks::DashedLines => 0.05,
                        };
                        for card in &cards {
                            assert!(
                                !card.grow(gap).overlaps(&mark.grow(0.001)),
                                "{layout:?} {mark:?} {card:?}"
                            );
                        }
                        let sheet = Rect::new(0.0, 0.0, layout.page.width, layout.page.height)
                            .grow(-MARK_EDGE);
                        assert!(sheet.contains(&mark), "{mark:?}");
                    }
                }
                for ((x1, y1), (x2, y2)) in layout.fold_marks(used) {
                    let mark = Rect::new(x1.min(x2), y1.min(y2), (x2 - x1).abs(), (y2 - y1).abs());
                    assert!(cards.iter().all(|c| !c.overlaps(&mark.grow(0.001))));
                }
            }
        }
    }

    #[test]
    fn every_card_corner_gets_marks() {
        let layout = Imposition::new(Size::A4, Size::POKER, Backs::DuplexLongEdge).unwrap();
        let marks = layout.cut_marks(9, CutMarks::Corners);
        for slot in 0..9 {
            let card = layout.front(slot);
            for (x, y) in [
                (card.x, card.y),
                (card.right(), card.y),
                (card.x, card.top()),
                (card.right(), card.top()),
            ] {
                let near = |(a, b): (f32, f32)| {
                    (a - x).abs() < 1e-3 && ((b - y).abs() - MARK_GAP).abs() < 1e-3
                        || (b - y).abs() < 1e-3 && ((a - x).abs() - MARK_GAP).abs() < 1e-3
                };
                let count = marks.iter().filter(|(p, q)| near(*p) || near(*q)).count();
                assert_eq!(count, 2, "slot {slot} corner ({x}, {y})");
            }
        }
    }
}
