//! The practice's site finished (tests/fixtures/practice): the draw page's choice of category,
//! the 404 page at any depth, the menu of decks, and the site's words in the reader's language.

mod common;

use std::process::Command;

use common::*;

fn practice() -> tempfile::TempDir {
    project_with_content(&fixture("practice/content"))
}

#[test]
fn the_draw_page_offers_the_deck_s_categories_in_order() {
    let dir = practice();
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let draw = read(&site, "couples/draw.html");
    assert!(
        draw.contains("<label for=\"draw-category\">Draw from</label>"),
        "{draw}"
    );
    let options: Vec<&str> = draw
        .split("<option value=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(options, ["", "Warm-up", "Brave"]);
    assert!(draw.contains(">All categories</option>"), "{draw}");
    assert!(
        draw.contains("data-category=\"Brave\"><a href=\"questions/couples-brave.html\">"),
        "{draw}"
    );
    // A deck without categories offers no choice.
    let teens = read(&site, "teens/draw.html");
    assert!(!teens.contains("draw-category"), "{teens}");

    // In a browser, when CI's tools are installed (.ci/setup): the choice works by keyboard,
    // from the address, and draws from the chosen category only.
    let script = repo().join(".ci/checks/draw.mjs");
    if !repo().join(".ci/node_modules/playwright-core").is_dir() {
        eprintln!("skipped the browser check: run .ci/setup to install playwright-core");
        return;
    }
    let url = format!("file://{}", site.join("couples/draw.html").display());
    let out = Command::new("node")
        .arg(&script)
        .args([url.as_str(), "Warm-up", "Brave"])
        .output()
        .expect("run node");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && printed.contains("draw: ok"),
        "{printed}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A static host in the way Netlify, GitHub Pages or Cloudflare Pages serve a site at a
/// domain's root: a file's address answers the file, a folder's its `index.html`, and every
/// other address answers `404.html` with status 404, at that address. Answers `requests`
/// requests, then stops.
fn static_host(site: std::path::PathBuf, requests: usize) -> u16 {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let mut stream = stream.unwrap();
            let mut line = String::new();
            BufReader::new(&stream).read_line(&mut line).unwrap();
            let path = line.split(' ').nth(1).unwrap_or("/").to_string();
            let file = site.join(path.trim_start_matches('/'));
            let file = if file.is_dir() {
                file.join("index.html")
            } else {
                file
            };
            let (status, body) = match std::fs::read(&file) {
                Ok(bytes) => ("200 OK", bytes),
                Err(_) => (
                    "404 Not Found",
                    std::fs::read(site.join("404.html")).unwrap(),
                ),
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    port
}

/// The status and body of `GET path` from the host on `port`.
fn get(port: u16, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    // Bytes, not text: the pages link to pictures too (the icon for phones).
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let reply = String::from_utf8_lossy(&bytes).into_owned();
    let status = reply[9..12].parse().unwrap();
    let body = reply.split_once("\r\n\r\n").unwrap().1.to_string();
    (status, body)
}

/// `address` as a browser resolves it on the page at `page` (both from the domain's root).
fn resolve(page: &str, address: &str) -> String {
    let address = address.split('#').next().unwrap();
    if address.starts_with('/') {
        return address.to_string();
    }
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for part in address.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}

#[test]
fn the_404_page_works_at_any_depth_without_base_url() {
    let dir = practice();
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let missing = ["/questions/old.html", "/teens/x/y.html", "/nothing.html"];
    let page = read(&site, "404.html");
    let addresses: Vec<String> = [" href=\"", " src=\""]
        .iter()
        .flat_map(|attribute| page.split(attribute).skip(1))
        .map(|rest| rest.split('"').next().unwrap().to_string())
        .filter(|address| !address.starts_with('#'))
        .collect();
    assert!(addresses.contains(&"/style.css".to_string()), "{page}");
    let port = static_host(site.clone(), missing.len() * (1 + addresses.len()));
    for path in missing {
        let (status, body) = get(port, path);
        assert_eq!(status, 404, "{path}");
        assert_eq!(body, page, "{path}");
        // Every address the page names, the stylesheet and the menu's links alike, answers
        // from wherever the page was served.
        for address in &addresses {
            let (status, _) = get(port, &resolve(path, address));
            assert_eq!(status, 200, "{address} on the 404 page served at {path}");
        }
    }
}

#[test]
fn the_menu_links_to_every_deck_when_there_are_several() {
    let dir = practice();
    build_ok(dir.path(), &[]);
    let site = dir.path().join("output");
    let decks = [
        ("Home Deck", "questions/index.html"),
        ("Couples Deck", "couples/questions/index.html"),
        ("Teens Deck", "teens/questions/index.html"),
    ];
    for (page, back) in [
        ("index.html", ""),
        ("about.html", ""),
        ("couples/draw.html", "../"),
        ("teens/questions/teens-hero.html", "../../"),
    ] {
        let html = read(&site, page);
        let nav = html
            .split("<nav")
            .nth(1)
            .unwrap()
            .split("</nav>")
            .next()
            .unwrap();
        for (title, path) in decks {
            assert!(
                nav.contains(&format!("<a href=\"{back}{path}\""))
                    && nav.contains(&format!(">{title}</a>")),
                "{page}: no link to {title}:\n{nav}"
            );
        }
    }
    // The deck whose list is shown is the current one.
    let list = read(&site, "couples/questions/index.html");
    assert!(
        list.contains(
            "<a href=\"../../couples/questions/index.html\" aria-current=\"page\">Couples Deck</a>"
        ),
        "{list}"
    );
    assert!(
        list.contains("<a href=\"../../teens/questions/index.html\">Teens Deck</a>"),
        "{list}"
    );

    // A site with one deck has no deck links: its menu's "Questions" leads to it.
    let seed = seed_project();
    build_ok(seed.path(), &[]);
    let home = read(&seed.path().join("output"), "index.html");
    assert_eq!(home.matches("questions/index.html\"").count(), 2, "{home}");
}

/// The site's words that only a practice shows (its list of pieces, the questions without a
/// category after those with one, the draw page's choice, drafts under `serve`), in English.
const PRACTICE_WORDS: &[&str] = &[
    "More to read and talk about",
    "More questions",
    "Draw from",
    "All categories",
    ">Draft<",
    "<strong>Draft</strong>",
    "shown by <code>deckle serve</code> only",
];

/// The practice in `language`, with a question without a category in the couples' deck,
/// previewed with `deckle serve` (which shows drafts): the pages holding every word above.
fn practice_pages_in(language: &str) -> String {
    let dir = practice();
    let settings = read_content(dir.path(), "settings.yaml");
    let settings = settings.replace("language: en-GB", &format!("language: {language}"));
    write_content(dir.path(), "settings.yaml", &settings);
    let deck = read_content(dir.path(), "couples/questions.yaml");
    write_content(
        dir.path(),
        "couples/questions.yaml",
        &format!("{deck}  - id: couples-open\n    text: \"What else?\"\n"),
    );
    let mut serve = Command::new(env!("CARGO_BIN_EXE_deckle"))
        .args(["serve", "--port", "0"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start deckle serve");
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(serve.stdout.take().unwrap()));
    let port: u16 = lines
        .find_map(|line| {
            let line = line.ok()?;
            let address = line.split("http://127.0.0.1:").nth(1)?;
            address.trim_end_matches('/').parse().ok()
        })
        .expect("serve prints its address");
    let mut pages = String::new();
    for path in [
        "/index.html",
        "/couples/questions/index.html",
        "/couples/draw.html",
        "/first-steps/index.html",
    ] {
        let (status, body) = get(port, path);
        assert_eq!(status, 200, "{path}: {body}");
        pages.push_str(&body);
    }
    let _ = serve.kill();
    let _ = serve.wait();
    pages
}

#[test]
fn the_practice_s_words_are_in_the_reader_s_language() {
    let english = practice_pages_in("en");
    for word in PRACTICE_WORDS {
        assert!(english.contains(word), "the English site lacks {word:?}");
    }
    for (language, words) in [
        (
            "fr",
            [
                "D’autres textes à lire et à partager",
                "Autres questions",
                "Brouillon",
            ],
        ),
        (
            "de",
            ["Mehr zum Lesen und Besprechen", "Weitere Fragen", "Entwurf"],
        ),
        (
            "es",
            ["Más para leer y conversar", "Más preguntas", "Borrador"],
        ),
        (
            "nl",
            [
                "Meer om te lezen en over te praten",
                "Meer vragen",
                "Concept",
            ],
        ),
        (
            "it",
            [
                "Altro da leggere e di cui parlare",
                "Altre domande",
                "Bozza",
            ],
        ),
        (
            "pt-BR",
            ["Mais para ler e conversar", "Mais perguntas", "Rascunho"],
        ),
    ] {
        let pages = practice_pages_in(language);
        for word in PRACTICE_WORDS {
            assert!(!pages.contains(word), "{language}: the site says {word:?}");
        }
        for word in words {
            assert!(pages.contains(word), "{language}: the site lacks {word:?}");
        }
    }
}
