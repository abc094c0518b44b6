//! Text far longer than its place (issue 12, point 8): a whole article pasted as a question or
//! as the article's description is refused with the usual "does not fit" error and its
//! location, and a very long paragraph or heading in the article is set in the booklet.
//! How long these take is measured by hand with the release build (CONTRIBUTING.md), never
//! asserted here.

mod common;

use std::fs;
use std::path::Path;

use common::{build_error, build_ok, seed_project};

/// `count` words of ordinary prose.
fn words(count: usize) -> String {
    let words = [
        "empathy",
        "helps",
        "partners",
        "feel",
        "seen,",
        "heard",
        "and",
        "understood",
        "by",
        "each",
        "other.",
    ];
    (0..count)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replaces `from` by `to` in the project's `content/file`, which must hold it.
fn edit(project: &Path, file: &str, from: &str, to: &str) {
    let path = project.join("content").join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from} is not in {file}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_ten_thousand_word_question_does_not_fit() {
    let project = seed_project();
    edit(
        project.path(),
        "questions.yaml",
        "text: \"When do you feel most loved by me?\"",
        &format!("text: \"{}\"", words(10_000)),
    );
    let stderr = build_error(project.path());
    assert!(
        stderr.contains(
            "content/questions.yaml:12:11: question 2 (`most-loved`) does not fit on a 63 × 88 mm card, even at 11 pt"
        ),
        "{stderr}"
    );
}

#[test]
fn a_twenty_thousand_word_description_is_too_long() {
    let project = seed_project();
    let article = project.path().join("content/article.md");
    let text = fs::read_to_string(&article).unwrap();
    let start = text.find("description: \"").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    let long = format!("description: \"{}\"", words(20_000));
    fs::write(
        &article,
        format!("{}{long}{}", &text[..start], &text[end..]),
    )
    .unwrap();
    let stderr = build_error(project.path());
    assert!(
        stderr.contains("content/article.md:6:14: the article's `description` is too long"),
        "{stderr}"
    );
}

#[test]
fn a_fifty_thousand_word_paragraph_and_a_long_heading_are_set() {
    let project = seed_project();
    edit(
        project.path(),
        "article.md",
        "Ready to transform the relationship with your partner?",
        &format!(
            "{}\n\n## {}\n\nReady to transform the relationship with your partner?",
            words(50_000),
            words(2_000)
        ),
    );
    build_ok(project.path(), &[]);
    let booklet = fs::read(project.path().join("output/booklet-a5.pdf"));
    assert!(booklet.is_ok_and(|bytes| bytes.len() > 100_000));
}
