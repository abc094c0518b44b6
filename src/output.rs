//! Writing the build atomically: everything goes into a staging folder beside the output
//! folder, which replaces the old output only once the whole build has succeeded.
//!
//! deckle marks folders it creates with a marker file and refuses to replace a folder
//! without it, so pointing `--out` at the wrong place cannot destroy someone's files.

use std::collections::HashSet;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use walkdir::WalkDir;

use crate::error::{Error, Result};
use crate::parallel;

/// The file that marks a folder as deckle's own output.
pub const MARKER: &str = ".deckle-output";

/// A build in progress: files written so far, not yet visible in the output folder.
///
/// Renderers running on several threads write into the same staging folder at once.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    /// The output folder of the previous build, when there is one: a file that comes out
    /// the same is linked from there instead of written again (see [`Staging::write`]).
    previous: Option<PathBuf>,
    progress: Mutex<Progress>,
    committed: bool,
}

/// What has been written so far. Paths and folders are remembered so that the file system is
/// not asked again for each file.
#[derive(Debug, Default)]
struct Progress {
    written: HashSet<String>,
    folders: HashSet<PathBuf>,
    files: usize,
    pages: usize,
    bytes: u64,
}

/// What a finished build wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Number of files.
    pub files: usize,
    /// Number of web pages (`.html` files) among them.
    pub pages: usize,
    /// Their total size in bytes.
    pub bytes: u64,
}

impl Staging {
    /// Starts a build that will replace `target` when committed.
    ///
    /// Fails, before anything is written, if `target` exists and was not made by deckle.
    pub fn begin(target: &Path) -> Result<Staging> {
        check_replaceable(target)?;
        let name = target
            .file_name()
            .ok_or_else(|| Error::new(format!("`{}` is not a folder name", target.display())))?;
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(|e| Error::io("create", &parent, e))?;
        let dir = parent.join(format!(".{}.deckle-staging", name.to_string_lossy()));
        if dir.exists() {
            // Left over from a build that was interrupted; it is ours by name.
            fs::remove_dir_all(&dir).map_err(|e| Error::io("remove", &dir, e))?;
        }
        fs::create_dir(&dir).map_err(|e| Error::io("create", &dir, e))?;
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            previous: target.is_dir().then(|| target.to_path_buf()),
            progress: Mutex::new(Progress::default()),
            committed: false,
        })
    }

    /// Writes one file of the build, at a `/`-separated path relative to the output folder.
    ///
    /// A file the previous build made with the same contents is hard-linked from the previous
    /// output instead (where the file system allows): nothing is written to the disk, the old
    /// folder's removal frees nothing, and the file keeps its date, so that a copy to a web
    /// host (rsync, say) sends only the pages that changed.
    pub fn write(&self, relative: &str, contents: &[u8]) -> Result<()> {
        let inside = safe_relative(relative)?;
        let path = self.dir.join(&inside);
        {
            // A panicking writer cannot leave the bookkeeping half-updated, so a poisoned lock
            // is still consistent.
            let mut progress = self.progress.lock().unwrap_or_else(PoisonError::into_inner);
            if !progress.written.insert(relative.to_string()) {
                return Err(Error::new(format!(
                    "two things want to be written to `{relative}` in the output"
                ))
                .with_hint("rename the file in content/ or templates/ that has this name"));
            }
            if let Some(parent) = path.parent()
                && !progress.folders.contains(parent)
            {
                fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
                progress.folders.insert(parent.to_path_buf());
            }
            progress.files += 1;
            progress.pages += usize::from(relative.ends_with(".html"));
            progress.bytes += contents.len() as u64;
        }
        if self.link_unchanged(&inside, &path, contents) {
            return Ok(());
        }
        fs::write(&path, contents).map_err(|e| Error::io("write", &path, e))
    }

    /// Hard-links the previous build's file at `inside` to `path` if its contents are
    /// `contents`; `false` when there is no such file or it cannot be linked.
    fn link_unchanged(&self, inside: &Path, path: &Path, contents: &[u8]) -> bool {
        let Some(previous) = &self.previous else {
            return false;
        };
        let old = previous.join(inside);
        let same_size = fs::symlink_metadata(&old)
            .is_ok_and(|m| m.is_file() && m.len() == contents.len() as u64);
        same_size
            && fs::read(&old).is_ok_and(|bytes| bytes == contents)
            && fs::hard_link(&old, path).is_ok()
    }

    /// Replaces the output folder with this build.
    pub fn commit(mut self) -> Result<Written> {
        fs::write(
            self.dir.join(MARKER),
            b"This folder is made by deckle build and replaced on every build.\n",
        )
        .map_err(|e| Error::io("write", &self.dir, e))?;
        let old = self.dir.with_extension("old");
        if old.exists() {
            remove_folder(&old)?;
        }
        if self.target.exists() {
            fs::rename(&self.target, &old).map_err(|e| Error::io("replace", &self.target, e))?;
        }
        fs::rename(&self.dir, &self.target).map_err(|e| Error::io("create", &self.target, e))?;
        self.committed = true;
        if old.exists() {
            remove_folder(&old)?;
        }
        let progress = self.progress.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(Written {
            files: progress.files,
            pages: progress.pages,
            bytes: progress.bytes,
        })
    }
}

/// From this many files on, a replaced output folder is removed on several threads: deleting
/// the 10,000 pages of a large deck's previous build took a tenth of its build time on one.
const FILES_TO_REMOVE_IN_PARALLEL: usize = 1000;

/// Removes `folder` (one of deckle's own) and everything in it.
fn remove_folder(folder: &Path) -> Result<()> {
    let files: Vec<PathBuf> = WalkDir::new(folder)
        .into_iter()
        .filter_map(|entry| entry.ok())
        .filter(|entry| !entry.file_type().is_dir())
        .map(walkdir::DirEntry::into_path)
        .collect();
    // A file that cannot be removed here is tried again, and reported, below.
    parallel::map(
        &files,
        FILES_TO_REMOVE_IN_PARALLEL,
        "removing the old output",
        |file| drop(fs::remove_file(file)),
    )?;
    fs::remove_dir_all(folder).map_err(|e| Error::io("remove", folder, e))
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            // A failed build leaves nothing behind; the old output was never touched.
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Refuses to replace a folder that deckle did not create.
fn check_replaceable(target: &Path) -> Result<()> {
    if !target.exists() {
        return Ok(());
    }
    if !target.is_dir() {
        return Err(Error::new(format!(
            "`{}` exists and is a file, not deckle's output folder",
            target.display()
        ))
        .with_hint("move the file away, or choose another output folder with --out"));
    }
    let empty = fs::read_dir(target)
        .map_err(|e| Error::io("read", target, e))?
        .next()
        .is_none();
    if empty || target.join(MARKER).exists() {
        return Ok(());
    }
    Err(Error::new(format!(
        "`{}` already exists and was not made by deckle, so it will not be replaced",
        target.display()
    ))
    .with_hint("move its files somewhere safe, or choose another output folder with --out"))
}

/// Checks that a path stays inside the output folder.
fn safe_relative(relative: &str) -> Result<PathBuf> {
    let path = Path::new(relative);
    if relative.is_empty() || !path.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(Error::new(format!(
            "`{relative}` is not a file name inside the output"
        )));
    }
    Ok(path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("deckle-output-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[cfg(unix)]
    #[test]
    fn unchanged_files_are_kept_from_the_previous_build() {
        use std::os::unix::fs::MetadataExt;
        let root = temp("keep");
        let out = root.join("output");
        let first = Staging::begin(&out).unwrap();
        first.write("same.html", b"unchanged").unwrap();
        first.write("edited.html", b"before").unwrap();
        first.commit().unwrap();
        let inode = |name: &str| fs::metadata(out.join(name)).unwrap().ino();
        let (same, edited) = (inode("same.html"), inode("edited.html"));

        let second = Staging::begin(&out).unwrap();
        second.write("same.html", b"unchanged").unwrap();
        second.write("edited.html", b"after!").unwrap();
        second.commit().unwrap();
        assert_eq!(inode("same.html"), same, "the same file, not a copy");
        assert_ne!(inode("edited.html"), edited);
        assert_eq!(fs::read(out.join("same.html")).unwrap(), b"unchanged");
        assert_eq!(fs::read(out.join("edited.html")).unwrap(), b"after!");
        assert_eq!(fs::metadata(out.join("same.html")).unwrap().nlink(), 1);
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn a_large_folder_is_removed_whole() {
        let root = temp("remove");
        let folder = root.join("old");
        for index in 0..FILES_TO_REMOVE_IN_PARALLEL + 10 {
            let sub = folder.join(format!("part{}", index % 3));
            fs::create_dir_all(&sub).unwrap();
            fs::write(sub.join(format!("{index}.html")), b"x").unwrap();
        }
        remove_folder(&folder).unwrap();
        assert!(!folder.exists());
        assert!(
            remove_folder(&folder).is_err(),
            "a missing folder is reported"
        );
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn commit_replaces_and_drop_discards() {
        let root = temp("swap");
        let out = root.join("output");
        let first = Staging::begin(&out).unwrap();
        first.write("a/b.txt", b"one").unwrap();
        first.write("stale.txt", b"x").unwrap();
        assert!(!out.exists(), "nothing is visible before commit");
        assert_eq!(
            first.commit().unwrap(),
            Written {
                files: 2,
                pages: 0,
                bytes: 4
            }
        );
        assert_eq!(fs::read(out.join("a/b.txt")).unwrap(), b"one");

        let failed = Staging::begin(&out).unwrap();
        failed.write("a/b.txt", b"two").unwrap();
        drop(failed);
        assert_eq!(fs::read(out.join("a/b.txt")).unwrap(), b"one");

        let second = Staging::begin(&out).unwrap();
        second.write("a/b.txt", b"three").unwrap();
        second.commit().unwrap();
        assert!(
            !out.join("stale.txt").exists(),
            "stale files do not survive"
        );
        let leftovers: Vec<_> = fs::read_dir(&root).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "only output/ remains");
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn refuses_foreign_folder() {
        let root = temp("foreign");
        let out = root.join("mine");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("thesis.docx"), b"precious").unwrap();
        let err = Staging::begin(&out).unwrap_err();
        assert!(err.message.contains("not made by deckle"));
        assert_eq!(fs::read(out.join("thesis.docx")).unwrap(), b"precious");
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn rejects_paths_leaving_the_output() {
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("").is_err());
        assert!(safe_relative("questions/a.html").is_ok());
    }
}
