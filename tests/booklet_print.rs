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
