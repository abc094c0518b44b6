//! Site-wide settings, read from `content/settings.yaml` (optional: every key has a default).

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::yaml;

/// What the writer can set for the whole project.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The site's name, shown in every page's header and tab. Defaults to the article's title.
    #[serde(default)]
    pub title: Option<String>,
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
            language: default_language(),
            base_url: None,
            deck: DeckSettings::default(),
            booklet: BookletSettings::default(),
        }
    }
}

impl Settings {
    /// Reads the settings file, or the defaults when there is none.
    pub fn load(file: &Path, shown_as: &Path) -> Result<Settings> {
        if !file.exists() {
            return Ok(Settings::default());
        }
        let text = std::fs::read_to_string(file).map_err(|e| Error::unreadable(shown_as, e))?;
        let mut settings: Settings = yaml::parse(&text, shown_as, 1)?;
        if let Some(url) = settings.base_url.take() {
            settings.base_url = Some(normalize_base_url(&url).map_err(|message| {
                Error::in_file(shown_as, message).with_hint(
                    "write the full address, like `base_url: https://example.org/cards/`, \
                     or remove the line",
                )
            })?);
        }
        if !is_language_code(&settings.language) {
            return Err(Error::in_file(
                shown_as,
                format!("`language: {}` is not a language code", settings.language),
            )
            .with_hint("use a code such as `en`, `en-GB`, `fr` or `de`"));
        }
        settings
            .deck
            .check()
            .map_err(|(message, hint)| Error::in_file(shown_as, message).with_hint(hint))?;
        if settings.booklet.answer_lines > MAX_ANSWER_LINES {
            return Err(Error::in_file(
                shown_as,
                format!(
                    "`answer_lines: {}` is too many to fit under a question on a booklet page",
                    settings.booklet.answer_lines
                ),
            )
            .with_hint(format!(
                "use a number from 0 (no lines) to {MAX_ANSWER_LINES} under `booklet:`"
            )));
        }
        Ok(settings)
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
}

impl Default for DeckSettings {
    fn default() -> Self {
        DeckSettings {
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
        }
    }
}

/// The smallest margin, in millimetres, that home printers leave unprinted at a sheet's edges.
pub const PRINTER_MARGIN_MM: f32 = 5.0;

impl DeckSettings {
    /// Checks values that parse but make no sense; gives the message and how to fix it.
    fn check(&self) -> std::result::Result<(), (String, String)> {
        let card = self.card_size;
        let sheet = self.paper;
        let usable = |w: f32, h: f32| (w - 2.0 * PRINTER_MARGIN_MM, h - 2.0 * PRINTER_MARGIN_MM);
        let (uw, uh) = usable(sheet.width, sheet.height);
        let fits = |w: f32, h: f32| (w <= uw && h <= uh) || (w <= uh && h <= uw);
        if !fits(card.width, card.height) {
            return Err((
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
            return Err((
                "`deck: backs: fold-over` needs room for a card's front and back side by side, \
                 and the paper is too small for two cards"
                    .to_string(),
                "use `backs: duplex-long-edge`, or a larger paper".to_string(),
            ));
        }
        for (key, value, most) in [
            ("bleed_mm", self.bleed_mm, 10.0),
            ("safe_zone_mm", self.safe_zone_mm, 10.0),
        ] {
            if !(0.0..=most).contains(&value) {
                return Err((
                    format!("`deck: {key}: {value}` is out of range"),
                    format!("use a number of millimetres from 0 to {most}; 3 is usual"),
                ));
            }
        }
        if card.width.min(card.height) - 2.0 * self.safe_zone_mm < 25.0 {
            return Err((
                format!(
                    "`deck: safe_zone_mm: {}` leaves no room for text on the card",
                    self.safe_zone_mm
                ),
                "use a smaller safe zone; 3 mm is usual".to_string(),
            ));
        }
        let colours = &self.colours;
        for (key, value) in [
            ("text", &colours.text),
            ("accent", &colours.accent),
            ("front", &colours.front),
            ("back", &colours.back),
            ("back_text", &colours.back_text),
        ] {
            if crate::colour::Colour::parse(value).is_none() {
                return Err((
                    format!("`deck: colours: {key}: {value}` is not a colour"),
                    "write colours as # and six hexadecimal digits in quotes, like \"#8c3a44\""
                        .to_string(),
                ));
            }
        }
        let (small, large) = (self.smallest_font_size, self.largest_font_size);
        if !(4.0..=72.0).contains(&small) || !(4.0..=72.0).contains(&large) || small > large {
            return Err((
                format!("the deck's font sizes (smallest {small}, largest {large}) do not make sense"),
                "use sizes in points with smallest_font_size ≤ largest_font_size, such as 11 and 15"
                    .to_string(),
            ));
        }
        Ok(())
    }
}

/// A card or paper size in millimetres, portrait (width ≤ height is not required).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    /// Width in millimetres.
    pub width: f32,
    /// Height in millimetres.
    pub height: f32,
}

/// A card size.
pub type CardSize = Size;
/// A paper size.
pub type Paper = Size;

impl Size {
    /// Poker cards, 63 × 88 mm (the usual game card).
    pub const POKER: Size = Size::mm(63.0, 88.0);
    /// ISO A4 paper, 210 × 297 mm.
    pub const A4: Size = Size::mm(210.0, 297.0);

    const fn mm(width: f32, height: f32) -> Size {
        Size { width, height }
    }

    /// The card sizes known by name.
    pub const CARD_NAMES: [(&'static str, Size); 6] = [
        ("poker", Size::POKER),
        ("bridge", Size::mm(57.0, 89.0)),
        ("tarot", Size::mm(70.0, 120.0)),
        ("mini", Size::mm(44.0, 63.0)),
        ("square", Size::mm(89.0, 89.0)),
        ("business", Size::mm(85.0, 55.0)),
    ];

    /// The paper sizes known by name.
    pub const PAPER_NAMES: [(&'static str, Size); 3] = [
        ("a4", Size::A4),
        ("letter", Size::mm(215.9, 279.4)),
        ("a3", Size::mm(297.0, 420.0)),
    ];

    /// Parses a name from `names` or `WxH` in millimetres.
    fn parse(text: &str, names: &[(&str, Size)], what: &str) -> std::result::Result<Size, String> {
        let key = text.trim().to_lowercase();
        if let Some((_, size)) = names.iter().find(|(name, _)| *name == key) {
            return Ok(*size);
        }
        let known: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
        let millimetres = |text: &str| {
            text.trim()
                .trim_end_matches("mm")
                .trim()
                .parse::<f32>()
                .ok()
        };
        let dimensions = key
            .split_once(['x', '×', '*'])
            .and_then(|(w, h)| Some((millimetres(w)?, millimetres(h)?)));
        match dimensions {
            Some((width, height))
                if (10.0..=2000.0).contains(&width) && (10.0..=2000.0).contains(&height) =>
            {
                Ok(Size { width, height })
            }
            Some(_) => Err(format!(
                "`{text}` is not a sensible {what} size: each side must be 10 to 2000 mm"
            )),
            None => {
                let suggestion = crate::suggest::closest(&key, &known)
                    .map(|best| format!("did you mean `{best}`? "))
                    .unwrap_or_default();
                Err(format!(
                    "`{text}` is not a {what} size; {suggestion}use one of {} or width x height in millimetres, like `70x100`",
                    known.join(", ")
                ))
            }
        }
    }
}

/// Reads a card size from its name or `WxH`.
fn card_size<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Size, D::Error> {
    let text = String::deserialize(deserializer)?;
    Size::parse(&text, &Size::CARD_NAMES, "card").map_err(serde::de::Error::custom)
}

/// Reads a paper size from its name or `WxH`.
fn paper_size<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Size, D::Error> {
    let text = String::deserialize(deserializer)?;
    Size::parse(&text, &Size::PAPER_NAMES, "paper").map_err(serde::de::Error::custom)
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

/// The colours of the cards, each `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DeckColours {
    /// The questions and other text on the fronts.
    pub text: String,
    /// Numbers, frames and ornaments on the fronts.
    pub accent: String,
    /// The fronts' background.
    pub front: String,
    /// The backs' background.
    pub back: String,
    /// The title and ornament on the backs.
    pub back_text: String,
}

impl Default for DeckColours {
    fn default() -> Self {
        DeckColours {
            text: "#2b2523".to_string(),
            accent: "#8c3a44".to_string(),
            front: "#ffffff".to_string(),
            back: "#8c3a44".to_string(),
            back_text: "#f6ece1".to_string(),
        }
    }
}

/// Checks a base URL and makes it end with exactly one `/`.
fn normalize_base_url(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("`base_url: {url}` must start with https:// or http://"))?;
    if rest.is_empty() || rest.starts_with('/') || url.contains(char::is_whitespace) {
        return Err(format!("`base_url: {url}` is not a web address"));
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
mod tests {
    use super::*;

    #[test]
    fn base_url_gets_one_trailing_slash() {
        assert_eq!(
            normalize_base_url("https://a.org/cards").unwrap(),
            "https://a.org/cards/"
        );
        assert_eq!(
            normalize_base_url("https://a.org//").unwrap(),
            "https://a.org/"
        );
        assert!(normalize_base_url("a.org").is_err());
        assert!(normalize_base_url("https://").is_err());
    }

    #[test]
    fn booklet_settings_default_and_parse() {
        let defaults: Settings = yaml::parse("language: en\n", Path::new("s.yaml"), 1).unwrap();
        assert_eq!(defaults.booklet, BookletSettings::default());
        let set: Settings = yaml::parse(
            "booklet:\n  answer_lines: 0\n  paper: letter\n",
            Path::new("s.yaml"),
            1,
        )
        .unwrap();
        assert_eq!(set.booklet.answer_lines, 0);
        assert_eq!(set.booklet.paper, BookletPaper::Letter);
        let wrong = yaml::parse::<Settings>("booklet:\n  paper: a3\n", Path::new("s.yaml"), 1);
        assert!(wrong.unwrap_err().to_string().contains("a3"));
    }

    #[test]
    fn too_many_answer_lines_is_explained() {
        let dir = std::env::temp_dir().join(format!("deckle-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("settings.yaml");
        std::fs::write(&file, "booklet:\n  answer_lines: 40\n").unwrap();
        let err = Settings::load(&file, Path::new("content/settings.yaml")).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(err.message.contains("answer_lines: 40"), "{err}");
        assert!(err.hint.unwrap().contains("0 (no lines)"));
    }

    #[test]
    fn card_and_paper_sizes_by_name_or_millimetres() {
        let card = |text: &str| Size::parse(text, &Size::CARD_NAMES, "card");
        assert_eq!(card("Poker"), Ok(Size::POKER));
        assert_eq!(card("70x100"), Ok(Size::mm(70.0, 100.0)));
        assert_eq!(card(" 70 x 100 mm "), Ok(Size::mm(70.0, 100.0)));
        assert_eq!(card("70mm × 100mm"), Ok(Size::mm(70.0, 100.0)));
        assert!(card("pokr").unwrap_err().contains("did you mean `poker`?"));
        assert!(card("5x5").unwrap_err().contains("10 to 2000 mm"));
        assert!(card("big").unwrap_err().contains("like `70x100`"));
        let paper = Size::parse("letter", &Size::PAPER_NAMES, "paper").unwrap();
        assert!((paper.width - 215.9).abs() < 1e-3);
    }

    #[test]
    fn deck_settings_are_checked() {
        let check = |edit: fn(&mut DeckSettings)| {
            let mut deck = DeckSettings::default();
            edit(&mut deck);
            deck.check().map_err(|(message, _)| message)
        };
        assert_eq!(check(|_| {}), Ok(()));
        let too_big = check(|d| d.card_size = Size::mm(250.0, 350.0)).unwrap_err();
        assert!(too_big.contains("does not fit on the paper"), "{too_big}");
        // A landscape card on portrait paper fits: the sheet can be turned.
        assert_eq!(check(|d| d.card_size = Size::mm(280.0, 150.0)), Ok(()));
        let fold = check(|d| {
            d.card_size = Size::mm(150.0, 200.0);
            d.backs = Backs::FoldOver;
        });
        assert!(fold.unwrap_err().contains("fold-over"));
        assert!(
            check(|d| d.colours.back = "red".to_string())
                .unwrap_err()
                .contains("not a colour")
        );
        assert!(
            check(|d| d.smallest_font_size = 20.0)
                .unwrap_err()
                .contains("font sizes")
        );
        assert!(
            check(|d| d.bleed_mm = -1.0)
                .unwrap_err()
                .contains("bleed_mm")
        );
        assert!(
            check(|d| {
                d.card_size = Size::CARD_NAMES[3].1;
                d.safe_zone_mm = 10.0;
            })
            .unwrap_err()
            .contains("no room")
        );
    }

    #[test]
    fn language_codes() {
        assert!(is_language_code("en"));
        assert!(is_language_code("en-GB"));
        assert!(!is_language_code("english language"));
        assert!(!is_language_code(""));
    }
}
