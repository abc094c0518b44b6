//! The practice's site finished (tests/fixtures/practice): the draw page's choice of category,
//! the 404 page at any depth, the menu of decks, and the site's words in the reader's language.

mod common;

use std::process::Command;

use common::*;

fn practice() -> tempfile::TempDir {
    project_with_content(&fixture("practice/content"))
}

#[test]
fn the_draw_page_offers_the_deck_s_categories_in_order() {
    let dir = practice();
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let draw = read(&site, "couples/draw.html");
    assert!(
        draw.contains("<label for=\"draw-category\">Draw from</label>"),
        "{draw}"
    );
    let options: Vec<&str> = draw
        .split("<option value=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(options, ["", "Warm-up", "Brave"]);
    assert!(draw.contains(">All categories</option>"), "{draw}");
    assert!(
        draw.contains("data-category=\"Brave\"><a href=\"questions/couples-brave.html\">"),
        "{draw}"
    );
    // A deck without categories offers no choice.
    let teens = read(&site, "teens/draw.html");
    assert!(!teens.contains("draw-category"), "{teens}");

    // In a browser, when CI's tools are installed (.ci/setup): the choice works by keyboard,
    // from the address, and draws from the chosen category only.
    let script = repo().join(".ci/checks/draw.mjs");
    if !repo().join(".ci/node_modules/playwright-core").is_dir() {
        eprintln!("skipped the browser check: run .ci/setup to install playwright-core");
        return;
    }
    let url = format!("file://{}", site.join("couples/draw.html").display());
    let out = Command::new("node")
        .arg(&script)
        .args([url.as_str(), "Warm-up", "Brave"])
        .output()
        .expect("run node");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && printed.contains("draw: ok"),
        "{printed}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
