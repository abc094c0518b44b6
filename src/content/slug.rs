//! Web-address names chosen by the writer: a piece's folder (`content/teens/`) and a plain
//! page's file name (`content/about.md`) become addresses, so they are checked here, once, with
//! a suggestion the writer can copy.

use std::path::Path;

use crate::error::Error;

/// Whether `name` is a usable address: lowercase letters a–z, digits and single hyphens, not
/// starting or ending with a hyphen.
pub fn is_slug(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-')
        && !name.ends_with('-')
        && !name.contains("--")
}

/// The nearest usable address for `name`: lowercased, accented letters of the languages deckle
/// speaks written without their accents, and other characters turned into hyphens ("Teens
/// Deck" → "teens-deck", "Lâcher prise" → "lacher-prise").
pub fn suggest(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if let Some(plain) = unaccented(c) {
            out.push_str(plain);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "my-piece".to_string()
    } else {
        trimmed.to_string()
    }
}

/// The lowercase letter `c` without its accent (`é` → `e`, `ß` → `ss`), if it is one of the
/// accented letters of English, French, German, Spanish, Dutch, Italian and Portuguese.
fn unaccented(c: char) -> Option<&'static str> {
    const LETTERS: [(&str, &str); 12] = [
        ("àáâãäå", "a"),
        ("ç", "c"),
        ("èéêë", "e"),
        ("ìíîï", "i"),
        ("ñ", "n"),
        ("òóôõöø", "o"),
        ("ùúûü", "u"),
        ("ýÿ", "y"),
        ("ß", "ss"),
        ("œ", "oe"),
        ("æ", "ae"),
        ("ĳ", "ij"),
    ];
    LETTERS
        .iter()
        .find(|(accented, _)| accented.contains(c))
        .map(|(_, plain)| *plain)
}

/// Checks the name `name` of `shown` (a folder or a file as the writer sees it), which is
/// `what` ("a piece's folder", "a page's file name").
pub fn check(name: &str, shown: &Path, what: &str) -> Result<(), Error> {
    if is_slug(name) {
        return Ok(());
    }
    let better = suggest(name);
    Err(Error::in_file(
        shown,
        format!("`{name}` cannot be {what}: it becomes a web address"),
    )
    .with_hint(format!(
        "rename it to `{better}`: use only lowercase letters a–z, digits and hyphens"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("teens"));
        assert!(is_slug("couples-2"));
        for bad in ["", "Teens", "a b", "-a", "a-", "a--b", "été", "a_b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn suggestions_are_slugs() {
        assert_eq!(suggest("Teens Deck"), "teens-deck");
        assert_eq!(suggest("été_2"), "ete-2");
        assert_eq!(suggest("Lâcher prise"), "lacher-prise");
        assert_eq!(suggest("Größe"), "grosse");
        assert_eq!(suggest("Cœur ∞"), "coeur");
        assert_eq!(suggest("__"), "my-piece");
        for name in ["Teens Deck", "été_2", "__", "A--B", "Ça ß"] {
            assert!(is_slug(&suggest(name)), "{name}");
        }
    }

    #[test]
    fn error_names_the_file_and_the_fix() {
        let err = check(
            "Teens Deck",
            Path::new("content/Teens Deck"),
            "a piece's folder",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("content/Teens Deck"), "{err}");
        assert!(err.contains("`teens-deck`"), "{err}");
    }
}
