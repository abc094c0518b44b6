//! How fast and how lean a full `deckle build` (site and PDFs) is, for the seed deck, for a
//! generated practice of 50 pieces of 30 questions (1,500 question pages, 200 PDFs), and for
//! generated decks of 1,000 and 10,000 questions (`--practice`: the seed and the practice
//! only; `--quick`: the seed only, once).
//!
//! `cargo bench --bench build` runs the optimised `deckle` binary on each project in a temporary
//! folder and prints, per deck: the median and fastest wall time of several builds, the median
//! CPU time (user + system; steadier than wall time on a busy machine), the peak memory of the
//! build process (its maximum resident set, from `wait4`), the size of `output/`, and for each
//! PDF its size per question card.
//! Each deck is built four times over: into `output/` on the disk holding the temporary folder
//! as a writer's rebuild would (replacing the previous build of the same content: unchanged
//! files are linked, not written, and unchanged PDFs and pictures kept, not made again), the
//! same after one question of one deck was edited (`edited`), into an empty `output/` on that
//! disk as a first build would (`new`), and rebuilt into a folder in memory (`/dev/shm`, where there is one), which shows
//! what the program itself costs apart from the disk.
//! `cargo bench --bench build -- --quick` builds only the seed, once (a smoke test for CI).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One deck to measure.
struct Case {
    name: String,
    questions: usize,
    project: PathBuf,
    /// The deck a writer edits between builds in the `edited` rows (one question's words).
    edited: PathBuf,
    runs: usize,
}

/// What one build cost.
struct Run {
    wall: Duration,
    cpu: Duration,
    peak_kib: u64,
}

fn main() -> io::Result<()> {
    let quick = std::env::args().any(|argument| argument == "--quick");
    // `--practice`: the seed and the generated practice only.
    let practice_only = std::env::args().any(|argument| argument == "--practice");
    let binary = Path::new(env!("CARGO_BIN_EXE_deckle"));
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir()?;
    let memory = Path::new("/dev/shm");
    let in_memory = if memory.is_dir() {
        Some(tempfile::tempdir_in(memory)?)
    } else {
        None
    };

    let mut cases = vec![Case {
        name: "seed".into(),
        questions: 20,
        project: copy_seed(seed, &work.path().join("seed"))?,
        edited: PathBuf::from("content/questions.yaml"),
        runs: if quick { 1 } else { 11 },
    }];
    if !quick {
        let project = work.path().join("practice");
        generate_practice(seed, &project, PRACTICE_PIECES, PRACTICE_QUESTIONS)?;
        cases.push(Case {
            name: format!("practice {PRACTICE_PIECES}x{PRACTICE_QUESTIONS}"),
            // Bytes per card are those of the home piece's PDFs, at the output's top.
            questions: PRACTICE_QUESTIONS,
            project,
            edited: PathBuf::from("content/piece-01/questions.yaml"),
            runs: 5,
        });
    }
    if !quick && !practice_only {
        for (questions, runs) in [(1_000, 5), (10_000, 3)] {
            let project = work.path().join(format!("deck-{questions}"));
            generate(seed, &project, questions)?;
            cases.push(Case {
                name: format!("{questions} questions"),
                questions,
                project,
                edited: PathBuf::from("content/questions.yaml"),
                runs,
            });
        }
    }

    println!("machine: {} ({} cores)", cpu_model(), cores());
    println!(
        "{:<16} {:<7} {:>5} {:>10} {:>8} {:>8} {:>9} {:>10}  PDF bytes per card",
        "deck", "output", "runs", "median ms", "min ms", "CPU ms", "peak MiB", "output KB"
    );
    for case in &cases {
        let mut places = vec![
            ("disk", case.project.join("output"), Start::Rebuild),
            ("edited", case.project.join("output"), Start::Edited),
            ("new", case.project.join("output"), Start::Empty),
        ];
        if let Some(folder) = &in_memory {
            places.push(("memory", folder.path().join(&case.name), Start::Rebuild));
        }
        for (place, output, start) in places {
            let line = measure(binary, case, &output, start)?;
            println!("{:<16} {place:<7} {line}", case.name);
        }
    }
    Ok(())
}

/// What a measured build finds in its output folder.
#[derive(Clone, Copy, PartialEq)]
enum Start {
    /// The previous build of the same content, as when a writer rebuilds.
    Rebuild,
    /// The previous build, with one question of one deck edited since (unmeasured), as when
    /// a writer saves a change.
    Edited,
    /// Nothing: the folder is removed (unmeasured) before each build, as on a first build.
    Empty,
}

/// Builds `case` into `output` once unmeasured (so that every measured build finds warm file
/// caches), then `case.runs` times starting as `start` says; returns the figures as one table
/// line.
fn measure(binary: &Path, case: &Case, output: &Path, start: Start) -> io::Result<String> {
    build(binary, &case.project, output)?;
    let mut runs = (0..case.runs)
        .map(|_| {
            match start {
                Start::Empty => fs::remove_dir_all(output)?,
                Start::Edited => edit(&case.project.join(&case.edited))?,
                Start::Rebuild => {}
            }
            build(binary, &case.project, output)
        })
        .collect::<io::Result<Vec<Run>>>()?;
    runs.sort_by_key(|run| run.wall);
    let median = runs[runs.len() / 2].wall;
    let peak = runs.iter().map(|run| run.peak_kib).max().unwrap_or(0);
    let mut cpu: Vec<Duration> = runs.iter().map(|run| run.cpu).collect();
    cpu.sort();
    let per_card = pdf_sizes(output)?
        .into_iter()
        .map(|(name, bytes)| format!("{name} {}", bytes / case.questions as u64))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(format!(
        "{:>5} {:>10.1} {:>8.1} {:>8.1} {:>9.1} {:>10}  {}",
        case.runs,
        millis(median),
        millis(runs[0].wall),
        millis(cpu[cpu.len() / 2]),
        peak as f64 / 1024.0,
        folder_size(output)?.div_ceil(1000),
        if per_card.is_empty() {
            "no PDFs"
        } else {
            &per_card
        }
    ))
}

/// Changes the words of the first question of `deck`: adds a word in front, or takes it away
/// again, so that each build finds an edit.
fn edit(deck: &Path) -> io::Result<()> {
    const TYPED: &str = "text: \"";
    const EDITED: &str = "text: \"Now, ";
    let yaml = fs::read_to_string(deck)?;
    let edited = if yaml.contains(EDITED) {
        yaml.replacen(EDITED, TYPED, 1)
    } else {
        yaml.replacen(TYPED, EDITED, 1)
    };
    fs::write(deck, edited)
}

/// Runs `deckle build --out output` in `project` and measures its wall time and peak memory.
fn build(binary: &Path, project: &Path, output: &Path) -> io::Result<Run> {
    let started = Instant::now();
    let child = Command::new(binary)
        .arg("build")
        .arg("--out")
        .arg(output)
        .current_dir(project)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own unwaited child; status and usage point to live locals.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    if waited != pid {
        return Err(io::Error::last_os_error());
    }
    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        let mut errors = String::new();
        if let Some(mut stderr) = child.stderr {
            io::Read::read_to_string(&mut stderr, &mut errors)?;
        }
        return Err(io::Error::other(format!(
            "deckle build failed in {}: {errors}",
            project.display()
        )));
    }
    let seconds = |time: libc::timeval| {
        Duration::from_secs(time.tv_sec as u64) + Duration::from_micros(time.tv_usec as u64)
    };
    Ok(Run {
        wall,
        cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
        peak_kib: usage.ru_maxrss as u64,
    })
}

/// Copies the repository's own project (content and templates) into `to`.
fn copy_seed(seed: &Path, to: &Path) -> io::Result<PathBuf> {
    for folder in ["content", "templates"] {
        let from = seed.join(folder);
        if !from.is_dir() {
            continue;
        }
        fs::create_dir_all(to.join(folder))?;
        for entry in fs::read_dir(&from)? {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                fs::copy(entry.path(), to.join(folder).join(entry.file_name()))?;
            }
        }
    }
    Ok(to.to_path_buf())
}

/// The generated practice: this many pieces (the home piece and pieces in folders), each
/// with an article and a deck of `PRACTICE_QUESTIONS` questions.
const PRACTICE_PIECES: usize = 50;
/// The questions of each of the practice's decks.
const PRACTICE_QUESTIONS: usize = 30;

/// Makes a project with the seed's article and settings and `count` questions, varied in length
/// by combining the seed's questions.
fn generate(seed: &Path, project: &Path, count: usize) -> io::Result<()> {
    let content = project.join("content");
    fs::create_dir_all(&content)?;
    for file in ["article.md", "settings.yaml"] {
        fs::copy(seed.join("content").join(file), content.join(file))?;
    }
    fs::write(
        content.join("questions.yaml"),
        deck_yaml(&seed_questions(seed)?, count, ""),
    )
}

/// Makes a practice of `pieces` pieces with `count` questions each: the seed's article and a
/// generated deck at the root, and the others in folders `piece-01/`…, each with the seed's
/// article under its own title and date.
fn generate_practice(seed: &Path, project: &Path, pieces: usize, count: usize) -> io::Result<()> {
    generate(seed, project, count)?;
    let content = project.join("content");
    let questions = seed_questions(seed)?;
    let article = fs::read_to_string(seed.join("content/article.md"))?;
    let body = article
        .splitn(3, "---\n")
        .nth(2)
        .ok_or_else(|| io::Error::other("content/article.md has no header"))?;
    for piece in 1..pieces {
        let folder = content.join(format!("piece-{piece:02}"));
        fs::create_dir_all(&folder)?;
        let header = format!(
            "---\ntitle: \"Piece {piece}\"\nauthor: \"A Writer\"\ndate: 2024-{:02}-{:02}\n---\n",
            piece % 12 + 1,
            piece % 28 + 1
        );
        fs::write(folder.join("article.md"), header + body)?;
        fs::write(
            folder.join("questions.yaml"),
            deck_yaml(&questions, count, &format!("p{piece:02}-")),
        )?;
    }
    Ok(())
}

/// The `text:` of every question of the seed's deck.
fn seed_questions(seed: &Path) -> io::Result<Vec<String>> {
    let found: Vec<String> = fs::read_to_string(seed.join("content/questions.yaml"))?
        .lines()
        .filter_map(|line| line.trim().strip_prefix("text: "))
        .map(|text| text.trim_matches('"').to_string())
        .collect();
    if found.is_empty() {
        return Err(io::Error::other(
            "no `text:` lines in content/questions.yaml",
        ));
    }
    Ok(found)
}

/// A deck of `count` questions made of `seed_questions`, their ids starting with `prefix`.
fn deck_yaml(seed_questions: &[String], count: usize, prefix: &str) -> String {
    let mut yaml = String::from(
        "title: \"A Deck for Measuring\"\n\
         introduction: \"Questions generated to measure how deckle copes with a large deck.\"\n\
         closing: \"That was the last one.\"\n\
         questions:\n",
    );
    for index in 0..count {
        let first = &seed_questions[index % seed_questions.len()];
        // Every third question is two seed questions long, so card fitting has work to do.
        let text = if index % 3 == 2 {
            let second = &seed_questions[(index * 7 + 3) % seed_questions.len()];
            format!("{first} {second}")
        } else {
            first.clone()
        };
        yaml.push_str(&format!(
            "  - id: {prefix}q{index:05}\n    text: \"{text}\"\n"
        ));
    }
    yaml
}

/// Total bytes of the files under `folder`.
fn folder_size(folder: &Path) -> io::Result<u64> {
    let mut total = 0;
    for entry in fs::read_dir(folder)? {
        let entry = entry?;
        total += if entry.file_type()?.is_dir() {
            folder_size(&entry.path())?
        } else {
            entry.metadata()?.len()
        };
    }
    Ok(total)
}

/// The PDFs at the top of `output`, by name, with their sizes.
fn pdf_sizes(output: &Path) -> io::Result<Vec<(String, u64)>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(output)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".pdf") {
            found.push((name, entry.metadata()?.len()));
        }
    }
    found.sort();
    Ok(found)
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|line| line.strip_prefix("model name"))
                .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}
