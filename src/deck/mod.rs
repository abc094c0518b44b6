//! The printable card deck: two PDFs made from the same laid-out cards, laid out once for both
//! when the deck is prepared ([`prepare`]), then written by one job each.
//!
//! - `cards-to-cut-out.pdf` for home printers: several cards per sheet with cut marks, backs
//!   printed two-sided, folded over or not at all, and an optional test sheet first.
//! - `cards-print-shop.pdf` for print shops: one card per page with bleed, fronts and backs
//!   alternating (in the order of the printer chosen in `deck: printer:`, see [`printers`]),
//!   TrimBox and BleedBox on every page.

mod calibration;
mod design;
mod frame;
mod fronts;
mod ornaments;
mod palette;
pub mod printers;
mod problems;
mod sheet;

pub use design::Cards;
pub use sheet::Imposition;

use crate::colour::Colour;
use crate::content::Project;
use crate::display::{Item, List, Rect, Stroke};
use crate::error::{Error, Result};
use crate::pdf::{Document, Duplex, Metadata, PageBoxes};
use crate::render::{Download, Job, Printable};
use crate::settings::{Backs, DeckSettings, PRINTER_MARGIN_MM, Size};
use crate::words::Words;
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
    project: &'a Project,
    cards: Cards,
    imposition: Imposition,
}

/// Lays out the project's cards once for both card PDFs, reporting every text that does not
/// fit.
pub fn prepare(project: &Project) -> std::result::Result<Box<dyn Printable + '_>, Vec<Error>> {
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
        vec![Box::new(HomeCards(self)), Box::new(PrintShopCards(self))]
    }
}

/// Makes `cards-to-cut-out.pdf`, for printing at home.
struct HomeCards<'a>(&'a PreparedDeck<'a>);

/// Makes `cards-print-shop.pdf`, for a print shop.
struct PrintShopCards<'a>(&'a PreparedDeck<'a>);

impl Job for HomeCards<'_> {
    fn offer(&self) -> Download {
        let deck = self.0;
        Download {
            file: HOME_FILE.to_string(),
            title: "Cards to print at home and cut out".to_string(),
            description: home_description(
                &deck.project.settings.deck,
                &deck.imposition,
                deck.cards.fronts.len(),
            ),
            bytes: 0,
            pages: 0,
        }
    }

    fn make(&self) -> Result<(Vec<u8>, usize)> {
        let deck = self.0;
        let document = home_document(deck.project, &deck.cards, &deck.imposition)?;
        let pages = document.page_count();
        Ok((document.finish()?, pages))
    }
}

impl Job for PrintShopCards<'_> {
    fn offer(&self) -> Download {
        let deck = self.0;
        let settings = &deck.project.settings.deck;
        Download {
            file: PRINT_SHOP_FILE.to_string(),
            title: "Cards for a print shop".to_string(),
            description: print_shop_description(settings, deck.cards.fronts.len()),
            bytes: 0,
            pages: 0,
        }
    }

    fn make(&self) -> Result<(Vec<u8>, usize)> {
        let deck = self.0;
        let document = print_shop_document(deck.project, &deck.cards)?;
        let pages = document.page_count();
        Ok((document.finish()?, pages))
    }
}

fn metadata(project: &Project, what: &str, duplex: Option<Duplex>) -> Result<Metadata> {
    Ok(Metadata {
        title: format!("{} — {what}", project.deck.title),
        author: project.article.author.clone(),
        subject: format!(
            "{} conversation cards to accompany “{}”",
            project.deck.questions.len(),
            project.article.title
        ),
        language: project.settings.language.clone(),
        time: crate::date::document_time(project.article.date, project.article.updated)?,
        duplex,
    })
}

/// The print page's words about `cards-print-shop.pdf`: the printer it is made for, and its
/// cards, bleed and page order.
fn print_shop_description(settings: &DeckSettings, cards: usize) -> String {
    let card = settings.card_size;
    let mm = |value: f32| (value * 1000.0).round() / 1000.0;
    let order = match print_shop_order(settings) {
        PageOrder::FrontThenBack => "each front followed by its back",
        PageOrder::BackThenFront => "each back followed by its front",
    };
    let made_for = match settings.printer {
        Some(printer) => format!("Made for {}", printer.title()),
        None => "For a print shop or an online card printer".to_string(),
    };
    format!(
        "{made_for}: {cards} cards of {} × {} mm, one per page with {} mm bleed, {order}.",
        mm(card.width),
        mm(card.height),
        mm(settings.bleed_mm),
    )
}

/// The order of a card's sides in `cards-print-shop.pdf`: the printer's, or front first.
fn print_shop_order(settings: &DeckSettings) -> PageOrder {
    settings
        .printer
        .map_or(PageOrder::FrontThenBack, |printer| printer.preset().order)
}

fn home_description(settings: &DeckSettings, imposition: &Imposition, cards: usize) -> String {
    let sheets = cards.div_ceil(imposition.per_sheet());
    let paper = Size::PAPER_NAMES
        .iter()
        .find(|(_, size)| *size == settings.paper)
        .map(|(name, _)| match *name {
            "letter" => "Letter".to_string(),
            name => name.to_uppercase(),
        })
        .unwrap_or_else(|| format!("{} × {} mm", settings.paper.width, settings.paper.height));
    let test_sheet = if settings.calibration_page {
        ", after a test sheet"
    } else {
        ""
    };
    let how = match settings.backs {
        Backs::DuplexLongEdge => "Print it two-sided, flipping on the long edge,",
        Backs::DuplexShortEdge => "Print it two-sided, flipping on the short edge,",
        Backs::FoldOver | Backs::None => "Print it one-sided",
    };
    let finish = match settings.backs {
        Backs::FoldOver => {
            "cut out each front with its back, fold them together along the dotted marks and glue"
        }
        _ => "cut along the marks",
    };
    let crowded = imposition.per_sheet_without_mark_room();
    let fewer = if crowded > imposition.per_sheet() {
        format!(
            " ({} rather than {crowded}, to keep the cut marks {PRINTER_MARGIN_MM} mm inside the \
             paper's edge, where every printer prints)",
            imposition.per_sheet()
        )
    } else {
        String::new()
    };
    format!(
        "{cards} cards on {sheets} {paper} sheet{}, {} per sheet{fewer}{test_sheet}. {how} at \
         actual size (100 %, not “fit to page”), then {finish}.",
        if sheets == 1 { "" } else { "s" },
        imposition.per_sheet(),
    )
}

fn home_document(project: &Project, cards: &Cards, imposition: &Imposition) -> Result<Document> {
    let settings = &project.settings.deck;
    let duplex = match settings.backs {
        Backs::DuplexLongEdge => Duplex::FlipLongEdge,
        Backs::DuplexShortEdge => Duplex::FlipShortEdge,
        Backs::FoldOver | Backs::None => Duplex::Simplex,
    };
    let mut document = Document::new(metadata(project, "cards to cut out", Some(duplex))?);
    let page = PageBoxes::plain(imposition.page.width, imposition.page.height);
    if settings.calibration_page {
        let words = Words::for_language(&project.settings.language);
        for side in calibration::test_sheet(imposition, &words)? {
            document.add_page(page, &side);
        }
    }
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
    let front_forms = cards.front_forms(&mut document, 0.0);
    let back_form = (settings.backs != Backs::None).then(|| {
        let (w, h, m) = (cards.card.width, cards.card.height, back_margin);
        // In the form's millimetres: a back folded at its left (or, drawn upside down, at its
        // bottom) runs past the other three sides only.
        let background = match imposition.fold {
            Some(Fold::Vertical) => Rect::new(m, 0.0, w + m, h + 2.0 * m),
            Some(Fold::Horizontal) => Rect::new(0.0, m, w + 2.0 * m, h + m),
            None => Rect::new(0.0, 0.0, w + 2.0 * m, h + 2.0 * m),
        };
        cards.back_form_filling(&mut document, m, background)
    });
    let indices: Vec<usize> = (0..cards.fronts.len()).collect();
    for sheet in indices.chunks(imposition.per_sheet()) {
        let mut fronts = List::new();
        let mut backs = List::new();
        for slot in 0..sheet.len() {
            if let (Some(back), Some(form)) = (imposition.back(slot), back_form) {
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
            cards.draw_front(&mut fronts, index, imposition.front(slot), &front_forms);
        }
        for (from, to) in imposition.cut_marks(sheet.len(), settings.cut_marks) {
            fronts.push(Item::line(from, to, mark_stroke));
        }
        for (from, to) in imposition.fold_marks(sheet.len()) {
            fronts.push(Item::line(from, to, fold_stroke));
        }
        document.add_page(page, &fronts);
        if imposition.duplex() {
            document.add_page(page, &backs);
        }
    }
    Ok(document)
}

fn print_shop_document(project: &Project, cards: &Cards) -> Result<Document> {
    let settings = &project.settings.deck;
    let card = settings.card_size;
    let bleed = settings.bleed_mm;
    let mut document = Document::new(metadata(project, "cards for a print shop", None)?);
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
