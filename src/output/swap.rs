//! Putting a finished build in place of the old output folder, in one step where the system
//! allows it, so that a build killed at any moment leaves a whole `output/`, old or new.
//!
//! On Linux the two folders trade names in one `renameat2(RENAME_EXCHANGE)`. Elsewhere (or on
//! a file system without it) the old folder is moved aside and the new one moved in; if the
//! second move fails, the first is undone. A build killed between the two leaves the old
//! folder aside under a name deckle knows, and the next build moves it back first (see
//! `leftovers`).

use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The two file-system steps a swap is made of, apart so that tests can make them fail.
pub trait Renames {
    /// Trades the names of two folders in one step.
    fn exchange(&self, a: &Path, b: &Path) -> io::Result<()>;
    /// Renames `from` to `to`.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
}

/// The real file system.
#[derive(Debug, Clone, Copy)]
pub struct System;

impl Renames for System {
    #[cfg(target_os = "linux")]
    fn exchange(&self, a: &Path, b: &Path) -> io::Result<()> {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(io::Error::other);
        let (a, b) = (c(a)?, c(b)?);
        // SAFETY: both are valid NUL-terminated paths that outlive the call.
        let status = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                a.as_ptr(),
                libc::AT_FDCWD,
                b.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if status == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn exchange(&self, _a: &Path, _b: &Path) -> io::Result<()> {
        Err(io::ErrorKind::Unsupported.into())
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }
}

/// Puts the finished folder `new` in place of `target`. When `target` existed, returns where
/// the old output now is, for the caller to remove; `aside` is the name it may be moved to.
///
/// On failure `target` is exactly as it was, unless the error says otherwise.
pub fn replace(
    renames: &impl Renames,
    new: &Path,
    target: &Path,
    aside: &Path,
) -> Result<Option<PathBuf>> {
    let shown = target.display();
    if !target.exists() {
        renames
            .rename(new, target)
            .map_err(|e| Error::io("create", target, e))?;
        return Ok(None);
    }
    if renames.exchange(new, target).is_ok() {
        // The old output now has the staging folder's name.
        return Ok(Some(new.to_path_buf()));
    }
    renames
        .rename(target, aside)
        .map_err(|e| Error::io("replace", target, e))?;
    let Err(failure) = renames.rename(new, target) else {
        return Ok(Some(aside.to_path_buf()));
    };
    match renames.rename(aside, target) {
        Ok(()) => Err(Error::new(format!(
            "could not put the new output in place of `{shown}`: {failure}"
        ))),
        Err(undo) => Err(Error::new(format!(
            "{LOST} could not put the new output in place of `{shown}` ({failure}), nor move \
             the previous output back ({undo}); the previous output is now in `{}`",
            aside.display()
        ))
        .with_hint(format!(
            "rename `{}` back to `{shown}`, or run deckle build again, which does that first",
            aside.display()
        ))),
    }
}

/// How the one error that leaves the output folder missing begins.
const LOST: &str = "the output folder was moved:";

/// Whether every problem leaves the previous output exactly as it was: false only when a
/// swap could neither finish nor be undone.
pub fn left_unchanged(problems: &[Error]) -> bool {
    !problems.iter().any(|p| p.message.starts_with(LOST))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::fs;

    /// The real renames, where the `fail_at`-th call (counting from 1, exchanges included)
    /// fails and, with `no_exchange`, every exchange is refused as unsupported.
    struct Faulty {
        calls: Cell<usize>,
        fail_at: Vec<usize>,
        no_exchange: bool,
    }

    impl Faulty {
        fn new(fail_at: &[usize], no_exchange: bool) -> Faulty {
            Faulty {
                calls: Cell::new(0),
                fail_at: fail_at.to_vec(),
                no_exchange,
            }
        }
        fn step(&self) -> io::Result<()> {
            self.calls.set(self.calls.get() + 1);
            if self.fail_at.contains(&self.calls.get()) {
                Err(io::Error::other("injected failure"))
            } else {
                Ok(())
            }
        }
    }

    impl Renames for Faulty {
        fn exchange(&self, a: &Path, b: &Path) -> io::Result<()> {
            self.step()?;
            if self.no_exchange {
                return Err(io::ErrorKind::Unsupported.into());
            }
            System.exchange(a, b)
        }
        fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
            self.step()?;
            System.rename(from, to)
        }
    }

    struct Folders {
        _root: tempfile::TempDir,
        new: PathBuf,
        target: PathBuf,
        aside: PathBuf,
    }

    fn folders() -> Folders {
        let root = tempfile::tempdir().unwrap();
        let new = root.path().join(".output.deckle-staging-1");
        let target = root.path().join("output");
        fs::create_dir(&new).unwrap();
        fs::create_dir(&target).unwrap();
        fs::write(new.join("page.html"), b"new").unwrap();
        fs::write(target.join("page.html"), b"old").unwrap();
        Folders {
            aside: root.path().join(".output.deckle-old-1"),
            _root: root,
            new,
            target,
        }
    }

    fn page(folder: &Path) -> Vec<u8> {
        fs::read(folder.join("page.html")).unwrap()
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_folders_trade_names_in_one_step() {
        let f = folders();
        let old = replace(&System, &f.new, &f.target, &f.aside).unwrap();
        assert_eq!(old.as_deref(), Some(f.new.as_path()));
        assert_eq!(page(&f.target), b"new");
        assert_eq!(page(&f.new), b"old");
    }

    #[test]
    fn without_exchange_the_old_folder_is_moved_aside() {
        let f = folders();
        let old = replace(&Faulty::new(&[], true), &f.new, &f.target, &f.aside).unwrap();
        assert_eq!(old.as_deref(), Some(f.aside.as_path()));
        assert_eq!(page(&f.target), b"new");
        assert_eq!(page(&f.aside), b"old");
    }

    #[test]
    fn a_failed_move_in_is_undone_and_the_message_says_unchanged() {
        let f = folders();
        // 1: exchange (refused), 2: output aside, 3: new in (fails), 4: back.
        let err = replace(&Faulty::new(&[3], true), &f.new, &f.target, &f.aside).unwrap_err();
        assert_eq!(page(&f.target), b"old", "the old output is back in place");
        assert_eq!(page(&f.new), b"new");
        assert!(!f.aside.exists());
        assert!(left_unchanged(&[err]));
    }

    #[test]
    fn a_failed_move_aside_touches_nothing() {
        let f = folders();
        let err = replace(&Faulty::new(&[1, 2], false), &f.new, &f.target, &f.aside).unwrap_err();
        assert_eq!(page(&f.target), b"old");
        assert!(left_unchanged(&[err]));
    }

    #[test]
    fn when_the_undo_fails_too_the_message_says_where_the_output_is() {
        let f = folders();
        let err = replace(&Faulty::new(&[3, 4], true), &f.new, &f.target, &f.aside).unwrap_err();
        assert!(!f.target.exists());
        assert_eq!(page(&f.aside), b"old", "no file is lost");
        assert!(!left_unchanged(std::slice::from_ref(&err)));
        assert!(err.message.contains(&f.aside.display().to_string()));
    }

    #[test]
    fn a_first_build_is_moved_in() {
        let f = folders();
        fs::remove_dir_all(&f.target).unwrap();
        assert_eq!(replace(&System, &f.new, &f.target, &f.aside).unwrap(), None);
        assert_eq!(page(&f.target), b"new");
    }
}
