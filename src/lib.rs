//! deckle turns an article and a set of conversation questions into a small website and
//! printable PDFs (a cut-out card deck and a booklet).
//!
//! The pipeline: [`content::Project::load`] reads and validates everything into a typed model;
//! each output is prepared (laid out and checked) and then written by one job per file (see
//! [`render`]); [`output::Staging`] writes them atomically. [`cmd`] holds one module per command-line verb.

pub mod booklet;
pub mod cmd;
pub mod colour;
pub mod content;
pub mod date;
pub mod deck;
pub mod display;
pub mod error;
pub mod layout;
pub mod links;
pub mod markdown;
pub mod output;
pub mod parallel;
pub mod pdf;
pub mod picture;
pub mod raster;
pub mod render;
pub mod settings;
pub mod site;
pub mod suggest;
pub mod url;
pub mod woff2;
pub mod words;
pub mod yaml;
