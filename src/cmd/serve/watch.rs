//! Watching the project for saved files: `content/` and `templates/` (and the project folder,
//! to see them appear), with editors' temporary and backup files left out. A burst of events
//! (editors save in steps) becomes one rebuild once the files have been quiet for a moment.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use super::builder::Builder;
use crate::cmd::term::Term;
use crate::content::ProjectPaths;
use crate::error::Error;

/// How long the files must stay unchanged before a rebuild starts: one save's events come
/// within a millisecond or two of each other.
const QUIET_PERIOD: Duration = Duration::from_millis(15);
/// The longest a rebuild waits for changes to settle.
const MAX_SETTLE: Duration = Duration::from_secs(2);

/// Something the main loop must react to.
pub enum Signal {
    /// Files changed (or the watcher had trouble).
    Files(notify::Result<notify::Event>),
    /// Ctrl-C.
    Stop,
}

/// Rebuilds after each change to the project's files, until Ctrl-C.
pub fn follow_changes(
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
pub fn watch(watcher: &mut impl Watcher, paths: &ProjectPaths) -> Result<(), Error> {
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

/// The problem of a watcher that cannot start or add a folder, and what to do.
pub fn watch_error(err: &notify::Error) -> Error {
    Error::new(format!(
        "could not watch the project's files for changes: {err}"
    ))
    .with_hint(
        "on Linux, a limit on watched files may be reached; close other programs that watch \
         files, or raise fs.inotify.max_user_watches",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
