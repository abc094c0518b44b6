//! The printable question booklet: the article (when the piece has one) and the questions,
//! typeset as a little A5 book, in reading order (`booklet-a5.pdf`) and imposed for saddle-stitching on a home printer
//! (`booklet-to-fold.pdf`).
//!
//! [`blocks`] reads the article's Markdown; `style` holds how the booklet looks, `column` sets
//! text into its column, `article`, `questions` and `covers` set the parts, and [`pages`]
//! flows them onto A5 pages as display lists; [`impose`] says which page goes where on the
//! printed sheets, and this module puts the pages into both PDFs. The pages are typeset once
//! when the booklet is prepared ([`prepare`]), then each PDF is one job.

mod article;
pub mod blocks;
mod column;
mod covers;
pub mod impose;
pub mod leftovers;
mod links;
pub mod pages;
mod picture;
mod problems;
mod questions;
mod reader;
mod style;
mod table;

use crate::content::Printed;
use crate::deck::images;
use crate::display::{List, Placement};
use crate::error::{Error, Result};
use crate::pdf::{Document, Duplex, Metadata, PageBoxes, Writing, pdf_unless_unchanged};
use crate::raster::Forms;
use crate::render::{Download, Job, Made, Preview, Previous, Printable};
use crate::settings::BookletPaper;
use crate::words::{Key, Words};

use style::{PAGE_HEIGHT_MM, PAGE_WIDTH_MM};

/// The booklet in reading order, one A5 page per page.
pub const READING_FILE: &str = "booklet-a5.pdf";
/// The booklet imposed two pages per side, to print double-sided, fold and staple.
pub const FOLD_FILE: &str = "booklet-to-fold.pdf";

/// The booklet of one project, typeset: its A5 pages, for both PDFs.
pub struct PreparedBooklet<'a> {
    project: &'a Printed<'a>,
    pages: Vec<List<'static>>,
}

/// Typesets the booklet's pages once for both booklet PDFs.
pub fn prepare<'a>(
    project: &'a Printed<'a>,
) -> std::result::Result<Box<dyn Printable + 'a>, Vec<Error>> {
    let pages = pages::typeset(project).map_err(|e| vec![e])?;
    Ok(Box::new(PreparedBooklet { project, pages }))
}

impl BookletPaper {
    /// The sheet's width and height in millimetres, sideways (landscape).
    pub fn landscape_mm(self) -> (f32, f32) {
        match self {
            BookletPaper::A4 => (297.0, 210.0),
            BookletPaper::Letter => (279.4, 215.9),
        }
    }

    /// The paper's name as printed in instructions, in the reader's `words`.
    pub fn name(self, words: &Words) -> &str {
        match self {
            BookletPaper::A4 => "A4",
            BookletPaper::Letter => words.get(Key::PaperUsLetter),
        }
    }
}

/// Where the left and right pages of a side go on `paper`: each half holds one A5 page
/// against the fold, centred vertically, scaled down only if the half is smaller than A5.
fn halves(paper: BookletPaper) -> [Placement; 2] {
    let (width, height) = paper.landscape_mm();
    let scale = (width / 2.0 / PAGE_WIDTH_MM)
        .min(height / PAGE_HEIGHT_MM)
        .min(1.0);
    let y = (height - PAGE_HEIGHT_MM * scale) / 2.0;
    let fold = width / 2.0;
    [
        Placement {
            x: fold - PAGE_WIDTH_MM * scale,
            y,
            scale,
        },
        Placement { x: fold, y, scale },
    ]
}

fn metadata(project: &Printed, subject: String, duplex: Option<Duplex>) -> Result<Metadata> {
    Ok(Metadata {
        title: project.title().to_string(),
        author: project.author().to_string(),
        subject,
        language: project.settings.language.clone(),
        time: project.time()?,
        duplex,
    })
}

/// The booklet in reading order.
fn reading_order(project: &Printed, pages: &[List], writing: Writing) -> Result<Document> {
    let subject = project.settings.words.fill(
        match project.article {
            Some(_) => Key::BookletSubject,
            None => Key::BookletAloneSubject,
        },
        &[
            ("title", project.title()),
            ("count", &project.deck.questions.len().to_string()),
        ],
    );
    let mut document = Document::new(metadata(project, subject, None)?, writing);
    for page in pages {
        let links = links::on_page(page);
        document.add_page_with_links(
            PageBoxes::plain(PAGE_WIDTH_MM, PAGE_HEIGHT_MM),
            page,
            &links,
        );
    }
    Ok(document)
}

/// The booklet imposed for saddle-stitching: two pages per side of each sheet.
fn to_fold(project: &Printed, pages: &[List], writing: Writing) -> Result<Document> {
    let paper = project.settings.booklet.paper;
    let words = &project.settings.words;
    let subject = words.fill(
        Key::FoldSubject,
        &[("title", project.title()), ("paper", paper.name(words))],
    );
    let metadata = metadata(project, subject, Some(Duplex::FlipShortEdge))?;
    let mut document = Document::new(metadata, writing);
    let (width, height) = paper.landscape_mm();
    let [left, right] = halves(paper);
    for side in impose::impose(pages.len()) {
        let mut sheet = List::new();
        for (index, at) in [(side.left, left), (side.right, right)] {
            if let Some(page) = index.and_then(|i| pages.get(i)) {
                sheet.extend(page.items().iter().map(|item| item.placed(at)));
            }
        }
        document.add_page(PageBoxes::plain(width, height), &sheet);
    }
    Ok(document)
}

/// The one line telling how to print the booklet to fold, in the reader's `words`.
pub fn printing_instructions(paper: BookletPaper, words: &Words) -> String {
    words.fill(Key::FoldInstructions, &[("paper", paper.name(words))])
}

impl Printable for PreparedBooklet<'_> {
    fn jobs(&self) -> Vec<Box<dyn Job + '_>> {
        vec![Box::new(ReadingBooklet(self)), Box::new(FoldBooklet(self))]
    }
}

/// Makes `booklet-a5.pdf`.
struct ReadingBooklet<'a>(&'a PreparedBooklet<'a>);

/// Makes `booklet-to-fold.pdf`.
struct FoldBooklet<'a>(&'a PreparedBooklet<'a>);

/// The print page's picture of the booklet's cover.
const COVER_PREVIEW: &str = "booklet-cover.png";

impl ReadingBooklet<'_> {
    fn preview(&self) -> Preview {
        let page = (PAGE_WIDTH_MM, PAGE_HEIGHT_MM);
        let alt = self
            .0
            .project
            .settings
            .words
            .get(Key::PreviewCover)
            .to_string();
        images::preview_of(page, COVER_PREVIEW, alt)
    }
}

impl Job for ReadingBooklet<'_> {
    fn offer(&self) -> Option<Download> {
        let project = self.0.project;
        let words = &project.settings.words;
        Some(Download {
            file: READING_FILE.to_string(),
            title: words.get(Key::BookletDownloadTitle).to_string(),
            description: words.fill(
                match project.article {
                    Some(_) => Key::BookletDownloadDescription,
                    None => Key::BookletAloneDownloadDescription,
                },
                &[("count", &project.deck.questions.len().to_string())],
            ),
            bytes: 0,
            pages: 0,
            images: false,
            previews: vec![self.preview()],
        })
    }

    fn make(&self, previous: &dyn Previous) -> Result<Made> {
        let booklet = self.0;
        let mut made = pdf_unless_unchanged(previous, READING_FILE, |writing| {
            reading_order(booklet.project, &booklet.pages, writing)
        })?;
        if let Some(cover) = booklet.pages.first() {
            let preview = self.preview();
            let page = (PAGE_WIDTH_MM, PAGE_HEIGHT_MM);
            let old = previous.read(&preview.file);
            let png = images::preview_png(cover, &Forms::new(), page, &preview, old)?;
            made.files.push((preview.file, png));
        }
        Ok(made)
    }
}

impl Job for FoldBooklet<'_> {
    fn offer(&self) -> Option<Download> {
        let settings = &self.0.project.settings;
        Some(Download {
            file: FOLD_FILE.to_string(),
            title: settings.words.get(Key::FoldDownloadTitle).to_string(),
            description: printing_instructions(settings.booklet.paper, &settings.words),
            bytes: 0,
            pages: 0,
            images: false,
            previews: Vec::new(),
        })
    }

    fn make(&self, previous: &dyn Previous) -> Result<Made> {
        let booklet = self.0;
        let mut made = pdf_unless_unchanged(previous, FOLD_FILE, |writing| {
            to_fold(booklet.project, &booklet.pages, writing)
        })?;
        made.pages = impose::padded_page_count(booklet.pages.len()) / 2;
        Ok(made)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_halves_hold_a5_at_full_size_against_the_fold() {
        let [left, right] = halves(BookletPaper::A4);
        assert_eq!(left.scale, 1.0);
        assert!((left.x + PAGE_WIDTH_MM - 148.5).abs() < 1e-4);
        assert!((right.x - 148.5).abs() < 1e-4);
        assert!(left.y.abs() < 1e-4);
    }

    #[test]
    fn letter_halves_scale_a5_down_to_fit() {
        let [left, right] = halves(BookletPaper::Letter);
        let (width, height) = BookletPaper::Letter.landscape_mm();
        assert!(left.scale < 1.0);
        assert!(left.x >= -1e-4 && right.x + PAGE_WIDTH_MM * right.scale <= width + 1e-4);
        assert!(left.y >= 0.0 && left.y + PAGE_HEIGHT_MM * left.scale <= height + 1e-4);
        // The page's top-left corner (mm from its bottom-left) lands on the sheet's top edge
        // area, scaled.
        let (x, y) = left.point((0.0, PAGE_HEIGHT_MM));
        assert!(
            (x - left.x).abs() < 1e-4 && (y - (left.y + PAGE_HEIGHT_MM * left.scale)).abs() < 1e-3
        );
    }

    #[test]
    fn instructions_say_how_to_print() {
        let line = printing_instructions(BookletPaper::Letter, &Words::default());
        for words in [
            "US Letter",
            "double-sided",
            "short edge",
            "actual size",
            "fold",
            "staple",
        ] {
            assert!(line.contains(words), "{line}");
        }
    }
}
