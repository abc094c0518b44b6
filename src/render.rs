//! What every output is made of, in two phases: preparing (layout and checks, every problem
//! reported, each once) and then jobs that each make one file, run side by side on one pool.
//!
//! A printable (the card deck, the booklet) is prepared once and gives one job per PDF, so its
//! two PDFs share one layout without any shared cell; the site is prepared beside them and
//! written last, offering the printables' downloads.

use crate::content::Project;
use crate::error::{Error, Result};

/// A file offered for download on the site's print page (a PDF, say).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Download {
    /// Its path inside the output folder, `/`-separated.
    pub file: String,
    /// A short name for a link ("Cards for home printing").
    pub title: String,
    /// One or two sentences on what it is and how to print it.
    pub description: String,
    /// Its size in bytes (0 until it is made).
    pub bytes: u64,
    /// Its number of pages (0 until it is made).
    pub pages: usize,
}

/// One file of a prepared printable, to be made in the second phase.
pub trait Job: Sync {
    /// The download it will be, without its size and pages (known once it is made).
    fn offer(&self) -> Download;

    /// Makes the file: its bytes and its number of pages.
    fn make(&self) -> Result<(Vec<u8>, usize)>;
}

/// A printable output after its first phase: laid out and checked, ready to be written.
pub trait Printable: Sync + Send {
    /// The jobs that make its files, one per file.
    fn jobs(&self) -> Vec<Box<dyn Job + '_>>;
}

/// How a printable is prepared from a project: its layout, or every problem found.
pub type Prepare =
    for<'a> fn(&'a Project) -> std::result::Result<Box<dyn Printable + 'a>, Vec<Error>>;

/// A printable whose files go into a folder of the output (a piece's `teens/`), or the root
/// when the folder is `""`.
pub struct InFolder<'a> {
    folder: &'a str,
    inner: Box<dyn Printable + 'a>,
}

impl<'a> InFolder<'a> {
    /// `inner`, its files put in `folder` (`""`, or a name ending in `/`).
    pub fn boxed(folder: &'a str, inner: Box<dyn Printable + 'a>) -> Box<dyn Printable + 'a> {
        if folder.is_empty() {
            inner
        } else {
            Box::new(InFolder { folder, inner })
        }
    }
}

impl Printable for InFolder<'_> {
    fn jobs(&self) -> Vec<Box<dyn Job + '_>> {
        self.inner
            .jobs()
            .into_iter()
            .map(|job| {
                Box::new(JobInFolder {
                    folder: self.folder,
                    job,
                }) as Box<dyn Job + '_>
            })
            .collect()
    }
}

/// One job of an [`InFolder`] printable.
struct JobInFolder<'a> {
    folder: &'a str,
    job: Box<dyn Job + 'a>,
}

impl Job for JobInFolder<'_> {
    fn offer(&self) -> Download {
        let offer = self.job.offer();
        Download {
            file: format!("{}{}", self.folder, offer.file),
            ..offer
        }
    }

    fn make(&self) -> Result<(Vec<u8>, usize)> {
        self.job.make()
    }
}
