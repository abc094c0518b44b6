//! A practice whose writer is named once, as `author:` in content/settings.yaml
//! (tests/fixtures/practice with the articles' own `author:` lines taken out): every article
//! and the deck that stands alone name her, on the site and in the PDFs; an article's own
//! `author:` wins; an article with neither is a located error saying both ways to fix it.

mod common;

use std::path::Path;

use common::*;

/// The practice's writer as written in the settings, and as printed (a curly apostrophe).
const WRITTEN: &str = "Marie d'Arc";
const PRINTED: &str = "Marie d’Arc";

/// The practice, its articles without `author:` but `keep` (a folder, `""` for the home
/// article), and `settings` added to its settings file.
fn practice(keep: &str, settings: &str) -> tempfile::TempDir {
    let dir = project_with_content(&fixture("practice/content"));
    for folder in ["", "couples/", "letting-go/", "first-steps/"] {
        if folder != keep {
            let name = format!("{folder}article.md");
            let text = read_content(dir.path(), &name).replace("author: \"Ada Example\"\n", "");
            write_content(dir.path(), &name, &text);
        }
    }
    let text = read_content(dir.path(), "settings.yaml");
    write_content(dir.path(), "settings.yaml", &format!("{text}{settings}"));
    dir
}

/// The `Author` that pdfinfo reads from a PDF's metadata (`""` when it has none).
fn pdf_author(pdf: &Path) -> String {
    poppler("pdfinfo", &[arg(pdf)])
        .lines()
        .find_map(|line| line.strip_prefix("Author:"))
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[test]
fn the_settings_author_is_every_articles_and_the_deck_alones() {
    let settings = format!("author: \"{WRITTEN}\"\nbase_url: https://practice.example.org/\n");
    let dir = practice("couples/", &settings);
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let byline = |name| format!("<span class=\"author\">{name}</span>");

    // Every article page names her; the couples article keeps its own author.
    for page in ["index.html", "letting-go/index.html"] {
        let html = read(&site, page);
        assert!(html.contains(&byline(PRINTED)), "{page}: {html}");
        assert!(html.contains(&format!("by {PRINTED}.</p>")), "{page}");
    }
    let couples = read(&site, "couples/index.html");
    assert!(couples.contains(&byline("Ada Example")), "{couples}");
    assert!(!couples.contains(PRINTED), "{couples}");
    // The deck alone's pages end with its title and her name.
    let teens = read(&site, "teens/questions/index.html");
    assert!(
        teens.contains(&format!("Teens Deck, by {PRINTED}.")),
        "{teens}"
    );
    // The feed names her for itself, and each entry its article's author.
    let feed = read(&site, "feed.xml");
    let named = format!("<author><name>{PRINTED}</name></author>");
    assert_eq!(feed.matches(&named).count(), 3, "{feed}");
    assert!(feed.contains("<author><name>Ada Example</name></author>"));

    if skip_without_poppler() {
        return;
    }
    for (folder, author) in [
        ("", PRINTED),
        ("couples/", "Ada Example"),
        ("teens/", PRINTED),
    ] {
        for file in [
            "booklet-a5.pdf",
            "booklet-to-fold.pdf",
            "cards-to-cut-out.pdf",
        ] {
            let pdf = site.join(format!("{folder}{file}"));
            assert_eq!(pdf_author(&pdf), author, "{folder}{file}");
        }
    }
    // The deck alone prints her name where a piece with an article prints its author: on the
    // booklet's cover and on the title card.
    for file in ["booklet-a5.pdf", "cards-to-cut-out.pdf"] {
        let text = pdf_text(&site.join("teens").join(file));
        assert!(text.contains(PRINTED), "teens/{file}: {text}");
    }
}

#[test]
fn an_article_without_an_author_and_no_settings_author_is_located() {
    let dir = practice("", "");
    let stderr = build_error(dir.path());
    assert!(
        stderr.contains("content/letting-go/article.md:2: the article names no author"),
        "{stderr}"
    );
    assert!(stderr.contains("add a line `author: \"Your Name\"` to this header"));
    assert!(stderr.contains("once for every article, the same line to content/settings.yaml"));
    // (Without either, the deck alone names nobody: tests/practice.rs checks that.)
}

#[test]
fn an_empty_or_cut_settings_author_is_located() {
    for written in ["author:\n", "author: \"  \"\n"] {
        let dir = practice("", written);
        let stderr = build_error(dir.path());
        assert!(
            stderr.contains("content/settings.yaml:3:") && stderr.contains("`author` is empty"),
            "{written}: {stderr}"
        );
        assert!(
            stderr.contains("write your name after `author:`"),
            "{stderr}"
        );
        assert!(!stderr.contains("names no author"), "{stderr}");
    }
    let dir = practice("", "author: Marie Dupont #1 in town\n");
    let out = build_ok(dir.path(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "warning: content/settings.yaml:3:22: the `author` stops at \"Marie Dupont\""
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("author: \"Marie Dupont #1 in town\""),
        "{stderr}"
    );
}
