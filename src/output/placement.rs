//! Refusing an output folder that overlaps the project's own files: one inside `content/`
//! (every build would be read back into the next), or one holding `content/` (the project
//! folder itself, or a folder above it, which a build would replace).

use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// Fails when `out` is inside one of `sources` (the project's content and templates folders)
/// or holds one of them.
pub fn check(out: &Path, sources: &[PathBuf]) -> Result<()> {
    let resolved_out = resolved(out);
    for source in sources {
        let resolved_source = resolved(source);
        let name = source.file_name().map_or_else(
            || source.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        let problem = if resolved_out.starts_with(&resolved_source) {
            format!(
                "the output folder `{}` is inside {name}/, so each build would be read back \
                 into the next",
                out.display()
            )
        } else if resolved_source.starts_with(&resolved_out) {
            format!(
                "the output folder `{}` holds {name}/, so a build would replace your project",
                out.display()
            )
        } else {
            continue;
        };
        return Err(Error::new(problem).with_hint(
            "choose an output folder outside content/ and templates/ with --out, such as \
             output (the default)",
        ));
    }
    Ok(())
}

/// `path` made absolute, with `.` and `..` taken away and links resolved in the part that
/// exists.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::env::current_dir().map_or_else(|_| path.to_path_buf(), |d| d.join(path));
    let mut plain = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::ParentDir => {
                plain.pop();
            }
            Component::CurDir => {}
            other => plain.push(other),
        }
    }
    let mut rest = Vec::new();
    let mut existing = plain.as_path();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return rest.iter().rev().fold(real, |whole, name| whole.join(name));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return plain,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_folders_are_refused_and_others_accepted() {
        let root = tempfile::tempdir().unwrap();
        let project = root.path().join("project");
        let content = project.join("content");
        std::fs::create_dir_all(&content).unwrap();
        let sources = [content.clone(), project.join("templates")];
        for bad in [
            content.join("site"),
            content.join("new/../site"),
            project.clone(),
            root.path().to_path_buf(),
            project.join("templates/out"),
        ] {
            assert!(check(&bad, &sources).is_err(), "{} refused", bad.display());
        }
        for good in [project.join("output"), root.path().join("site")] {
            assert!(
                check(&good, &sources).is_ok(),
                "{} accepted",
                good.display()
            );
        }
        let err = check(&content.join("site"), &sources).unwrap_err();
        assert!(err.message.contains("inside content/"), "{err}");
    }
}
