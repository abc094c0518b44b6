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

use saphyr_parser::{Event, Parser};

use crate::error::Location;

/// The positions of a YAML text's values, by path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    file: PathBuf,
    /// Path → (1-based line, 1-based column) in the file.
    values: HashMap<String, (usize, usize)>,
}

/// A mapping or sequence being walked, with its path.
enum Container {
    /// A mapping: the key whose value comes next, once read.
    Mapping { path: String, key: Option<String> },
    /// A sequence: the index of the next item.
    Sequence { path: String, next: usize },
}

impl SourceMap {
    /// Maps the values of `text`, read from `file` (as the writer names it), which starts on
    /// line `first_line` of that file. Text the event parser rejects keeps the positions found
    /// before the fault (serde_yaml reports the fault itself).
    pub fn build(text: &str, file: &Path, first_line: usize) -> SourceMap {
        let mut map = SourceMap {
            file: file.to_path_buf(),
            values: HashMap::new(),
        };
        let mut open: Vec<Container> = Vec::new();
        for event in Parser::new_from_str(text) {
            let Ok((event, span)) = event else { break };
            let is_node = matches!(
                event,
                Event::Scalar(..)
                    | Event::Alias(_)
                    | Event::MappingStart(..)
                    | Event::SequenceStart(..)
            );
            if !is_node {
                if matches!(event, Event::MappingEnd | Event::SequenceEnd) {
                    open.pop();
                }
                continue;
            }
            // A scalar where a mapping expects a key is that key, not a value.
            if let (
                Some(Container::Mapping {
                    key: key @ None, ..
                }),
                Event::Scalar(name, ..),
            ) = (open.last_mut(), &event)
            {
                *key = Some(name.to_string());
                continue;
            }
            let path = match open.last_mut() {
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
            match event {
                Event::MappingStart(..) => open.push(Container::Mapping { path, key: None }),
                Event::SequenceStart(..) => open.push(Container::Sequence { path, next: 0 }),
                _ => {}
            }
        }
        map
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(text: &str, path: &str) -> (Option<usize>, Option<usize>) {
        let at = SourceMap::build(text, Path::new("q.yaml"), 1).at(path);
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
        let map = SourceMap::build(text, Path::new("article.md"), 2);
        let at = map.at("deck.colours.accent");
        assert_eq!((at.line, at.column), (Some(4), Some(13)));
        assert!(map.has("deck.colours"));
        assert_eq!(map.file(), Path::new("article.md"));
    }

    #[test]
    fn broken_yaml_keeps_what_came_before() {
        let map = SourceMap::build("a: 1\nb: [\n", Path::new("x.yaml"), 1);
        assert!(map.has("a"));
    }
}
