//! The one error type a writer sees: what went wrong, where (file, line, column) and how to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a file a problem was found. Lines and columns are 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as the writer would name it (relative to the project when possible).
    pub file: PathBuf,
    /// The line, when known.
    pub line: Option<usize>,
    /// The column, when known.
    pub column: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// A problem that stops the build, worded for the person who wrote the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Where the problem is, if it is in a file.
    pub location: Option<Location>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it, when we can tell.
    pub hint: Option<String>,
}

/// The most characters of a writer's value that a message quotes.
pub const EXCERPT_CHARS: usize = 60;

/// `value` as a message quotes it: whole when short, else its start and "…", so that a 10 MB
/// value never fills the terminal.
pub fn excerpt(value: &str) -> String {
    match value.char_indices().nth(EXCERPT_CHARS) {
        None => value.to_string(),
        Some((end, _)) => format!("{}…", &value[..end]),
    }
}

/// The result type used across deckle.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// A problem that is not tied to a file.
    pub fn new(message: impl Into<String>) -> Self {
        Error {
            location: None,
            message: message.into(),
            hint: None,
        }
    }

    /// A problem in `file`, position unknown.
    pub fn in_file(file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Error::new(message).at(file, None, None)
    }

    /// Sets where the problem is.
    pub fn at(
        mut self,
        file: impl AsRef<Path>,
        line: Option<usize>,
        column: Option<usize>,
    ) -> Self {
        self.location = Some(Location {
            file: file.as_ref().to_path_buf(),
            line,
            column,
        });
        self
    }

    /// Sets where the problem is, from a value's recorded origin.
    pub fn located(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Adds advice on how to fix the problem.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `what` (a question, the deck's title) holds `character`, which the fonts cannot print,
    /// in a project whose `language:` is `language`: the one wording for every output, so
    /// that a build reports it once.
    pub fn unprintable(what: &str, character: char, language: &str) -> Self {
        Error::new(format!(
            "{what} contains “{character}” (U+{:04X}), which deckle's font (Vollkorn) cannot \
             print; the site's language is `{language}`",
            character as u32
        ))
        .with_hint(
            "replace that character with one the font has, or remove it (Vollkorn prints \
             Latin, Greek and Cyrillic letters)",
        )
    }

    /// A text file of the project that could not be read, located at that file: a file that is
    /// not UTF-8 gets advice on saving it, other failures the operating system's reason.
    pub fn unreadable(shown: &Path, err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::InvalidData {
            Error::in_file(shown, "this file is not plain text in UTF-8")
                .with_hint("save it again from your editor as plain text with UTF-8 encoding")
        } else {
            Error::in_file(shown, format!("could not read this file: {err}"))
        }
    }

    /// An input/output failure on `path`, with the operating system's reason.
    pub fn io(action: &str, path: &Path, err: std::io::Error) -> Self {
        Error::new(format!("could not {action} {}: {err}", path.display()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = &self.location {
            write!(f, "{location}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  help: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_column_and_help() {
        let err = Error::new("unknown key `txt`")
            .at("content/questions.yaml", Some(12), Some(5))
            .with_hint("did you mean `text`?");
        assert_eq!(
            err.to_string(),
            "content/questions.yaml:12:5: unknown key `txt`\n  help: did you mean `text`?"
        );
    }

    #[test]
    fn unreadable_file_is_located_and_explains_utf8() {
        let invalid = std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8");
        let err = Error::unreadable(Path::new("content/questions.yaml"), invalid);
        assert_eq!(
            err.to_string(),
            "content/questions.yaml: this file is not plain text in UTF-8\n  \
             help: save it again from your editor as plain text with UTF-8 encoding"
        );
    }

    #[test]
    fn long_values_are_quoted_as_excerpts() {
        assert_eq!(excerpt("short"), "short");
        let long = excerpt(&"é".repeat(1000));
        assert_eq!(long.chars().count(), EXCERPT_CHARS + 1);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn display_without_position() {
        let err = Error::in_file("content/article.md", "the article has no text");
        assert_eq!(
            err.to_string(),
            "content/article.md: the article has no text"
        );
    }
}
