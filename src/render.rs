//! The interface every output format implements, and what they tell each other.

use crate::content::Project;
use crate::error::Result;
use crate::output::Staging;

/// A file offered for download on the site's print page (a PDF, say).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Download {
    /// Its path inside the output folder, `/`-separated.
    pub file: String,
    /// A short name for a link ("Cards for home printing").
    pub title: String,
    /// One or two sentences on what it is and how to print it.
    pub description: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// Its number of pages.
    pub pages: usize,
}

/// One output format (the site, a PDF): turns a loaded project into files.
pub trait Renderer: Sync {
    /// A short name for messages ("site", "card deck").
    fn name(&self) -> &'static str;

    /// Writes this format's files and returns those worth offering for download. Renderers
    /// run at the same time on several threads, each writing its own files.
    fn render(&self, project: &Project, out: &Staging) -> Result<Vec<Download>>;
}
