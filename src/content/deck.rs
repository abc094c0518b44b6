//! A question deck: its title, the words around the questions, and the questions, each
//! value with where it stands in its file (`content/questions.yaml` or
//! `content/<piece>/questions.yaml`; see [`crate::yaml::SourceMap`]).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::inline::Text;
use super::{ProjectPaths, control_character, read_text, within};
use crate::error::{Error, Location};
use crate::words::Words;
use crate::yaml::{self, SourceMap};

/// A deck as the writer wrote it in its `questions.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    /// The deck's title, printed on the title card and on every card's back.
    pub title: String,
    /// Words shown before the questions (the how-to-use card).
    #[serde(default)]
    pub introduction: Option<Text>,
    /// Words shown after the questions.
    #[serde(default)]
    pub closing: Option<Text>,
    /// The questions, in the order they are numbered and printed.
    pub questions: Vec<Question>,
    /// Whether the writer marked it `draft: true`: left out of `build`, shown by `serve`.
    #[serde(default)]
    pub draft: bool,
    /// Where each value stands in the file, recorded when it was read.
    #[serde(skip)]
    pub origins: SourceMap,
}

/// One conversation question.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// A short, stable name used in the question's web address (`questions/ID.html`).
    pub id: String,
    /// The question itself.
    pub text: Text,
    /// An optional theme or level, such as "Getting started".
    #[serde(default)]
    pub category: Option<Text>,
    /// An optional second question to go further.
    #[serde(default)]
    pub follow_up: Option<Text>,
}

impl Deck {
    /// Reads and checks the deck in `path` (`content/questions.yaml`, say), reporting every
    /// problem in it; its texts are typeset for `language` (the settings' tag).
    pub fn load(paths: &ProjectPaths, path: &Path, language: &str) -> Result<Deck, Vec<Error>> {
        let shown = paths.shown(path);
        let text = read_text(paths, path).map_err(|e| vec![e])?;
        let (mut deck, origins): (Deck, _) = yaml::parse(&text, &shown, 1).map_err(|e| vec![e])?;
        deck.origins = origins;
        let mut problems = Vec::new();

        if deck.title.trim().is_empty() {
            problems.push(
                Error::new("the deck's `title` is empty")
                    .located(deck.origin("title"))
                    .with_hint("write the deck's name after `title:`"),
            );
        }
        if deck.questions.is_empty() {
            problems.push(
                Error::new("the deck has no questions")
                    .located(deck.origin("questions"))
                    .with_hint("add questions as a list: `- id: first-question` then `text: …`"),
            );
        }
        problems.extend(control_characters(
            [
                ("title", Some(deck.title.as_str())),
                ("introduction", deck.introduction.as_ref().map(Text::source)),
                ("closing", deck.closing.as_ref().map(Text::source)),
            ],
            |key| format!("the deck's `{key}`"),
            |key| deck.origin(key),
        ));
        let mut first_use: HashMap<String, usize> = HashMap::new();
        let origins = &deck.origins;
        for (index, question) in deck.questions.iter_mut().enumerate() {
            question.id = question.id.trim().to_string();
            question.text = Text::from(question.text.source().trim());
            let number = index + 1;
            let id_origin = origins.at(&question_path(index, "id"));
            let at = |e: Error| e.located(id_origin.clone());
            if question.id.is_empty() {
                problems.push(at(Error::new(format!("question {number} has an empty `id`"))
                    .with_hint("give it a short name such as `first-memory`; it becomes the question's web address")));
            } else if let Some(bad) = question.id.chars().find(|c| !is_id_char(*c)) {
                problems.push(at(Error::new(format!(
                    "question {number} has the id `{}`, which contains `{bad}`",
                    crate::error::excerpt(&question.id)
                ))
                .with_hint(
                    "use only lowercase letters a–z, digits and hyphens, like `first-memory`",
                )));
            } else if let Some(first) = first_use.get(&question.id) {
                problems.push(at(Error::new(format!(
                    "question {number} has the id `{}`, already used by question {first}",
                    crate::error::excerpt(&question.id)
                ))
                .with_hint("every question needs its own id; change one of them")));
            } else {
                first_use.insert(question.id.clone(), number);
            }
            problems.extend(control_characters(
                [
                    ("text", Some(question.text.source())),
                    ("category", question.category.as_ref().map(Text::source)),
                    ("follow_up", question.follow_up.as_ref().map(Text::source)),
                ],
                |key| format!("the `{key}` of question {number}"),
                |key| origins.at(&question_path(index, key)),
            ));
            if question.text.source().is_empty() {
                let text_origin = origins.at(&question_path(index, "text"));
                problems.push(
                    Error::new(format!("question {number} (`{}`) has no text", question.id))
                        .located(text_origin)
                        .with_hint("write the question after `text:`, or remove the entry"),
                );
            }
        }
        if problems.is_empty() {
            problems.extend(deck.typeset(language));
        }
        if problems.is_empty() {
            Ok(deck)
        } else {
            Err(problems)
        }
    }

    /// Reads the introduction, the closing and every question's texts as inline Markdown and
    /// sets their punctuation for `language`, reporting what they may not hold at its line.
    pub fn typeset(&mut self, language: &str) -> Vec<Error> {
        let words = Words::for_language(language);
        let mut typographer = words.typographer();
        let origins = &self.origins;
        let mut problems = Vec::new();
        let mut set = |text: &mut Text, what: String, at: Location| {
            text.typeset(&mut typographer).err().map(|refused| {
                Error::new(format!("{what} holds {}", refused.what))
                    .located(within(at, text.source(), refused.offset))
                    .with_hint(refused.hint)
            })
        };
        let words_around = [
            ("introduction", self.introduction.as_mut()),
            ("closing", self.closing.as_mut()),
        ];
        for (key, text) in words_around {
            if let Some(text) = text {
                problems.extend(set(text, format!("the deck's `{key}`"), origins.at(key)));
            }
        }
        for (index, question) in self.questions.iter_mut().enumerate() {
            let number = index + 1;
            let texts = [
                ("text", Some(&mut question.text)),
                ("category", question.category.as_mut()),
                ("follow_up", question.follow_up.as_mut()),
            ];
            for (key, text) in texts {
                if let Some(text) = text {
                    let what = format!("the `{key}` of question {number}");
                    problems.extend(set(text, what, origins.at(&question_path(index, key))));
                }
            }
            if question.text.is_empty() && !question.text.source().is_empty() {
                // Only marks, such as `[note]: page`, which Markdown reads as a link's address.
                problems.push(
                    Error::new(format!(
                        "question {number} (`{}`) prints no words: its text is read as Markdown marks only",
                        question.id
                    ))
                    .located(origins.at(&question_path(index, "text")))
                    .with_hint("write the question in words; put a backslash before a mark to print it as typed (`\\[`)"),
                );
            }
        }
        problems
    }

    /// The 1-based number of the question at `index`, as printed ("7 / 20").
    pub fn label(&self, index: usize) -> String {
        format!("{} / {}", index + 1, self.questions.len())
    }
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}

/// The problems of the texts under `keys` (those given) that hold a control character, each
/// named by `describe` and located by `origin`.
fn control_characters(
    texts: [(&str, Option<&str>); 3],
    describe: impl Fn(&str) -> String,
    origin: impl Fn(&str) -> Location,
) -> Vec<Error> {
    texts
        .into_iter()
        .filter_map(|(key, text)| {
            control_character(&describe(key), text.unwrap_or(""), origin(key))
        })
        .collect()
}

/// The source-map path of `key` in question `index` (from 0).
fn question_path(index: usize, key: &str) -> String {
    format!("questions[{index}].{key}")
}

impl Deck {
    /// Where the deck's own `key` (`title`, `introduction`, `closing`) stands.
    pub fn origin(&self, key: &str) -> Location {
        self.origins.at(key)
    }

    /// Where `key` (`id`, `text`, `category`, `follow_up`) of question `index` (from 0)
    /// stands.
    pub fn question_origin(&self, index: usize, key: &str) -> Location {
        self.origins.at(&question_path(index, key))
    }

    /// A warning for each unquoted text that a `#` cuts short (`text: What is your #1
    /// wish?` publishes "What is your"), at the `#`, with the fix.
    pub fn warnings(&self) -> Vec<Error> {
        self.origins
            .cuts()
            .iter()
            .map(|cut| {
                let (key, question) = match cut.path.split_once("].") {
                    Some((index, key)) => {
                        let number = index
                            .trim_start_matches("questions[")
                            .parse::<usize>()
                            .map_or(0, |i| i + 1);
                        (key, format!(" of question {number}"))
                    }
                    None => (cut.path.as_str(), String::new()),
                };
                cut.warning(self.origins.file(), key, &question)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_typeset_and_marks_alone_are_refused() {
        let yaml = "title: T\nquestions:\n  - id: a\n    text: \"Is it *so*...\"\n  - id: b\n    text: \"[note]: page\"\n";
        let (mut deck, origins): (Deck, _) = yaml::parse(yaml, Path::new("q.yaml"), 1).unwrap();
        deck.origins = origins;
        let problems = deck.typeset("en");
        assert_eq!(deck.questions[0].text.plain(), "Is it so…");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string().lines().next().unwrap(),
            "q.yaml:6:11: question 2 (`b`) prints no words: its text is read as Markdown marks only"
        );
    }

    #[test]
    fn ids_are_url_safe() {
        assert!("first-memory-2".chars().all(is_id_char));
        assert!(!"First Memory".chars().all(is_id_char));
    }
}
