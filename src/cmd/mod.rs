//! One module per command-line verb.

pub mod build;
