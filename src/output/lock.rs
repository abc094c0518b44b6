//! One build at a time per output folder: a lock file beside the output folder, held from
//! the first look at the old output until the new one is in place.
//!
//! Two builds writing the same `output/` at once used to delete each other's files. The lock
//! is the operating system's (`flock` on Unix), so it is let go when its build ends in any
//! way, even killed. The lock file itself stays: removing it would let a third build lock a
//! new file while a second still waits on the old one.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// What the lock file says to someone who opens it.
const EXPLANATION: &[u8] = b"deckle build holds this file while it replaces the output folder \
beside it, so that two builds never write it at once. It is safe to delete when no build runs.\n";

/// Holds the output folder for one build; let go when dropped.
#[derive(Debug)]
pub struct BuildLock {
    /// Kept open: closing it lets the lock go.
    _file: File,
}

/// How taking the lock went.
#[derive(Debug)]
pub enum Taken {
    /// Taken: no other build holds the folder.
    Held(BuildLock),
    /// The file system cannot lock files (some network drives): nobody can tell whether
    /// another build runs, so nothing left by one may be treated as stale.
    Unsupported,
}

/// The lock file for the output folder `name` in `parent`.
pub fn path(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.deckle-lock"))
}

/// Takes the lock at `lock_path`; when another build holds it, calls `waiting` once and waits
/// for that build to finish.
pub fn take(lock_path: &Path, waiting: impl FnOnce()) -> Result<Taken> {
    let mut file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path)
        .map_err(|e| Error::io("create", lock_path, e))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            waiting();
            file.lock().map_err(|e| Error::io("lock", lock_path, e))?;
        }
        Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
            return Ok(Taken::Unsupported);
        }
        Err(TryLockError::Error(e)) => return Err(Error::io("lock", lock_path, e)),
    }
    if file.metadata().is_ok_and(|m| m.len() == 0) {
        // Only said once; a failure to say it changes nothing.
        let _ = file.write_all(EXPLANATION);
    }
    Ok(Taken::Held(BuildLock { _file: file }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn a_second_taker_waits_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let lock = path(dir.path(), "output");
        let first = take(&lock, || panic!("nobody holds it yet")).unwrap();
        let (told, heard) = mpsc::channel();
        let (done, finished) = mpsc::channel();
        let waiter = {
            let lock = lock.clone();
            std::thread::spawn(move || {
                let second = take(&lock, || told.send(()).unwrap()).unwrap();
                done.send(()).unwrap();
                drop(second);
            })
        };
        heard.recv().unwrap();
        assert!(
            finished.recv_timeout(Duration::from_millis(200)).is_err(),
            "the second must wait while the first holds the lock"
        );
        drop(first);
        finished.recv().unwrap();
        waiter.join().unwrap();
        let text = std::fs::read(&lock).unwrap();
        assert_eq!(text, EXPLANATION);
    }
}
