//! `deckle new NAME`: the next piece of a practice's site, `content/NAME/`, with a short example
//! article and a small example deck in the project's language, dated today, that builds as it
//! is. Never writes into a folder that is already there.

use std::path::{Path, PathBuf};

use super::init::question_count;
use super::term::Term;
use crate::content::{Article, ProjectPaths, check_piece_folder};
use crate::error::Error;
use crate::settings::Settings;
use crate::words::Language;

/// What `deckle new` is asked to make.
#[derive(Debug, Clone)]
pub struct NewOptions {
    /// The project folder (holding `content/`).
    pub project: PathBuf,
    /// The new piece's folder name, which is its web address (`letting-go`).
    pub name: String,
    /// Whether to write the example article (`content/NAME/article.md`).
    pub article: bool,
    /// Whether to write the example deck (`content/NAME/questions.yaml`).
    pub deck: bool,
}

/// The example texts of a new piece in one language, with `{title}`, `{author}` (a whole
/// header line, or nothing) and `{date}` to fill in.
struct Texts {
    article: &'static str,
    deck: &'static str,
    /// What the header's `author:` says when deckle knows no name: the writer replaces it.
    your_name: &'static str,
}

/// The texts of the language whose code is `$code`, from `example/piece/`.
macro_rules! texts {
    ($code:literal, $your_name:literal) => {
        Texts {
            article: include_str!(concat!("example/piece/article.", $code, ".md")),
            deck: include_str!(concat!("example/piece/questions.", $code, ".yaml")),
            your_name: $your_name,
        }
    };
}

/// The example texts in `language`; English for a language deckle has no words for (`None`),
/// which the writer is told.
fn texts(language: Option<Language>) -> &'static Texts {
    const ENGLISH: Texts = texts!("en", "Your Name");
    const FRENCH: Texts = texts!("fr", "Votre nom");
    const GERMAN: Texts = texts!("de", "Dein Name");
    const SPANISH: Texts = texts!("es", "Tu nombre");
    const DUTCH: Texts = texts!("nl", "Je naam");
    const ITALIAN: Texts = texts!("it", "Il tuo nome");
    const PORTUGUESE: Texts = texts!("pt", "Seu nome");
    match language {
        None | Some(Language::English) => &ENGLISH,
        Some(Language::French) => &FRENCH,
        Some(Language::German) => &GERMAN,
        Some(Language::Spanish) => &SPANISH,
        Some(Language::Dutch) => &DUTCH,
        Some(Language::Italian) => &ITALIAN,
        Some(Language::Portuguese) => &PORTUGUESE,
    }
}

/// Whether `name` is one of the examples' placeholders ("Your Name", as `deckle init`'s
/// example article has it): no one's name yet.
fn is_placeholder(name: &str) -> bool {
    name.is_empty()
        || Language::ALL
            .iter()
            .any(|(language, _)| texts(Some(*language)).your_name == name)
}

/// Who the new article names as its author, and how deckle knows.
enum Author {
    /// `author:` in the settings: the header needs no line.
    Settings(String),
    /// The home article's author, written into the header.
    Home(String),
    /// A placeholder the writer must replace.
    Placeholder,
}

impl Author {
    /// The author of the project in `paths` with these `settings`.
    fn of(paths: &ProjectPaths, settings: &Settings) -> Author {
        if let Some(name) = &settings.author {
            return Author::Settings(name.clone());
        }
        let home = paths.content_file(ProjectPaths::ARTICLE);
        match Article::load(paths, &home, None) {
            Ok(article) if !is_placeholder(&article.author) => Author::Home(article.author),
            _ => Author::Placeholder,
        }
    }

    /// The header's `author:` line, or nothing.
    fn line(&self, texts: &Texts) -> String {
        match self {
            Author::Settings(_) => String::new(),
            Author::Home(name) => format!("author: {}\n", yaml_quoted(name)),
            Author::Placeholder => format!("author: {}\n", yaml_quoted(texts.your_name)),
        }
    }
}

/// Makes `folder` holding `files` (names and texts), naming them as in `shown` (where they
/// will be) when something fails.
fn write_all(
    folder: &std::path::Path,
    shown: &std::path::Path,
    files: &[(&str, String)],
) -> Result<(), Error> {
    std::fs::create_dir(folder).map_err(|e| Error::io("create", shown, e))?;
    for (file, text) in files {
        std::fs::write(folder.join(file), text)
            .map_err(|e| Error::io("write", &shown.join(file), e))?;
    }
    Ok(())
}

/// Writes `content/NAME/` with the files `options` asks for, or nothing at all when the name
/// is not an address or the folder is there.
pub fn run(options: &NewOptions, term: &Term) -> Result<(), Vec<Error>> {
    let paths = ProjectPaths::new(&options.project);
    paths.require_content().map_err(|e| vec![e])?;
    let name = options.name.as_str();
    let folder = paths.content().join(name);
    let shown = paths.shown(&folder);
    check_piece_folder(name, &shown).map_err(|mut e| {
        // The folder is not there yet: there is nothing to rename, only a name to choose.
        e.hint = e.hint.map(|hint| {
            hint.replacen("rename it to", "run `deckle new` with", 1)
                .replacen(
                    "rename the folder, for example to",
                    "choose another name, for example",
                    1,
                )
        });
        vec![e]
    })?;
    let refusal = || {
        Error::in_file(
            &shown,
            "this folder already exists, and deckle new never replaces or adds to files",
        )
        .with_hint(format!(
            "choose another name for the new piece (e.g. `deckle new {name}-2`), or add an \
             article.md or questions.yaml to {} yourself",
            shown.display()
        ))
    };
    if folder.symlink_metadata().is_ok() {
        return Err(vec![refusal()]);
    }
    let settings_file = paths.content_file(ProjectPaths::SETTINGS);
    let settings = Settings::load(&settings_file, &paths.shown(&settings_file))?;
    let language = Language::from_tag(&settings.language);
    let texts = texts(language);
    let author = Author::of(&paths, &settings);
    let title = readable(name);
    let date = crate::date::today().map_err(|e| vec![e])?;
    let fill = |text: &str| {
        text.replace("{title}", &yaml_quoted(&title))
            .replace("{author}", &author.line(texts))
            .replace("{date}", &date.to_string())
    };
    let mut files = Vec::new();
    if options.article {
        files.push((ProjectPaths::ARTICLE, fill(texts.article)));
    }
    if options.deck {
        files.push((ProjectPaths::QUESTIONS, fill(texts.deck)));
    }

    // Written in a hidden folder beside it (which builds ignore), then renamed: the piece
    // appears whole or not at all, even if the disk fails half-way.
    let hidden = paths
        .content()
        .join(format!(".{name}.deckle-new-{}", std::process::id()));
    let written = write_all(&hidden, &shown, &files).and_then(|()| {
        if folder.symlink_metadata().is_ok() {
            return Err(refusal());
        }
        std::fs::rename(&hidden, &folder).map_err(|e| Error::io("create", &shown, e))
    });
    if let Err(problem) = written {
        let _ = std::fs::remove_dir_all(&hidden);
        return Err(vec![problem]);
    }

    let what = match (options.article, options.deck) {
        (true, true) => format!(
            "an example article, “{title}”, and {} example questions",
            question_count(texts.deck)
        ),
        (true, false) => format!("an example article, “{title}”"),
        _ => format!(
            "an example deck, “{title}”, of {} questions",
            question_count(texts.deck)
        ),
    };
    term.success("Created", format!("{}/ with {what}:", shown.display()));
    for (file, _) in &files {
        term.say(format!("  {}", shown.join(file).display()));
    }
    if language.is_none() {
        term.note(format!(
            "deckle has no example texts in `language: {}`, so these are in English: replace \
             them with your own text",
            settings.language
        ));
    }
    if options.article {
        tell_author(&author, texts, term);
    }
    term.say("\nWhat to do next:");
    term.say("  replace the examples with your own text, in any text editor");
    term.say(format!(
        "  deckle serve    preview the site: the new piece is at http://127.0.0.1:8000/{name}/"
    ));
    let address = settings.base_url.as_deref().map_or_else(
        || format!("{name}/ in the site"),
        |base| format!("{base}{name}/"),
    );
    term.say(format!(
        "  deckle build    make the finished site; the new piece's address is {address}"
    ));
    Ok(())
}

/// Says who the new article names as its author, and what the writer must do about it.
fn tell_author(author: &Author, texts: &Texts, term: &Term) {
    let settings = Path::new("content").join(ProjectPaths::SETTINGS);
    match author {
        Author::Settings(name) => term.say(format!(
            "The article is by {name}, as `author:` in {} says.",
            settings.display()
        )),
        Author::Home(name) => term.say(format!(
            "The article is by {name}, as the home article is: change `author:` in its header \
             if someone else wrote it."
        )),
        Author::Placeholder => term.note(format!(
            "the article's header says `author: \"{}\"`: replace it with your name; or, to \
             name yourself once for every article, remove that line and write `author:` with \
             your name in {}",
            texts.your_name,
            settings.display()
        )),
    }
}

/// A folder name as a title: `letting-go` → "Letting go".
fn readable(name: &str) -> String {
    let spaced = name.replace('-', " ");
    let mut chars = spaced.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// `text` as a double-quoted YAML string.
fn yaml_quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_titles() {
        assert_eq!(readable("letting-go"), "Letting go");
        assert_eq!(readable("teens"), "Teens");
        assert_eq!(readable("2-minutes"), "2 minutes");
    }

    #[test]
    fn names_are_quoted_for_yaml() {
        assert_eq!(yaml_quoted("Ada \"Doc\" O\\B"), r#""Ada \"Doc\" O\\B""#);
    }

    #[test]
    fn every_language_has_a_short_deck_and_english_stands_in() {
        for (language, code) in Language::ALL {
            let texts = texts(Some(language));
            assert!((2..=3).contains(&question_count(texts.deck)), "{code}");
            let categories = texts.deck.matches("category:").count();
            assert_eq!(categories, question_count(texts.deck), "{code}: one each");
            for placeholder in ["title: {title}\n", "\n{author}date: {date}\n"] {
                assert!(texts.article.contains(placeholder), "{code}: {placeholder}");
            }
            assert!(texts.deck.contains("\ntitle: {title}\n"), "{code}");
            assert!(is_placeholder(texts.your_name));
        }
        assert_eq!(texts(None).your_name, "Your Name");
        assert!(!is_placeholder("Tim Jackson, LMFT"));
    }
}
