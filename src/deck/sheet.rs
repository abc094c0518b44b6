//! Where cards go on a sheet of paper for home printing: the grid, and the backs' positions
//! for each way of printing them ([`marks`] adds the cut and fold marks between them). Pure
//! geometry in millimetres, from the sheet's bottom-left corner.

mod marks;

use crate::display::Rect;
use crate::settings::{Backs, PRINTER_MARGIN_MM, Size};

/// The smallest space between two cards, in mm: room for a cut mark between them.
pub const MIN_GUTTER: f32 = 2.5;
/// How close to the sheet's edge a cut mark's centre line may go, in mm: the printer margin
/// ([`PRINTER_MARGIN_MM`], which cards stay inside too) and a tenth for the mark's width, so
/// no ink lands where printers that leave 4.2 to 5 mm unprinted drop it.
pub const MARK_EDGE: f32 = PRINTER_MARGIN_MM + 0.1;
/// The largest space between two cards, in mm; more space goes to the outer margins.
pub const MAX_GUTTER: f32 = 8.0;
/// How far cut marks stay from the cards, in mm.
pub const MARK_GAP: f32 = 0.5;
/// How long a corner mark is at most, in mm.
pub const MARK_LENGTH: f32 = 4.0;
/// The shortest corner mark worth printing in an outer margin, in mm.
const MIN_OUTER_MARK: f32 = 2.0;
/// From this many cells on, every cut line across an axis crosses at least two gutters of the
/// other axis, so its marks there suffice to lay a ruler on: no room is kept for marks in
/// the outer margins. With fewer, the margins must hold marks of [`MIN_OUTER_MARK`].
const CELLS_MARKED_BY_GUTTERS: usize = 3;

/// One axis of a grid: how many cells, how big, where they start and how far apart.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Axis {
    count: usize,
    /// How many cells would fit if no room were kept for outer cut marks.
    most: usize,
    start: f32,
    step: f32,
}

impl Axis {
    /// The most cells of length `cell` that fit on a sheet side of `length`, evenly spaced,
    /// inside the printer margins and leaving room for outer cut marks when the cells are too
    /// few for the gutters' marks alone ([`CELLS_MARKED_BY_GUTTERS`]).
    fn fit(length: f32, cell: f32) -> Option<Axis> {
        let most = Axis::count(length, cell, 0.0);
        let marked = Axis::count(length, cell, MARK_GAP + MIN_OUTER_MARK);
        let count = if most >= CELLS_MARKED_BY_GUTTERS {
            most
        } else {
            marked.max(most.min(1))
        };
        Axis::spaced(length, cell, count).map(|axis| Axis { most, ..axis })
    }

    /// How many cells fit between margins of [`PRINTER_MARGIN_MM`] plus `reserve` mm.
    fn count(length: f32, cell: f32, reserve: f32) -> usize {
        let usable = length - 2.0 * (PRINTER_MARGIN_MM + reserve);
        let needed = |n: usize| n as f32 * cell + n.saturating_sub(1) as f32 * MIN_GUTTER;
        let mut count = 0;
        while needed(count + 1) <= usable + 1e-4 {
            count += 1;
        }
        count
    }

    /// `count` cells spread over the side: gutters of up to [`MAX_GUTTER`], the rest shared by
    /// the outer margins.
    fn spaced(length: f32, cell: f32, count: usize) -> Option<Axis> {
        if count == 0 {
            return None;
        }
        let usable = length - 2.0 * PRINTER_MARGIN_MM;
        let n = count as f32;
        let spare = usable - n * cell;
        let gutter = if count > 1 {
            (spare / (n + 1.0)).clamp(MIN_GUTTER, MAX_GUTTER)
        } else {
            0.0
        };
        let zone = (spare - (n - 1.0) * gutter) / 2.0;
        Some(Axis {
            count,
            most: count,
            start: PRINTER_MARGIN_MM + zone,
            step: cell + gutter,
        })
    }
}

/// How a fold-over unit is folded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Front on the left, back on the right, folded along the vertical line between them.
    Vertical,
    /// Front above, back below, folded along the horizontal line between them.
    Horizontal,
}

/// The layout of cards on every sheet of the home-printing PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Imposition {
    /// The page size (the paper, possibly turned to landscape).
    pub page: Size,
    /// The card size.
    pub card: Size,
    /// How backs are printed.
    pub backs: Backs,
    /// For fold-over, which way the pairs fold.
    pub fold: Option<Fold>,
    columns: Axis,
    rows: Axis,
}

impl Imposition {
    /// The layout fitting the most cards, or `None` when not even one fits.
    ///
    /// Pages keep the paper's orientation unless turning them fits strictly more cards. Backs
    /// follow the paper whichever way the page is drawn: a long-edge flip mirrors across the
    /// paper's long side (see [`Imposition::back`]).
    pub fn new(paper: Size, card: Size, backs: Backs) -> Option<Imposition> {
        let turned = Size {
            width: paper.height,
            height: paper.width,
        };
        let pages = [paper, turned];
        let folds: &[Option<Fold>] = match backs {
            Backs::FoldOver => &[Some(Fold::Vertical), Some(Fold::Horizontal)],
            _ => &[None],
        };
        let mut best: Option<Imposition> = None;
        for page in pages {
            for &fold in folds {
                let unit = match fold {
                    Some(Fold::Vertical) => (2.0 * card.width, card.height),
                    Some(Fold::Horizontal) => (card.width, 2.0 * card.height),
                    None => (card.width, card.height),
                };
                let (Some(columns), Some(rows)) = (
                    Axis::fit(page.width, unit.0),
                    Axis::fit(page.height, unit.1),
                ) else {
                    continue;
                };
                let candidate = Imposition {
                    page,
                    card,
                    backs,
                    fold,
                    columns,
                    rows,
                };
                if best
                    .as_ref()
                    .is_none_or(|b| candidate.per_sheet() > b.per_sheet())
                {
                    best = Some(candidate);
                }
            }
        }
        best
    }

    /// How many cards one sheet holds.
    pub fn per_sheet(&self) -> usize {
        self.columns.count * self.rows.count
    }

    /// How many cards a sheet would hold if the outer margins kept no room for cut marks:
    /// more than [`Imposition::per_sheet`] when cards were left out to keep every mark
    /// `MARK_EDGE` from the paper's edge.
    pub fn per_sheet_without_mark_room(&self) -> usize {
        self.columns.most * self.rows.most
    }

    /// The number of columns and rows.
    pub fn grid(&self) -> (usize, usize) {
        (self.columns.count, self.rows.count)
    }

    /// The space between neighbouring cells, across and down, in mm.
    #[cfg(test)]
    fn gutters(&self) -> (f32, f32) {
        let (cell_w, cell_h) = self.cell_size();
        (self.columns.step - cell_w, self.rows.step - cell_h)
    }

    fn cell_size(&self) -> (f32, f32) {
        match self.fold {
            Some(Fold::Vertical) => (2.0 * self.card.width, self.card.height),
            Some(Fold::Horizontal) => (self.card.width, 2.0 * self.card.height),
            None => (self.card.width, self.card.height),
        }
    }

    /// The cell of slot `slot` (0-based, left to right then top to bottom).
    fn cell(&self, slot: usize) -> Rect {
        let (w, h) = self.cell_size();
        let column = slot % self.columns.count;
        let row = slot / self.columns.count;
        let top = self.page.height - self.rows.start - row as f32 * self.rows.step;
        Rect::new(
            self.columns.start + column as f32 * self.columns.step,
            top - h,
            w,
            h,
        )
    }

    /// Where slot `slot`'s front is on its page.
    pub fn front(&self, slot: usize) -> Rect {
        let cell = self.cell(slot);
        let card = self.card;
        match self.fold {
            Some(Fold::Horizontal) => {
                Rect::new(cell.x, cell.y + card.height, card.width, card.height)
            }
            _ => Rect::new(cell.x, cell.y, card.width, card.height),
        }
    }

    /// Where slot `slot`'s back is: on the same page for fold-over, on the following page for
    /// duplex printing, nowhere when backs are not printed.
    pub fn back(&self, slot: usize) -> Option<Rect> {
        let front = self.front(slot);
        match self.backs {
            Backs::None => None,
            Backs::DuplexLongEdge | Backs::DuplexShortEdge => {
                let (x1, y1) = self.behind(front.x, front.y);
                let (x2, y2) = self.behind(front.right(), front.top());
                Some(Rect::new(
                    x1.min(x2),
                    y1.min(y2),
                    (x2 - x1).abs(),
                    (y2 - y1).abs(),
                ))
            }
            Backs::FoldOver => Some(match self.fold {
                Some(Fold::Horizontal) => Rect::new(front.x, front.y - front.h, front.w, front.h),
                _ => Rect::new(front.right(), front.y, front.w, front.h),
            }),
        }
    }

    /// Where on the back page a point of the front page lands once the sheet is printed
    /// two-sided and turned over the edge the settings name (the point itself for one-sided
    /// printing). Turning a sheet over an edge mirrors it across the axis parallel to that edge.
    pub fn behind(&self, x: f32, y: f32) -> (f32, f32) {
        let page = self.page;
        let portrait = page.height >= page.width;
        let mirror_columns = (page.width - x, y);
        let mirror_rows = (x, page.height - y);
        match (self.backs, portrait) {
            (Backs::DuplexLongEdge, true) | (Backs::DuplexShortEdge, false) => mirror_columns,
            (Backs::DuplexLongEdge, false) | (Backs::DuplexShortEdge, true) => mirror_rows,
            (Backs::FoldOver | Backs::None, _) => (x, y),
        }
    }

    /// Whether backs must be drawn upside down on the sheet. A card is turned over sideways,
    /// like a page; a back that reaches its card by a flip across a horizontal line (a
    /// horizontal fold, or a two-sided print that turns the sheet top over bottom) would then
    /// show upside down if it were drawn upright.
    pub fn backs_turned(&self) -> bool {
        let portrait = self.page.height >= self.page.width;
        match self.backs {
            Backs::None => false,
            Backs::FoldOver => self.fold == Some(Fold::Horizontal),
            Backs::DuplexLongEdge => !portrait,
            Backs::DuplexShortEdge => portrait,
        }
    }

    /// Whether backs are printed on their own pages (two-sided printing).
    pub fn duplex(&self) -> bool {
        matches!(self.backs, Backs::DuplexLongEdge | Backs::DuplexShortEdge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BACKS: [Backs; 4] = [
        Backs::DuplexLongEdge,
        Backs::DuplexShortEdge,
        Backs::FoldOver,
        Backs::None,
    ];

    pub(super) fn every_layout() -> Vec<Imposition> {
        let mut layouts = Vec::new();
        for (_, paper) in Size::PAPER_NAMES {
            for (_, card) in Size::CARD_NAMES {
                for backs in BACKS {
                    if let Some(layout) = Imposition::new(paper, card, backs) {
                        layouts.push(layout);
                    }
                }
            }
        }
        layouts
    }

    #[test]
    fn poker_on_a4_is_nine_up() {
        let layout = Imposition::new(Size::A4, Size::POKER, Backs::DuplexLongEdge).unwrap();
        assert_eq!(layout.grid(), (3, 3));
        let letter = Size::PAPER_NAMES[1].1;
        assert_eq!(
            Imposition::new(letter, Size::POKER, Backs::None)
                .unwrap()
                .per_sheet(),
            9
        );
        let fold = Imposition::new(Size::A4, Size::POKER, Backs::FoldOver).unwrap();
        assert_eq!(fold.per_sheet(), 4);
    }

    #[test]
    fn backs_read_upright_when_a_card_is_turned_over_sideways() {
        let mut turned = 0;
        for layout in every_layout() {
            let (front, Some(back)) = (layout.front(0), layout.back(0)) else {
                continue;
            };
            // The top of the back's drawing: its rectangle's top edge, or its bottom edge when
            // drawn upside down.
            let top = if layout.backs_turned() {
                turned += 1;
                back.y
            } else {
                back.top()
            };
            // Where that edge lands behind the card once the sheet is printed and folded: a
            // horizontal fold or a flip over a horizontal edge mirrors heights, a flip over a
            // vertical edge keeps them.
            let page = layout.page;
            let long_edge_horizontal = page.width > page.height;
            let landed = match layout.backs {
                Backs::FoldOver if layout.fold == Some(Fold::Horizontal) => 2.0 * front.y - top,
                Backs::DuplexLongEdge if long_edge_horizontal => page.height - top,
                Backs::DuplexShortEdge if !long_edge_horizontal => page.height - top,
                _ => top,
            };
            // Turning the card over sideways keeps heights: the top must be the card's top.
            assert!(
                (landed - front.top()).abs() < 1e-3,
                "{layout:?}: the back's top lands at {landed}, the card's top is {}",
                front.top()
            );
        }
        assert!(turned > 0, "no layout needs its backs turned");
    }

    #[test]
    fn every_size_on_every_paper_fits_inside_the_margins_without_overlap() {
        let layouts = every_layout();
        // Every named card fits every named paper, whatever the backs.
        assert_eq!(layouts.len(), 3 * 6 * 4);
        for layout in layouts {
            let printable =
                Rect::new(0.0, 0.0, layout.page.width, layout.page.height).grow(-PRINTER_MARGIN_MM);
            let cards = layout.occupied(layout.per_sheet());
            for (i, card) in cards.iter().enumerate() {
                assert!(printable.contains(card), "{layout:?}: {card:?}");
                for other in &cards[i + 1..] {
                    assert!(!card.overlaps(other), "{layout:?}");
                }
            }
            let (gx, gy) = layout.gutters();
            let (columns, rows) = layout.grid();
            assert!(columns == 1 || gx >= MIN_GUTTER - 1e-4, "{layout:?}");
            assert!(rows == 1 || gy >= MIN_GUTTER - 1e-4, "{layout:?}");
            // No room was left for one more column or row, unless the margins' cut marks
            // needed it.
            let (cell_w, cell_h) = layout.cell_size();
            for (count, most, cell, side) in [
                (columns, layout.columns.most, cell_w, layout.page.width),
                (rows, layout.rows.most, cell_h, layout.page.height),
            ] {
                let usable = side - 2.0 * PRINTER_MARGIN_MM;
                assert!((most + 1) as f32 * cell + most as f32 * MIN_GUTTER > usable);
                assert!(
                    count == most || most < CELLS_MARKED_BY_GUTTERS,
                    "{layout:?}"
                );
            }
        }
    }

    #[test]
    fn back_k_is_exactly_behind_front_k() {
        for layout in every_layout() {
            let page = layout.page;
            for slot in 0..layout.per_sheet() {
                let front = layout.front(slot);
                let Some(back) = layout.back(slot) else {
                    assert_eq!(layout.backs, Backs::None);
                    continue;
                };
                // Where the front's corners land once the sheet (or the pair) is turned over.
                let expected = match (layout.backs, layout.fold) {
                    (Backs::FoldOver, Some(Fold::Vertical)) => {
                        let fold = front.right();
                        Rect::new(2.0 * fold - front.right(), front.y, front.w, front.h)
                    }
                    (Backs::FoldOver, _) => {
                        let fold = front.y;
                        Rect::new(front.x, 2.0 * fold - front.top(), front.w, front.h)
                    }
                    (flip, _) => {
                        let long_edge_vertical = page.height >= page.width;
                        let over_vertical_axis =
                            (flip == Backs::DuplexLongEdge) == long_edge_vertical;
                        if over_vertical_axis {
                            Rect::new(page.width - front.right(), front.y, front.w, front.h)
                        } else {
                            Rect::new(front.x, page.height - front.top(), front.w, front.h)
                        }
                    }
                };
                for (a, b) in [
                    (back.x, expected.x),
                    (back.y, expected.y),
                    (back.w, expected.w),
                    (back.h, expected.h),
                ] {
                    assert!(
                        (a - b).abs() < 0.1,
                        "{layout:?} slot {slot}: {back:?} vs {expected:?}"
                    );
                }
                // On a duplex back page, the back sits exactly on one of the grid's cells.
                if layout.duplex() {
                    let on_cell = (0..layout.per_sheet()).any(|s| {
                        let cell = layout.front(s);
                        (cell.x - back.x).abs() < 0.1 && (cell.y - back.y).abs() < 0.1
                    });
                    assert!(on_cell, "{layout:?} slot {slot}");
                }
            }
        }
    }

    #[test]
    fn pages_turn_only_to_fit_more_cards() {
        // Business cards: 10 on a portrait A4 sheet, 9 on a landscape one.
        let business = Size::CARD_NAMES[5].1;
        let layout = Imposition::new(Size::A4, business, Backs::DuplexShortEdge).unwrap();
        assert_eq!((layout.page, layout.per_sheet()), (Size::A4, 10));
        // A wide custom card only fits a turned sheet.
        let wide = Size {
            width: 250.0,
            height: 120.0,
        };
        let layout = Imposition::new(Size::A4, wide, Backs::DuplexLongEdge).unwrap();
        assert_eq!(layout.page.width, 297.0);
        // Long-edge flip on a landscape page mirrors the rows (the paper's long side is
        // horizontal), as the exhaustive test checks for every layout.
        let front = layout.front(0);
        assert_eq!(layout.back(0).unwrap().x, front.x);
    }
}
