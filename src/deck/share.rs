//! Share images: the picture a link to the site shows when it is shared (`og:image`), 1200 ×
//! 630 pixels, the card on a background in the deck's colours with the back behind it, tilted.
//! One per question card and one of the title card, for the deck's other pages.
//!
//! They are made only when the site's address (`base_url`) is known, since `og:image` must be
//! an absolute address. Each PNG carries a fingerprint of what it shows
//! ([`crate::raster::fingerprint`]): when the previous build's file has the
//! same, it is kept instead of drawn again, so a rebuild after an edit draws only the cards
//! that changed.

use super::PreparedDeck;
use super::images::{Face, Faces, first_question};
use crate::display::{Item, List, Rect};
use crate::error::Result;
use crate::parallel;
use crate::raster::{View, png_unless_unchanged};
use crate::render::{Download, Job, Made, Previous};

/// The share image's width and height in pixels, as Facebook, LinkedIn and others show them.
pub const PIXELS: (u32, u32) = (1200, 630);

/// The share image of the title card (the article, the question list and the deck's other
/// pages), inside the piece's folder.
pub const TITLE_FILE: &str = "share/deck.png";

/// The share image of question `id`, inside the piece's folder.
pub fn question_file(id: &str) -> String {
    format!("share/questions/{id}.png")
}

/// How much of the image's height the card takes.
const CARD_SHARE: f32 = 0.82;

/// Makes the deck's share images, keeping those whose fingerprint has not changed.
pub(super) struct ShareImages<'a>(pub(super) &'a PreparedDeck<'a>);

impl ShareImages<'_> {
    /// Every share image: its file and the front it shows.
    fn images(&self) -> Vec<(String, usize)> {
        let deck = self.0;
        let first = first_question(&deck.cards, deck.project.deck.questions.len());
        std::iter::once((TITLE_FILE.to_string(), 0))
            .chain(
                deck.project
                    .deck
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(index, question)| (question_file(&question.id), first + index)),
            )
            .collect()
    }
}

/// The share page showing front `index`, in mm: its size and its drawing.
fn page<'a>(faces: &Faces<'a>, cards: &super::Cards, index: usize) -> ((f32, f32), List<'a>) {
    let card = cards.card;
    let height = card.height / CARD_SHARE;
    let width = height * PIXELS.0 as f32 / PIXELS.1 as f32;
    let mut list = List::new();
    list.push(Item::FillRect {
        rect: Rect::new(0.0, 0.0, width, height),
        colour: cards.palette.back.mix(crate::colour::Colour::BLACK, 0.25),
    });
    let y = (height - card.height) / 2.0;
    let front = Rect::new(width / 2.0 - card.width * 0.62, y, card.width, card.height);
    let back = Rect::new(width / 2.0 - card.width * 0.28, y, card.width, card.height);
    faces.draw(&mut list, Face::Back, back, -0.14);
    faces.draw(&mut list, Face::Front(index), front, 0.0);
    ((width, height), list)
}

impl Job for ShareImages<'_> {
    fn offer(&self) -> Option<Download> {
        None
    }

    fn make(&self, previous: &dyn Previous) -> Result<Made> {
        let cards = &self.0.cards;
        let faces = Faces::new(cards, 0.0);
        let images = self.images();
        let files = parallel::map(&images, 4, "drawing the share images", |(file, index)| {
            let (size, list) = page(&faces, cards, *index);
            let view = View {
                page_height: size.1,
                per_mm: PIXELS.0 as f32 / size.0,
                pixels: PIXELS,
            };
            let png = png_unless_unchanged(&list, faces.forms(), view, None, previous.read(file))?;
            Ok((file.clone(), png))
        })?
        .into_iter()
        .collect::<Result<Vec<_>>>()?;
        Ok(Made {
            files,
            ..Made::default()
        })
    }
}
