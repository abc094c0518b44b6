//! The booklet PDFs, read back with poppler's pdftotext and pdfinfo: page numbers where a
//! saddle-stitched booklet needs them, every word inside the margins, no word of the article
//! lost, and the same bytes on every build.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use pulldown_cmark::{Event, Parser, Tag};

const MM: f64 = 72.0 / 25.4;
const READING: &str = "booklet-a5.pdf";
const TO_FOLD: &str = "booklet-to-fold.pdf";

/// A copy of a project in a fresh temporary folder, removed when dropped.
struct Project {
    root: PathBuf,
}

impl Project {
    /// Copies the `content/` folder found in `source` into a new project named `name`.
    fn copy(source: &Path, name: &str) -> Project {
        let root =
            std::env::temp_dir().join(format!("deckle-booklet-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("content")).unwrap();
        for entry in std::fs::read_dir(source.join("content")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), root.join("content").join(entry.file_name())).unwrap();
        }
        Project { root }
    }

    fn fixture(name: &str) -> Project {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/booklet");
        Project::copy(&source, name)
    }

    fn seed(name: &str) -> Project {
        Project::copy(Path::new(env!("CARGO_MANIFEST_DIR")), name)
    }

    fn write_settings(&self, yaml: &str) {
        std::fs::write(self.root.join("content/settings.yaml"), yaml).unwrap();
    }

    fn build(&self) {
        let out = Command::new(env!("CARGO_BIN_EXE_deckle"))
            .arg("build")
            .current_dir(&self.root)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "build failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn pdf(&self, name: &str) -> PathBuf {
        self.root.join("output").join(name)
    }

    fn article_body(&self) -> String {
        let text = std::fs::read_to_string(self.root.join("content/article.md")).unwrap();
        // The body follows the second `---` line of the header.
        text.splitn(3, "---\n").nth(2).unwrap().to_string()
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {program} (install poppler-utils): {e}");
        });
    assert!(out.status.success(), "{program} {args:?} failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Number of pages and page size in points.
fn info(pdf: &Path) -> (usize, f64, f64) {
    let text = run("pdfinfo", &[pdf.to_str().unwrap()]);
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap()
            .trim()
            .to_string()
    };
    let pages = field("Pages:").parse().unwrap();
    let size = field("Page size:");
    let mut numbers = size
        .split_whitespace()
        .filter_map(|w| w.parse::<f64>().ok());
    (pages, numbers.next().unwrap(), numbers.next().unwrap())
}

/// The text in a rectangle of page `page` (1-based), in points from the top-left corner.
fn text_in(pdf: &Path, page: usize, (x, y, w, h): (f64, f64, f64, f64)) -> String {
    let page = page.to_string();
    let [x, y, w, h] = [x, y, w, h].map(|v| (v.round() as i64).to_string());
    run(
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
            pdf.to_str().unwrap(),
            "-",
        ],
    )
    .trim()
    .to_string()
}

/// A word's box on a page, in points from the top-left corner.
#[derive(Debug)]
struct Word {
    page: usize,
    text: String,
    x_min: f64,
    y_min: f64,
    x_max: f64,
    y_max: f64,
}

/// Every word of the PDF with its box (`pdftotext -bbox`).
fn words(pdf: &Path) -> Vec<Word> {
    let html = run("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
    let attribute = |line: &str, name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse().unwrap()
    };
    let mut page = 0;
    let mut found = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if line.starts_with("<word ") {
            let text_start = line.find('>').unwrap() + 1;
            let text_end = line.rfind("</word>").unwrap();
            found.push(Word {
                page,
                text: line[text_start..text_end].to_string(),
                x_min: attribute(line, "xMin"),
                y_min: attribute(line, "yMin"),
                x_max: attribute(line, "xMax"),
                y_max: attribute(line, "yMax"),
            });
        }
    }
    found
}

/// The 1-based booklet pages on the left and right halves of each printed side, 0 for a
/// blank half: sheet `s` (from the outside of the stack) carries pages n−2s and 2s+1 on its
/// front and 2s+2 and n−2s−1 on its back, n being the page count rounded up to a multiple of 4.
fn saddle_stitch_order(pages: usize) -> Vec<[usize; 2]> {
    let n = pages.div_ceil(4) * 4;
    let shown = |p: usize| if p <= pages { p } else { 0 };
    (0..n / 4)
        .flat_map(|s| [[n - 2 * s, 2 * s + 1], [2 * s + 2, n - 2 * s - 1]])
        .map(|side| side.map(shown))
        .collect()
}

/// What the page-number strip of booklet page `page` shows: nothing on the cover and on
/// blank padding pages.
fn expected_number(page: usize) -> String {
    if page <= 1 {
        String::new()
    } else {
        page.to_string()
    }
}

/// Checks that the imposed PDF carries each booklet page's number at the foot of the right
/// half of the right sheet side, and nothing on blank halves.
fn check_imposed_page_numbers(project: &Project) {
    let (pages, _, a5_height) = info(&project.pdf(READING));
    let (sides, width, height) = info(&project.pdf(TO_FOLD));
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
                &project.pdf(TO_FOLD),
                side,
                (half_x, foot_top, width / 2.0, 20.0 * MM * scale),
            );
            assert_eq!(
                foot,
                expected_number(*page),
                "side {side}, {} half: expected booklet page {page}",
                if half_x == 0.0 { "left" } else { "right" }
            );
        }
    }
}

#[test]
fn page_numbers_sit_where_saddle_stitching_needs_them() {
    // The fixture makes 6 pages: two blank pages pad it to 8.
    let project = Project::fixture("numbers");
    project.build();
    let (pages, width, height) = info(&project.pdf(READING));
    assert!(
        pages % 4 != 0,
        "the fixture should need padding, has {pages} pages"
    );
    assert!((width - 148.0 * MM).abs() < 0.5 && (height - 210.0 * MM).abs() < 0.5);
    for page in 1..=pages {
        let foot = text_in(
            &project.pdf(READING),
            page,
            (0.0, height - 20.0 * MM, width, 20.0 * MM),
        );
        assert_eq!(foot, expected_number(page), "A5 page {page}");
    }
    let (_, sheet_width, sheet_height) = info(&project.pdf(TO_FOLD));
    assert!((sheet_width - 297.0 * MM).abs() < 0.5 && (sheet_height - 210.0 * MM).abs() < 0.5);
    check_imposed_page_numbers(&project);

    let seed = Project::seed("numbers-seed");
    seed.build();
    check_imposed_page_numbers(&seed);
}

#[test]
fn letter_paper_and_no_answer_lines() {
    let project = Project::fixture("letter");
    project.build();
    let (with_lines, _, _) = info(&project.pdf(READING));
    project.write_settings(
        "title: \"Listening Well\"\nbooklet:\n  answer_lines: 0\n  paper: letter\n",
    );
    project.build();
    let (without_lines, _, _) = info(&project.pdf(READING));
    assert!(
        without_lines < with_lines,
        "{without_lines} vs {with_lines}"
    );
    let (_, width, height) = info(&project.pdf(TO_FOLD));
    assert!((width - 792.0).abs() < 0.5 && (height - 612.0).abs() < 0.5);
    check_imposed_page_numbers(&project);
    check_words_inside_halves(&project);
}

/// Every word of the imposed PDF lies within one half of its sheet, inside that half's side
/// margins and at least 10 mm from the sheet's edges.
fn check_words_inside_halves(project: &Project) {
    let (_, width, height) = info(&project.pdf(TO_FOLD));
    let scale = (width / 2.0 / (148.0 * MM))
        .min(height / (210.0 * MM))
        .min(1.0);
    let margin = 18.0 * MM * scale - 0.5;
    let found = words(&project.pdf(TO_FOLD));
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
    for project in [Project::fixture("margins"), Project::seed("margins-seed")] {
        project.build();
        let (_, width, height) = info(&project.pdf(READING));
        let side = 18.0 * MM - 0.5;
        let found = words(&project.pdf(READING));
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
        check_words_inside_halves(&project);
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
    for (project, running_title) in [
        (Project::fixture("words"), "Listening Well"),
        (
            Project::seed("words-seed"),
            "Unlocking the Power of Empathy",
        ),
    ] {
        project.build();
        let text = run("pdftotext", &[project.pdf(READING).to_str().unwrap(), "-"]);
        // Drop the running titles and page numbers, which interrupt the text at page breaks.
        let body: Vec<&str> = text
            .lines()
            .filter(|l| l.trim() != running_title && !l.trim().chars().all(|c| c.is_ascii_digit()))
            .collect();
        let printed = letter_words(&body.join("\n"));
        let expected = markdown_words(&project.article_body());
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
    let project = Project::fixture("bytes");
    project.build();
    let first: HashMap<&str, Vec<u8>> = [READING, TO_FOLD]
        .into_iter()
        .map(|name| (name, std::fs::read(project.pdf(name)).unwrap()))
        .collect();
    project.build();
    for (name, bytes) in first {
        assert!(
            std::fs::read(project.pdf(name)).unwrap() == bytes,
            "{name} changed"
        );
    }
}

#[test]
fn saddle_stitch_order_of_this_test_matches_a_paper_mock_up() {
    // An 8-page booklet folded from two sheets: outer sheet 8|1 and 2|7, inner 6|3 and 4|5.
    assert_eq!(saddle_stitch_order(8), vec![[8, 1], [2, 7], [6, 3], [4, 5]]);
    assert_eq!(saddle_stitch_order(6), vec![[0, 1], [2, 0], [6, 3], [4, 5]]);
}
