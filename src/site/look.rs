//! The site in the deck's look: `deck: colours:` of the settings become the CSS custom
//! properties of the site's accent and of its web card, in a block added at the end of
//! `style.css`, for the light and the dark scheme, with the card's proportions
//! (`deck: card_size:`), so the web card has the printed card's shape.
//!
//! Every colour a reader reads on another reaches WCAG AA (a contrast ratio of 4.5): a deck
//! colour that does not, on the page it is shown on, is replaced by the nearest shade of it
//! that does (darker on a light page, lighter on a dark one). The printed cards keep the
//! writer's colours as they are.

use std::fmt::Write;

use crate::colour::Colour;
use crate::settings::DeckSettings;

/// The contrast ratio of WCAG AA for text.
const AA: f32 = 4.5;

/// The page and the raised surfaces (boxes, the card in the dark) of the light scheme, and
/// the page, surfaces and text of the dark one: `--paper` and `--card` in `templates/style.css`.
const LIGHT_PAPER: Colour = Colour::rgb(0xfb, 0xf8, 0xf4);
const LIGHT_SURFACE: Colour = Colour::rgb(0xff, 0xff, 0xff);
const LIGHT_INK: Colour = Colour::rgb(0x23, 0x20, 0x1d);
const DARK_PAPER: Colour = Colour::rgb(0x1c, 0x1a, 0x18);
const DARK_SURFACE: Colour = Colour::rgb(0x26, 0x23, 0x20);
const DARK_INK: Colour = Colour::rgb(0xec, 0xe6, 0xdf);

/// `colour`, shaded as far as it must be to be read on each of `backgrounds`.
fn readable(colour: Colour, backgrounds: &[Colour]) -> Colour {
    backgrounds.iter().fold(colour, |shade, background| {
        shade.readable_on(*background, AA)
    })
}

/// The text colour for a button of `colour`: whichever of `light` and `dark` reads better on
/// it (both schemes' accents reach AA on the page, so one of the two reaches it on them).
fn ink_on(colour: Colour, light: Colour, dark: Colour) -> Colour {
    if light.contrast(colour) >= dark.contrast(colour) {
        light
    } else {
        dark
    }
}

/// The custom properties of one scheme, as CSS declarations.
fn properties(pairs: &[(&str, Colour)]) -> String {
    pairs.iter().fold(String::new(), |mut css, (name, colour)| {
        let _ = write!(css, " --{name}: {};", colour.hex());
        css
    })
}

/// The block `style.css` ends with: the deck's colours and card shape as the site's custom
/// properties.
pub(super) fn css(deck: &DeckSettings) -> String {
    let colours = &deck.colours;
    let accent = readable(colours.accent, &[LIGHT_PAPER, LIGHT_SURFACE, colours.front]);
    let dark_accent = readable(colours.accent, &[DARK_PAPER, DARK_SURFACE]);
    let back_ink = readable(colours.back_text, &[colours.back]);
    let light = properties(&[
        ("accent", accent),
        ("accent-ink", ink_on(accent, Colour::WHITE, LIGHT_INK)),
        ("card-paper", colours.front),
        ("card-ink", readable(colours.text, &[colours.front])),
        ("card-accent", readable(colours.accent, &[colours.front])),
        ("card-back", colours.back),
        ("card-back-ink", back_ink),
    ]);
    let ratio = format!(
        " --card-ratio: {} / {};",
        deck.card_size.width, deck.card_size.height
    );
    let dark = properties(&[
        ("accent", dark_accent),
        ("accent-ink", ink_on(dark_accent, DARK_INK, DARK_PAPER)),
        ("card-paper", DARK_SURFACE),
        ("card-ink", DARK_INK),
        ("card-accent", dark_accent),
    ]);
    format!(
        "\n/* The deck's colours (deck: colours: in content/settings.yaml), each shaded where it\n   must be to reach a contrast of {AA} on its background, and its cards' shape: added by deckle. */\n\
         :root {{{light}{ratio} }}\n@media (prefers-color-scheme: dark) {{\n  :root {{{dark} }}\n}}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::DeckColours;

    const STYLE: &str = include_str!("../../templates/style.css");

    #[test]
    fn the_pages_colours_are_those_of_the_stylesheet() {
        for (name, light, dark) in [
            ("paper", LIGHT_PAPER, DARK_PAPER),
            ("card", LIGHT_SURFACE, DARK_SURFACE),
            ("ink", LIGHT_INK, DARK_INK),
        ] {
            for colour in [light, dark] {
                let declaration = format!("--{name}: {};", colour.hex());
                assert!(STYLE.contains(&declaration), "{declaration}");
            }
        }
    }

    /// The value of `--name` in the block `css` gives for the light scheme, or the dark.
    fn value(css: &str, name: &str, dark: bool) -> Colour {
        let scheme = if dark {
            css.split("prefers-color-scheme").nth(1).unwrap()
        } else {
            css.split("@media").next().unwrap()
        };
        let after = scheme.split(&format!("--{name}: ")).nth(1).unwrap();
        Colour::parse(&after[..7]).unwrap()
    }

    #[test]
    fn the_deck_s_accent_drives_the_site_s_at_aa_in_both_schemes() {
        let deck = |colours| DeckSettings {
            colours,
            ..DeckSettings::default()
        };
        let teal = deck(DeckColours {
            accent: Colour::parse("#1f6f78").unwrap(),
            ..DeckColours::default()
        });
        assert_eq!(value(&css(&teal), "accent", false).hex(), "#1f6f78");
        let pale = deck(DeckColours {
            accent: Colour::parse("#f4d35e").unwrap(),
            text: Colour::parse("#dddddd").unwrap(),
            ..DeckColours::default()
        });
        assert!(css(&pale).contains(" --card-ratio: 63 / 88; }"));
        for settings in [DeckSettings::default(), teal, pale] {
            let css = super::css(&settings);
            for (dark, paper, surface) in [
                (false, LIGHT_PAPER, LIGHT_SURFACE),
                (true, DARK_PAPER, DARK_SURFACE),
            ] {
                let accent = value(&css, "accent", dark);
                for background in [paper, surface] {
                    assert!(accent.contrast(background) >= AA, "{css}");
                }
                assert!(
                    value(&css, "accent-ink", dark).contrast(accent) >= AA,
                    "{css}"
                );
                let card = value(&css, "card-paper", dark);
                for text in ["card-ink", "card-accent"] {
                    assert!(
                        value(&css, text, dark).contrast(card) >= AA,
                        "{text}: {css}"
                    );
                }
            }
            let back = value(&css, "card-back", false);
            assert!(
                value(&css, "card-back-ink", false).contrast(back) >= AA,
                "{css}"
            );
        }
    }
}
