//! `deckle init`: a new project that builds and checks as it is, and never overwrites.

mod common;

use common::*;

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_new_project_builds_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let out = deckle(dir.path(), &["init", "my cards"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("cd \"my cards\""), "{said}");
    assert!(said.contains("deckle serve"), "{said}");

    let project = dir.path().join("my cards");
    for file in [
        "content/article.md",
        "content/questions.yaml",
        "content/settings.yaml",
        "templates/base.html",
        "templates/style.css",
        "README.md",
    ] {
        assert!(project.join(file).is_file(), "{file} missing");
    }
    assert!(read(&project, "content/article.md").contains("example"));

    let checked = deckle(&project, &["check"]);
    assert!(checked.status.success(), "{}", stderr(&checked));
    assert!(stdout(&checked).starts_with("OK:"), "{}", stdout(&checked));
    assert!(!project.join("output").exists(), "check writes nothing");

    build_ok(&project, &[]);
    let site = project.join("output");
    let questions = read(&project, "content/questions.yaml");
    let ids: Vec<&str> = questions
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- id: "))
        .collect();
    assert_eq!(ids.len(), 5);
    for id in ids {
        assert!(site.join(format!("questions/{id}.html")).is_file(), "{id}");
    }
    let home = read(&site, "index.html");
    assert!(home.contains("Asking Better Questions"), "{home}");
    // Whatever printables exist, the print page links only to files that were made.
    assert!(
        deckle::links::broken_links(&site).unwrap().is_empty(),
        "the new project's site has broken links"
    );
}

#[test]
fn init_refuses_to_overwrite_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    std::fs::write(dir.path().join("content/questions.yaml"), "mine").unwrap();
    std::fs::write(dir.path().join("README.md"), "my readme").unwrap();

    let out = deckle(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("content/questions.yaml"), "{err}");
    assert!(err.contains("README.md"), "{err}");
    assert!(
        !err.contains("article.md"),
        "only existing files are listed: {err}"
    );
    assert_eq!(read(dir.path(), "content/questions.yaml"), "mine");
    assert_eq!(read(dir.path(), "README.md"), "my readme");
    assert!(!dir.path().join("content/article.md").exists());
    assert!(!dir.path().join("templates").exists());
}

#[test]
fn quiet_init_prints_nothing_and_usage_mistakes_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = deckle(dir.path(), &["--quiet", "init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(dir.path().join("content/article.md").is_file());

    let mistyped = deckle(dir.path(), &["init", "one", "two"]);
    assert_eq!(mistyped.status.code(), Some(2));
    let unknown = deckle(dir.path(), &["serve", "--prot", "1"]);
    assert_eq!(unknown.status.code(), Some(2));
}
