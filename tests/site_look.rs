//! The site looks like the deck (issue 15): the deck's colours drive the site's accent and its
//! web card, readable (WCAG AA) in the light and the dark scheme.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::*;

/// The small project with `accent` as the deck's accent colour, built.
fn built_with_accent(accent: &str) -> tempfile::TempDir {
    let dir = small_project();
    let settings = read_content(dir.path(), "settings.yaml");
    write_content(
        dir.path(),
        "settings.yaml",
        &format!("{settings}\ndeck:\n  colours:\n    accent: \"{accent}\"\n"),
    );
    build_ok(dir.path(), &[]);
    dir
}

#[test]
fn the_deck_s_accent_is_the_site_s_in_light_and_dark() {
    let dir = built_with_accent("#1f6f78");
    let site = dir.path().join("output");
    let style = read(&site, "style.css");
    let (light, dark) = style
        .rsplit_once("@media (prefers-color-scheme: dark)")
        .unwrap();
    assert!(
        light.ends_with("--card-back-ink: #f6ece1; --card-ratio: 63 / 88; }\n"),
        "{style}"
    );
    assert!(light.contains(":root { --accent: #1f6f78;"), "{style}");
    assert!(light.contains("--card-accent: #1f6f78;"), "{style}");
    // On the dark page, the teal is lightened until it reads at 4.5.
    assert!(dark.contains("--accent: #58949b;"), "{dark}");
    // The default deck's accent is the site's by default.
    let default = small_project();
    build_ok(default.path(), &[]);
    assert!(
        read(&default.path().join("output"), "style.css").contains(":root { --accent: #8c3a44;")
    );
    // A pale accent is darkened for the site only.
    let pale = built_with_accent("#f4d35e");
    let style = read(&pale.path().join("output"), "style.css");
    let (light, dark) = style.rsplit_once("prefers-color-scheme: dark").unwrap();
    assert!(!light.contains("--accent: #f4d35e;"), "{light}");
    assert!(dark.contains("--accent: #f4d35e;"), "{dark}");

    // axe, in a browser at 1280 and 390 px, light and dark, when CI's tools are installed.
    if !repo().join(".ci/node_modules/axe-core").is_dir() {
        eprintln!("skipped axe: run .ci/setup to install axe-core and playwright-core");
        return;
    }
    let mut server = Command::new("python3")
        .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1"])
        .current_dir(&site)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 -m http.server");
    let first = BufReader::new(server.stdout.take().unwrap())
        .lines()
        .next()
        .unwrap()
        .unwrap();
    let port = first
        .split(" port ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    let reports = tempfile::tempdir().unwrap();
    let out = Command::new("node")
        .arg(repo().join(".ci/checks/browser.mjs"))
        .arg(format!("http://127.0.0.1:{port}/"))
        .arg(reports.path())
        .args(["index.html", "questions/first.html", "draw.html"])
        .output()
        .expect("run node");
    let _ = server.kill();
    let _ = server.wait();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("axe-1280=0 axe-390=0 overflow-390=0 requests=0"),
        "{printed}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_web_card_is_the_printed_card_s_shape_with_its_number_frame_and_ornaments() {
    let dir = small_project();
    let settings = read_content(dir.path(), "settings.yaml");
    write_content(
        dir.path(),
        "settings.yaml",
        &format!("{settings}\ndeck:\n  card_size: 70x100\n"),
    );
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let style = read(&site, "style.css");
    assert!(style.contains(" --card-ratio: 70 / 100; }"), "{style}");
    assert!(style.contains("aspect-ratio: var(--card-ratio"), "{style}");
    let page = read(&site, "questions/last.html");
    let card = page
        .split("<div class=\"card card-large\">")
        .nth(1)
        .unwrap();
    let card = card.split("</article>").next().unwrap();
    // The number as the printed card writes it (the page says "Question 3 of 3" for readers).
    assert!(
        card.contains("<p class=\"card-label\" aria-hidden=\"true\">3 / 3</p>"),
        "{card}"
    );
    assert_eq!(card.matches("class=\"card-rule").count(), 2, "{card}");
    // Before the first draw, the draw page's card shows its back.
    let draw = read(&site, "draw.html");
    assert!(
        draw.contains("class=\"card card-large card-back\" id=\"drawn-card\""),
        "{draw}"
    );
}

/// The addresses of `kind` ("href", "src") that `html` names.
fn addresses<'a>(html: &'a str, kind: &str) -> Vec<&'a str> {
    html.split(&format!(" {kind}=\""))
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect()
}

#[test]
fn vollkorn_is_served_cut_down_as_woff2_and_the_home_page_stays_light() {
    let dir = seed_project();
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let style = read(&site, "style.css");
    let fonts: Vec<&str> = style
        .split("src: url(\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(fonts.len(), 3, "{style}");
    for font in &fonts {
        let bytes = std::fs::read(site.join(font)).unwrap();
        assert_eq!(&bytes[..4], b"wOF2", "{font}");
        assert!(bytes.len() < 24_000, "{font}: {} bytes", bytes.len());
    }
    assert_eq!(style.matches("font-display: swap;").count(), 3, "{style}");
    assert_eq!(style.matches("; size-adjust: ").count(), 3, "{style}");

    // The home page with everything it loads: the page, what it links to in its head (the
    // stylesheet, the icon), the one face its headings use (bold), and its images.
    let home = read(&site, "index.html");
    let head = home.split("</head>").next().unwrap();
    let mut loaded = vec!["index.html".to_string()];
    loaded.extend(
        addresses(head, "href")
            .into_iter()
            .filter(|a| !a.contains("://"))
            .map(String::from),
    );
    loaded.extend(addresses(&home, "src").into_iter().map(String::from));
    loaded.extend(
        fonts
            .iter()
            .filter(|f| f.contains("-bold-"))
            .map(|f| f.to_string()),
    );
    let weight: u64 = loaded
        .iter()
        .map(|file| std::fs::metadata(site.join(file)).unwrap().len())
        .sum();
    eprintln!("the home page loads {loaded:?}: {weight} bytes");
    assert!(weight < 100_000, "{weight} bytes: {loaded:?}");

    // The same project gives the same fonts, byte for byte, and a rebuild keeps them.
    let again = seed_project();
    build_ok(again.path(), &[]);
    for font in &fonts {
        assert_eq!(
            std::fs::read(site.join(font)).unwrap(),
            std::fs::read(again.path().join("output").join(font)).unwrap(),
            "{font}"
        );
    }
    build_ok(dir.path(), &[]);
    for font in &fonts {
        assert!(site.join(font).is_file(), "{font} after a rebuild");
    }
}
