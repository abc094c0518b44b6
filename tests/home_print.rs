//! Home printing as a printer and a pair of scissors see it: the seed's cards built by the
//! real binary on A4, Letter and A3, as business cards and folded-over mini cards, rendered at
//! 300 dpi and measured in pixels (how far the backs' colour runs past each card, how near ink
//! comes to the paper's edge, where dashed cut lines and frames are), and read back with
//! lopdf and poppler (line widths, type sizes, the lines of every card's text).

mod common;

use std::path::{Path, PathBuf};

use common::raster::{PX_PER_MM, Page};
use common::*;
use deckle::deck::Imposition;
use deckle::display::Rect;
use deckle::settings::{Backs, Size};

const HOME: &str = "cards-to-cut-out.pdf";
const PRINT_SHOP: &str = "cards-print-shop.pdf";
/// Darker than this is ink; the paper renders 255 and antialiased edges in between.
const INK: u8 = 200;

/// The seed built with `deck:` settings `deck` (YAML lines); its folder and output folder.
fn build(deck: &str) -> (tempfile::TempDir, PathBuf) {
    build_in("en", deck)
}

fn build_in(language: &str, deck: &str) -> (tempfile::TempDir, PathBuf) {
    let project = seed_project();
    let settings =
        format!("title: \"Unlocking the Power of Empathy\"\nlanguage: {language}\ndeck:\n{deck}\n");
    std::fs::write(project.path().join("content/settings.yaml"), settings).unwrap();
    build_ok(project.path(), &[]);
    let out = output_file(project.path(), HOME)
        .parent()
        .unwrap()
        .to_path_buf();
    (project, out)
}

/// The variants the checks run on: (settings, paper, card, backs).
fn variants() -> Vec<(&'static str, Size, Size, Backs)> {
    let [(_, a4), (_, letter), (_, a3)] = Size::PAPER_NAMES;
    let card = |name: &str| Size::CARD_NAMES.iter().find(|(n, _)| *n == name).unwrap().1;
    vec![
        ("  paper: a4", a4, card("poker"), Backs::DuplexLongEdge),
        (
            "  paper: letter",
            letter,
            card("poker"),
            Backs::DuplexLongEdge,
        ),
        ("  paper: a3", a3, card("poker"), Backs::DuplexLongEdge),
        (
            "  card_size: business",
            a4,
            card("business"),
            Backs::DuplexLongEdge,
        ),
        (
            "  card_size: mini\n  backs: fold-over\n  smallest_font_size: 8",
            a4,
            card("mini"),
            Backs::FoldOver,
        ),
    ]
}

fn pages(pdf: &Path) -> usize {
    pdf_info(pdf).pages
}

/// How far, in mm, the dark colour around (x, y) runs outward in direction (dx, dy).
fn run_outward(page: &Page, (x, y): (f32, f32), (dx, dy): (f32, f32)) -> f32 {
    let step = 1.0 / PX_PER_MM;
    let mut distance = 0.0;
    while distance < 10.0
        && page.at_mm(x + dx * (distance + step), y + dy * (distance + step)) < INK
    {
        distance += step;
    }
    distance
}

#[test]
fn backs_run_at_least_1_5_mm_past_every_edge_of_every_card() {
    if skip_without_poppler() {
        return;
    }
    for (deck, paper, card, backs) in variants() {
        let (_project, out) = build(deck);
        let layout = Imposition::new(paper, card, backs).unwrap();
        // The test sheet is pages 1 (and 2); the first card sheet's backs follow it.
        let page = Page::render(&out.join(HOME), if layout.duplex() { 4 } else { 2 });
        let mut least = f32::MAX;
        for slot in 0..layout.per_sheet() {
            let back = layout.back(slot).unwrap();
            let front = layout.front(slot);
            // Inside the card by 0.3 mm, then outwards: at a quarter, half and three quarters
            // of each edge, and along the diagonals at the corners.
            let inset = 0.3;
            let b = back.grow(-inset);
            let mut probes = Vec::new();
            for f in [0.25, 0.5, 0.75] {
                probes.push(((b.x + f * b.w, b.y), (0.0, -1.0)));
                probes.push(((b.x + f * b.w, b.top()), (0.0, 1.0)));
                probes.push(((b.x, b.y + f * b.h), (-1.0, 0.0)));
                probes.push(((b.right(), b.y + f * b.h), (1.0, 0.0)));
            }
            let d = std::f32::consts::FRAC_1_SQRT_2;
            probes.extend([
                ((b.x, b.y), (-d, -d)),
                ((b.right(), b.y), (d, -d)),
                ((b.x, b.top()), (-d, d)),
                ((b.right(), b.top()), (d, d)),
            ]);
            for (start, direction) in probes {
                let reached = run_outward(&page, start, direction);
                // Folded over, the back's side at the fold meets its own front, which has no
                // bleed of its own.
                let end = (start.0 + direction.0 * 2.0, start.1 + direction.1 * 2.0);
                let into_front = front.grow(2.5).contains(&Rect::new(end.0, end.1, 0.0, 0.0));
                if backs == Backs::FoldOver && into_front {
                    continue;
                }
                let past = if direction.0 != 0.0 && direction.1 != 0.0 {
                    reached / std::f32::consts::SQRT_2 - inset
                } else {
                    reached - inset
                };
                least = least.min(past);
            }
        }
        eprintln!("{deck:?}: backs run at least {least:.2} mm past their cards");
        assert!(
            least >= 1.5,
            "{deck:?}: a back runs only {least:.2} mm past"
        );
    }
}

#[test]
fn no_mark_and_no_card_is_printed_within_5_mm_of_the_paper_edge() {
    if skip_without_poppler() {
        return;
    }
    let mut variants = variants();
    variants.push((
        "  cut_marks: dashed-lines",
        Size::A4,
        Size::POKER,
        Backs::DuplexLongEdge,
    ));
    for (deck, ..) in variants {
        let (_project, out) = build(deck);
        let pdf = out.join(HOME);
        let duplex = !deck.contains("fold-over");
        let mut least = f32::MAX;
        for number in 1..=pages(&pdf) {
            // A two-sided sheet's back (after the test sheet) holds only the backs, whose
            // colour may run into the margin: the cards' edges are measured on the fronts.
            if duplex && number > 2 && number % 2 == 0 {
                continue;
            }
            if let Some(distance) = Page::render(&pdf, number).ink_to_edge(250, 8.0) {
                least = least.min(distance);
            }
        }
        eprintln!("{deck:?}: ink comes {least:.2} mm from the paper's edge at the nearest");
        assert!(
            least >= 5.0 - 1.0 / PX_PER_MM,
            "{deck:?}: ink {least:.2} mm from the edge"
        );
    }
}

#[test]
fn dashed_lines_run_along_every_side_of_every_card_outside_it() {
    if skip_without_poppler() {
        return;
    }
    let layout = Imposition::new(Size::A4, Size::POKER, Backs::DuplexLongEdge).unwrap();
    // How much of each card side, 0.5 mm outside it, is inked, for each style.
    let coverage = |deck: &str| -> Vec<f32> {
        let (_project, out) = build(deck);
        let page = Page::render(&out.join(HOME), 3);
        let mut sides = Vec::new();
        for slot in 0..layout.per_sheet() {
            let card = layout.front(slot);
            let around = card.grow(0.5);
            let along = |from: (f32, f32), to: (f32, f32)| {
                let samples = 400;
                let inked = (0..samples)
                    .filter(|i| {
                        let t = (*i as f32 + 0.5) / samples as f32;
                        let (x, y) = (from.0 + t * (to.0 - from.0), from.1 + t * (to.1 - from.1));
                        // The line may sit a pixel either side of where it is expected.
                        [-1.0, 0.0, 1.0].iter().any(|o| {
                            let o = o / PX_PER_MM;
                            let vertical = from.0 == to.0;
                            let (px, py) = if vertical { (x + o, y) } else { (x, y + o) };
                            page.at_mm(px, py) < INK
                        })
                    })
                    .count();
                inked as f32 / samples as f32
            };
            let (l, b, r, t) = (around.x, around.y, around.right(), around.top());
            sides.push(along((l, b), (r, b)));
            sides.push(along((r, b), (r, t)));
            sides.push(along((l, t), (r, t)));
            sides.push(along((l, b), (l, t)));
            // Nothing of the line is on the card itself.
            assert!(page.at_mm(card.x + 0.3, card.y + card.h / 2.0) >= INK);
        }
        sides
    };
    let dashed = coverage("  cut_marks: dashed-lines");
    let least = dashed.iter().cloned().fold(f32::MAX, f32::min);
    eprintln!(
        "dashed lines ink at least {:.0} % of every card side",
        least * 100.0
    );
    // Dashes of 3 mm with gaps of 2 mm ink 60 % of a line.
    assert!(least > 0.5, "{dashed:?}");
    let corners = coverage("  cut_marks: corners");
    let most = corners.iter().cloned().fold(0.0, f32::max);
    assert!(
        most < 0.2,
        "corner marks only mark the corners: {corners:?}"
    );
}

/// Every line width (`w`) and type size (`Tf`) set in `pdf`'s content streams, page by page
/// (forms under the page that draws them... and once more on their own, as page 0).
fn widths_and_sizes(pdf: &Path) -> (Vec<f32>, Vec<(u32, f32)>) {
    let document = lopdf::Document::load(pdf).expect("lopdf reads the PDF");
    let mut widths = Vec::new();
    let mut sizes = Vec::new();
    let number = |o: &lopdf::Object| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32));
    let mut read = |page: u32, content: &[u8]| {
        let content = lopdf::content::Content::decode(content).expect("a content stream");
        for operation in content.operations {
            match operation.operator.as_str() {
                "w" => widths.push(number(&operation.operands[0]).unwrap()),
                "Tf" => sizes.push((page, number(&operation.operands[1]).unwrap())),
                _ => {}
            }
        }
    };
    for (page, id) in document.get_pages() {
        read(page, &document.get_page_content(id));
    }
    for object in document.objects.values() {
        if let lopdf::Object::Stream(stream) = object {
            let form = stream.dict.get(b"Subtype").and_then(|s| s.as_name());
            if form.is_ok_and(|name| name == b"Form") {
                read(
                    0,
                    &stream
                        .decompressed_content()
                        .unwrap_or(stream.content.clone()),
                );
            }
        }
    }
    (widths, sizes)
}

#[test]
fn every_line_is_at_least_a_quarter_point_and_frames_sit_well_inside_the_cut() {
    if skip_without_poppler() {
        return;
    }
    let (_project, out) = build("  paper: a4");
    for file in [HOME, PRINT_SHOP, "booklet-a5.pdf", "booklet-to-fold.pdf"] {
        let (widths, _) = widths_and_sizes(&out.join(file));
        let thinnest = widths.iter().cloned().fold(f32::MAX, f32::min);
        eprintln!("{file}: the thinnest line is {thinnest} pt");
        assert!(thinnest >= 0.25, "{file}: a {thinnest} pt line");
    }
    // The print-shop title card and its back: the frame's outer line, from the cut (3 mm
    // inside the 3 mm bleed), at mid-height.
    let pdf = out.join(PRINT_SHOP);
    for number in [1, 2] {
        let page = Page::render(&pdf, number);
        let row = page.height / 2;
        let light = page.at(page.width / 2, (3.0 * PX_PER_MM) as usize + 2);
        let background = |column: usize| page.at(column, row).abs_diff(light) < 40;
        let cut = (3.0 * PX_PER_MM).round() as usize;
        let first = (cut..page.width)
            .find(|&column| !background(column))
            .unwrap();
        let inset = (first - cut) as f32 / PX_PER_MM;
        eprintln!("page {number}: the frame is {inset:.2} mm inside the cut");
        assert!(
            inset >= 3.8,
            "page {number}: the frame {inset:.2} mm from the cut"
        );
    }
}

/// Each card paragraph's lines, from a print-shop PDF's front pages.
fn card_paragraphs(pdf: &Path) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    for number in (1..=pages(pdf)).step_by(2) {
        let n = number.to_string();
        let text = poppler("pdftotext", &["-f", &n, "-l", &n, arg(pdf), "-"]);
        for paragraph in text.split("\n\n") {
            let lines: Vec<String> = paragraph
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.contains('\u{c}'))
                .map(str::to_string)
                .collect();
            if !lines.is_empty() {
                found.push((number, lines));
            }
        }
    }
    found
}

#[test]
fn cards_keep_no_lone_last_word_no_hanging_i_or_a_and_the_how_to_card_its_size() {
    if skip_without_poppler() {
        return;
    }
    for (deck, allowed) in [
        ("  paper: a4", 0),
        ("  card_size: mini\n  smallest_font_size: 8", 1),
    ] {
        let (_project, out) = build(deck);
        let pdf = out.join(PRINT_SHOP);
        let paragraphs = card_paragraphs(&pdf);
        let lone: Vec<_> = paragraphs
            .iter()
            .filter(|(_, lines)| lines.len() > 1 && lines.last().unwrap().split(' ').count() == 1)
            .collect();
        let hanging: Vec<_> = paragraphs
            .iter()
            .flat_map(|(page, lines)| lines[..lines.len() - 1].iter().map(move |l| (page, l)))
            .filter(|(_, line)| matches!(line.rsplit(' ').next(), Some("I" | "a" | "A")))
            .collect();
        eprintln!("{deck:?}: lone last words {lone:?}, lines ending in I or a {hanging:?}");
        // On a mini card, "our future together?" would need type 4 pt smaller to share a line.
        assert!(lone.len() <= allowed, "{deck:?}: {lone:?}");
        assert!(hanging.is_empty(), "{deck:?}: {hanging:?}");
        // The how-to-use cards (one, or two on a mini card) keep to smallest_font_size.
        let smallest = if deck.contains("mini") { 8.0 } else { 11.0 };
        let how_to: Vec<u32> = paragraphs
            .iter()
            .filter(|(_, lines)| lines[0].starts_with("Here’s") || lines[0].starts_with("These"))
            .map(|(page, _)| *page as u32)
            .collect();
        assert!(!how_to.is_empty());
        let (_, sizes) = widths_and_sizes(&pdf);
        for (page, size) in sizes.iter().filter(|(page, _)| how_to.contains(page)) {
            assert!(
                *size >= smallest,
                "{deck:?}: the how-to card on page {page} at {size} pt"
            );
        }
    }
}

#[test]
fn the_test_sheet_shows_a_wrong_flip_and_says_what_to_change() {
    if skip_without_poppler() {
        return;
    }
    for (deck, change) in [
        ("  paper: a4", "choose “flip on short edge” instead"),
        (
            "  backs: duplex-short-edge",
            "choose “flip on long edge” instead",
        ),
    ] {
        let (_project, out) = build(deck);
        let pdf = out.join(HOME);
        let text = pdf_text(&pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(change), "{text}");
        assert!(text.contains("This side up"), "{text}");
        let front = Page::render(&pdf, 1);
        let back = Page::render(&pdf, 2);
        let (w, h) = (front.width, front.height);
        // Where a pixel of the back lands behind the front, for the flip asked for and the
        // other one (portrait A4: a long-edge flip mirrors left and right).
        let long = deck.contains("a4");
        let right = |c: usize, r: usize| if long { (w - 1 - c, r) } else { (c, h - 1 - r) };
        let wrong = |c: usize, r: usize| if long { (c, h - 1 - r) } else { (w - 1 - c, r) };
        // Of the back's ink below its heading, how much has ink in front of it.
        let shared = |land: &dyn Fn(usize, usize) -> (usize, usize)| {
            let (mut ink, mut both) = (0, 0);
            for r in (40.0 * PX_PER_MM) as usize..h {
                for c in (0..w).step_by(2) {
                    if back.dark(c, r, INK) {
                        ink += 1;
                        let (fc, fr) = land(c, r);
                        let near = (fc.saturating_sub(3)..fc + 4)
                            .any(|x| (fr.saturating_sub(3)..fr + 4).any(|y| front.dark(x, y, INK)));
                        both += usize::from(near);
                    }
                }
            }
            both as f32 / ink as f32
        };
        let (good, bad) = (shared(&right), shared(&wrong));
        eprintln!(
            "{deck:?}: {:.0} % of the back's marks show through onto the front's when flipped as asked, {:.0} % when flipped the other way",
            good * 100.0,
            bad * 100.0
        );
        assert!(good > 0.97 && bad < 0.5, "{deck:?}: {good} {bad}");
    }
    // The words come from the deck's language.
    let (_project, out) = build_in("fr", "  paper: a4");
    let text = pdf_text(&out.join(HOME));
    assert!(text.contains("Ce côté vers le haut"), "{text}");
}

#[test]
fn the_how_to_cards_text_keeps_its_distance_from_the_frame() {
    if skip_without_poppler() {
        return;
    }
    // A poker card keeps 3 mm; a mini card, which needs the width for its words, 2.55 mm.
    for (deck, least) in [
        ("  paper: a4", 2.9),
        ("  card_size: mini\n  smallest_font_size: 8", 2.5),
    ] {
        let (_project, out) = build(deck);
        let pdf = out.join(PRINT_SHOP);
        // Page 3 is the how-to-use card: its frame's inner line, found from the left at the
        // height of its first line of text, and the text's left edge.
        let words: Vec<Word> = pdf_words(&pdf)
            .into_iter()
            .filter(|w| w.page == 3)
            .collect();
        let first = &words[0];
        let page = Page::render(&pdf, 3);
        let row = (((first.y_min + first.y_max) / 2.0) as f32 / 72.0 * 300.0) as usize;
        let lines: Vec<usize> = (1..page.width / 2)
            .filter(|&c| page.dark(c, row, INK) && !page.dark(c - 1, row, INK))
            .collect();
        // The outer line, then the inner one.
        let inner_line = lines[1] as f32 / PX_PER_MM;
        let text = words.iter().map(|w| w.x_min).fold(f64::MAX, f64::min) as f32 / 72.0 * 25.4;
        let room = text - inner_line;
        eprintln!("{deck:?}: the how-to card's text is {room:.2} mm inside its frame");
        assert!(room >= least, "{deck:?}: {room:.2} mm");
    }
}
