//! The output folder under stress (issue 12): two builds at once, folders deckle did not make,
//! a read-only or linked output folder, an output folder inside content/, and a `deckle check`
//! stopped half-way.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{build_ok, deckle, seed_project, snapshot};

/// A project whose deck has `count` questions, made from the seed's: large enough that a build
/// takes a while.
fn large_project(count: usize) -> tempfile::TempDir {
    let project = seed_project();
    let questions = project.path().join("content/questions.yaml");
    let seed: Vec<String> = fs::read_to_string(&questions)
        .unwrap()
        .lines()
        .filter_map(|line| line.trim().strip_prefix("text: "))
        .map(|text| text.trim_matches('"').to_string())
        .collect();
    let mut yaml = String::from("title: \"A Large Deck\"\nquestions:\n");
    for index in 0..count {
        let text = &seed[index % seed.len()];
        yaml.push_str(&format!("  - id: q{index:05}\n    text: \"{text}\"\n"));
    }
    fs::write(questions, yaml).unwrap();
    project
}

/// Starts `deckle ARGS` in `dir` without waiting for it.
fn spawn(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_deckle"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .envs(vars.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start deckle")
}

/// The entries of `dir` whose names start with `prefix`.
fn entries(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(prefix))
        .map(|entry| entry.path())
        .collect()
}

/// Waits (up to a minute) until `dir` holds an entry whose name starts with `prefix`.
fn wait_for(dir: &Path, prefix: &str) {
    let started = Instant::now();
    while entries(dir, prefix).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no {prefix}* appeared"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

const EPOCH: (&str, &str) = ("SOURCE_DATE_EPOCH", "1700000000");

#[test]
fn two_builds_at_once_both_succeed_and_leave_a_whole_output() {
    let alone = large_project(400);
    let out = common::deckle_with_env(alone.path(), &["build"], &[EPOCH]);
    assert!(out.status.success());
    let expected = snapshot(&alone.path().join("output"));

    let project = large_project(400);
    let dir = project.path();
    let first = spawn(dir, &["build"], &[EPOCH]);
    // The first build holds the output folder once its staging folder exists.
    wait_for(dir, ".output.deckle-staging-");
    let second = spawn(dir, &["build"], &[EPOCH]);
    let (first, second) = (
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    );
    let said = String::from_utf8_lossy(&second.stderr);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(second.status.success(), "{said}");
    assert_eq!(
        said.matches("another deckle build is writing").count(),
        1,
        "the second build says once that it waits: {said}"
    );
    assert!(
        snapshot(&dir.join("output")) == expected,
        "output/ is one whole build"
    );
    assert!(entries(dir, ".output.deckle-staging-").is_empty());
    assert!(entries(dir, ".output.deckle-old-").is_empty());
}

#[test]
fn folders_deckle_did_not_make_are_kept() {
    let project = common::small_project();
    let dir = project.path();
    build_ok(dir, &[]);
    let mine = [
        ".output.old",
        ".output.deckle-staging",
        ".output.deckle-staging-1-2",
    ];
    for name in mine {
        fs::create_dir(dir.join(name)).unwrap();
        fs::write(dir.join(name).join("thesis.docx"), b"precious").unwrap();
    }
    build_ok(dir, &[]);
    build_ok(dir, &[]);
    for name in mine {
        assert_eq!(
            fs::read(dir.join(name).join("thesis.docx")).unwrap(),
            b"precious"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_output_is_refused_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let project = common::small_project();
    let dir = project.path();
    build_ok(dir, &[]);
    let output = dir.join("output");
    let before = snapshot(&output);
    let mode = |mode| fs::set_permissions(&output, fs::Permissions::from_mode(mode)).unwrap();
    mode(0o555);
    let out = deckle(dir, &["build"]);
    mode(0o755);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("is read-only") && said.contains("chmod"),
        "{said}"
    );
    assert!(said.contains("the previous output is unchanged"), "{said}");
    assert!(snapshot(&output) == before);
    assert!(
        entries(dir, ".output.deckle-").iter().all(|p| p.is_file()),
        "only the lock"
    );
    build_ok(dir, &[]);
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_is_built_where_it_leads() {
    let project = common::small_project();
    let dir = project.path();
    let elsewhere = tempfile::tempdir().unwrap();
    let real = elsewhere.path().join("site");
    fs::create_dir(&real).unwrap();
    let link = dir.join("output");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    build_ok(dir, &[]);
    build_ok(dir, &[]);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(real.join("index.html").is_file());
    assert!(
        entries(elsewhere.path(), ".site.deckle-")
            .iter()
            .all(|p| p.is_file())
    );

    // A link to someone's folder is refused like the folder itself.
    let theirs = elsewhere.path().join("theirs");
    fs::create_dir(&theirs).unwrap();
    fs::write(theirs.join("thesis.docx"), b"precious").unwrap();
    fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&theirs, &link).unwrap();
    let said = common::build_error(dir);
    assert!(said.contains("not made by deckle"), "{said}");
    assert_eq!(fs::read(theirs.join("thesis.docx")).unwrap(), b"precious");
}

#[test]
fn an_output_overlapping_the_project_is_refused() {
    let project = common::small_project();
    let dir = project.path();
    for (out, says) in [
        ("content/site", "is inside content/"),
        ("content", "is inside content/"),
        (".", "holds content/"),
        ("..", "holds content/"),
        ("templates/out", "is inside templates/"),
    ] {
        let run = deckle(dir, &["build", "--out", out]);
        let said = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "--out {out}: {said}");
        assert!(
            said.contains(says) && said.contains("--out"),
            "--out {out}: {said}"
        );
    }
    assert!(!dir.join("content/site").exists());
    assert!(!dir.join("templates").exists());
}

/// Starts `deckle check` on a large deck with its own temporary folder, and returns it once
/// its scratch folder exists.
#[cfg(unix)]
fn check_under_way(project: &Path, temp: &Path) -> Child {
    let temp = temp.to_str().unwrap();
    let child = spawn(project, &["check"], &[("TMPDIR", temp)]);
    wait_for(Path::new(temp), "deckle-check-");
    // The folder exists a moment before its marker: wait for the marker too, since a folder
    // without one is (rightly) never removed by another run.
    let started = Instant::now();
    while !entries(Path::new(temp), "deckle-check-")
        .iter()
        .any(|folder| folder.join(".deckle-scratch").exists())
    {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no marker appeared"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child
}

#[cfg(unix)]
#[test]
fn a_killed_check_leaves_nothing_behind_after_the_next_run() {
    let project = large_project(300);
    let temp = tempfile::tempdir().unwrap();
    let mut child = check_under_way(project.path(), temp.path());
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        entries(temp.path(), "deckle-check-").len(),
        1,
        "left behind"
    );

    let small = common::small_project();
    let next = common::deckle_with_env(
        small.path(),
        &["check"],
        &[("TMPDIR", temp.path().to_str().unwrap())],
    );
    assert!(
        next.status.success(),
        "{}",
        String::from_utf8_lossy(&next.stderr)
    );
    assert!(
        entries(temp.path(), "deckle-").is_empty(),
        "removed by the next run"
    );
}

#[cfg(unix)]
#[test]
fn an_interrupted_check_removes_its_folder() {
    let project = large_project(300);
    let temp = tempfile::tempdir().unwrap();
    let child = check_under_way(project.path(), temp.path());
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: sends a signal to the child started above.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    assert!(
        entries(temp.path(), "deckle-").is_empty(),
        "removed on Ctrl-C"
    );
}
