//! The deck as images, drawn by [`crate::raster`] from the same display lists as the PDFs:
//! each card face on its own with bleed ([`Faces`]), the folder of 300 dpi faces a printer
//! that takes images wants with its zip (`CardImages`; a face whose fingerprint has not
//! changed keeps the previous build's file), and the small pictures the print page shows
//! beside each download.

use super::design::{Cards, FrontForms};
use super::ornaments::rosette;
use super::palette::Palette;
use super::{PreparedDeck, archive};
use crate::display::{FormId, Item, List, Rect};
use crate::error::Result;
use crate::parallel;
use crate::raster::{Forms, Image, Png, View, png_unless_unchanged};
use crate::render::{Download, Job, Made, Preview, Previous};
use crate::settings::{CARD_IMAGE_DPI, DeckSettings};
use crate::words::Key;

/// The folder of card images, inside the deck's folder of the output.
pub const FOLDER: &str = "cards/";
/// The zip of that folder.
pub const ZIP_FILE: &str = "cards.zip";
/// The image of the back, the same for every card: printers that take images (MakePlayingCards)
/// take one back for the whole deck.
pub const BACK_FILE: &str = "back.png";
/// The folder of the print page's small pictures.
pub const PREVIEWS: &str = "previews/";
/// How wide the print page's pictures are, in pixels.
pub const PREVIEW_WIDTH: u32 = 300;

/// The site's icon for phones' home screens (`apple-touch-icon`), at the site's root.
pub const ICON_FILE: &str = "apple-touch-icon.png";
/// Its width and height in pixels, as iOS asks.
const ICON_PIXELS: u32 = 180;

/// The site's icon: the back's rosette on the back's colour, as a PNG.
pub fn icon_png(settings: &DeckSettings) -> Result<Vec<u8>> {
    let palette = Palette::from_settings(settings);
    let size = 48.0;
    let mut list = List::new();
    list.push(Item::FillRect {
        rect: Rect::new(0.0, 0.0, size, size),
        colour: palette.back,
    });
    rosette(
        &mut list,
        (size / 2.0, size / 2.0),
        size * 0.3,
        palette.back_text,
        palette.back,
    );
    let view = View::of_width((size, size), ICON_PIXELS);
    Image::render(&list, &Forms::new(), view)?.png(Png::default())
}

/// One side of one card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    /// Front number `index` (from 0, the title card first).
    Front(usize),
    /// The back, the same on every card.
    Back,
}

/// The deck's faces drawn one per page, each card with `margin` mm of its background around
/// it (the bleed, or none), as the print-shop PDF has them.
pub struct Faces<'a> {
    cards: &'a Cards,
    forms: Forms<'a>,
    fronts: FrontForms,
    back: FormId,
    margin: f32,
}

impl<'a> Faces<'a> {
    /// The faces of `cards` with `margin` mm around each.
    pub fn new(cards: &'a Cards, margin: f32) -> Faces<'a> {
        let mut forms = Forms::new();
        let fronts = cards.front_forms(&mut forms, margin);
        let back = cards.back_form(&mut forms, margin);
        Faces {
            cards,
            forms,
            fronts,
            back,
            margin,
        }
    }

    /// The page's width and height in mm: the card and its margin.
    pub fn page(&self) -> (f32, f32) {
        let card = self.cards.card;
        (
            card.width + 2.0 * self.margin,
            card.height + 2.0 * self.margin,
        )
    }

    /// The page of `face`, as a display list.
    pub fn list(&self, face: Face) -> List<'a> {
        let mut list = List::new();
        let card = self.cards.card;
        let trim = Rect::new(self.margin, self.margin, card.width, card.height);
        self.draw(&mut list, face, trim, 0.0);
        list
    }

    /// Draws `face` onto `list` with its trimmed card at `trim`, a back turned by `turn`
    /// radians (anticlockwise) about its centre.
    pub fn draw(&self, list: &mut List<'a>, face: Face, trim: Rect, turn: f32) {
        match face {
            Face::Front(index) => self.cards.draw_front(list, index, trim, &self.fronts),
            Face::Back => {
                let (sin, cos) = turn.sin_cos();
                // The form's centre, (w/2 + margin, h/2 + margin), lands on the card's.
                let (cx, cy) = (trim.w / 2.0 + self.margin, trim.h / 2.0 + self.margin);
                let (x, y) = (trim.x + trim.w / 2.0, trim.y + trim.h / 2.0);
                list.push(Item::Form {
                    form: self.back,
                    matrix: [
                        cos,
                        sin,
                        -sin,
                        cos,
                        x - (cos * cx - sin * cy),
                        y - (sin * cx + cos * cy),
                    ],
                });
            }
        }
    }

    /// The forms the faces place.
    pub fn forms(&self) -> &Forms<'a> {
        &self.forms
    }
}

/// The print page's picture `file` (in [`PREVIEWS`]) of a page of `page` mm, showing `alt`.
pub fn preview_of(page: (f32, f32), file: &str, alt: String) -> Preview {
    let (width, height) = View::of_width(page, PREVIEW_WIDTH).pixels;
    Preview {
        file: format!("{PREVIEWS}{file}"),
        width,
        height,
        alt,
    }
}

/// `preview` drawn from `list`, a page of `page` mm placing forms from `forms`, as a PNG; or
/// `previous` (the last build's picture) as it is, when it shows the same.
pub fn preview_png(
    list: &List,
    forms: &Forms,
    page: (f32, f32),
    preview: &Preview,
    previous: Option<Vec<u8>>,
) -> Result<Vec<u8>> {
    png_unless_unchanged(
        list,
        forms,
        View::of_width(page, preview.width),
        None,
        previous,
    )
}

/// The number of the first question card among the fronts (after the title and how-to cards).
pub(super) fn first_question(cards: &Cards, questions: usize) -> usize {
    cards.fronts.len().saturating_sub(questions)
}

/// Makes `cards/` (each front as `001-front.png`… in the deck's order and `back.png`, 300 dpi
/// with the bleed) and `cards.zip` of them: for printers that take one image per face.
pub(super) struct CardImages<'a> {
    /// The deck.
    pub(super) deck: &'a PreparedDeck<'a>,
    /// Each face's size in pixels.
    pub(super) pixels: (u32, u32),
}

impl CardImages<'_> {
    /// The faces' file names, in the order a printer takes them, each with its face.
    fn files(&self) -> Vec<(String, Face)> {
        let fronts = self.deck.cards.fronts.len();
        (0..fronts)
            .map(|index| (format!("{:03}-front.png", index + 1), Face::Front(index)))
            .chain(std::iter::once((BACK_FILE.to_string(), Face::Back)))
            .collect()
    }
}

impl Job for CardImages<'_> {
    fn offer(&self) -> Option<Download> {
        let settings = &self.deck.project.settings.deck;
        let words = &self.deck.project.settings.words;
        let (width, height) = self.pixels;
        Some(Download {
            file: ZIP_FILE.to_string(),
            title: words.get(Key::CardImagesDownloadTitle).to_string(),
            description: words.fill(
                Key::CardImagesDownloadDescription,
                &[
                    ("width", &width.to_string()),
                    ("height", &height.to_string()),
                    ("bleed", &words.number(settings.bleed_mm)),
                    ("last", &format!("{:03}", self.deck.cards.fronts.len())),
                ],
            ),
            bytes: 0,
            pages: 0,
            images: true,
            previews: Vec::new(),
        })
    }

    fn make(&self, previous: &dyn Previous) -> Result<Made> {
        let faces = Faces::new(&self.deck.cards, self.deck.project.settings.deck.bleed_mm);
        let files = self.files();
        let view = View {
            page_height: faces.page().1,
            per_mm: CARD_IMAGE_DPI / 25.4,
            pixels: self.pixels,
        };
        // An unchanged face keeps the previous build's file (see `share.rs`).
        let pngs = parallel::map(&files, 1, "drawing the card images", |(name, face)| {
            let old = previous.read(&format!("{FOLDER}{name}"));
            let list = faces.list(*face);
            png_unless_unchanged(&list, faces.forms(), view, Some(CARD_IMAGE_DPI), old)
        })?
        .into_iter()
        .collect::<Result<Vec<_>>>()?;
        let project = self.deck.project;
        let time = project.time()?;
        let named: Vec<(String, Vec<u8>)> = files
            .into_iter()
            .zip(pngs)
            .map(|((name, _), png)| (format!("{FOLDER}{name}"), png))
            .collect();
        let zip = archive::zip_unless_unchanged(&named, time, previous.read(ZIP_FILE))?;
        let mut made = Made::one(ZIP_FILE, zip, named.len());
        made.files.extend(named);
        Ok(made)
    }
}
