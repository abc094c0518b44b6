//! The deck's colours, taken from the settings once for every card.

use crate::colour::Colour;
use crate::settings::DeckSettings;

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
    pub(super) fn from_settings(settings: &DeckSettings) -> Palette {
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
