//! A practice's site with no home article and no home deck (tests/fixtures/folders): only
//! piece folders (an article alone, a deck alone) and a page. The home page opens with the
//! site's name and the introduction, then lists the pieces; nothing links to root pages that
//! are not there. Then the home piece with one of its two files.

mod common;

use common::*;

fn folders() -> tempfile::TempDir {
    project_with_content(&fixture("folders/content"))
}

/// The `<nav>` of `html`.
fn menu(html: &str) -> &str {
    html.split("<nav")
        .nth(1)
        .unwrap()
        .split("</nav>")
        .next()
        .unwrap()
}

#[test]
fn a_site_of_folders_lists_them_on_its_home_page_and_every_link_works() {
    let dir = folders();
    build_ok(dir.path(), &["--base-url", "https://harbour.example.org/"]);
    let site = dir.path().join("output");
    let seen = reached_pages(&site);
    for expected in [
        "letting-go/index.html",
        "evenings/questions/index.html",
        "evenings/questions/evening-hard.html",
        "evenings/draw.html",
        "evenings/print.html",
        "about.html",
    ] {
        assert!(seen.contains(expected), "{expected} not reached");
    }
    // No home deck: no questions, draw or print page, no PDF at the root.
    let files = snapshot(&site);
    for missing in ["questions/index.html", "draw.html", "print.html"] {
        assert!(!files.contains_key(missing), "{missing} was built");
    }
    assert!(
        !files
            .keys()
            .any(|f| f.ends_with(".pdf") && !f.starts_with("evenings/")),
        "{:?}",
        files.keys().collect::<Vec<_>>()
    );

    // The home page: the site's name, the introduction, then the pieces, newest article first
    // and the deck alone after it.
    let home = read(&site, "index.html");
    let main = home.split("<main").nth(1).unwrap();
    let name = main
        .find("<h1>Harbour Counselling</h1>")
        .expect("the site's name");
    let introduction = main.find("a counselling practice by the sea").unwrap();
    let article = main.find(">Letting Go</a>").expect("the article listed");
    let deck = main
        .find(">Evening Questions</a>")
        .expect("the deck listed");
    assert!(name < introduction && introduction < article && article < deck);
    assert!(
        home.contains("<title>Harbour Counselling</title>"),
        "{home}"
    );
    assert!(
        home.contains("<meta name=\"description\" content=\"Articles and conversation cards"),
        "{home}"
    );
    // The menu leads to the one deck, which is not on the home page.
    let nav = menu(&home);
    assert!(
        nav.contains("<a href=\"evenings/questions/index.html\">Evening Questions</a>")
            && nav.contains("<a href=\"about.html\">About</a>"),
        "{nav}"
    );
    assert!(
        !nav.contains("\"questions/index.html\"")
            && !nav.contains("\"draw.html\"")
            && !nav.contains("\"print.html\""),
        "{nav}"
    );

    // The 404 page, the sitemap and the feed name no root page that is not there.
    let missing = read(&site, "404.html");
    let actions = missing.split("class=\"actions\"").nth(1).unwrap();
    assert!(actions.contains(">Go to the home page</a>"), "{missing}");
    assert!(!actions.contains("questions/index.html"), "{missing}");
    let sitemap = read(&site, "sitemap.xml");
    for page in ["questions/", "draw.html", "print.html"] {
        assert!(
            !sitemap.contains(&format!("<loc>https://harbour.example.org/{page}</loc>")),
            "{sitemap}"
        );
    }
    assert!(
        sitemap.contains("<loc>https://harbour.example.org/evenings/print.html</loc>"),
        "{sitemap}"
    );
    let feed = read(&site, "feed.xml");
    assert_eq!(feed.matches("<entry>").count(), 1, "{feed}");
    assert!(
        feed.contains("<id>https://harbour.example.org/letting-go/</id>"),
        "{feed}"
    );
}

#[test]
fn without_a_home_article_the_settings_name_the_site() {
    let dir = folders();
    write_content(dir.path(), "settings.yaml", "language: en\n");
    let stderr = build_error(dir.path());
    assert!(
        stderr.contains("content/settings.yaml: the site has no name"),
        "{stderr}"
    );
    assert!(stderr.contains("title:"), "{stderr}");
}

#[test]
fn a_home_deck_alone_is_the_home_page_s_deck() {
    let dir = folders();
    write_content(
        dir.path(),
        "questions.yaml",
        "title: \"Harbour Cards\"\nintroduction: \"Two questions to begin with.\"\nquestions:\n  - id: why-now\n    text: \"Why now?\"\n  - id: what-next\n    text: \"What next?\"\n",
    );
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    reached_pages(&site);
    let home = read(&site, "index.html");
    assert!(
        home.contains("<h1>Harbour Counselling</h1>")
            && home.contains("Harbour Cards")
            && home.contains("Two questions to begin with."),
        "{home}"
    );
    let nav = menu(&home);
    for link in ["questions/index.html", "draw.html", "print.html"] {
        assert!(nav.contains(&format!("href=\"{link}\"")), "{link}:\n{nav}");
    }
    assert!(!nav.contains(">Article<"), "{nav}");
    for pdf in [
        "cards-to-cut-out.pdf",
        "cards-print-shop.pdf",
        "booklet-a5.pdf",
        "booklet-to-fold.pdf",
    ] {
        assert!(site.join(pdf).is_file(), "no {pdf}");
    }
    let missing = read(&site, "404.html");
    assert!(
        missing.contains(">Go to the home page</a>") && missing.contains("questions/index.html"),
        "{missing}"
    );
}

#[test]
fn a_home_article_alone_has_no_deck_pages() {
    let dir = folders();
    write_content(
        dir.path(),
        "article.md",
        "---\ntitle: \"Welcome to the Harbour\"\nauthor: \"Ada Example\"\ndate: 2024-01-05\n---\n\nWelcome.\n",
    );
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    reached_pages(&site);
    let home = read(&site, "index.html");
    assert!(home.contains("<h1>Welcome to the Harbour</h1>"), "{home}");
    assert!(!menu(&home).contains("\"questions/index.html\""), "{home}");
    let files = snapshot(&site);
    for missing in [
        "questions/index.html",
        "draw.html",
        "print.html",
        "booklet-a5.pdf",
    ] {
        assert!(!files.contains_key(missing), "{missing} was built");
    }
}

#[test]
fn a_site_of_one_piece_still_needs_both_home_files() {
    let dir = seed_project();
    std::fs::remove_file(dir.path().join("content/questions.yaml")).unwrap();
    let stderr = build_error(dir.path());
    assert!(
        stderr.contains("content/questions.yaml: this file is missing"),
        "{stderr}"
    );
}
