//! The single door to the YAML parser (serde_yaml), and the map of where values stand.
//!
//! Everything that reads YAML goes through [`parse`], so the parser could be swapped for its
//! maintained drop-in (serde_norway) here and nowhere else. Parsing gives the typed value and
//! its [`SourceMap`] (see `source_map`): the line and column of every value, recorded once,
//! so that any later check (a duplicate id, a card that does not fit, a bad colour) points at
//! the value itself. Parser errors are reworded for writers: file, line and column, the
//! offending key, and a "did you mean" for misspelt keys.

mod source_map;

use std::path::Path;

use serde::de::DeserializeOwned;

pub use source_map::{Cut, SourceMap};

use crate::error::{Error, Result};
use crate::suggest;

/// The largest YAML text deckle reads, in bytes.
pub const MAX_FILE_BYTES: usize = 20_000_000;

/// Parses `text` (read from `file`) into `T`, with the positions of its values.
///
/// `first_line` is the line of `file` on which `text` starts (1 for a whole file; more for
/// front matter), so that reported lines match what the writer sees in their editor.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> Result<(T, SourceMap)> {
    // Notepad saves "UTF-8 with BOM": the mark is invisible in editors and means nothing here.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::in_file(file, "this file is empty")
            .with_hint("see README.md for what this file should contain"));
    }
    if text.len() > MAX_FILE_BYTES {
        return Err(Error::in_file(
            file,
            format!(
                "this file is {} MB, more than deckle reads ({} MB)",
                text.len() / 1_000_000,
                MAX_FILE_BYTES / 1_000_000
            ),
        )
        .with_hint("a deck of 10,000 questions is about 1 MB: check that this is the right file"));
    }
    let origins = SourceMap::build(text, file, first_line)?;
    match serde_yaml::from_str(text) {
        Ok(value) => Ok((value, origins)),
        Err(err) => Err(located(&err, text, &origins, first_line)),
    }
}

/// Reads a text value and parses it with `parse` (which explains a bad value in its error),
/// for `#[serde(deserialize_with)]` functions: the value is checked while its own node is
/// read, so that the error names the value's path (`deck.colours.accent`) and [`parse`]
/// reports it at the value's line and column, not at the mapping around it.
pub fn parsed_text<'de, D, T, F>(
    deserializer: D,
    expecting: &'static str,
    parse: F,
) -> std::result::Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    F: FnOnce(&str) -> std::result::Result<T, String>,
{
    /// Hands the text to the parsing function.
    struct Text<F>(&'static str, F);

    impl<T, F: FnOnce(&str) -> std::result::Result<T, String>> serde::de::Visitor<'_> for Text<F> {
        type Value = T;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }

        fn visit_str<E: serde::de::Error>(self, text: &str) -> std::result::Result<T, E> {
            (self.1)(text).map_err(E::custom)
        }
    }

    deserializer.deserialize_str(Text(expecting, parse))
}

/// The message of a value error raised while parsing (with `serde::de::Error::custom`), with
/// how to fix it: [`parse`] reports the fix as the error's hint.
pub fn with_fix(message: String, fix: &str) -> String {
    format!("{message}{FIX}{fix}")
}

/// What separates a value error's message from its fix (see [`with_fix`]).
const FIX: &str = "\nfix: ";

/// A serde_yaml error as a writer's error, at the value it is about.
fn located(err: &serde_yaml::Error, text: &str, origins: &SourceMap, first_line: usize) -> Error {
    let raw = err.to_string();
    let (path, message, hint) = reword(&raw);
    let message = shorten_quotes(&message);
    // A tab in the indentation makes the parser stop with a message about tokens.
    let tabbed = err
        .location()
        .and_then(|at| text.lines().nth(at.line().saturating_sub(1)))
        .is_some_and(|line| {
            let indent = &line[..line.len() - line.trim_start().len()];
            indent.contains('\t')
        });
    if let (true, Some(at)) = (tabbed, err.location()) {
        return Error::new("this line is indented with a tab")
            .at(origins.file(), Some(at.line() + first_line - 1), Some(1))
            .with_hint(
                "YAML indents with spaces only: replace the tab at the start of the line with \
                 spaces, lined up with the lines around it",
            );
    }
    // serde_yaml locates a value's error (a bad size, a wrong type) at the end of the mapping
    // around it; the source map knows where the value itself is. An unknown key is already
    // located at that key, which is better than at the mapping the path names.
    let own = path
        .filter(|_| !raw.contains("unknown field"))
        .map(|path| origins.at(path))
        .filter(|at| at.line.is_some());
    let error = match (own, err.location()) {
        (Some(at), _) => Error::new(message).at(at.file, at.line, at.column),
        (None, Some(at)) => Error::new(message).at(
            origins.file(),
            Some(at.line() + first_line - 1),
            Some(at.column()),
        ),
        (None, None) => Error::in_file(origins.file(), message),
    };
    match hint {
        Some(hint) => error.with_hint(hint),
        None => error,
    }
}

/// `message` with every `quoted` part longer than a short excerpt cut down to one, so that a
/// huge key or value is never printed whole.
fn shorten_quotes(message: &str) -> String {
    message
        .split('`')
        .enumerate()
        .map(|(index, part)| {
            if index % 2 == 1 {
                crate::error::excerpt(part)
            } else {
                part.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("`")
}

/// Turns a serde_yaml message into the path of the value it is about (when it names one), a
/// writer's sentence and, where possible, a fix.
fn reword(raw: &str) -> (Option<&str>, String, Option<String>) {
    // serde_yaml appends " at line L column C"; the location is reported separately.
    let raw = raw.split(" at line ").next().unwrap_or(raw);
    // It may prefix the path of the value, as in "questions[2]: unknown field ...".
    let (path, detail) = match raw.split_once(": ") {
        Some((path, detail)) if !path.contains(' ') => (Some(path), detail),
        _ => (None, raw),
    };
    let place = path.map(describe_path).unwrap_or_default();

    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let (key, allowed) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = allowed.split('`').skip(1).step_by(2).collect();
        let list = allowed.join(", ");
        let hint = match suggest::closest(key, &allowed) {
            Some(best) => format!("did you mean `{best}`? The keys allowed here are: {list}"),
            None if allowed.is_empty() => "remove this key".to_string(),
            None => format!("remove it, or use one of: {list}"),
        };
        return (path, format!("unknown key `{key}`{place}"), Some(hint));
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return (
            path,
            format!("the required key `{key}` is missing{place}"),
            Some(format!("add a line `{key}: …`")),
        );
    }
    if detail.starts_with("did not find expected")
        || detail.starts_with("mapping values are not allowed")
        || detail.starts_with("found unexpected")
        || detail.starts_with("could not find expected")
        || detail.starts_with("while parsing")
        || detail.starts_with("while scanning")
    {
        return (
            path,
            format!("this is not valid YAML ({detail})"),
            Some(
                "check the indentation and that each entry is `key: value`; put text that \
                 contains `: ` or starts with a quote inside double quotes"
                    .to_string(),
            ),
        );
    }
    match detail.split_once(FIX) {
        Some((message, fix)) => (path, format!("{message}{place}"), Some(fix.to_string())),
        None => (path, format!("{detail}{place}"), None),
    }
}

/// `questions[2].text` → " (in question 3, `text`)", readable by someone who never saw an index.
fn describe_path(path: &str) -> String {
    let mut parts = Vec::new();
    for segment in path.split('.') {
        match segment.split_once('[') {
            Some((name, index)) => {
                let number = index
                    .trim_end_matches(']')
                    .parse::<usize>()
                    .map(|n| n + 1)
                    .unwrap_or(0);
                let singular = name.strip_suffix('s').unwrap_or(name);
                parts.push(format!("{singular} {number}"));
            }
            None => parts.push(format!("`{segment}`")),
        }
    }
    format!(" (in {})", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        text: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct List {
        questions: Vec<Item>,
    }

    fn error_of(text: &str) -> Error {
        parse::<List>(text, Path::new("q.yaml"), 1).unwrap_err()
    }

    #[test]
    fn unknown_key_is_located_with_suggestion() {
        let err = error_of("questions:\n  - id: a\n    text: b\n  - id: c\n    txt: d\n");
        let location = err.location.clone().unwrap();
        assert_eq!(location.line, Some(5));
        assert_eq!(location.column, Some(5));
        assert!(err.message.contains("unknown key `txt`"), "{}", err.message);
        assert!(err.message.contains("question 2"), "{}", err.message);
        assert!(err.hint.unwrap().contains("did you mean `text`?"));
    }

    #[test]
    fn missing_key_says_what_to_add() {
        let err = error_of("questions:\n  - id: a\n");
        assert!(
            err.message.contains("required key `text` is missing"),
            "{}",
            err.message
        );
        assert!(err.location.unwrap().line.is_some());
    }

    #[test]
    fn malformed_yaml_is_located_and_offset() {
        let err = parse::<List>(
            "questions:\n  - id: a\n    text: b: c\n",
            Path::new("f.md"),
            3,
        )
        .unwrap_err();
        assert!(err.message.contains("not valid YAML"), "{}", err.message);
        assert_eq!(err.location.unwrap().line, Some(5));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let (list, _) = parse::<List>(
            "\u{feff}questions:\n  - id: a\n    text: b\n",
            Path::new("q.yaml"),
            1,
        )
        .unwrap();
        assert_eq!(list.questions.len(), 1);
    }

    #[test]
    fn a_tab_in_the_indentation_is_named() {
        let err = error_of("questions:\n  - id: a\n\ttext: b\n");
        assert_eq!(err.message, "this line is indented with a tab", "{err}");
        assert_eq!(err.location.unwrap().line, Some(3));
        assert!(err.hint.unwrap().contains("spaces"));
    }

    #[test]
    fn a_huge_key_is_quoted_as_an_excerpt() {
        // (A plain key longer than 1,024 characters is a syntax error in YAML.)
        let key = "k".repeat(1_000);
        let err = error_of(&format!(
            "questions:\n  - id: a\n    text: b\n    {key}: c\n"
        ));
        assert!(err.message.contains("unknown key `kkk"), "{}", err.message);
        assert!(err.message.len() < 200, "{}", err.message.len());
    }

    #[test]
    fn a_value_error_is_located_at_the_value_in_flow_style() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Sized {
            #[serde(deserialize_with = "checked")]
            size: String,
        }
        fn checked<'de, D: serde::Deserializer<'de>>(
            d: D,
        ) -> std::result::Result<String, D::Error> {
            parsed_text(d, "a size", |text| {
                Err(with_fix(format!("`{text}` is not a size"), "use a number"))
            })
        }
        let err = parse::<Vec<Sized>>("- {size: huge}\n", Path::new("s.yaml"), 1).unwrap_err();
        let at = err.location.clone().unwrap();
        assert_eq!((at.line, at.column), (Some(1), Some(10)), "{err}");
        assert!(err.message.starts_with("`huge` is not a size"), "{err}");
        assert_eq!(err.hint.as_deref(), Some("use a number"));
    }

    #[test]
    fn empty_file_is_explained() {
        let err = parse::<List>("  \n", Path::new("q.yaml"), 1).unwrap_err();
        assert!(err.message.contains("empty"));
    }
}
