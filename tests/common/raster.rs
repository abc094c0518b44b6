//! PDF pages rendered by poppler's `pdftoppm` into grey pixels, to measure what a printer
//! would put on paper: where ink is, how far a colour runs, how thick a line is.

use std::path::Path;

use super::{arg, poppler};

/// Pixels per millimetre at the resolution pages are rendered at (300 dpi).
pub const PX_PER_MM: f32 = 300.0 / 25.4;

/// One rendered page: grey levels, 0 black to 255 white, row by row from the top.
pub struct Page {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    grey: Vec<u8>,
}

impl Page {
    /// Page `page` (from 1) of `pdf` at 300 dpi.
    pub fn render(pdf: &Path, page: usize) -> Page {
        let dir = tempfile::tempdir().expect("temp dir");
        let prefix = dir.path().join("page");
        let number = page.to_string();
        poppler(
            "pdftoppm",
            &[
                "-r",
                "300",
                "-gray",
                "-f",
                &number,
                "-l",
                &number,
                "-singlefile",
                arg(pdf),
                prefix.to_str().expect("a UTF-8 temp path"),
            ],
        );
        let bytes = std::fs::read(dir.path().join("page.pgm")).expect("pdftoppm wrote a PGM");
        // "P5\n<width> <height>\n255\n" then the pixels.
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while !bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            fields.push(String::from_utf8_lossy(&bytes[start..at]).to_string());
        }
        let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        let grey = bytes[at + 1..].to_vec();
        assert_eq!(grey.len(), width * height, "a whole grey PGM");
        Page {
            width,
            height,
            grey,
        }
    }

    /// The grey level at (x, y) mm from the page's bottom-left corner (white off the page).
    pub fn at_mm(&self, x: f32, y: f32) -> u8 {
        let column = (x * PX_PER_MM).floor();
        let row = self.height as f32 - (y * PX_PER_MM).floor() - 1.0;
        if column < 0.0 || row < 0.0 {
            return 255;
        }
        self.at(column as usize, row as usize)
    }

    /// The grey level of pixel (column, row), rows from the top (white off the page).
    pub fn at(&self, column: usize, row: usize) -> u8 {
        if column >= self.width || row >= self.height {
            return 255;
        }
        self.grey[row * self.width + column]
    }

    /// The nearest distance, in mm, from any pixel darker than `threshold` to the page's
    /// edge, when one lies within `band` mm of it (`None` when none does).
    pub fn ink_to_edge(&self, threshold: u8, band: f32) -> Option<f32> {
        let band = (band * PX_PER_MM) as usize;
        let mut nearest: Option<usize> = None;
        for row in 0..self.height {
            let whole = row < band || row + band >= self.height;
            let columns: Vec<usize> = if whole {
                (0..self.width).collect()
            } else {
                (0..band.min(self.width))
                    .chain(self.width.saturating_sub(band)..self.width)
                    .collect()
            };
            for column in columns {
                if self.at(column, row) < threshold {
                    let distance = column
                        .min(row)
                        .min(self.width - 1 - column)
                        .min(self.height - 1 - row);
                    nearest = Some(nearest.map_or(distance, |n| n.min(distance)));
                }
            }
        }
        nearest.map(|px| px as f32 / PX_PER_MM)
    }

    /// Whether pixel (column, row) is darker than `threshold`.
    pub fn dark(&self, column: usize, row: usize, threshold: u8) -> bool {
        self.at(column, row) < threshold
    }
}
