//! The `deckle` command line: reads the arguments and hands over to the verb in `deckle::cmd`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use deckle::cmd::term::{Term, Verbosity};
use deckle::cmd::{self, build::BuildOptions, new::NewOptions, serve::ServeOptions};

/// deckle makes a website and printable cards and booklets from your article and questions.
///
/// Run the commands inside your project folder (the one holding `content/`).
/// New here? `deckle init my-cards` makes a project with examples to start from;
/// `deckle new letting-go` then starts each further article or deck.
#[derive(Parser)]
#[command(
    name = "deckle",
    version,
    about,
    after_help = "Exit codes: 0 when all went well, 1 when deckle found problems in your \
                  files (they are listed), 2 when the command itself was mistyped."
)]
struct Cli {
    /// Print only problems.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more about what deckle is doing.
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start a new project: an example article and questions, settings and templates.
    ///
    /// Makes content/article.md, content/questions.yaml and content/settings.yaml with
    /// examples to replace with your own, templates/ with the site's look, and a README.md
    /// saying what to do next. Never replaces a file that is already there.
    Init {
        /// The folder for the new project; made if missing. Without it: this folder.
        #[arg(value_name = "FOLDER")]
        dir: Option<PathBuf>,
    },
    /// Start the next piece of your site: an example article and questions in content/NAME/.
    ///
    /// Makes content/NAME/article.md (titled after NAME, dated today) and
    /// content/NAME/questions.yaml (a few example questions), in your settings' language,
    /// to replace with your own. The piece's web address is NAME/. NAME is made of lowercase
    /// letters a-z, digits and hyphens, like letting-go. Never replaces a file: a folder
    /// content/NAME that is already there is left as it is.
    New {
        /// The new piece's folder in content/, which is also its web address: letting-go.
        #[arg(value_name = "NAME")]
        name: String,
        /// Write only the questions (content/NAME/questions.yaml): a deck without an article.
        #[arg(long, conflicts_with = "article_only")]
        deck_only: bool,
        /// Write only the article (content/NAME/article.md): an article without cards.
        #[arg(long)]
        article_only: bool,
    },
    /// Make the website and the PDFs from content/ and templates/ into output/.
    ///
    /// Everything is made in a temporary folder first: if anything goes wrong, the problems
    /// are listed and output/ stays exactly as it was.
    Build {
        /// Write into this folder instead of output/.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The web address the site will live at, e.g. https://example.org/cards/
        /// (overrides base_url in content/settings.yaml).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Preview the site in your browser while you write; it updates each time you save.
    ///
    /// Builds the site and shows it at http://127.0.0.1:8000/ (on this computer only).
    /// When you save a file in content/ or templates/, the site is rebuilt and open pages
    /// reload by themselves. If something is wrong, the page shows what and where, and the
    /// last version that worked stays on screen. output/ is not touched: run `deckle build`
    /// for the files to put online. Press Ctrl-C to stop.
    Serve {
        /// The port to use: the preview is at http://127.0.0.1:PORT/ (0 picks a free one).
        #[arg(short, long, default_value_t = 8000)]
        port: u16,
    },
    /// Look for problems in everything, without writing output/.
    ///
    /// Reads the article, the questions and the settings, makes the site and the PDFs in a
    /// throwaway folder (so templates and printed cards are checked too) and follows every
    /// link between pages. Lists all the problems found, not just the first.
    Check,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let term = Term::new(if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    });
    let here = Path::new(".");
    let (result, closing) = match cli.command {
        Command::Init { dir } => (
            cmd::init::run(dir.as_deref().unwrap_or(here), &term),
            "The new project was not created.",
        ),
        Command::New {
            name,
            deck_only,
            article_only,
        } => {
            let options = NewOptions {
                project: here.to_path_buf(),
                name,
                article: !deck_only,
                deck: !article_only,
            };
            (cmd::new::run(&options, &term), "Nothing was written.")
        }
        Command::Build { out, base_url } => {
            let options = BuildOptions {
                project: here.to_path_buf(),
                out,
                base_url,
                include_drafts: false,
            };
            let result = cmd::build::run(&options).map(|report| {
                term.warnings(&report.warnings);
                term.say(report.summary());
                for download in &report.downloads {
                    term.detail(format!("  {}: {}", download.file, download.title));
                }
                if let Some(left) = &report.written.left_behind {
                    term.note(left);
                }
            });
            let closing = match &result {
                Err(problems) if !deckle::output::left_unchanged(problems) => {
                    "The new output was not put in place; see above for the previous one."
                }
                _ => "Nothing was written; the previous output is unchanged.",
            };
            (result, closing)
        }
        Command::Serve { port } => {
            let options = ServeOptions {
                project: here.to_path_buf(),
                port,
            };
            (
                cmd::serve::run(&options, &term),
                "The preview did not start.",
            )
        }
        Command::Check => (
            cmd::check::run(here, &term),
            "Fix these, then run `deckle check` again.",
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            term.problems(&problems, closing);
            ExitCode::FAILURE
        }
    }
}
