//! The booklet PDFs, read back with poppler's pdftotext and pdfinfo: page numbers where a
//! saddle-stitched booklet needs them, every word inside the margins, no word of the article
//! lost, and the same bytes on every build. The checks that need poppler skip themselves outside
//! CI when it is not installed.

mod common;

use std::path::Path;

use common::*;
use pulldown_cmark::{Event, Parser, Tag};

const MM: f64 = 72.0 / 25.4;
const READING: &str = "booklet-a5.pdf";
const TO_FOLD: &str = "booklet-to-fold.pdf";

/// A temporary project with the booklet test fixture.
fn booklet_project() -> tempfile::TempDir {
    project_with_content(&fixture("booklet/content"))
}

/// The body of the project's article, after its header.
fn article_body(dir: &Path) -> String {
    let text = read(dir, "content/article.md");
    // The body follows the second `---` line of the header.
    text.splitn(3, "---\n").nth(2).unwrap().to_string()
}

/// The text in a rectangle of page `page` (1-based), in points from the top-left corner.
fn text_in(pdf: &Path, page: usize, (x, y, w, h): (f64, f64, f64, f64)) -> String {
    let page = page.to_string();
    let [x, y, w, h] = [x, y, w, h].map(|v| (v.round() as i64).to_string());
    poppler(
        "pdftotext",
        &[
            "-f",
            &page,
            "-l",
            &page,
            "-x",
            &x,
            "-y",
            &y,
            "-W",
            &w,
            "-H",
            &h,
            arg(pdf),
            "-",
        ],
    )
    .trim()
    .to_string()
}

/// The 1-based booklet pages on the left and right halves of each printed side: sheet `s`
/// (from the outside of the stack) of a booklet of n pages (a multiple of 4) carries pages
/// n−2s and 2s+1 on its front and 2s+2 and n−2s−1 on its back.
fn saddle_stitch_order(n: usize) -> Vec<[usize; 2]> {
    assert_eq!(n % 4, 0, "a booklet of {n} pages is not whole sheets");
    (0..n / 4)
        .flat_map(|s| [[n - 2 * s, 2 * s + 1], [2 * s + 2, n - 2 * s - 1]])
        .collect()
}

/// What the page-number strip of booklet page `page` of `pages` shows: nothing on the cover,
/// nor on the last page when it is the back cover (`back_cover`: the booklet needed padding to
/// a whole number of sheets), the number on every other page.
fn expected_number(page: usize, pages: usize, back_cover: bool) -> String {
    if page <= 1 || (page == pages && back_cover) {
        String::new()
    } else {
        page.to_string()
    }
}

/// Whether the last page of the booklet in reading order is a back cover: no page number at
/// its foot.
fn has_back_cover(reading: &Path) -> bool {
    let PdfInfo {
        pages,
        width,
        height,
    } = pdf_info(reading);
    text_in(reading, pages, (0.0, height - 20.0 * MM, width, 20.0 * MM)).is_empty()
}

/// Checks that the imposed PDF carries each booklet page's number at the foot of the right
/// half of the right sheet side, and nothing on blank halves.
fn check_imposed_page_numbers(project: &Path) {
    let back_cover = has_back_cover(&output_file(project, READING));
    let reading = pdf_info(&output_file(project, READING));
    let (pages, a5_height) = (reading.pages, reading.height);
    let to_fold = output_file(project, TO_FOLD);
    let PdfInfo {
        pages: sides,
        width,
        height,
    } = pdf_info(&to_fold);
    let order = saddle_stitch_order(pages);
    assert_eq!(
        sides,
        order.len(),
        "{pages} pages make {} sides",
        order.len()
    );
    // The foot of each half: the lowest 20 mm of the (possibly scaled) A5 page.
    let scale = (width / 2.0 / (148.0 * MM))
        .min(height / a5_height)
        .min(1.0);
    let foot_top = (height + a5_height * scale) / 2.0 - 20.0 * MM * scale;
    for (index, [left, right]) in order.iter().enumerate() {
        let side = index + 1;
        for (half_x, page) in [(0.0, left), (width / 2.0, right)] {
            let foot = text_in(
                &to_fold,
                side,
                (half_x, foot_top, width / 2.0, 20.0 * MM * scale),
            );
            assert_eq!(
                foot,
                expected_number(*page, pages, back_cover),
                "side {side}, {} half: expected booklet page {page}",
                if half_x == 0.0 { "left" } else { "right" }
            );
        }
    }
}

#[test]
fn page_numbers_sit_where_saddle_stitching_needs_them() {
    // The fixture makes 6 pages: a notes page and a blank back cover make them 8.
    if skip_without_poppler() {
        return;
    }
    let project = booklet_project();
    build_ok(project.path(), &[]);
    let reading = output_file(project.path(), READING);
    let PdfInfo {
        pages,
        width,
        height,
    } = pdf_info(&reading);
    assert_eq!(pages, 8, "6 pages, a notes page and the back cover");
    let notes = text_in(&reading, 7, (0.0, 0.0, width, height));
    assert!(notes.contains("Your notes"), "page 7: {notes}");
    // The fixture's article has no description: its back cover is only the frame.
    assert!(has_back_cover(&reading));
    assert_eq!(text_in(&reading, 8, (0.0, 0.0, width, height)), "");
    assert!((width - 148.0 * MM).abs() < 0.5 && (height - 210.0 * MM).abs() < 0.5);
    for page in 1..=pages {
        let foot = text_in(&reading, page, (0.0, height - 20.0 * MM, width, 20.0 * MM));
        assert_eq!(foot, expected_number(page, pages, true), "A5 page {page}");
    }
    let sheet = pdf_info(&output_file(project.path(), TO_FOLD));
    let (sheet_width, sheet_height) = (sheet.width, sheet.height);
    assert!((sheet_width - 297.0 * MM).abs() < 0.5 && (sheet_height - 210.0 * MM).abs() < 0.5);
    check_imposed_page_numbers(project.path());

    let seed = seed_project();
    build_ok(seed.path(), &[]);
    check_imposed_page_numbers(seed.path());
}

#[test]
fn letter_paper_and_no_answer_lines() {
    if skip_without_poppler() {
        return;
    }
    let project = booklet_project();
    build_ok(project.path(), &[]);
    let with_lines = pdf_info(&output_file(project.path(), READING)).pages;
    std::fs::write(
        project.path().join("content/settings.yaml"),
        "title: \"Listening Well\"\nbooklet:\n  answer_lines: 0\n  paper: letter\n",
    )
    .unwrap();
    build_ok(project.path(), &[]);
    let without_lines = pdf_info(&output_file(project.path(), READING)).pages;
    assert!(
        without_lines < with_lines,
        "{without_lines} vs {with_lines}"
    );
    let PdfInfo { width, height, .. } = pdf_info(&output_file(project.path(), TO_FOLD));
    assert!((width - 792.0).abs() < 0.5 && (height - 612.0).abs() < 0.5);
    check_imposed_page_numbers(project.path());
    check_words_inside_halves(project.path());
}

/// Every word of the imposed PDF lies within one half of its sheet, inside that half's side
/// margins and at least 10 mm from the sheet's edges.
fn check_words_inside_halves(project: &Path) {
    let to_fold = output_file(project, TO_FOLD);
    let PdfInfo { width, height, .. } = pdf_info(&to_fold);
    let scale = (width / 2.0 / (148.0 * MM))
        .min(height / (210.0 * MM))
        .min(1.0);
    let margin = 18.0 * MM * scale - 0.5;
    let found = pdf_words(&to_fold);
    assert!(!found.is_empty());
    for w in found {
        let half_left = if w.x_min < width / 2.0 {
            width / 2.0 - 148.0 * MM * scale
        } else {
            width / 2.0
        };
        let half_right = half_left + 148.0 * MM * scale;
        assert!(
            w.x_min >= half_left + margin && w.x_max <= half_right - margin,
            "page {}: “{}” outside its half's side margins: {w:?}",
            w.page,
            w.text
        );
        assert!(
            w.y_min >= 10.0 * MM && w.y_max <= height - 10.0 * MM,
            "{w:?} too close to the edge"
        );
    }
}

#[test]
fn every_word_sits_inside_the_margins() {
    if skip_without_poppler() {
        return;
    }
    for project in [booklet_project(), seed_project()] {
        build_ok(project.path(), &[]);
        let reading = output_file(project.path(), READING);
        let PdfInfo { width, height, .. } = pdf_info(&reading);
        let side = 18.0 * MM - 0.5;
        let found = pdf_words(&reading);
        assert!(found.len() > 300);
        for w in &found {
            assert!(
                w.x_min >= side && w.x_max <= width - side,
                "{w:?} outside the side margins"
            );
            assert!(
                w.y_min >= 10.0 * MM && w.y_max <= height - 10.0 * MM,
                "{w:?} outside the page"
            );
        }
        check_words_inside_halves(project.path());
    }
}

/// Lowercase words made of letters only: punctuation, digits (page numbers, list and note
/// numbers) and symbols split words or vanish, so a word broken across lines after a hyphen
/// compares equal to the same word in the Markdown.
fn letter_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The words of the article's body as the booklet should print them, in order: the text of
/// every Markdown element, with the "Notes" heading before the footnotes.
fn markdown_words(body: &str) -> Vec<String> {
    let mut text = String::new();
    let mut notes = false;
    for event in Parser::new_ext(body, deckle::markdown::options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::Start(Tag::FootnoteDefinition(_)) if !notes => {
                notes = true;
                text.push_str(" Notes ");
            }
            _ => text.push(' '),
        }
    }
    letter_words(&text)
}

#[test]
fn no_word_of_the_article_is_lost() {
    if skip_without_poppler() {
        return;
    }
    for (project, running_title) in [
        (booklet_project(), "Listening Well"),
        (seed_project(), "Unlocking the Power of Empathy"),
    ] {
        build_ok(project.path(), &[]);
        let text = pdf_text(&output_file(project.path(), READING));
        // Drop the running titles and page numbers, which interrupt the text at page breaks.
        let body: Vec<&str> = text
            .lines()
            .filter(|l| l.trim() != running_title && !l.trim().chars().all(|c| c.is_ascii_digit()))
            .collect();
        let printed = letter_words(&body.join("\n"));
        let expected = markdown_words(&article_body(project.path()));
        assert!(expected.len() > 100);
        let found = printed
            .windows(expected.len())
            .any(|window| window == expected.as_slice());
        if !found {
            // Say where the printed text first departs from the Markdown.
            let start = printed.iter().position(|w| *w == expected[0]).unwrap_or(0);
            let differs = expected
                .iter()
                .zip(&printed[start..])
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "the article's words are not all printed in order; first difference after {:?}: expected {:?}, printed {:?}",
                &expected[differs.saturating_sub(5)..differs],
                expected.get(differs),
                printed.get(start + differs)
            );
        }
    }
}

#[test]
fn the_same_content_gives_the_same_bytes() {
    let project = booklet_project();
    assert_rebuilds_identically(project.path(), &[READING, TO_FOLD]);
}

#[test]
fn saddle_stitch_order_of_this_test_matches_a_paper_mock_up() {
    // An 8-page booklet folded from two sheets: outer sheet 8|1 and 2|7, inner 6|3 and 4|5.
    assert_eq!(saddle_stitch_order(8), vec![[8, 1], [2, 7], [6, 3], [4, 5]]);
    assert_eq!(saddle_stitch_order(4), vec![[4, 1], [2, 3]]);
}

#[test]
fn both_booklets_are_tagged_in_reading_order() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    build_ok(project.path(), &[]);
    let reading = pdf_structure(&output_file(project.path(), READING));
    assert_eq!(
        reading,
        pdf_structure(&output_file(project.path(), TO_FOLD)),
        "the imposed booklet reads in the same order as the A5 one"
    );
    let title = "Unlocking the Power of Empathy: How It Can Transform Your Relationship";
    assert_eq!(reading[0], ("H1".to_string(), title.to_string()));
    let position = |text: &str| {
        reading
            .iter()
            .position(|(_, t)| t.contains(text))
            .unwrap_or_else(|| panic!("“{text}” is not in the structure: {reading:?}"))
    };
    let first = position("What is something you’re afraid to share");
    let last = position("What do you wish I knew about your inner world");
    assert!(position("Ready to transform") < first && first < last);
    // A question is one element: its number and all its lines.
    assert_eq!(
        reading[first],
        (
            "P".to_string(),
            "1. What is something you’re afraid to share with others but feel safe sharing with me?"
                .to_string()
        )
    );
    assert_eq!(reading[position("Your notes")].0, "H1");
    // Running titles and page numbers are not content.
    assert!(
        !reading.iter().any(|(_, t)| t.parse::<u32>().is_ok()),
        "{reading:?}"
    );
    let site_title = reading
        .iter()
        .filter(|(_, t)| t == "Unlocking the Power of Empathy")
        .count();
    assert_eq!(
        site_title, 2,
        "the cover's line and the questions' heading only"
    );
}
