//! The card deck PDFs, built by the real binary from the seed content and read back with
//! poppler's tools (`pdfinfo`, `pdftotext`, `pdffonts`), as a print shop's checks would.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use deckle::deck::Imposition;
use deckle::pdf::{PT_PER_MM, Rect};
use deckle::settings::{Backs, Size};

const POINT_TOLERANCE: f32 = 0.05;

/// A copy of the seed content in a fresh folder, removed when dropped.
struct Project {
    root: PathBuf,
}

impl Project {
    fn seed(name: &str) -> Project {
        let root = std::env::temp_dir().join(format!("deckle-deck-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("content")).unwrap();
        let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        for entry in fs::read_dir(seed).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), root.join("content").join(entry.file_name())).unwrap();
        }
        Project { root }
    }

    fn edit(&self, file: &str, change: impl FnOnce(String) -> String) {
        let path = self.root.join("content").join(file);
        let text = fs::read_to_string(&path).unwrap_or_default();
        fs::write(&path, change(text)).unwrap();
    }

    fn build(&self) -> Output {
        Command::new(env!("CARGO_BIN_EXE_deckle"))
            .arg("build")
            .current_dir(&self.root)
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .output()
            .unwrap()
    }

    fn built(&self) -> &Project {
        let output = self.build();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        self
    }

    fn pdf(&self, name: &str) -> PathBuf {
        self.root.join("output").join(name)
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// Runs a poppler tool, failing with a clear message when it is not installed.
fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("`{tool}` could not be run ({e}); these tests need poppler: apt-get install poppler-utils")
    });
    assert!(
        output.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Every page's boxes as pdfinfo reports them, in points: (MediaBox, TrimBox, BleedBox).
fn boxes(pdf: &Path) -> Vec<[[f32; 4]; 3]> {
    let path = pdf.to_str().unwrap();
    let pages: usize = poppler("pdfinfo", &[path])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let report = poppler(
        "pdfinfo",
        &["-box", "-f", "1", "-l", &pages.to_string(), path],
    );
    let read = |page: usize, name: &str| -> [f32; 4] {
        let prefix = format!("Page {page:>4} {name}:");
        let line = report
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no {prefix} in pdfinfo's report"));
        let values: Vec<f32> = line[prefix.len()..]
            .split_whitespace()
            .map(|v| v.parse().unwrap())
            .collect();
        [values[0], values[1], values[2], values[3]]
    };
    (1..=pages)
        .map(|p| [read(p, "MediaBox"), read(p, "TrimBox"), read(p, "BleedBox")])
        .collect()
}

/// One word from `pdftotext -bbox`: its text and box in points from the page's top-left.
#[derive(Debug)]
struct Word {
    page: usize,
    text: String,
    x_min: f32,
    y_min: f32,
    x_max: f32,
    y_max: f32,
}

fn words(pdf: &Path) -> Vec<Word> {
    let html = poppler("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
    let attribute = |tag: &str, name: &str| -> f32 {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    let mut page = 0;
    let mut found = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if let Some(rest) = line.strip_prefix("<word ") {
            let (tag, text) = rest.split_once('>').unwrap();
            found.push(Word {
                page,
                text: text.trim_end_matches("</word>").replace("&amp;", "&"),
                x_min: attribute(tag, "xMin"),
                y_min: attribute(tag, "yMin"),
                x_max: attribute(tag, "xMax"),
                y_max: attribute(tag, "yMax"),
            });
        }
    }
    found
}

fn plain_text(pdf: &Path) -> String {
    let text = poppler("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed_lines(file: &str) -> usize {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(file);
    fs::read_to_string(path).unwrap().lines().count()
}

fn seed_questions() -> Vec<String> {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/questions.yaml"))
            .unwrap();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("text: \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect()
}

fn mm(points: f32) -> f32 {
    points / PT_PER_MM
}

#[test]
fn print_shop_pdf_has_one_card_per_page_with_trim_and_bleed() {
    let project = Project::seed("shop-boxes");
    let pdf = project.built().pdf("cards-print-shop.pdf");
    let pages = boxes(&pdf);
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
    let project = Project::seed("shop-words");
    let pdf = project.built().pdf("cards-print-shop.pdf");
    let words = words(&pdf);
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
    let project = Project::seed("home-words");
    let pdf = project.built().pdf("cards-to-cut-out.pdf");
    let layout = Imposition::new(Size::A4, Size::POKER, Backs::DuplexLongEdge).unwrap();
    let mut cards: Vec<Rect> = (0..layout.per_sheet())
        .map(|slot| layout.front(slot))
        .collect();
    cards.extend((0..layout.per_sheet()).filter_map(|slot| layout.back(slot)));
    let words = words(&pdf);
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
    let project = Project::seed("fonts-text");
    project.built();
    let questions = seed_questions();
    assert_eq!(questions.len(), 20);
    for name in ["cards-to-cut-out.pdf", "cards-print-shop.pdf"] {
        let pdf = project.pdf(name);
        let fonts = poppler("pdffonts", &[pdf.to_str().unwrap()]);
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
fn builds_are_byte_for_byte_reproducible() {
    let project = Project::seed("reproducible");
    let first = fs::read(project.built().pdf("cards-to-cut-out.pdf")).unwrap();
    let shop = fs::read(project.pdf("cards-print-shop.pdf")).unwrap();
    project.built();
    assert!(first == fs::read(project.pdf("cards-to-cut-out.pdf")).unwrap());
    assert!(shop == fs::read(project.pdf("cards-print-shop.pdf")).unwrap());
    let info = poppler(
        "pdfinfo",
        &[
            "-isodates",
            project.pdf("cards-print-shop.pdf").to_str().unwrap(),
        ],
    );
    assert!(info.contains("2023-11-14T22:13:20"), "{info}");
}

#[test]
fn settings_choose_paper_backs_and_marks() {
    let project = Project::seed("settings");
    project.edit("settings.yaml", |text| {
        format!("{text}deck:\n  card_size: bridge\n  paper: letter\n  backs: fold-over\n  cut_marks: dashed-lines\n  calibration_page: false\n")
    });
    let pdf = project.built().pdf("cards-to-cut-out.pdf");
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
    let project = Project::seed("too-long");
    project.edit("questions.yaml", |text| {
        format!(
            "{text}  - id: never-ending\n    text: \"{}\"\n",
            "And then what happened? ".repeat(40)
        )
    });
    let output = project.build();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Located at the question's `id:` line, just after the seed's last line.
    let line = seed_lines("questions.yaml") + 1;
    let expected =
        format!("content/questions.yaml:{line}: question 21 (`never-ending`) does not fit");
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(!project.pdf("cards-to-cut-out.pdf").exists());
}

#[test]
fn unknown_card_sizes_and_cards_larger_than_the_paper_are_explained() {
    let project = Project::seed("bad-size");
    project.edit("settings.yaml", |text| {
        format!("{text}deck:\n  card_size: pokr\n")
    });
    let stderr = String::from_utf8_lossy(&project.build().stderr).to_string();
    assert!(stderr.contains("did you mean `poker`?"), "{stderr}");

    project.edit("settings.yaml", |_| {
        "deck:\n  card_size: 250x300\n".to_string()
    });
    let stderr = String::from_utf8_lossy(&project.build().stderr).to_string();
    assert!(stderr.contains("does not fit on the paper"), "{stderr}");

    project.edit("settings.yaml", |_| "deck:\n  back: none\n".to_string());
    let stderr = String::from_utf8_lossy(&project.build().stderr).to_string();
    assert!(stderr.contains("did you mean `backs`?"), "{stderr}");
}
