//! The whole deck laid out for one card size ([`Cards`]): the fronts, each front design and
//! the shared back, laid out once, stored once in a PDF as forms, and drawn wherever a sheet
//! puts them, as display lists.
//!
//! Card-relative lengths are in millimetres from the card's bottom-left corner.

use crate::content::Printed;
use crate::display::{FormId, FormStore, Item, List, Rect, Tag, mm, pt};
use crate::error::Error;
use crate::layout::{Fit, Span, Style, TextBlock, fit};
use crate::settings::Size;

use super::frame::{Frame, centred, draw_frame};
use super::fronts::{Front, Mark, card_element, how_to_cards, question_card, title_card};
use super::ornaments::{Divider, divider, rosette};
use super::palette::Palette;
use super::problems::layout_error;

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

impl Cards {
    /// Lays out every card of the project's deck, or explains every text that does not fit.
    pub fn prepare(project: &Printed) -> std::result::Result<Cards, Vec<Error>> {
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
        match how_to_cards(project, &frame, &palette, settings) {
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
                    let language = &project.settings.language;
                    problems.push(layout_error(e, &what, origin, card, hint, language));
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
            let language = &project.settings.language;
            layout_error(e, "the cards' back text", origin, card, "", language)
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

    /// Stores every front design once in `document` (a PDF, or an image's forms), like
    /// [`Cards::back_form`]: the card with its background running `margin` mm past it on
    /// every side.
    pub fn front_forms<'a>(&'a self, document: &mut impl FormStore<'a>, margin: f32) -> FrontForms {
        let frame = Frame::new(self.card, self.safe);
        let background = self.card_with_margin(margin);
        let trim = background.grow(-margin);
        let forms = self
            .designs
            .iter()
            .map(|ornaments| {
                let mut design = List::new();
                design.push(Item::FillRect {
                    rect: background,
                    colour: self.palette.front,
                });
                draw_frame(&mut design, trim, &frame, self.palette.accent, 1.0);
                for ornament in ornaments {
                    ornament.draw(&mut design, trim, self.palette.accent);
                }
                document.add_form(&design, background.w, background.h)
            })
            .collect();
        FrontForms { forms, margin }
    }

    /// Draws front `index` onto `page` with its trimmed card at `trim`: its design from `forms`
    /// (stored in the document `page` goes into), then its own text and ornaments.
    pub fn draw_front<'a>(
        &'a self,
        page: &mut List<'a>,
        index: usize,
        trim: Rect,
        forms: &FrontForms,
    ) {
        let front = &self.fronts[index];
        let margin = forms.margin;
        page.push(Item::form(
            forms.forms[front.design],
            trim.x - margin,
            trim.y - margin,
        ));
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
                    page.push(Item::text(block, trim.x + left, trim.y + top, *colour, tag));
                }
                Mark::Divider(ornament) => ornament.draw(page, trim, self.palette.accent),
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
    /// background running `margin` mm past it on every side. Place it with [`Item::form`] at
    /// the bottom-left corner of that background (the card's corner less `margin` each way).
    pub fn back_form<'a>(&'a self, document: &mut impl FormStore<'a>, margin: f32) -> FormId {
        self.back_form_filling(document, margin, self.card_with_margin(margin))
    }

    /// Like [`Cards::back_form`], with the background filling only `background` (in the
    /// form's millimetres, the card's corner at (`margin`, `margin`)): a folded-over back
    /// runs past its three outer sides but not past the fold.
    pub fn back_form_filling<'a>(
        &'a self,
        document: &mut impl FormStore<'a>,
        margin: f32,
        background: Rect,
    ) -> FormId {
        let whole = self.card_with_margin(margin);
        let mut back = List::new();
        self.draw_back(&mut back, whole.grow(-margin), background);
        document.add_form(&back, whole.w, whole.h)
    }

    /// Draws the back with its trimmed card at `trim`, its background filling `background`.
    fn draw_back<'a>(&'a self, back: &mut List<'a>, trim: Rect, background: Rect) {
        let palette = &self.palette;
        back.push(Item::FillRect {
            rect: background,
            colour: palette.back,
        });
        let frame = Frame::new(self.card, self.safe);
        let line = palette.back.mix(palette.back_text, 0.55);
        draw_frame(back, trim, &frame, line, 0.8);
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
        rosette(back, centre, radius, palette.back_text, palette.back);
        let text_top = top - 2.5 * radius - gap;
        back.push(Item::text(
            &self.back,
            trim.x + area.x,
            text_top,
            palette.back_text,
            Tag::Artifact,
        ));
        let below = text_top - text_height - gap - divider_height / 2.0;
        divider(back, centre.0, below, 16.0 * frame.scale, line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Question;
    use crate::content::seed::{deck, deck_mut, home, project as seed};

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
        let cards = Cards::prepare(&home(&project)).unwrap();
        let questions = &cards.fronts[cards.fronts.len() - deck(&project).questions.len()..];
        for (front, question) in questions.iter().zip(&deck(&project).questions) {
            // The label, then the question: the question is the largest text.
            let size = sizes(front).into_iter().fold(0.0, f32::max);
            assert!(size >= 11.0, "{}: {size} pt", front.name);
            let text: String = front
                .text_boxes()
                .iter()
                .map(|(block, _)| block.text().replace('\n', " "))
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(question.text.source()), "{text}");
        }
    }

    #[test]
    fn all_text_stays_inside_the_safe_zone() {
        let mut project = seed();
        for (_, card) in Size::CARD_NAMES {
            project.settings.deck.card_size = card;
            // The seed's longest question would not fit a mini card at 11 pt.
            project.settings.deck.smallest_font_size = 7.0;
            let cards = Cards::prepare(&home(&project)).unwrap();
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
        deck_mut(&mut project).questions.push(Question {
            id: "endless".to_string(),
            text: "Why ".repeat(150).into(),
            category: None,
            follow_up: None,
        });
        deck_mut(&mut project).questions[4].text = "Is 愛 love?".into();
        let errors = Cards::prepare(&home(&project)).unwrap_err();
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
        deck_mut(&mut project).questions[2].text = "What does 愛 mean to you?".into();
        let error = &Cards::prepare(&home(&project)).unwrap_err()[0];
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
        deck_mut(&mut project).questions[3].category = Some("Feelings".into());
        let cards = Cards::prepare(&home(&project)).unwrap();
        // The bare design (title and how-to cards), questions closed by an ornament, and the
        // one question whose category takes the ornament's place.
        assert_eq!(cards.designs.len(), 3);
        let designs: Vec<usize> = cards.fronts.iter().map(|front| front.design).collect();
        let mut expected = vec![0, 0];
        expected.extend((0..deck(&project).questions.len()).map(|i| if i == 3 { 2 } else { 1 }));
        assert_eq!(designs, expected);
        assert_eq!(cards.designs[1].len(), 2);
        assert_eq!(cards.designs[2].len(), 1);
    }

    #[test]
    fn categories_and_follow_ups_are_set() {
        let mut project = seed();
        deck_mut(&mut project).questions[0].category = Some("Getting started".into());
        deck_mut(&mut project).questions[0].follow_up = Some("And why now?".into());
        let cards = Cards::prepare(&home(&project)).unwrap();
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
