//! One module per command-line verb, and what they share.
//!
//! Every verb returns `Err` with the list of problems a writer can fix; the binary prints
//! them and exits with code 1. Usage mistakes (an unknown option, say) exit with code 2.

pub mod build;
pub mod check;
pub mod init;
pub mod serve;
pub mod term;

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::{Error, Result};

/// A private folder in the system's temporary folder, removed with everything in it when
/// dropped: where `check` renders to throw away and `serve` keeps its builds.
#[derive(Debug)]
pub struct ScratchDir {
    path: PathBuf,
}

impl ScratchDir {
    /// Creates a new, empty folder whose name starts with `deckle-{purpose}-`.
    pub fn new(purpose: &str) -> Result<ScratchDir> {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("deckle-{purpose}-{}-{nanos}", std::process::id()));
        std::fs::create_dir(&path).map_err(|e| Error::io("create", &path, e))?;
        Ok(ScratchDir { path })
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
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
}
