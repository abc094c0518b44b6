//! Checks a built site's internal links: every `href` and `src` that points inside the site
//! must name an existing file, and every `#fragment` an element id on the page it points to.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};
use crate::site::project_files;
use crate::url::percent_decode;

/// An internal link that leads nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    /// The page the link is on, relative to the site's root.
    pub page: String,
    /// The link as written.
    pub target: String,
    /// Why it is broken.
    pub reason: String,
}

impl fmt::Display for BrokenLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: the link to `{}` {}",
            self.page, self.target, self.reason
        )
    }
}

/// Every broken internal link of the site in `site_dir`, in page order.
pub fn broken_links(site_dir: &Path) -> Result<Vec<BrokenLink>> {
    let files: BTreeMap<String, PathBuf> =
        project_files(site_dir, &crate::content::ProjectPaths::new(site_dir))?
            .into_iter()
            .collect();
    let mut pages: BTreeMap<&str, String> = BTreeMap::new();
    for (relative, path) in &files {
        if relative.ends_with(".html") {
            let html = std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))?;
            pages.insert(relative, html);
        }
    }
    let ids: BTreeMap<&str, BTreeSet<String>> = pages
        .iter()
        .map(|(page, html)| (*page, attribute_values(html, "id").into_iter().collect()))
        .collect();

    let mut broken = Vec::new();
    for (page, html) in &pages {
        let mut links = attribute_values(html, "href");
        links.extend(attribute_values(html, "src"));
        for target in links {
            if is_external(&target) {
                continue;
            }
            let (path_part, fragment) = match target.split_once('#') {
                Some((path, fragment)) => (path, Some(fragment)),
                None => (target.as_str(), None),
            };
            let path_part = path_part.split('?').next().unwrap_or_default();
            let resolved = if path_part.is_empty() {
                Some(page.to_string())
            } else {
                resolve(page, path_part)
            };
            let problem = match resolved {
                None => Some("goes outside the site".to_string()),
                Some(file) => {
                    let file = directory_index(file, &files);
                    if !files.contains_key(&file) {
                        Some(format!("points to `{file}`, which does not exist"))
                    } else {
                        match (fragment, ids.get(file.as_str())) {
                            (Some(fragment), Some(ids))
                                if !fragment.is_empty() && !ids.contains(fragment) =>
                            {
                                Some(format!("points to `#{fragment}`, which is not on `{file}`"))
                            }
                            _ => None,
                        }
                    }
                }
            };
            if let Some(reason) = problem {
                broken.push(BrokenLink {
                    page: page.to_string(),
                    target,
                    reason,
                });
            }
        }
    }
    Ok(broken)
}

/// A link to a folder means the folder's `index.html`, as web servers do.
fn directory_index(file: String, files: &BTreeMap<String, PathBuf>) -> String {
    let folder = file.trim_end_matches('/');
    if folder.is_empty() {
        "index.html".to_string()
    } else if file.ends_with('/')
        || !files.contains_key(&file) && files.contains_key(&format!("{folder}/index.html"))
    {
        format!("{folder}/index.html")
    } else {
        file
    }
}

/// Links that leave the site (other sites, e-mail, inline data) are not checked.
fn is_external(target: &str) -> bool {
    target.starts_with("//")
        || target.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.contains('/')
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        })
}

/// `page`'s relative link `link` as a path from the site's root, or `None` if it leaves the site.
fn resolve(page: &str, link: &str) -> Option<String> {
    let base = Path::new(page).parent().unwrap_or(Path::new(""));
    let joined = if link.starts_with('/') {
        PathBuf::from(link.trim_start_matches('/'))
    } else {
        // A malformed escape is read as written (a file may be called `100%.html`).
        let decoded =
            percent_decode(link).map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
        base.join(decoded.as_deref().unwrap_or(link))
    };
    let mut parts: Vec<String> = Vec::new();
    for component in joined.components() {
        match component {
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop()?;
            }
            _ => {}
        }
    }
    let trailing = if link.ends_with('/') && !parts.is_empty() {
        "/"
    } else {
        ""
    };
    Some(format!("{}{trailing}", parts.join("/")))
}

/// The values of every `name="…"` attribute in `html`, with `&amp;` decoded.
fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let pattern = format!(" {name}=\"");
    html.match_indices(&pattern)
        .filter_map(|(start, _)| {
            let rest = &html[start + pattern.len()..];
            rest.find('"').map(|end| rest[..end].replace("&amp;", "&"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_links() {
        assert_eq!(
            resolve("questions/a.html", "../style.css").as_deref(),
            Some("style.css")
        );
        assert_eq!(
            resolve("index.html", "questions/index.html").as_deref(),
            Some("questions/index.html")
        );
        assert_eq!(resolve("index.html", "../../etc/passwd"), None);
        assert_eq!(
            resolve("a/b.html", "my%20file.png").as_deref(),
            Some("a/my file.png")
        );
    }

    #[test]
    fn external_links_are_skipped() {
        assert!(is_external("https://example.org/"));
        assert!(is_external("mailto:a@b.org"));
        assert!(is_external("//cdn.example.org/x.js"));
        assert!(!is_external("questions/index.html"));
        assert!(!is_external("#top"));
    }

    #[test]
    fn finds_broken_files_and_fragments() {
        let dir = std::env::temp_dir().join(format!("deckle-links-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("q")).unwrap();
        std::fs::write(dir.join("index.html"), r##"<a href="q/index.html#one">ok</a> <a href="q/index.html#two">bad</a> <img src="missing.png"> <a href="#top">x</a> <a href="q/">dir</a>"##).unwrap();
        std::fs::write(dir.join("q/index.html"), r#"<p id="one">1</p>"#).unwrap();
        let broken = broken_links(&dir).unwrap();
        let targets: Vec<&str> = broken.iter().map(|b| b.target.as_str()).collect();
        assert_eq!(targets, ["q/index.html#two", "#top", "missing.png"]);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
