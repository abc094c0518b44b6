//! The reader's language: every fixed word of the site and the PDFs, dates and reading time,
//! and the quotes and dashes of each language.
//!
//! deckle ships one table of words for each of English, French, German, Spanish, Dutch,
//! Italian and Portuguese (one file each, with the same [`Key`]s). `language:` picks the
//! table; a tag with a region (`fr-CA`, `de-CH`, `pt-BR`) uses its language's table, and a
//! language without a table gets English. The writer's `words:` in `settings.yaml` are laid
//! over the table when the settings are read ([`Words::with_overrides`], in `overrides.rs`),
//! and the result is `Settings::words`, the one set of words every output uses. Templates
//! reach the words through the context object `words` (`{{ words.skip_to_content }}`); Rust
//! code through [`Words::get`] and the helpers that fill in numbers and dates.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod keys;
mod nl;
mod overrides;
mod pt;
mod typography;

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::date::Date;

pub use keys::Key;
pub use overrides::Overrides;
pub use typography::Typographer;

/// A language deckle has a table of words for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// English.
    English,
    /// French.
    French,
    /// German.
    German,
    /// Spanish.
    Spanish,
    /// Dutch.
    Dutch,
    /// Italian.
    Italian,
    /// Portuguese.
    Portuguese,
}

impl Language {
    /// Every language with a table, with its code.
    pub const ALL: [(Language, &'static str); 7] = [
        (Language::English, "en"),
        (Language::French, "fr"),
        (Language::German, "de"),
        (Language::Spanish, "es"),
        (Language::Dutch, "nl"),
        (Language::Italian, "it"),
        (Language::Portuguese, "pt"),
    ];

    /// The language of a tag such as `fr`, `fr-CA` or `pt_BR` (its first part, in any case),
    /// or `None` when deckle has no table for it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = primary_subtag(tag);
        Language::ALL
            .iter()
            .find(|(_, code)| primary.eq_ignore_ascii_case(code))
            .map(|(language, _)| *language)
    }

    fn table(self) -> &'static [(Key, &'static str)] {
        match self {
            Language::English => en::TABLE,
            Language::French => fr::TABLE,
            Language::German => de::TABLE,
            Language::Spanish => es::TABLE,
            Language::Dutch => nl::TABLE,
            Language::Italian => it::TABLE,
            Language::Portuguese => pt::TABLE,
        }
    }

    /// Whether `count` takes the singular: French and (Brazilian) Portuguese say "0 carte"
    /// and "1 carte", the other languages only "1 card".
    pub fn is_singular(self, count: usize) -> bool {
        match self {
            Language::French | Language::Portuguese => count <= 1,
            _ => count == 1,
        }
    }
}

/// The first part of a language tag: `fr` of `fr-CA`.
fn primary_subtag(tag: &str) -> &str {
    tag.trim().split(['-', '_']).next().unwrap_or_default()
}

/// The region of a language tag, upper-cased: `CA` of `fr-ca`, if any.
fn region(tag: &str) -> Option<String> {
    tag.trim()
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|part| part.to_ascii_uppercase())
}

/// The interface's words in one language, ready to use.
#[derive(Debug, Clone)]
pub struct Words {
    language: Language,
    region: Option<String>,
    texts: Vec<Cow<'static, str>>,
}

impl Words {
    /// The words for the language tag `tag` (`fr`, `de-CH`…); English when deckle has no
    /// table for that language (see [`Language::from_tag`] to tell).
    pub fn for_language(tag: &str) -> Words {
        let language = Language::from_tag(tag).unwrap_or(Language::English);
        let region = region(tag);
        // Switzerland and Liechtenstein write German without ß.
        let no_eszett =
            language == Language::German && matches!(region.as_deref(), Some("CH" | "LI"));
        let texts = Key::ALL
            .iter()
            .map(|&key| {
                let text = lookup(language.table(), key)
                    .or_else(|| lookup(en::TABLE, key))
                    .unwrap_or_default();
                if no_eszett && text.contains('ß') {
                    Cow::Owned(text.replace('ß', "ss"))
                } else {
                    Cow::Borrowed(text)
                }
            })
            .collect();
        Words {
            language,
            region,
            texts,
        }
    }

    /// The language these words are in (English for a language without a table).
    pub fn language(&self) -> Language {
        self.language
    }

    /// Puts the writer's `text` in place of the table's word for `key`.
    fn set(&mut self, key: Key, text: String) {
        if let Some(slot) = self.texts.get_mut(key as usize) {
            *slot = Cow::Owned(text);
        }
    }

    /// The word for `key`, as the table has it (placeholders unfilled).
    pub fn get(&self, key: Key) -> &str {
        self.texts
            .get(key as usize)
            .map(|text| text.as_ref())
            .unwrap_or_default()
    }

    /// The word for `key` with its `{name}`s replaced by the values given.
    pub fn fill(&self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.get(key), values)
    }

    /// The `one` or `other` word for `count`, with `{count}` (and the other values) filled in.
    pub fn count(&self, one: Key, other: Key, count: usize, values: &[(&str, &str)]) -> String {
        let key = if self.language.is_singular(count) {
            one
        } else {
            other
        };
        let count = count.to_string();
        let mut all = vec![("count", count.as_str())];
        all.extend_from_slice(values);
        self.fill(key, &all)
    }

    /// A date as readers of this language write it: "Sep 30, 2024", "30 septembre 2024".
    pub fn date(&self, date: Date) -> String {
        let month = Key::ALL[Key::January as usize + date.month.clamp(1, 12) as usize - 1];
        let day = if date.day == 1 {
            self.get(Key::FirstOfMonth).to_string()
        } else {
            date.day.to_string()
        };
        self.fill(
            Key::DateFormat,
            &[
                ("day", &day),
                ("month", self.get(month)),
                ("year", &date.year.to_string()),
            ],
        )
    }

    /// "2 min read", "2 min de lecture".
    pub fn reading_time(&self, minutes: usize) -> String {
        self.fill(Key::ReadingTime, &[("minutes", &minutes.to_string())])
    }

    /// A file's size as people read it: "313 KB", "1.3 MB", "1,3 Mo".
    pub fn file_size(&self, bytes: u64) -> String {
        if bytes >= 1_000_000 {
            let size = format!("{:.1}", bytes as f64 / 1_000_000.0)
                .replace('.', self.get(Key::DecimalSeparator));
            self.fill(Key::SizeMegabytes, &[("size", &size)])
        } else {
            let size = bytes.div_ceil(1000).max(1).to_string();
            self.fill(Key::SizeKilobytes, &[("size", &size)])
        }
    }

    /// A number as this language writes it: "2.5", "2,5".
    pub fn number(&self, value: f32) -> String {
        value
            .to_string()
            .replace('.', self.get(Key::DecimalSeparator))
    }

    /// A fresh [`Typographer`] for this language (and region: `pt-BR` quotes differ from
    /// `pt`).
    pub fn typographer(&self) -> Typographer {
        Typographer::new(self.language, self.region.as_deref())
    }
}

/// English: the words of a project that sets no language.
impl Default for Words {
    fn default() -> Words {
        Words::for_language("en")
    }
}

/// The `og:locale` of the language tag `tag`: its language and region joined by `_` (`fr_CA`),
/// with the region most readers of the language live in when the tag has none (`fr_FR`,
/// `en_US`), and the language alone when deckle knows no region for it.
pub fn locale(tag: &str) -> String {
    let language = primary_subtag(tag).to_ascii_lowercase();
    let region = region(tag).or_else(|| {
        let default = match language.as_str() {
            "en" => "US",
            "fr" => "FR",
            "de" => "DE",
            "es" => "ES",
            "nl" => "NL",
            "it" => "IT",
            "pt" => "PT",
            _ => return None,
        };
        Some(default.to_string())
    });
    match region {
        Some(region) => format!("{language}_{region}"),
        None => language,
    }
}

fn lookup(table: &'static [(Key, &'static str)], key: Key) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, text)| *text)
}

/// Replaces each `{name}` of `text` whose name is given in `values`; other braces stay.
/// Values are put in as they are, never searched for names themselves.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The words as a map from key name to text: the templates' `words` object.
impl Serialize for Words {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Key::ALL.len()))?;
        for &key in Key::ALL {
            map.serialize_entry(key.name(), self.get(key))?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_table_has_every_key_once_and_no_other() {
        for (language, code) in Language::ALL {
            let keys: Vec<Key> = language.table().iter().map(|(key, _)| *key).collect();
            let unique: BTreeSet<Key> = keys.iter().copied().collect();
            assert_eq!(keys.len(), unique.len(), "{code}: a key is there twice");
            let missing: Vec<&str> = Key::ALL
                .iter()
                .filter(|key| !unique.contains(key))
                .map(|key| key.name())
                .collect();
            assert!(missing.is_empty(), "{code} misses {missing:?}");
            assert_eq!(unique.len(), Key::ALL.len(), "{code}");
            for (key, text) in language.table() {
                assert!(!text.trim().is_empty(), "{code}: {} is empty", key.name());
            }
        }
    }

    #[test]
    fn keys_are_named_once_and_in_order() {
        let names: BTreeSet<&str> = Key::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names.len(), Key::ALL.len());
        for (index, key) in Key::ALL.iter().enumerate() {
            assert_eq!(*key as usize, index);
        }
    }

    #[test]
    fn placeholders_match_english() {
        let names = |text: &str| -> BTreeSet<String> {
            text.split('{')
                .skip(1)
                .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
                .collect()
        };
        for (language, code) in Language::ALL {
            let words = Words::for_language(code);
            let english = Words::for_language("en");
            for &key in Key::ALL {
                assert_eq!(
                    names(words.get(key)),
                    names(english.get(key)),
                    "{code}: {}",
                    key.name()
                );
            }
            assert_eq!(words.language(), language);
        }
    }

    #[test]
    fn regions_fall_back_to_their_language_and_unknown_ones_to_english() {
        assert_eq!(Language::from_tag("fr-CA"), Some(Language::French));
        assert_eq!(Language::from_tag("DE_ch"), Some(Language::German));
        assert_eq!(Language::from_tag("pt-BR"), Some(Language::Portuguese));
        assert_eq!(Language::from_tag("sv"), None);
        assert_eq!(Language::from_tag(""), None);
        let swedish = Words::for_language("sv-SE");
        assert_eq!(swedish.get(Key::SkipToContent), "Skip to the content");
        let canadian = Words::for_language("fr-CA");
        assert_eq!(
            canadian.get(Key::NotFoundTitle),
            Words::for_language("fr").get(Key::NotFoundTitle)
        );
    }

    #[test]
    fn swiss_german_has_no_eszett() {
        let swiss = Words::for_language("de-CH");
        let german = Words::for_language("de");
        assert!(Key::ALL.iter().any(|&k| german.get(k).contains('ß')));
        assert!(Key::ALL.iter().all(|&k| !swiss.get(k).contains('ß')));
    }

    #[test]
    fn dates_in_each_language() {
        let date = Date::parse("2024-09-30").unwrap();
        let expected = [
            ("en", "Sep 30, 2024"),
            ("fr", "30 septembre 2024"),
            ("de", "30. September 2024"),
            ("es", "30 de septiembre de 2024"),
            ("nl", "30 september 2024"),
            ("it", "30 settembre 2024"),
            ("pt", "30 de setembro de 2024"),
            ("xx", "Sep 30, 2024"),
        ];
        for (code, text) in expected {
            assert_eq!(Words::for_language(code).date(date), text, "{code}");
            assert_eq!(date.human(), "Sep 30, 2024");
        }
        let first = Date::parse("2025-03-01").unwrap();
        assert_eq!(Words::for_language("fr").date(first), "1er mars 2025");
        assert_eq!(Words::for_language("en").date(first), "Mar 1, 2025");
        assert_eq!(Words::for_language("de").date(first), "1. März 2025");
        assert_eq!(Words::for_language("pt").date(first), "1º de março de 2025");
    }

    #[test]
    fn reading_time_sizes_and_counts() {
        let en = Words::for_language("en");
        let fr = Words::for_language("fr");
        assert_eq!(en.reading_time(2), "2 min read");
        assert_eq!(fr.reading_time(2), "2 min de lecture");
        assert_eq!(Words::for_language("de").reading_time(3), "3 Min. Lesezeit");
        assert_eq!(en.file_size(312_400), "313 KB");
        assert_eq!(en.file_size(1_260_000), "1.3 MB");
        assert_eq!(en.file_size(10), "1 KB");
        assert_eq!(fr.file_size(1_260_000), "1,3\u{A0}Mo");
        let left = |w: &Words, n| w.count(Key::CardsLeftOne, Key::CardsLeftOther, n, &[]);
        assert_eq!(left(&en, 1), "1 card left in the deck.");
        assert_eq!(left(&en, 0), "0 cards left in the deck.");
        assert_eq!(left(&en, 5), "5 cards left in the deck.");
        assert_eq!(left(&fr, 0), "Il reste 0 carte dans le jeu.");
        assert_eq!(left(&fr, 2), "Il reste 2 cartes dans le jeu.");
    }

    #[test]
    fn filling_leaves_unknown_braces_and_never_refills_values() {
        assert_eq!(
            fill("{a} and {b} {c", &[("a", "{b}"), ("b", "2")]),
            "{b} and 2 {c"
        );
        assert_eq!(fill("{}{x}", &[]), "{}{x}");
        let en = Words::for_language("en");
        assert_eq!(
            en.fill(Key::Footer, &[("title", "T"), ("author", "A")]),
            "T, by A."
        );
    }

    #[test]
    fn locales_have_a_region() {
        assert_eq!(locale("fr"), "fr_FR");
        assert_eq!(locale("fr-CA"), "fr_CA");
        assert_eq!(locale("en"), "en_US");
        assert_eq!(locale("en-GB"), "en_GB");
        assert_eq!(locale("pt"), "pt_PT");
        assert_eq!(locale("pt_br"), "pt_BR");
        assert_eq!(locale("de-CH"), "de_CH");
        assert_eq!(locale("sv"), "sv");
        assert_eq!(locale("sv-SE"), "sv_SE");
    }

    #[test]
    fn numbers_take_the_decimal_separator() {
        assert_eq!(Words::for_language("en").number(2.5), "2.5");
        assert_eq!(Words::for_language("fr").number(2.5), "2,5");
        assert_eq!(Words::for_language("de").number(63.0), "63");
    }

    #[test]
    fn the_readme_lists_every_key_and_no_other() {
        let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"));
        let section = readme
            .split("\n## ")
            .find(|part| part.starts_with("Writing in another language"))
            .expect("README.md has a section “Writing in another language”");
        let listed: BTreeSet<&str> = section
            .lines()
            .filter_map(|line| line.strip_prefix("| `")?.split('`').next())
            .collect();
        let keys: BTreeSet<&str> = Key::ALL.iter().map(|key| key.name()).collect();
        assert_eq!(listed, keys, "README.md's table of words is out of date");
    }

    #[test]
    fn serialises_as_a_map_of_names() {
        let words = Words::for_language("en");
        let json = serde_json::to_value(&words).unwrap();
        assert_eq!(json["skip_to_content"], "Skip to the content");
        assert_eq!(json.as_object().unwrap().len(), Key::ALL.len());
    }
}
