//! Pictures in the booklet: the PNG and JPEG files an article shows, found beside it as the
//! site publishes them, set across the column with their caption under them, never split from
//! it by a page break.
//!
//! A picture is as wide as the text unless that would print it at under 150 dots per inch
//! (the least that looks sharp on paper), when it is smaller and centred; it is never taller
//! than three quarters of the column, so its caption fits on its page. A PNG with more than
//! twice the pixels that 300 dpi needs is averaged down (to 300 dpi or a little more). A picture the booklet
//! cannot print (missing, on the web, not PNG or JPEG) leaves its caption alone on its line,
//! and [`super::leftovers`] warns about it when the project is read.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::content::{Article, ProjectPaths};
use crate::display::Role;
use crate::layout::{Align, Slot, Span};
use crate::picture::Picture;

use super::column::{Item, Mark, ParagraphResult, paragraph};
use super::style::{MUTED, PARAGRAPH_GAP, Setting, column};

/// The fewest dots per inch a picture is printed at: a picture with fewer pixels than the
/// column's width needs at this resolution is set narrower than the column.
pub const MIN_DPI: f32 = 150.0;

/// The resolution a picture's pixels are kept to, at least: a print shows no more.
pub const MAX_DPI: f32 = 300.0;

/// The most of the column's height a picture takes, leaving room for its caption.
const MAX_HEIGHT_SHARE: f32 = 0.75;

/// The gap between a picture and its caption, in points.
const CAPTION_GAP: f32 = 4.0;

/// The pictures of one article, each file read once however often it is shown.
pub(super) struct Pictures {
    /// The article's folder inside `content/` (`teens`, or empty for the home article).
    folder: String,
    /// `content/` itself.
    content: PathBuf,
    /// What was read from each address.
    read: HashMap<String, Result<Arc<Picture>, Unprintable>>,
}

/// Why a picture is left out of the booklet: what is wrong, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Unprintable {
    /// Why, after "the booklet leaves it out: ".
    pub(super) why: String,
    /// What to do.
    pub(super) fix: String,
}

impl Pictures {
    /// The pictures of `article`, found in the project at `paths`.
    pub(super) fn of(article: &Article, paths: &ProjectPaths) -> Pictures {
        let file = article.origins.file();
        let folder = file
            .parent()
            .and_then(|folder| folder.strip_prefix("content").ok())
            .map(|folder| {
                folder
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default();
        Pictures {
            folder,
            content: paths.content(),
            read: HashMap::new(),
        }
    }

    /// The picture at `source` (as the Markdown gives it), or why the booklet leaves it out.
    pub(super) fn get(&mut self, source: &str) -> Result<Arc<Picture>, Unprintable> {
        if let Some(read) = self.read.get(source) {
            return read.clone();
        }
        let read = self.load(source).map(Arc::new);
        self.read.insert(source.to_string(), read.clone());
        read
    }

    fn load(&self, source: &str) -> Result<Picture, Unprintable> {
        let save = "save the picture as a PNG or JPEG file beside the article and show that \
                    file (`![caption](picture.png)`); the site shows it as it is";
        let on_the_web = source
            .split_once(':')
            .is_some_and(|(scheme, _)| !scheme.contains('/') && !scheme.is_empty())
            || source.starts_with("//");
        if on_the_web {
            return Err(Unprintable {
                why: "it is on the web, and the booklet prints only files of the project"
                    .to_string(),
                fix: save.to_string(),
            });
        }
        let Some(inside) = crate::content::resolve(&self.folder, source) else {
            return Err(Unprintable {
                why: "it is not a file inside content/".to_string(),
                fix: "point to the file from the article's folder, like `pictures/lake.jpg`"
                    .to_string(),
            });
        };
        let path = self.content.join(&inside);
        let bytes = std::fs::read(&path).map_err(|_| Unprintable {
            why: format!("there is no file content/{inside}"),
            fix: "check the file's name and folder (the site cannot show it either)".to_string(),
        })?;
        Picture::read(&bytes).map_err(|why| Unprintable {
            why,
            fix: save.to_string(),
        })
    }
}

/// A picture set across the column, centred, with its caption (`caption`, may be empty) in
/// small italics under it and its description `alt` for readers who cannot see it; the
/// picture is kept with the caption's first line, and the caption's lines together. The
/// caption of a described picture is the figure's caption in the PDF's structure (read as
/// part of the figure, whose description it repeats); another's is a paragraph.
pub(super) fn picture(
    picture: Arc<Picture>,
    caption: &[Span],
    alt: Option<&str>,
    indent: f32,
) -> ParagraphResult {
    let (column_width, column_height) = column();
    let room = column_width - indent;
    let (width, height) = size(&picture, room, column_height * MAX_HEIGHT_SHARE);
    // A decoded picture with more than twice the pixels 300 dpi needs is made smaller by a
    // whole factor (still at least 300 dpi), so a photograph does not fill the PDF.
    let factor = (picture.shown_size().0 as f32 / (width / 72.0 * MAX_DPI)).floor() as u32;
    let picture = if factor >= 2 {
        Arc::new(picture.reduced(factor))
    } else {
        picture
    };
    let mut slot = Slot::new(height, PARAGRAPH_GAP + 2.0);
    slot.keep_with_next = !caption.is_empty();
    let mut items = vec![Item {
        slot,
        repeated: None,
        marks: vec![Mark::Picture {
            picture,
            x: indent + (room - width) / 2.0,
            top: 0.0,
            width,
            height,
            alt: alt.map(Arc::from),
        }],
    }];
    if !caption.is_empty() {
        let mut lines = paragraph(
            caption,
            None,
            Setting {
                size: 9.0,
                leading: 12.5,
                colour: MUTED,
                indent,
                align: Align::Centre,
                role: if alt.is_some() {
                    Role::Caption
                } else {
                    Role::Paragraph
                },
                ..Setting::body(CAPTION_GAP)
            },
        )?;
        let last = lines.len().saturating_sub(1);
        for line in &mut lines[..last] {
            line.slot.keep_with_next = true;
        }
        items.extend(lines);
    }
    Ok(items)
}

/// A picture's printed size in points, shown upright: as wide as `width` unless that is under
/// [`MIN_DPI`], and no taller than `most_height`.
fn size(picture: &Picture, width: f32, most_height: f32) -> (f32, f32) {
    let (shown_width, shown_height) = picture.shown_size();
    let sharp_width = shown_width as f32 / MIN_DPI * 72.0;
    let aspect = shown_height as f32 / shown_width as f32;
    let width = width.min(sharp_width).min(most_height / aspect);
    (width, width * aspect)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picture::{Orientation, Samples};

    /// The printed resolution of a picture set `width` points wide, in dots per inch.
    fn dpi(picture: &Picture, width: f32) -> f32 {
        picture.width as f32 / (width / 72.0)
    }

    fn grey(width: u32, height: u32) -> Picture {
        Picture {
            width,
            height,
            grey: true,
            samples: Samples::Pixels(vec![0; (width * height) as usize]),
            orientation: Orientation::UPRIGHT,
        }
    }

    #[test]
    fn a_picture_fills_the_column_unless_that_would_be_under_150_dpi() {
        let (column, height) = column();
        let large = grey(3000, 2000);
        let (w, h) = size(&large, column, height * MAX_HEIGHT_SHARE);
        assert!((w - column).abs() < 1e-3 && (h - column * 2.0 / 3.0).abs() < 1e-3);
        let small = grey(300, 200);
        let (w, _) = size(&small, column, height);
        assert!((dpi(&small, w) - MIN_DPI).abs() < 1e-3);
        assert!(w < column);
        // A tall picture is cut down to three quarters of the column's height.
        let tall = grey(1000, 10_000);
        let (_, h) = size(&tall, column, height * MAX_HEIGHT_SHARE);
        assert!((h - height * MAX_HEIGHT_SHARE).abs() < 1e-2);
        // A photograph stored on its side is laid out as it is shown: taller than wide.
        let turned = Picture {
            orientation: Orientation::from_exif(6).unwrap(),
            ..grey(300, 200)
        };
        let (w, h) = size(&turned, column, height);
        assert!((dpi(&grey(200, 300), w) - MIN_DPI).abs() < 1e-3);
        assert!((h / w - 1.5).abs() < 1e-3);
    }
}
