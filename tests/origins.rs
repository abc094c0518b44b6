//! Problems are reported at the value they are about (file:line:column), each once, all of
//! them: the source map made when the content is read, seen from the real binary.

mod common;

use std::path::Path;

use common::{build_error, deckle, small_project, write_content};

/// The lines of `stderr` that hold `needle`.
fn lines_with<'a>(stderr: &'a str, needle: &str) -> Vec<&'a str> {
    stderr.lines().filter(|l| l.contains(needle)).collect()
}

/// Builds the project in `dir` with `questions` as its questions file and insists that the
/// failure holds exactly one line with `problem`, and that it reads `located` there.
fn reported_once(dir: &Path, questions: &str, problem: &str, located: &str) -> String {
    write_content(dir, "questions.yaml", questions);
    let stderr = build_error(dir);
    let found = lines_with(&stderr, problem);
    assert_eq!(found.len(), 1, "{stderr}");
    assert!(found[0].contains(located), "{stderr}");
    stderr
}

const HEAD: &str =
    "title: \"Test Deck\"\nquestions:\n  - id: first\n    text: \"What is first?\"\n";

#[test]
fn an_overlong_question_is_reported_once_at_its_text() {
    let project = small_project();
    let long = "Why do we talk about this again and again? ".repeat(20);
    let stderr = reported_once(
        project.path(),
        &format!("{HEAD}  - id: endless\n    text: \"{long}\"\n"),
        "does not fit",
        "content/questions.yaml:6:11: question 2 (`endless`) does not fit",
    );
    assert!(!stderr.contains("also:"), "{stderr}");
}

#[test]
fn a_character_the_fonts_lack_is_reported_once_at_its_text() {
    let project = small_project();
    reported_once(
        project.path(),
        &format!("{HEAD}  - id: love\n    text: \"What does 愛 mean to you?\"\n"),
        "“愛” (U+611B)",
        "content/questions.yaml:6:11: question 2 (`love`) contains “愛”",
    );
}

#[test]
fn flow_style_and_multi_line_strings_are_located_right() {
    let project = small_project();
    let questions = "title: \"Test Deck\"\n\
        # id: this comment is no question\n\
        questions:\n\
        \x20 - {id: first, text: \"What is 愛?\"}\n\
        \x20 - id: second\n\
        \x20   text: |\n\
        \x20     A question over\n\
        \x20     two lines with 愛\n";
    write_content(project.path(), "questions.yaml", questions);
    let stderr = build_error(project.path());
    let flow = lines_with(&stderr, "question 1 (`first`) contains");
    assert_eq!(flow.len(), 1, "{stderr}");
    assert!(
        flow[0].contains("content/questions.yaml:4:23: "),
        "{stderr}"
    );
    let block = lines_with(&stderr, "question 2 (`second`) contains");
    assert_eq!(block.len(), 1, "{stderr}");
    assert!(
        block[0].contains("content/questions.yaml:7:7: "),
        "{stderr}"
    );
}

#[test]
fn a_bad_colour_in_the_settings_is_reported_at_its_value() {
    let project = small_project();
    write_content(
        project.path(),
        "settings.yaml",
        "title: \"Test Site\"\ndeck:\n  colours:\n    accent: \"red\"\n",
    );
    let stderr = build_error(project.path());
    assert!(
        stderr.contains("content/settings.yaml:4:13: `red` is not a colour"),
        "{stderr}"
    );
    assert!(stderr.contains("help: write colours as #"), "{stderr}");
}

#[test]
fn several_problems_in_one_file_are_all_reported() {
    let project = small_project();
    write_content(
        project.path(),
        "settings.yaml",
        "language: \"english please\"\nbase_url: example.org\nbooklet:\n  answer_lines: 40\n",
    );
    write_content(
        project.path(),
        "questions.yaml",
        &format!(
            "{HEAD}  - id: first\n    text: \"Again?\"\n  - id: Third One\n    text: \"  \"\n"
        ),
    );
    let out = deckle(project.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    for expected in [
        "content/settings.yaml:1:11: `language: english please` is not a language code",
        "content/settings.yaml:2:11: `base_url: example.org` must start with",
        "content/settings.yaml:4:17: `answer_lines: 40` is too many",
        "content/questions.yaml:5:9: question 2 has the id `first`, already used by question 1",
        "content/questions.yaml:7:9: question 3 has the id `Third One`",
        "content/questions.yaml:8:11: question 3 (`Third One`) has no text",
    ] {
        assert_eq!(
            lines_with(&stderr, expected).len(),
            1,
            "{expected}\n{stderr}"
        );
    }
}
