//! What deckle prints for the person at the keyboard.
//!
//! Progress goes to standard output, problems to standard error. Colour is used only on a
//! terminal: piped or redirected output is plain text, and so is everything when the `NO_COLOR`
//! environment variable is set (anstream decides, following the usual conventions).
//! `--quiet` keeps only the problems; `--verbose` adds details.

use std::fmt::Display;

use anstyle::{AnsiColor, Style};

use crate::error::Error;

const PROBLEM: Style = AnsiColor::Red.on_default().bold();
const PLACE: Style = Style::new().bold();
const HELP: Style = AnsiColor::Cyan.on_default();
const GOOD: Style = AnsiColor::Green.on_default().bold();
const NOTE: Style = AnsiColor::Yellow.on_default().bold();

/// How much to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Only problems.
    Quiet,
    /// Problems, and a line or two on what was done.
    Normal,
    /// Everything, including details such as each changed file.
    Verbose,
}

/// The terminal, at the verbosity the writer asked for.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    verbosity: Verbosity,
}

impl Term {
    /// Prints at `verbosity`.
    pub fn new(verbosity: Verbosity) -> Self {
        Term { verbosity }
    }

    /// A line about what was done; hidden by `--quiet`.
    pub fn say(&self, line: impl Display) {
        if self.verbosity >= Verbosity::Normal {
            anstream::println!("{line}");
        }
    }

    /// A line announcing success, marked in green; hidden by `--quiet`.
    pub fn success(&self, mark: &str, line: impl Display) {
        if self.verbosity >= Verbosity::Normal {
            anstream::println!("{GOOD}{mark}{GOOD:#} {line}");
        }
    }

    /// A detail shown only with `--verbose`.
    pub fn detail(&self, line: impl Display) {
        if self.verbosity >= Verbosity::Verbose {
            anstream::println!("{line}");
        }
    }

    /// A line that matters even with `--quiet` but is not a problem, on standard error.
    pub fn note(&self, line: impl Display) {
        anstream::eprintln!("{NOTE}note:{NOTE:#} {line}");
    }

    /// Things worth knowing that did not stop the work (a file left unpublished), each
    /// located with its fix, on standard error even with `--quiet`.
    pub fn warnings(&self, warnings: &[Error]) {
        for warning in warnings {
            anstream::eprintln!("{}", styled(warning, NOTE, "warning"));
        }
    }

    /// Every problem, then a closing line saying what happened because of them.
    pub fn problems(&self, problems: &[Error], closing: &str) {
        for problem in problems {
            anstream::eprintln!("{}", styled(problem, PROBLEM, "error"));
        }
        if problems.len() > 1 {
            anstream::eprintln!("{} problems found. {closing}", problems.len());
        } else {
            anstream::eprintln!("{closing}");
        }
    }
}

/// A problem as [`Error`]'s `Display` writes it, after `label` in `mark`'s colour, with colour
/// for the terminal.
fn styled(problem: &Error, mark: Style, label: &str) -> String {
    let mut text = format!("{mark}{label}:{mark:#} ");
    if let Some(location) = &problem.location {
        text.push_str(&format!("{PLACE}{location}:{PLACE:#} "));
    }
    text.push_str(&problem.message);
    if let Some(hint) = &problem.hint {
        text.push_str(&format!("\n  {HELP}help:{HELP:#} {hint}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styled_problem_reads_like_the_plain_one_once_colour_is_stripped() {
        let problem = Error::new("unknown key `txt`")
            .at("content/questions.yaml", Some(12), Some(5))
            .with_hint("did you mean `text`?");
        let mut plain = Vec::new();
        let mut stream = anstream::StripStream::new(&mut plain);
        std::io::Write::write_all(&mut stream, styled(&problem, PROBLEM, "error").as_bytes())
            .unwrap();
        assert_eq!(
            String::from_utf8(plain).unwrap(),
            format!("error: {problem}")
        );
    }
}
