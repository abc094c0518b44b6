//! Writing the build atomically: everything goes into a staging folder beside the output
//! folder, which replaces the old output only once the whole build has succeeded.
//!
//! deckle marks folders it creates with a marker file and refuses to replace a folder
//! without it, so pointing `--out` at the wrong place cannot destroy someone's files. One
//! build at a time writes an output folder (`lock`); the new output takes the old one's place
//! in one step where the system allows it (`swap`); what a killed build left beside the
//! output is put back or removed, and nothing else is (`leftovers`). `placement` refuses an
//! output folder that overlaps the project's own files.

mod leftovers;
mod lock;
mod placement;
mod swap;

pub use placement::check as check_placement;
pub use swap::left_unchanged;

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
    /// Where the old output goes while the new one is moved in, where that takes two steps.
    aside: PathBuf,
    /// Held until the new output is in place; `None` where files cannot be locked.
    _lock: Option<lock::BuildLock>,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// Number of files.
    pub files: usize,
    /// Number of web pages (`.html` files) among them.
    pub pages: usize,
    /// Their total size in bytes.
    pub bytes: u64,
    /// The previous output, when it was replaced but could not be removed afterwards: where
    /// it is and why. The next build tries again.
    pub left_behind: Option<Error>,
}

impl Staging {
    /// Starts a build that will replace `target` when committed; `target` may be a link to
    /// the folder to replace. Waits, saying so once on standard error, while another build
    /// writes the same folder.
    ///
    /// Fails, before anything is written, if `target` exists and was not made by deckle.
    pub fn begin(target: &Path) -> Result<Staging> {
        let target = resolve_link(target)?;
        let name = target
            .file_name()
            .ok_or_else(|| Error::new(format!("`{}` is not a folder name", target.display())))?
            .to_string_lossy()
            .into_owned();
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        check_replaceable(&target)?;
        fs::create_dir_all(&parent).map_err(|e| Error::io("create", &parent, e))?;
        let lock = match lock::take(&lock::path(&parent, &name), || {
            anstream::eprintln!(
                "note: another deckle build is writing {}; waiting for it to finish",
                target.display()
            );
        })? {
            lock::Taken::Held(lock) => {
                leftovers::tidy(&parent, &name, &target)?;
                Some(lock)
            }
            lock::Taken::Unsupported => None,
        };
        // Again: the other build may have changed it while this one waited.
        check_replaceable(&target)?;
        let (dir, aside) = leftovers::fresh_names(&parent, &name);
        fs::create_dir(&dir).map_err(|e| Error::io("create", &dir, e))?;
        let staging = Staging {
            previous: target.is_dir().then(|| target.clone()),
            target,
            dir,
            aside,
            _lock: lock,
            progress: Mutex::new(Progress::default()),
            committed: false,
        };
        fs::write(
            staging.dir.join(MARKER),
            b"This folder is made by deckle build and replaced on every build.\n",
        )
        .map_err(|e| Error::io("write", &staging.dir, e))?;
        Ok(staging)
    }

    /// Takes unchanged files from `previous`, another build of the same project (the
    /// preview's last site, built in a folder of its own), instead of from the folder this
    /// build replaces.
    pub fn reusing(mut self, previous: Option<&Path>) -> Staging {
        if let Some(previous) = previous.filter(|folder| folder.is_dir()) {
            self.previous = Some(previous.to_path_buf());
        }
        self
    }

    /// Writes one file of the build, at a `/`-separated path relative to the output folder.
    ///
    /// A file the previous build made with the same contents is hard-linked from the previous
    /// output instead (where the file system allows): nothing is written to the disk, the old
    /// folder's removal frees nothing, and the file keeps its date, so that a copy to a web
    /// host (rsync, say) sends only the pages that changed.
    pub fn write(&self, relative: &str, contents: &[u8]) -> Result<()> {
        let (inside, path) = self.claim(relative, contents.len() as u64)?;
        if self.link_unchanged(&inside, &path, contents) {
            return Ok(());
        }
        fs::write(&path, contents).map_err(|e| Error::io("write", &path, e))
    }

    /// Counts the file at `relative`, of `size` bytes, as this build's (refusing a second file
    /// at the same place) and makes its folder: where it goes inside the output, and its path.
    fn claim(&self, relative: &str, size: u64) -> Result<(PathBuf, PathBuf)> {
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
            progress.bytes += size;
        }
        Ok((inside, path))
    }

    /// The previous build's file at `relative`, if there is one.
    pub fn previous(&self, relative: &str) -> Option<Vec<u8>> {
        let previous = self.previous.as_ref()?;
        fs::read(previous.join(safe_relative(relative).ok()?)).ok()
    }

    /// Keeps the previous build's file at `relative` as this build's, if there is one, and
    /// says whether there was: for a file named after its contents (a hash in its name),
    /// whose name alone says it need not be made again, or a PDF whose /ID says so. The file
    /// is linked, not read (or copied where links cannot be made).
    pub fn keep_previous(&self, relative: &str) -> Result<bool> {
        let Some(previous) = &self.previous else {
            return Ok(false);
        };
        let old = previous.join(safe_relative(relative)?);
        let Some(size) = fs::symlink_metadata(&old)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
        else {
            return Ok(false);
        };
        let (_, path) = self.claim(relative, size)?;
        if fs::hard_link(&old, &path).is_err() {
            fs::copy(&old, &path).map_err(|e| Error::io("copy", &old, e))?;
        }
        Ok(true)
    }

    /// The last `length` bytes (or fewer) of the previous build's file at `relative`, and its
    /// size, if there is one.
    pub fn previous_tail(&self, relative: &str, length: u64) -> Option<(Vec<u8>, u64)> {
        use std::io::{Read, Seek, SeekFrom};
        let previous = self.previous.as_ref()?;
        let mut file = fs::File::open(previous.join(safe_relative(relative).ok()?)).ok()?;
        let size = file.metadata().ok().filter(|m| m.is_file())?.len();
        file.seek(SeekFrom::Start(size.saturating_sub(length)))
            .ok()?;
        let mut tail = Vec::new();
        file.read_to_end(&mut tail).ok()?;
        Some((tail, size))
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
        same_size && holds(&old, contents) && fs::hard_link(&old, path).is_ok()
    }

    /// Replaces the output folder with this build.
    ///
    /// On failure the previous output is as it was, unless the error says otherwise (see
    /// [`left_unchanged`]).
    pub fn commit(self) -> Result<Written> {
        self.commit_with(&swap::System)
    }

    /// [`Staging::commit`] through `renames`, which tests make fail.
    fn commit_with(mut self, renames: &impl swap::Renames) -> Result<Written> {
        let old = swap::replace(renames, &self.dir, &self.target, &self.aside)?;
        self.committed = true;
        let left_behind = old.and_then(|old| {
            remove_folder(&old).err().map(|e| {
                Error::new(format!(
                    "the previous output was replaced but could not be removed from `{}`: {}",
                    old.display(),
                    e.message
                ))
                .with_hint("deckle tries again at the next build; you can also delete it")
            })
        });
        let progress = self.progress.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(Written {
            files: progress.files,
            pages: progress.pages,
            bytes: progress.bytes,
            left_behind,
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

impl crate::render::Previous for Staging {
    fn read(&self, file: &str) -> Option<Vec<u8>> {
        self.previous(file)
    }

    fn tail(&self, file: &str, length: u64) -> Option<(Vec<u8>, u64)> {
        self.previous_tail(file, length)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            // A failed build leaves nothing behind; the old output was never touched.
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Whether the file at `path` holds exactly `contents`, read a piece at a time (a 10,000-card
/// PDF is 14 MB: reading it whole beside the new one would hold it twice).
fn holds(path: &Path, contents: &[u8]) -> bool {
    use std::io::Read;
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    let mut piece = vec![0u8; 64 * 1024];
    let mut rest = contents;
    loop {
        match file.read(&mut piece) {
            Ok(0) => return rest.is_empty(),
            Ok(read) if rest.len() >= read && piece[..read] == rest[..read] => {
                rest = &rest[read..];
            }
            Ok(_) => return false,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return false,
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
    if empty {
        return Ok(());
    }
    if !target.join(MARKER).exists() {
        return Err(not_ours(target));
    }
    check_writable(target)
}

/// The refusal to replace `target`, a folder deckle did not make.
fn not_ours(target: &Path) -> Error {
    Error::new(format!(
        "`{}` already exists and was not made by deckle, so it will not be replaced",
        target.display()
    ))
    .with_hint("move its files somewhere safe, or choose another output folder with --out")
}

/// Refuses an output folder with a read-only folder in it: its files could not be removed
/// once it is replaced.
fn check_writable(target: &Path) -> Result<()> {
    let read_only = WalkDir::new(target)
        .into_iter()
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_dir())
        .find(|entry| entry.metadata().is_ok_and(|m| m.permissions().readonly()));
    match read_only {
        None => Ok(()),
        Some(folder) => Err(Error::new(format!(
            "`{}` is read-only, so deckle cannot replace the output in `{}`",
            folder.path().display(),
            target.display()
        ))
        .with_hint(format!(
            "make it writable again (on a Mac or Linux: chmod -R u+w {}), or choose another \
             output folder with --out",
            target.display()
        ))),
    }
}

/// The folder `target` names: itself, or where it leads if it is a link.
fn resolve_link(target: &Path) -> Result<PathBuf> {
    let is_link = fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(target.to_path_buf());
    }
    fs::canonicalize(target).map_err(|e| {
        Error::new(format!(
            "`{}` is a link to a folder that cannot be found ({e})",
            target.display()
        ))
        .with_hint("make the folder it points to, or remove the link and deckle makes a folder")
    })
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

    #[cfg(unix)]
    #[test]
    fn a_build_can_keep_files_from_another_build_of_the_project() {
        use std::os::unix::fs::MetadataExt;
        let root = temp("reusing");
        let (one, two) = (root.join("site-1"), root.join("site-2"));
        let first = Staging::begin(&one).unwrap();
        first.write("same.pdf", b"unchanged").unwrap();
        assert_eq!(first.previous("same.pdf"), None);
        first.commit().unwrap();
        let second = Staging::begin(&two).unwrap().reusing(Some(&one));
        assert_eq!(
            second.previous("same.pdf").as_deref(),
            Some(&b"unchanged"[..])
        );
        second.write("same.pdf", b"unchanged").unwrap();
        second.commit().unwrap();
        let inode = |folder: &Path| fs::metadata(folder.join("same.pdf")).unwrap().ino();
        assert_eq!(inode(&two), inode(&one), "linked, not written again");
        // No such folder: nothing to keep, nothing fails.
        let third = Staging::begin(&root.join("site-3"))
            .unwrap()
            .reusing(Some(&root.join("gone")));
        assert_eq!(third.previous("same.pdf"), None);
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn a_file_holds_its_contents_only_to_the_last_byte() {
        let root = temp("holds");
        let path = root.join("big.pdf");
        let contents: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        fs::write(&path, &contents).unwrap();
        assert!(holds(&path, &contents));
        let mut changed = contents.clone();
        changed[150_000] ^= 1;
        assert!(!holds(&path, &changed), "one byte in the third piece");
        assert!(!holds(&path, &contents[..199_999]), "one byte short");
        assert!(
            !holds(&path, &[contents.clone(), vec![0]].concat()),
            "one byte more"
        );
        assert!(!holds(&root.join("missing.pdf"), b""));
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
                bytes: 4,
                left_behind: None,
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
        let mut leftovers: Vec<_> = fs::read_dir(&root)
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        leftovers.sort();
        assert_eq!(
            leftovers,
            [".output.deckle-lock", "output"],
            "only output/ and the lock file remain"
        );
        fs::remove_dir_all(root).unwrap();
    }

    /// Renames that all fail, as on a disk gone read-only just before the swap.
    struct Refused;

    impl swap::Renames for Refused {
        fn exchange(&self, _: &Path, _: &Path) -> std::io::Result<()> {
            Err(std::io::Error::other("refused"))
        }
        fn rename(&self, _: &Path, _: &Path) -> std::io::Result<()> {
            Err(std::io::Error::other("refused"))
        }
    }

    #[test]
    fn a_failed_swap_keeps_the_old_output_and_says_so_truly() {
        let root = temp("failed-swap");
        let out = root.join("output");
        let first = Staging::begin(&out).unwrap();
        first.write("page.html", b"old").unwrap();
        first.commit().unwrap();
        let second = Staging::begin(&out).unwrap();
        second.write("page.html", b"new").unwrap();
        let err = second.commit_with(&Refused).unwrap_err();
        assert!(left_unchanged(&[err]));
        assert_eq!(fs::read(out.join("page.html")).unwrap(), b"old");
        let third = Staging::begin(&out).unwrap();
        third.write("page.html", b"third").unwrap();
        third.commit().unwrap();
        assert_eq!(fs::read(out.join("page.html")).unwrap(), b"third");
        assert_eq!(
            fs::read_dir(&root).unwrap().count(),
            2,
            "output/ and the lock"
        );
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
