//! The printable question booklet: the article and the questions, typeset as a little A5
//! book, in reading order and imposed for saddle-stitching on a home printer.

pub mod blocks;
pub mod impose;
