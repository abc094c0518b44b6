//! The folders a build keeps beside the output folder, and what happens to those an
//! interrupted build left behind.
//!
//! Each build stages into `.NAME.deckle-staging-PID-TIME`, a name of its own, and (where the
//! swap cannot be done in one step) moves the old output aside to `.NAME.deckle-old-PID-TIME`.
//! Both hold deckle's marker file from the moment they exist. With the build lock held no
//! other build is running, so such a folder is left over from one that was killed: a folder
//! moved aside is put back if the output folder is missing, and the rest are removed. A
//! folder without the marker, or with any other name, is never touched.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{MARKER, remove_folder};
use crate::error::{Error, Result};

/// How the names of a build's own folders beside the output folder `name` begin.
fn prefixes(name: &str) -> [String; 2] {
    [
        format!(".{name}.deckle-staging-"),
        format!(".{name}.deckle-old-"),
    ]
}

/// Fresh names for this build's staging folder and for the old output moved aside.
pub fn fresh_names(parent: &Path, name: &str) -> (PathBuf, PathBuf) {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let [staging, old] = prefixes(name);
    let own = format!("{}-{nanos}", std::process::id());
    (
        parent.join(format!("{staging}{own}")),
        parent.join(format!("{old}{own}")),
    )
}

/// Puts back an output folder a killed build left aside and removes the other folders killed
/// builds left beside `target` (named `name`, in `parent`). Call only with the build lock held.
pub fn tidy(parent: &Path, name: &str, target: &Path) -> Result<()> {
    let [staging, old] = prefixes(name);
    let mut staged = Vec::new();
    let mut aside = Vec::new();
    let entries = fs::read_dir(parent).map_err(|e| Error::io("read", parent, e))?;
    for entry in entries.filter_map(|entry| entry.ok()) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if !is_marked_folder(&path) {
            continue;
        }
        if file_name.starts_with(&staging) {
            staged.push(path);
        } else if file_name.starts_with(&old) {
            aside.push(path);
        }
    }
    if fs::symlink_metadata(target).is_err() {
        // Killed between moving the old output aside and moving the new one in: the newest
        // folder aside is the last output that was whole.
        aside.sort_by_key(|path| fs::metadata(path).and_then(|m| m.modified()).ok());
        if let Some(last) = aside.pop() {
            fs::rename(&last, target).map_err(|e| Error::io("restore", target, e))?;
        }
    }
    for folder in staged.iter().chain(&aside) {
        // One that cannot be removed now is tried again at the next build.
        let _ = remove_folder(folder);
    }
    Ok(())
}

/// Whether `path` is a real folder (not a link) holding deckle's marker file.
fn is_marked_folder(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.is_dir())
        && fs::symlink_metadata(path.join(MARKER)).is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(path: &Path, marked: bool) {
        fs::create_dir_all(path).unwrap();
        fs::write(path.join("page.html"), b"x").unwrap();
        if marked {
            fs::write(path.join(MARKER), b"").unwrap();
        }
    }

    #[test]
    fn only_marked_folders_with_our_names_are_removed() {
        let root = tempfile::tempdir().unwrap();
        let parent = root.path();
        let target = parent.join("output");
        folder(&target, true);
        let (staging, old) = fresh_names(parent, "output");
        folder(&staging, true);
        folder(&old, true);
        let foreign = [
            parent.join(".output.old"),
            parent.join(".output.deckle-staging"),
            parent.join(".output.deckle-staging-unmarked"),
            parent.join(".other.deckle-old-1"),
        ];
        for path in &foreign {
            folder(path, !path.ends_with(".output.deckle-staging-unmarked"));
        }
        tidy(parent, "output", &target).unwrap();
        assert!(!staging.exists() && !old.exists());
        for path in &foreign {
            assert!(path.join("page.html").exists(), "{} kept", path.display());
        }
        assert!(target.join("page.html").exists());
    }

    #[test]
    fn an_output_left_aside_is_put_back() {
        let root = tempfile::tempdir().unwrap();
        let parent = root.path();
        let target = parent.join("output");
        let (staging, old) = fresh_names(parent, "output");
        folder(&staging, true);
        folder(&old, true);
        tidy(parent, "output", &target).unwrap();
        assert!(target.join("page.html").exists());
        assert!(target.join(MARKER).exists());
        assert!(!old.exists() && !staging.exists());
    }
}
