//! `deckle serve`: a live preview. Builds the site, serves it on this computer only
//! (127.0.0.1), rebuilds when a file in `content/` or `templates/` changes, and makes open
//! pages reload by themselves.
//!
//! Builds go to a private temporary folder, never to `output/`: a preview does not replace the
//! files a writer may be about to upload, and each rebuild gets a fresh folder, so a request is
//! always answered from one complete build. The preview ignores `base_url`, so every link stays
//! on this computer.
//!
//! Pages get a small script (added while serving; the built files never contain it) that asks
//! `/__deckle/status` a few times a second for the build number and the current problems. A
//! new build number reloads the page; problems are shown over the last build that worked.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use super::term::Term;
use super::{ScratchDir, build};
use crate::content::{Project, ProjectPaths};
use crate::error::Error;

/// What to serve, and on which port.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The project folder (holding `content/`).
    pub project: PathBuf,
    /// The port on 127.0.0.1; 0 picks any free one.
    pub port: u16,
}

/// The address pages ask for the build number and problems.
const STATUS_PATH: &str = "/__deckle/status";
/// The live-reload script added to every page served.
const LIVE_RELOAD_JS: &str = include_str!("live-reload.js");
/// How long the files must stay unchanged before a rebuild starts (editors save in steps).
const QUIET_PERIOD: Duration = Duration::from_millis(120);
/// The longest a rebuild waits for changes to settle.
const MAX_SETTLE: Duration = Duration::from_secs(2);
/// How many requests are answered at once.
const WORKERS: usize = 4;

/// What the server knows about the builds.
#[derive(Debug, Default)]
struct Status {
    /// The folder of the last build that worked, if any.
    site: Option<PathBuf>,
    /// Counts the builds that worked; a page reloads when it changes.
    version: u64,
    /// The problems of the last build, when it failed, as text for the page.
    problems: Option<String>,
}

type Shared = Arc<Mutex<Status>>;

/// Something the main loop must react to.
enum Signal {
    /// Files changed (or the watcher had trouble).
    Files(notify::Result<notify::Event>),
    /// Ctrl-C.
    Stop,
}

/// Serves the project until Ctrl-C.
pub fn run(options: &ServeOptions, term: &Term) -> Result<(), Vec<Error>> {
    if !ProjectPaths::new(&options.project).content().is_dir() {
        // Not a project folder at all: say so (Project::load words it) rather than serve nothing.
        Project::load(&options.project)?;
    }
    // The watcher reports absolute paths; compare them with an absolute project folder.
    let root = options
        .project
        .canonicalize()
        .map_err(|e| vec![Error::io("open", &options.project, e)])?;
    let paths = ProjectPaths::new(root);
    let scratch = ScratchDir::new("serve").map_err(|e| vec![e])?;
    term.detail(format!("Builds go to {}", scratch.path().display()));
    let server = Server::http(("127.0.0.1", options.port))
        .map_err(|err| vec![port_error(options.port, &*err)])?;
    let port = server
        .server_addr()
        .to_ip()
        .map_or(options.port, |a| a.port());
    let server = Arc::new(server);

    let (signals, incoming) = channel();
    let stop = signals.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Signal::Stop);
    })
    .map_err(|e| vec![Error::new(format!("could not listen for Ctrl-C: {e}"))])?;
    let mut watcher = notify::recommended_watcher(move |event| {
        let _ = signals.send(Signal::Files(event));
    })
    .map_err(|e| vec![watch_error(&e)])?;

    let status: Shared = Arc::default();
    let mut builder = Builder {
        paths: paths.clone(),
        scratch,
        generation: 0,
        status: Arc::clone(&status),
        term: *term,
    };
    watch(&mut watcher, &paths).map_err(|e| vec![e])?;
    builder.rebuild();

    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let server = Arc::clone(&server);
            let status = Arc::clone(&status);
            thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    answer(request, &status);
                }
            })
        })
        .collect();
    term.success("Serving", format!("your site at http://127.0.0.1:{port}/"));
    term.say("Open that address in your browser. Pages update each time you save a file in content/ or templates/.");
    term.say("Press Ctrl-C to stop.");

    follow_changes(&incoming, &mut watcher, &mut builder, term);

    term.say("Stopping the preview.");
    for _ in &workers {
        server.unblock();
    }
    for worker in workers {
        let _ = worker.join();
    }
    Ok(())
}

/// Rebuilds after each change to the project's files, until Ctrl-C.
fn follow_changes(
    incoming: &Receiver<Signal>,
    watcher: &mut impl Watcher,
    builder: &mut Builder,
    term: &Term,
) {
    let paths = builder.paths.clone();
    // Ends on Ctrl-C (`Signal::Stop`), or if every sender is gone.
    while let Ok(Signal::Files(event)) = incoming.recv() {
        let mut changed = Vec::new();
        note_change(event, &paths, &mut changed, term);
        if changed.is_empty() {
            continue;
        }
        if settle(incoming, &paths, &mut changed, term) {
            return;
        }
        for file in &changed {
            term.detail(format!("Changed: {}", paths.shown(file).display()));
        }
        // content/ or templates/ itself was created, removed or replaced (by git, say).
        if changed
            .iter()
            .any(|p| *p == paths.content() || *p == paths.templates())
            && let Err(problem) = watch(watcher, &paths)
        {
            term.problems(&[problem], "Changes may go unnoticed until you restart.");
        }
        builder.rebuild();
    }
}

/// Why the server could not start, and what to do.
fn port_error(port: u16, err: &dyn std::error::Error) -> Error {
    Error::new(format!("could not start the preview on port {port}: {err}")).with_hint(format!(
        "another program (another deckle serve?) may be using the port; stop it, or choose \
         another port, e.g. `deckle serve --port {}`",
        port.wrapping_add(1).max(1024)
    ))
}

/// Waits until no file has changed for a moment, collecting the changes; true on Ctrl-C.
fn settle(
    incoming: &Receiver<Signal>,
    paths: &ProjectPaths,
    changed: &mut Vec<PathBuf>,
    term: &Term,
) -> bool {
    let started = Instant::now();
    while started.elapsed() < MAX_SETTLE {
        match incoming.recv_timeout(QUIET_PERIOD) {
            Ok(Signal::Stop) => return true,
            Ok(Signal::Files(event)) => note_change(event, paths, changed, term),
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => return true,
        }
    }
    false
}

/// Adds the files an event changed, if they matter for the build.
fn note_change(
    event: notify::Result<notify::Event>,
    paths: &ProjectPaths,
    changed: &mut Vec<PathBuf>,
    term: &Term,
) {
    let event = match event {
        Ok(event) => event,
        Err(err) => {
            term.note(format!("watching for changes had a problem: {err}"));
            return;
        }
    };
    let writes = matches!(
        event.kind,
        EventKind::Create(_)
            | EventKind::Modify(_)
            | EventKind::Remove(_)
            | EventKind::Any
            | EventKind::Access(notify::event::AccessKind::Close(
                notify::event::AccessMode::Write
            ))
    );
    if !writes {
        return;
    }
    for path in event.paths {
        if affects_build(&path, paths) && !changed.contains(&path) {
            changed.push(path);
        }
    }
}

/// Whether a changed file is one the build reads: in `content/` or `templates/`, and not an
/// editor's temporary, backup or hidden file.
fn affects_build(path: &Path, paths: &ProjectPaths) -> bool {
    let inside = path.starts_with(paths.content()) || path.starts_with(paths.templates());
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let scratch = name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913";
    inside && !scratch
}

/// Watches `content/` and `templates/` (and the project folder, to see them appear).
fn watch(watcher: &mut impl Watcher, paths: &ProjectPaths) -> Result<(), Error> {
    let _ = watcher.unwatch(&paths.root);
    watcher
        .watch(&paths.root, RecursiveMode::NonRecursive)
        .map_err(|e| watch_error(&e))?;
    for dir in [paths.content(), paths.templates()] {
        let _ = watcher.unwatch(&dir);
        if dir.is_dir() {
            watcher
                .watch(&dir, RecursiveMode::Recursive)
                .map_err(|e| watch_error(&e))?;
        }
    }
    Ok(())
}

fn watch_error(err: &notify::Error) -> Error {
    Error::new(format!(
        "could not watch the project's files for changes: {err}"
    ))
    .with_hint(
        "on Linux, a limit on watched files may be reached; close other programs that watch \
         files, or raise fs.inotify.max_user_watches",
    )
}

/// Makes the builds and records how they went.
struct Builder {
    paths: ProjectPaths,
    scratch: ScratchDir,
    generation: u64,
    status: Shared,
    term: Term,
}

impl Builder {
    /// Builds into a fresh folder; on success the server switches to it, on failure it keeps
    /// the last build that worked and the pages show the problems.
    fn rebuild(&mut self) {
        let started = Instant::now();
        self.generation += 1;
        let out = self.site_folder(self.generation);
        let result = Project::load(&self.paths.root).and_then(|mut project| {
            project.settings.base_url = None;
            build::build_project(&project, &out)
        });
        let mut status = self.status.lock().unwrap_or_else(PoisonError::into_inner);
        match result {
            Ok((written, _)) => {
                status.site = Some(out);
                status.version += 1;
                status.problems = None;
                drop(status);
                // The build before the previous one can no longer be in use by a request.
                if let Some(old) = self.generation.checked_sub(2) {
                    let _ = std::fs::remove_dir_all(self.site_folder(old));
                }
                self.term.success(
                    "Built",
                    format!(
                        "{} pages in {} ms; open pages reload by themselves.",
                        written.pages,
                        started.elapsed().as_millis()
                    ),
                );
            }
            Err(problems) => {
                let text = problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n\n");
                status.problems = Some(text);
                let closing = if status.site.is_some() {
                    "The preview keeps showing the last version that worked; fix the problem and save."
                } else {
                    "Fix the problem and save; the preview starts once the site builds."
                };
                drop(status);
                self.term.problems(&problems, closing);
            }
        }
    }

    fn site_folder(&self, generation: u64) -> PathBuf {
        self.scratch.path().join(format!("site-{generation}"))
    }
}

/// Answers one request from the current build.
fn answer(request: Request, status: &Shared) {
    let (site, version, problems) = {
        let status = status.lock().unwrap_or_else(PoisonError::into_inner);
        (status.site.clone(), status.version, status.problems.clone())
    };
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(text_response(405, "Only GET and HEAD are answered here."));
        return;
    }
    let path = request.url().split(['?', '#']).next().unwrap_or_default();
    if path == STATUS_PATH {
        let body = serde_json::json!({ "version": version, "problems": problems }).to_string();
        let _ = request.respond(with_type(Response::from_string(body), "application/json"));
        return;
    }
    let Some(site) = site else {
        let page = with_live_reload(NO_BUILD_PAGE.as_bytes(), version);
        let _ = request.respond(
            with_type(Response::from_data(page), "text/html; charset=utf-8").with_status_code(503),
        );
        return;
    };
    let response = match resolve(&site, path) {
        Resolved::File(file) => file_response(&file, 200, version),
        Resolved::Redirect(location) => match header("Location", &location) {
            Some(to) => Response::from_data(Vec::new())
                .with_status_code(302)
                .with_header(to),
            None => text_response(404, "There is no page at this address."),
        },
        Resolved::Forbidden => text_response(403, "This address is outside the site."),
        Resolved::NotFound => match resolve(&site, "/404.html") {
            Resolved::File(file) => file_response(&file, 404, version),
            _ => text_response(404, "There is no page at this address."),
        },
    };
    let _ = request.respond(response);
}

/// The page shown while no build has worked yet; the script shows the problems over it.
const NO_BUILD_PAGE: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>deckle: the site does not build yet</title></head>\n<body><h1>The site does not build yet</h1>\
<p>deckle lists the problems below and in the terminal. Fix them and save: this page updates by itself.</p>\
</body></html>\n";

/// What a request's path names in the site folder.
#[derive(Debug, PartialEq, Eq)]
enum Resolved {
    /// A file inside the site.
    File(PathBuf),
    /// A folder asked for without its final `/`: the address to send the browser to instead
    /// (a temporary redirect, which browsers do not remember),
    /// so that the folder's page finds its relative links.
    Redirect(String),
    /// An address that tries to leave the site.
    Forbidden,
    /// Nothing there.
    NotFound,
}

/// Finds the file for a request path (already stripped of `?query`) inside `site`.
///
/// Refuses `..` and `.` segments (also percent-encoded), backslashes and NUL bytes, and any
/// path whose real location (after following symbolic links) is outside `site`.
fn resolve(site: &Path, path: &str) -> Resolved {
    if !path.starts_with('/') {
        return Resolved::Forbidden;
    }
    let Some(decoded) = percent_decode(path) else {
        return Resolved::Forbidden;
    };
    let Ok(decoded) = String::from_utf8(decoded) else {
        return Resolved::NotFound;
    };
    if decoded.contains(['\\', '\0']) {
        return Resolved::Forbidden;
    }
    let segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| matches!(*s, "." | "..")) {
        return Resolved::Forbidden;
    }
    let mut file = site.to_path_buf();
    file.extend(&segments);
    if file.is_dir() {
        if !decoded.ends_with('/') {
            return Resolved::Redirect(format!("/{}/", path.trim_matches('/')));
        }
        file.push("index.html");
    }
    let (Ok(real), Ok(real_site)) = (file.canonicalize(), site.canonicalize()) else {
        return Resolved::NotFound;
    };
    if !real.starts_with(&real_site) {
        Resolved::Forbidden
    } else if real.is_file() {
        Resolved::File(real)
    } else {
        Resolved::NotFound
    }
}

/// Decodes `%XX` escapes; `None` for a malformed escape.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    Some(decoded)
}

type Reply = Response<std::io::Cursor<Vec<u8>>>;

fn file_response(file: &Path, code: u16, version: u64) -> Reply {
    let Ok(bytes) = std::fs::read(file) else {
        return text_response(404, "There is no page at this address.");
    };
    let kind = content_type(file);
    let body = if kind.starts_with("text/html") {
        with_live_reload(&bytes, version)
    } else {
        bytes
    };
    with_type(Response::from_data(body), kind).with_status_code(code)
}

fn text_response(code: u16, text: &str) -> Reply {
    with_type(Response::from_string(text), "text/plain; charset=utf-8")
        .with_status_code(StatusCode(code))
}

fn with_type(response: Reply, kind: &str) -> Reply {
    [
        header("Content-Type", kind),
        header("Cache-Control", "no-store"),
    ]
    .into_iter()
    .flatten()
    .fold(response, Response::with_header)
}

/// A header deckle makes; values are ASCII (content types, or an address that came in as one).
fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// The `Content-Type` for a file of the site.
fn content_type(file: &Path) -> &'static str {
    match file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        Some("json") => "application/json",
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// A page with the live-reload script added before its `</body>`.
fn with_live_reload(html: &[u8], version: u64) -> Vec<u8> {
    let script = format!("<script data-deckle-version=\"{version}\">\n{LIVE_RELOAD_JS}</script>\n");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut page = Vec::with_capacity(html.len() + script.len());
    page.extend_from_slice(&html[..at]);
    page.extend_from_slice(script.as_bytes());
    page.extend_from_slice(&html[at..]);
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> ScratchDir {
        let dir = ScratchDir::new("serve-unit").unwrap();
        std::fs::create_dir_all(dir.path().join("site/questions")).unwrap();
        std::fs::write(dir.path().join("site/index.html"), "home").unwrap();
        std::fs::write(dir.path().join("site/questions/index.html"), "list").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "outside").unwrap();
        dir
    }

    #[test]
    fn resolves_pages_and_folders() {
        let dir = site();
        let root = dir.path().join("site");
        let real = root.canonicalize().unwrap();
        assert_eq!(resolve(&root, "/"), Resolved::File(real.join("index.html")));
        assert_eq!(
            resolve(&root, "/questions/"),
            Resolved::File(real.join("questions/index.html"))
        );
        assert_eq!(
            resolve(&root, "/questions"),
            Resolved::Redirect("/questions/".into())
        );
        assert_eq!(resolve(&root, "/nothing.html"), Resolved::NotFound);
    }

    #[test]
    fn refuses_everything_outside_the_site() {
        let dir = site();
        let root = dir.path().join("site");
        for path in [
            "/../secret.txt",
            "/questions/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/..%2fsecret.txt",
            "/..%5csecret.txt",
            "/%00",
            "/%zz",
            "relative",
        ] {
            assert_eq!(resolve(&root, path), Resolved::Forbidden, "{path}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("link.txt"))
                .unwrap();
            assert_eq!(resolve(&root, "/link.txt"), Resolved::Forbidden);
        }
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = String::from_utf8(with_live_reload(b"<p>x</p></BODY></html>", 7)).unwrap();
        assert!(page.starts_with("<p>x</p><script data-deckle-version=\"7\">"));
        assert!(page.ends_with("</script>\n</BODY></html>"));
        let bare = String::from_utf8(with_live_reload(b"<p>x</p>", 1)).unwrap();
        assert!(bare.starts_with("<p>x</p><script"));
    }

    #[test]
    fn editor_scratch_files_are_ignored() {
        let paths = ProjectPaths::new("/p");
        assert!(affects_build(
            Path::new("/p/content/questions.yaml"),
            &paths
        ));
        assert!(affects_build(Path::new("/p/templates/style.css"), &paths));
        assert!(!affects_build(
            Path::new("/p/content/.questions.yaml.swp"),
            &paths
        ));
        assert!(!affects_build(
            Path::new("/p/content/questions.yaml~"),
            &paths
        ));
        assert!(!affects_build(Path::new("/p/output/index.html"), &paths));
    }
}
