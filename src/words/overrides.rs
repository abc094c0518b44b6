//! The writer's own words: the optional `words:` section of `content/settings.yaml`, laid over
//! the table of the site's language (`words: { next: "Suivante" }`).
//!
//! Any key of the tables can be given. A key deckle does not know, or a placeholder in braces
//! that the word does not have, is an error at its line with the closest name, and so is a
//! character the font lacks in a word the PDFs print; a language
//! without a table of its own works from `words:` alone, and the keys it leaves out (which stay
//! English) are listed once, in a warning.

use std::collections::BTreeSet;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use super::{Key, Language, Words};
use crate::error::Error;
use crate::layout::{Font, Style};
use crate::yaml::SourceMap;

/// The keys whose words the PDFs print, so whose every character the font must have (the
/// site's words can hold any: the reader's browser finds a font for them).
const PRINTED: &[Key] = &[
    Key::Notes,
    Key::YourNotes,
    Key::BookletQuestionsOne,
    Key::BookletQuestionsOther,
    Key::BookletUpdated,
    Key::DateFormat,
    Key::FirstOfMonth,
    Key::January,
    Key::February,
    Key::March,
    Key::April,
    Key::May,
    Key::June,
    Key::July,
    Key::August,
    Key::September,
    Key::October,
    Key::November,
    Key::December,
    Key::TestSheetOneSided,
    Key::TestSheetLongEdge,
    Key::TestSheetShortEdge,
    Key::TestSheetBack,
    Key::TestSheetThisSideUp,
    Key::TestSheetArrowLongEdge,
    Key::TestSheetArrowShortEdge,
];

/// The first character of `text` that a face of the font lacks, if any.
fn unprintable(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        Style::ALL
            .iter()
            .any(|&style| !Font::get(style).has_char(c))
    })
}

/// The `words:` section as written: each key with its text, in the file's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Overrides {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = Overrides;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of words, one `key: \"text\"` a line")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Overrides, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, String>()? {
                    entries.push(entry);
                }
                Ok(Overrides(entries))
            }
        }
        deserializer.deserialize_map(Entries)
    }
}

/// The names in braces in `text`: `{count}` and `{title}`.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

impl Words {
    /// The words for the language tag `tag` with the writer's `overrides` over them, each
    /// problem located through `origins` (the settings file's map). Besides the words, a
    /// warning when the language has no table and `words:` leaves keys in English.
    pub fn with_overrides(
        tag: &str,
        overrides: &Overrides,
        origins: &SourceMap,
    ) -> Result<(Words, Option<Error>), Vec<Error>> {
        let mut words = Words::for_language(tag);
        let english = Words::for_language("en");
        let names: Vec<&str> = Key::ALL.iter().map(|key| key.name()).collect();
        let mut problems = Vec::new();
        let mut given = BTreeSet::new();
        for (name, text) in &overrides.0 {
            let at = origins.at(&format!("words.{name}"));
            let Some(&key) = Key::ALL.iter().find(|key| key.name() == name) else {
                let hint = match crate::suggest::closest(name, &names) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None => "deckle's guide lists every key, under “Writing in another language”"
                        .to_string(),
                };
                problems.push(
                    Error::new(format!("`{name}` is not one of deckle's words"))
                        .located(at)
                        .with_hint(hint),
                );
                continue;
            };
            let allowed = placeholders(english.get(key));
            let stray: Vec<&str> = placeholders(text)
                .into_iter()
                .filter(|name| !allowed.contains(name))
                .collect();
            if let Some(first) = stray.first() {
                let allowed: Vec<&str> = allowed.into_iter().collect();
                let hint = match crate::suggest::closest(first, &allowed) {
                    Some(close) => format!("did you mean `{{{close}}}`?"),
                    None if allowed.is_empty() => {
                        format!("`{name}` takes no words in braces: remove the braces")
                    }
                    None => format!(
                        "`{name}` can use {}",
                        allowed
                            .iter()
                            .map(|a| format!("`{{{a}}}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                problems.push(
                    Error::new(format!(
                        "`{name}` has `{{{first}}}`, which deckle cannot fill in"
                    ))
                    .located(at)
                    .with_hint(hint),
                );
                continue;
            }
            if let Some(character) = unprintable(text).filter(|_| PRINTED.contains(&key)) {
                let what = format!("`words: {name}`");
                problems.push(Error::unprintable(&what, character, tag).located(at));
                continue;
            }
            given.insert(key);
            words.set(key, text.clone());
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let missing: Vec<&str> = Key::ALL
            .iter()
            .filter(|key| !given.contains(key))
            .map(|key| key.name())
            .collect();
        let warning = (Language::from_tag(tag).is_none() && !missing.is_empty()).then(|| {
            Error::new(format!(
                "deckle has no words of its own for `language: {tag}`, and `words:` does not give \
                 {} of them, so these stay in English: {}",
                missing.len(),
                missing.join(", ")
            ))
            .located(origins.at("language"))
            .with_hint(
                "add them under `words:` in content/settings.yaml (deckle's guide, “Writing in \
                 another language”, lists every key with its English text)",
            )
        });
        Ok((words, warning))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn load(yaml: &str) -> Result<(Words, Option<Error>), Vec<Error>> {
        let (settings, origins): (Section, _) =
            crate::yaml::parse(yaml, Path::new("content/settings.yaml"), 1).unwrap();
        Words::with_overrides(&settings.language, &settings.words, &origins)
    }

    #[derive(serde::Deserialize)]
    struct Section {
        language: String,
        #[serde(default)]
        words: Overrides,
    }

    #[test]
    fn a_word_given_replaces_the_table_s() {
        let (words, warning) = load("language: fr\nwords:\n  next: \"Après\"\n").unwrap();
        assert_eq!(words.get(Key::Next), "Après");
        assert_eq!(words.get(Key::Previous), "Précédente");
        assert!(warning.is_none());
    }

    #[test]
    fn an_unknown_key_is_located_with_the_closest_name() {
        let errors =
            load("language: fr\nwords:\n  nxet: \"Après\"\n  skip_to_contnt: x\n").unwrap_err();
        assert_eq!(errors.len(), 2);
        let first = errors[0].to_string();
        assert!(first.contains("content/settings.yaml:3:"), "{first}");
        assert!(
            first.contains("`nxet` is not one of deckle's words"),
            "{first}"
        );
        assert!(first.contains("did you mean `next`?"), "{first}");
        assert!(errors[1].to_string().contains("`skip_to_content`"));
    }

    #[test]
    fn a_placeholder_the_word_lacks_is_an_error() {
        let errors =
            load("language: en\nwords:\n  question_of: \"{numbr} / {count}\"\n").unwrap_err();
        let message = errors[0].to_string();
        assert!(message.contains("`{numbr}`"), "{message}");
        assert!(message.contains("did you mean `{number}`?"), "{message}");
        let (words, _) =
            load("language: en\nwords:\n  question_of: \"{number}/{count}\"\n").unwrap();
        assert_eq!(
            words.fill(Key::QuestionOf, &[("number", "2"), ("count", "8")]),
            "2/8"
        );
    }

    #[test]
    fn a_printed_word_must_be_in_the_font_a_word_of_the_site_need_not() {
        let errors = load("language: ja\nwords:\n  your_notes: \"メモ\"\n").unwrap_err();
        let message = errors[0].to_string();
        assert!(message.contains("content/settings.yaml:3:"), "{message}");
        assert!(
            message.contains("`words: your_notes` contains “メ”"),
            "{message}"
        );
        assert!(message.contains("the site's language is `ja`"), "{message}");
        let (words, _) = load("language: ja\nwords:\n  next: \"次へ\"\n").unwrap();
        assert_eq!(words.get(Key::Next), "次へ");
    }

    #[test]
    fn a_language_without_a_table_lists_what_stays_english_once() {
        let (words, warning) = load("language: sv\nwords:\n  next: Nästa\n").unwrap();
        assert_eq!(words.get(Key::Next), "Nästa");
        assert_eq!(words.get(Key::Previous), "Previous");
        let warning = warning.unwrap().to_string();
        assert!(warning.contains("content/settings.yaml:1:"), "{warning}");
        assert!(warning.contains(&format!("{} of them", Key::ALL.len() - 1)));
        assert!(warning.contains("skip_to_content, main_menu"), "{warning}");
        assert!(!warning.contains(" next,"), "{warning}");
        let all: String = Key::ALL
            .iter()
            .map(|key| format!("  {}: x\n", key.name()))
            .collect();
        let (_, warning) = load(&format!("language: sv\nwords:\n{all}")).unwrap();
        assert!(warning.is_none());
    }
}
