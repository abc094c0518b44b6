//! The `deckle` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use deckle::cmd;
use deckle::error::Error;

/// deckle makes a website and printable cards and booklets from your article and questions.
#[derive(Parser)]
#[command(name = "deckle", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make the website and the PDFs from content/ and templates/ into output/.
    Build {
        /// Write into this folder instead of output/.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The web address the site will live at, e.g. https://example.org/cards/
        /// (overrides base_url in content/settings.yaml).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { out, base_url } => {
            let options = cmd::build::BuildOptions {
                project: PathBuf::from("."),
                out,
                base_url,
            };
            match cmd::build::run(&options) {
                Ok(report) => {
                    println!("{}", report.summary());
                    ExitCode::SUCCESS
                }
                Err(problems) => report_problems(&problems),
            }
        }
    }
}

/// Prints every problem, then how many there were; exit code 1.
fn report_problems(problems: &[Error]) -> ExitCode {
    for problem in problems {
        eprintln!("error: {problem}");
    }
    if problems.len() > 1 {
        eprintln!("{} problems found; nothing was written.", problems.len());
    } else {
        eprintln!("Nothing was written; the previous output is unchanged.");
    }
    ExitCode::FAILURE
}
