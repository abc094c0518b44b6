//! The booklet as printed and as read on a screen, measured from its PDFs (poppler's
//! pdftotext and lopdf): the questions follow the article on its last page when there is room,
//! links are clickable in the A5 booklet and their addresses printed in both.

mod common;

use common::*;

const READING: &str = "booklet-a5.pdf";

#[test]
fn the_questions_follow_the_article_on_its_last_page() {
    if skip_without_poppler() {
        return;
    }
    let dir = seed_project();
    build_ok(dir.path(), &[]);
    let pdf = output_file(dir.path(), READING);
    let words = pdf_words(&pdf);
    let page_of = |text: &str| words.iter().find(|w| w.text == text).map(|w| w.page);
    let last_article_page = words
        .iter()
        .filter(|w| w.text == "transform")
        .map(|w| w.page)
        .next_back()
        .unwrap();
    assert_eq!(page_of("1."), Some(last_article_page));
    // The page is used: its lowest word, the page number aside, lies below the middle of the
    // A5 page (595 pt tall; with the questions on a page of their own it lay at a fifth).
    let number = last_article_page.to_string();
    let lowest = words
        .iter()
        .filter(|w| w.page == last_article_page && w.text != number)
        .map(|w| w.y_max)
        .fold(0.0, f64::max);
    assert!(lowest > 595.0 / 2.0, "lowest word at {lowest:.1} pt");
}

/// Each link annotation of `pdf`'s pages: (page, rectangle in points from the bottom-left,
/// address), read back with lopdf.
fn annotations(pdf: &std::path::Path) -> Vec<(u32, [f32; 4], String)> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let mut found = Vec::new();
    for (number, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).unwrap();
        let Ok(annots) = page.get(b"Annots") else {
            continue;
        };
        for annot in annots.as_array().unwrap() {
            let annot = annot.as_dict().unwrap();
            assert_eq!(annot.get(b"Subtype").unwrap().as_name().unwrap(), b"Link");
            assert_eq!(annot.get(b"F").unwrap().as_i64().unwrap(), 4);
            let rect: Vec<f32> = annot
                .get(b"Rect")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_float().unwrap())
                .collect();
            let action = annot.get(b"A").unwrap().as_dict().unwrap();
            assert_eq!(action.get(b"S").unwrap().as_name().unwrap(), b"URI");
            let uri =
                String::from_utf8(action.get(b"URI").unwrap().as_str().unwrap().to_vec()).unwrap();
            found.push((number, [rect[0], rect[1], rect[2], rect[3]], uri));
        }
    }
    found
}

#[test]
fn links_are_clickable_in_the_a5_booklet_and_printed_in_both() {
    if skip_without_poppler() {
        return;
    }
    let dir = project_with_content(&fixture("print-links/content"));
    build_ok(dir.path(), &[]);
    let reading = output_file(dir.path(), READING);
    let links = annotations(&reading);
    let research = "https://www.gottman.com/about/research/";
    let on = |uri: &str| links.iter().filter(|l| l.2 == uri).count();
    // Broken after a `/` over two lines: one rectangle on each.
    assert_eq!(on(research), 2, "{links:?}");
    assert_eq!(on("https://example.org/empathy/deck/"), 2);
    assert_eq!(on("https://example.org/help"), 2);
    // The first rectangle lies over the words pdftotext finds there ("(https://www.gottman.com/").
    let words = pdf_words(&reading);
    let word = words
        .iter()
        .find(|w| w.text.starts_with("(https://www.gottman"))
        .unwrap();
    let (_, rect, _) = links.iter().find(|l| l.2 == research).unwrap();
    let height = 595.276;
    assert!(
        (f64::from(rect[0]) - word.x_min).abs() < 8.0,
        "{rect:?} {word:?}"
    );
    assert!(
        (f64::from(rect[2]) - word.x_max).abs() < 2.0,
        "{rect:?} {word:?}"
    );
    let middle = height - (word.y_min + word.y_max) / 2.0;
    assert!(
        f64::from(rect[1]) < middle && middle < f64::from(rect[3]),
        "{rect:?} {word:?}"
    );
    // On paper: the addresses printed in both booklets; no clickable links in the one to fold.
    for name in [READING, "booklet-to-fold.pdf"] {
        let text = pdf_text(&output_file(dir.path(), name)).replace('\n', " ");
        assert!(
            text.contains("(https://example.org/empathy/deck/)")
                || text.contains("(https:// example.org/empathy/deck/)"),
            "{name}: {text}"
        );
        assert!(text.contains("(dana@example.org)"), "{name}");
    }
    assert!(annotations(&output_file(dir.path(), "booklet-to-fold.pdf")).is_empty());
}
