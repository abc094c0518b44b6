//! Helpers shared by the integration tests: temporary projects and running the real binary.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root folder.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture folder under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// A temporary project holding a copy of `content` (and nothing else).
pub fn project_with_content(content: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(content, &dir.path().join("content"));
    dir
}

/// A temporary project with the repository's own shipped content (the seed article).
pub fn seed_project() -> tempfile::TempDir {
    project_with_content(&repo().join("content"))
}

/// A temporary project with the small test fixture.
pub fn small_project() -> tempfile::TempDir {
    project_with_content(&fixture("small/content"))
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk fixture");
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs `deckle ARGS` in `dir`.
pub fn deckle(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deckle"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run deckle")
}

/// Runs `deckle build` in `dir` and insists it succeeds.
pub fn build_ok(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["build"];
    args.extend_from_slice(extra);
    let out = deckle(dir, &args);
    assert!(
        out.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs `deckle build` in `dir`, insists it fails, and returns what it printed on stderr.
pub fn build_error(dir: &Path) -> String {
    let out = deckle(dir, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "expected failure, got:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// Every file below `dir`, by relative path, with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// A built file as text.
pub fn read(dir: &Path, relative: &str) -> String {
    std::fs::read_to_string(dir.join(relative))
        .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
}
