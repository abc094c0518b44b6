//! `deckle check`: every problem listed at once, nothing written.

mod common;

use common::*;

/// Runs `deckle check` on a copy of a fixture project; returns (exit code, stdout, stderr).
fn check(fixture_name: &str) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(fixture_name), dir.path());
    let out = deckle(dir.path(), &["check"]);
    assert!(!dir.path().join("output").exists(), "check wrote output/");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn lists_every_problem_in_every_file() {
    let (code, _, err) = check("check-many-problems");
    assert_eq!(code, Some(1), "{err}");
    for expected in [
        "content/settings.yaml:2:1: unknown key `langauge`",
        "did you mean `language`?",
        "content/article.md:1:1: the article has no header",
        "content/questions.yaml:5:9: question 2 has the id `first`, already used by question 1",
        "content/questions.yaml:7:9: question 3 has the id `Third Question`",
        "content/questions.yaml:10:11: question 4 (`fourth`) has no text",
        "templates/question.html:3:",
        "6 problems found.",
    ] {
        assert!(err.contains(expected), "missing `{expected}` in:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn lists_every_broken_link() {
    let (code, _, err) = check("check-broken-links");
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("`no-such-page.html`"), "{err}");
    assert!(err.contains("`images/drawing.png`"), "{err}");
    assert!(err.contains("2 problems found."), "{err}");
}

#[test]
fn a_good_project_gets_one_ok_line() {
    let (code, out, err) = check("small");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with("OK:")
            && out.contains("3 questions")
            && out.contains(" and 4 PDFs are fine"),
        "{out}"
    );
    // Only the booklet's warning about the fixture's SVG picture, which it leaves out.
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
    assert!(
        err.starts_with(
            "warning: content/article.md:13:1: the picture `images/pic.svg` is left out"
        ),
        "{err}"
    );
}
