//! The site's look: tera templates and static files (styles, scripts, icons).
//!
//! The default theme (the files of this repository's `templates/`) is built into the binary.
//! A project's own `templates/` folder overrides it file by file, so a writer can change one
//! template and keep the rest.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tera::{Context, ErrorKind, Tera};
use walkdir::WalkDir;

use crate::content::ProjectPaths;
use crate::error::{Error, Result};

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_bytes!(concat!("../../templates/", $name)))),*]
    };
}

/// The built-in templates (rendered by tera).
const DEFAULT_TEMPLATES: &[(&str, &[u8])] = embedded![
    "base.html",
    "article.html",
    "questions.html",
    "question.html",
    "draw.html",
    "print.html",
    "404.html",
    "page.html",
];

/// The built-in static files (copied as they are).
const DEFAULT_ASSETS: &[(&str, &[u8])] = embedded!["style.css", "draw.js", "favicon.svg"];

/// The built-in theme's files, templates and static files alike, by name: what `deckle init`
/// copies into a new project's `templates/` folder.
pub fn default_files() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    DEFAULT_TEMPLATES.iter().chain(DEFAULT_ASSETS).copied()
}

/// Where a template came from, for error messages.
#[derive(Debug, Clone)]
enum Origin {
    BuiltIn,
    File(PathBuf),
}

/// The templates and static files a site is made with.
pub struct Theme {
    tera: Tera,
    origins: BTreeMap<String, Origin>,
    /// Static files by output path, with their contents.
    pub assets: BTreeMap<String, Vec<u8>>,
}

/// Whether a file of `templates/` is a template (rendered) rather than a static file (copied).
fn is_template(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("html" | "htm" | "xml")
    )
}

impl Theme {
    /// The built-in theme with the project's `templates/` files laid over it.
    pub fn load(paths: &ProjectPaths) -> Result<Theme> {
        let mut sources: BTreeMap<String, (String, Origin)> = BTreeMap::new();
        for (name, bytes) in DEFAULT_TEMPLATES {
            let text = String::from_utf8_lossy(bytes).into_owned();
            sources.insert((*name).to_string(), (text, Origin::BuiltIn));
        }
        let mut assets: BTreeMap<String, Vec<u8>> = DEFAULT_ASSETS
            .iter()
            .map(|(name, bytes)| ((*name).to_string(), bytes.to_vec()))
            .collect();

        for (relative, path) in project_files(&paths.templates(), paths)? {
            let shown = paths.shown(&path);
            if is_template(&path) {
                let text =
                    std::fs::read_to_string(&path).map_err(|e| Error::unreadable(&shown, e))?;
                sources.insert(relative, (text, Origin::File(shown)));
            } else {
                let bytes = std::fs::read(&path).map_err(|e| Error::io("read", &shown, e))?;
                assets.insert(relative, bytes);
            }
        }

        let mut tera = Tera::new();
        let origins: BTreeMap<String, Origin> = sources
            .iter()
            .map(|(name, (_, origin))| (name.clone(), origin.clone()))
            .collect();
        tera.add_raw_templates(sources.iter().map(|(name, (text, _))| (name, text)))
            .map_err(|err| template_error(&err, &origins))?;
        Ok(Theme {
            tera,
            origins,
            assets,
        })
    }

    /// Renders the template `name` with `context`.
    pub fn render(&self, name: &str, context: &Context) -> Result<String> {
        self.tera
            .render(name, context)
            .map_err(|err| template_error(&err, &self.origins))
    }
}

/// Files below `dir` (skipping hidden ones), by `/`-separated path relative to `dir`, sorted.
pub fn project_files(dir: &Path, paths: &ProjectPaths) -> Result<Vec<(String, PathBuf)>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    let walker = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
        });
    for entry in walker {
        let entry = entry.map_err(|err| {
            let at = err
                .path()
                .map(|p| paths.shown(p))
                .unwrap_or_else(|| paths.shown(dir));
            Error::new(format!("could not read {}: {err}", at.display()))
        })?;
        if entry.file_type().is_file() {
            let relative = entry
                .path()
                .strip_prefix(dir)
                .unwrap_or(entry.path())
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((relative, entry.path().to_path_buf()));
        }
    }
    Ok(files)
}

/// Turns a tera error into a writer's error: which template file, line and column, and what to do.
fn template_error(err: &tera::Error, origins: &BTreeMap<String, Origin>) -> Error {
    let (report, what) = match err.kind() {
        ErrorKind::SyntaxError(report) => (Some(report), "a template has a syntax error"),
        ErrorKind::RenderingError(report) => (Some(report), "a template could not be filled in"),
        _ => (None, ""),
    };
    let Some(report) = report else {
        return Error::new(format!("template problem: {err}")).with_hint(
            "check the names in {% extends %} and {% include %}; delete your copy in templates/ to go back to the built-in one",
        );
    };
    let name = report.filename();
    let span = report.span();
    let hint = match origins.get(name) {
        Some(Origin::File(_)) => {
            format!("fix the template, or delete templates/{name} to go back to the built-in one")
        }
        _ => "this is a bug in deckle's built-in template; please report it".to_string(),
    };
    let file = match origins.get(name) {
        Some(Origin::File(path)) => path.clone(),
        _ => PathBuf::from(format!("(built-in) templates/{name}")),
    };
    Error::new(format!("{what}: {}", report.message()))
        .at(file, Some(span.start_line), Some(span.start_col + 1))
        .with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_theme_parses() {
        let paths = ProjectPaths::new("/nonexistent-deckle-project");
        let theme = Theme::load(&paths).unwrap();
        assert!(theme.assets.contains_key("style.css"));
    }

    #[test]
    fn classifies_files() {
        assert!(is_template(Path::new("question.html")));
        assert!(!is_template(Path::new("style.css")));
        assert!(!is_template(Path::new("img/logo.png")));
    }
}
