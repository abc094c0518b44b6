//! The PDFs in the reader's language: the shipped project built with `language:` set to each
//! language deckle has words for prints none of deckle's English words in any PDF (its text as
//! poppler reads it back, and its title and subject), and writes the booklet's dates the
//! language's way; the writer's `words:` reach the PDFs and the site, and mistakes in them are
//! located errors.
//!
//! The seed's article and questions are English, so the words looked for are only ones that
//! come from deckle: the English build must print each of them, and the seed's own text must
//! say none of them (both checked), so a word found in another language's build can only be
//! one deckle left untranslated.

mod common;

use std::path::Path;

use common::*;

/// English words of the PDFs, each printed by one of the English builds of [`VARIANTS`]
/// (checked) and by no other language's build. Words that are the same in some language
/// ("Notes", "A4") are left out, and so is anything the seed's own text says.
const ENGLISH_WORDS: &[&str] = &[
    // The test sheet.
    "Test sheet",
    "actual size",
    "fit to page",
    "each bar must measure",
    "Hold the sheet up to the light",
    "Back of the test sheet",
    "This side up",
    "Held up to the light",
    "flip on long edge",
    "flip on short edge",
    // The booklet.
    "to talk about together",
    "· updated",
    "Your notes",
    "Sep 30, 2024",
    "Feb 19, 2025",
    // The documents' titles and subjects.
    "cards to cut out",
    "cards for a print shop",
    "conversation cards to accompany",
    "conversation questions, as a booklet",
    "to print double-sided",
    "fold and staple",
];

/// Settings added to the seed's, one set per build, so that between them the builds print
/// every form of the test sheet (two-sided each way, one-sided) and both papers.
const VARIANTS: &[&str] = &[
    "",
    "deck:\n  backs: duplex-short-edge\nbooklet:\n  paper: letter\n",
    "deck:\n  backs: fold-over\n  paper: letter\n",
    "deck:\n  backs: none\n",
];

/// The text of every PDF of the build in `dir`, by file name: what `pdftotext` reads and the
/// document's title and subject, with all white space (line ends too) made single spaces.
fn pdf_texts(dir: &Path) -> Vec<(String, String)> {
    let out = dir.join("output");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "pdf") {
            continue;
        }
        let info = poppler("pdfinfo", &["-enc", "UTF-8", arg(&path)]);
        let described: Vec<&str> = info
            .lines()
            .filter_map(|line| {
                line.strip_prefix("Title:")
                    .or_else(|| line.strip_prefix("Subject:"))
            })
            .collect();
        let text = format!("{} {}", described.join(" "), pdf_text(&path));
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        texts.push((name, text.split_whitespace().collect::<Vec<_>>().join(" ")));
    }
    texts.sort();
    assert_eq!(texts.len(), 4, "{texts:?}");
    texts
}

/// Builds the seed with `language: tag` and the settings `extra`, and reads its PDFs.
fn build_in(tag: &str, extra: &str) -> Vec<(String, String)> {
    let project = seed_in_language(tag, extra);
    build_ok(project.path(), &[]);
    pdf_texts(project.path())
}

#[test]
fn english_prints_every_word_the_check_looks_for() {
    if skip_without_poppler() {
        return;
    }
    let seed = seed_text();
    let all: String = VARIANTS
        .iter()
        .flat_map(|extra| build_in("en", extra))
        .map(|(_, text)| text)
        .collect();
    for word in ENGLISH_WORDS {
        assert!(all.contains(word), "the English PDFs lack {word:?}");
        assert!(!seed.contains(word), "the seed's own text says {word:?}");
    }
}

#[test]
fn other_languages_print_no_english_word() {
    if skip_without_poppler() {
        return;
    }
    for (index, (tag, date, updated)) in LANGUAGES.iter().enumerate() {
        let extra = VARIANTS[index % VARIANTS.len()];
        let texts = build_in(tag, extra);
        for (name, text) in &texts {
            for word in ENGLISH_WORDS {
                assert!(
                    !text.contains(word),
                    "{tag} ({extra:?}): {name} says {word:?}"
                );
            }
        }
        let booklet = &texts
            .iter()
            .find(|(name, _)| name == "booklet-a5.pdf")
            .unwrap()
            .1;
        assert!(booklet.contains(date), "{tag}: the booklet lacks {date:?}");
        assert!(
            booklet.contains(updated),
            "{tag}: the booklet lacks {updated:?}"
        );
    }
}

#[test]
fn the_writer_s_words_reach_the_pdfs_and_the_site() {
    if skip_without_poppler() {
        return;
    }
    let words = "words:\n  your_notes: \"Pour vos réponses\"\n  next: \"Question suivante\"\n  \
                 booklet_questions_other: \"{count} questions rien qu’à vous\"\n  \
                 notes: \"Renvois\"\n";
    let project = seed_in_language("fr", words);
    let article = read_content(project.path(), "article.md");
    let noted = format!("{article}\nUne note.[^1]\n\n[^1]: La note.\n");
    write_content(project.path(), "article.md", &noted);
    build_ok(project.path(), &[]);
    let texts = pdf_texts(project.path());
    let booklet = &texts[0].1;
    assert!(booklet.contains("Pour vos réponses"), "{booklet}");
    assert!(!booklet.contains("Vos notes"), "{booklet}");
    assert!(booklet.contains("20 questions rien qu’à vous"), "{booklet}");
    assert!(booklet.contains("Renvois 1. La note."), "{booklet}");
    let page = read(&project.path().join("output"), "questions/most-loved.html");
    assert!(page.contains("Question suivante"), "{page}");
    assert!(page.contains("Précédente"), "the other words stay French");
}

#[test]
fn an_unknown_word_is_a_located_error_with_the_closest_key() {
    let project = seed_in_language("fr", "words:\n  nxet: \"Suivante\"\n");
    let stderr = build_error(project.path());
    assert!(stderr.contains("content/settings.yaml:4:"), "{stderr}");
    assert!(
        stderr.contains("`nxet` is not one of deckle's words"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `next`?"), "{stderr}");
}

#[test]
fn a_language_without_words_of_its_own_lists_what_stays_english_once() {
    let project = seed_in_language("sv", "words:\n  next: \"Nästa\"\n  previous: \"Förra\"\n");
    let out = build_ok(project.path(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("stay in English").count(), 1, "{stderr}");
    assert!(stderr.contains("content/settings.yaml:2:"), "{stderr}");
    assert!(stderr.contains("skip_to_content, main_menu"), "{stderr}");
    assert!(!stderr.contains(" next,"), "{stderr}");
    let page = read(&project.path().join("output"), "questions/most-loved.html");
    assert!(page.contains("Nästa") && page.contains("Förra"), "{page}");
    assert!(page.contains("All questions"), "the rest is English");
}

#[test]
fn a_character_the_font_lacks_names_the_language() {
    let project = seed_in_language("ja", "");
    let questions = read_content(project.path(), "questions.yaml");
    let changed = questions.replacen("When do you feel most loved", "茶 When do you feel", 1);
    assert_ne!(changed, questions);
    write_content(project.path(), "questions.yaml", &changed);
    let stderr = build_error(project.path());
    assert!(stderr.contains("content/questions.yaml:"), "{stderr}");
    assert!(stderr.contains("(U+8336)"), "{stderr}");
    assert!(stderr.contains("the site's language is `ja`"), "{stderr}");
}

#[test]
fn titles_and_names_get_the_reader_s_punctuation() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_in_language("fr", "");
    let dir = project.path();
    retitle(dir, "article.md", "L'empathie : \\\"vraiment\\\" ?");
    retitle(dir, "questions.yaml", "Nos questions d'amour : vraiment ?");
    build_ok(dir, &[]);
    let output = dir.join("output");
    // The narrow no-break space (U+202F) keeps `?` and `:` with their words.
    let article_title = "L’empathie\u{202F}: «\u{202F}vraiment\u{202F}»\u{202F}?";
    let deck_title = "Nos questions d’amour\u{202F}: vraiment\u{202F}?";
    let home = read(&output, "index.html");
    assert!(home.contains(&format!("<title>{article_title}")), "{home}");
    let questions = read(&output, "questions/index.html");
    assert!(questions.contains(deck_title), "the deck's page");
    let info = poppler(
        "pdfinfo",
        &["-enc", "UTF-8", arg(&output.join("booklet-a5.pdf"))],
    );
    let booklet = info.lines().find_map(|l| l.strip_prefix("Title:")).unwrap();
    assert_eq!(booklet.trim_start(), article_title);
    let cards = pdf_text(&output.join("cards-print-shop.pdf"));
    let card: String = cards
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(card, "Nos questions d’amour", "the title card");
    assert!(
        !cards.contains("d'amour"),
        "no straight apostrophe is printed"
    );
}

/// Gives the header's or deck's `title:` of `file` (in `content/`) the quoted `title`.
fn retitle(dir: &Path, file: &str, title: &str) {
    let text = read_content(dir, file);
    let line = text.lines().find(|l| l.starts_with("title:")).unwrap();
    write_content(
        dir,
        file,
        &text.replacen(line, &format!("title: \"{title}\""), 1),
    );
}
