//! Property tests: whatever a writer types, deckle answers with a result or a located error,
//! never a panic.
//!
//! Case counts are kept small so that `cargo test` stays fast; raise them for a longer hunt with
//! `PROPTEST_CASES=5000 cargo test --test properties`.

use std::fs;
use std::path::{Path, PathBuf};

use deckle::content::Project;
use deckle::error::Error;
use proptest::prelude::*;
use proptest::test_runner::Config;

const ARTICLE: &str =
    "---\ntitle: \"An article\"\nauthor: \"A. Writer\"\ndate: 2024-09-30\n---\n\nSome words.\n";
const QUESTIONS: &str =
    "title: \"A deck\"\nquestions:\n  - id: first\n    text: \"What do you think?\"\n";
const SETTINGS: &str = "title: \"A site\"\nlanguage: en\n";

/// A project whose three content files are valid except `file`, which holds `bytes`.
fn project_with(file: &str, bytes: &[u8]) -> tempfile::TempDir {
    let project = tempfile::tempdir().expect("a temporary folder");
    let content = project.path().join("content");
    fs::create_dir(&content).expect("the content folder");
    for (name, text) in [
        ("article.md", ARTICLE),
        ("questions.yaml", QUESTIONS),
        ("settings.yaml", SETTINGS),
    ] {
        let written: &[u8] = if name == file { bytes } else { text.as_bytes() };
        fs::write(content.join(name), written).expect("a content file");
    }
    project
}

/// Loads the project and checks that it either loads or names `file` in every error.
fn loads_or_locates(root: &Path, file: &str) -> Result<Option<Project>, TestCaseError> {
    match Project::load(root) {
        Ok(project) => Ok(Some(project)),
        Err(errors) => {
            prop_assert!(!errors.is_empty(), "a failed load must say why");
            let expected = PathBuf::from("content").join(file);
            for error in &errors {
                prop_assert!(
                    error
                        .location
                        .as_ref()
                        .is_some_and(|at| at.file == expected),
                    "error not located in {}: {}",
                    expected.display(),
                    describe(error)
                );
                prop_assert!(!error.message.trim().is_empty());
            }
            Ok(None)
        }
    }
}

fn describe(error: &Error) -> String {
    format!("{:?}: {}", error.location, error.message)
}

/// Lines that look like the deck's YAML, mistakes and oddities included: known and misspelt
/// keys, odd separators and indentation, quotes, block scalars, anchors, tabs, any Unicode.
fn yamlish() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("title"),
        Just("introduction"),
        Just("closing"),
        Just("questions"),
        Just("id"),
        Just("text"),
        Just("category"),
        Just("follow_up"),
        Just("titel"),
        Just("question"),
        Just("language"),
        Just("base_url"),
        Just(""),
    ];
    let separator = prop_oneof![Just(": "), Just(":"), Just(" : "), Just(":\t"), Just(" ")];
    let value = prop_oneof![
        "[^\n]{0,30}",
        "\"[^\n]{0,30}\"",
        "'[^\n]{0,30}'",
        Just(String::new()),
        Just("[]".to_string()),
        Just("{}".to_string()),
        Just("|".to_string()),
        Just(">-".to_string()),
        Just("&anchor".to_string()),
        Just("*anchor".to_string()),
        Just("~".to_string()),
        Just("- ".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
    ];
    let indent = prop_oneof![
        Just(""),
        Just("  "),
        Just("    "),
        Just("  - "),
        Just("- "),
        Just("\t"),
        Just("      "),
    ];
    let line = (indent, key, separator, value).prop_map(|(i, k, s, v)| format!("{i}{k}{s}{v}"));
    prop::collection::vec(line, 0..16).prop_map(|lines| lines.join("\n"))
}

/// Anything that could end up in a content file: YAML-ish lines, any text, any bytes.
fn file_contents() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => yamlish().prop_map(String::into_bytes),
        2 => any::<String>().prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 0..64),
    ]
}

/// A double-quoted YAML scalar holding exactly `text`.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || c == '\u{feff}' => out.push_str(&format!("\\U{:08x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

proptest! {
    #![proptest_config(Config::with_cases(64))]

    #[test]
    fn questions_file_loads_or_gives_located_errors(bytes in file_contents()) {
        let project = project_with("questions.yaml", &bytes);
        loads_or_locates(project.path(), "questions.yaml")?;
    }

    #[test]
    fn settings_file_loads_or_gives_located_errors(bytes in file_contents()) {
        let project = project_with("settings.yaml", &bytes);
        loads_or_locates(project.path(), "settings.yaml")?;
    }

    #[test]
    fn article_header_loads_or_gives_located_errors(header in yamlish(), body in any::<String>()) {
        let article = format!("---\n{header}\n---\n{body}");
        let project = project_with("article.md", article.as_bytes());
        loads_or_locates(project.path(), "article.md")?;
    }

    /// Well-formed decks with any text at all load, and keep every question's words exactly
    /// (less surrounding white space) and in order.
    #[test]
    fn any_question_text_survives_loading(
        texts in prop::collection::vec(any::<String>(), 1..8),
        title in "[^\n]{1,20}",
    ) {
        let mut yaml = format!("title: {}\nquestions:\n", quoted(&title));
        for (index, text) in texts.iter().enumerate() {
            yaml.push_str(&format!("  - id: q-{index}\n    text: {}\n", quoted(text)));
        }
        let project = project_with("questions.yaml", yaml.as_bytes());
        if let Some(loaded) = loads_or_locates(project.path(), "questions.yaml")? {
            let loaded: Vec<&str> = loaded.deck.questions.iter().map(|q| q.text.as_str()).collect();
            let written: Vec<&str> = texts.iter().map(|t| t.trim()).collect();
            prop_assert_eq!(loaded, written);
        } else {
            // Only an empty question (or title) may be refused.
            prop_assert!(texts.iter().any(|t| t.trim().is_empty()) || title.trim().is_empty());
        }
    }
}
