//! A practice's project (tests/fixtures/practice): pieces in folders, plain pages, drafts,
//! static files and a stray file, built and checked as a writer would.

mod common;

use common::*;

fn practice() -> tempfile::TempDir {
    project_with_content(&fixture("practice/content"))
}

#[test]
fn pages_static_files_and_drafts_follow_the_publishing_rules() {
    let dir = practice();
    let out = build_ok(dir.path(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let site = dir.path().join("output");
    let files = snapshot(&site);

    // Plain pages at the root, in the menu in `weight` order, on every page.
    let about = read(&site, "about.html");
    assert!(about.contains("<h1>About</h1>"), "{about}");
    assert!(
        about.contains("<a href=\"leaflet.txt\">my leaflet</a>"),
        "{about}"
    );
    for page in ["index.html", "about.html", "questions/home-first.html"] {
        let html = read(&site, page);
        let about_at = html.find(">About</a>").unwrap_or_else(|| panic!("{page}"));
        let contact_at = html
            .find(">Contact</a>")
            .unwrap_or_else(|| panic!("{page}"));
        assert!(about_at < contact_at, "{page}: the menu is out of order");
    }
    assert!(
        read(&site, "about.html").contains("href=\"about.html\" aria-current=\"page\">About"),
        "the menu marks the current page"
    );

    // Drafts are left out.
    assert!(!files.contains_key("prices.html"), "a draft page was built");
    assert!(!read(&site, "index.html").contains("Prices"));

    // content/static/ at the root, hidden files too; linked files beside their page.
    assert_eq!(read(&site, "CNAME"), "practice.example.org\n");
    assert!(
        files.contains_key(".well-known/security.txt"),
        "{:?}",
        files.keys()
    );
    assert!(files.contains_key("leaflet.txt"));
    assert!(files.contains_key("letting-go/pictures/lake.svg"));
    assert!(!files.contains_key("static/CNAME"));

    // The stray file is not published, and the build says so, where and how to publish it.
    assert!(!files.contains_key("notes.txt"));
    assert!(
        stderr.contains("warning: content/notes.txt: this file is not published"),
        "{stderr}"
    );
    assert!(stderr.contains("move it to content/static/"), "{stderr}");
    assert_eq!(stderr.matches("warning:").count(), 1, "{stderr}");
}

#[test]
fn check_warns_about_the_stray_file_too() {
    let dir = practice();
    let out = deckle(dir.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: content/notes.txt: this file is not published"),
        "{stderr}"
    );
}

#[test]
fn bad_names_are_located_with_the_fix() {
    let dir = practice();
    let content = dir.path().join("content");
    std::fs::rename(content.join("teens"), content.join("Teens Deck")).unwrap();
    std::fs::write(content.join("print.md"), "---\ntitle: Print\n---\nHi.\n").unwrap();
    std::fs::write(content.join("contact.md"), "---\ntitle: \"\"\n---\nHi.\n").unwrap();
    let stderr = build_error(dir.path());
    assert!(
        stderr.contains("content/Teens Deck: `Teens Deck` cannot be a piece's folder name"),
        "{stderr}"
    );
    assert!(stderr.contains("rename it to `teens-deck`"), "{stderr}");
    assert!(
        stderr.contains("content/print.md: a page cannot be named `print`"),
        "{stderr}"
    );
    assert!(stderr.contains("content/contact.md:2:"), "{stderr}");
    assert!(
        !dir.path().join("output").exists(),
        "a failed build wrote output"
    );
}

#[test]
fn the_home_article_cannot_be_a_draft() {
    let dir = practice();
    let article = dir.path().join("content/article.md");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, text.replacen("---\n", "---\ndraft: true\n", 1)).unwrap();
    let stderr = build_error(dir.path());
    assert!(
        stderr.contains("content/article.md:2:8: the home article"),
        "{stderr}"
    );
}

#[test]
fn every_page_is_reached_from_the_home_page_and_every_link_works() {
    let dir = practice();
    build_ok(dir.path(), &["--base-url", "https://practice.example.org/"]);
    let site = dir.path().join("output");
    let files = snapshot(&site);
    let seen = reached_pages(&site);
    for expected in [
        "couples/index.html",
        "couples/questions/index.html",
        "couples/questions/couples-brave.html",
        "couples/draw.html",
        "couples/print.html",
        "letting-go/index.html",
        "teens/questions/index.html",
        "teens/questions/teens-hero.html",
        "teens/draw.html",
        "teens/print.html",
        "about.html",
        "contact.html",
    ] {
        assert!(seen.contains(expected), "{expected} not reached");
    }
    // Drafts are nowhere: not built, not listed, not in the sitemap.
    assert!(!files.keys().any(|f| f.starts_with("first-steps/")));
    let sitemap = read(&site, "sitemap.xml");
    assert!(
        !sitemap.contains("first-steps") && !sitemap.contains("prices"),
        "{sitemap}"
    );
    // The feed holds the articles, newest first, and every page links to it.
    let feed = read(&site, "feed.xml");
    // The home article's id is the site's address, like the feed's own: the last one is it.
    let order: Vec<usize> = ["couples/", "letting-go/", ""]
        .iter()
        .map(|path| {
            let id = format!("<id>https://practice.example.org/{path}</id>");
            feed.rfind(&id)
                .unwrap_or_else(|| panic!("{id} not in the feed:\n{feed}"))
        })
        .collect();
    assert!(
        order[0] < order[1] && order[1] < order[2],
        "not newest first:\n{feed}"
    );
    assert_eq!(feed.matches("<entry>").count(), 3, "{feed}");
    assert!(
        feed.contains("<title>Talking as a Couple</title>"),
        "{feed}"
    );
    assert!(!feed.contains("First Steps"), "a draft is in the feed");
    assert!(
        read(&site, "teens/draw.html").contains("href=\"https://practice.example.org/feed.xml\""),
        "the feed is not linked from the head"
    );
    for page in [
        "couples/",
        "letting-go/",
        "teens/questions/teens-hero.html",
        "about.html",
    ] {
        assert!(
            sitemap.contains(&format!("<loc>https://practice.example.org/{page}</loc>")),
            "{page} not in the sitemap:\n{sitemap}"
        );
    }
}

#[test]
fn the_home_page_lists_the_pieces_newest_first_and_pages_link_within_their_piece() {
    let dir = practice();
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let home = read(&site, "index.html");
    // The list, after the menu (which links to the decks too).
    let list = home
        .split("id=\"pieces-title\"")
        .nth(1)
        .expect("a list of pieces");
    let couples = list
        .find(">Talking as a Couple</a>")
        .expect("couples listed");
    let letting_go = list.find(">Letting Go</a>").expect("letting go listed");
    let teens = list.find(">Teens Deck</a>").expect("teens listed");
    assert!(
        couples < letting_go && letting_go < teens,
        "not newest first:\n{home}"
    );
    assert!(
        home.contains("3 cards in the deck. <a href=\"couples/draw.html\">"),
        "{home}"
    );
    assert!(!home.contains("First Steps"), "a draft is listed");
    let introduction = list
        .find("Articles and conversation decks")
        .expect("index.md shown");
    assert!(introduction < couples, "index.md goes above the list");

    let question = read(&site, "couples/questions/couples-warm-two.html");
    assert!(question.contains("href=\"../../style.css\""), "{question}");
    assert!(
        question.contains("href=\"../questions/couples-warm.html\" rel=\"prev\""),
        "{question}"
    );
    assert!(
        question.contains("questions/couples-brave.html\" rel=\"next\""),
        "{question}"
    );
    assert!(
        question.contains("href=\"../draw.html\""),
        "the menu leads to the piece's draw page"
    );
    // A deck's list is grouped under its categories, in the order they first appear.
    let list = read(&site, "couples/questions/index.html");
    let warm = list.find("<h2>Warm-up</h2>").expect("Warm-up heading");
    let brave = list.find("<h2>Brave</h2>").expect("Brave heading");
    let second = list.find("What made you smile").unwrap();
    assert!(warm < second && second < brave, "{list}");
    assert!(
        list.contains("<li id=\"couples-brave\" value=\"3\">"),
        "{list}"
    );
    // `@/` links lead to the right relative addresses.
    let couples = read(&site, "couples/index.html");
    for link in [
        "href=\"../teens/questions/index.html\"",
        "href=\"../teens/questions/teens-hero.html\"",
        "href=\"../about.html\"",
    ] {
        assert!(couples.contains(link), "{link}:\n{couples}");
    }
    // An article alone has no deck links; a deck alone has no article, but its print page.
    let alone = read(&site, "letting-go/index.html");
    assert!(
        !alone.contains("draw.html") && !alone.contains("print.html"),
        "{alone}"
    );
    let deck_alone = read(&site, "teens/questions/index.html");
    assert!(
        deck_alone.contains("Questions for teenagers"),
        "{deck_alone}"
    );
    assert!(
        deck_alone.contains("href=\"../print.html\"") && !deck_alone.contains(">Article<"),
        "{deck_alone}"
    );
}

#[test]
fn each_deck_prints_its_own_questions_only() {
    if skip_without_poppler() {
        return;
    }
    let dir = practice();
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let decks: [(&str, &[&str]); 3] = [
        (
            "",
            &[
                "What brought you here today?",
                "What would you like to change?",
            ],
        ),
        (
            "couples/",
            &[
                "Where did we first meet?",
                "What made you smile this week?",
                "What do you fear most about us?",
            ],
        ),
        // A deck alone prints its own cards and booklet too.
        (
            "teens/",
            &["Which song describes your week?", "Who do you look up to?"],
        ),
    ];
    let every: Vec<&str> = decks.iter().flat_map(|(_, q)| q.iter().copied()).collect();
    for (folder, own) in decks {
        for pdf in [
            "cards-to-cut-out.pdf",
            "cards-print-shop.pdf",
            "booklet-a5.pdf",
            "booklet-to-fold.pdf",
        ] {
            let path = site.join(format!("{folder}{pdf}"));
            let text = pdf_text(&path)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for question in &every {
                assert_eq!(
                    text.contains(question),
                    own.contains(question),
                    "{folder}{pdf} and “{question}”:\n{text}"
                );
            }
        }
    }
    let print = read(&site, "couples/print.html");
    assert!(
        print.contains("href=\"../couples/cards-to-cut-out.pdf\""),
        "{print}"
    );
    let info = poppler("pdfinfo", &[arg(&site.join("couples/booklet-a5.pdf"))]);
    assert!(info.contains("Talking as a Couple"), "{info}");

    // The deck alone's print page offers its four PDFs, named after the deck: its booklet
    // opens with the deck's title and introduction and holds no article.
    let print = read(&site, "teens/print.html");
    for pdf in [
        "cards-to-cut-out.pdf",
        "cards-print-shop.pdf",
        "booklet-a5.pdf",
        "booklet-to-fold.pdf",
    ] {
        assert!(
            print.contains(&format!("href=\"../teens/{pdf}\"")),
            "{pdf}:\n{print}"
        );
    }
    let booklet = site.join("teens/booklet-a5.pdf");
    let text = pdf_text(&booklet);
    let cover = text.split('\u{c}').next().unwrap();
    assert!(
        cover.contains("Teens Deck") && cover.contains("2 questions"),
        "{cover}"
    );
    assert!(
        text.contains("Questions for teenagers and their parents."),
        "{text}"
    );
    assert!(
        !text.contains("Welcome") && !text.contains("Ada Example"),
        "the home article is in the deck's booklet:\n{text}"
    );
    for pdf in ["booklet-a5.pdf", "cards-print-shop.pdf"] {
        let info = poppler("pdfinfo", &[arg(&site.join("teens").join(pdf))]);
        assert!(info.contains("Teens Deck"), "{info}");
        assert!(
            !info.contains("Author:"),
            "a deck alone has no author:\n{info}"
        );
    }
}

#[test]
fn a_link_to_a_piece_that_is_not_there_is_located() {
    let dir = practice();
    let about = dir.path().join("content/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    std::fs::write(
        &about,
        format!("{text}\nSee [the old deck](@/old/questions.yaml).\n"),
    )
    .unwrap();
    let stderr = build_error(dir.path());
    let line = text.lines().count() + 2;
    assert!(
        stderr.contains(&format!(
            "content/about.md:{line}:20: the link `@/old/questions.yaml` leads nowhere"
        )),
        "{stderr}"
    );
    // A link to a draft leads nowhere in the build either.
    std::fs::write(
        &about,
        format!("{text}\n[soon](@/first-steps/article.md)\n"),
    )
    .unwrap();
    assert!(build_error(dir.path()).contains("`@/first-steps/article.md` leads nowhere"));
}
