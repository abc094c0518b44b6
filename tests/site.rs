//! The website as a reader and a host would check it: pages, words, links, escaping,
//! reproducibility, and what happens with bad input.

mod common;

use common::*;

/// The seed's 20 questions, word for word.
const SEED_QUESTIONS: [&str; 20] = [
    "What is something you’re afraid to share with others but feel safe sharing with me?",
    "When do you feel most loved by me?",
    "What childhood memory has shaped the way you approach our relationship?",
    "What’s something you’ve struggled with internally but haven’t felt comfortable talking about?",
    "What do you fear most about our future together?",
    "How do you feel when we argue, and how can I support you better in those moments?",
    "What insecurities do you have that impact our relationship, and how can I help ease them?",
    "When was the last time you felt vulnerable or scared, and how did I respond to it?",
    "What’s something you’ve always wanted to do or be but felt held back from, and why?",
    "What is one thing I do that makes you feel truly seen or understood?",
    "How do you handle feelings of loneliness or disconnection in our relationship?",
    "What’s a personal or relational wound you’re still healing from, and how can I support that process?",
    "What’s something you need from me emotionally that you feel I haven’t fully understood?",
    "When do you feel like you’re not enough in this relationship, and what could change that?",
    "What’s a fear or concern you have about love or intimacy that you haven’t fully shared with me yet?",
    "How do you feel loved or appreciated differently than how I express love to you?",
    "What is a way I could better show you that I respect and value you?",
    "What do you think is the biggest obstacle we face in building a stronger emotional connection?",
    "What are you most afraid of losing in our relationship, and why?",
    "What do you wish I knew about your inner world that I haven’t asked yet?",
];

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;")
}

#[test]
fn seed_site_has_every_page_question_and_date() {
    let project = seed_project();
    let out = build_ok(project.path(), &[]);
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("Built 25 pages"), "{summary}");
    let site = project.path().join("output");

    for page in [
        "index.html",
        "questions/index.html",
        "draw.html",
        "print.html",
        "404.html",
        "style.css",
        "favicon.svg",
        "draw.js",
    ] {
        assert!(site.join(page).is_file(), "{page} is missing");
    }
    let home = read(&site, "index.html");
    assert!(
        home.contains("Unlocking the Power of Empathy: How It Can Transform Your Relationship")
    );
    assert!(home.contains("Tim Jackson, LMFT"));
    assert!(home.contains("Sep 30, 2024"));
    assert!(home.contains("Updated <time datetime=\"2025-02-19\">Feb 19, 2025</time>"));
    // About 400 words at 200 words a minute.
    assert!(home.contains("2 min read"), "reading time");
    assert!(
        home.contains("each other’s emotions, needs, and fears"),
        "article prose, apostrophe kept"
    );

    let list = read(&site, "questions/index.html");
    let draw = read(&site, "draw.html");
    for (index, question) in SEED_QUESTIONS.iter().enumerate() {
        assert!(
            list.contains(question),
            "question {} not on the list page",
            index + 1
        );
        assert!(
            draw.contains(question),
            "question {} not in the no-script deck",
            index + 1
        );
    }
    // Each question's own page, numbered, with previous/next.
    let pages: Vec<_> = std::fs::read_dir(site.join("questions")).unwrap().collect();
    assert_eq!(pages.len(), 21);
    let seventh = read(&site, "questions/insecurities.html");
    assert!(seventh.contains(SEED_QUESTIONS[6]));
    assert!(seventh.contains("Question 7 of 20"));
    assert!(seventh.contains("href=\"../questions/when-we-argue.html\" rel=\"prev\""));
    assert!(seventh.contains("href=\"../questions/last-time-vulnerable.html\" rel=\"next\""));
    assert!(seventh.contains("href=\"../questions/index.html#insecurities\""));
    let first = read(&site, "questions/safe-to-share.html");
    assert!(
        !first.contains("rel=\"prev\""),
        "the first question has no previous"
    );

    let broken = deckle::links::broken_links(&site).unwrap();
    assert!(broken.is_empty(), "broken links: {broken:#?}");
    assert!(
        !site.join("sitemap.xml").exists(),
        "no sitemap without base_url"
    );
}

#[test]
fn a_large_deck_gets_every_question_page_linked_to_its_neighbours() {
    // Enough questions for the pages to be written on several threads.
    let project = tempfile::tempdir().unwrap();
    let content = project.path().join("content");
    copy_dir(&repo().join("content"), &content);
    let count = 1_100;
    let mut yaml = String::from("title: \"A large deck\"\nquestions:\n");
    for n in 1..=count {
        yaml.push_str(&format!(
            "  - id: q{n}\n    text: \"Question number {n}?\"\n"
        ));
    }
    std::fs::write(content.join("questions.yaml"), yaml).unwrap();
    build_ok(project.path(), &[]);
    let site = project.path().join("output");
    for n in 1..=count {
        let page = read(&site, &format!("questions/q{n}.html"));
        assert!(page.contains(&format!("Question number {n}?")), "q{n}");
        assert_eq!(
            page.contains(&format!(
                "href=\"../questions/q{}.html\" rel=\"prev\"",
                n - 1
            )),
            n > 1,
            "q{n}"
        );
        assert_eq!(
            page.contains(&format!(
                "href=\"../questions/q{}.html\" rel=\"next\"",
                n + 1
            )),
            n < count,
            "q{n}"
        );
    }
}

#[test]
fn questions_are_escaped_and_content_files_copied() {
    let project = small_project();
    build_ok(project.path(), &[]);
    let site = project.path().join("output");
    let page = read(&site, "questions/tricky.html");
    assert!(!page.contains("<script>alert"), "raw script in output");
    assert!(page.contains(&html_escape(
        "Is <script>alert(‘x’)</script> & “this” escaped?"
    )));
    assert!(page.contains("What else?"), "follow-up shown");
    assert!(
        read(&site, "questions/index.html").contains("Warm-up"),
        "category shown"
    );
    assert_eq!(
        read(&site, "images/pic.svg"),
        read(&project.path().join("content"), "images/pic.svg")
    );
    let home = read(&site, "index.html");
    assert!(home.contains("<html lang=\"en-GB\">"));
    assert!(
        home.contains("It’s a <em>small</em> article"),
        "smart punctuation"
    );
    assert!(home.contains("id=\"why-we-talk\""), "heading anchor");
    assert!(home.contains("footnote"), "footnotes");
    assert!(deckle::links::broken_links(&site).unwrap().is_empty());
    for private in ["article.md", "questions.yaml", "settings.yaml"] {
        assert!(
            !site.join(private).exists(),
            "{private} must not be published"
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let project = seed_project();
    build_ok(project.path(), &[]);
    let first = snapshot(&project.path().join("output"));
    build_ok(project.path(), &["--out", "second"]);
    let second = snapshot(&project.path().join("second"));
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &first {
        assert!(bytes == &second[name], "{name} differs between builds");
    }
}

#[test]
fn base_url_adds_sitemap_canonical_and_absolute_404_links() {
    let project = small_project();
    build_ok(project.path(), &["--base-url", "https://example.org/cards"]);
    let site = project.path().join("output");
    let sitemap = read(&site, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/cards/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/cards/questions/tricky.html</loc>"));
    assert!(sitemap.contains("<lastmod>2024-03-10</lastmod>"));
    assert!(read(&site, "robots.txt").contains("Sitemap: https://example.org/cards/sitemap.xml"));
    let question = read(&site, "questions/first.html");
    assert!(question.contains(
        "<link rel=\"canonical\" href=\"https://example.org/cards/questions/first.html\">"
    ));
    assert!(
        question.contains("href=\"../style.css\""),
        "links stay relative"
    );
    assert!(read(&site, "404.html").contains("href=\"https://example.org/cards/style.css\""));
}

#[test]
fn user_templates_override_one_file_and_keep_the_rest() {
    let project = small_project();
    let templates = project.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("question.html"),
        "{% extends \"base.html\" %}{% block content %}<p class=\"mine\">{{ question.text }}</p>{% endblock content %}",
    )
    .unwrap();
    std::fs::write(
        templates.join("style.css"),
        "body { color: rebeccapurple; }\n",
    )
    .unwrap();
    build_ok(project.path(), &[]);
    let site = project.path().join("output");
    assert!(
        read(&site, "questions/first.html")
            .contains("<p class=\"mine\">What’s the first thing?</p>")
    );
    assert!(
        read(&site, "questions/index.html").contains("question-list"),
        "built-in list template still used"
    );
    // The writer's stylesheet, then what deckle adds to every one: the web fonts and the
    // deck's colours as custom properties.
    let style = read(&site, "style.css");
    assert!(
        style.starts_with("body { color: rebeccapurple; }\n\n/* Vollkorn"),
        "{style}"
    );
    assert!(style.contains("--card-ratio: 63 / 88; }"), "{style}");
}

#[test]
fn stale_files_do_not_survive_a_build() {
    let project = small_project();
    build_ok(project.path(), &[]);
    let site = project.path().join("output");
    let questions = project.path().join("content/questions.yaml");
    let text = std::fs::read_to_string(&questions)
        .unwrap()
        .replace("id: last", "id: final");
    std::fs::write(&questions, text).unwrap();
    build_ok(project.path(), &[]);
    assert!(site.join("questions/final.html").exists());
    assert!(
        !site.join("questions/last.html").exists(),
        "stale page survived"
    );
}

/// Replaces one file of a fresh small project with a bad fixture and returns the build's error.
fn error_with(fixture_file: &str, into: &str) -> String {
    let project = small_project();
    let target = project.path().join(into);
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(fixture(&format!("bad/{fixture_file}")), &target).unwrap();
    let error = build_error(project.path());
    assert!(
        !project.path().join("output").exists(),
        "a failed first build wrote output/"
    );
    error
}

#[test]
fn malformed_yaml_names_file_and_line() {
    let error = error_with("questions-malformed.yaml", "content/questions.yaml");
    assert!(error.contains("content/questions.yaml:6:"), "{error}");
    assert!(error.contains("not valid YAML"), "{error}");
    assert!(error.contains("help:"), "{error}");
}

#[test]
fn missing_field_names_the_key_and_question() {
    let error = error_with("questions-missing-text.yaml", "content/questions.yaml");
    assert!(error.contains("content/questions.yaml:5:"), "{error}");
    assert!(
        error.contains("required key `text` is missing (in question 2)"),
        "{error}"
    );
}

#[test]
fn unknown_key_suggests_the_right_one() {
    let error = error_with("questions-unknown-key.yaml", "content/questions.yaml");
    assert!(
        error.contains("content/questions.yaml:6:5: unknown key `txt`"),
        "{error}"
    );
    assert!(error.contains("did you mean `text`?"), "{error}");
    let error = error_with("settings-unknown-key.yaml", "content/settings.yaml");
    assert!(
        error.contains("content/settings.yaml:2:1: unknown key `langauge`"),
        "{error}"
    );
    assert!(error.contains("did you mean `language`?"), "{error}");
}

#[test]
fn duplicate_and_empty_ids_are_located() {
    let error = error_with("questions-duplicate-id.yaml", "content/questions.yaml");
    assert!(
        error.contains(
            "content/questions.yaml:7:9: question 3 has the id `first`, already used by question 1"
        ),
        "{error}"
    );
    let error = error_with("questions-empty-id.yaml", "content/questions.yaml");
    assert!(
        error.contains("content/questions.yaml:5:9: question 2 has an empty `id`"),
        "{error}"
    );
}

#[test]
fn bad_date_is_explained() {
    let error = error_with("article-bad-date.md", "content/article.md");
    assert!(
        error.contains("content/article.md:4:7: `30/09/2024` is not a date"),
        "{error}"
    );
    assert!(error.contains("like 2024-09-30"), "{error}");
}

#[test]
fn template_errors_name_file_line_and_column() {
    let error = error_with("template-syntax.html", "templates/question.html");
    assert!(error.contains("templates/question.html:3:"), "{error}");
    assert!(error.contains("syntax error"), "{error}");
    let error = error_with("template-render.html", "templates/question.html");
    assert!(error.contains("templates/question.html:4:"), "{error}");
    assert!(error.contains("could not be filled in"), "{error}");
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let project = small_project();
    build_ok(project.path(), &[]);
    let site = project.path().join("output");
    let before = snapshot(&site);
    std::fs::copy(
        fixture("bad/questions-duplicate-id.yaml"),
        project.path().join("content/questions.yaml"),
    )
    .unwrap();
    build_error(project.path());
    assert!(
        before == snapshot(&site),
        "output changed after a failed build"
    );
    let mut leftovers: Vec<_> = std::fs::read_dir(project.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    leftovers.sort();
    assert_eq!(
        leftovers,
        [".output.deckle-lock", "content", "output"],
        "only content/, output/ and the build lock remain"
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let project = small_project();
    let mine = project.path().join("output");
    std::fs::create_dir_all(&mine).unwrap();
    std::fs::write(mine.join("notes.txt"), "precious").unwrap();
    let error = build_error(project.path());
    assert!(error.contains("not made by deckle"), "{error}");
    assert_eq!(read(&mine, "notes.txt"), "precious");
}

#[test]
fn missing_content_folder_says_what_to_do() {
    let empty = tempfile::tempdir().unwrap();
    let error = build_error(empty.path());
    assert!(error.contains("no `content` folder"), "{error}");
    assert!(error.contains("deckle init"), "{error}");
}
