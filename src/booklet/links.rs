//! Clickable links for the booklet read on a screen: every web address printed in a page's
//! text (the article's links print theirs after their text, see [`super::blocks`]) gets a
//! link annotation over it. Found in the laid-out glyphs, so the rectangle is where the
//! address is drawn; the booklet to fold, which is only printed, gets none.

use crate::display::{Item, List, Rect, mm, pt};
use crate::layout::TextBlock;
use crate::pdf::Link;

/// One glyph of a page's text: where its text starts in the page's text, which line it is on,
/// and its left and right edges and its line's bottom and height on the page, in points.
struct Placed {
    at: usize,
    line: usize,
    left: f32,
    right: f32,
    bottom: f32,
    height: f32,
}

/// The links over the web addresses drawn on `page`. The page's lines are read as one text
/// (each line is a text item of its own in the booklet), so an address broken over lines after
/// a `/` is one link with a rectangle on each line.
pub(super) fn on_page(page: &List) -> Vec<Link> {
    let mut text = String::new();
    let mut glyphs: Vec<Placed> = Vec::new();
    let mut lines = 0;
    for item in page.items() {
        if let Item::Text {
            block, left, top, ..
        } = item
        {
            read_block(block, *left, *top, &mut lines, &mut text, &mut glyphs);
        }
    }
    let mut links = Vec::new();
    for (start, end) in addresses(&text) {
        let covered: Vec<&Placed> = glyphs
            .iter()
            .filter(|glyph| (start..end).contains(&glyph.at))
            .collect();
        for piece in covered.chunk_by(|a, b| a.line == b.line) {
            let (Some(first), Some(last)) = (piece.first(), piece.last()) else {
                continue;
            };
            links.push(Link {
                rect: Rect::new(
                    mm(first.left),
                    mm(first.bottom),
                    mm(last.right - first.left),
                    mm(first.height),
                ),
                uri: text[start..end].to_string(),
            });
        }
    }
    links
}

/// Appends the lines of `block`, drawn with its top-left corner at (`left`, `top`) mm, to the
/// page's `text` and `glyphs`, numbering them on from `lines`.
fn read_block(
    block: &TextBlock,
    left: f32,
    top: f32,
    lines: &mut usize,
    text: &mut String,
    glyphs: &mut Vec<Placed>,
) {
    for (index, line) in block.lines.iter().enumerate() {
        // A line ends with its space, if it broke at one; an address broken after a `/` goes on.
        let kept = text.trim_end().len();
        if text[..kept].ends_with('/') {
            text.truncate(kept);
        } else if !text.is_empty() {
            text.push(' ');
        }
        let bottom = pt(top) - block.baseline(index) - 0.3 * block.size;
        for run in &line.runs {
            for glyph in &run.glyphs {
                let x = pt(left) + line.x + run.x + glyph.x;
                glyphs.push(Placed {
                    at: text.len(),
                    line: *lines,
                    left: x,
                    right: x + glyph.advance,
                    bottom,
                    height: 1.2 * block.size,
                });
                text.push_str(glyph.text.as_str());
            }
        }
        *lines += 1;
    }
}

/// Where web addresses (`http://…`, `https://…`) lie in `text`, as byte ranges: up to the next
/// space, without the punctuation that ends a sentence or closes the brackets around them.
fn addresses(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| text[from..].find(scheme))
        .min()
    {
        let start = from + offset;
        let length = text[start..]
            .find(char::is_whitespace)
            .unwrap_or(text.len() - start);
        let address =
            text[start..start + length].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        found.push((start, start + address.len()));
        from = start + length;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_end_before_the_closing_bracket_and_full_stop() {
        let text = "see it (https://x.org/a?b=1). And http://y.org, then https://z.org";
        let found: Vec<&str> = addresses(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            found,
            ["https://x.org/a?b=1", "http://y.org", "https://z.org"]
        );
        assert!(addresses("no address here").is_empty());
    }
}
