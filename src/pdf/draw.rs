//! The one place a display list becomes PDF drawing: each [`Item`] in order onto a
//! [`Canvas`], millimetres written out as points, a form's matrix as PDF's `cm`, a picture by
//! the number its document gave it, turned upright by its placement matrix.

use std::sync::Arc;

use super::canvas::Canvas;
use crate::display::{Item, List, pt};
use crate::picture::Picture;

/// Gives each picture drawn its number in the document (see `super::pictures`).
pub(super) type Numbering<'a> = &'a mut dyn FnMut(&Arc<Picture>) -> usize;

impl Canvas {
    /// Draws every item of `list`, in order.
    pub(super) fn draw(&mut self, list: &List, pictures: Numbering) {
        for item in list.items() {
            match item {
                Item::Text {
                    block,
                    left,
                    top,
                    colour,
                    tag,
                } => self.text(block, *left, *top, *colour, *tag),
                Item::FillRect { rect, colour } => self.fill_rect(*rect, *colour),
                Item::Fill { path, colour } => self.fill(path, *colour),
                Item::Stroke {
                    path,
                    stroke,
                    closed,
                } => self.stroke(path, *stroke, *closed),
                Item::Image {
                    picture,
                    rect,
                    figure,
                } => {
                    let number = pictures(picture);
                    // The stored pixels turned upright onto the rectangle, in points.
                    let matrix = picture.orientation.placement(*rect).map(pt);
                    let bounds = [rect.x, rect.y, rect.x + rect.w, rect.y + rect.h].map(pt);
                    self.image(number, matrix, figure.as_ref().map(|f| (f, bounds)));
                }
                Item::Form { form, matrix } => {
                    let [a, b, c, d, e, f] = *matrix;
                    self.place(*form, [a, b, c, d, pt(e), pt(f)]);
                }
            }
        }
    }
}

/// A display list drawn on a fresh page, its pictures numbered by `pictures`.
pub(super) fn canvas(list: &List, pictures: Numbering) -> Canvas {
    let mut canvas = Canvas::new();
    canvas.draw(list, pictures);
    canvas
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour::Colour;
    use crate::display::{FormId, Path, Rect, Stroke};

    fn content(items: Vec<Item>) -> String {
        let list: List = items.into_iter().collect();
        String::from_utf8(canvas(&list, &mut |_| 0).into_content()).unwrap()
    }

    #[test]
    fn a_rectangle_lands_at_its_millimetres_in_points() {
        // 25.4 mm is 72 pt: the rectangle the old canvas wrote for (25.4, 12.7, 50.8, 25.4).
        let rect = Item::FillRect {
            rect: Rect::new(25.4, 12.7, 50.8, 25.4),
            colour: Colour::grey(0.5),
        };
        assert_eq!(
            content(vec![rect]),
            "/Artifact BMC\n0.5 0.5 0.5 rg\n72 36 144 72 re f\nEMC\n"
        );
    }

    #[test]
    fn paths_and_strokes_are_written_in_points_in_order() {
        let stroke = Stroke {
            width: 0.5,
            colour: Colour::BLACK,
            dash: Some((3.0, 2.0)),
        };
        let line = Item::line((0.0, 25.4), (25.4, 0.0), stroke);
        let curve = Item::Fill {
            path: Path::new()
                .start(0.0, 0.0)
                .curve_to((25.4, 0.0), (25.4, 25.4), 0.0, 25.4),
            colour: Colour::BLACK,
        };
        assert_eq!(
            content(vec![line, curve]),
            "/Artifact BMC\nq\n0 0 0 RG\n0.5 w\n[3 2 ] 0 d\n0 72 m\n72 0 l\nS\nQ\n\
             0 0 0 rg\n0 0 m\n72 0 72 72 0 72 c\nf\nEMC\n"
        );
    }

    #[test]
    fn text_sits_with_its_top_left_corner_where_it_is_told() {
        let block = crate::layout::fit(
            &[crate::layout::Span::new(
                "Ab",
                crate::layout::Style::Regular,
            )],
            &crate::layout::Fit {
                width: 100.0,
                height: 50.0,
                max_size: 10.0,
                min_size: 10.0,
                leading: 1.2,
                breaking: crate::layout::Breaking::Balanced,
                align: crate::layout::Align::Left,
            },
        )
        .unwrap();
        let tag = crate::display::Tag::Content {
            element: 1,
            role: crate::display::Role::Paragraph,
        };
        let text = content(vec![Item::text(&block, 25.4, 50.8, Colour::BLACK, tag)]);
        // The first line's baseline is the block's ascent below the top: 144 pt less it.
        let line = &block.lines[0];
        let x = (72.0 + line.x + line.runs[0].x + line.runs[0].glyphs[0].x) * 1000.0;
        let y = (144.0 - block.baseline(0)) * 1000.0;
        let expected = format!("1 0 0 1 {} {} Tm", x.round() / 1000.0, y.round() / 1000.0);
        assert!(text.contains(&expected), "{text}");
        assert!(
            text.starts_with("BT\n0 0 0 rg\n/P <</MCID 0>> BDC\n"),
            "{text}"
        );
    }

    #[test]
    fn a_form_turned_half_a_turn_fills_the_same_rectangle() {
        let turned = Item::form_turned(FormId::new(0), 10.0, 20.0, 63.0, 88.0);
        let expected = format!(
            "/Artifact BMC\nq\n-1 0 0 -1 {} {} cm\n/Fm1 Do\nQ\nEMC\n",
            (pt(73.0) * 1000.0).round() / 1000.0,
            (pt(108.0) * 1000.0).round() / 1000.0
        );
        assert_eq!(content(vec![turned]), expected);
        let upright = Item::form(FormId::new(1), 25.4, 0.0);
        assert_eq!(
            content(vec![upright]),
            "/Artifact BMC\nq\n1 0 0 1 72 0 cm\n/Fm2 Do\nQ\nEMC\n"
        );
    }
}
