//! What `content/` holds, and the publishing rules: which files are the writer's content
//! (read, never copied), which are published as they are, and which are left out with a
//! warning.
//!
//! - `settings.yaml`, `article.md`, `questions.yaml`, `index.md`, a plain page `<name>.md`
//!   and a piece's `<slug>/article.md` and `<slug>/questions.yaml` are content.
//! - Everything under `content/static/` is published as it is at the site's root, hidden
//!   files too (`static/CNAME` → `CNAME`, `static/.well-known/…` → `.well-known/…`).
//! - A file that an article or page links to (a picture, a PDF) is published at the same
//!   place relative to the page, so the link works as written.
//! - Any other file is not published, and `build` and `check` warn about it. Hidden files
//!   outside `static/` (`.DS_Store`) are ignored without a word.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag};
use walkdir::WalkDir;

use super::{ProjectPaths, slug};
use crate::error::Error;

/// The folder whose files are published as they are.
pub const STATIC: &str = "static";

/// Folder names a piece cannot take: the root deck's questions and the static files.
const RESERVED_FOLDERS: [&str; 2] = ["questions", STATIC];

/// Page names that would replace one of the site's own pages.
const RESERVED_PAGES: [&str; 4] = ["draw", "print", "404", "questions"];

/// A piece's folder: its article and deck files, when there.
#[derive(Debug, Clone, Default)]
pub struct PieceFiles {
    /// `content/<slug>/article.md`.
    pub article: Option<PathBuf>,
    /// `content/<slug>/questions.yaml`.
    pub questions: Option<PathBuf>,
}

/// Checks the name `folder` of a piece's folder (`shown` as the writer sees it): an address
/// (lowercase letters a–z, digits and hyphens) that is not one the site uses itself
/// (`questions`, `static`).
pub fn check_piece_folder(folder: &str, shown: &Path) -> Result<(), Error> {
    slug::check(folder, shown, "a piece's folder name")?;
    if RESERVED_FOLDERS.contains(&folder) {
        return Err(Error::in_file(
            shown,
            format!("a piece cannot be named `{folder}`: the site uses `{folder}/` itself"),
        )
        .with_hint(format!("rename the folder, for example to `my-{folder}`")));
    }
    Ok(())
}

/// Every file of `content/`, sorted into its role.
#[derive(Debug, Default)]
pub struct Inventory {
    /// The piece folders, by slug.
    pub pieces: BTreeMap<String, PieceFiles>,
    /// The plain pages: name and file.
    pub pages: Vec<(String, PathBuf)>,
    /// `content/index.md`, when there.
    pub index: Option<PathBuf>,
    /// Files of `content/static/`: output path and file.
    pub statics: Vec<(String, PathBuf)>,
    /// Every other file (not hidden): path inside `content/` and file.
    pub others: Vec<(String, PathBuf)>,
    /// Names that cannot be addresses, each located with its fix.
    pub problems: Vec<Error>,
    /// The files deckle reads that are there under another name (`questions.yaml` for a
    /// `questions.yml`; `teens/questions.yaml`), each already a problem.
    pub misnamed: BTreeSet<String>,
}

impl Inventory {
    /// Walks `content/` and sorts every file into its role.
    pub fn take(paths: &ProjectPaths) -> Result<Inventory, Error> {
        let content = paths.content();
        let mut inventory = Inventory::default();
        let walker = WalkDir::new(&content)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                !e.file_name().to_string_lossy().starts_with('.')
                    || e.path().starts_with(content.join(STATIC))
            });
        for entry in walker {
            let entry = entry.map_err(|err| {
                let at = err
                    .path()
                    .map_or_else(|| content.clone(), Path::to_path_buf);
                Error::new(format!(
                    "could not read {}: {err}",
                    paths.shown(&at).display()
                ))
            })?;
            if entry.file_type().is_file() {
                let relative = relative_name(entry.path(), &content);
                inventory.sort_in(paths, relative, entry.path().to_path_buf());
            }
        }
        inventory.refuse_near_misses(paths);
        Ok(inventory)
    }

    fn sort_in(&mut self, paths: &ProjectPaths, relative: String, path: PathBuf) {
        let parts: Vec<&str> = relative.split('/').collect();
        match parts.as_slice() {
            [ProjectPaths::SETTINGS | ProjectPaths::ARTICLE | ProjectPaths::QUESTIONS] => {}
            ["index.md"] => self.index = Some(path),
            [STATIC, ..] => self
                .statics
                .push((relative[STATIC.len() + 1..].to_string(), path)),
            [file] if file.ends_with(".md") => {
                let name = &file[..file.len() - 3];
                match slug::check(name, &paths.shown(&path), "a page's file name") {
                    Err(problem) => self.problems.push(problem),
                    Ok(()) if RESERVED_PAGES.contains(&name) => self.problems.push(
                        Error::in_file(
                            paths.shown(&path),
                            format!("a page cannot be named `{name}`: the site has its own `{name}.html`"),
                        )
                        .with_hint(format!("rename the file, for example to `my-{name}.md`")),
                    ),
                    Ok(()) => self.pages.push((name.to_string(), path)),
                }
            }
            [
                folder,
                file @ (ProjectPaths::ARTICLE | ProjectPaths::QUESTIONS),
            ] => {
                let shown = paths.shown(path.parent().unwrap_or(&path));
                if let Err(problem) = check_piece_folder(folder, &shown) {
                    self.problems.push(problem);
                    return;
                }
                let piece = self.pieces.entry((*folder).to_string()).or_default();
                if *file == ProjectPaths::ARTICLE {
                    piece.article = Some(path);
                } else {
                    piece.questions = Some(path);
                }
            }
            _ => self.others.push((relative, path)),
        }
    }

    /// Moves each file of `others` that is a near miss of a file deckle reads (at the top or
    /// in a piece's folder, where that file is not) to `problems`: it was surely meant as that
    /// file, and left out its article or deck would be missing without a word.
    fn refuse_near_misses(&mut self, paths: &ProjectPaths) {
        let (missed, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.others)
            .into_iter()
            .partition(|(relative, path)| {
                relative.matches('/').count() <= 1
                    && meant(relative).is_some_and(|name| !path.with_file_name(name).exists())
            });
        self.others = others;
        for (relative, path) in missed {
            let name = meant(&relative).unwrap_or_default();
            let folder = relative.rsplit_once('/').map(|(folder, _)| folder);
            self.misnamed
                .insert(folder.map_or(name.to_string(), |folder| format!("{folder}/{name}")));
            self.problems.push(
                Error::in_file(
                    paths.shown(&path),
                    format!("deckle does not read this file: it reads `{name}`"),
                )
                .with_hint(format!("rename the file to `{name}`")),
            );
        }
    }

    /// The files to publish beside the site's pages, and a warning for each other file:
    /// `linked` are the paths inside `content/` that the articles and pages link to.
    pub fn publish(
        self,
        paths: &ProjectPaths,
        linked: &BTreeSet<String>,
    ) -> (Vec<(String, PathBuf)>, Vec<Error>) {
        let mut published = self.statics;
        let mut warnings = Vec::new();
        for (relative, path) in self.others {
            if linked.contains(&relative) {
                published.push((relative, path));
            } else {
                warnings.push(
                    Error::in_file(
                        paths.shown(&path),
                        "this file is not published: no article or page links to it",
                    )
                    .with_hint(format!(
                        "to publish it, link to it from an article or page, or move it to \
                         content/{STATIC}/; if it is private, keep it outside content/"
                    )),
                );
            }
        }
        published.sort();
        (published, warnings)
    }
}

/// The name of the file deckle reads that the file `relative` (its path inside `content/`) was
/// most likely meant to be, if it is a near miss of one: the same name in other letters
/// (`Questions.yaml`), another extension of the same kind (`questions.yml`, `article.markdown`,
/// `article.md.txt`), or one letter off (`question.yaml`, `setting.yaml`). A Word file
/// (`article.docx`) is no near miss.
fn meant(relative: &str) -> Option<&'static str> {
    // Settings are read only at the top of `content/`.
    let (top, file) = match relative.rsplit_once('/') {
        Some((_, file)) => (false, file),
        None => (true, relative),
    };
    let lower = file.to_lowercase();
    let (stem, extension) = lower
        .strip_suffix(".txt")
        .unwrap_or(&lower)
        .rsplit_once('.')
        .unwrap_or((lower.as_str(), "txt"));
    let markdown = ["md", "markdown", "mdown", "txt"].contains(&extension);
    let yaml = ["yaml", "yml", "txt"].contains(&extension);
    let wanted = [
        (ProjectPaths::ARTICLE, "article", markdown, true),
        (ProjectPaths::QUESTIONS, "questions", yaml, true),
        (ProjectPaths::SETTINGS, "settings", yaml, top),
    ];
    wanted
        .into_iter()
        .find(|&(name, wanted, kind, here)| {
            kind && here && file != name && crate::suggest::edit_distance(stem, wanted) <= 1
        })
        .map(|(name, _, _, _)| name)
}

/// `path`'s `/`-separated name inside `dir`.
fn relative_name(path: &Path, dir: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The files inside `content/` that the Markdown of the file at `from` (a path inside
/// `content/`, like `teens/article.md`) links to or shows: relative links only, without
/// their `#part` or `?query`.
pub fn linked_files(markdown: &str, from: &str) -> Vec<String> {
    let folder = from.rsplit_once('/').map_or("", |(folder, _)| folder);
    Parser::new_ext(markdown, crate::markdown::options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                resolve(folder, &dest_url)
            }
            _ => None,
        })
        .collect()
}

/// `target` as a path inside `content/`, seen from `folder`; `None` for addresses elsewhere
/// (`https:`, `mailto:`, `/…`, `#…`, `@/…`) and for paths leading out of `content/`.
pub fn resolve(folder: &str, target: &str) -> Option<String> {
    let target = target.split(['#', '?']).next().unwrap_or_default();
    let scheme = target
        .split_once(':')
        .is_some_and(|(head, _)| !head.contains('/'));
    if target.is_empty() || scheme || target.starts_with(['/', '@']) {
        return None;
    }
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/").replace("%20", " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_of_the_files_deckle_reads() {
        for (file, name) in [
            ("Questions.yaml", "questions.yaml"),
            ("teens/questions.yml", "questions.yaml"),
            ("teens/question.yaml", "questions.yaml"),
            ("article.markdown", "article.md"),
            ("teens/Article.md", "article.md"),
            ("article.md.txt", "article.md"),
            ("articles.md", "article.md"),
            ("settings.yml", "settings.yaml"),
            ("setting.yaml", "settings.yaml"),
        ] {
            assert_eq!(meant(file), Some(name), "{file}");
        }
        for file in [
            "article.docx",
            "notes.txt",
            "questions.yaml",
            "teens/settings.yml",
            "strings.yaml",
            "quotes.yaml",
        ] {
            assert_eq!(meant(file), None, "{file}");
        }
    }

    #[test]
    fn links_resolve_inside_content() {
        let md = "![a](images/a.png) [b](../static/b.pdf#p) [c](https://x.org/c.png) \
                  [d](mailto:d@x.org) [e](#top) [f](@/teens/questions.yaml) [g](../../out.txt) \
                  [h](my%20file.pdf?x=1)";
        assert_eq!(
            linked_files(md, "teens/article.md"),
            ["teens/images/a.png", "static/b.pdf", "teens/my file.pdf"]
        );
        assert_eq!(linked_files("[a](./a.txt)", "about.md"), ["a.txt"]);
    }

    #[test]
    fn files_are_sorted_into_roles() {
        let dir = std::env::temp_dir().join(format!("deckle-inventory-{}", std::process::id()));
        let content = dir.join("content");
        for file in [
            "settings.yaml",
            "article.md",
            "questions.yaml",
            "index.md",
            "about.md",
            "Bad Page.md",
            "draw.md",
            "teens/questions.yaml",
            "Teens Two/article.md",
            "static/CNAME",
            "static/.well-known/x.txt",
            "images/a.png",
            "notes.txt",
            ".DS_Store",
        ] {
            let path = content.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let paths = ProjectPaths::new(&dir);
        let inventory = Inventory::take(&paths).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(inventory.pieces.keys().collect::<Vec<_>>(), ["teens"]);
        assert!(inventory.pieces["teens"].questions.is_some());
        assert_eq!(inventory.pages.len(), 1);
        assert!(inventory.index.is_some());
        let problems: Vec<String> = inventory.problems.iter().map(Error::to_string).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("`bad-page`"), "{problems:?}");
        let statics: Vec<&str> = inventory.statics.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(statics, [".well-known/x.txt", "CNAME"]);
        let linked = BTreeSet::from(["images/a.png".to_string()]);
        let (published, warnings) = inventory.publish(&paths, &linked);
        let published: Vec<&str> = published.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(published, [".well-known/x.txt", "CNAME", "images/a.png"]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].to_string().contains("content/notes.txt"));
    }
}
