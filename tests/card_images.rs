//! Card images (issue 15): `deck: card_images: true` writes one 300 dpi PNG per face with
//! bleed and their zip, the same bytes every build; and the image backend draws a card as
//! poppler draws the same card from the print-shop PDF, and as the reference images in
//! `tests/fixtures/card-images/` show it (a changed layout fails with a diff image).
//!
//! To refresh the reference images after a deliberate change of the cards' look:
//! `DECKLE_REFRESH_IMAGES=1 cargo test --test card_images`, then look at them and commit.

mod common;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use common::*;
use deckle::deck::Cards;
use deckle::deck::images::{Face, Faces};
use deckle::raster::{Image, View};

/// An RGB picture read from a PNG.
struct Picture {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
}

impl Picture {
    fn decode(bytes: &[u8]) -> Picture {
        let mut decoder = png::Decoder::new(Cursor::new(bytes));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = decoder.read_info().expect("a PNG");
        let mut data = vec![0; reader.output_buffer_size().expect("a size")];
        let info = reader.next_frame(&mut data).expect("its pixels");
        let channels = info.color_type.samples();
        let rgb = data[..info.buffer_size()]
            .chunks_exact(channels)
            .flat_map(|p| match channels {
                1 | 2 => [p[0], p[0], p[0]],
                _ => [p[0], p[1], p[2]],
            })
            .collect();
        Picture {
            width: info.width,
            height: info.height,
            rgb,
        }
    }

    fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&self.rgb).unwrap();
        writer.finish().unwrap();
        bytes
    }
}

/// A channel differing by more than this counts the pixel as different: antialiasing and
/// colour rounding differ by less.
const THRESHOLD: u8 = 64;

/// Whether pixel (x, y) of `a` has a match in `b` (every channel within [`THRESHOLD`]) at
/// most `reach` pixels away across or down.
fn matched(a: &Picture, b: &Picture, x: u32, y: u32, reach: u32) -> bool {
    let at = |p: &Picture, x: u32, y: u32| {
        let i = ((y * p.width + x) * 3) as usize;
        [p.rgb[i], p.rgb[i + 1], p.rgb[i + 2]]
    };
    let pixel = at(a, x, y);
    let rows = y.saturating_sub(reach)..=(y + reach).min(b.height - 1);
    rows.into_iter().any(|row| {
        (x.saturating_sub(reach)..=(x + reach).min(b.width - 1)).any(|column| {
            let other = at(b, column, row);
            pixel
                .iter()
                .zip(other)
                .all(|(p, o)| p.abs_diff(o) <= THRESHOLD)
        })
    })
}

/// The share of pixels of `a` and `b` (the same size) that differ, a pixel counting as the
/// same when the other picture has it at most `reach` pixels away (rasterisers place
/// antialiased edges and glyphs a fraction of a pixel apart: poppler snaps thin lines and
/// hints glyphs to whole pixels, tiny-skia does not). On more than `tolerance`, a diff image
/// (differing pixels red over a faded `a`) is written to `target/visual-diff/` with both
/// pictures, and the test fails saying where.
fn assert_alike(a: &Picture, b: &Picture, reach: u32, tolerance: f64, name: &str) -> f64 {
    assert_eq!(
        (a.width, a.height),
        (b.width, b.height),
        "{name}: sizes differ"
    );
    let mut diff = Vec::with_capacity(a.rgb.len());
    let mut differing = 0usize;
    for y in 0..a.height {
        for x in 0..a.width {
            let far = !matched(a, b, x, y, reach) || !matched(b, a, x, y, reach);
            differing += usize::from(far);
            let i = ((y * a.width + x) * 3) as usize;
            if far {
                diff.extend([255, 0, 0]);
            } else {
                diff.extend(a.rgb[i..i + 3].iter().map(|v| 255 - (255 - v) / 4));
            }
        }
    }
    let share = differing as f64 / (a.width * a.height) as f64;
    if share > tolerance {
        let dir = repo().join("target/visual-diff");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        let picture = Picture {
            width: a.width,
            height: a.height,
            rgb: diff,
        };
        std::fs::write(&path, picture.encode()).unwrap();
        std::fs::write(dir.join(format!("{name}-ours.png")), a.encode()).unwrap();
        std::fs::write(dir.join(format!("{name}-expected.png")), b.encode()).unwrap();
        panic!(
            "{name}: {:.2} % of pixels differ (at most {:.2} % allowed); the differing pixels \
             are red in {} (beside it: -ours.png and -expected.png)",
            share * 100.0,
            tolerance * 100.0,
            path.display()
        );
    }
    share
}

fn with_card_images(project: &Path) {
    let settings = project.join("content/settings.yaml");
    let text = std::fs::read_to_string(&settings).unwrap();
    std::fs::write(settings, format!("{text}deck:\n  card_images: true\n")).unwrap();
}

fn seed_cards() -> (deckle::content::Project, PathBuf) {
    let project = deckle::content::Project::load(&repo()).expect("the seed loads");
    (project, repo())
}

#[test]
fn card_images_are_every_face_at_300_dpi_in_order_with_their_zip() {
    let project = seed_project();
    with_card_images(project.path());
    let epoch = [("SOURCE_DATE_EPOCH", "1700000000")];
    let out = deckle_with_env(project.path(), &["build"], &epoch);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("and 4 PDFs into"),
        "the zip is no PDF: {said}"
    );
    let output = project.path().join("output");
    let first = snapshot(&output);
    let mut images: Vec<&String> = first.keys().filter(|k| k.starts_with("cards/")).collect();
    images.sort();
    // The title card, the how-to card and 20 questions, then the one shared back.
    let mut expected: Vec<String> = (1..=22)
        .map(|n| format!("cards/{n:03}-front.png"))
        .collect();
    expected.push("cards/back.png".to_string());
    assert_eq!(images, expected.iter().collect::<Vec<_>>());
    for name in &images {
        let picture = Picture::decode(&first[*name]);
        assert_eq!((picture.width, picture.height), (815, 1110), "{name}");
    }
    let zip = &first["cards.zip"];
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).expect("a zip");
    let listed: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    assert_eq!(listed, expected);
    let mut inside = Vec::new();
    std::io::Read::read_to_end(&mut archive.by_name("cards/back.png").unwrap(), &mut inside)
        .unwrap();
    assert_eq!(&inside, &first["cards/back.png"]);
    let print = String::from_utf8(first["print.html"].clone()).unwrap();
    assert!(
        print.contains("href=\"cards.zip\""),
        "the print page offers the zip"
    );
    assert!(print.contains("815 × 1110 pixels"), "and says their size");

    // Reproducible: a second build into a new folder gives the same bytes, images and zip.
    let again = tempfile::tempdir().unwrap();
    let out = deckle_with_env(
        project.path(),
        &["build", "--out", again.path().join("out").to_str().unwrap()],
        &epoch,
    );
    assert!(out.status.success());
    let second = snapshot(&again.path().join("out"));
    for (name, bytes) in &first {
        if name.ends_with(".png") || name.ends_with(".zip") {
            assert!(second.get(name) == Some(bytes), "{name} changed");
        }
    }

    // After an edit, the rebuilt zip holds the new picture of the edited card (a zip whose
    // pictures are all unchanged is kept from the previous build, never a stale one).
    let (seed, _) = seed_cards();
    let edited = seed.deck.as_ref().unwrap().questions[0].text.source();
    let questions = read_content(project.path(), "questions.yaml");
    write_content(
        project.path(),
        "questions.yaml",
        &questions.replacen(edited, "What is a small thing I do that you love?", 1),
    );
    let out = deckle_with_env(project.path(), &["build"], &epoch);
    assert!(out.status.success());
    let third = snapshot(&output);
    let card = "cards/003-front.png";
    assert_ne!(third[card], first[card], "the edited card is drawn again");
    let mut archive = zip::ZipArchive::new(Cursor::new(&third["cards.zip"])).unwrap();
    let mut inside = Vec::new();
    std::io::Read::read_to_end(&mut archive.by_name(card).unwrap(), &mut inside).unwrap();
    assert!(inside == third[card], "the zip holds the new picture");
}

#[test]
fn makeplayingcards_gets_every_face_at_its_template_size() {
    let project = seed_project();
    let settings = project.path().join("content/settings.yaml");
    let text = std::fs::read_to_string(&settings).unwrap();
    std::fs::write(
        settings,
        format!("{text}deck:\n  printer: makeplayingcards\n"),
    )
    .unwrap();
    build_ok(project.path(), &[]);
    let output = project.path().join("output");
    let mut names: Vec<String> = std::fs::read_dir(output.join("cards"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = (1..=22).map(|n| format!("{n:03}-front.png")).collect();
    expected.push("back.png".to_string());
    assert_eq!(names, expected);
    for name in &names {
        let picture = Picture::decode(&std::fs::read(output.join("cards").join(name)).unwrap());
        assert_eq!((picture.width, picture.height), (822, 1122), "{name}");
    }
}

#[test]
fn without_the_setting_no_card_images_are_written() {
    let project = small_project();
    build_ok(project.path(), &[]);
    let output = project.path().join("output");
    assert!(!output.join("cards").exists() && !output.join("cards.zip").exists());
    assert!(
        output.join("previews/card-front.png").exists(),
        "previews are always made"
    );
}

/// Poppler's rendering of page `page` of `pdf` at `dpi`.
fn poppler_page(pdf: &Path, page: usize, dpi: u32) -> Picture {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let number = page.to_string();
    let resolution = dpi.to_string();
    poppler(
        "pdftoppm",
        &[
            "-r",
            &resolution,
            "-f",
            &number,
            "-l",
            &number,
            "-singlefile",
            "-png",
            arg(pdf),
            prefix.to_str().unwrap(),
        ],
    );
    Picture::decode(&std::fs::read(dir.path().join("page.png")).unwrap())
}

/// `face` at `dpi`, `size` pixels (poppler's size at that resolution, when compared with it).
fn raster(faces: &Faces, face: Face, dpi: f32, size: (u32, u32)) -> Picture {
    let view = View {
        page_height: faces.page().1,
        per_mm: dpi / 25.4,
        pixels: size,
    };
    let image = Image::render(&faces.list(face), faces.forms(), view).expect("the face draws");
    Picture {
        width: image.width(),
        height: image.height(),
        rgb: image.rgb(),
    }
}

#[test]
fn the_image_backend_draws_a_card_as_poppler_draws_its_pdf() {
    if skip_without_poppler() {
        return;
    }
    let project = seed_project();
    build_ok(project.path(), &[]);
    let pdf = output_file(project.path(), "cards-print-shop.pdf");
    let (seed, _) = seed_cards();
    let cards = Cards::prepare(&seed.printed()[0].1).expect("the seed's cards");
    let faces = Faces::new(&cards, seed.settings.deck.bleed_mm);
    // Page 1 is card 1's front, page 2 its back.
    for (page, face, name) in [
        (1, Face::Front(0), "front-1"),
        (2, Face::Back, "back"),
        (5, Face::Front(2), "front-3"),
    ] {
        let poppler = poppler_page(&pdf, page, 150);
        let ours = raster(&faces, face, 150.0, (poppler.width, poppler.height));
        // Pixel by pixel, and allowing edges to stand a pixel apart.
        let exact = assert_alike(&ours, &poppler, 0, 1.0, &format!("poppler-{name}"));
        let share = assert_alike(&ours, &poppler, 1, 0.02, &format!("poppler-{name}"));
        eprintln!(
            "{name}: {:.2} % of pixels differ from poppler's ({:.2} % pixel by pixel)",
            share * 100.0,
            exact * 100.0
        );
    }
}

#[test]
fn cards_look_as_the_reference_images_show() {
    let (seed, _) = seed_cards();
    let cards = Cards::prepare(&seed.printed()[0].1).expect("the seed's cards");
    let faces = Faces::new(&cards, seed.settings.deck.bleed_mm);
    let size = View::at_dpi(faces.page(), 75.0).pixels;
    let refresh = std::env::var_os("DECKLE_REFRESH_IMAGES").is_some();
    for (face, name) in [
        (Face::Front(0), "001-front"),
        (Face::Front(2), "003-front"),
        (Face::Back, "back"),
    ] {
        let ours = raster(&faces, face, 75.0, size);
        let path = fixture("card-images").join(format!("{name}.png"));
        if refresh {
            std::fs::write(&path, ours.encode()).unwrap();
            continue;
        }
        let reference = Picture::decode(&std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; make it with DECKLE_REFRESH_IMAGES=1",
                path.display()
            )
        }));
        assert_alike(&ours, &reference, 0, 0.005, &format!("reference-{name}"));
    }
}

/// The `content` of `<meta property|name="key" content="…">` in `html`.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    let needle = format!("=\"{key}\" content=\"");
    let rest = &html[html.find(&needle)? + needle.len()..];
    rest.split('"').next()
}

#[test]
fn shared_links_show_their_card_and_unchanged_images_are_kept() {
    let project = seed_project();
    let base = ["--base-url", "https://example.org/cards/"];
    build_ok(project.path(), &base);
    let output = project.path().join("output");
    let icon = Picture::decode(&std::fs::read(output.join("apple-touch-icon.png")).unwrap());
    assert_eq!((icon.width, icon.height), (180, 180));
    let (seed, _) = seed_cards();
    let mut pictures = std::collections::BTreeSet::new();
    for question in &seed.deck.as_ref().unwrap().questions {
        let html = read(&output, &format!("questions/{}.html", question.id));
        let url = meta(&html, "og:image").expect("an og:image");
        let file = url
            .strip_prefix("https://example.org/cards/")
            .expect("absolute, on the site");
        assert_eq!(file, format!("share/questions/{}.png", question.id));
        let bytes = std::fs::read(output.join(file)).unwrap();
        let picture = Picture::decode(&bytes);
        assert_eq!((picture.width, picture.height), (1200, 630), "{file}");
        pictures.insert(bytes);
        assert_eq!(meta(&html, "og:image:width"), Some("1200"));
        assert_eq!(meta(&html, "og:image:height"), Some("630"));
        let alt = meta(&html, "og:image:alt").unwrap().replace("&#39;", "'");
        assert_eq!(
            alt.replace("&amp;", "&"),
            question.text.plain(),
            "the alt text is the question"
        );
        assert_eq!(meta(&html, "twitter:card"), Some("summary_large_image"));
    }
    assert_eq!(
        pictures.len(),
        seed.deck.as_ref().unwrap().questions.len(),
        "each shows its own card"
    );
    for page in ["index.html", "questions/index.html", "print.html"] {
        let html = read(&output, page);
        assert_eq!(
            meta(&html, "og:image"),
            Some("https://example.org/cards/share/deck.png")
        );
        assert!(html.contains("rel=\"apple-touch-icon\""), "{page}");
        assert_eq!(meta(&html, "theme-color"), Some("#8c3a44"), "{page}");
    }

    // A rebuild keeps every share image; after one question is edited, only its image is
    // drawn again (and the numbers of the others are unchanged).
    let before = snapshot(&output.join("share"));
    let questions = read_content(project.path(), "questions.yaml");
    let first = seed.deck.as_ref().unwrap().questions[0].text.source();
    assert!(questions.contains(first));
    write_content(
        project.path(),
        "questions.yaml",
        &questions.replacen(first, "What is something you have never told anyone?", 1),
    );
    build_ok(project.path(), &base);
    let after = snapshot(&output.join("share"));
    let changed: Vec<&String> = before
        .keys()
        .filter(|name| before.get(*name) != after.get(*name))
        .collect();
    let edited = format!(
        "questions/{}.png",
        seed.deck.as_ref().unwrap().questions[0].id
    );
    assert_eq!(
        changed,
        [&edited],
        "only the edited question's image changes"
    );

    // Without the site's address there is no og:image, and no share images are made.
    build_ok(project.path(), &[]);
    assert!(!output.join("share").exists());
    let html = read(&output, "index.html");
    assert!(meta(&html, "og:image").is_none() && meta(&html, "twitter:card").is_none());
    assert!(meta(&html, "theme-color").is_some());
}
