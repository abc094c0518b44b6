//! One module per command-line verb, and what they share.
//!
//! Every verb returns `Err` with the list of problems a writer can fix; the binary prints
//! them and exits with code 1. Usage mistakes (an unknown option, say) exit with code 2.

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod serve;
pub mod term;

mod scratch;
pub use scratch::ScratchDir;
