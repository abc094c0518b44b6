//! Where each value of a YAML text stands: a map from a value's path (`questions[3].text`,
//! `deck.colours.accent`) to its line and column, built once when the file is loaded.
//!
//! serde_yaml (the typed parser) gives positions only in its errors, never for values that
//! parsed fine, so a second, position-keeping pass over the same text walks the events of
//! saphyr-parser and records where every value starts. Paths are written the way serde_yaml
//! writes them in its errors, so an error's path finds its value here too. Scanning the text
//! for `key:` lines instead breaks on flow style (`{id: a, text: b}`), on comments and on
//! multi-line strings; the event parser knows YAML.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use saphyr_parser::{Event, Marker, Parser, ScalarStyle};

use crate::error::{Error, Location, excerpt};

/// How deep mappings and lists may nest: content nests three or four levels; a deeper file is
/// a mistake or an attack (100,000 nested `[` would take serde_yaml many seconds).
pub const MAX_DEPTH: usize = 64;

/// How many characters repeating anchored values (`*name`) may add: a small file that repeats
/// a long anchored text thousands of times would otherwise grow to gigabytes in memory.
pub const MAX_REPEATED: usize = 4_000_000;

/// The keys whose unquoted text a `#` can cut short: the words a writer writes, where a `#`
/// is as likely to belong to the text ("What is your #1 wish?") as to start a note.
const WORDS_KEYS: [&str; 8] = [
    "text",
    "author",
    "description",
    "follow_up",
    "category",
    "title",
    "introduction",
    "closing",
];

/// The positions of a YAML text's values, by path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    file: PathBuf,
    /// Path → (1-based line, 1-based column) in the file.
    values: HashMap<String, (usize, usize)>,
    /// Unquoted texts followed by a comment on their line, in file order.
    cuts: Vec<Cut>,
}

/// An unquoted text (`text: What is your #1 wish?`) followed on its line by a comment, which
/// YAML leaves out of the value: the writer may have meant the `#` as part of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    /// The value's path (`questions[3].text`).
    pub path: String,
    /// The value as YAML reads it ("What is your").
    pub value: String,
    /// The comment, from its `#` to the end of the line ("#1 wish?").
    pub comment: String,
    /// The comment's 1-based line and column in the file.
    pub line: usize,
    /// See `line`.
    pub column: usize,
}

impl Cut {
    /// The warning that this cut makes, at the `#`, with the fix: `key` is the key as the
    /// writer knows it (`text`), `of` what it belongs to (" of question 3", or "").
    pub fn warning(&self, file: &Path, key: &str, of: &str) -> Error {
        let whole = format!("{} {}", self.value, self.comment);
        let quoted = if whole.contains('"') {
            format!("'{}'", whole.replace('\'', "''"))
        } else {
            format!("\"{whole}\"")
        };
        Error::new(format!(
            "the `{key}`{of} stops at \"{}\": YAML reads a `#` after a space as the start of \
             a note to yourself, so \"{}\" is left out",
            excerpt(&self.value),
            excerpt(&self.comment)
        ))
        .at(file, Some(self.line), Some(self.column))
        .with_hint(format!(
            "if the `#` belongs to the text, put the whole text in quotes: {key}: {}; if it \
             is a note, put it on a line of its own",
            excerpt(&quoted)
        ))
    }
}

/// A mapping or sequence being walked, with its path.
enum Container {
    /// A mapping: the key whose value comes next, once read.
    Mapping { path: String, key: Option<String> },
    /// A sequence: the index of the next item.
    Sequence { path: String, next: usize },
}

/// A container being walked, with what it takes to size it once expanded.
struct Open {
    container: Container,
    /// Its anchor's id (0 for none).
    anchor: usize,
    /// Where it starts, in characters.
    start: usize,
    /// The characters that repeated values (`*name`) inside it add.
    repeated: usize,
}

impl SourceMap {
    /// Maps the values of `text`, read from `file` (as the writer names it), which starts on
    /// line `first_line` of that file. Text the event parser rejects keeps the positions found
    /// before the fault (serde_yaml reports the fault itself). Text nested too deep, or that
    /// repeats anchored values past `MAX_REPEATED` characters, is refused here, at the place
    /// it goes too far, before serde_yaml would spend the time and memory.
    pub fn build(text: &str, file: &Path, first_line: usize) -> Result<SourceMap, Error> {
        let mut map = SourceMap {
            file: file.to_path_buf(),
            values: HashMap::new(),
            cuts: Vec::new(),
        };
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        let mut open: Vec<Open> = Vec::new();
        // The expanded size of each anchored value, by anchor id, and all repeats so far.
        let mut anchors: HashMap<usize, usize> = HashMap::new();
        let mut repeated = 0;
        let at = |marker: saphyr_parser::Marker, message: String, hint: &str| {
            Error::new(message)
                .at(
                    file,
                    Some(marker.line() + first_line - 1),
                    Some(marker.col() + 1),
                )
                .with_hint(hint)
        };
        let too_deep = |marker| {
            at(
                marker,
                format!("the values here are nested more than {MAX_DEPTH} levels deep"),
                "deckle's files nest only a few levels (a list of questions, each with its \
                 keys): check the brackets and the indentation",
            )
        };
        for event in Parser::new_from_str(text) {
            let (event, span) = match event {
                Ok(event) => event,
                // The scanner looks ahead: a deep enough nest fails before its events come.
                Err(fault) if fault.info().contains("recursion limit") => {
                    return Err(too_deep(*fault.marker()));
                }
                Err(_) => break,
            };
            match &event {
                Event::MappingEnd | Event::SequenceEnd => {
                    if let Some(done) = open.pop() {
                        let size = span.end.index().saturating_sub(done.start) + done.repeated;
                        if done.anchor != 0 {
                            anchors.insert(done.anchor, size);
                        }
                        if let Some(parent) = open.last_mut() {
                            parent.repeated += done.repeated;
                        }
                    }
                    continue;
                }
                Event::Alias(id) => {
                    let size = anchors.get(id).copied().unwrap_or(0);
                    repeated += size;
                    if let Some(parent) = open.last_mut() {
                        parent.repeated += size;
                    }
                    if repeated > MAX_REPEATED {
                        return Err(at(
                            span.start,
                            format!(
                                "this file repeats anchored values (`*…`) so often that it would \
                                 grow past {} million characters",
                                MAX_REPEATED / 1_000_000
                            ),
                            "write the text out where it is needed instead of repeating it \
                             with `*`, or shorten it",
                        ));
                    }
                }
                Event::Scalar(value, _, anchor, _) if *anchor != 0 => {
                    anchors.insert(*anchor, value.chars().count());
                }
                Event::MappingStart(..) | Event::SequenceStart(..) if open.len() >= MAX_DEPTH => {
                    return Err(too_deep(span.start));
                }
                Event::Scalar(..) | Event::MappingStart(..) | Event::SequenceStart(..) => {}
                _ => continue,
            }
            // A scalar where a mapping expects a key is that key, not a value.
            if let (
                Some(Open {
                    container:
                        Container::Mapping {
                            key: key @ None, ..
                        },
                    ..
                }),
                Event::Scalar(name, ..),
            ) = (open.last_mut(), &event)
            {
                *key = Some(name.to_string());
                continue;
            }
            let path = match open.last_mut().map(|o| &mut o.container) {
                None => String::new(),
                Some(Container::Mapping { path, key }) => {
                    let name = key.take().unwrap_or_default();
                    if path.is_empty() {
                        name
                    } else {
                        format!("{path}.{name}")
                    }
                }
                Some(Container::Sequence { path, next }) => {
                    *next += 1;
                    format!("{path}[{}]", *next - 1)
                }
            };
            let start = span.start;
            map.values
                .entry(path.clone())
                .or_insert((start.line() + first_line - 1, start.col() + 1));
            if let Event::Scalar(value, ScalarStyle::Plain, ..) = &event {
                let key = path.rsplit('.').next().unwrap_or_default();
                if WORDS_KEYS.contains(&key)
                    && let Some((comment, column)) = comment_after(text, &line_starts, span.end)
                {
                    map.cuts.push(Cut {
                        path: path.clone(),
                        value: value.to_string(),
                        comment,
                        line: span.end.line() + first_line - 1,
                        column,
                    });
                }
            }
            let (container, anchor) = match event {
                Event::MappingStart(anchor, _) => (Container::Mapping { path, key: None }, anchor),
                Event::SequenceStart(anchor, _) => (Container::Sequence { path, next: 0 }, anchor),
                _ => continue,
            };
            open.push(Open {
                container,
                anchor,
                start: start.index(),
                repeated: 0,
            });
        }
        Ok(map)
    }

    /// The file these positions are in.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Where the value at `path` starts; the file alone when the text has no such value (a
    /// default, say).
    pub fn at(&self, path: &str) -> Location {
        let (line, column) = match self.values.get(path) {
            Some(&(line, column)) => (Some(line), Some(column)),
            None => (None, None),
        };
        Location {
            file: self.file.clone(),
            line,
            column,
        }
    }

    /// Whether the text gives a value at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.values.contains_key(path)
    }

    /// The writer's unquoted texts that a comment follows on their line, in file order.
    pub fn cuts(&self) -> &[Cut] {
        &self.cuts
    }

    /// A warning for each of [`SourceMap::cuts`] (`title: Our #1 tip` titles an article
    /// "Our"), named by its key, for a file of top-level keys (an article's or page's header).
    pub fn cut_warnings(&self) -> Vec<Error> {
        let cuts = self.cuts.iter();
        cuts.map(|cut| cut.warning(&self.file, &cut.path, ""))
            .collect()
    }
}

/// The comment (from `#` to the end of the line) that follows, after spaces, the value ending
/// at `end` in `text`, with its 1-based column; `None` when the line goes on otherwise.
fn comment_after(text: &str, line_starts: &[usize], end: Marker) -> Option<(String, usize)> {
    let from = *line_starts.get(end.line().checked_sub(1)?)?;
    let line = text[from..].lines().next().unwrap_or_default();
    let rest: String = line.chars().skip(end.col()).collect();
    let spaces = rest.chars().take_while(|c| *c == ' ' || *c == '\t').count();
    let comment = rest.trim_start_matches([' ', '\t']);
    (spaces > 0 && comment.starts_with('#'))
        .then(|| (comment.trim_end().to_string(), end.col() + spaces + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(text: &str, path: &str) -> (Option<usize>, Option<usize>) {
        let at = SourceMap::build(text, Path::new("q.yaml"), 1)
            .unwrap()
            .at(path);
        (at.line, at.column)
    }

    #[test]
    fn block_style_values_are_found_at_their_first_character() {
        let text = "title: T\nquestions:\n  - id: a\n    text: \"x\"\n  - id: b\n    text: y\n";
        assert_eq!(position(text, "title"), (Some(1), Some(8)));
        assert_eq!(position(text, "questions[0].text"), (Some(4), Some(11)));
        assert_eq!(position(text, "questions[1].id"), (Some(5), Some(9)));
        assert_eq!(position(text, "questions"), (Some(3), Some(3)));
        assert_eq!(position(text, "questions[2].id"), (None, None));
    }

    #[test]
    fn flow_style_comments_and_multi_line_strings_do_not_mislead() {
        let text = "# id: not this\nquestions:\n  - {id: a, text: b}\n  - id: c\n    text: |\n      id: inside\n      more\n  - id: d  # id: x\n    text: >-\n      folded\n";
        assert_eq!(position(text, "questions[0].id"), (Some(3), Some(10)));
        assert_eq!(position(text, "questions[0].text"), (Some(3), Some(19)));
        // A block scalar (`|`, `>-`) is found at its first line of text.
        assert_eq!(position(text, "questions[1].text"), (Some(6), Some(7)));
        assert_eq!(position(text, "questions[2].id"), (Some(8), Some(9)));
        assert_eq!(position(text, "questions[2].text"), (Some(10), Some(7)));
    }

    #[test]
    fn nested_mappings_and_offsets() {
        let text = "deck:\n  colours:\n    accent: \"#zz\"\n";
        let map = SourceMap::build(text, Path::new("article.md"), 2).unwrap();
        let at = map.at("deck.colours.accent");
        assert_eq!((at.line, at.column), (Some(4), Some(13)));
        assert!(map.has("deck.colours"));
        assert_eq!(map.file(), Path::new("article.md"));
    }

    #[test]
    fn unquoted_texts_cut_by_a_comment_are_noted() {
        let text = "title: Deck #2\nquestions:\n  - id: a # the first\n    text: What is your #1 wish?\n  - id: b\n    text: \"Quoted #1\" # a note\n    follow_up: Fine\n    category: \"Été\"\n  - id: c\n    text: x#y\n";
        let map = SourceMap::build(text, Path::new("q.yaml"), 3).unwrap();
        let cuts: Vec<(&str, &str, &str, usize, usize)> = map
            .cuts()
            .iter()
            .map(|c| {
                (
                    c.path.as_str(),
                    c.value.as_str(),
                    c.comment.as_str(),
                    c.line,
                    c.column,
                )
            })
            .collect();
        // Not the id (not words), not the quoted text, and `x#y` is one value (no space).
        assert_eq!(
            cuts,
            [
                ("title", "Deck", "#2", 3, 13),
                ("questions[0].text", "What is your", "#1 wish?", 6, 24),
            ]
        );
    }

    #[test]
    fn broken_yaml_keeps_what_came_before() {
        let map = SourceMap::build("a: 1\nb: [\n", Path::new("x.yaml"), 1).unwrap();
        assert!(map.has("a"));
    }

    #[test]
    fn deep_nesting_is_refused_where_it_goes_too_deep() {
        let text = format!("a: {}", "[".repeat(70));
        let err = SourceMap::build(&text, Path::new("q.yaml"), 1).unwrap_err();
        assert!(err.message.contains("nested more than 64"), "{err}");
        assert_eq!(err.location.unwrap().column, Some(4 + MAX_DEPTH - 1));
        // Deeper still, the scanner refuses before the events come: refused all the same.
        let text = format!("a: {}{}", "[".repeat(100_000), "]".repeat(100_000));
        let err = SourceMap::build(&text, Path::new("q.yaml"), 1).unwrap_err();
        assert!(err.message.contains("nested more than 64"), "{err}");
    }

    #[test]
    fn repeated_anchors_are_refused_at_the_repeat_that_goes_too_far() {
        // Each level repeats the one before ten times: a billion characters from a few lines.
        let mut text = format!("a0: &a0 \"{}\"\n", "x".repeat(100));
        for level in 1..8 {
            let refs = vec![format!("*a{}", level - 1); 10].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
        }
        let err = SourceMap::build(&text, Path::new("q.yaml"), 1).unwrap_err();
        assert!(err.message.contains("repeats anchored values"), "{err}");
        assert!(err.location.unwrap().line.is_some_and(|line| line <= 8));
        // A few repeats are fine.
        let few = "a: &x \"hello\"\nb: *x\nc: *x\n";
        assert!(SourceMap::build(few, Path::new("q.yaml"), 1).is_ok());
    }
}
