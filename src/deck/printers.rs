//! Printer presets (`deck: printer:` in the settings file): the card size, bleed, safe zone and
//! page order that one print shop publishes, so that the writer names the shop instead of
//! looking its figures up.
//!
//! Each preset cites the page its figures come from. Where a shop's page gives no figure (a
//! safe zone, say), the comment says so and which value deckle takes instead; no figure is
//! made up. Sizes are in millimetres from the published inches (1 in = 25.4 mm exactly) or
//! from the shop's template in pixels at 300 dpi.

use crate::settings::{DeckSettings, Size};
use crate::yaml::{self, SourceMap};

/// One inch in millimetres.
const INCH: f32 = 25.4;

/// A printer's poker card: 2.5 × 3.5 in (63.5 × 88.9 mm), the size of the US shops.
const US_POKER: Size = Size {
    width: 2.5 * INCH,
    height: 3.5 * INCH,
};

/// The printers deckle knows, by the name the writer gives in `deck: printer:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printer {
    /// DriveThruCards (OneBookShelf).
    DriveThruCards,
    /// MakePlayingCards.com.
    MakePlayingCards,
    /// The Game Crafter.
    TheGameCrafter,
    /// The European poker card of most European card printers.
    Europe,
}

/// In which order a card's two sides follow each other in `cards-print-shop.pdf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageOrder {
    /// Each card's front, then its back (deckle's own order).
    FrontThenBack,
    /// Each card's back, then its front (DriveThruCards).
    BackThenFront,
}

/// What a preset sets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preset {
    /// The finished (trimmed) card.
    pub card_size: Size,
    /// How far the artwork runs past the cut, in millimetres.
    pub bleed_mm: f32,
    /// How far text stays inside the cut, in millimetres.
    pub safe_zone_mm: f32,
    /// The order of a card's sides in the print-shop PDF.
    pub order: PageOrder,
}

impl Printer {
    /// Every preset with its name in the settings file, in the order the README lists them.
    pub const ALL: [(&'static str, Printer); 4] = [
        ("drivethrucards", Printer::DriveThruCards),
        ("makeplayingcards", Printer::MakePlayingCards),
        ("thegamecrafter", Printer::TheGameCrafter),
        ("europe", Printer::Europe),
    ];

    /// The printer's published figures.
    pub fn preset(self) -> Preset {
        match self {
            // DriveThruCards, "Printed Card Specifications" (German edition read:
            // "Spezifikationen für gedruckte Karten",
            // https://help.drivethrupartners.com/hc/de/articles/12780748203543): one PDF per
            // deck; "the first page is the back (of card 1), the second page the front of that
            // card, the third the back of card 2…"; 1/8 in (0.125 in) bleed on all four sides;
            // no important text or art closer than 1/8 in to a finished edge. "Common Card Prep
            // Issues & Solutions" (https://onebookshelfpublisherservice.zendesk.com/hc/en-us/
            // articles/227867607): poker cards are 2.5 × 3.5 in, 2.75 × 3.75 in with bleed
            // (825 × 1125 px at 300 dpi).
            Printer::DriveThruCards => Preset {
                card_size: US_POKER,
                bleed_mm: INCH / 8.0,
                safe_zone_mm: INCH / 8.0,
                order: PageOrder::BackThenFront,
            },
            // MakePlayingCards.com, poker size (2.5 × 3.5 in): its image template is
            // 822 × 1122 px at 300 dpi, that is 36 px = 0.12 in = 3.048 mm of bleed on each
            // side. The shop's own page could not be read from here, so its safe zone is not
            // confirmed: deckle keeps text 1/8 in (3.175 mm) inside the cut, as the other US
            // shops ask. The shop takes one image per side, uploaded in the deck's order; the
            // PDF keeps each front before its back.
            Printer::MakePlayingCards => Preset {
                card_size: US_POKER,
                bleed_mm: 36.0 / 300.0 * INCH,
                safe_zone_mm: INCH / 8.0,
                order: PageOrder::FrontThenBack,
            },
            // The Game Crafter, poker card: its template
            // (https://s3.amazonaws.com/www.thegamecrafter.com/templates/poker-card.png) is
            // 825 × 1125 px at 300 dpi for a 2.5 × 3.5 in card, so 1/8 in of bleed each side.
            // Its safe zone could not be confirmed from a page read here: deckle keeps text
            // 1/8 in inside the cut. The shop takes one image per side; the PDF keeps each
            // front before its back.
            Printer::TheGameCrafter => Preset {
                card_size: US_POKER,
                bleed_mm: INCH / 8.0,
                safe_zone_mm: INCH / 8.0,
                order: PageOrder::FrontThenBack,
            },
            // Europe: the 63 × 88 mm poker card with 3 mm bleed and a 3 mm safe zone, deckle's
            // defaults; not one shop's specification. The 3 mm bleed is what European card
            // printers ask, for instance meinspiel.de ("Warum soll meine Druckvorlage größer
            // als das Kartenformat sein?", https://meinspiel.zohodesk.com/portal/de/kb/articles/
            // warum-soll-meine-druckvorlage-größer-als-das-kartenformat-sein: "rundum 3 mm
            // Beschnittzugabe"); its own design guides (for instance "Gestaltungsleitfaden
            // Spielkarten – Format 59 x 91 mm", https://www.meinspiel.de/format-59x91-mm/) ask
            // text 4 mm inside the cut, which `safe_zone_mm: 4` beside the preset gives.
            Printer::Europe => Preset {
                card_size: Size {
                    width: 63.0,
                    height: 88.0,
                },
                bleed_mm: 3.0,
                safe_zone_mm: 3.0,
                order: PageOrder::FrontThenBack,
            },
        }
    }

    /// Whether the shop takes one image per card face (so the build writes `cards/` and
    /// `cards.zip` for it) rather than a PDF.
    pub fn takes_images(self) -> bool {
        matches!(self, Printer::MakePlayingCards | Printer::TheGameCrafter)
    }

    /// The shop's name as a reader knows it, for the print page; `None` for `europe`, which
    /// is no one shop (the print page says "a European card printer" in the reader's words).
    pub fn shop_name(self) -> Option<&'static str> {
        match self {
            Printer::DriveThruCards => Some("DriveThruCards"),
            Printer::MakePlayingCards => Some("MakePlayingCards"),
            Printer::TheGameCrafter => Some("The Game Crafter"),
            Printer::Europe => None,
        }
    }

    /// Parses a preset's name, explaining an unknown one with the closest name and the list.
    fn parse(text: &str) -> Result<Printer, String> {
        let key = text.trim().to_lowercase();
        if let Some((_, printer)) = Printer::ALL.iter().find(|(name, _)| *name == key) {
            return Ok(*printer);
        }
        let names: Vec<&str> = Printer::ALL.iter().map(|(name, _)| *name).collect();
        let suggestion = crate::suggest::closest(&key, &names).map_or("use".to_string(), |best| {
            format!("did you mean `{best}`? Use")
        });
        Err(yaml::with_fix(
            format!(
                "`printer: {}` is not a printer deckle knows",
                crate::error::excerpt(text)
            ),
            &format!(
                "{suggestion} one of {}, or remove the line and set card_size, bleed_mm and \
                 safe_zone_mm yourself",
                names.join(", ")
            ),
        ))
    }
}

/// Reads `deck: printer:` by name.
pub fn printer<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Option<Printer>, D::Error> {
    yaml::parsed_text(deserializer, "a printer's name", Printer::parse).map(Some)
}

/// A setting that disagrees with the printer's preset: its path, the message and the fix.
pub type Conflict = (&'static str, String, String);

/// Sets the deck's card size, bleed and safe zone from its printer's preset, if it has one.
///
/// A card size or bleed the writer also wrote in the file is accepted when it is the preset's
/// own (within 0.01 mm) and reported when it differs: a shop's figures silently overridden
/// would give cards the shop refuses, and a preset silently ignored would surprise the writer.
/// A safe zone may be wider than the shop's (text further inside the cut is never refused),
/// and is then kept; a narrower one is reported.
pub fn apply(deck: &mut DeckSettings, origins: &SourceMap) -> Vec<Conflict> {
    let Some(printer) = deck.printer else {
        return Vec::new();
    };
    let preset = printer.preset();
    let name = Printer::ALL
        .iter()
        .find(|(_, p)| *p == printer)
        .map_or("", |(name, _)| *name);
    let near = |a: f32, b: f32| (a - b).abs() < 0.01;
    let card = deck.card_size;
    let card_matches =
        near(card.width, preset.card_size.width) && near(card.height, preset.card_size.height);
    let mut conflicts = Vec::new();
    for (path, key, differs, preset_value) in [
        (
            "deck.card_size",
            "card_size",
            !card_matches,
            format!(
                "{} × {} mm",
                round(preset.card_size.width),
                round(preset.card_size.height)
            ),
        ),
        (
            "deck.bleed_mm",
            "bleed_mm",
            !near(deck.bleed_mm, preset.bleed_mm),
            format!("{} mm", round(preset.bleed_mm)),
        ),
        (
            "deck.safe_zone_mm",
            "safe_zone_mm",
            deck.safe_zone_mm < preset.safe_zone_mm - 0.01,
            format!("at least {} mm", round(preset.safe_zone_mm)),
        ),
    ] {
        if differs && origins.has(path) {
            conflicts.push((
                path,
                format!(
                    "`deck: {key}` disagrees with `printer: {name}`, which sets it to \
                     {preset_value}"
                ),
                format!(
                    "remove the `{key}` line to keep the printer's figure, or remove \
                     `printer: {name}` to use your own"
                ),
            ));
        }
    }
    deck.card_size = preset.card_size;
    deck.bleed_mm = preset.bleed_mm;
    if !origins.has("deck.safe_zone_mm") {
        deck.safe_zone_mm = preset.safe_zone_mm;
    }
    conflicts
}

/// A length in millimetres to three decimals at most, for messages (3.175, 63.5).
fn round(mm: f32) -> f32 {
    (mm * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// A length in pixels at 300 dpi, as an image export rounds it.
    fn pixels(mm: f32) -> u32 {
        (mm / INCH * 300.0).round() as u32
    }

    /// A preset's whole card with bleed in pixels at 300 dpi.
    fn image_size(printer: Printer) -> (u32, u32) {
        let p = printer.preset();
        (
            pixels(p.card_size.width + 2.0 * p.bleed_mm),
            pixels(p.card_size.height + 2.0 * p.bleed_mm),
        )
    }

    #[test]
    fn presets_give_the_shops_template_sizes_at_300_dpi() {
        assert_eq!(image_size(Printer::MakePlayingCards), (822, 1122));
        assert_eq!(image_size(Printer::DriveThruCards), (825, 1125));
        assert_eq!(image_size(Printer::TheGameCrafter), (825, 1125));
        // The trimmed US poker card is 750 × 1050 px, and the exact figures in mm.
        let card = Printer::DriveThruCards.preset().card_size;
        assert_eq!((pixels(card.width), pixels(card.height)), (750, 1050));
        assert!((card.width - 63.5).abs() < 1e-4 && (card.height - 88.9).abs() < 1e-4);
        assert!((Printer::MakePlayingCards.preset().bleed_mm - 3.048).abs() < 1e-4);
        assert!((Printer::DriveThruCards.preset().safe_zone_mm - 3.175).abs() < 1e-4);
        let europe = Printer::Europe.preset();
        assert_eq!((europe.card_size, europe.bleed_mm), (Size::POKER, 3.0));
    }

    #[test]
    fn unknown_printer_suggests_the_closest_and_lists_all() {
        let message = Printer::parse("drivethru-cards").unwrap_err();
        assert!(
            message.contains("did you mean `drivethrucards`?"),
            "{message}"
        );
        assert!(
            message.contains("drivethrucards, makeplayingcards, thegamecrafter, europe"),
            "{message}"
        );
        assert_eq!(
            Printer::parse(" MakePlayingCards "),
            Ok(Printer::MakePlayingCards)
        );
    }

    /// The deck of a settings file, with the preset applied, and the conflicts found.
    fn applied(text: &str) -> (DeckSettings, Vec<Conflict>) {
        let (settings, origins): (crate::settings::Settings, _) =
            yaml::parse(text, Path::new("s.yaml"), 1).unwrap();
        let mut deck = settings.deck;
        let conflicts = apply(&mut deck, &origins);
        (deck, conflicts)
    }

    #[test]
    fn a_preset_sets_the_deck_and_an_explicit_disagreement_is_reported() {
        let (deck, conflicts) = applied("deck:\n  printer: thegamecrafter\n");
        assert!(conflicts.is_empty());
        assert_eq!(deck.card_size, US_POKER);
        // The default 3 mm bleed is not the writer's: the preset's 1/8 in replaces it.
        assert!((deck.bleed_mm - 3.175).abs() < 1e-4);
        let (_, same) = applied("deck:\n  printer: europe\n  bleed_mm: 3\n  card_size: poker\n");
        assert!(same.is_empty(), "{same:?}");
        let (_, conflicts) =
            applied("deck:\n  printer: drivethrucards\n  bleed_mm: 5\n  card_size: tarot\n");
        let paths: Vec<&str> = conflicts.iter().map(|c| c.0).collect();
        assert_eq!(paths, ["deck.card_size", "deck.bleed_mm"]);
        // A wider safe zone than the shop's is kept; a narrower one is reported.
        let (deck, wider) = applied("deck:\n  printer: europe\n  safe_zone_mm: 4\n");
        assert!(wider.is_empty() && deck.safe_zone_mm == 4.0);
        let (_, narrower) = applied("deck:\n  printer: drivethrucards\n  safe_zone_mm: 2\n");
        assert!(narrower[0].1.contains("at least 3.175 mm"), "{narrower:?}");
        assert!(conflicts[1].1.contains("3.175 mm"), "{}", conflicts[1].1);
        assert!(
            conflicts[0].1.contains("63.5 × 88.9 mm"),
            "{}",
            conflicts[0].1
        );
    }
}
