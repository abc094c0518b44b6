//! Pagination: flowing a column of lines and boxes onto pages of a given height, never
//! breaking where a book should not (after a heading, after a paragraph's first line, before
//! its last line, inside a box that must stay whole).
//!
//! The page builder fills each page as far as it goes, then steps back to the last place a
//! page may end; the bottom of the page is left ragged rather than stretching the spaces.

use std::ops::Range;

/// One thing stacked in the column: a line of text, a heading, a question with its answer
/// lines. Lengths in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    /// Its height.
    pub height: f32,
    /// Space above it, dropped when it starts a page.
    pub gap_before: f32,
    /// Whether it must sit on the same page as the slot after it.
    pub keep_with_next: bool,
    /// Whether it must start a new page.
    pub new_page: bool,
    /// The height of what is set again above it when it starts a page (a long table's
    /// header row); 0 for most slots.
    pub repeated_above: f32,
}

impl Slot {
    /// A slot of `height` with `gap_before` above it, free to end a page.
    pub fn new(height: f32, gap_before: f32) -> Slot {
        Slot {
            height,
            gap_before,
            keep_with_next: false,
            new_page: false,
            repeated_above: 0.0,
        }
    }
}

/// Flags on the lines of one paragraph so that a page break never leaves its first line alone
/// at the bottom of a page (an orphan) nor its last line alone at the top of the next (a
/// widow): a two- or three-line paragraph is never split.
pub fn keep_lines_together(lines: &mut [Slot]) {
    let count = lines.len();
    for (index, line) in lines.iter_mut().enumerate() {
        if index + 1 < count && (index == 0 || index + 2 == count) {
            line.keep_with_next = true;
        }
    }
}

/// Places each slot on a page of `page_height`: returns the range of slots on each page.
///
/// A slot taller than a page gets a page of its own (it overflows; callers check heights they
/// cannot allow to overflow before flowing).
pub fn paginate(slots: &[Slot], page_height: f32) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    while start < slots.len() {
        let end = page_end(slots, start, page_height);
        pages.push(start..end);
        start = end;
    }
    pages
}

/// Where the page starting with slot `start` ends (exclusive), `start < slots.len()`.
fn page_end(slots: &[Slot], start: usize, page_height: f32) -> usize {
    // How far the page can be filled: every slot that fits, up to a forced new page.
    let mut used = slots[start].repeated_above + slots[start].height;
    let mut fill = start + 1;
    while fill < slots.len() && !slots[fill].new_page {
        let needed = slots[fill].gap_before + slots[fill].height;
        if used + needed > page_height + 0.01 {
            break;
        }
        used += needed;
        fill += 1;
    }
    if fill == slots.len() || slots[fill].new_page {
        return fill;
    }
    // The page is full: end it after the last slot that may end a page.
    (start + 1..=fill)
        .rev()
        .find(|&end| !slots[end - 1].keep_with_next)
        .unwrap_or(fill)
}

/// The height of the slots of one page, gaps included except the first one's.
pub fn used_height(slots: &[Slot]) -> f32 {
    slots
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if i == 0 {
                s.height
            } else {
                s.gap_before + s.height
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(count: usize) -> Vec<Slot> {
        let mut slots = vec![Slot::new(10.0, 0.0); count];
        keep_lines_together(&mut slots);
        slots
    }

    #[test]
    fn what_is_repeated_above_a_slot_that_starts_a_page_takes_its_room() {
        // Rows of 10 after a header of 10, each row to be led by the header again on a new
        // page: 3 rows fill a page of 40 after the header, then 3 more under it again.
        let mut slots = vec![Slot::new(10.0, 0.0); 7];
        for row in &mut slots[1..] {
            row.repeated_above = 10.0;
        }
        assert_eq!(paginate(&slots, 40.0), [0..4, 4..7]);
        assert_eq!(paginate(&slots[..4], 30.0), [0..3, 3..4]);
    }

    #[test]
    fn fills_pages_as_far_as_they_go() {
        let slots = vec![Slot::new(10.0, 0.0); 7];
        assert_eq!(paginate(&slots, 30.0), vec![0..3, 3..6, 6..7]);
    }

    #[test]
    fn gaps_vanish_at_the_top_of_a_page() {
        let slots = vec![Slot::new(10.0, 5.0); 4];
        // 10 + 15 + 15 = 40 fits on 40; the fourth starts the next page without its gap.
        assert_eq!(paginate(&slots, 40.0), vec![0..3, 3..4]);
        assert_eq!(used_height(&slots[0..3]), 40.0);
    }

    #[test]
    fn no_orphans_or_widows() {
        // A page holds 5 lines; a 6-line paragraph would leave a widow: break after 4.
        assert_eq!(paginate(&lines(6), 50.0), vec![0..4, 4..6]);
        // After 4 lines of one paragraph, a second one would start with an orphan.
        let mut slots = lines(4);
        slots.extend(lines(4));
        assert_eq!(paginate(&slots, 50.0), vec![0..4, 4..8]);
        // Three-line paragraphs stay whole.
        let mut slots = lines(3);
        slots.extend(lines(3));
        assert_eq!(paginate(&slots, 50.0), vec![0..3, 3..6]);
    }

    #[test]
    fn a_heading_never_ends_a_page() {
        let mut slots = lines(4);
        let mut heading = Slot::new(10.0, 0.0);
        heading.keep_with_next = true;
        slots.push(heading);
        slots.extend(lines(4));
        // Room for 5 lines: the heading would be last on page 1, so it moves down.
        assert_eq!(paginate(&slots, 50.0), vec![0..4, 4..9]);
    }

    #[test]
    fn new_page_is_forced_and_tall_slots_get_their_own_page() {
        let mut slots = vec![Slot::new(10.0, 0.0); 3];
        slots[1].new_page = true;
        slots.push(Slot::new(100.0, 0.0));
        assert_eq!(paginate(&slots, 50.0), vec![0..1, 1..3, 3..4]);
    }

    #[test]
    fn unbreakable_run_longer_than_a_page_breaks_where_it_must() {
        let mut slots = vec![Slot::new(10.0, 0.0); 8];
        for s in &mut slots {
            s.keep_with_next = true;
        }
        assert_eq!(paginate(&slots, 30.0), vec![0..3, 3..6, 6..8]);
    }
}
