//! The site in the reader's language: the shipped project built with `language:` set to each
//! language deckle has words for shows none of the English interface words on any page, and
//! writes its dates the language's way.

mod common;

use common::*;

/// English interface words of the site (the print page's descriptions of the downloads too),
/// each of which the English build shows (checked) and no other language's build may show. Words that are the same in some language ("Article",
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
    "Cards to print at home and cut out",
    "per sheet",
    "after a test sheet",
    "Print it two-sided",
    "cut along the marks",
    "Cards for a print shop",
    "online card printer",
    "each front followed by its back",
    "Booklet to read or take to a print shop",
    "as a little A5 book",
    "saddle-stitched",
    "Booklet to print at home and fold",
    "stack the sheets",
    "Sep 30, 2024",
    "Feb 19, 2025",
];

/// Builds the seed project with `language: tag` and returns every HTML page's text, by path,
/// and the output's draw.js.
fn build_in(tag: &str) -> (Vec<(String, String)>, String) {
    let project = seed_in_language(tag, "");
    build_ok(project.path(), &[]);
    let out = project.path().join("output");
    let pages = walkdir::WalkDir::new(&out)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.unwrap().into_path())
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .map(|path| {
            let name = path.strip_prefix(&out).unwrap().display().to_string();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    (pages, read(&out, "draw.js"))
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
    assert!(all.contains("<meta property=\"og:locale\" content=\"en_US\">"));
}

#[test]
fn other_languages_show_no_english_interface_word() {
    for (tag, date, updated) in LANGUAGES {
        let (pages, script) = build_in(tag);
        let lang = format!("<html lang=\"{tag}\">");
        // `og:locale` names a region, the tag's or the language's usual one: fr_FR, pt_BR.
        let locale = match tag.split_once('-') {
            Some((language, region)) => format!("{language}_{region}"),
            None => format!("{tag}_{}", tag.to_uppercase()),
        };
        let locale = format!("<meta property=\"og:locale\" content=\"{locale}\">");
        for (name, html) in &pages {
            assert!(html.contains(&lang), "{tag}: {name} lacks {lang}");
            assert!(html.contains(&locale), "{tag}: {name} lacks {locale}");
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
