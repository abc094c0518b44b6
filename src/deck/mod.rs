//! The printable card deck: two PDFs made from the same laid-out cards, laid out once for both
//! when the deck is prepared ([`prepare`]), then written by one job each.
//!
//! - `cards-to-cut-out.pdf` for home printers: several cards per sheet with cut marks, backs
//!   printed two-sided, folded over or not at all, and an optional test sheet first.
//! - `cards-print-shop.pdf` for print shops: one card per page with bleed, fronts and backs
//!   alternating (in the order of the printer chosen in `deck: printer:`, see [`printers`]),
//!   TrimBox and BleedBox on every page.

mod archive;
mod calibration;
mod design;
mod frame;
mod fronts;
pub mod images;
mod ornaments;
mod palette;
pub mod printers;
mod problems;
pub mod share;
mod sheet;

pub use design::{Cards, FrontForms};
pub use sheet::Imposition;

use crate::colour::Colour;
use crate::content::Printed;
use crate::display::{FormId, FormStore, Item, List, Rect, Stroke};
use crate::error::{Error, Result};
use crate::pdf::{Document, Duplex, Metadata, PageBoxes, Writing, pdf_unless_unchanged};
use crate::raster::Forms;
use crate::render::{Download, Job, Made, Preview, Previous, Printable};
use crate::settings::{Backs, DeckSettings, PRINTER_MARGIN_MM, Settings, Size};
use crate::words::{Key, Words};
use printers::PageOrder;
use sheet::Fold;

/// The home-printing PDF's file name.
pub const HOME_FILE: &str = "cards-to-cut-out.pdf";
/// The print-shop PDF's file name.
pub const PRINT_SHOP_FILE: &str = "cards-print-shop.pdf";

/// How far a back's background runs past its card on a home print, in mm: so that a
/// printer's front-to-back misalignment of up to 2 mm, or cutting that far outside a
/// folded-over card, leaves no white edge. It stops [`sheet::MARK_GAP`] short of the
/// neighbouring card across the narrowest gutter, so it never touches another card.
const HOME_BACK_BLEED: f32 = sheet::MIN_GUTTER - sheet::MARK_GAP;

/// The deck of one project, laid out: the cards and how they go on the home printer's sheets.
pub struct PreparedDeck<'a> {
    project: &'a Printed<'a>,
    cards: Cards,
    imposition: Imposition,
}

/// Lays out the project's cards once for both card PDFs, reporting every text that does not
/// fit.
pub fn prepare<'a>(
    project: &'a Printed<'a>,
) -> std::result::Result<Box<dyn Printable + 'a>, Vec<Error>> {
    let settings = &project.settings.deck;
    let imposition = Imposition::new(settings.paper, settings.card_size, settings.backs);
    let cards = Cards::prepare(project);
    match (cards, imposition) {
        (Ok(cards), Some(imposition)) => Ok(Box::new(PreparedDeck {
            project,
            cards,
            imposition,
        })),
        (cards, imposition) => {
            let mut problems = cards.err().unwrap_or_default();
            if imposition.is_none() {
                problems.push(
                    Error::new("the cards do not fit on the paper chosen in `deck: paper`")
                        .located(project.settings.origin("deck.paper"))
                        .with_hint("choose a smaller `card_size` or a larger `paper`"),
                );
            }
            Err(problems)
        }
    }
}

impl Printable for PreparedDeck<'_> {
    fn jobs(&self) -> Vec<Box<dyn Job + '_>> {
        let mut jobs: Vec<Box<dyn Job + '_>> =
            vec![Box::new(HomeCards(self)), Box::new(PrintShopCards(self))];
        if let Some(pixels) = self.project.settings.deck.card_image_pixels() {
            jobs.push(Box::new(images::CardImages { deck: self, pixels }));
        }
        if self.project.settings.base_url.is_some() {
            jobs.push(Box::new(share::ShareImages(self)));
        }
        jobs
    }
}

/// Makes `cards-to-cut-out.pdf`, for printing at home.
struct HomeCards<'a>(&'a PreparedDeck<'a>);

/// Makes `cards-print-shop.pdf`, for a print shop.
struct PrintShopCards<'a>(&'a PreparedDeck<'a>);

/// The print page's picture of the first sheet of cards to cut out.
const SHEET_PREVIEW: &str = "cards-sheet.png";
/// The print page's pictures of a card's front and back.
const FRONT_PREVIEW: &str = "card-front.png";
const BACK_PREVIEW: &str = "card-back.png";

impl HomeCards<'_> {
    fn preview(&self) -> Preview {
        let page = self.0.imposition.page;
        let alt = words(self.0.project).get(Key::PreviewSheet).to_string();
        images::preview_of((page.width, page.height), SHEET_PREVIEW, alt)
    }
}

impl Job for HomeCards<'_> {
    fn offer(&self) -> Option<Download> {
        let deck = self.0;
        Some(Download {
            file: HOME_FILE.to_string(),
            title: words(deck.project).get(Key::HomeDownloadTitle).to_string(),
            description: home_description(
                deck.project.settings,
                &deck.imposition,
                deck.cards.fronts.len(),
            ),
            bytes: 0,
            pages: 0,
            images: false,
            previews: vec![self.preview()],
        })
    }

    fn make(&self, previous: &dyn Previous) -> Result<Made> {
        let deck = self.0;
        let mut made = pdf_unless_unchanged(previous, HOME_FILE, |writing| {
            home_document(deck.project, &deck.cards, &deck.imposition, writing)
        })?;
        let mut forms = Forms::new();
        let home = HomeForms::new(
            &deck.project.settings.deck,
            &deck.cards,
            &deck.imposition,
            &mut forms,
        );
        let count = deck.cards.fronts.len().min(deck.imposition.per_sheet());
        let first: Vec<usize> = (0..count).collect();
        let (fronts, _) = home_sheet(
            &deck.project.settings.deck,
            &deck.cards,
            &deck.imposition,
            &home,
            &first,
        );
        let page = deck.imposition.page;
        let preview = self.preview();
        let old = previous.read(&preview.file);
        let png = images::preview_png(&fronts, &forms, (page.width, page.height), &preview, old)?;
        made.files.push((preview.file, png));
        Ok(made)
    }
}

impl PrintShopCards<'_> {
    /// The print page's pictures: the first question's front (or the title card's, in a deck
    /// without questions) and the back, each face as it is cut, and what each shows.
    fn previews(&self) -> [(images::Face, Preview); 2] {
        let deck = self.0;
        let card = deck.cards.card;
        let page = (card.width, card.height);
        let questions = &deck.project.deck.questions;
        let front = images::first_question(&deck.cards, questions.len());
        let words = words(deck.project);
        let front_alt = match questions.first() {
            Some(question) => {
                words.fill(Key::PreviewFront, &[("question", &question.text.plain())])
            }
            None => words.get(Key::PreviewTitleCard).to_string(),
        };
        let back_alt = words.get(Key::PreviewBack).to_string();
        [
            (
                images::Face::Front(front),
                images::preview_of(page, FRONT_PREVIEW, front_alt),
            ),
            (
                images::Face::Back,
                images::preview_of(page, BACK_PREVIEW, back_alt),
            ),
        ]
    }
}

impl Job for PrintShopCards<'_> {
    fn offer(&self) -> Option<Download> {
        let deck = self.0;
        let settings = &deck.project.settings.deck;
        let words = words(deck.project);
        Some(Download {
            file: PRINT_SHOP_FILE.to_string(),
            title: words.get(Key::ShopDownloadTitle).to_string(),
            description: print_shop_description(settings, words, deck.cards.fronts.len()),
            bytes: 0,
            pages: 0,
            images: false,
            previews: self.previews().map(|(_, preview)| preview).to_vec(),
        })
    }

    fn make(&self, previous: &dyn Previous) -> Result<Made> {
        let deck = self.0;
        let mut made = pdf_unless_unchanged(previous, PRINT_SHOP_FILE, |writing| {
            print_shop_document(deck.project, &deck.cards, writing)
        })?;
        let faces = images::Faces::new(&deck.cards, 0.0);
        for (face, preview) in self.previews() {
            let old = previous.read(&preview.file);
            let png = images::preview_png(
                &faces.list(face),
                faces.forms(),
                faces.page(),
                &preview,
                old,
            )?;
            made.files.push((preview.file, png));
        }
        Ok(made)
    }
}

/// The reader's words, with the writer's own laid over them.
fn words<'a>(project: &Printed<'a>) -> &'a Words {
    &project.settings.words
}

/// The PDF's metadata, its title the deck's with the file's purpose (`title`, a key with a
/// `{deck}`).
fn metadata(project: &Printed, title: Key, duplex: Option<Duplex>) -> Result<Metadata> {
    let words = words(project);
    Ok(Metadata {
        title: words.fill(title, &[("deck", &project.deck.title)]),
        author: project.author().to_string(),
        subject: words.fill(
            match project.article {
                Some(_) => Key::DeckSubject,
                None => Key::DeckAloneSubject,
            },
            &[
                ("count", &project.deck.questions.len().to_string()),
                ("title", project.title()),
            ],
        ),
        language: project.settings.language.clone(),
        time: project.time()?,
        duplex,
    })
}

/// The print page's words about `cards-print-shop.pdf`: its cards and bleed, the printer it is
/// made for, if any, and the order of each card's sides.
fn print_shop_description(settings: &DeckSettings, words: &Words, cards: usize) -> String {
    let card = settings.card_size;
    let mm = |value: f32| words.number((value * 1000.0).round() / 1000.0);
    let figures = [
        ("cards", cards.to_string()),
        ("width", mm(card.width)),
        ("height", mm(card.height)),
        ("bleed", mm(settings.bleed_mm)),
    ];
    let Some(printer) = settings.printer else {
        let figures: Vec<(&str, &str)> = figures.iter().map(|(k, v)| (*k, v.as_str())).collect();
        return words.fill(Key::ShopDownloadDescription, &figures);
    };
    let name = printer
        .shop_name()
        .unwrap_or_else(|| words.get(Key::EuropeanPrinter));
    let mut filled: Vec<(&str, &str)> = figures.iter().map(|(k, v)| (*k, v.as_str())).collect();
    filled.push(("printer", name));
    let key = match print_shop_order(settings) {
        PageOrder::FrontThenBack => Key::ShopPrinterDescription,
        PageOrder::BackThenFront => Key::ShopPrinterBackFirstDescription,
    };
    words.fill(key, &filled)
}

/// The order of a card's sides in `cards-print-shop.pdf`: the printer's, or front first.
fn print_shop_order(settings: &DeckSettings) -> PageOrder {
    settings
        .printer
        .map_or(PageOrder::FrontThenBack, |printer| printer.preset().order)
}

/// What the print page says of the cards to cut out: how many, on what, and how to print them.
fn home_description(settings: &Settings, imposition: &Imposition, cards: usize) -> String {
    let words = &settings.words;
    let deck = &settings.deck;
    let sheets = cards.div_ceil(imposition.per_sheet());
    let paper = Size::PAPER_NAMES
        .iter()
        .find(|(_, size)| *size == deck.paper)
        .map(|(name, _)| match *name {
            "letter" => words.get(Key::PaperLetter).to_string(),
            name => name.to_uppercase(),
        })
        .unwrap_or_else(|| {
            let (width, height) = (
                words.number(deck.paper.width),
                words.number(deck.paper.height),
            );
            format!("{width} × {height} mm")
        });
    let test_sheet = if deck.calibration_page {
        words.get(Key::HomeAfterTestSheet)
    } else {
        ""
    };
    let how = match deck.backs {
        Backs::DuplexLongEdge => Key::HomeHowLongEdge,
        Backs::DuplexShortEdge => Key::HomeHowShortEdge,
        Backs::FoldOver => Key::HomeHowFoldOver,
        Backs::None => Key::HomeHowOneSided,
    };
    let per_sheet = imposition.per_sheet().to_string();
    let crowded = imposition.per_sheet_without_mark_room();
    let fewer = if crowded > imposition.per_sheet() {
        words.fill(
            Key::HomeFewerPerSheet,
            &[
                ("per_sheet", &per_sheet),
                ("crowded", &crowded.to_string()),
                ("margin", &words.number(PRINTER_MARGIN_MM)),
            ],
        )
    } else {
        String::new()
    };
    let sheets = words.count(
        Key::HomeSheetsOne,
        Key::HomeSheetsOther,
        sheets,
        &[
            ("cards", &cards.to_string()),
            ("sheets", &sheets.to_string()),
            ("paper", &paper),
            ("per_sheet", &per_sheet),
            ("fewer", &fewer),
            ("test_sheet", test_sheet),
        ],
    );
    format!("{sheets} {}", words.get(how))
}

fn home_document(
    project: &Printed,
    cards: &Cards,
    imposition: &Imposition,
    writing: Writing,
) -> Result<Document> {
    let settings = &project.settings.deck;
    let duplex = match settings.backs {
        Backs::DuplexLongEdge => Duplex::FlipLongEdge,
        Backs::DuplexShortEdge => Duplex::FlipShortEdge,
        Backs::FoldOver | Backs::None => Duplex::Simplex,
    };
    let metadata = metadata(project, Key::HomeDocumentTitle, Some(duplex))?;
    let mut document = Document::new(metadata, writing);
    let page = PageBoxes::plain(imposition.page.width, imposition.page.height);
    if settings.calibration_page {
        for side in calibration::test_sheet(imposition, words(project))? {
            document.add_page(page, &side);
        }
    }
    let forms = HomeForms::new(settings, cards, imposition, &mut document);
    let indices: Vec<usize> = (0..cards.fronts.len()).collect();
    for sheet in indices.chunks(imposition.per_sheet()) {
        let (fronts, backs) = home_sheet(settings, cards, imposition, &forms, sheet);
        document.add_page(page, &fronts);
        if imposition.duplex() {
            document.add_page(page, &backs);
        }
    }
    Ok(document)
}

/// The designs a home sheet places, stored once (in a PDF, or an image's forms).
struct HomeForms {
    fronts: FrontForms,
    back: Option<FormId>,
}

impl HomeForms {
    fn new<'a>(
        settings: &DeckSettings,
        cards: &'a Cards,
        imposition: &Imposition,
        store: &mut impl FormStore<'a>,
    ) -> HomeForms {
        let fronts = cards.front_forms(store, 0.0);
        let back = (settings.backs != Backs::None).then(|| {
            let (w, h, m) = (cards.card.width, cards.card.height, HOME_BACK_BLEED);
            // In the form's millimetres: a back folded at its left (or, drawn upside down, at its
            // bottom) runs past the other three sides only.
            let background = match imposition.fold {
                Some(Fold::Vertical) => Rect::new(m, 0.0, w + m, h + 2.0 * m),
                Some(Fold::Horizontal) => Rect::new(0.0, m, w + 2.0 * m, h + m),
                None => Rect::new(0.0, 0.0, w + 2.0 * m, h + 2.0 * m),
            };
            cards.back_form_filling(store, m, background)
        });
        HomeForms { fronts, back }
    }
}

/// The fronts' side of one home sheet holding the cards numbered `sheet`, and its backs' side
/// (empty unless printed two-sided: otherwise the backs are on the fronts' side).
fn home_sheet<'a>(
    settings: &DeckSettings,
    cards: &'a Cards,
    imposition: &Imposition,
    forms: &HomeForms,
    sheet: &[usize],
) -> (List<'a>, List<'a>) {
    let mark_stroke = Stroke {
        width: 0.35,
        colour: Colour::grey(0.3),
        dash: match settings.cut_marks {
            crate::settings::CutMarks::Corners => None,
            crate::settings::CutMarks::DashedLines => Some((3.0, 2.0)),
        },
    };
    let fold_stroke = Stroke {
        width: 0.35,
        colour: Colour::grey(0.45),
        dash: Some((1.0, 1.5)),
    };
    // Backs run past their cards; a folded-over back's run towards its front is drawn
    // under the front.
    let back_margin = HOME_BACK_BLEED;
    let mut fronts = List::new();
    let mut backs = List::new();
    for slot in 0..sheet.len() {
        if let (Some(back), Some(form)) = (imposition.back(slot), forms.back) {
            let (x, y) = (back.x - back_margin, back.y - back_margin);
            backs.push(if imposition.backs_turned() {
                let grown = back.grow(back_margin);
                Item::form_turned(form, x, y, grown.w, grown.h)
            } else {
                Item::form(form, x, y)
            });
        }
    }
    if !imposition.duplex() {
        fronts = std::mem::take(&mut backs);
    }
    for (slot, &index) in sheet.iter().enumerate() {
        cards.draw_front(&mut fronts, index, imposition.front(slot), &forms.fronts);
    }
    for (from, to) in imposition.cut_marks(sheet.len(), settings.cut_marks) {
        fronts.push(Item::line(from, to, mark_stroke));
    }
    for (from, to) in imposition.fold_marks(sheet.len()) {
        fronts.push(Item::line(from, to, fold_stroke));
    }
    (fronts, backs)
}

fn print_shop_document(project: &Printed, cards: &Cards, writing: Writing) -> Result<Document> {
    let settings = &project.settings.deck;
    let card = settings.card_size;
    let bleed = settings.bleed_mm;
    let mut document = Document::new(metadata(project, Key::ShopDocumentTitle, None)?, writing);
    let page_w = card.width + 2.0 * bleed;
    let page_h = card.height + 2.0 * bleed;
    let whole = Rect::new(0.0, 0.0, page_w, page_h);
    let trim = Rect::new(bleed, bleed, card.width, card.height);
    let boxes = PageBoxes {
        width: page_w,
        height: page_h,
        trim: Some(trim),
        bleed: Some(whole),
    };
    let front_forms = cards.front_forms(&mut document, bleed);
    let back_form = cards.back_form(&mut document, bleed);
    let back: List = [Item::form(back_form, 0.0, 0.0)].into_iter().collect();
    let back_first = print_shop_order(settings) == PageOrder::BackThenFront;
    for index in 0..cards.fronts.len() {
        let mut front = List::new();
        cards.draw_front(&mut front, index, trim, &front_forms);
        let (first, second) = if back_first {
            (&back, &front)
        } else {
            (&front, &back)
        };
        document.add_page(boxes, first);
        document.add_page(boxes, second);
    }
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_description_says_when_the_marks_cost_cards_in_the_reader_s_words() {
        let sizes = (100..420).flat_map(|w| (100..420).map(move |h| (w as f32, h as f32)));
        let crowded = sizes.into_iter().find_map(|(width, height)| {
            let paper = Size { width, height };
            let imposition = Imposition::new(paper, Size::POKER, Backs::DuplexLongEdge)?;
            let more = imposition.per_sheet_without_mark_room();
            (more > imposition.per_sheet()).then_some((paper, imposition, more))
        });
        let (paper, imposition, more) = crowded.expect("a paper where the marks cost cards");
        let mut settings = Settings::default();
        settings.deck.paper = paper;
        let per_sheet = imposition.per_sheet();
        assert_eq!(
            home_description(&settings, &imposition, 20),
            format!(
                "20 cards on {} {} × {} mm sheets, {per_sheet} per sheet ({per_sheet} rather \
                 than {more}, to keep the cut marks 5 mm inside the paper's edge, where every \
                 printer prints), after a test sheet. Print it two-sided, flipping on the long \
                 edge, at actual size (100 %, not “fit to page”), then cut along the marks.",
                20usize.div_ceil(per_sheet),
                paper.width,
                paper.height,
            )
        );
        settings.words = Words::for_language("fr");
        let french = home_description(&settings, &imposition, 20);
        assert!(
            french.contains(&format!("({per_sheet} et non {more}, pour garder")),
            "{french}"
        );
        assert!(french.starts_with("20 cartes sur "), "{french}");
    }
}
