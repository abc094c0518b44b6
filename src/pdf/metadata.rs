//! What a PDF says about itself: title, author, subject, language, time and how to print it.
//! [`super::finish`] writes it into the document information, the XMP metadata PDF/A asks for
//! and the viewer preferences.

/// How a duplex printer should turn the sheet, as a hint to print dialogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplex {
    /// Print one side only.
    Simplex,
    /// Two-sided, turning over the long edge.
    FlipLongEdge,
    /// Two-sided, turning over the short edge.
    FlipShortEdge,
}

/// What a PDF says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// The document's title, shown by PDF readers instead of the file name.
    pub title: String,
    /// Who wrote it; empty when nobody is named (a deck alone), and then the PDF names no
    /// author.
    pub author: String,
    /// What it is, in a sentence.
    pub subject: String,
    /// The language of its text (`en`).
    pub language: String,
    /// Creation and modification time, in seconds since 1970 (see [`crate::date::document_time`]).
    pub time: i64,
    /// The duplex hint, when the document is meant to be printed a particular way.
    pub duplex: Option<Duplex>,
}
