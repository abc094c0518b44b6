//! What the cards look like: the title card, the how-to-use card, a card per question and the
//! shared back, laid out once for a card size and drawn wherever a PDF puts them.
//!
//! Card-relative lengths are in millimetres from the card's bottom-left corner.

use std::f32::consts::{FRAC_PI_4, FRAC_PI_8};

use crate::colour::Colour;
use crate::content::Project;
use crate::error::{Error, Location, Result};
use crate::layout::{Align, Breaking, Fit, LayoutError, Span, Style, TextBlock, fit, fit_stack};
use crate::pdf::{Canvas, Document, FormId, Path, Rect, Role, Stroke, Tag, mm, pt};
use crate::settings::{DeckSettings, Size};

/// The colours of the deck, parsed from the settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Text on the fronts.
    pub text: Colour,
    /// Numbers, frames and ornaments on the fronts.
    pub accent: Colour,
    /// The fronts' background.
    pub front: Colour,
    /// The backs' background.
    pub back: Colour,
    /// Title and ornament on the backs.
    pub back_text: Colour,
}

impl Palette {
    fn from_settings(settings: &DeckSettings) -> Palette {
        let c = &settings.colours;
        Palette {
            text: c.text,
            accent: c.accent,
            front: c.front,
            back: c.back,
            back_text: c.back_text,
        }
    }
}

/// Structure elements numbered below this are for pages before the cards (the test sheet).
const FIRST_CARD_ELEMENT: u32 = 16;

/// The structure element of the `mark`-th thing drawn on front `card`: the cards' texts are
/// read card by card, each in the order it is drawn.
fn card_element(card: usize, mark: usize) -> u32 {
    // A front draws a handful of marks; 64 leaves room without ever overlapping.
    FIRST_CARD_ELEMENT + (card * 64 + mark.min(63)) as u32
}

/// Something drawn on a card.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
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

/// A small diamond between two hairlines, centred at (x, y), `width` wide.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Divider {
    x: f32,
    y: f32,
    width: f32,
}

/// One laid-out front: its design (background, frame and ornaments, shared with the cards
/// that look alike; an index into [`Cards`]' designs) and the marks of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Front {
    /// What the card is, for messages and tests ("question 7", "title").
    pub name: String,
    design: usize,
    marks: Vec<Mark>,
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

/// The whole deck laid out for one card size: fronts in order, and the back.
#[derive(Debug, Clone, PartialEq)]
pub struct Cards {
    /// The card size in mm.
    pub card: Size,
    /// The safe zone, in mm inside the card's edge.
    pub safe: f32,
    /// The colours.
    pub palette: Palette,
    /// Title card, how-to-use card (when there is an introduction or closing), questions.
    pub fronts: Vec<Front>,
    /// The ornaments of each distinct front design, drawn over its background and frame: a
    /// deck's question cards share one or two designs, however many questions there are.
    designs: Vec<Vec<Divider>>,
    back: TextBlock,
}

/// The front designs of a deck stored once in a PDF (see [`Cards::front_forms`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FrontForms {
    forms: Vec<FormId>,
    margin: f32,
}

/// Where each part of a card goes, derived from its size and the safe zone.
struct Frame {
    card: Size,
    /// The inner frame line's inset from the card's edge.
    inner: f32,
    /// The box text may use.
    text: Rect,
    /// A scale for small type and ornaments: 1 on a poker card.
    scale: f32,
}

impl Frame {
    fn new(card: Size, safe: f32) -> Frame {
        let scale = (card.width.min(card.height) / 63.0).clamp(0.7, 1.4);
        let inner = safe + 1.0;
        let padding = 2.5 * scale;
        Frame {
            card,
            inner,
            text: Rect::new(
                inner + padding,
                inner + padding,
                card.width - 2.0 * (inner + padding),
                card.height - 2.0 * (inner + padding),
            ),
            scale,
        }
    }
}

fn centred(width_mm: f32, max_size: f32, min_size: f32, leading: f32) -> Fit {
    Fit {
        width: pt(width_mm),
        height: f32::MAX,
        max_size,
        min_size,
        leading,
        breaking: Breaking::Balanced,
        align: Align::Centre,
    }
}

/// Explains a layout failure of `what` (found at `origin`) for the writer.
fn layout_error(
    error: LayoutError,
    what: &str,
    origin: Location,
    card: Size,
    settings_hint: &str,
) -> Error {
    let error = match error {
        LayoutError::MissingGlyph { character, .. } => Error::unprintable(what, character),
        LayoutError::DoesNotFit { min_size } => Error::new(format!(
            "{what} does not fit on a {} × {} mm card, even at {min_size} pt",
            card.width, card.height
        ))
        .with_hint(format!(
            "shorten it, or in content/settings.yaml choose a larger `deck: card_size`{settings_hint}"
        )),
    };
    error.located(origin)
}

impl Cards {
    /// Lays out every card of the project's deck, or explains every text that does not fit.
    pub fn prepare(project: &Project) -> std::result::Result<Cards, Vec<Error>> {
        let settings = &project.settings.deck;
        let deck = &project.deck;
        let card = settings.card_size;
        let frame = Frame::new(card, settings.safe_zone_mm);
        let palette = Palette::from_settings(settings);
        // The title and how-to-use cards have the bare design: background and frame.
        let mut designs = vec![Vec::new()];
        // Every text that cannot be set, so the writer can fix them all in one go.
        let mut problems = Vec::new();
        let mut fronts = Vec::new();
        match title_card(project, &frame, &palette) {
            Ok(title) => fronts.push(title),
            Err(e) => problems.push(e),
        }
        match how_to_card(project, &frame, &palette, settings) {
            Ok(how_to) => fronts.extend(how_to),
            Err(e) => problems.push(e),
        }
        for (index, question) in deck.questions.iter().enumerate() {
            match question_card(project, index, &frame, &palette, settings) {
                Ok((mut front, design)) => {
                    front.design = match designs.iter().position(|known| *known == design) {
                        Some(known) => known,
                        None => {
                            designs.push(design);
                            designs.len() - 1
                        }
                    };
                    fronts.push(front);
                }
                Err(e) => {
                    let what = format!("question {} (`{}`)", index + 1, question.id);
                    let origin = deck.question_origin(index, "text");
                    let hint = " or lower `deck: smallest_font_size`";
                    problems.push(layout_error(e, &what, origin, card, hint));
                }
            }
        }
        let back_words = settings.back_text.as_deref().unwrap_or(&deck.title);
        let back = fit(
            &[Span::new(back_words, Style::Bold)],
            &Fit {
                height: pt(card.height * 0.3),
                ..centred(frame.text.w, 13.0 * frame.scale, 7.0, 1.2)
            },
        )
        .map_err(|e| {
            let origin = match settings.back_text {
                Some(_) => project.settings.origin("deck.back_text"),
                None => deck.origin("title"),
            };
            layout_error(e, "the cards' back text", origin, card, "")
        });
        let back = match back {
            Ok(back) => back,
            Err(e) => {
                problems.push(e);
                return Err(problems);
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Cards {
            card,
            safe: settings.safe_zone_mm,
            palette,
            fronts,
            designs,
            back,
        })
    }

    /// Stores every front design once in `document`, like [`Cards::back_form`]: the card with
    /// its background running `margin` mm past it on every side.
    pub fn front_forms(&self, document: &mut Document, margin: f32) -> FrontForms {
        let frame = Frame::new(self.card, self.safe);
        let background = self.card_with_margin(margin);
        let trim = background.grow(-margin);
        let forms = self
            .designs
            .iter()
            .map(|ornaments| {
                let mut canvas = Canvas::new();
                canvas.fill_rect(background, self.palette.front);
                draw_frame(&mut canvas, trim, &frame, self.palette.accent, 1.0);
                for ornament in ornaments {
                    ornament.draw(&mut canvas, trim, self.palette.accent);
                }
                document.add_form(canvas, background.w, background.h)
            })
            .collect();
        FrontForms { forms, margin }
    }

    /// Draws front `index` with its trimmed card at `trim`: its design from `forms` (stored in
    /// the document `canvas` becomes a page of), then its own text and ornaments.
    pub fn draw_front(&self, canvas: &mut Canvas, index: usize, trim: Rect, forms: &FrontForms) {
        let front = &self.fronts[index];
        let margin = forms.margin;
        canvas.place(forms.forms[front.design], trim.x - margin, trim.y - margin);
        for (number, mark) in front.marks.iter().enumerate() {
            match mark {
                Mark::Text {
                    block,
                    left,
                    top,
                    colour,
                    role,
                } => {
                    let tag = role.map_or(Tag::Artifact, |role| Tag::Content {
                        element: card_element(index, number),
                        role,
                    });
                    canvas.text(block, trim.x + left, trim.y + top, *colour, tag);
                }
                Mark::Divider(ornament) => ornament.draw(canvas, trim, self.palette.accent),
            }
        }
    }

    /// The card and `margin` mm around it, with its bottom-left corner at the origin.
    fn card_with_margin(&self, margin: f32) -> Rect {
        Rect::new(
            0.0,
            0.0,
            self.card.width + 2.0 * margin,
            self.card.height + 2.0 * margin,
        )
    }

    /// Stores the back, the same on every card, once in `document`: the card with its
    /// background running `margin` mm past it on every side. Place it with [`Canvas::place`] at
    /// the bottom-left corner of that background (the card's corner less `margin` each way).
    pub fn back_form(&self, document: &mut Document, margin: f32) -> FormId {
        let background = self.card_with_margin(margin);
        let mut canvas = Canvas::new();
        self.draw_back(&mut canvas, background.grow(-margin), background);
        document.add_form(canvas, background.w, background.h)
    }

    /// Draws the back with its trimmed card at `trim`, its background filling `background`.
    fn draw_back(&self, canvas: &mut Canvas, trim: Rect, background: Rect) {
        let palette = &self.palette;
        canvas.fill_rect(background, palette.back);
        let frame = Frame::new(self.card, self.safe);
        let line = palette.back.mix(palette.back_text, 0.55);
        draw_frame(canvas, trim, &frame, line, 0.8);
        // Rosette, title and a divider, stacked and centred in the text area; the rosette
        // (with its ring of dots, 2.5 radii tall) shrinks on squat cards to leave room.
        let area = frame.text;
        let gap = 3.0 * frame.scale;
        let divider_height = 2.0;
        let text_height = mm(self.back.height());
        let room = (area.h - text_height - 2.0 * gap - divider_height) / 2.5;
        let radius = (area.w * 0.3).min(self.card.height * 0.16).min(room);
        let total = 2.5 * radius + gap + text_height + gap + divider_height;
        let top = trim.y + area.y + (area.h + total) / 2.0;
        let centre = (trim.x + self.card.width / 2.0, top - 1.25 * radius);
        rosette(canvas, centre, radius, palette.back_text, palette.back);
        let text_top = top - 2.5 * radius - gap;
        canvas.text(
            &self.back,
            trim.x + area.x,
            text_top,
            palette.back_text,
            Tag::Artifact,
        );
        let below = text_top - text_height - gap - divider_height / 2.0;
        divider(canvas, centre.0, below, 16.0 * frame.scale, line);
    }
}

fn title_card(project: &Project, frame: &Frame, palette: &Palette) -> Result<Front> {
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
        )
    })?;
    let author = fit(
        &[Span::new(&project.article.author, Style::Italic)],
        &Fit {
            height: pt(text.h * 0.2),
            ..centred(text.w, 11.0 * frame.scale, 7.0, 1.2)
        },
    )
    .map_err(|e| {
        let origin = project.article.origin("author");
        layout_error(e, "the article's author", origin, card, "")
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
            Mark::Text {
                block: title,
                left: text.x,
                top,
                colour: palette.text,
                role: Some(Role::Heading(1)),
            },
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

fn how_to_card(
    project: &Project,
    frame: &Frame,
    palette: &Palette,
    settings: &DeckSettings,
) -> Result<Option<Front>> {
    let paragraphs: Vec<Vec<Span>> = [&project.deck.introduction, &project.deck.closing]
        .into_iter()
        .flatten()
        .filter(|text| !text.trim().is_empty())
        .map(|text| vec![Span::new(text.trim(), Style::Regular)])
        .collect();
    if paragraphs.is_empty() {
        return Ok(None);
    }
    let text = frame.text;
    let blocks = fit_stack(
        &paragraphs,
        1.2,
        &Fit {
            height: pt(text.h),
            ..centred(
                text.w,
                settings.largest_font_size * 0.8,
                settings.smallest_font_size.min(7.0),
                1.25,
            )
        },
    )
    .map_err(|e| {
        let origin = project.deck.origin("introduction");
        layout_error(
            e,
            "the deck's introduction and closing",
            origin,
            frame.card,
            "",
        )
    })?;
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
    Ok(Some(Front {
        name: "the how-to-use card".to_string(),
        design: 0,
        marks,
    }))
}

/// Lays out question `index`: its front (with the bare design for now) and the ornaments of
/// its design, which the questions share.
fn question_card(
    project: &Project,
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
    let bottom_top = match question
        .category
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    {
        Some(category) => {
            let block = fit(&[Span::new(category.trim(), Style::Italic)], &small)?;
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
    let mut paragraphs = vec![vec![Span::new(&question.text, Style::Regular)]];
    if let Some(follow_up) = question
        .follow_up
        .as_deref()
        .filter(|f| !f.trim().is_empty())
    {
        paragraphs.push(vec![Span::new(follow_up.trim(), Style::Italic)]);
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

/// Two frame lines inside the card: a firm one at the safe zone and a hairline inside it.
fn draw_frame(canvas: &mut Canvas, trim: Rect, frame: &Frame, colour: Colour, weight: f32) {
    let outer =
        Rect::new(trim.x, trim.y, frame.card.width, frame.card.height).grow(-(frame.inner - 1.0));
    for (rect, width) in [(outer, 0.8 * weight), (outer.grow(-1.0), 0.3 * weight)] {
        let path = Path::new()
            .start(rect.x, rect.y)
            .line_to(rect.right(), rect.y)
            .line_to(rect.right(), rect.top())
            .line_to(rect.x, rect.top());
        canvas.stroke(
            &path,
            Stroke {
                width,
                colour,
                dash: None,
            },
            true,
        );
    }
}

impl Divider {
    /// Draws this ornament on the card whose trimmed edge is at `trim`.
    fn draw(&self, canvas: &mut Canvas, trim: Rect, colour: Colour) {
        divider(canvas, trim.x + self.x, trim.y + self.y, self.width, colour);
    }
}

/// A small diamond between two hairlines.
fn divider(canvas: &mut Canvas, x: f32, y: f32, width: f32, colour: Colour) {
    let d = 0.9;
    let diamond = Path::new()
        .start(x - d, y)
        .line_to(x, y + d)
        .line_to(x + d, y)
        .line_to(x, y - d);
    canvas.fill(&diamond, colour);
    let half = width / 2.0;
    if half > d + 1.5 {
        let stroke = Stroke {
            width: 0.4,
            colour,
            dash: None,
        };
        canvas.line((x - half, y), (x - d - 1.0, y), stroke);
        canvas.line((x + d + 1.0, y), (x + half, y), stroke);
    }
}

/// The back's ornament: eight petals in a ring, with dots between them.
fn rosette(
    canvas: &mut Canvas,
    centre: (f32, f32),
    radius: f32,
    colour: Colour,
    background: Colour,
) {
    let (cx, cy) = centre;
    let at = |distance: f32, angle: f32| (cx + distance * angle.cos(), cy + distance * angle.sin());
    canvas.stroke(
        &Path::circle(centre, radius * 1.18),
        Stroke {
            width: 0.6,
            colour,
            dash: None,
        },
        true,
    );
    let soft = background.mix(colour, 0.45);
    for k in 0..8 {
        let angle = k as f32 * FRAC_PI_4 + FRAC_PI_8;
        let base = at(radius * 0.18, angle);
        let tip = at(radius, angle);
        let c1 = at(radius * 0.55, angle - 0.42);
        let c2 = at(radius * 0.92, angle - 0.16);
        let c3 = at(radius * 0.92, angle + 0.16);
        let c4 = at(radius * 0.55, angle + 0.42);
        let petal = Path::new()
            .start(base.0, base.1)
            .curve_to(c1, c2, tip.0, tip.1)
            .curve_to(c3, c4, base.0, base.1);
        canvas.fill(&petal, if k % 2 == 0 { colour } else { soft });
        let dot = at(radius * 1.18, angle + FRAC_PI_8);
        canvas.fill(&Path::circle(dot, radius * 0.05), colour);
    }
    canvas.fill(&Path::circle(centre, radius * 0.13), colour);
    canvas.fill(&Path::circle(centre, radius * 0.06), background);
}

#[cfg(test)]
mod tests {
    use std::path::Path as FsPath;

    use super::*;
    use crate::content::Question;

    fn seed() -> Project {
        Project::load(FsPath::new(env!("CARGO_MANIFEST_DIR"))).expect("the seed content loads")
    }

    fn sizes(front: &Front) -> Vec<f32> {
        front
            .text_boxes()
            .iter()
            .map(|(block, _)| block.size)
            .collect()
    }

    #[test]
    fn every_seed_question_fits_a_poker_card_at_11_pt_or_more() {
        let project = seed();
        assert_eq!(project.settings.deck.card_size, Size::POKER);
        let cards = Cards::prepare(&project).unwrap();
        let questions = &cards.fronts[cards.fronts.len() - project.deck.questions.len()..];
        for (front, question) in questions.iter().zip(&project.deck.questions) {
            // The label, then the question: the question is the largest text.
            let size = sizes(front).into_iter().fold(0.0, f32::max);
            assert!(size >= 11.0, "{}: {size} pt", front.name);
            let text: String = front
                .text_boxes()
                .iter()
                .map(|(block, _)| block.text().replace('\n', " "))
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(&question.text), "{text}");
        }
    }

    #[test]
    fn all_text_stays_inside_the_safe_zone() {
        let mut project = seed();
        for (_, card) in Size::CARD_NAMES {
            project.settings.deck.card_size = card;
            // The seed's longest question would not fit a mini card at 11 pt.
            project.settings.deck.smallest_font_size = 7.0;
            let cards = Cards::prepare(&project).unwrap();
            let safe = Rect::new(0.0, 0.0, card.width, card.height).grow(-cards.safe);
            for front in &cards.fronts {
                for (_, rect) in front.text_boxes() {
                    assert!(safe.contains(&rect), "{card:?} {}: {rect:?}", front.name);
                }
            }
        }
    }

    #[test]
    fn overlong_and_unprintable_questions_are_errors_naming_them() {
        let mut project = seed();
        project.deck.questions.push(Question {
            id: "endless".to_string(),
            text: "Why ".repeat(150),
            category: None,
            follow_up: None,
        });
        project.deck.questions[4].text = "Is 愛 love?".to_string();
        let errors = Cards::prepare(&project).unwrap_err();
        // Every question that cannot be set is its own problem, in order.
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0]
                .message
                .contains("question 5 (`fear-for-our-future`)"),
            "{}",
            errors[0].message
        );
        assert!(errors[0].message.contains("“愛”"), "{}", errors[0].message);
        assert!(
            errors[1].message.contains("question 21 (`endless`)"),
            "{}",
            errors[1].message
        );
        assert!(
            errors[1].message.contains("does not fit"),
            "{}",
            errors[1].message
        );
        assert!(
            errors[1]
                .hint
                .clone()
                .unwrap()
                .contains("smallest_font_size")
        );
    }

    #[test]
    fn a_character_the_font_lacks_is_an_error_naming_it() {
        let mut project = seed();
        project.deck.questions[2].text = "What does 愛 mean to you?".to_string();
        let error = &Cards::prepare(&project).unwrap_err()[0];
        assert!(
            error.message.contains("question 3 (`childhood-memory`)"),
            "{}",
            error.message
        );
        assert!(error.message.contains("“愛” (U+611B)"), "{}", error.message);
    }

    #[test]
    fn question_cards_share_a_design_per_bottom_ornament() {
        let mut project = seed();
        project.deck.questions[3].category = Some("Feelings".to_string());
        let cards = Cards::prepare(&project).unwrap();
        // The bare design (title and how-to cards), questions closed by an ornament, and the
        // one question whose category takes the ornament's place.
        assert_eq!(cards.designs.len(), 3);
        let designs: Vec<usize> = cards.fronts.iter().map(|front| front.design).collect();
        let mut expected = vec![0, 0];
        expected.extend((0..project.deck.questions.len()).map(|i| if i == 3 { 2 } else { 1 }));
        assert_eq!(designs, expected);
        assert_eq!(cards.designs[1].len(), 2);
        assert_eq!(cards.designs[2].len(), 1);
    }

    #[test]
    fn categories_and_follow_ups_are_set() {
        let mut project = seed();
        project.deck.questions[0].category = Some("Getting started".to_string());
        project.deck.questions[0].follow_up = Some("And why now?".to_string());
        let cards = Cards::prepare(&project).unwrap();
        let texts: Vec<String> = cards.fronts[2]
            .text_boxes()
            .iter()
            .map(|(block, _)| block.text())
            .collect();
        assert!(texts.contains(&"Getting started".to_string()), "{texts:?}");
        assert!(
            texts.iter().any(|t| t.contains("And why now?")),
            "{texts:?}"
        );
    }
}
