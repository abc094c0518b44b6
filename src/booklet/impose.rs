//! Saddle-stitch imposition: which booklet page goes where on which side of which sheet.
//!
//! A saddle-stitched booklet is a stack of sheets, each carrying four booklet pages (two per
//! side), folded once down the middle and stapled on the fold. With `n` pages (a multiple of
//! four) and sheets counted from the outside of the stack, sheet `s` carries, seen upright:
//!
//! - on its front, page `n - 2s` on the left and page `2s + 1` on the right;
//! - on its back, page `2s + 2` on the left and page `n - 2s - 1` on the right
//!
//! (1-based page numbers). Printed double-sided with the flip on the short edge, the back of
//! each landscape sheet comes out upright behind its front, so no half needs turning.
//! Pages past the end of the booklet are left blank, at the end of the booklet.

/// One side of one sheet: the booklet pages printed on its left and right halves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetSide {
    /// The sheet, 0 for the outermost one (which carries the cover).
    pub sheet: usize,
    /// Whether this is the back of the sheet (printed second, on the reverse).
    pub back: bool,
    /// The 0-based index of the booklet page on the left half, `None` for a blank half.
    pub left: Option<usize>,
    /// The 0-based index of the booklet page on the right half, `None` for a blank half.
    pub right: Option<usize>,
}

/// The number of pages once padded with blanks to a whole number of sheets (a multiple of 4).
pub fn padded_page_count(pages: usize) -> usize {
    pages.div_ceil(4).max(1) * 4
}

/// The sides to print, in printing order (front then back of each sheet, outermost sheet
/// first), for a booklet of `pages` pages in reading order.
pub fn impose(pages: usize) -> Vec<SheetSide> {
    let total = padded_page_count(pages);
    let page = |number: usize| (number <= pages).then(|| number - 1);
    (0..total / 4)
        .flat_map(|sheet| {
            let outer = total - 2 * sheet;
            let inner = 2 * sheet + 1;
            [
                SheetSide {
                    sheet,
                    back: false,
                    left: page(outer),
                    right: page(inner),
                },
                SheetSide {
                    sheet,
                    back: true,
                    left: page(inner + 1),
                    right: page(outer - 1),
                },
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout as 1-based page numbers per side, 0 for a blank half: easy to read and check
    /// against a folded paper mock-up.
    fn numbers(pages: usize) -> Vec<[usize; 2]> {
        impose(pages)
            .iter()
            .map(|side| [side.left, side.right].map(|p| p.map_or(0, |index| index + 1)))
            .collect()
    }

    #[test]
    fn four_pages_make_one_sheet() {
        assert_eq!(numbers(4), vec![[4, 1], [2, 3]]);
    }

    #[test]
    fn eight_pages() {
        assert_eq!(numbers(8), vec![[8, 1], [2, 7], [6, 3], [4, 5]]);
    }

    #[test]
    fn twelve_pages() {
        assert_eq!(
            numbers(12),
            vec![[12, 1], [2, 11], [10, 3], [4, 9], [8, 5], [6, 7]]
        );
    }

    #[test]
    fn sixteen_pages() {
        assert_eq!(
            numbers(16),
            vec![
                [16, 1],
                [2, 15],
                [14, 3],
                [4, 13],
                [12, 5],
                [6, 11],
                [10, 7],
                [8, 9]
            ]
        );
    }

    #[test]
    fn odd_counts_are_padded_with_blanks_at_the_end() {
        assert_eq!(padded_page_count(10), 12);
        assert_eq!(
            numbers(10),
            vec![[0, 1], [2, 0], [10, 3], [4, 9], [8, 5], [6, 7]]
        );
        assert_eq!(numbers(1), vec![[0, 1], [0, 0]]);
    }

    #[test]
    fn every_page_appears_exactly_once_and_sides_alternate() {
        for pages in 1..=40 {
            let sides = impose(pages);
            assert_eq!(sides.len(), padded_page_count(pages) / 2);
            let mut seen: Vec<usize> = sides
                .iter()
                .flat_map(|s| [s.left, s.right])
                .flatten()
                .collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..pages).collect::<Vec<_>>(), "{pages} pages");
            for (i, side) in sides.iter().enumerate() {
                assert_eq!(side.sheet, i / 2);
                assert_eq!(side.back, i % 2 == 1);
            }
        }
    }

    #[test]
    fn facing_pages_share_a_spread_after_folding() {
        // Pages 2k and 2k+1 (1-based) face each other in the open booklet: on one side of one
        // sheet, except the centre spread which is the inside of the innermost sheet.
        for pages in [4, 8, 12, 16, 20] {
            let sides = numbers(pages);
            let middle = pages / 2;
            let centre = *sides.last().unwrap();
            assert_eq!(centre, [middle, middle + 1]);
            // A leaf's two faces are consecutive: page 2k-1 on a front's right half is backed
            // by page 2k on the back's left half.
            for pair in sides.chunks(2) {
                assert_eq!(pair[1][0], pair[0][1] + 1);
                assert_eq!(pair[0][0], pair[1][1] + 1);
            }
        }
    }
}
