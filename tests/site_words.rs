//! The site in the reader's language: the shipped project built with `language:` set to each
//! language deckle has words for shows none of the English interface words on any page, and
//! writes its dates the language's way.

mod common;

use std::path::Path;

use common::*;

/// English interface words of the site, each of which the English build shows (checked) and
/// no other language's build may show. Words that are the same in some language ("Article",
/// "Questions", "PDF", "pages") are left out, and so is anything the seed's own text says.
const ENGLISH_WORDS: &[&str] = &[
    "Skip to the content",
    "aria-label=\"Main\"",
    "Draw a card",
    ">Print<",
    "min read",
    "Updated ",
    "See all",
    ", by ",
    "Page not found",
    "There is no page at this address",
    "Go to the article",
    " of 20",
    "Previous",
    "Next",
    "All questions",
    "Print the cards",
    "Take turns",
    "to begin",
    "Open this question",
    "The whole deck",
    "Your browser is not running scripts",
    "Draw again",
    "Shuffle and draw again",
    "That was the last card",
    "left in the deck",
    "cards in the deck",
    "Draw a random question",
    "Printable cards and booklet",
    "You can also print any page",
    "actual size",
    "Sep 30, 2024",
    "Feb 19, 2025",
];

/// Each language with its tag, the seed article's date and its update as the language
/// writes them.
const LANGUAGES: &[(&str, &str, &str)] = &[
    ("fr", "30 septembre 2024", "19 février 2025"),
    ("de", "30. September 2024", "19. Februar 2025"),
    ("es", "30 de septiembre de 2024", "19 de febrero de 2025"),
    ("nl", "30 september 2024", "19 februari 2025"),
    ("it", "30 settembre 2024", "19 febbraio 2025"),
    ("pt-BR", "30 de setembro de 2024", "19 de fevereiro de 2025"),
];

/// Builds the seed project with `language: tag` and returns every HTML page's text, by path,
/// and the output's draw.js.
fn build_in(tag: &str) -> (Vec<(String, String)>, String) {
    let project = seed_project();
    let settings = project.path().join("content/settings.yaml");
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(text.contains("language: en\n"), "the seed is in English");
    std::fs::write(
        &settings,
        text.replace("language: en\n", &format!("language: {tag}\n")),
    )
    .unwrap();
    build_ok(project.path(), &[]);
    let out = project.path().join("output");
    let pages = walkdir::WalkDir::new(&out)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.unwrap().into_path())
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .map(|path| {
            let name = path.strip_prefix(&out).unwrap().display().to_string();
            (
                name,
                without_downloads(&std::fs::read_to_string(&path).unwrap()),
            )
        })
        .collect();
    (pages, read(&out, "draw.js"))
}

/// The page without the print page's list of downloads: their titles and descriptions come
/// from the PDF renderers, which do not use the words yet.
fn without_downloads(html: &str) -> String {
    let Some(start) = html.find("<ul class=\"downloads\">") else {
        return html.to_string();
    };
    match html[start..].find("</ul>") {
        Some(end) => format!("{}{}", &html[..start], &html[start + end..]),
        None => html.to_string(),
    }
}

fn seed_text() -> String {
    let content = repo().join("content");
    ["article.md", "questions.yaml", "settings.yaml"]
        .iter()
        .map(|name| std::fs::read_to_string(Path::new(&content).join(name)).unwrap())
        .collect()
}

#[test]
fn english_shows_every_word_the_check_looks_for() {
    let seed = seed_text();
    let (pages, _) = build_in("en");
    let all: String = pages.iter().map(|(_, html)| html.as_str()).collect();
    for word in ENGLISH_WORDS {
        assert!(all.contains(word), "the English site lacks {word:?}");
        assert!(!seed.contains(word), "the seed's own text says {word:?}");
    }
}

#[test]
fn other_languages_show_no_english_interface_word() {
    for (tag, date, updated) in LANGUAGES {
        let (pages, script) = build_in(tag);
        let lang = format!("<html lang=\"{tag}\">");
        for (name, html) in &pages {
            assert!(html.contains(&lang), "{tag}: {name} lacks {lang}");
            for word in ENGLISH_WORDS {
                assert!(!html.contains(word), "{tag}: {name} says {word:?}");
            }
        }
        let article = &pages
            .iter()
            .find(|(name, _)| name == "index.html")
            .unwrap()
            .1;
        assert!(article.contains(date), "{tag}: the article lacks {date:?}");
        assert!(
            article.contains(updated),
            "{tag}: the article lacks {updated:?}"
        );
        for word in ENGLISH_WORDS {
            assert!(!script.contains(word), "{tag}: draw.js says {word:?}");
        }
    }
}
