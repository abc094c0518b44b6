//! Careless or hostile content files (issue 12, points 9 and 11): accepted where the intent is
//! clear, refused quickly otherwise, each time at the place and with the fix.

mod common;

use std::time::Instant;

use common::{build_error, build_ok, read_content, small_project, write_content};

#[test]
fn files_saved_with_a_byte_order_mark_build() {
    let project = small_project();
    for name in ["settings.yaml", "questions.yaml"] {
        let text = read_content(project.path(), name);
        write_content(project.path(), name, &format!("\u{feff}{text}"));
    }
    build_ok(project.path(), &[]);
}

#[test]
fn a_tab_in_the_indentation_is_named_with_the_fix() {
    let project = small_project();
    let text = read_content(project.path(), "questions.yaml").replacen("    text:", "\ttext:", 1);
    write_content(project.path(), "questions.yaml", &text);
    let stderr = build_error(project.path());
    assert!(
        stderr.contains("content/questions.yaml:6:1: this line is indented with a tab"),
        "{stderr}"
    );
    assert!(stderr.contains("spaces"), "{stderr}");
}

#[test]
fn careless_values_are_errors_with_the_fix() {
    let project = small_project();
    write_content(
        project.path(),
        "settings.yaml",
        "base_url: \"https://example.org/<b>\"\ndeck:\n  colours:\n    text: \"##123456\"\n",
    );
    let text = read_content(project.path(), "questions.yaml").replacen(
        "What’s the first thing?",
        "What’s the \\a first thing?",
        1,
    );
    write_content(project.path(), "questions.yaml", &text);
    let article =
        read_content(project.path(), "article.md").replacen("date: 2024", "date: 0024", 1);
    write_content(project.path(), "article.md", &article);
    let stderr = build_error(project.path());
    for expected in [
        "content/settings.yaml:4:11: `##123456` is not a colour",
        "content/questions.yaml:6:11: the `text` of question 1 holds an invisible control character (U+0007)",
        "is not a date",
        "four-digit year",
    ] {
        assert!(
            stderr.contains(expected),
            "missing `{expected}` in:\n{stderr}"
        );
    }
    // Checked once the file has parsed, like every value that parses but makes no sense.
    write_content(
        project.path(),
        "settings.yaml",
        "base_url: \"https://example.org/\\\"cards\"\n",
    );
    let stderr = build_error(project.path());
    assert!(
        stderr.contains("content/settings.yaml:1:11: `base_url: https://example.org/\"cards` is not a web address"),
        "{stderr}"
    );
    assert!(stderr.contains("quotes or angle brackets"), "{stderr}");
}

#[test]
fn repeated_anchors_and_deep_nesting_are_refused_quickly() {
    let project = small_project();
    let mut bomb = format!("a0: &a0 \"{}\"\n", "x".repeat(100_000));
    for level in 1..6 {
        let refs = vec![format!("*a{}", level - 1); 30].join(", ");
        bomb.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
    }
    let started = Instant::now();
    write_content(project.path(), "questions.yaml", &bomb);
    let stderr = build_error(project.path());
    // The first level repeats 3 million characters; the second goes past the limit.
    assert!(stderr.contains("content/questions.yaml:3:"), "{stderr}");
    assert!(stderr.contains("repeats anchored values"), "{stderr}");

    let deep = format!("title: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    write_content(project.path(), "questions.yaml", &deep);
    let stderr = build_error(project.path());
    assert!(
        stderr.contains("nested more than 64 levels deep"),
        "{stderr}"
    );
    // Both refused before any parser spends real time on them (a debug build, so generous).
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn an_unquoted_hash_that_cuts_a_question_short_is_warned_at_its_line() {
    let project = small_project();
    let deck = read_content(project.path(), "questions.yaml");
    let cut = deck.replace(
        "    text: \"What’s the last thing?\"",
        "    text: What is your #1 wish?",
    );
    assert_ne!(cut, deck);
    write_content(project.path(), "questions.yaml", &cut);
    for command in ["build", "check"] {
        let out = common::deckle(project.path(), &[command]);
        assert!(out.status.success(), "{command}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(
                "warning: content/questions.yaml:12:24: the `text` of question 3 stops at \"What is your\""
            ),
            "{command}: {stderr}"
        );
        assert!(
            stderr.contains("put the whole text in quotes: text: \"What is your #1 wish?\""),
            "{command}: {stderr}"
        );
    }
    // Quoted, it is the whole question, without a word.
    write_content(
        project.path(),
        "questions.yaml",
        &cut.replace("What is your #1 wish?", "\"What is your #1 wish?\""),
    );
    let out = build_ok(project.path(), &[]);
    // (The small fixture's SVG picture still gets the booklet's warning.)
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("stops at"), "{stderr}");
    let page = common::read(&project.path().join("output"), "questions/last.html");
    assert!(page.contains("What is your #1 wish?"), "{page}");
}

#[test]
fn a_near_miss_of_a_file_deckle_reads_is_named_with_its_right_name() {
    let project = small_project();
    let dir = project.path().join("content");
    std::fs::rename(dir.join("questions.yaml"), dir.join("questions.yml")).unwrap();
    std::fs::create_dir(dir.join("teens")).unwrap();
    std::fs::write(
        dir.join("teens/Article.md"),
        "---\ntitle: \"Teens\"\nauthor: \"A Writer\"\ndate: 2024-05-01\n---\n\nHi.\n",
    )
    .unwrap();
    // A Word draft beside the article is no near miss: it stays a file that is not published.
    std::fs::write(dir.join("article.docx"), "a draft").unwrap();
    let stderr = build_error(project.path());
    for expected in [
        "content/questions.yml: deckle does not read this file: it reads `questions.yaml`",
        "help: rename the file to `questions.yaml`",
        "content/teens/Article.md: deckle does not read this file: it reads `article.md`",
    ] {
        assert!(
            stderr.contains(expected),
            "missing `{expected}` in:\n{stderr}"
        );
    }
    assert!(
        !stderr.contains("content/questions.yaml: this file is missing"),
        "the near miss is the one problem: {stderr}"
    );
    assert!(!stderr.contains("article.docx"), "{stderr}");

    // Renamed, both build; the Word draft is left out with a warning.
    std::fs::rename(dir.join("questions.yml"), dir.join("questions.yaml")).unwrap();
    std::fs::rename(dir.join("teens/Article.md"), dir.join("teens/article.md")).unwrap();
    let out = build_ok(project.path(), &[]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("content/article.docx: this file is not published"),
        "{said}"
    );
    assert!(project.path().join("output/teens/index.html").exists());
}

#[test]
fn a_missing_home_file_says_a_practice_may_use_folders_instead() {
    let project = small_project();
    std::fs::remove_file(project.path().join("content/article.md")).unwrap();
    let stderr = build_error(project.path());
    assert!(
        stderr.contains("content/article.md: this file is missing"),
        "{stderr}"
    );
    assert!(stderr.contains("content/<name>/article.md"), "{stderr}");
    assert!(
        !stderr.contains("has no name"),
        "one problem, not two: {stderr}"
    );
}

#[test]
fn an_unquoted_hash_in_an_article_or_page_header_is_warned_at_its_line() {
    let project = small_project();
    let article = read_content(project.path(), "article.md");
    let title = article.lines().find(|l| l.starts_with("title:")).unwrap();
    write_content(
        project.path(),
        "article.md",
        &article.replacen(title, "title: Our #1 tip", 1),
    );
    write_content(
        project.path(),
        "about.md",
        "---\ntitle: About\ndescription: Couples #2 and more\n---\n\nHello.\n",
    );
    let out = build_ok(project.path(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "warning: content/article.md:2:12: the `title` stops at \"Our\"",
        "put the whole text in quotes: title: \"Our #1 tip\"",
        "warning: content/about.md:3:22: the `description` stops at \"Couples\"",
    ] {
        assert!(
            stderr.contains(expected),
            "missing `{expected}` in:\n{stderr}"
        );
    }
}
