//! `deckle serve`: the home page, changes showing up by themselves (and pushed as events), the
//! last good build kept when an edit breaks something, nothing served from outside the site or
//! to another host, hostile and slow clients that do not take it down, Ctrl-C.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use common::*;

/// The longest any wait in these tests may take before it counts as a failure. Generous, so a
/// busy machine does not fail the test; how long things really took is printed.
const PATIENCE: Duration = Duration::from_secs(30);

/// A running `deckle serve`, stopped (hard) if a test fails before stopping it.
struct Preview {
    child: Child,
    port: u16,
    /// Where serve keeps its builds (printed with --verbose).
    builds: PathBuf,
    /// Everything it has printed so far, both streams, line by line.
    lines: Receiver<String>,
    printed: Vec<String>,
}

impl Preview {
    fn start(project: &Path) -> Preview {
        let mut child = Command::new(env!("CARGO_BIN_EXE_deckle"))
            .args(["serve", "--port", "0", "--verbose"])
            .current_dir(project)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start deckle serve");
        let (send, lines) = channel();
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        for stream in [Box::new(out) as Box<dyn Read + Send>, Box::new(err)] {
            let send = send.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = send.send(line);
                }
            });
        }
        let mut preview = Preview {
            child,
            port: 0,
            builds: PathBuf::new(),
            lines,
            printed: Vec::new(),
        };
        let address = preview.wait_for_line("Serving your site at http://127.0.0.1:");
        preview.port = address
            .rsplit(':')
            .next()
            .and_then(|p| p.trim_end_matches('/').parse().ok())
            .expect("port in the address");
        let builds = preview.wait_for_line("Builds go to ");
        preview.builds = PathBuf::from(builds.trim_start_matches("Builds go to "));
        preview
    }

    /// Waits for a printed line containing `text`; returns that line.
    fn wait_for_line(&mut self, text: &str) -> String {
        if let Some(line) = self.printed.iter().find(|l| l.contains(text)) {
            return line.clone();
        }
        let started = Instant::now();
        while let Ok(line) = self
            .lines
            .recv_timeout(PATIENCE.saturating_sub(started.elapsed()))
        {
            self.printed.push(line.clone());
            if line.contains(text) {
                return line;
            }
        }
        panic!(
            "deckle serve never printed `{text}`; it printed:\n{}",
            self.printed.join("\n")
        );
    }

    /// Sends Ctrl-C (SIGINT) and waits for the exit; `None` if it did not stop in time.
    fn stop(&mut self) -> Option<std::process::ExitStatus> {
        if let Ok(Some(exit)) = self.child.try_wait() {
            return Some(exit); // already stopped: its process id may belong to another program now
        }
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-INT", &pid]).status();
        if !sent.is_ok_and(|s| s.success()) {
            return None;
        }
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            if let Ok(Some(exit)) = self.child.try_wait() {
                return Some(exit);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    fn get(&self, path: &str) -> (u16, String) {
        http_get(self.port, path)
    }

    /// Polls `path` until `done` accepts the page; returns the page and how long it took.
    fn poll(&self, path: &str, what: &str, done: impl Fn(u16, &str) -> bool) -> (String, Duration) {
        let started = Instant::now();
        loop {
            let (code, body) = self.get(path);
            if done(code, &body) {
                return (body, started.elapsed());
            }
            assert!(
                started.elapsed() < PATIENCE,
                "{what}: never happened; last answer {code}:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        // Stopped as a writer would (Ctrl-C), so it removes its builds; killed if that fails.
        if self.stop().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A GET sent as raw bytes, so paths like `/../x` reach the server unchanged.
fn http_get(port: u16, path: &str) -> (u16, String) {
    http_get_from(port, path, "127.0.0.1")
}

/// A GET naming `host` in its `Host` header.
fn http_get_from(port: u16, path: &str, host: &str) -> (u16, String) {
    let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    parse_reply(&send_raw(port, request.as_bytes()))
}

/// Sends `request` as it is and returns everything the server answers before it closes the
/// connection (or stops answering for `PATIENCE`); a reset connection ends the answer.
fn send_raw(port: u16, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    // The server may refuse before it has read all of a huge request: a failed write is fine.
    let _ = stream.write_all(request);
    let mut reply = Vec::new();
    let mut chunk = [0; 8192];
    while let Ok(n @ 1..) = stream.read(&mut chunk) {
        reply.extend_from_slice(&chunk[..n]);
    }
    String::from_utf8_lossy(&reply).into_owned()
}

/// The status code and body of an HTTP answer.
fn parse_reply(reply: &str) -> (u16, String) {
    let code = reply
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {reply}"));
    let body = reply
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    (code, body)
}

fn edit(project: &Path, file: &str, from: &str, to: &str) {
    let path = project.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "`{from}` not in {file}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn serves_reloads_keeps_the_last_good_build_and_stops_cleanly() {
    let project = small_project();
    let mut preview = Preview::start(project.path());

    let (code, home) = preview.get("/");
    assert_eq!(code, 200);
    assert!(home.contains("Small Test Article"), "{home}");
    assert!(
        home.contains("/__deckle/events"),
        "pages get the live-reload script"
    );
    assert!(
        !project.path().join("output").exists(),
        "serve leaves output/ alone"
    );
    let built: Vec<_> = walkdir::WalkDir::new(&preview.builds)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .collect();
    assert!(!built.is_empty());
    for page in built {
        let html = std::fs::read_to_string(page.path()).unwrap();
        assert!(
            !html.contains("__deckle"),
            "the built files never get the script"
        );
    }
    let (_, status) = preview.get("/__deckle/status");
    assert!(status.contains("\"problems\":null"), "{status}");

    // A change to a question shows up by itself.
    edit(
        project.path(),
        "content/questions.yaml",
        "What’s the first thing?",
        "What’s the very first thing?",
    );
    let (_, took) = preview.poll(
        "/questions/first.html",
        "the edited question",
        |code, page| code == 200 && page.contains("What’s the very first thing?"),
    );
    println!("the edit was served after {} ms", took.as_millis());

    // A broken edit: the problem is reported, in the page's status and in the terminal, and
    // the last good build keeps being served.
    edit(
        project.path(),
        "content/questions.yaml",
        "  - id: tricky",
        "  - idd: tricky",
    );
    let (status, _) = preview.poll("/__deckle/status", "the problem report", |_, body| {
        !body.contains("\"problems\":null")
    });
    assert!(
        status.contains("content/questions.yaml:8:5: unknown key `idd`"),
        "{status}"
    );
    assert!(status.contains("did you mean `id`?"), "{status}");
    preview.wait_for_line("content/questions.yaml:8:5: unknown key `idd`");
    let (code, page) = preview.get("/questions/first.html");
    assert_eq!(code, 200);
    assert!(page.contains("What’s the very first thing?"), "{page}");

    // Fixed again: the problem goes away and the page changes.
    edit(
        project.path(),
        "content/questions.yaml",
        "  - idd: tricky",
        "  - id: tricky",
    );
    edit(
        project.path(),
        "content/questions.yaml",
        "very first",
        "first",
    );
    preview.poll("/questions/first.html", "the fixed question", |_, page| {
        page.contains("What’s the first thing?")
    });
    let (_, status) = preview.get("/__deckle/status");
    assert!(status.contains("\"problems\":null"), "{status}");

    // Ctrl-C stops it cleanly: exit code 0, its builds removed.
    let exit = preview.stop().expect("serve stops on Ctrl-C");
    assert!(exit.success(), "{exit:?}");
    assert!(!preview.builds.exists(), "the builds folder is removed");
}

#[test]
fn never_serves_anything_outside_the_site() {
    let project = small_project();
    std::fs::write(project.path().join("secret.txt"), "TOP SECRET").unwrap();
    let preview = Preview::start(project.path());
    let secret = project.path().join("secret.txt");
    let up = "/..".repeat(preview.builds.components().count() + 2);
    let attempts = [
        format!("{up}/etc/passwd"),
        format!("{up}{}", secret.display()),
        format!("{}{}", up.replace("..", "%2e%2e"), secret.display()),
        format!("{}{}", up.replace("..", "%2E%2E"), secret.display()),
        "/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd".to_string(),
        "/..\\..\\..\\etc\\passwd".to_string(),
        "/questions/../../secret.txt".to_string(),
    ];
    for path in &attempts {
        let (code, body) = preview.get(path);
        assert!(code == 403 || code == 404, "{path}: {code}");
        assert!(
            !body.contains("TOP SECRET") && !body.contains("root:"),
            "{path} leaked: {body}"
        );
    }
    let (code, _) = preview.get("/no-such-page.html");
    assert_eq!(code, 404);
    let (code, _) = preview.get("/questions/");
    assert_eq!(code, 200);
}

#[test]
fn a_project_that_does_not_build_yet_shows_its_problems_until_fixed() {
    let project = small_project();
    edit(
        project.path(),
        "content/settings.yaml",
        "language:",
        "langauge:",
    );
    let mut preview = Preview::start(project.path());
    preview.wait_for_line("content/settings.yaml:2:1: unknown key `langauge`");
    let (code, page) = preview.get("/");
    assert_eq!(code, 503);
    assert!(page.contains("does not build yet"), "{page}");
    assert!(
        page.contains("/__deckle/events"),
        "the page reloads once fixed"
    );
    let (_, status) = preview.get("/__deckle/status");
    assert!(status.contains("did you mean `language`?"), "{status}");

    edit(
        project.path(),
        "content/settings.yaml",
        "langauge:",
        "language:",
    );
    preview.poll("/", "the site after the fix", |code, page| {
        code == 200 && page.contains("Small Test Article")
    });
}

#[test]
fn hostile_requests_leave_the_preview_up() {
    let project = small_project();
    let preview = Preview::start(project.path());

    // A declared body far larger than memory: answered (the body is never read), and the
    // server goes on.
    let reply = send_raw(
        preview.port,
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999\r\nConnection: close\r\n\r\n",
    );
    assert!(reply.starts_with("HTTP/1.1 "), "{reply}");
    assert_eq!(preview.get("/").0, 200, "up after a huge Content-Length");

    // A 100 MB header line is refused long before its end.
    let mut huge = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: ".to_vec();
    huge.resize(huge.len() + 100_000_000, b'a');
    huge.extend_from_slice(b"\r\n\r\n");
    let reply = send_raw(preview.port, &huge);
    assert!(
        reply.is_empty() || reply.starts_with("HTTP/1.1 431"),
        "a huge header must be refused: {}",
        &reply[..reply.len().min(200)]
    );
    assert_eq!(preview.get("/").0, 200, "up after a huge header line");
}

#[test]
fn only_requests_naming_this_computer_are_answered() {
    let project = small_project();
    let preview = Preview::start(project.path());
    let port = preview.port;
    for host in [
        "127.0.0.1".to_string(),
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ] {
        let (code, page) = http_get_from(port, "/", &host);
        assert_eq!(code, 200, "{host}");
        assert!(page.contains("Small Test Article"), "{host}: {page}");
    }
    // DNS rebinding: another site's name made to lead to 127.0.0.1.
    for host in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("localhost:{}", port.wrapping_add(1)),
    ] {
        for path in ["/", "/__deckle/status", "/__deckle/events"] {
            let (code, body) = http_get_from(port, path, &host);
            assert_eq!(code, 403, "{host}{path}: {body}");
            assert!(
                body.contains("only answers addresses on this computer"),
                "{body}"
            );
            assert!(!body.contains("version"), "{host}{path}: {body}");
        }
    }
    // The same through an absolute address, and with no Host at all.
    let reply = send_raw(
        port,
        b"GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(parse_reply(&reply).0, 403, "{reply}");
    let reply = send_raw(port, b"GET / HTTP/1.0\r\n\r\n");
    assert_eq!(parse_reply(&reply).0, 403, "{reply}");
}

#[test]
fn clients_that_do_not_read_hold_up_nobody_else() {
    let project = small_project();
    // A file far larger than what the system's socket buffers hold.
    let templates = project.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("large.bin"), vec![7u8; 16_000_000]).unwrap();
    let preview = Preview::start(project.path());

    let stalled: Vec<TcpStream> = (0..6)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", preview.port)).unwrap();
            stream
                .write_all(b"GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                .unwrap();
            stream
        })
        .collect();
    // Each of them has begun to get its answer, and reads no more of it.
    for stream in &stalled {
        let mut start = [0; 12];
        let mut stream = stream;
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        stream.read_exact(&mut start).unwrap();
        assert_eq!(&start, b"HTTP/1.1 200");
    }
    // Another client is still answered, whole (send_raw gives up after PATIENCE).
    let started = Instant::now();
    let (code, page) = preview.get("/");
    assert_eq!(code, 200);
    assert!(page.contains("Small Test Article"), "{page}");
    println!(
        "answered beside 6 stalled clients in {} ms",
        started.elapsed().as_millis()
    );
    drop(stalled);
}

#[test]
fn a_saved_file_is_pushed_to_the_event_stream() {
    let project = small_project();
    let preview = Preview::start(project.path());
    let mut stream = TcpStream::connect(("127.0.0.1", preview.port)).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream
        .write_all(b"GET /__deckle/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .unwrap();
    let mut seen = String::new();
    let mut read_until = |text: &str, seen: &mut String| {
        let mut chunk = [0; 4096];
        while !seen.contains(text) {
            match stream.read(&mut chunk) {
                Ok(n @ 1..) => seen.push_str(&String::from_utf8_lossy(&chunk[..n])),
                other => panic!("the stream ended ({other:?}) before `{text}`:\n{seen}"),
            }
        }
    };
    read_until("data: {\"problems\":null,\"version\":1}\n\n", &mut seen);
    assert!(seen.starts_with("HTTP/1.1 200"), "{seen}");
    assert!(seen.contains("content-type: text/event-stream"), "{seen}");

    let saved = Instant::now();
    edit(
        project.path(),
        "content/questions.yaml",
        "What’s the first thing?",
        "What’s the very first thing?",
    );
    read_until("\"version\":2}", &mut seen);
    println!(
        "the event came {} ms after the save",
        saved.elapsed().as_millis()
    );
    let (_, page) = preview.get("/questions/first.html");
    assert!(page.contains("What’s the very first thing?"), "{page}");

    // A broken edit is pushed too, with its problem.
    edit(
        project.path(),
        "content/questions.yaml",
        "  - id: tricky",
        "  - idd: tricky",
    );
    read_until("unknown key `idd`", &mut seen);
}
