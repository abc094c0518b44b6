//! `deck: printer:` presets, built by the real binary and read back with `pdfinfo -box`: every
//! page's MediaBox, TrimBox and BleedBox in millimetres, the page count, and which pages are
//! backs (a back carries no question text), as a print shop's prepress check would.

mod common;

use std::path::Path;

use common::*;

const PRINT_SHOP: &str = "cards-print-shop.pdf";
/// The seed's cards: a title card, a how-to-use card and 20 questions.
const CARDS: usize = 22;

/// Every page's (MediaBox, TrimBox, BleedBox) in millimetres, as pdfinfo reports them.
fn boxes_mm(pdf: &Path) -> Vec<[[f64; 4]; 3]> {
    let pages = pdf_info(pdf).pages;
    let report = poppler(
        "pdfinfo",
        &["-box", "-f", "1", "-l", &pages.to_string(), arg(pdf)],
    );
    let read = |page: usize, name: &str| -> [f64; 4] {
        let prefix = format!("Page {page:>4} {name}:");
        let line = report
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no {prefix} in pdfinfo's report"));
        let v: Vec<f64> = line[prefix.len()..]
            .split_whitespace()
            .map(|v| v.parse::<f64>().unwrap() * 25.4 / 72.0)
            .collect();
        [v[0], v[1], v[2], v[3]]
    };
    (1..=pages)
        .map(|p| [read(p, "MediaBox"), read(p, "TrimBox"), read(p, "BleedBox")])
        .collect()
}

/// Whether each page of a PDF is a card's back: its text is the back's words alone.
fn backs(pdf: &Path, pages: usize) -> Vec<bool> {
    (1..=pages)
        .map(|page| {
            let p = page.to_string();
            let text = poppler(
                "pdftotext",
                &["-f", &p, "-l", &p, "-enc", "UTF-8", arg(pdf), "-"],
            );
            // Every front has a question, the title or the how-to-use words, and a number or
            // the deck's title; a back has only the deck's title.
            text.split_whitespace().count() <= 6
        })
        .collect()
}

/// Builds the seed with `deck:` set to `deck` and checks its print-shop PDF against the
/// printer's figures: card and bleed in mm, and whether each card's back comes first.
fn check_preset(deck: &str, card: (f64, f64), bleed: f64, back_first: bool) {
    let project = seed_project();
    write_content(
        project.path(),
        "settings.yaml",
        &format!("language: en\ndeck:\n{deck}"),
    );
    let out = build_ok(project.path(), &[]);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = output_file(project.path(), PRINT_SHOP);
    let pages = boxes_mm(&pdf);
    assert_eq!(pages.len(), 2 * CARDS, "{deck}");
    let close = |a: f64, b: f64| (a - b).abs() < 0.01;
    for (page, [media, trim, bleed_box]) in pages.iter().enumerate() {
        let (w, h) = (card.0 + 2.0 * bleed, card.1 + 2.0 * bleed);
        let expected_media = [0.0, 0.0, w, h];
        let expected_trim = [bleed, bleed, bleed + card.0, bleed + card.1];
        for (got, want) in [(media, expected_media), (bleed_box, expected_media)]
            .into_iter()
            .chain([(trim, expected_trim)])
        {
            assert!(
                got.iter().zip(want).all(|(g, w)| close(*g, w)),
                "{deck}page {}: {got:?} is not {want:?}",
                page + 1
            );
        }
    }
    let sides = backs(&pdf, pages.len());
    for (page, is_back) in sides.iter().enumerate() {
        let first_of_card = page % 2 == 0;
        assert_eq!(
            *is_back,
            first_of_card == back_first,
            "{deck}page {} should be a {}",
            page + 1,
            if first_of_card == back_first {
                "back"
            } else {
                "front"
            }
        );
    }
    let print_page = read(project.path(), "output/print.html");
    let made_for = match deck.split_whitespace().nth(1) {
        Some("drivethrucards") => "Made for DriveThruCards",
        Some("makeplayingcards") => "Made for MakePlayingCards",
        Some("thegamecrafter") => "Made for The Game Crafter",
        Some("europe") => "Made for a European card printer",
        _ => "For a print shop",
    };
    assert!(
        print_page.contains(made_for),
        "{made_for} not on the print page"
    );
}

#[test]
fn drivethrucards_is_us_poker_with_an_eighth_inch_bleed_backs_first() {
    if skip_without_poppler() {
        return;
    }
    check_preset("  printer: drivethrucards\n", (63.5, 88.9), 3.175, true);
}

#[test]
fn makeplayingcards_is_us_poker_with_36_pixels_of_bleed() {
    if skip_without_poppler() {
        return;
    }
    check_preset("  printer: makeplayingcards\n", (63.5, 88.9), 3.048, false);
}

#[test]
fn thegamecrafter_is_us_poker_with_an_eighth_inch_bleed() {
    if skip_without_poppler() {
        return;
    }
    check_preset("  printer: thegamecrafter\n", (63.5, 88.9), 3.175, false);
}

#[test]
fn europe_is_63_by_88_with_3_mm_bleed_and_no_printer_is_the_same() {
    if skip_without_poppler() {
        return;
    }
    check_preset("  printer: europe\n", (63.0, 88.0), 3.0, false);
    check_preset("  backs: duplex-long-edge\n", (63.0, 88.0), 3.0, false);
}

#[test]
fn an_unknown_printer_is_located_with_a_suggestion_and_the_list() {
    let project = small_project();
    write_content(
        project.path(),
        "settings.yaml",
        "language: en\ndeck:\n  printer: makeplayingcard\n",
    );
    let stderr = build_error(project.path());
    assert!(stderr.contains("settings.yaml:3:12"), "{stderr}");
    assert!(
        stderr.contains("did you mean `makeplayingcards`?"),
        "{stderr}"
    );
    assert!(
        stderr.contains("drivethrucards, makeplayingcards, thegamecrafter, europe"),
        "{stderr}"
    );
}

#[test]
fn a_size_that_disagrees_with_the_printer_is_an_error_at_its_line() {
    let project = small_project();
    write_content(
        project.path(),
        "settings.yaml",
        "language: en\ndeck:\n  printer: drivethrucards\n  bleed_mm: 3\n",
    );
    let stderr = build_error(project.path());
    assert!(stderr.contains("settings.yaml:4:13"), "{stderr}");
    assert!(stderr.contains("which sets it to 3.175 mm"), "{stderr}");
    assert!(stderr.contains("remove the `bleed_mm` line"), "{stderr}");
}
