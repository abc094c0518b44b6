//! Property tests: whatever a writer types, deckle answers with a result or a located error,
//! never a panic; whatever paper and card sizes they choose, cards land on the sheet; whatever
//! words they write, the card typesetter keeps them inside the safe zone or says why it cannot.
//!
//! Case counts are kept small so that `cargo test` stays fast; raise them for a longer hunt with
//! `PROPTEST_CASES=5000 cargo test --test properties`.

use std::fs;
use std::path::{Path, PathBuf};

use deckle::content::{Project, Text};
use deckle::deck::{Cards, Imposition};
use deckle::display::Rect;
use deckle::error::Error;
use deckle::settings::PRINTER_MARGIN_MM;
use deckle::words::Words;
use proptest::prelude::*;
use proptest::test_runner::Config;

const ARTICLE: &str =
    "---\ntitle: \"An article\"\nauthor: \"A. Writer\"\ndate: 2024-09-30\n---\n\nSome words.\n";
const QUESTIONS: &str =
    "title: \"A deck\"\nquestions:\n  - id: first\n    text: \"What do you think?\"\n";
const SETTINGS: &str = "title: \"A site\"\nlanguage: en\n";
/// How far, in mm, a computed edge may stray from its limit through rounding.
const ROUNDING_MM: f32 = 0.01;

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
    /// (less surrounding white space) and in order, unless a text holds Markdown a question
    /// cannot (a list, a heading: refused at its line).
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
            let loaded: Vec<&str> = loaded.deck.as_ref().unwrap().questions.iter().map(|q| q.text.source()).collect();
            let written: Vec<&str> = texts.iter().map(|t| t.trim()).collect();
            prop_assert_eq!(loaded, written);
        } else {
            // Only an empty question (or title) may be refused, or one holding an invisible
            // control character (a bell, an escape: issue 12), or a block of Markdown
            let control = |t: &str| t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
            // (or only marks, printing no words).
            let block = |t: &str| {
                let mut text = Text::from(t.trim());
                let refused = text.typeset(&mut Words::for_language("en").typographer()).is_err();
                refused || text.is_empty()
            };
            prop_assert!(
                texts.iter().any(|t| t.trim().is_empty() || control(t) || block(t))
                    || title.trim().is_empty()
                    || control(&title)
            );
        }
    }
}

/// A card or paper size as a writer might type it: a known name, a misspelling, or width x
/// height in millimetres, sensible or not.
fn size_text(names: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(names).prop_map(str::to_string),
        (1.0f32..700.0, 1.0f32..700.0).prop_map(|(w, h)| format!("{w:.1}x{h:.1}")),
        (0u32..3000, 0u32..3000).prop_map(|(w, h)| format!("{w} x {h} mm")),
        "[a-z0-9x×. ]{0,10}",
    ]
}

/// Whether `inner` lies inside the rectangle from (left, bottom) to (right, top), give or take rounding.
fn within(inner: &Rect, left: f32, bottom: f32, right: f32, top: f32) -> bool {
    inner.x >= left - ROUNDING_MM
        && inner.y >= bottom - ROUNDING_MM
        && inner.x + inner.w <= right + ROUNDING_MM
        && inner.y + inner.h <= top + ROUNDING_MM
}

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x + ROUNDING_MM < b.x + b.w
        && b.x + ROUNDING_MM < a.x + a.w
        && a.y + ROUNDING_MM < b.y + b.h
        && b.y + ROUNDING_MM < a.y + a.h
}

proptest! {
    #![proptest_config(Config::with_cases(48))]

    /// Any paper, card size and way of printing backs: either a clear error located in the
    /// settings, or a grid whose cards sit inside the printer margins, apart from each other,
    /// with every back on the sheet.
    #[test]
    fn paper_and_card_sizes_give_a_grid_or_a_clear_error(
        paper in size_text(&["a4", "letter", "a3", "a5", "legal"]),
        card in size_text(&["poker", "bridge", "tarot", "mini", "square", "business", "jumbo"]),
        backs in prop::sample::select(&["duplex-long-edge", "duplex-short-edge", "fold-over", "none"][..]),
    ) {
        let settings = format!(
            "{SETTINGS}deck:\n  paper: \"{paper}\"\n  card_size: \"{card}\"\n  backs: {backs}\n"
        );
        let project = project_with("settings.yaml", settings.as_bytes());
        let Some(project) = loads_or_locates(project.path(), "settings.yaml")? else {
            return Ok(());
        };
        let deck = &project.settings.deck;
        let Some(sheet) = Imposition::new(deck.paper, deck.card_size, deck.backs) else {
            return Err(TestCaseError::fail(format!(
                "settings accepted but no card fits: {paper} / {card} / {backs}"
            )));
        };
        let (width, height) = (sheet.page.width, sheet.page.height);
        let margin = PRINTER_MARGIN_MM;
        let fronts: Vec<Rect> = (0..sheet.per_sheet()).map(|slot| sheet.front(slot)).collect();
        prop_assert!(!fronts.is_empty());
        for (slot, front) in fronts.iter().enumerate() {
            prop_assert!(
                within(front, margin, margin, width - margin, height - margin),
                "card {slot} at {front:?} is outside the printable area of {width} x {height} mm"
            );
            prop_assert!((front.w - deck.card_size.width).abs() < ROUNDING_MM);
            prop_assert!((front.h - deck.card_size.height).abs() < ROUNDING_MM);
            for other in &fronts[slot + 1..] {
                prop_assert!(!overlap(front, other), "cards overlap: {front:?} and {other:?}");
            }
            if let Some(back) = sheet.back(slot) {
                prop_assert!(within(&back, 0.0, 0.0, width, height), "back {slot} off the sheet: {back:?}");
            }
        }
    }

    /// Any question text, from empty to very long words to characters no font has: the cards
    /// are laid out with all text inside the safe zone, or the build stops with the overlong
    /// or missing-character error naming the question in content/questions.yaml.
    #[test]
    fn card_typesetter_fits_text_in_the_safe_zone_or_says_why(
        text in prop_oneof![
            3 => any::<String>(),
            2 => "[a-zA-Z’?,. ]{0,300}",
            1 => "[a-z]{20,80}( [a-z]{1,12}){0,6}",
            1 => "[ \t\u{a0}\u{2003}]{0,10}x?",
        ],
    ) {
        let questions = format!(
            "title: \"A deck\"\nquestions:\n  - id: first\n    text: \"What do you think?\"\n  - id: second\n    text: {}\n",
            quoted(&text)
        );
        let project = project_with("questions.yaml", questions.as_bytes());
        let Some(project) = loads_or_locates(project.path(), "questions.yaml")? else {
            return Ok(());
        };
        match Cards::prepare(&project.printed()[0].1) {
            Ok(cards) => {
                let (width, height, safe) = (cards.card.width, cards.card.height, cards.safe);
                for front in &cards.fronts {
                    for (_, area) in front.text_boxes() {
                        prop_assert!(
                            within(&area, safe, safe, width - safe, height - safe),
                            "{}: text at {area:?} leaves the safe zone", front.name
                        );
                    }
                }
            }
            Err(errors) => {
                prop_assert_eq!(errors.len(), 1, "one question, one problem: {:?}", errors);
                let error = &errors[0];
                let overlong = error.message.contains("does not fit");
                let missing = error.message.contains("cannot print");
                prop_assert!(overlong || missing, "unexpected error: {}", describe(error));
                prop_assert!(error.message.contains("question 2 (`second`)"), "{}", describe(error));
                let at = error.location.as_ref();
                prop_assert!(
                    at.is_some_and(|at| at.file == Path::new("content/questions.yaml")
                        && at.line == Some(6) && at.column == Some(11)),
                    "not located at the question's text: {}", describe(error)
                );
            }
        }
    }
}
