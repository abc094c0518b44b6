//! What every output is made of, in two phases: preparing (layout and checks, every problem
//! reported, each once) and then jobs, run side by side on one pool, that each make one file
//! (with its previews) or one set of files (card images and their zip, share images).
//!
//! A printable (the card deck, the booklet) is prepared once and gives one job per PDF, so its
//! two PDFs share one layout without any shared cell; the site is prepared beside them and
//! written last, offering the printables' downloads.

use crate::content::Printed;
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
    /// Its number of pages (0 until it is made); for a zip of images, its number of images.
    pub pages: usize,
    /// Whether it is a zip of images (not a PDF).
    pub images: bool,
    /// Small pictures of what it holds, shown beside it (made by the same job).
    pub previews: Vec<Preview>,
}

/// A small picture of a download (its first sheet, a card, a cover), a PNG the job makes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Preview {
    /// Its path inside the output folder, `/`-separated.
    pub file: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// What it shows, for readers who cannot see it.
    pub alt: String,
}

/// What a job made: its files (the offered one, its previews, anything beside them), the
/// previous build's files it keeps as they are, and the offered file's number of pages.
#[derive(Debug, Clone, Default)]
pub struct Made {
    /// Each file's `/`-separated path inside the output and its bytes, in the order written.
    pub files: Vec<(String, Vec<u8>)>,
    /// The previous build's files that are this build's too, unread: each path and size.
    pub kept: Vec<(String, u64)>,
    /// The offered file's number of pages (0 when it has none, or nothing is offered).
    pub pages: usize,
}

impl Made {
    /// The one file `file` of `pages` pages.
    pub fn one(file: &str, bytes: Vec<u8>, pages: usize) -> Made {
        Made {
            files: vec![(file.to_string(), bytes)],
            kept: Vec::new(),
            pages,
        }
    }

    /// The previous build's file `file`, of `size` bytes and `pages` pages, kept as it is.
    pub fn kept(file: &str, size: u64, pages: usize) -> Made {
        Made {
            files: Vec::new(),
            kept: vec![(file.to_string(), size)],
            pages,
        }
    }

    /// The size of `file` among the files made or kept (0 if it is neither).
    pub fn bytes_of(&self, file: &str) -> u64 {
        let made = self.files.iter().map(|(path, b)| (path, b.len() as u64));
        made.chain(self.kept.iter().map(|(path, size)| (path, *size)))
            .find(|(path, _)| *path == file)
            .map_or(0, |(_, size)| size)
    }
}

/// The previous build's output, for a job that can tell a file of its own is unchanged
/// without writing it again (a PDF whose /ID, an image or zip whose fingerprint, matches).
pub trait Previous: Sync {
    /// The previous build's file at `file` (a `/`-separated path inside the output), if any.
    fn read(&self, file: &str) -> Option<Vec<u8>>;

    /// The last `length` bytes (or fewer) of the previous build's file at `file`, and its
    /// whole size: enough to tell a PDF by the /ID in its trailer without reading it all.
    fn tail(&self, file: &str, length: u64) -> Option<(Vec<u8>, u64)>;
}

/// No previous build: every file is made.
pub struct Fresh;

impl Previous for Fresh {
    fn read(&self, _: &str) -> Option<Vec<u8>> {
        None
    }

    fn tail(&self, _: &str, _: u64) -> Option<(Vec<u8>, u64)> {
        None
    }
}

/// One piece of work of a prepared printable, made in the second phase: one file and its
/// previews, or a set of files (the card images and their zip, the share images).
pub trait Job: Sync {
    /// The download it will be, without its size and pages (known once it is made); `None`
    /// for files the site uses without offering them.
    fn offer(&self) -> Option<Download>;

    /// Makes the files, reading `previous` where an unchanged file can be kept.
    fn make(&self, previous: &dyn Previous) -> Result<Made>;
}

/// A printable output after its first phase: laid out and checked, ready to be written.
pub trait Printable: Sync + Send {
    /// The jobs that make its files.
    fn jobs(&self) -> Vec<Box<dyn Job + '_>>;
}

/// How a printable is prepared from a piece with a deck: its layout, or every problem found.
pub type Prepare =
    for<'a> fn(&'a Printed<'a>) -> std::result::Result<Box<dyn Printable + 'a>, Vec<Error>>;

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
    fn offer(&self) -> Option<Download> {
        let offer = self.job.offer()?;
        Some(Download {
            file: format!("{}{}", self.folder, offer.file),
            previews: offer
                .previews
                .into_iter()
                .map(|preview| Preview {
                    file: format!("{}{}", self.folder, preview.file),
                    ..preview
                })
                .collect(),
            ..offer
        })
    }

    fn make(&self, previous: &dyn Previous) -> Result<Made> {
        let inside = PreviousInFolder {
            folder: self.folder,
            previous,
        };
        let made = self.job.make(&inside)?;
        let place = |file: String| format!("{}{file}", self.folder);
        Ok(Made {
            files: made.files.into_iter().map(|(f, b)| (place(f), b)).collect(),
            kept: made.kept.into_iter().map(|(f, s)| (place(f), s)).collect(),
            ..made
        })
    }
}

/// The previous build's files as a job in a folder names them.
struct PreviousInFolder<'a> {
    folder: &'a str,
    previous: &'a dyn Previous,
}

impl Previous for PreviousInFolder<'_> {
    fn read(&self, file: &str) -> Option<Vec<u8>> {
        self.previous.read(&format!("{}{file}", self.folder))
    }

    fn tail(&self, file: &str, length: u64) -> Option<(Vec<u8>, u64)> {
        self.previous
            .tail(&format!("{}{file}", self.folder), length)
    }
}
