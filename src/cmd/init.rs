//! `deckle init`: a new project with an example article, example questions, commented
//! settings, the built-in templates to change, and a README saying what to do next.

use std::path::{Path, PathBuf};

use super::term::Term;
use crate::content::ProjectPaths;
use crate::error::Error;
use crate::site::default_files;

/// The files of a new project besides the templates, by path inside the project.
const STARTER_FILES: &[(&str, &str)] = &[
    ("content/article.md", include_str!("example/article.md")),
    (
        "content/questions.yaml",
        include_str!("example/questions.yaml"),
    ),
    (
        "content/settings.yaml",
        include_str!("example/settings.yaml"),
    ),
    ("README.md", include_str!("example/README.md")),
    (".gitignore", include_str!("example/gitignore")),
];

/// Every file `init` writes, by `/`-separated path inside the project, with its contents.
fn project_files() -> Vec<(String, &'static [u8])> {
    let starter = STARTER_FILES
        .iter()
        .map(|(path, text)| ((*path).to_string(), text.as_bytes()));
    let templates = default_files().map(|(name, bytes)| (format!("templates/{name}"), bytes));
    starter.chain(templates).collect()
}

/// Creates a project in `dir` (made if missing). Writes nothing if any of its files exist.
pub fn run(dir: &Path, term: &Term) -> Result<(), Vec<Error>> {
    let files = project_files();
    let shown = |relative: &str| -> PathBuf {
        if dir == Path::new(".") {
            PathBuf::from(relative)
        } else {
            dir.join(relative)
        }
    };
    let existing: Vec<String> = files
        .iter()
        .filter(|(relative, _)| dir.join(relative).symlink_metadata().is_ok())
        .map(|(relative, _)| format!("\n    {}", shown(relative).display()))
        .collect();
    if !existing.is_empty() {
        return Err(vec![
            Error::new(format!(
                "{} of the files a new project needs already exist, and deckle init never \
                 replaces files:{}",
                existing.len(),
                existing.concat()
            ))
            .with_hint("start the project in a new, empty folder, e.g. `deckle init my-cards`"),
        ]);
    }
    for (relative, bytes) in &files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| vec![Error::io("create", parent, e)])?;
        }
        std::fs::write(&path, bytes).map_err(|e| vec![Error::io("write", &shown(relative), e)])?;
        term.detail(format!("  created {}", shown(relative).display()));
    }

    let place = if dir == Path::new(".") {
        "this folder".to_string()
    } else {
        dir.display().to_string()
    };
    term.success(
        "Created",
        format!(
            "a new deckle project in {place}, with an example article and {} example questions.",
            question_count(include_str!("example/questions.yaml"))
        ),
    );
    term.say("\nWhat to do next:");
    if dir != Path::new(".") {
        term.say(format!("  cd {}", quoted_for_shell(dir)));
    }
    term.say("  deckle serve    preview the site in your browser; it updates each time you save");
    term.say(format!(
        "  then edit {} and {} in any text editor",
        Path::new("content").join(ProjectPaths::ARTICLE).display(),
        Path::new("content").join(ProjectPaths::QUESTIONS).display(),
    ));
    term.say("  deckle build    make the finished site and PDFs in output/");
    term.say("README.md in the project says more.");
    Ok(())
}

/// How many questions the deck `yaml` (one of deckle's examples) has, for the closing message.
pub(super) fn question_count(yaml: &str) -> usize {
    yaml.lines()
        .filter(|line| line.trim_start().starts_with("- id:"))
        .count()
}

/// `dir` as it can be typed after `cd`: quoted when it contains spaces or quotes.
fn quoted_for_shell(dir: &Path) -> String {
    let text = dir.display().to_string();
    if text.contains(|c: char| c.is_whitespace() || "'\"$&;()".contains(c)) {
        format!("\"{}\"", text.replace('"', "\\\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_project_has_content_templates_and_a_readme() {
        let names: Vec<String> = project_files().into_iter().map(|(n, _)| n).collect();
        for expected in [
            "content/article.md",
            "content/questions.yaml",
            "content/settings.yaml",
            "README.md",
            "templates/base.html",
            "templates/style.css",
        ] {
            assert!(names.iter().any(|n| n == expected), "{expected} missing");
        }
        assert_eq!(question_count(include_str!("example/questions.yaml")), 5);
    }

    #[test]
    fn folders_with_spaces_are_quoted() {
        assert_eq!(quoted_for_shell(Path::new("my cards")), "\"my cards\"");
        assert_eq!(quoted_for_shell(Path::new("cards")), "cards");
    }
}
