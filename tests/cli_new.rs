//! `deckle new NAME`: a new piece that builds at once, in the project's language, and never a
//! file written where something is already there.

mod common;

use std::path::Path;
use std::process::Output;

use common::*;

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `deckle new ARGS` in `dir`, dated 2023-11-14 (SOURCE_DATE_EPOCH), insisting it succeeds.
fn new_ok(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["new"];
    all.extend_from_slice(args);
    let out = deckle_with_env(dir, &all, &[("SOURCE_DATE_EPOCH", "1700000000")]);
    assert!(out.status.success(), "{}", stderr(&out));
    out
}

/// `deckle new ARGS` in `dir`, insisting it fails with code 1 and leaves `content/` as it was;
/// what it printed on stderr.
fn new_refused(dir: &Path, args: &[&str]) -> String {
    let before = snapshot(&dir.join("content"));
    let before_entries = entries(dir);
    let mut all = vec!["new"];
    all.extend_from_slice(args);
    let out = deckle(dir, &all);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("Nothing was written."), "{err}");
    assert!(
        snapshot(&dir.join("content")) == before,
        "content/ changed: {err}"
    );
    assert_eq!(entries(dir), before_entries, "a folder was made: {err}");
    err
}

/// Every folder and file below `content/` of the project in `dir`.
fn entries(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir.join("content"))
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .collect()
}

#[test]
fn a_new_piece_builds_at_once_and_the_home_page_links_to_it() {
    let project = seed_project();
    let dir = project.path();
    let before = entries(dir);
    let said = stdout(&new_ok(dir, &["letting-go"]));
    // The piece's folder and its two files, and nothing else (no folder it was written in).
    assert_eq!(entries(dir).len(), before.len() + 3, "{:?}", entries(dir));
    for expected in [
        "content/letting-go/article.md",
        "content/letting-go/questions.yaml",
        "deckle serve",
        "http://127.0.0.1:8000/letting-go/",
        "letting-go/",
        "Tim Jackson, LMFT",
    ] {
        assert!(said.contains(expected), "{expected}: {said}");
    }
    let article = read_content(dir, "letting-go/article.md");
    assert!(article.contains("title: \"Letting go\"\n"), "{article}");
    assert!(article.contains("date: 2023-11-14\n"), "{article}");
    assert!(
        article.contains("author: \"Tim Jackson, LMFT\"\n"),
        "the home article's author: {article}"
    );
    let deck = read_content(dir, "letting-go/questions.yaml");
    assert_eq!(deck.matches("  - id: ").count(), 3, "{deck}");
    assert_eq!(deck.matches("    category: ").count(), 3, "{deck}");

    build_ok(dir, &[]);
    let site = dir.join("output");
    for file in [
        "index.html",
        "print.html",
        "draw.html",
        "questions/index.html",
        "cards-to-cut-out.pdf",
        "cards-print-shop.pdf",
        "booklet-a5.pdf",
        "booklet-to-fold.pdf",
    ] {
        assert!(site.join("letting-go").join(file).is_file(), "{file}");
    }
    assert!(read(&site, "letting-go/index.html").contains("Letting go"));
    let home = read(&site, "index.html");
    assert!(home.contains("href=\"letting-go/index.html\""), "{home}");
    assert!(deckle::links::broken_links(&site).unwrap().is_empty());
}

#[test]
fn a_french_project_gets_french_examples_and_one_file_when_asked() {
    let project = seed_in_language("fr", "author: \"Marie Dupont\"\n");
    let dir = project.path();
    let said = stdout(&new_ok(dir, &["lacher-prise"]));
    assert!(said.contains("Marie Dupont"), "{said}");
    let article = read_content(dir, "lacher-prise/article.md");
    assert!(article.contains("title: \"Lacher prise\"\n"), "{article}");
    assert!(
        !article.contains("author:"),
        "the settings name the author: {article}"
    );
    assert!(article.contains("Ceci est un exemple"), "{article}");
    let deck = read_content(dir, "lacher-prise/questions.yaml");
    assert!(deck.contains("Pour commencer"), "{deck}");
    assert!(!deck.contains("Getting started"), "{deck}");

    new_ok(dir, &["soirees", "--deck-only"]);
    assert!(dir.join("content/soirees/questions.yaml").is_file());
    assert!(!dir.join("content/soirees/article.md").exists());
    new_ok(dir, &["seul", "--article-only"]);
    assert!(dir.join("content/seul/article.md").is_file());
    assert!(!dir.join("content/seul/questions.yaml").exists());

    build_ok(dir, &[]);
    let site = dir.join("output");
    let questions = read(&site, "lacher-prise/questions/index.html");
    assert!(questions.contains("Pour commencer"), "{questions}");
    assert!(site.join("soirees/print.html").is_file());
    assert!(site.join("seul/index.html").is_file());
    assert!(!site.join("seul/print.html").exists());
}

#[test]
fn without_an_author_the_header_has_a_placeholder_and_deckle_says_so() {
    let project = seed_project();
    let dir = project.path();
    std::fs::remove_file(dir.join("content/article.md")).unwrap();
    let out = new_ok(dir, &["letting-go", "--article-only"]);
    let article = read_content(dir, "letting-go/article.md");
    assert!(article.contains("author: \"Your Name\"\n"), "{article}");
    let err = stderr(&out);
    assert!(err.contains("replace it with your name"), "{err}");
}

#[test]
fn every_language_of_deckle_gets_examples_that_build_in_it() {
    for (tag, title) in [
        ("de", "Zum Einstieg"),
        ("es", "Para empezar"),
        ("it", "Per cominciare"),
        ("nl", "Om te beginnen"),
        ("pt-BR", "Para começar"),
    ] {
        let project = seed_in_language(tag, "");
        let dir = project.path();
        let out = new_ok(dir, &["abc"]);
        assert!(stderr(&out).is_empty(), "{tag}: {}", stderr(&out));
        let article = read_content(dir, "abc/article.md");
        assert!(!article.contains("This is an example"), "{tag}: {article}");
        build_ok(dir, &[]);
        let questions = read(&dir.join("output"), "abc/questions/index.html");
        assert!(questions.contains(title), "{tag}: {questions}");
    }
}

#[test]
fn a_language_without_examples_gets_english_ones_with_a_note() {
    let project = seed_in_language("sv", "");
    let dir = project.path();
    let out = new_ok(dir, &["avsked"]);
    assert!(read_content(dir, "avsked/article.md").contains("This is an example"));
    let err = stderr(&out);
    assert!(err.contains("no example texts in `language: sv`"), "{err}");
    assert!(err.contains("in English"), "{err}");
}

#[test]
fn bad_names_and_existing_folders_are_refused_and_nothing_is_written() {
    let project = seed_project();
    let dir = project.path();
    let err = new_refused(dir, &["Letting Go"]);
    assert!(err.contains("content/Letting Go"), "{err}");
    assert!(
        err.contains("run `deckle new` with `letting-go`"),
        "the fix, for a folder not there yet: {err}"
    );
    let err = new_refused(dir, &["Lâcher-prise"]);
    assert!(
        err.contains("`lacher-prise`"),
        "accents dropped in the fix: {err}"
    );
    for reserved in ["questions", "static"] {
        let err = new_refused(dir, &[reserved]);
        assert!(err.contains(&format!("`my-{reserved}`")), "{err}");
    }

    std::fs::create_dir(dir.join("content/letting-go")).unwrap();
    write_content(dir, "letting-go/article.md", "mine");
    let err = new_refused(dir, &["letting-go", "--deck-only"]);
    assert!(err.contains("content/letting-go"), "{err}");
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(read_content(dir, "letting-go/article.md"), "mine");

    let empty = tempfile::tempdir().unwrap();
    let out = deckle(empty.path(), &["new", "letting-go"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("deckle init"), "{}", stderr(&out));
    assert!(std::fs::read_dir(empty.path()).unwrap().next().is_none());
}

#[test]
fn a_piece_added_to_a_project_from_init_builds_and_asks_for_a_name() {
    let dir = tempfile::tempdir().unwrap();
    assert!(deckle(dir.path(), &["init"]).status.success());
    let out = new_ok(dir.path(), &["teens"]);
    let err = stderr(&out);
    assert!(
        err.contains("replace it with your name"),
        "init's \"Your Name\" is no one's name: {err}"
    );
    build_ok(dir.path(), &[]);
    assert!(dir.path().join("output/teens/print.html").is_file());
}
