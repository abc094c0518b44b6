//! Site-wide settings, read from `content/settings.yaml` (optional: every key has a default).
//!
//! Values are parsed when the file is read (a colour is a [`Colour`], a size a [`Size`]), so no
//! output parses them again, and every value that makes no sense is reported at its own line
//! and column, all of them at once.

use std::path::Path;

use serde::Deserialize;

use crate::colour::Colour;
use crate::deck::printers::{self, Printer};
use crate::error::{Error, Location, Result};
use crate::words::{Overrides, Words};
use crate::yaml::{self, SourceMap};

mod size;

pub use size::{CardSize, Paper, Size};
use size::{card_size, paper_size};

/// What the writer can set for the whole project.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The site's name, shown in every page's header and tab. Defaults to the article's title.
    #[serde(default)]
    pub title: Option<String>,
    /// Who writes the practice's articles ("Marie Dupont, psychologue"): the author of every
    /// article whose header names none, and of the decks that stand alone.
    #[serde(default)]
    pub author: Option<String>,
    /// The language the content is written in, as a code such as `en` or `en-GB`.
    #[serde(default = "default_language")]
    pub language: String,
    /// The full address the site will live at (`https://example.org/cards/`). Optional: without
    /// it the site still works anywhere, but it has no sitemap and no canonical links.
    #[serde(default)]
    pub base_url: Option<String>,
    /// How the printable card deck looks and is laid out for printing.
    #[serde(default)]
    pub deck: DeckSettings,
    /// The printable booklet.
    #[serde(default)]
    pub booklet: BookletSettings,
    /// The writer's own interface words (`words:`), as written.
    #[serde(default, rename = "words")]
    pub word_overrides: Overrides,
    /// The interface's words in `language`, with the writer's laid over them.
    #[serde(skip)]
    pub words: Words,
    /// What works but may not be what the writer meant (words left in English).
    #[serde(skip)]
    pub warnings: Vec<Error>,
    /// Where each value stands in the settings file, recorded when it was read.
    #[serde(skip)]
    pub origins: SourceMap,
}

/// Settings of the printable booklet (`booklet:` in the settings file).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookletSettings {
    /// How many ruled lines to print under each question for writing an answer; 0 for none.
    #[serde(default = "default_answer_lines")]
    pub answer_lines: usize,
    /// The paper the booklet for folding is printed on at home.
    #[serde(default)]
    pub paper: BookletPaper,
}

/// The most answer lines a question can have: with more, a question and its lines would not
/// fit on one A5 page.
pub const MAX_ANSWER_LINES: usize = 14;

fn default_answer_lines() -> usize {
    4
}

impl Default for BookletSettings {
    fn default() -> Self {
        BookletSettings {
            answer_lines: default_answer_lines(),
            paper: BookletPaper::default(),
        }
    }
}

/// Home printer paper for the booklet for folding, used sideways (landscape), two booklet pages
/// per side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BookletPaper {
    /// A4 (297 × 210 mm sideways): two A5 pages exactly.
    #[default]
    A4,
    /// US Letter (11 × 8.5 in sideways): the A5 pages are scaled down slightly to fit.
    Letter,
}

fn default_language() -> String {
    "en".to_string()
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            title: None,
            author: None,
            language: default_language(),
            base_url: None,
            deck: DeckSettings::default(),
            booklet: BookletSettings::default(),
            word_overrides: Overrides::default(),
            words: Words::default(),
            warnings: Vec::new(),
            origins: SourceMap::default(),
        }
    }
}

/// A value that makes no sense: the path of its key in the file, what is wrong, and the fix.
type Problem = (&'static str, String, String);

impl Settings {
    /// Reads the settings file, or the defaults when there is none, reporting every value
    /// that makes no sense at its line and column.
    pub fn load(file: &Path, shown_as: &Path) -> std::result::Result<Settings, Vec<Error>> {
        if !file.exists() {
            return Ok(Settings {
                origins: SourceMap::build("", shown_as, 1).unwrap_or_default(),
                ..Settings::default()
            });
        }
        let text =
            std::fs::read_to_string(file).map_err(|e| vec![Error::unreadable(shown_as, e)])?;
        let (mut settings, origins): (Settings, _) =
            yaml::parse(&text, shown_as, 1).map_err(|e| vec![e])?;
        settings.origins = origins;
        let mut problems: Vec<Problem> = Vec::new();
        let author = settings.author.take();
        if author.is_some() || settings.origins.has("author") {
            match author.as_deref().unwrap_or_default().trim() {
                "" => problems.push((
                    "author",
                    "`author` is empty".to_string(),
                    "write your name after `author:`, like `author: \"Marie Dupont\"`, or \
                     remove the line"
                        .to_string(),
                )),
                name => settings.author = Some(name.to_string()),
            }
        }
        let cut = |cut: &&yaml::Cut| matches!(cut.path.as_str(), "title" | "author");
        let file = settings.origins.file().to_path_buf();
        let cuts = settings.origins.cuts().iter().filter(cut);
        let cuts: Vec<Error> = cuts.map(|c| c.warning(&file, &c.path, "")).collect();
        settings.warnings.extend(cuts);
        if let Some(url) = settings.base_url.take() {
            match normalize_base_url(&url) {
                Ok(url) => settings.base_url = Some(url),
                Err(message) => problems.push((
                    "base_url",
                    message,
                    "write the full address, like `base_url: https://example.org/cards/`, \
                     or remove the line"
                        .to_string(),
                )),
            }
        }
        if !is_language_code(&settings.language) {
            problems.push((
                "language",
                format!(
                    "`language: {}` is not a language code",
                    crate::error::excerpt(&settings.language)
                ),
                "use a code such as `en`, `en-GB`, `fr` or `de`".to_string(),
            ));
        }
        problems.extend(printers::apply(&mut settings.deck, &settings.origins));
        problems.extend(settings.deck.check());
        if settings.booklet.answer_lines > MAX_ANSWER_LINES {
            problems.push((
                "booklet.answer_lines",
                format!(
                    "`answer_lines: {}` is too many to fit under a question on a booklet page",
                    settings.booklet.answer_lines
                ),
                format!("use a number from 0 (no lines) to {MAX_ANSWER_LINES} under `booklet:`"),
            ));
        }
        let mut errors: Vec<Error> = problems
            .into_iter()
            .map(|(path, message, hint)| {
                Error::new(message)
                    .located(settings.origin(path))
                    .with_hint(hint)
            })
            .collect();
        match Words::with_overrides(
            &settings.language,
            &settings.word_overrides,
            &settings.origins,
        ) {
            Ok((words, warning)) => {
                settings.words = words;
                settings.warnings.extend(warning);
            }
            Err(problems) => errors.extend(problems),
        }
        if errors.is_empty() {
            return Ok(settings);
        }
        Err(errors)
    }

    /// Where the value at `path` (`language`, `deck.colours.accent`) stands in the file; the
    /// file alone for a value left at its default.
    pub fn origin(&self, path: &str) -> Location {
        self.origins.at(path)
    }

    /// Overrides the base URL (as `build --base-url` does), with the same checks as the file.
    pub fn set_base_url(&mut self, url: &str) -> Result<()> {
        self.base_url = Some(normalize_base_url(url).map_err(Error::new)?);
        Ok(())
    }
}

/// The `deck:` section: sizes, printing and style of the card deck PDFs.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DeckSettings {
    /// The print shop whose published figures set the card size, bleed, safe zone and page
    /// order of the print-shop PDF (see [`crate::deck::printers`]); none by default.
    #[serde(deserialize_with = "crate::deck::printers::printer")]
    pub printer: Option<Printer>,
    /// The card size: a name (`poker`, `bridge`, `tarot`, `mini`, `square`, `business`) or
    /// width × height in millimetres (`70x100`).
    #[serde(deserialize_with = "card_size")]
    pub card_size: CardSize,
    /// The paper of the home-printing PDF: `a4`, `letter`, `a3`, or `WxH` in millimetres.
    #[serde(deserialize_with = "paper_size")]
    pub paper: Paper,
    /// How the backs are printed at home.
    pub backs: Backs,
    /// How the home-printing PDF shows where to cut.
    pub cut_marks: CutMarks,
    /// Whether the home-printing PDF starts with a page to check the printer's scaling and
    /// front/back alignment.
    pub calibration_page: bool,
    /// How far backgrounds run past the cut line in the print-shop PDF, in millimetres.
    pub bleed_mm: f32,
    /// How far text stays inside the cut line, in millimetres.
    pub safe_zone_mm: f32,
    /// The size questions are set at when they fit, in points.
    pub largest_font_size: f32,
    /// The smallest size a question may shrink to, in points; below it the build fails.
    pub smallest_font_size: f32,
    /// The colours of the cards.
    pub colours: DeckColours,
    /// The words on every card's back; the deck's title when not given.
    pub back_text: Option<String>,
    /// Whether the build also writes every card face as a 300 dpi PNG with its bleed
    /// (`cards/`, and `cards.zip` of them), for printers that take images.
    pub card_images: bool,
}

impl Default for DeckSettings {
    fn default() -> Self {
        DeckSettings {
            printer: None,
            card_size: CardSize::POKER,
            paper: Paper::A4,
            backs: Backs::DuplexLongEdge,
            cut_marks: CutMarks::Corners,
            calibration_page: true,
            bleed_mm: 3.0,
            safe_zone_mm: 3.0,
            largest_font_size: 15.0,
            smallest_font_size: 11.0,
            colours: DeckColours::default(),
            back_text: None,
            card_images: false,
        }
    }
}

/// The resolution of card images for printers, in pixels per inch.
pub const CARD_IMAGE_DPI: f32 = 300.0;

/// The smallest margin, in millimetres, that home printers leave unprinted at a sheet's edges.
pub const PRINTER_MARGIN_MM: f32 = 5.0;

impl DeckSettings {
    /// The size in pixels of each card face image the build writes for printers (the card
    /// and its bleed at [`CARD_IMAGE_DPI`]), or `None` when it writes none. Every printer
    /// preset that wants images says so here.
    pub fn card_image_pixels(&self) -> Option<(u32, u32)> {
        let card = self.card_size;
        let pixels = |mm: f32| (mm / 25.4 * CARD_IMAGE_DPI).round() as u32;
        let wanted = self.card_images || self.printer.is_some_and(Printer::takes_images);
        wanted.then(|| {
            (
                pixels(card.width + 2.0 * self.bleed_mm),
                pixels(card.height + 2.0 * self.bleed_mm),
            )
        })
    }

    /// Checks values that parse but make no sense: for each, its path in the file, the message
    /// and how to fix it.
    fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let card = self.card_size;
        let sheet = self.paper;
        let usable = |w: f32, h: f32| (w - 2.0 * PRINTER_MARGIN_MM, h - 2.0 * PRINTER_MARGIN_MM);
        let (uw, uh) = usable(sheet.width, sheet.height);
        let fits = |w: f32, h: f32| (w <= uw && h <= uh) || (w <= uh && h <= uw);
        if !fits(card.width, card.height) {
            problems.push((
                "deck.card_size",
                format!(
                    "`deck: card_size` ({} × {} mm) does not fit on the paper ({} × {} mm) \
                     inside its {PRINTER_MARGIN_MM} mm printer margins",
                    card.width, card.height, sheet.width, sheet.height
                ),
                "choose a smaller card_size or a larger paper (a3, or `WxH` in mm)".to_string(),
            ));
        }
        if self.backs == Backs::FoldOver
            && !fits(2.0 * card.width, card.height)
            && !fits(card.width, 2.0 * card.height)
        {
            problems.push((
                "deck.backs",
                "`deck: backs: fold-over` needs room for a card's front and back side by side, \
                 and the paper is too small for two cards"
                    .to_string(),
                "use `backs: duplex-long-edge`, or a larger paper".to_string(),
            ));
        }
        for (path, key, value, most) in [
            ("deck.bleed_mm", "bleed_mm", self.bleed_mm, 10.0),
            ("deck.safe_zone_mm", "safe_zone_mm", self.safe_zone_mm, 10.0),
        ] {
            if !(0.0..=most).contains(&value) {
                problems.push((
                    path,
                    format!("`deck: {key}: {value}` is out of range"),
                    format!("use a number of millimetres from 0 to {most}; 3 is usual"),
                ));
            }
        }
        if (0.0..=10.0).contains(&self.safe_zone_mm)
            && card.width.min(card.height) - 2.0 * self.safe_zone_mm < 25.0
        {
            problems.push((
                "deck.safe_zone_mm",
                format!(
                    "`deck: safe_zone_mm: {}` leaves no room for text on the card",
                    self.safe_zone_mm
                ),
                "use a smaller safe zone; 3 mm is usual".to_string(),
            ));
        }
        let (small, large) = (self.smallest_font_size, self.largest_font_size);
        if !(4.0..=72.0).contains(&small) || !(4.0..=72.0).contains(&large) || small > large {
            problems.push((
                "deck.smallest_font_size",
                format!("the deck's font sizes (smallest {small}, largest {large}) do not make sense"),
                "use sizes in points with smallest_font_size ≤ largest_font_size, such as 11 and 15"
                    .to_string(),
            ));
        }
        problems
    }
}

/// How card backs are printed on a home printer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Backs {
    /// Two-sided printing turning over the long edge (the usual two-sided setting): each sheet
    /// of fronts is followed by its backs with the columns mirrored.
    DuplexLongEdge,
    /// Two-sided printing turning over the short edge: backs with the rows mirrored.
    DuplexShortEdge,
    /// No two-sided printer needed: each front is printed beside its back, to fold and glue.
    FoldOver,
    /// Fronts only.
    None,
}

/// How the home-printing PDF marks where to cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CutMarks {
    /// Short marks at each card's corners, in the margins and gutters.
    Corners,
    /// A dashed line along every side of every card, just outside it (in the gutters).
    DashedLines,
}

/// The colours of the cards, each written `#rrggbb` in the file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DeckColours {
    /// The questions and other text on the fronts.
    #[serde(deserialize_with = "colour")]
    pub text: Colour,
    /// Numbers, frames and ornaments on the fronts.
    #[serde(deserialize_with = "colour")]
    pub accent: Colour,
    /// The fronts' background.
    #[serde(deserialize_with = "colour")]
    pub front: Colour,
    /// The backs' background.
    #[serde(deserialize_with = "colour")]
    pub back: Colour,
    /// The title and ornament on the backs.
    #[serde(deserialize_with = "colour")]
    pub back_text: Colour,
}

impl Default for DeckColours {
    fn default() -> Self {
        DeckColours {
            text: Colour::rgb(0x2b, 0x25, 0x23),
            accent: Colour::rgb(0x8c, 0x3a, 0x44),
            front: Colour::rgb(0xff, 0xff, 0xff),
            back: Colour::rgb(0x8c, 0x3a, 0x44),
            back_text: Colour::rgb(0xf6, 0xec, 0xe1),
        }
    }
}

/// Reads a colour written `#rrggbb`.
fn colour<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Colour, D::Error> {
    yaml::parsed_text(deserializer, "a colour such as \"#8c3a44\"", |text| {
        Colour::parse(text).ok_or_else(|| {
            yaml::with_fix(
                format!("`{}` is not a colour", crate::error::excerpt(text)),
                "write colours as # and six hexadecimal digits in quotes, like \"#8c3a44\"",
            )
        })
    })
}

/// Checks a base URL and makes it end with exactly one `/`.
fn normalize_base_url(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| {
            format!(
                "`base_url: {}` must start with https:// or http://",
                crate::error::excerpt(url)
            )
        })?;
    if rest.is_empty()
        || rest.starts_with('/')
        || url.contains(|c: char| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c))
    {
        return Err(format!(
            "`base_url: {}` is not a web address (it may not hold spaces, quotes or angle brackets)",
            crate::error::excerpt(url)
        ));
    }
    Ok(format!("{}/", url.trim_end_matches('/')))
}

fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests;
