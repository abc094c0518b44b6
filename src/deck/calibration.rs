//! The test sheet printed before the cards, when the settings ask for it: a 100 mm ruler
//! each way to check the print is at actual size and, for two-sided printing, crosses on both
//! sides to check that fronts and backs line up, and an arrow that shows a wrong flip: drawn
//! off-centre and pointing up on the front, and on the back where the chosen flip puts it
//! behind, it shows through in the same place and direction only when the printer turns the
//! sheet the way the settings say; turned the other way, it shows at the other end of the
//! sheet, pointing down. Its words come from the reader's language ([`Words`]).

use std::borrow::Cow;

use crate::colour::Colour;
use crate::display::{Item, List, Path, Rect, Role, Stroke, Tag, pt};
use crate::error::{Error, Result};
use crate::layout::{Align, Breaking, Fit, Span, Style, TextBlock, fit};
use crate::settings::Backs;
use crate::words::{Key, Words};

use super::sheet::Imposition;

/// How far the instructions' first line starts below the top of the sheet, in mm.
const INSTRUCTIONS_FROM_TOP: f32 = 22.0;
/// The most height the instructions take, in mm.
const INSTRUCTIONS_HEIGHT: f32 = 40.0;
/// How far each arm of an alignment cross reaches from its middle, in mm.
const CROSS_ARM: f32 = 6.0;

/// Text owned by the page it is drawn on, its top-left corner at (left, top).
fn text(block: TextBlock, left: f32, top: f32, colour: Colour, tag: Tag) -> Item<'static> {
    Item::Text {
        block: Cow::Owned(block),
        left,
        top,
        colour,
        tag,
    }
}

/// The test sheet's pages (front, and back when printing two-sided), its words in `words`'
/// language.
pub(super) fn test_sheet(imposition: &Imposition, words: &Words) -> Result<Vec<List<'static>>> {
    let page = imposition.page;
    let ink = Colour::grey(0.15);
    let (instructions, arrow) = match imposition.backs {
        Backs::DuplexLongEdge => (Key::TestSheetLongEdge, Some(Key::TestSheetArrowLongEdge)),
        Backs::DuplexShortEdge => (Key::TestSheetShortEdge, Some(Key::TestSheetArrowShortEdge)),
        Backs::FoldOver | Backs::None => (Key::TestSheetOneSided, None),
    };
    let instructions = match arrow {
        Some(arrow) => format!("{} {}", words.get(instructions), words.get(arrow)),
        None => words.get(instructions).to_string(),
    };
    let width = page.width - 40.0;
    let (columns, rows) = imposition.grid();
    let corners = [0, columns - 1, (rows - 1) * columns, rows * columns - 1];
    // The instructions stay above the crosses of the top corners (longer words than English
    // take more lines); when even the smallest type cannot do that, they may run over them.
    let top = page.height - INSTRUCTIONS_FROM_TOP;
    let room = if imposition.duplex() {
        let highest = corners
            .iter()
            .map(|&slot| middle(imposition.front(slot)).1 + CROSS_ARM)
            .fold(f32::MIN, f32::max);
        (top - highest - 0.5).clamp(0.0, INSTRUCTIONS_HEIGHT)
    } else {
        INSTRUCTIONS_HEIGHT
    };
    let line = |text: &str, width: f32, max_size: f32, align: Align| -> Result<_> {
        let set = |height: f32| {
            fit(
                &[Span::new(text, Style::Regular)],
                &Fit {
                    width: pt(width),
                    height: pt(height),
                    max_size,
                    min_size: 7.0,
                    leading: 1.3,
                    breaking: Breaking::Balanced,
                    align,
                },
            )
        };
        set(room)
            .or_else(|_| set(INSTRUCTIONS_HEIGHT))
            .map_err(|e| Error::new(format!("could not set the test sheet's instructions: {e}")))
    };
    let mut front = List::new();
    let instructions_tag = |element| Tag::Content {
        element,
        role: Role::Paragraph,
    };
    front.push(text(
        line(&instructions, width, 11.0, Align::Centre)?,
        20.0,
        top,
        ink,
        instructions_tag(0),
    ));
    let centre = (page.width / 2.0, page.height / 2.0);
    ruler(&mut front, (centre.0 - 50.0, centre.1 + 45.0), false, ink);
    ruler(&mut front, (centre.0, centre.1 - 75.0), true, ink);
    if !imposition.duplex() {
        return Ok(vec![front]);
    }
    let mut back = List::new();
    back.push(text(
        line(words.get(Key::TestSheetBack), width, 11.0, Align::Centre)?,
        20.0,
        top,
        ink,
        instructions_tag(1),
    ));
    for slot in corners {
        let front_card = imposition.front(slot);
        cross(&mut front, middle(front_card), ink);
        if let Some(back_card) = imposition.back(slot) {
            cross(&mut back, middle(back_card), ink);
        }
    }
    // The arrow: left of the vertical ruler, in the upper half, pointing up.
    let shaft = (centre.0 - 50.0, centre.1 - 15.0, centre.1 + 25.0);
    let arrow = arrow_path(shaft);
    let behind = |(x, y): (f32, f32)| imposition.behind(x, y);
    front.push(Item::Fill {
        path: arrow.clone(),
        colour: ink,
    });
    back.push(Item::Fill {
        path: arrow.mapped(behind),
        colour: ink,
    });
    let label = line(words.get(Key::TestSheetThisSideUp), 30.0, 9.0, Align::Left)?;
    front.push(text(
        label,
        shaft.0 + 5.0,
        shaft.2 - 2.0,
        ink,
        instructions_tag(2),
    ));
    Ok(vec![front, back])
}

/// A filled arrow pointing up along the vertical line x = `x` from `bottom` to `top`: a
/// shaft 3 mm wide and a head 12 mm wide and 10 mm tall.
fn arrow_path((x, bottom, top): (f32, f32, f32)) -> Path {
    let head = top - 10.0;
    Path::through([
        (x - 1.5, bottom),
        (x + 1.5, bottom),
        (x + 1.5, head),
        (x + 6.0, head),
        (x, top),
        (x - 6.0, head),
        (x - 1.5, head),
    ])
}

fn middle(rect: Rect) -> (f32, f32) {
    (rect.x + rect.w / 2.0, rect.y + rect.h / 2.0)
}

fn cross(list: &mut List, (x, y): (f32, f32), colour: Colour) {
    let stroke = Stroke {
        width: 0.4,
        colour,
        dash: None,
    };
    let arm = CROSS_ARM;
    list.push(Item::line((x - arm, y), (x + arm, y), stroke));
    list.push(Item::line((x, y - arm), (x, y + arm), stroke));
    list.push(Item::Stroke {
        path: Path::circle((x, y), 3.0),
        stroke,
        closed: true,
    });
}

/// A 100 mm ruler starting at `start`, horizontal or (when `vertical`) going up.
fn ruler(list: &mut List, start: (f32, f32), vertical: bool, colour: Colour) {
    let at = |along: f32, across: f32| {
        if vertical {
            (start.0 + across, start.1 + along)
        } else {
            (start.0 + along, start.1 + across)
        }
    };
    let stroke = Stroke {
        width: 0.3,
        colour,
        dash: None,
    };
    list.push(Item::line(
        at(0.0, 0.0),
        at(100.0, 0.0),
        Stroke {
            width: 0.5,
            ..stroke
        },
    ));
    for mm in 0..=100 {
        let length = if mm % 10 == 0 {
            5.0
        } else if mm % 5 == 0 {
            3.5
        } else {
            2.0
        };
        list.push(Item::line(
            at(mm as f32, 0.0),
            at(mm as f32, length),
            stroke,
        ));
    }
    let align = if vertical {
        Align::Right
    } else {
        Align::Centre
    };
    let numbers = |text: &str| {
        fit(
            &[Span::new(text, Style::Regular)],
            &Fit {
                width: pt(12.0),
                height: pt(10.0),
                max_size: 7.0,
                min_size: 7.0,
                leading: 1.2,
                breaking: Breaking::Balanced,
                align,
            },
        )
    };
    for cm in [0, 50, 100] {
        let label = if cm == 100 {
            "100 mm".to_string()
        } else {
            cm.to_string()
        };
        if let Ok(block) = numbers(&label) {
            if vertical {
                let (x, y) = at(cm as f32, -1.5);
                list.push(text(block, x - 12.0, y + 1.2, colour, Tag::Artifact));
            } else {
                let (x, y) = at(cm as f32, -1.5);
                list.push(text(block, x - 6.0, y, colour, Tag::Artifact));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::mm;
    use crate::settings::Size;
    use crate::words::Language;

    /// The lowest point of the first text on `page` (the instructions), in mm from the bottom.
    fn text_bottom(page: &List) -> f32 {
        page.items()
            .iter()
            .find_map(|item| match item {
                Item::Text { block, top, .. } => Some(top - mm(block.height())),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn the_instructions_stay_above_the_crosses_in_every_language() {
        let sizes = |names: &[(&str, Size)]| names.iter().map(|(_, size)| *size).collect();
        let papers: Vec<Size> = sizes(&Size::PAPER_NAMES[..2]);
        let cards: Vec<Size> = sizes(&Size::CARD_NAMES[..3]);
        for (_, code) in Language::ALL {
            let words = Words::for_language(code);
            for backs in [Backs::DuplexLongEdge, Backs::DuplexShortEdge] {
                for (&paper, &card) in papers
                    .iter()
                    .flat_map(|p| cards.iter().map(move |c| (p, c)))
                {
                    let imposition = Imposition::new(paper, card, backs).unwrap();
                    let (columns, _) = imposition.grid();
                    // The crosses sit on the middles of the corner cards, the top row first.
                    let crosses = [0, columns - 1]
                        .map(|slot| middle(imposition.front(slot)).1 + CROSS_ARM)
                        .into_iter()
                        .fold(f32::MIN, f32::max);
                    assert!(crosses > imposition.page.height / 2.0);
                    for side in test_sheet(&imposition, &words).unwrap() {
                        let bottom = text_bottom(&side);
                        assert!(
                            bottom >= crosses,
                            "{code}, {backs:?}, {paper:?}, {card:?}: {bottom} < {crosses}"
                        );
                    }
                }
            }
            let one_sided = Imposition::new(Size::A4, Size::POKER, Backs::None).unwrap();
            assert_eq!(test_sheet(&one_sided, &words).unwrap().len(), 1);
        }
    }
}
