//! Private folders in the system's temporary folder, where `check` renders to throw away and
//! `serve` keeps its builds, removed when done, on Ctrl-C, or by the next run if the process
//! was killed.
//!
//! Each folder holds a marker file that its process keeps locked while it lives; the operating
//! system lets the lock go when the process ends, however it ends. A folder whose marker
//! nobody holds belonged to a process that is gone, and is removed when the next one is made.
//! A folder without the marker, or whose marker is held, is never touched.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::{Error, Result};

/// The marker file in every scratch folder.
const MARKER: &str = ".deckle-scratch";

/// How the names of scratch folders begin.
const PREFIX: &str = "deckle-";

/// A private folder in the system's temporary folder, removed with everything in it when
/// dropped: where `check` renders to throw away and `serve` keeps its builds.
#[derive(Debug)]
pub struct ScratchDir {
    path: PathBuf,
    /// The marker, locked while this process lives.
    _marker: File,
}

impl ScratchDir {
    /// Removes the scratch folders of processes that were killed, then creates a new, empty
    /// folder whose name starts with `deckle-{purpose}-`.
    pub fn new(purpose: &str) -> Result<ScratchDir> {
        ScratchDir::create(fresh_path(purpose))
    }

    /// [`ScratchDir::new`], the folder also removed when the process is stopped by Ctrl-C (or
    /// told to end), which then ends with the usual exit code for that (130). The handler is
    /// set before the folder exists, so no moment is left in which a stop would leave it
    /// behind. A process has one such handler: where one is already set, this folder is left
    /// to the next run's clean-up of stale folders.
    pub fn removed_on_interrupt(purpose: &str) -> Result<ScratchDir> {
        let path = fresh_path(purpose);
        let doomed = path.clone();
        let _ = ctrlc::set_handler(move || {
            // Other threads may still be writing into it: try a few times.
            for _ in 0..5 {
                if fs::remove_dir_all(&doomed).is_ok() || !doomed.exists() {
                    break;
                }
            }
            std::process::exit(130);
        });
        ScratchDir::create(path)
    }

    /// Creates the folder `path` with its locked marker.
    fn create(path: PathBuf) -> Result<ScratchDir> {
        fs::create_dir(&path).map_err(|e| Error::io("create", &path, e))?;
        // Locked under another name first, so that no other process ever sees the marker
        // unlocked. Where files cannot be locked it keeps that name: the folder is then never
        // taken for stale, only removed by its own process.
        let unlocked = path.join(format!("{MARKER}.new"));
        let marker = File::create(&unlocked).map_err(|e| Error::io("create", &unlocked, e))?;
        if marker.lock().is_ok() {
            let named = path.join(MARKER);
            fs::rename(&unlocked, &named).map_err(|e| Error::io("create", &named, e))?;
        }
        Ok(ScratchDir {
            path,
            _marker: marker,
        })
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

/// A new scratch folder's path for `purpose`, after removing the stale ones.
fn fresh_path(purpose: &str) -> PathBuf {
    let temp = std::env::temp_dir();
    remove_stale(&temp);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    temp.join(format!("{PREFIX}{purpose}-{}-{nanos}", std::process::id()))
}

/// Removes the scratch folders in `temp` whose marker no live process holds.
fn remove_stale(temp: &Path) {
    let Ok(entries) = fs::read_dir(temp) else {
        return;
    };
    for entry in entries.filter_map(|entry| entry.ok()) {
        if !entry.file_name().to_string_lossy().starts_with(PREFIX)
            || !entry.file_type().is_ok_and(|t| t.is_dir())
        {
            continue;
        }
        let folder = entry.path();
        let Ok(marker) = File::open(folder.join(MARKER)) else {
            continue;
        };
        // Held while removing, so that two processes do not remove the same folder at once.
        if marker.try_lock().is_ok() {
            let _ = fs::remove_dir_all(&folder);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_dirs_are_distinct_and_removed() {
        let first = ScratchDir::new("unit").unwrap();
        let second = ScratchDir::new("unit").unwrap();
        assert_ne!(first.path(), second.path());
        std::fs::write(first.path().join("f"), b"x").unwrap();
        let kept = first.path().to_path_buf();
        drop(first);
        assert!(!kept.exists());
    }

    #[test]
    fn only_folders_nobody_holds_are_removed() {
        let live = ScratchDir::new("unit-live").unwrap();
        let temp = std::env::temp_dir();
        let dead = temp.join(format!("{PREFIX}unit-dead-{}", std::process::id()));
        let foreign = temp.join(format!("{PREFIX}unit-foreign-{}", std::process::id()));
        for folder in [&dead, &foreign] {
            fs::create_dir_all(folder).unwrap();
            fs::write(folder.join("page.html"), b"x").unwrap();
        }
        // A marker that no process holds: its process was killed.
        fs::write(dead.join(MARKER), b"").unwrap();
        remove_stale(&temp);
        assert!(!dead.exists(), "a dead process's folder is removed");
        assert!(
            foreign.join("page.html").exists(),
            "a folder without marker is kept"
        );
        assert!(live.path().join(MARKER).exists(), "a live one is kept");
        fs::remove_dir_all(foreign).unwrap();
    }
}
