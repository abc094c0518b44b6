//! The fronts of the cards: the title card, the how-to-use card and a card per question, each
//! laid out once as the marks of its own over the design it shares with cards that look alike.
//!
//! Lengths are in millimetres from the card's bottom-left corner.

use crate::colour::Colour;
use crate::content::Printed;
use crate::display::{Rect, Role, mm, pt};
use crate::error::Result;
use crate::layout::{Fit, LayoutError, Span, Style, TextBlock, fit, fit_stack, text_spans};
use crate::settings::DeckSettings;

use super::frame::{Frame, centred};
use super::ornaments::Divider;
use super::palette::Palette;
use super::problems::layout_error;

/// Structure elements numbered below this are for pages before the cards (the test sheet).
const FIRST_CARD_ELEMENT: u32 = 16;

/// The structure element of the `mark`-th thing drawn on front `card`: the cards' texts are
/// read card by card, each in the order it is drawn.
pub(super) fn card_element(card: usize, mark: usize) -> u32 {
    // A front draws a handful of marks; 64 leaves room without ever overlapping.
    FIRST_CARD_ELEMENT + (card * 64 + mark.min(63)) as u32
}

/// Something a front shows over its design, in millimetres from the card's bottom-left
/// corner. [`super::Cards::draw_front`] turns it into display-list items where a sheet puts
/// the card; an ornament becomes paths only there, from its place on the sheet, so that each
/// point is computed once rather than moved after.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Mark {
    /// Text with its top-left corner at (left, top); `role` is what it is to a reader who
    /// follows the PDF's structure, `None` for a printing aid (the card's number).
    Text {
        block: TextBlock,
        left: f32,
        top: f32,
        colour: Colour,
        role: Option<Role>,
    },
    /// An ornament.
    Divider(Divider),
}

/// One laid-out front: its design (background, frame and ornaments, shared with the cards
/// that look alike; an index into [`super::Cards`]' designs) and the marks of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Front {
    /// What the card is, for messages and tests ("question 7", "title").
    pub name: String,
    pub(super) design: usize,
    pub(super) marks: Vec<Mark>,
}

impl Front {
    /// The text blocks on this front with their boxes on the card (left, bottom, width,
    /// height in mm), for checks that text stays inside the safe zone.
    pub fn text_boxes(&self) -> Vec<(&TextBlock, Rect)> {
        self.marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Text {
                    block, left, top, ..
                } => {
                    let height = mm(block.height());
                    let lines = block.lines.iter();
                    let ink_left = lines.clone().map(|l| l.x).fold(f32::MAX, f32::min);
                    let ink_right = lines.map(|l| l.x + l.width).fold(f32::MIN, f32::max);
                    Some((
                        block,
                        Rect::new(
                            left + mm(ink_left),
                            top - height,
                            mm(ink_right - ink_left),
                            height,
                        ),
                    ))
                }
                Mark::Divider(_) => None,
            })
            .collect()
    }
}

pub(super) fn title_card(project: &Printed, frame: &Frame, palette: &Palette) -> Result<Front> {
    let card = frame.card;
    let text = frame.text;
    let title = fit(
        &[Span::new(&project.deck.title, Style::Bold)],
        &Fit {
            height: pt(text.h * 0.55),
            ..centred(text.w, 22.0 * frame.scale, 10.0, 1.15)
        },
    )
    .map_err(|e| {
        layout_error(
            e,
            "the deck's title",
            project.deck.origin("title"),
            card,
            "",
            &project.settings.language,
        )
    })?;
    let title_mark = |block, top| Mark::Text {
        block,
        left: text.x,
        top,
        colour: palette.text,
        role: Some(Role::Heading(1)),
    };
    // A deck alone without an author: its title stands alone in the middle of the card.
    if project.author().is_empty() {
        let top = text.y + text.h / 2.0 + mm(title.height()) / 2.0;
        return Ok(Front {
            name: "the title card".to_string(),
            design: 0,
            marks: vec![title_mark(title, top)],
        });
    }
    let author = fit(
        &[Span::new(project.author(), Style::Italic)],
        &Fit {
            height: pt(text.h * 0.2),
            ..centred(text.w, 11.0 * frame.scale, 7.0, 1.2)
        },
    )
    .map_err(|e| {
        let origin = project.author_origin();
        let language = &project.settings.language;
        layout_error(e, "the author", origin, card, "", language)
    })?;
    let gap = 5.0 * frame.scale;
    let total = mm(title.height()) + gap * 2.0 + mm(author.height());
    let top = text.y + text.h / 2.0 + total / 2.0 + 2.0 * frame.scale;
    let divider_y = top - mm(title.height()) - gap;
    let author_top = divider_y - gap;
    Ok(Front {
        name: "the title card".to_string(),
        design: 0,
        marks: vec![
            title_mark(title, top),
            Mark::Divider(Divider {
                x: card.width / 2.0,
                y: divider_y,
                width: 18.0 * frame.scale,
            }),
            Mark::Text {
                block: author,
                left: text.x,
                top: author_top,
                colour: palette.accent,
                role: Some(Role::Paragraph),
            },
        ],
    })
}

/// The how-to-use cards: the deck's introduction and closing on one card, or each on a card
/// of its own when together they would need type below `smallest_font_size`.
pub(super) fn how_to_cards(
    project: &Printed,
    frame: &Frame,
    palette: &Palette,
    settings: &DeckSettings,
) -> Result<Vec<Front>> {
    let paragraphs: Vec<Vec<Span>> = [&project.deck.introduction, &project.deck.closing]
        .into_iter()
        .flatten()
        .filter(|text| !text.is_empty())
        .map(|text| text_spans(text, Style::Regular))
        .collect();
    if paragraphs.is_empty() {
        return Ok(Vec::new());
    }
    let name = "the how-to-use card";
    match how_to_card(&paragraphs, frame, palette, settings, name) {
        Err(LayoutError::DoesNotFit { .. }) if paragraphs.len() > 1 => paragraphs
            .iter()
            .zip([
                "the how-to-use card (introduction)",
                "the how-to-use card (closing)",
            ])
            .map(|(paragraph, name)| {
                how_to_card(
                    std::slice::from_ref(paragraph),
                    frame,
                    palette,
                    settings,
                    name,
                )
            })
            .collect::<std::result::Result<Vec<_>, _>>(),
        other => other.map(|front| vec![front]),
    }
    .map_err(|e| {
        let origin = project.deck.origin("introduction");
        layout_error(
            e,
            "the deck's introduction and closing",
            origin,
            frame.card,
            " or lower `deck: smallest_font_size`",
            &project.settings.language,
        )
    })
}

/// One how-to-use card holding `paragraphs`, with a divider between them.
fn how_to_card(
    paragraphs: &[Vec<Span>],
    frame: &Frame,
    palette: &Palette,
    settings: &DeckSettings,
    name: &str,
) -> std::result::Result<Front, LayoutError> {
    let text = frame.text;
    let blocks = fit_stack(
        paragraphs,
        1.2,
        &Fit {
            height: pt(text.h),
            ..centred(
                text.w,
                (settings.largest_font_size * 0.8).max(settings.smallest_font_size),
                settings.smallest_font_size,
                1.25,
            )
        },
    )?;
    let gap = mm(1.2 * blocks[0].leading);
    let total: f32 =
        blocks.iter().map(|b| mm(b.height())).sum::<f32>() + gap * (blocks.len() - 1) as f32;
    let mut top = text.y + (text.h + total) / 2.0;
    let mut marks = Vec::new();
    for (index, block) in blocks.into_iter().enumerate() {
        if index > 0 {
            marks.push(Mark::Divider(Divider {
                x: frame.card.width / 2.0,
                y: top + gap / 2.0,
                width: 12.0 * frame.scale,
            }));
        }
        let height = mm(block.height());
        marks.push(Mark::Text {
            block,
            left: text.x,
            top,
            colour: palette.text,
            role: Some(Role::Paragraph),
        });
        top -= height + gap;
    }
    Ok(Front {
        name: name.to_string(),
        design: 0,
        marks,
    })
}

/// Lays out question `index`: its front (with the bare design for now) and the ornaments of
/// its design, which the questions share.
pub(super) fn question_card(
    project: &Printed,
    index: usize,
    frame: &Frame,
    palette: &Palette,
    settings: &DeckSettings,
) -> std::result::Result<(Front, Vec<Divider>), LayoutError> {
    let question = &project.deck.questions[index];
    let text = frame.text;
    let scale = frame.scale;
    let small = centred(text.w, 8.5 * scale, 6.0, 1.2);
    let label = fit(
        &[Span::new(project.deck.label(index), Style::Regular)],
        &small,
    )?;
    let label_top = text.top();
    let divider_y = label_top - mm(label.height()) - 2.2 * scale;
    let mut marks = vec![Mark::Text {
        block: label,
        left: text.x,
        top: label_top,
        colour: palette.accent,
        role: None,
    }];
    let mut design = vec![Divider {
        x: frame.card.width / 2.0,
        y: divider_y,
        width: 14.0 * scale,
    }];
    // The bottom: the category in small italics, or a closing ornament.
    let bottom_top = match question.category.as_ref().filter(|c| !c.is_empty()) {
        Some(category) => {
            let block = fit(&text_spans(category, Style::Italic), &small)?;
            let top = text.y + mm(block.height());
            marks.push(Mark::Text {
                block,
                left: text.x,
                top,
                colour: palette.accent,
                role: Some(Role::Paragraph),
            });
            top
        }
        None => {
            let y = text.y + 1.5 * scale;
            design.push(Divider {
                x: frame.card.width / 2.0,
                y,
                width: 6.0 * scale,
            });
            y + 1.5 * scale
        }
    };
    let area_top = divider_y - 3.0 * scale;
    let area_bottom = bottom_top + 3.0 * scale;
    let mut paragraphs = vec![text_spans(&question.text, Style::Regular)];
    if let Some(follow_up) = question.follow_up.as_ref().filter(|f| !f.is_empty()) {
        paragraphs.push(text_spans(follow_up, Style::Italic));
    }
    let blocks = fit_stack(
        &paragraphs,
        0.6,
        &Fit {
            height: pt(area_top - area_bottom),
            ..centred(
                text.w,
                settings.largest_font_size,
                settings.smallest_font_size,
                1.28,
            )
        },
    )?;
    let gap = mm(0.6 * blocks[0].leading);
    let total: f32 =
        blocks.iter().map(|b| mm(b.height())).sum::<f32>() + gap * (blocks.len() - 1) as f32;
    // Centred in the area, a touch above the middle, as the eye expects.
    let spare = (area_top - area_bottom) - total;
    let mut top = area_top - spare * 0.45;
    for (number, block) in blocks.into_iter().enumerate() {
        let height = mm(block.height());
        marks.push(Mark::Text {
            block,
            left: text.x,
            top,
            colour: if number == 0 {
                palette.text
            } else {
                palette.accent
            },
            role: Some(Role::Paragraph),
        });
        top -= height + gap;
    }
    let front = Front {
        name: format!("question {} (`{}`)", index + 1, question.id),
        design: 0,
        marks,
    };
    Ok((front, design))
}
