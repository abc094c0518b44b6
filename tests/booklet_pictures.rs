//! Pictures and tables in the booklet, built by the real binary from
//! `tests/fixtures/booklet-pictures` and read back with poppler (`pdfimages`, `pdftotext`),
//! qpdf and, where installed, Apache PDFBox's PDF/A-1b preflight.
//!
//! The fixture's JPEG and WebP are CPython's 16 × 16 test pictures (`python.jpg`,
//! `python.webp`); `phone.jpg` (made with Pillow) is stored 240 × 120, mid grey with a black
//! square in its stored top-left corner, and says in EXIF (orientation 6) that it is shown a
//! quarter turn clockwise, 120 × 240 with the square at the top right, as a phone stores a
//! photograph taken upright; the PNGs, 600 × 400 with a transparent disc and a 3000 × 2000
//! greyscale photograph, are made here.

mod common;

use std::path::Path;
use std::process::Command;

use common::raster::Page;
use common::*;

const READING: &str = "booklet-a5.pdf";
const FOLD: &str = "booklet-to-fold.pdf";

/// A 600 × 400 RGBA PNG: a colour gradient with a fully transparent disc in the middle.
fn lake_png() -> Vec<u8> {
    let (width, height) = (600u32, 400u32);
    let mut data = Vec::new();
    for y in 0..height {
        for x in 0..width {
            let (dx, dy) = (x as i64 - 300, y as i64 - 200);
            let alpha = if dx * dx + dy * dy < 80 * 80 { 0 } else { 255 };
            data.extend_from_slice(&[
                (x * 255 / width) as u8,
                120,
                (y * 255 / height) as u8,
                alpha,
            ]);
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&data).unwrap();
    writer.finish().unwrap();
    out
}

/// A 3000 × 2000 greyscale PNG (a gradient): 680 dpi across the booklet's text.
fn photo_png() -> Vec<u8> {
    let (width, height) = (3000u32, 2000u32);
    let data: Vec<u8> = (0..height)
        .flat_map(|y| (0..width).map(move |x| ((x + y) % 256) as u8))
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Grayscale);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&data).unwrap();
    writer.finish().unwrap();
    out
}

/// The fixture project with its PNGs written in.
fn fixture_project() -> tempfile::TempDir {
    let project = project_with_content(&fixture("booklet-pictures/content"));
    let pictures = project.path().join("content/pictures");
    std::fs::write(pictures.join("lake.png"), lake_png()).unwrap();
    std::fs::write(pictures.join("photo.png"), photo_png()).unwrap();
    project
}

/// The fixture project, built; what the build printed on stderr.
fn built() -> (tempfile::TempDir, String) {
    let project = fixture_project();
    let out = build_ok(project.path(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (project, stderr)
}

/// One row of `pdfimages -list`.
#[derive(Debug)]
struct Image {
    page: usize,
    kind: String,
    width: u32,
    height: u32,
    colour: String,
    encoding: String,
    object: u32,
    ppi: u32,
}

fn images(pdf: &Path) -> Vec<Image> {
    poppler("pdfimages", &["-list", arg(pdf)])
        .lines()
        .skip(2)
        .map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            Image {
                page: f[0].parse().unwrap(),
                kind: f[2].to_string(),
                width: f[3].parse().unwrap(),
                height: f[4].parse().unwrap(),
                colour: f[5].to_string(),
                encoding: f[8].to_string(),
                object: f[10].parse().unwrap(),
                ppi: f[12].parse().unwrap(),
            }
        })
        .collect()
}

/// The text of one page, as `pdftotext -layout` lays it out.
fn page_text(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    poppler(
        "pdftotext",
        &[
            "-layout",
            "-f",
            &p,
            "-l",
            &p,
            "-enc",
            "UTF-8",
            arg(pdf),
            "-",
        ],
    )
}

#[test]
fn pictures_are_placed_once_each_without_transparency_beside_their_captions() {
    if skip_without_poppler() {
        return;
    }
    let (project, _) = built();
    for file in [READING, FOLD] {
        let pdf = output_file(project.path(), file);
        let found = images(&pdf);
        // The lake twice, the two JPEGs once each and the photograph, and no soft mask.
        assert_eq!(found.len(), 5, "{file}: {found:?}");
        assert!(found.iter().all(|i| i.kind == "image"), "{file}: {found:?}");
        // The photograph, 680 dpi across the text, is halved to 1500 × 1000 (340 dpi).
        let photo = found.iter().find(|i| i.colour == "gray").unwrap();
        assert_eq!((photo.width, photo.height), (1500, 1000), "{file}");
        assert!((300..400).contains(&photo.ppi), "{file}: {photo:?}");
        let png: Vec<&Image> = found
            .iter()
            .filter(|i| i.encoding == "image" && i.colour == "rgb")
            .collect();
        let jpeg: Vec<&Image> = found.iter().filter(|i| i.encoding == "jpeg").collect();
        assert_eq!(png.len(), 2);
        assert!(png.iter().all(|i| (i.width, i.height) == (600, 400)));
        // Stored once: both places show the same object.
        assert_eq!(png[0].object, png[1].object);
        assert_eq!(jpeg.len(), 2);
        assert_eq!((jpeg[0].width, jpeg[0].height), (16, 16));
        // The phone's photograph goes in as its bytes, stored on its side.
        assert_eq!((jpeg[1].width, jpeg[1].height), (240, 120));
        if file == READING {
            for (image, caption) in [
                (png[0], "A lake at dawn"),
                (png[1], "The lake once more"),
                (jpeg[0], "A small JPEG"),
            ] {
                let text = page_text(&pdf, image.page);
                assert!(
                    text.contains(caption),
                    "{caption} not on page {}",
                    image.page
                );
            }
        }
    }
}

/// The box of the phone's photograph on `page`, in pixels from the top-left corner (left,
/// top, right, bottom, exclusive): the rows holding a run of at least 150 pixels of its mid
/// grey or black (text and the gradient photograph have no such runs).
fn phone_photograph(page: &Page) -> (usize, usize, usize, usize) {
    let mut found: Option<(usize, usize, usize, usize)> = None;
    for row in 0..page.height {
        let mut start = 0;
        for column in 0..=page.width {
            let grey = page.at(column, row);
            let inside = column < page.width && ((135..=165).contains(&grey) || grey < 50);
            if inside {
                continue;
            }
            if column - start >= 150 {
                let (l, t, r, b) = found.unwrap_or((start, row, column, row + 1));
                found = Some((l.min(start), t.min(row), r.max(column), b.max(row + 1)));
            }
            start = column + 1;
        }
    }
    found.expect("the phone's photograph on its page")
}

#[test]
fn a_phone_photograph_stored_on_its_side_is_printed_upright() {
    if skip_without_poppler() {
        return;
    }
    let (project, _) = built();
    let pdf = output_file(project.path(), READING);
    let phone = images(&pdf)
        .into_iter()
        .find(|i| (i.width, i.height) == (240, 120))
        .expect("the phone's photograph in the PDF");
    let page = Page::render(&pdf, phone.page);
    let (left, top, right, bottom) = phone_photograph(&page);
    let (width, height) = (right - left, bottom - top);
    // Shown 120 × 240 pixels at 150 dpi: 240 × 480 pixels at 300 dpi, taller than wide.
    assert!(
        width.abs_diff(240) <= 3 && height.abs_diff(480) <= 3,
        "{width} × {height} at ({left}, {top})"
    );
    // The black square is at the top right, and only there.
    let corner = |column: usize, row: usize| page.at(column, row);
    assert!(corner(right - 20, top + 20) < 50, "top right");
    for (column, row, name) in [
        (left + 20, top + 20, "top left"),
        (left + 20, bottom - 20, "bottom left"),
        (right - 20, bottom - 20, "bottom right"),
    ] {
        assert!(
            (135..=165).contains(&corner(column, row)),
            "{name}: {}",
            corner(column, row)
        );
    }
}

/// The description (`/Alt`) of each Figure element of `pdf`'s structure, in reading order.
fn figure_descriptions(pdf: &Path) -> Vec<String> {
    fn dictionary<'a>(
        doc: &'a lopdf::Document,
        object: &'a lopdf::Object,
    ) -> Option<&'a lopdf::Dictionary> {
        doc.dereference(object).ok()?.1.as_dict().ok()
    }
    let doc = lopdf::Document::load(pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let root = dictionary(&doc, catalog.get(b"StructTreeRoot").unwrap()).unwrap();
    let top = dictionary(&doc, root.get(b"K").unwrap()).unwrap();
    top.get(b"K")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|element| dictionary(&doc, element))
        .filter(|e| e.get(b"S").unwrap().as_name().unwrap() == b"Figure")
        .map(|figure| {
            let alt = figure.get(b"Alt").unwrap().as_str().unwrap();
            match alt.strip_prefix(&[0xfe, 0xff]) {
                Some(utf16) => String::from_utf16(
                    &utf16
                        .chunks(2)
                        .map(|c| u16::from_be_bytes([c[0], c[1]]))
                        .collect::<Vec<_>>(),
                )
                .unwrap(),
                None => String::from_utf8(alt.to_vec()).unwrap(),
            }
        })
        .collect()
}

/// `pdf`'s structure as `pdfinfo -struct-text` shows it: each element below the Document in
/// reading order, as how deep it is (1 for the Document's own), its type and its text (lines
/// joined by spaces).
fn structure_tree(pdf: &Path) -> Vec<(usize, String, String)> {
    let mut elements: Vec<(usize, String, String)> = Vec::new();
    for line in poppler("pdfinfo", &["-struct-text", arg(pdf)]).lines() {
        let depth = (line.len() - line.trim_start().len()) / 2;
        let line = line.trim();
        if let Some(text) = line.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
            if let Some((_, _, joined)) = elements.last_mut() {
                if !joined.is_empty() && !text.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(text);
            }
        } else if depth > 0 && !line.starts_with('/') {
            let kind = line.split([' ', ':']).next().unwrap_or_default();
            elements.push((depth, kind.to_string(), String::new()));
        }
    }
    elements
}

/// What a screen reader reads of `pdf`, element by element: a Figure its description (its
/// `/Alt`) and nothing of what it holds, any other element its text.
fn read_aloud(pdf: &Path) -> Vec<String> {
    let mut descriptions = figure_descriptions(pdf).into_iter();
    let mut read = Vec::new();
    let mut figure: Option<usize> = None;
    for (depth, kind, text) in structure_tree(pdf) {
        if figure.is_some_and(|figure| depth > figure) {
            continue;
        }
        figure = (kind == "Figure").then_some(depth);
        read.push(match figure {
            Some(_) => descriptions.next().expect("a description for each figure"),
            None => text,
        });
    }
    read
}

#[test]
fn a_described_picture_is_a_figure_read_aloud_by_its_description_once() {
    if skip_without_poppler() {
        return;
    }
    let (project, _) = built();
    let described = [
        "A lake at dawn",
        "The lake once more",
        "A large photograph",
        "A phone photograph",
    ];
    for file in [READING, FOLD] {
        let pdf = output_file(project.path(), file);
        assert_eq!(figure_descriptions(&pdf), described, "{file}");
        // Each figure holds its caption as its last child; the picture with a title and no
        // description ("A small JPEG") is not one (its caption is a paragraph), nor are the
        // pictures left out.
        let tree = structure_tree(&pdf);
        let figures: Vec<usize> = (0..tree.len()).filter(|&i| tree[i].1 == "Figure").collect();
        assert_eq!(figures.len(), described.len(), "{file}: {tree:?}");
        for (at, caption) in figures.into_iter().zip(described) {
            let (depth, _, text) = &tree[at];
            assert_eq!(text, "", "{file}: a figure shows no text of its own");
            let held = (depth + 1, "Caption".to_string(), caption.to_string());
            assert_eq!(tree[at + 1], held, "{file}");
            assert!(
                tree.get(at + 2).is_none_or(|next| next.0 <= *depth),
                "{file}"
            );
        }
        let titled = (1, "P".to_string(), "A small JPEG".to_string());
        assert!(tree.contains(&titled), "{file}: {tree:?}");
        assert_eq!(tree.iter().filter(|e| e.1 == "Caption").count(), 4);
        // So a screen reader reads each description once, as the figure's, and not again
        // as its caption.
        let heard = read_aloud(&pdf).join("\n");
        for caption in described.into_iter().chain(["A small JPEG"]) {
            assert_eq!(
                heard.matches(caption).count(),
                1,
                "{file}: {caption} in {heard}"
            );
        }
    }
}

#[test]
fn a_table_reads_back_in_rows_and_what_is_left_out_is_warned_at_its_line() {
    if skip_without_poppler() {
        return;
    }
    let (project, stderr) = built();
    let pdf = output_file(project.path(), READING);
    let pages = pdf_info(&pdf).pages;
    let text: String = (1..=pages).map(|p| page_text(&pdf, p)).collect();
    let words = pdf_words(&pdf);
    // A row: the words on the line of `first`, in cells wherever the gap between two words
    // is wider than a word space (a cell's text starts 8 pt after the one before ends).
    let row = |first: &str| -> Vec<String> {
        let start = words
            .iter()
            .find(|w| w.text == first)
            .unwrap_or_else(|| panic!("no row {first}"));
        let mut line: Vec<&Word> = words
            .iter()
            .filter(|w| w.page == start.page && (w.y_min - start.y_min).abs() < 1.0)
            .collect();
        line.sort_by(|a, b| a.x_min.total_cmp(&b.x_min));
        let mut cells: Vec<String> = Vec::new();
        let mut end = f64::MIN;
        for word in line {
            match cells.last_mut() {
                Some(cell) if word.x_min - end < 5.0 => {
                    cell.push(' ');
                    cell.push_str(&word.text);
                }
                _ => cells.push(word.text.clone()),
            }
            end = word.x_max;
        }
        cells
    };
    assert_eq!(row("Day"), ["Day", "Question", "Minutes"]);
    assert_eq!(
        row("Monday"),
        ["Monday", "What made you laugh today?", "10"]
    );
    assert_eq!(
        row("Tuesday"),
        ["Tuesday", "When did you feel heard?", "15"]
    );
    // The third column is flush right (`--:`): its cells end where its heading ends.
    let right_edge = |text: &str| words.iter().find(|w| w.text == text).unwrap().x_max;
    assert!((right_edge("Minutes") - right_edge("10")).abs() < 0.5);
    assert!((right_edge("Minutes") - right_edge("15")).abs() < 0.5);
    // The table too wide even in 7 pt type is set as text.
    assert!(
        text.contains("Supercalifragilistic1 · Supercalifragilistic2"),
        "{text}"
    );
    for (line, what) in [
        (
            25,
            "`pictures/python.webp` is left out of the booklet: it is not a PNG or JPEG file",
        ),
        (
            27,
            "`https://example.org/lake.png` is left out of the booklet: it is on the web",
        ),
        (
            29,
            "`pictures/missing.png` is left out of the booklet: there is no file",
        ),
        (31, "HTML is left out of the booklet"),
        (33, "this table is too wide for the booklet's page"),
    ] {
        let expected = format!("warning: content/article.md:{line}:1: ");
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&expected) && l.contains(what)),
            "no `{expected}… {what}` in:\n{stderr}"
        );
    }
    assert_eq!(stderr.matches("warning:").count(), 5, "{stderr}");
    // The pictures left out keep their captions, as lines of their own.
    assert!(text.contains("A WebP picture") && text.contains("A missing picture"));
}

#[test]
fn the_booklets_with_pictures_pass_qpdf_and_pdfa_preflight() {
    let (project, _) = built();
    for file in [READING, FOLD] {
        let pdf = output_file(project.path(), file);
        if let Ok(out) = Command::new("qpdf").arg("--check").arg(&pdf).output() {
            assert!(
                out.status.success(),
                "{file}: {}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
        let jars: Vec<String> = [
            "preflight",
            "pdfbox2",
            "fontbox2",
            "xmpbox",
            "commons-logging",
            "javax.activation",
            "jaxb-api",
        ]
        .iter()
        .map(|jar| format!("/usr/share/java/{jar}.jar"))
        .collect();
        if !jars.iter().all(|jar| Path::new(jar).exists()) {
            eprintln!("skipping PDFBox preflight: not installed (.ci/setup installs it)");
            continue;
        }
        let out = Command::new("java")
            .args(["-Djava.util.logging.config.file=/dev/null", "-cp"])
            .arg(jars.join(":"))
            .arg("org.apache.pdfbox.preflight.Validator_A1b")
            .arg(&pdf)
            .output()
            .expect("run java");
        assert!(
            out.status.success(),
            "{file} is not PDF/A-1b: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn the_booklets_with_pictures_rebuild_identically() {
    let project = fixture_project();
    assert_rebuilds_identically(project.path(), &[READING, FOLD]);
}
