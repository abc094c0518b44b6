//! `deckle serve`: a live preview. Builds the site, serves it on this computer only
//! (127.0.0.1), rebuilds when a file in `content/` or `templates/` changes, and makes open
//! pages reload by themselves.
//!
//! Builds go to a private temporary folder, never to `output/`: a preview does not replace the
//! files a writer may be about to upload. The preview ignores `base_url`, so every link stays
//! on this computer.
//!
//! Pages get a small script (added while serving; the built files never contain it) that holds
//! an event stream open: each build's number and problems are pushed to it as soon as the build
//! is over. A new build number reloads the page; problems are shown over the last build that
//! worked.
//!
//! The parts: `watch` turns saved files into rebuilds, `builder` makes them and publishes
//! each outcome through `events`, `http` serves requests (checking their `host`) and
//! `routes` answers them from the site's `files`.

mod builder;
mod events;
mod files;
mod host;
mod http;
mod routes;
mod watch;

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::mpsc::channel;

use super::ScratchDir;
use super::term::Term;
use crate::content::{Project, ProjectPaths};
use crate::error::Error;
use builder::Builder;
use watch::Signal;

/// What to serve, and on which port.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The project folder (holding `content/`).
    pub project: PathBuf,
    /// The port on 127.0.0.1; 0 picks any free one.
    pub port: u16,
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
    let listener = TcpListener::bind(("127.0.0.1", options.port))
        .map_err(|err| vec![port_error(options.port, &err)])?;
    let port = listener.local_addr().map_or(options.port, |a| a.port());

    let (signals, incoming) = channel();
    let stop = signals.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Signal::Stop);
    })
    .map_err(|e| vec![Error::new(format!("could not listen for Ctrl-C: {e}"))])?;
    let mut watcher = notify::recommended_watcher(move |event| {
        let _ = signals.send(Signal::Files(event));
    })
    .map_err(|e| vec![watch::watch_error(&e)])?;

    let (publish, status) = events::channel();
    let mut builder = Builder::new(paths.clone(), scratch, publish, *term);
    watch::watch(&mut watcher, &paths).map_err(|e| vec![e])?;
    builder.rebuild();

    // Requests wait in the listener's queue until the first build is over.
    http::serve(listener, port, status).map_err(|e| vec![e])?;
    term.success("Serving", format!("your site at http://127.0.0.1:{port}/"));
    term.say("Open that address in your browser. Pages update each time you save a file in content/ or templates/.");
    term.say("Press Ctrl-C to stop.");

    watch::follow_changes(&incoming, &mut watcher, &mut builder, term);

    // The server's thread ends with the process; the builds are removed with `builder`.
    term.say("Stopping the preview.");
    Ok(())
}

/// Why the server could not start, and what to do.
fn port_error(port: u16, err: &dyn std::error::Error) -> Error {
    Error::new(format!("could not start the preview on port {port}: {err}")).with_hint(format!(
        "another program (another deckle serve?) may be using the port; stop it, or choose \
         another port, e.g. `deckle serve --port {}`",
        port.wrapping_add(1).max(1024)
    ))
}
