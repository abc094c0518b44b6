//! Question texts set like the article (issue 13): `*emphasis*` and `**bold**` in the italic
//! and bold faces on the cards and in the booklet and in `<em>` on the site, the language's
//! quotes and dashes everywhere, a soft hyphen shown only where a line breaks, and a heading
//! or a list in a question refused at its line. PDFs are read back with poppler:
//! `pdftohtml -xml`, which keeps each piece of text's face and its exact spaces (`pdftotext`
//! turns U+202F into a plain space and joins hyphenated lines).

mod common;

use std::path::Path;

use common::*;

const QUESTION: &str = r#"What does *real* closeness mean -- not the \"film\" version?"#;

/// The small fixture with a deck holding `questions` (YAML list items) and `language:` set.
fn project(language: &str, questions: &str) -> tempfile::TempDir {
    let project = small_project();
    let settings = read_content(project.path(), "settings.yaml");
    let settings = settings.replace("language: en-GB", &format!("language: {language}"));
    write_content(project.path(), "settings.yaml", &settings);
    write_content(
        project.path(),
        "questions.yaml",
        &format!("title: \"Test Deck\"\nquestions:\n{questions}"),
    );
    project
}

/// Page `page` of `pdf` as `pdftohtml -xml` gives its text: one `<text>` element a line or a
/// change of face, italic in `<i>`, bold in `<b>`.
fn page_xml(pdf: &Path, page: usize) -> String {
    let page = page.to_string();
    poppler(
        "pdftohtml",
        &["-xml", "-i", "-stdout", "-f", &page, "-l", &page, arg(pdf)],
    )
}

/// The text of every page of `pdf` (pdftohtml's, tags and all), page by page.
fn pages(pdf: &Path) -> Vec<String> {
    (1..=pdf_info(pdf).pages)
        .map(|p| page_xml(pdf, p))
        .collect()
}

/// The one page of `pdf` whose text holds `words`.
fn page_with(pdf: &Path, words: &str) -> String {
    let found: Vec<String> = pages(pdf)
        .into_iter()
        .filter(|page| page.contains(words))
        .collect();
    assert_eq!(found.len(), 1, "{words:?} in {}", pdf.display());
    found.into_iter().next().unwrap_or_default()
}

const PDFS: [&str; 4] = [
    "cards-print-shop.pdf",
    "cards-to-cut-out.pdf",
    "booklet-a5.pdf",
    "booklet-to-fold.pdf",
];

#[test]
fn emphasis_and_punctuation_on_the_site_the_cards_and_the_booklet() {
    let project = project("en", &format!("  - id: real\n    text: \"{QUESTION}\"\n"));
    build_ok(project.path(), &[]);
    let page = read(&project.path().join("output"), "questions/real.html");
    assert!(
        page.contains(
            "<h1 class=\"card-text\">What does <em>real</em> closeness mean – not the “film” version?</h1>"
        ),
        "{page}"
    );
    // Titles, descriptions and the feed's and search engines' texts are plain.
    let plain = "What does real closeness mean – not the “film” version?";
    assert!(page.contains(&format!("<title>{plain} · Test Site</title>")));
    assert!(page.contains(&format!("<meta name=\"description\" content=\"{plain}\">")));
    assert!(page.contains(&format!(
        "<meta property=\"og:description\" content=\"{plain}\">"
    )));
    assert!(!page.contains('*'));
    let list = read(&project.path().join("output"), "questions/index.html");
    assert!(
        list.contains(">What does <em>real</em> closeness"),
        "{list}"
    );
    if skip_without_poppler() {
        return;
    }
    for name in PDFS {
        let pdf = output_file(project.path(), name);
        let text = pdf_text(&pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains("real closeness mean – not the “film” version?"),
            "{name}: {text}"
        );
        assert!(!text.contains('*') && !text.contains('"'), "{name}: {text}");
    }
    // On the card, "real" alone is set in the italic face.
    let card = page_with(
        &output_file(project.path(), "cards-print-shop.pdf"),
        "closeness",
    );
    assert!(card.contains("><i>real</i></text>"), "{card}");
    assert!(italic_font_named(&card), "{card}");
    let booklet = page_with(&output_file(project.path(), "booklet-a5.pdf"), "closeness");
    assert!(booklet.contains("<i>real</i>"), "{booklet}");
}

/// Whether the italic "real" of a page (`<i>real</i>`, which pdftohtml marks from the face) is
/// in one of the embedded Vollkorn faces (pdftohtml's family keeps the subset tag and may drop
/// the face's name).
fn italic_font_named(page: &str) -> bool {
    let font_of_italic = page
        .lines()
        .find(|line| line.contains("<i>real</i>"))
        .and_then(|line| line.split("font=\"").nth(1))
        .and_then(|rest| rest.split('"').next());
    let Some(id) = font_of_italic else {
        return false;
    };
    page.lines()
        .filter(|line| line.contains("<fontspec"))
        .any(|line| line.contains(&format!("id=\"{id}\"")) && line.contains("Vollkorn"))
}

#[test]
fn french_quotes_and_spaces() {
    let project = project(
        "fr",
        "  - id: vraie\n    text: \"Que veut dire une *vraie* proximité -- pas la version \\\"film\\\" ?\"\n    follow_up: \"Et **pourquoi** ?\"\n",
    );
    build_ok(project.path(), &[]);
    let page = read(&project.path().join("output"), "questions/vraie.html");
    assert!(
        page.contains(
            "une <em>vraie</em> proximité\u{A0}– pas la version «\u{202F}film\u{202F}»\u{202F}?</h1>"
        ),
        "{page}"
    );
    assert!(
        page.contains("Et <strong>pourquoi</strong>\u{202F}?"),
        "{page}"
    );
    if skip_without_poppler() {
        return;
    }
    for name in PDFS {
        let pdf = output_file(project.path(), name);
        let text: String = pages(&pdf).concat();
        assert!(
            text.contains("«\u{202F}film\u{202F}»\u{202F}?"),
            "{name}: {text}"
        );
        assert!(text.contains("<i>vraie</i>"), "{name}: {text}");
        assert!(
            !text.contains('*') && !text.contains("&quot;"),
            "{name}: {text}"
        );
    }
}

#[test]
fn a_soft_hyphen_shows_where_the_line_breaks_there() {
    // Each part fits a line of the card; the whole word does not.
    let project = project(
        "en",
        "  - id: long\n    text: \"Is it supercali\\u00ADfragilistic\\u00ADexpiali\\u00ADdocious?\"\n",
    );
    build_ok(project.path(), &[]);
    let page = read(&project.path().join("output"), "questions/long.html");
    assert!(
        page.contains("supercali\u{AD}fragilistic\u{AD}expiali\u{AD}docious?"),
        "{page}"
    );
    assert!(page.contains("<title>Is it supercalifragilisticexpialidocious? ·"));
    if skip_without_poppler() {
        return;
    }
    let card = page_with(
        &output_file(project.path(), "cards-print-shop.pdf"),
        "docious",
    );
    let lines: Vec<&str> = card
        .lines()
        .filter(|line| line.starts_with("<text"))
        .filter_map(|line| line.split('>').nth(1)?.split('<').next())
        .collect();
    assert!(lines.iter().any(|line| line.ends_with('-')), "{lines:?}");
    // A soft hyphen is never a glyph of its own, and a hyphen only ends a line.
    assert!(!card.contains('\u{AD}'), "{card}");
    for line in &lines {
        assert!(!line.trim_end_matches('-').contains('-'), "{lines:?}");
    }
    let joined: String = lines.iter().map(|l| l.trim_end_matches('-')).collect();
    assert!(
        joined.contains("supercalifragilisticexpialidocious?"),
        "{lines:?}"
    );
}

#[test]
fn a_list_or_a_heading_in_a_question_is_an_error_at_its_line() {
    let project = project(
        "en",
        "  - id: listed\n    text: |\n      Tell me:\n\n      - one thing\n      - another\n  - id: headed\n    follow_up: \"# Why\"\n    text: \"Fine?\"\n",
    );
    let stderr = build_error(project.path());
    assert!(
        stderr.contains(
            "content/questions.yaml:7: the `text` of question 1 holds a list (a line starting with `-`, `*` or `+` and a space)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "content/questions.yaml:10:16: the `follow_up` of question 2 holds a heading"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("put a backslash before the mark"),
        "{stderr}"
    );
    // Escaped, the same marks are printed as typed.
    let project = project_escaped();
    build_ok(project.path(), &[]);
    let page = read(&project.path().join("output"), "questions/escaped.html");
    assert!(
        page.contains("<h1 class=\"card-text\"># Why - and *how*?</h1>"),
        "{page}"
    );
}

fn project_escaped() -> tempfile::TempDir {
    project(
        "en",
        "  - id: escaped\n    text: \"\\\\# Why - and \\\\*how\\\\*?\"\n",
    )
}
