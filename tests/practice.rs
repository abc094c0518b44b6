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
