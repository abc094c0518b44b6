//! How the deck explains text it cannot set on a card: the file and line it comes from, what
//! went wrong (a character the font lacks, too much text for the card) and what to change.

use std::fs;
use std::path::PathBuf;

use crate::content::Project;
use crate::error::Error;
use crate::layout::LayoutError;
use crate::settings::Size;

/// Where a text comes from, for messages: a file of `content/` and the line of `key:`
/// (with `value`, when given), as the writer sees them.
pub(super) struct Origin {
    pub(super) file: PathBuf,
    pub(super) line: Option<usize>,
}

impl Origin {
    pub(super) fn find(project: &Project, file: &str, key: &str, value: Option<&str>) -> Origin {
        let path = project.paths.content_file(file);
        let line = fs::read_to_string(&path).ok().and_then(|text| {
            text.lines().position(|line| {
                let line = line.trim().trim_start_matches("- ").trim_start();
                line.strip_prefix(key)
                    .and_then(|rest| rest.trim_start().strip_prefix(':'))
                    .is_some_and(|found| {
                        value.is_none_or(|v| found.trim().trim_matches(['"', '\'']) == v)
                    })
            })
        });
        Origin {
            file: project.paths.shown(&path),
            line: line.map(|index| index + 1),
        }
    }
}

/// Explains a layout failure of `what` (found at `origin`) for the writer.
pub(super) fn layout_error(
    error: LayoutError,
    what: &str,
    origin: Origin,
    card: Size,
    settings_hint: &str,
) -> Error {
    let error = match error {
        LayoutError::MissingGlyph { character, .. } => Error::new(format!(
            "{what} contains “{character}” (U+{:04X}), which the cards' font (Vollkorn) cannot print",
            character as u32
        ))
        .with_hint("replace that character with one the font has, or remove it"),
        LayoutError::DoesNotFit { min_size } => Error::new(format!(
            "{what} does not fit on a {} × {} mm card, even at {min_size} pt",
            card.width, card.height
        ))
        .with_hint(format!(
            "shorten it, or in content/settings.yaml choose a larger `deck: card_size`{settings_hint}"
        )),
    };
    error.at(origin.file, origin.line, None)
}
