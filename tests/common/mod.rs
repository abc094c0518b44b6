//! Helpers shared by the integration tests: temporary projects, running the real binary, and
//! reading PDFs back with poppler's tools (skipped outside CI when poppler is not installed).

#![allow(dead_code)]

pub mod raster;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root folder.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture folder under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// A temporary project holding a copy of `content` (and nothing else).
pub fn project_with_content(content: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(content, &dir.path().join("content"));
    dir
}

/// A temporary project with the repository's own shipped content (the seed article).
pub fn seed_project() -> tempfile::TempDir {
    project_with_content(&repo().join("content"))
}

/// Each language deckle has words for, as a test sets it (`pt-BR` to try a region too), with
/// the seed article's date and its update as the language writes them.
pub const LANGUAGES: &[(&str, &str, &str)] = &[
    ("fr", "30 septembre 2024", "19 février 2025"),
    ("de", "30. September 2024", "19. Februar 2025"),
    ("es", "30 de septiembre de 2024", "19 de febrero de 2025"),
    ("nl", "30 september 2024", "19 februari 2025"),
    ("it", "30 settembre 2024", "19 febbraio 2025"),
    ("pt-BR", "30 de setembro de 2024", "19 de fevereiro de 2025"),
];

/// A temporary copy of the seed project with `language: tag` and `extra` (more settings, whole
/// lines) in its settings file.
pub fn seed_in_language(tag: &str, extra: &str) -> tempfile::TempDir {
    let project = seed_project();
    let settings = project.path().join("content/settings.yaml");
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(text.contains("language: en\n"), "the seed is in English");
    let text = text.replace("language: en\n", &format!("language: {tag}\n"));
    std::fs::write(&settings, format!("{text}{extra}")).unwrap();
    project
}

/// The seed's own text (article, questions, settings), to check that a word a test looks for
/// comes from deckle and not from the writer.
pub fn seed_text() -> String {
    ["article.md", "questions.yaml", "settings.yaml"]
        .iter()
        .map(|name| std::fs::read_to_string(repo().join("content").join(name)).unwrap())
        .collect()
}

/// A temporary project with the small test fixture.
pub fn small_project() -> tempfile::TempDir {
    project_with_content(&fixture("small/content"))
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk fixture");
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Writes `text` as `content/NAME` of the project in `dir`.
pub fn write_content(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join("content").join(name), text).unwrap();
}

/// Reads `content/NAME` of the project in `dir`.
pub fn read_content(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join("content").join(name)).unwrap()
}

/// Runs `deckle ARGS` in `dir`.
pub fn deckle(dir: &Path, args: &[&str]) -> Output {
    deckle_with_env(dir, args, &[])
}

/// Runs `deckle ARGS` in `dir` with some environment variables set.
pub fn deckle_with_env(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deckle"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .envs(vars.iter().copied())
        .output()
        .expect("run deckle")
}

/// Runs `deckle build` in `dir` and insists it succeeds.
pub fn build_ok(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["build"];
    args.extend_from_slice(extra);
    let out = deckle(dir, &args);
    assert!(
        out.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs `deckle build` in `dir`, insists it fails, and returns what it printed on stderr.
pub fn build_error(dir: &Path) -> String {
    let out = deckle(dir, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "expected failure, got:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// Builds the project in `dir` twice and insists that each of `files` is in the output, with
/// the same bytes both times.
pub fn assert_rebuilds_identically(dir: &Path, files: &[&str]) {
    build_ok(dir, &[]);
    let first = snapshot(&dir.join("output"));
    build_ok(dir, &[]);
    let second = snapshot(&dir.join("output"));
    for name in files {
        assert!(first.contains_key(*name), "no {name} built");
        assert!(first.get(*name) == second.get(*name), "{name} changed");
    }
}

/// Every file below `dir`, by relative path, with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// A built file as text.
pub fn read(dir: &Path, relative: &str) -> String {
    std::fs::read_to_string(dir.join(relative))
        .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
}

/// `name` in the default output folder of the project in `dir`.
pub fn output_file(dir: &Path, name: &str) -> PathBuf {
    dir.join("output").join(name)
}

/// The poppler tools the PDF tests read PDFs back with, as a print shop's checks would.
const POPPLER_TOOLS: [&str; 4] = ["pdfinfo", "pdftotext", "pdffonts", "pdftohtml"];

/// Whether a test that reads PDFs back must stop because poppler's tools are not installed.
///
/// Outside CI it then prints one line saying so on stderr and returns `true`, so that
/// `cargo test` passes on a machine with only Rust installed. When the `CI` environment
/// variable is set, missing tools fail the test instead: CI must really run these checks.
pub fn skip_without_poppler() -> bool {
    let missing: Vec<&str> = POPPLER_TOOLS
        .into_iter()
        .filter(|tool| Command::new(tool).arg("-v").output().is_err())
        .collect();
    if missing.is_empty() {
        return false;
    }
    let why = format!(
        "poppler-utils is not installed ({} not found; apt-get install poppler-utils)",
        missing.join(", ")
    );
    if std::env::var_os("CI").is_some_and(|value| !value.is_empty()) {
        panic!("{why}; CI is set, and CI must run the checks that read PDFs back");
    }
    let test = std::thread::current()
        .name()
        .map(|name| format!(" {name}"))
        .unwrap_or_default();
    // Written to stderr directly: the test harness would swallow `eprintln!` from a passing test.
    let _ = writeln!(
        std::io::stderr(),
        "skipping{test}: {why}; CI runs this check"
    );
    true
}

/// Runs one of poppler's tools and returns what it printed.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("`{tool}` could not be run ({e}); these tests need poppler: apt-get install poppler-utils")
    });
    assert!(
        output.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("poppler prints UTF-8")
}

/// A tagged PDF's structure as `pdfinfo -struct-text` shows it: each element under the
/// Document, in reading order, as its type (`P`, `H1`, …) and its text, lines joined by spaces.
pub fn pdf_structure(pdf: &Path) -> Vec<(String, String)> {
    let mut elements: Vec<(String, String)> = Vec::new();
    for line in poppler("pdfinfo", &["-struct-text", arg(pdf)]).lines() {
        let quoted = line
            .trim_start()
            .strip_prefix('"')
            .and_then(|text| text.strip_suffix('"'));
        if let Some(text) = quoted {
            if let Some((_, joined)) = elements.last_mut() {
                if !joined.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(text);
            }
        } else if line.starts_with("  ") && !line.starts_with("   ") {
            let kind = line.split_whitespace().next().unwrap_or_default();
            elements.push((kind.to_string(), String::new()));
        }
    }
    elements
}

/// A PDF's path as an argument for poppler's tools.
pub fn arg(pdf: &Path) -> &str {
    pdf.to_str().expect("test paths are UTF-8")
}

/// What `pdfinfo` reports about a PDF: its page count and first page's size in points.
#[derive(Debug, Clone, Copy)]
pub struct PdfInfo {
    /// Number of pages.
    pub pages: usize,
    /// Width of the first page.
    pub width: f64,
    /// Height of the first page.
    pub height: f64,
}

/// Reads a PDF's page count and page size with `pdfinfo`.
pub fn pdf_info(pdf: &Path) -> PdfInfo {
    let report = poppler("pdfinfo", &[arg(pdf)]);
    let field = |name: &str| {
        report
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .unwrap_or_else(|| panic!("no `{name}` in pdfinfo's report:\n{report}"))
            .trim()
    };
    let mut size = field("Page size:")
        .split_whitespace()
        .filter_map(|word| word.parse::<f64>().ok());
    PdfInfo {
        pages: field("Pages:").parse().expect("a page count"),
        width: size.next().expect("a page width"),
        height: size.next().expect("a page height"),
    }
}

/// The whole text of a PDF, as `pdftotext` lays it out in lines.
pub fn pdf_text(pdf: &Path) -> String {
    poppler("pdftotext", &["-enc", "UTF-8", arg(pdf), "-"])
}

/// One word from `pdftotext -bbox`: its text and box in points from the page's top-left corner.
#[derive(Debug)]
pub struct Word {
    /// The 1-based page it is on.
    pub page: usize,
    /// The word itself.
    pub text: String,
    /// Left edge.
    pub x_min: f64,
    /// Top edge.
    pub y_min: f64,
    /// Right edge.
    pub x_max: f64,
    /// Bottom edge.
    pub y_max: f64,
}

/// Every word of a PDF with its box, page by page.
pub fn pdf_words(pdf: &Path) -> Vec<Word> {
    let html = poppler("pdftotext", &["-bbox", "-enc", "UTF-8", arg(pdf), "-"]);
    let attribute = |tag: &str, name: &str| -> f64 {
        let start = tag
            .find(&format!("{name}=\""))
            .unwrap_or_else(|| panic!("no {name} in <word {tag}>"))
            + name.len()
            + 2;
        let value = tag[start..].split('"').next().unwrap_or_default();
        value
            .parse()
            .unwrap_or_else(|_| panic!("{name}=\"{value}\" is not a number"))
    };
    let mut page = 0;
    let mut found = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if let Some(rest) = line.strip_prefix("<word ") {
            let (tag, text) = rest.split_once('>').expect("a whole <word> tag");
            found.push(Word {
                page,
                text: unescape_html(text.trim_end_matches("</word>")),
                x_min: attribute(tag, "xMin"),
                y_min: attribute(tag, "yMin"),
                x_max: attribute(tag, "xMax"),
                y_max: attribute(tag, "yMax"),
            });
        }
    }
    found
}

/// Undoes the escaping `pdftotext -bbox` applies to a word; `&amp;` last, so that an escaped
/// entity's text stays as written.
fn unescape_html(text: &str) -> String {
    const ENTITIES: [(&str, &str); 4] = [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&apos;", "'"),
    ];
    let unescaped = ENTITIES
        .iter()
        .fold(text.to_string(), |text, (entity, character)| {
            text.replace(entity, character)
        });
    unescaped.replace("&amp;", "&")
}

/// Every `href` and `src` on `html`.
pub fn links(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        for (at, _) in html.match_indices(attribute) {
            let rest = &html[at + attribute.len()..];
            if let Some(end) = rest.find('"') {
                found.push(rest[..end].to_string());
            }
        }
    }
    found
}

/// `target` seen from the page at `from` (both inside the output), without its `#part`;
/// `None` for addresses elsewhere.
pub fn resolve_link(from: &str, target: &str) -> Option<String> {
    let target = target.split('#').next().unwrap_or_default();
    if target.is_empty() || target.contains(':') {
        return None;
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in target.split('/') {
        match part {
            ".." => {
                parts.pop().expect("a link leads out of the site");
            }
            "." | "" => {}
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// The pages of the built `site` reached from its home page by following links, checking on
/// the way that each has a title and the stylesheet and that every link leads to a file of the
/// site; every page but the 404 page must be reached.
pub fn reached_pages(site: &Path) -> BTreeSet<String> {
    let files = snapshot(site);
    let mut seen = BTreeSet::from(["index.html".to_string()]);
    let mut queue = vec!["index.html".to_string()];
    while let Some(page) = queue.pop() {
        let html = read(site, &page);
        assert!(html.contains("<title>"), "{page} has no title");
        assert!(
            html.contains("href=\"") && html.contains("style.css\""),
            "{page}"
        );
        for link in links(&html) {
            let Some(target) = resolve_link(&page, &link) else {
                continue;
            };
            assert!(
                files.contains_key(&target),
                "{page} links to {link}, which is missing"
            );
            if target.ends_with(".html") && seen.insert(target.clone()) {
                queue.push(target);
            }
        }
    }
    for page in files.keys().filter(|f| f.ends_with(".html")) {
        assert!(
            seen.contains(page) || page == "404.html",
            "nothing links to {page}"
        );
    }
    seen
}
