//! The card deck PDFs, built by the real binary from the seed content and read back with
//! poppler's tools (`pdfinfo`, `pdftotext`, `pdffonts`), as a print shop's checks would. The
//! checks that need poppler skip themselves outside CI when it is not installed.

mod common;

use std::path::Path;

use common::*;
use deckle::deck::Imposition;
use deckle::display::Rect;
use deckle::display::geometry::PT_PER_MM;
use deckle::settings::{Backs, Size};

const POINT_TOLERANCE: f64 = 0.05;
const HOME: &str = "cards-to-cut-out.pdf";
const PRINT_SHOP: &str = "cards-print-shop.pdf";

/// Rewrites `content/FILE` of the project in `dir` (an empty text when it does not exist yet).
fn edit(dir: &Path, file: &str, change: impl FnOnce(String) -> String) {
    let path = dir.join("content").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::write(&path, change(text)).unwrap();
}

/// Every page's boxes as pdfinfo reports them, in points: (MediaBox, TrimBox, BleedBox).
fn boxes(pdf: &Path) -> Vec<[[f64; 4]; 3]> {
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
        let values: Vec<f64> = line[prefix.len()..]
            .split_whitespace()
            .map(|v| v.parse().unwrap())
            .collect();
        [values[0], values[1], values[2], values[3]]
    };
    (1..=pages)
        .map(|p| [read(p, "MediaBox"), read(p, "TrimBox"), read(p, "BleedBox")])
        .collect()
}

/// A PDF's text with every run of white space made one space.
fn plain_text(pdf: &Path) -> String {
    pdf_text(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many lines the shipped `content/FILE` has.
fn seed_lines(file: &str) -> usize {
    read(&repo(), &format!("content/{file}")).lines().count()
}

/// The shipped questions' texts.
fn seed_questions() -> Vec<String> {
    read(&repo(), "content/questions.yaml")
        .lines()
        .filter_map(|l| l.trim().strip_prefix("text: \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect()
}

/// Points (as poppler reports them) to millimetres (as the layout measures).
fn mm(points: f64) -> f32 {
    points as f32 / PT_PER_MM
}

#[test]
fn print_shop_pdf_has_one_card_per_page_with_trim_and_bleed() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    build_ok(project.path(), &[]);
    let pages = boxes(&output_file(project.path(), PRINT_SHOP));
    // Title card, how-to-use card and 20 questions, each followed by its back.
    assert_eq!(pages.len(), 2 * 22);
    for [media, trim, bleed] in pages {
        let (w, h) = (mm(media[2] - media[0]), mm(media[3] - media[1]));
        assert!(
            (w - 69.0).abs() < 0.1 && (h - 94.0).abs() < 0.1,
            "{media:?}"
        );
        let trim_mm = trim.map(mm);
        for (value, expected) in trim_mm.iter().zip([3.0, 3.0, 66.0, 91.0]) {
            assert!((value - expected).abs() < 0.1, "TrimBox {trim_mm:?}");
        }
        assert_eq!(bleed, media);
    }
}

#[test]
fn print_shop_words_stay_inside_the_safe_zone() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    build_ok(project.path(), &[]);
    let words = pdf_words(&output_file(project.path(), PRINT_SHOP));
    assert!(words.len() > 300);
    // 3 mm bleed + 3 mm safe zone from each edge of the 69 × 94 mm page.
    let safe = Rect::new(6.0, 6.0, 57.0, 82.0);
    for word in words {
        let rect = Rect::new(
            mm(word.x_min),
            mm(word.y_min),
            mm(word.x_max - word.x_min),
            mm(word.y_max - word.y_min),
        );
        assert!(safe.grow(mm(POINT_TOLERANCE)).contains(&rect), "{word:?}");
    }
}

#[test]
fn home_words_stay_inside_their_cards_safe_zones() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    build_ok(project.path(), &[]);
    let layout = Imposition::new(Size::A4, Size::POKER, Backs::DuplexLongEdge).unwrap();
    let mut cards: Vec<Rect> = (0..layout.per_sheet())
        .map(|slot| layout.front(slot))
        .collect();
    cards.extend((0..layout.per_sheet()).filter_map(|slot| layout.back(slot)));
    let words = pdf_words(&output_file(project.path(), HOME));
    // Pages 1 and 2 are the test sheet.
    assert!(words.iter().any(|w| w.page == 1 && w.text == "Test"));
    let on_cards: Vec<&Word> = words.iter().filter(|w| w.page > 2).collect();
    assert!(on_cards.len() > 300);
    for word in on_cards {
        // pdftotext measures from the top; the layout from the bottom of the A4 page.
        let rect = Rect::new(
            mm(word.x_min),
            297.0 - mm(word.y_max),
            mm(word.x_max - word.x_min),
            mm(word.y_max - word.y_min),
        );
        let inside = cards
            .iter()
            .any(|card| card.grow(-3.0 + mm(POINT_TOLERANCE)).contains(&rect));
        assert!(
            inside,
            "page {}: {word:?} is not inside a card's safe zone",
            word.page
        );
    }
}

#[test]
fn both_pdfs_embed_their_fonts_and_give_back_every_question() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    build_ok(project.path(), &[]);
    let questions = seed_questions();
    assert_eq!(questions.len(), 20);
    for name in [HOME, PRINT_SHOP] {
        let pdf = output_file(project.path(), name);
        let fonts = poppler("pdffonts", &[arg(&pdf)]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{fonts}");
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            // name, type (2 words), encoding, emb, sub, uni, object id
            assert!(columns[0].contains("+Vollkorn"), "{row}");
            assert_eq!(&columns[4..7], ["yes", "yes", "yes"], "{row}");
        }
        let text = plain_text(&pdf);
        for question in &questions {
            assert!(
                text.contains(question.as_str()),
                "{name} lacks “{question}”"
            );
        }
        assert!(text.contains("Tim Jackson, LMFT"));
        assert!(text.contains("7 / 20"));
    }
}

#[test]
fn every_back_shows_the_deck_title_and_each_card_design_is_stored_once() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    build_ok(project.path(), &[]);
    let shop = output_file(project.path(), PRINT_SHOP);
    let home = output_file(project.path(), HOME);
    for pdf in [&shop, &home] {
        let bytes = std::fs::read(pdf).unwrap();
        let forms = String::from_utf8_lossy(&bytes)
            .matches("/Subtype /Form")
            .count();
        // The back, the title and how-to cards' design, and the one of the seed's questions
        // (none has a category): three drawings for 22 fronts and backs.
        assert_eq!(forms, 3, "{}", pdf.display());
    }
    let titles = |words: &[Word], page: usize| {
        words
            .iter()
            .filter(|w| w.page == page && w.text == "Empathy")
            .count()
    };
    // Print shop: every even page is a back; home: page 4 holds the first sheet's nine backs.
    let shop_words = pdf_words(&shop);
    for page in (2..=44).step_by(2) {
        assert_eq!(titles(&shop_words, page), 1, "print-shop page {page}");
    }
    assert_eq!(titles(&pdf_words(&home), 4), 9);
}

#[test]
fn builds_are_byte_for_byte_reproducible() {
    let project = seed_project();
    assert_rebuilds_identically(project.path(), &[HOME, PRINT_SHOP]);
}

#[test]
fn pdfs_are_dated_by_source_date_epoch() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    let output = deckle_with_env(
        project.path(),
        &["build"],
        &[("SOURCE_DATE_EPOCH", "1700000000")],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = output_file(project.path(), PRINT_SHOP);
    let info = poppler("pdfinfo", &["-isodates", arg(&pdf)]);
    assert!(info.contains("2023-11-14T22:13:20"), "{info}");
}

#[test]
fn settings_choose_paper_backs_and_marks() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    edit(project.path(), "settings.yaml", |text| {
        format!(
            "{text}deck:\n  card_size: bridge\n  paper: letter\n  backs: fold-over\n  cut_marks: dashed-lines\n  calibration_page: false\n"
        )
    });
    build_ok(project.path(), &[]);
    let pdf = output_file(project.path(), HOME);
    let pages = boxes(&pdf);
    let layout = Imposition::new(
        Size::PAPER_NAMES[1].1,
        Size::CARD_NAMES[1].1,
        Backs::FoldOver,
    )
    .unwrap();
    assert_eq!(pages.len(), 22_usize.div_ceil(layout.per_sheet()));
    let [media, ..] = pages[0];
    assert!(
        (mm(media[2]) - layout.page.width).abs() < 0.1
            && (mm(media[3]) - layout.page.height).abs() < 0.1
    );
    assert!(!plain_text(&pdf).contains("Test sheet"));
}

#[test]
fn a_question_too_long_for_the_card_fails_the_build_naming_it() {
    let project = seed_project();
    edit(project.path(), "questions.yaml", |text| {
        format!(
            "{text}  - id: never-ending\n    text: \"{}\"\n",
            "And then what happened? ".repeat(40)
        )
    });
    let stderr = build_error(project.path());
    // Located at the question's text: the line after its `id:`, where the value starts.
    let line = seed_lines("questions.yaml") + 2;
    let expected =
        format!("content/questions.yaml:{line}:11: question 21 (`never-ending`) does not fit");
    assert!(stderr.contains(&expected), "{stderr}");
    // Both card PDFs share the layout that failed, and the problem is told once.
    assert_eq!(stderr.matches(&expected).count(), 1, "{stderr}");
    assert!(!stderr.contains("problems found"), "{stderr}");
    assert!(!output_file(project.path(), HOME).exists());
}

#[test]
fn unknown_card_sizes_and_cards_larger_than_the_paper_are_explained() {
    let project = seed_project();
    edit(project.path(), "settings.yaml", |text| {
        format!("{text}deck:\n  card_size: pokr\n")
    });
    let stderr = build_error(project.path());
    assert!(stderr.contains("did you mean `poker`?"), "{stderr}");

    edit(project.path(), "settings.yaml", |_| {
        "deck:\n  card_size: 250x300\n".to_string()
    });
    let stderr = build_error(project.path());
    assert!(stderr.contains("does not fit on the paper"), "{stderr}");

    edit(project.path(), "settings.yaml", |_| {
        "deck:\n  back: none\n".to_string()
    });
    let stderr = build_error(project.path());
    assert!(stderr.contains("did you mean `backs`?"), "{stderr}");
}

#[test]
fn cards_are_tagged_card_by_card() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    build_ok(project.path(), &[]);
    for name in [PRINT_SHOP, HOME] {
        let structure = pdf_structure(&output_file(project.path(), name));
        let paragraphs: Vec<&str> = structure
            .iter()
            .filter(|(kind, _)| kind == "P")
            .map(|(_, text)| text.as_str())
            .collect();
        // Every question is one paragraph, in the deck's order; card numbers and the backs'
        // title are not content.
        let questions: Vec<&str> = paragraphs
            .iter()
            .copied()
            .filter(|text| text.ends_with('?'))
            .collect();
        assert_eq!(questions, seed_questions(), "{name}");
        assert!(
            !structure.iter().any(|(_, t)| t.contains(" / 20")),
            "{name}"
        );
        assert_eq!(
            structure.iter().filter(|(kind, _)| kind == "H1").count(),
            1,
            "{name}"
        );
    }
}
