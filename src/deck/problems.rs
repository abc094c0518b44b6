//! How the deck explains text it cannot set on a card: where the text stands (the value's line
//! and column, recorded when the content was read), what went wrong (a character the font
//! lacks, too much text for the card) and what to change.

use crate::error::{Error, Location};
use crate::layout::LayoutError;
use crate::settings::Size;

/// Explains a layout failure of `what` (found at `origin`) for the writer, in a project whose
/// `language:` is `language`.
pub(super) fn layout_error(
    error: LayoutError,
    what: &str,
    origin: Location,
    card: Size,
    settings_hint: &str,
    language: &str,
) -> Error {
    let error = match error {
        LayoutError::MissingGlyph { character, .. } => {
            Error::unprintable(what, character, language)
        }
        LayoutError::DoesNotFit { min_size } => Error::new(format!(
            "{what} does not fit on a {} × {} mm card, even at {min_size} pt",
            card.width, card.height
        ))
        .with_hint(format!(
            "shorten it, or in content/settings.yaml choose a larger `deck: card_size`{settings_hint}"
        )),
    };
    error.located(origin)
}
