//! A rebuild keeps the previous build's PDFs and print-page pictures that would come out the
//! same, instead of making them again (issue 11's rebuild speed). What a writer must be able to
//! trust is that nothing stale is ever kept: after any edit, the rebuilt `output/` is byte for
//! byte what a first build of the edited project gives, and the edited piece's PDFs say what
//! was written.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::*;

/// The files of `output` (without deckle's own marker), by path.
fn files(output: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = snapshot(output);
    found.retain(|name, _| !name.starts_with(".deckle"));
    found
}

/// The paths whose bytes differ between `before` and `after`, or that only one has.
fn changed(before: &BTreeMap<String, Vec<u8>>, after: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let names: BTreeSet<&String> = before
        .keys()
        .chain(after.keys())
        .filter(|name| before.get(*name) != after.get(*name))
        .collect();
    names.into_iter().cloned().collect()
}

/// Rebuilds `project` into its `output/`, builds it afresh into another folder, and checks the
/// two are the same, file for file; returns the rebuilt files.
fn rebuild_equals_first_build(project: &Path) -> BTreeMap<String, Vec<u8>> {
    build_ok(project, &[]);
    let fresh = tempfile::tempdir().unwrap();
    let out = fresh.path().join("output");
    build_ok(project, &["--out", out.to_str().unwrap()]);
    let rebuilt = files(&project.join("output"));
    let first = files(&out);
    assert_eq!(
        changed(&rebuilt, &first),
        Vec::<String>::new(),
        "a rebuild must give what a first build gives"
    );
    rebuilt
}

/// The PDFs and pictures among `names`.
fn printed(names: &[String]) -> Vec<&str> {
    names
        .iter()
        .map(String::as_str)
        .filter(|name| name.ends_with(".pdf") || name.ends_with(".png"))
        .collect()
}

#[test]
fn an_edit_remakes_only_what_it_changes_and_nothing_stale_is_kept() {
    if skip_without_poppler() {
        return;
    }
    let project = project_with_content(&fixture("practice").join("content"));
    let dir = project.path();
    build_ok(dir, &[]);
    let before = files(&dir.join("output"));
    assert!(before.contains_key("couples/cards-to-cut-out.pdf"));

    // A rebuild of the same content changes nothing.
    let same = rebuild_equals_first_build(dir);
    assert_eq!(changed(&before, &same), Vec::<String>::new());

    // One question of one piece edited: that piece's PDFs and pictures showing it change,
    // and say the new words; every other piece's stay as they were.
    let questions = read_content(dir, "couples/questions.yaml");
    let old = "Where did we first meet?";
    let new = "Which song was playing when we met?";
    assert!(questions.contains(old));
    write_content(dir, "couples/questions.yaml", &questions.replace(old, new));
    let edited = rebuild_equals_first_build(dir);
    let remade = changed(&before, &edited);
    let remade = printed(&remade);
    for pdf in [
        "couples/cards-to-cut-out.pdf",
        "couples/cards-print-shop.pdf",
        "couples/booklet-a5.pdf",
        "couples/booklet-to-fold.pdf",
    ] {
        assert!(remade.contains(&pdf), "{pdf} not made again: {remade:?}");
        let text = pdf_text(&dir.join("output").join(pdf))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(new), "{pdf} lacks the edited question");
        assert!(!text.contains(old), "{pdf} still has the old question");
    }
    assert!(
        remade.iter().all(|name| name.starts_with("couples/")),
        "only the edited piece's printables change: {remade:?}"
    );

    // The cards' colours remake every deck's cards; the language (which every PDF names)
    // remakes every PDF.
    let settings = read_content(dir, "settings.yaml");
    write_content(
        dir,
        "settings.yaml",
        &format!("{settings}\ndeck:\n  colours:\n    back: \"#1f4e5f\"\n"),
    );
    let recoloured = rebuild_equals_first_build(dir);
    let remade = changed(&edited, &recoloured);
    let cards = edited.keys().filter(|name| name.contains("cards-"));
    for pdf in cards {
        assert!(remade.contains(pdf), "{pdf} kept after the colours changed");
    }
    write_content(
        dir,
        "settings.yaml",
        &read_content(dir, "settings.yaml").replace("language: en-GB", "language: en-US"),
    );
    let relanguaged = rebuild_equals_first_build(dir);
    let remade = changed(&recoloured, &relanguaged);
    let pdfs: Vec<&String> = edited
        .keys()
        .filter(|name| name.ends_with(".pdf"))
        .collect();
    assert!(pdfs.len() >= 8, "{pdfs:?}");
    for pdf in pdfs {
        assert!(
            remade.contains(pdf),
            "{pdf} kept after the language changed"
        );
    }
}
