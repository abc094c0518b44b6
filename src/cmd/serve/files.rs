//! The site's files as the preview serves them: which file a request path names (never one
//! outside the site), its content type, and pages with the live-reload script added (the built
//! files never contain it).

use std::path::{Path, PathBuf};

use crate::url::percent_decode;

/// The address pages listen on for new builds (server-sent events).
pub const EVENTS_PATH: &str = "/__deckle/events";
/// The live-reload script added to every page served.
const LIVE_RELOAD_JS: &str = include_str!("live-reload.js");

/// What a request's path names in the site folder.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file inside the site.
    File(PathBuf),
    /// A folder asked for without its final `/`: the address to send the browser to instead
    /// (a temporary redirect, which browsers do not remember),
    /// so that the folder's page finds its relative links.
    Redirect(String),
    /// An address that tries to leave the site.
    Forbidden,
    /// Nothing there.
    NotFound,
}

/// Finds the file for a request path (already stripped of `?query`) inside `site`.
///
/// Refuses `..` and `.` segments (also percent-encoded), backslashes and NUL bytes, and any
/// path whose real location (after following symbolic links) is outside `site`.
pub fn resolve(site: &Path, path: &str) -> Resolved {
    if !path.starts_with('/') {
        return Resolved::Forbidden;
    }
    let Some(decoded) = percent_decode(path) else {
        return Resolved::Forbidden;
    };
    let Ok(decoded) = String::from_utf8(decoded) else {
        return Resolved::NotFound;
    };
    if decoded.contains(['\\', '\0']) {
        return Resolved::Forbidden;
    }
    let segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| matches!(*s, "." | "..")) {
        return Resolved::Forbidden;
    }
    let mut file = site.to_path_buf();
    file.extend(&segments);
    if file.is_dir() {
        if !decoded.ends_with('/') {
            return Resolved::Redirect(format!("/{}/", path.trim_matches('/')));
        }
        file.push("index.html");
    }
    let (Ok(real), Ok(real_site)) = (file.canonicalize(), site.canonicalize()) else {
        return Resolved::NotFound;
    };
    if !real.starts_with(&real_site) {
        Resolved::Forbidden
    } else if real.is_file() {
        Resolved::File(real)
    } else {
        Resolved::NotFound
    }
}

/// The `Content-Type` for a file of the site.
pub fn content_type(file: &Path) -> &'static str {
    match file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        Some("json") => "application/json",
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// A page with the live-reload script added before its `</body>`.
pub fn with_live_reload(html: &[u8], version: u64) -> Vec<u8> {
    let script = format!(
        "<script data-deckle-version=\"{version}\" data-deckle-events=\"{EVENTS_PATH}\">\n\
         {LIVE_RELOAD_JS}</script>\n"
    );
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut page = Vec::with_capacity(html.len() + script.len());
    page.extend_from_slice(&html[..at]);
    page.extend_from_slice(script.as_bytes());
    page.extend_from_slice(&html[at..]);
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::ScratchDir;

    fn site() -> ScratchDir {
        let dir = ScratchDir::new("serve-unit").unwrap();
        std::fs::create_dir_all(dir.path().join("site/questions")).unwrap();
        std::fs::write(dir.path().join("site/index.html"), "home").unwrap();
        std::fs::write(dir.path().join("site/questions/index.html"), "list").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "outside").unwrap();
        dir
    }

    #[test]
    fn resolves_pages_and_folders() {
        let dir = site();
        let root = dir.path().join("site");
        let real = root.canonicalize().unwrap();
        assert_eq!(resolve(&root, "/"), Resolved::File(real.join("index.html")));
        assert_eq!(
            resolve(&root, "/questions/"),
            Resolved::File(real.join("questions/index.html"))
        );
        assert_eq!(
            resolve(&root, "/questions"),
            Resolved::Redirect("/questions/".into())
        );
        assert_eq!(resolve(&root, "/nothing.html"), Resolved::NotFound);
    }

    #[test]
    fn refuses_everything_outside_the_site() {
        let dir = site();
        let root = dir.path().join("site");
        for path in [
            "/../secret.txt",
            "/questions/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/..%2fsecret.txt",
            "/..%5csecret.txt",
            "/%00",
            "/%zz",
            "relative",
        ] {
            assert_eq!(resolve(&root, path), Resolved::Forbidden, "{path}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("link.txt"))
                .unwrap();
            assert_eq!(resolve(&root, "/link.txt"), Resolved::Forbidden);
        }
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = String::from_utf8(with_live_reload(b"<p>x</p></BODY></html>", 7)).unwrap();
        assert!(page.starts_with("<p>x</p><script data-deckle-version=\"7\""));
        assert!(page.contains("data-deckle-events=\"/__deckle/events\""));
        assert!(page.ends_with("</script>\n</BODY></html>"));
        let bare = String::from_utf8(with_live_reload(b"<p>x</p>", 1)).unwrap();
        assert!(bare.starts_with("<p>x</p><script"));
    }
}
