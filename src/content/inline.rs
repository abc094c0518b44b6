//! The deck's short texts (a question's `text`, `category` and `follow_up`, the deck's
//! `introduction` and `closing`) as they are printed: inline Markdown read (`*emphasis*`,
//! `**strong**`, backslash escapes), the language's quotes and dashes set by a
//! [`Typographer`], and nothing that needs a page of its own (a heading, a list, a quote, a
//! table, a code or HTML block, a link): those are refused, at their line.
//!
//! A [`Text`] keeps what the writer typed beside what is printed. Line breaks inside a
//! paragraph read as spaces; a blank line starts a new paragraph.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use crate::words::Typographer;

/// Words in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The words, punctuation set.
    pub text: String,
    /// Inside `*…*` or `_…_`.
    pub emphasis: bool,
    /// Inside `**…**` or `__…__`.
    pub strong: bool,
}

/// One of the deck's short texts: what was typed, and its paragraphs of styled runs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub struct Text {
    source: String,
    paragraphs: Vec<Vec<Run>>,
}

impl From<String> for Text {
    /// The text as typed, in one plain paragraph, until [`Text::typeset`] reads it.
    fn from(source: String) -> Text {
        let paragraphs = if source.trim().is_empty() {
            Vec::new()
        } else {
            vec![vec![Run {
                text: source.clone(),
                emphasis: false,
                strong: false,
            }]]
        };
        Text { source, paragraphs }
    }
}

impl From<&str> for Text {
    fn from(source: &str) -> Text {
        Text::from(source.to_string())
    }
}

/// Something a short text may not hold, found by [`Text::typeset`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Where it starts, in bytes into the text.
    pub offset: usize,
    /// What it is, for "… holds {what}".
    pub what: &'static str,
    /// How to write it instead.
    pub hint: &'static str,
}

/// The hint for what reads as a block: print its mark as typed with a backslash.
const ESCAPE_HINT: &str = "write it as sentences (with *emphasis* and **bold** if you \
    like), or put a backslash before the mark to print it as typed (`\\#`, `\\-`, `1\\.`, \
    `\\>`)";

impl Text {
    /// What the writer typed.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The paragraphs as printed, each a list of runs (none for an empty text).
    pub fn paragraphs(&self) -> &[Vec<Run>] {
        &self.paragraphs
    }

    /// Whether nothing is printed.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// The printed words without their styles, paragraphs joined by a space, soft hyphens
    /// left out: for a page's title, a search engine's description, a feed.
    pub fn plain(&self) -> String {
        let paragraphs: Vec<String> = self
            .paragraphs
            .iter()
            .map(|runs| runs.iter().flat_map(|r| r.text.chars()).collect())
            .collect();
        paragraphs.join(" ").replace(SOFT_HYPHEN, "")
    }

    /// Reads the typed text as inline Markdown, setting its punctuation with `typographer`
    /// (started afresh for each paragraph). On a refusal the text is left as it was.
    pub fn typeset(&mut self, typographer: &mut Typographer) -> Result<(), Refused> {
        self.paragraphs = read(&self.source, typographer)?;
        Ok(())
    }
}

/// The soft hyphen (U+00AD): invisible, a hyphen when a line breaks there.
pub const SOFT_HYPHEN: char = '\u{AD}';

/// The paragraphs of `source`, or what it may not hold.
fn read(source: &str, typographer: &mut Typographer) -> Result<Vec<Vec<Run>>, Refused> {
    let mut paragraphs = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    let (mut emphasis, mut strong) = (0usize, 0usize);
    // Tables are read so that one is refused rather than printed as rows of bars.
    for (event, range) in Parser::new_ext(source, Options::ENABLE_TABLES).into_offset_iter() {
        let add = |runs: &mut Vec<Run>, text: String| push(runs, text, emphasis > 0, strong > 0);
        match event {
            Event::Start(Tag::Paragraph) => typographer.reset(),
            Event::End(TagEnd::Paragraph) => paragraphs.push(std::mem::take(&mut runs)),
            Event::Start(Tag::Emphasis) => emphasis += 1,
            Event::End(TagEnd::Emphasis) => emphasis -= 1,
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong -= 1,
            Event::Text(text) => add(&mut runs, typographer.convert(&text)),
            Event::SoftBreak | Event::HardBreak => add(&mut runs, typographer.convert(" ")),
            // Backticks and tags inside a sentence are printed as typed.
            Event::Code(_) | Event::InlineHtml(_) => add(&mut runs, source[range].to_string()),
            Event::Start(tag) => return Err(refused(&tag, range)),
            Event::Html(_) => return Err(html_block(range)),
            Event::Rule => {
                return Err(Refused {
                    offset: range.start,
                    what: "a line of `---`, `***` or `___`, which reads as a separator",
                    hint: "write the dashes in a sentence, or put a backslash before the first \
                           one (`\\---`)",
                });
            }
            _ => {}
        }
    }
    Ok(paragraphs)
}

/// Adds `text` to the runs, joining it to the last one when it has the same style.
fn push(runs: &mut Vec<Run>, text: String, emphasis: bool, strong: bool) {
    match runs.last_mut() {
        Some(last) if last.emphasis == emphasis && last.strong == strong => {
            last.text.push_str(&text)
        }
        _ => runs.push(Run {
            text,
            emphasis,
            strong,
        }),
    }
}

/// What an element that does not belong in a short text is, in the writer's words.
fn refused(tag: &Tag, range: Range<usize>) -> Refused {
    let (what, hint) = match tag {
        Tag::Heading { .. } => (
            "a heading (a line starting with `#`, or underlined with `===` or `---`)",
            ESCAPE_HINT,
        ),
        Tag::List(Some(_)) => (
            "a numbered list (a line starting with a number and a dot, like `1.`)",
            ESCAPE_HINT,
        ),
        Tag::List(None) | Tag::Item => (
            "a list (a line starting with `-`, `*` or `+` and a space)",
            ESCAPE_HINT,
        ),
        Tag::BlockQuote(_) => ("a block quote (a line starting with `>`)", ESCAPE_HINT),
        Tag::CodeBlock(CodeBlockKind::Indented) => (
            "a line indented by four spaces or more, which reads as a block of code",
            "remove the spaces at the start of the line",
        ),
        Tag::CodeBlock(CodeBlockKind::Fenced(_)) => (
            "a block of code (between lines of ``` or ~~~)",
            "write the words as a sentence, without the fence",
        ),
        Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell => (
            "a table (lines of cells between `|`)",
            "write it as a sentence; a table belongs in the article",
        ),
        Tag::HtmlBlock => return html_block(range),
        Tag::Link { .. } => (
            "a link",
            "write the address as plain text: a card cannot be clicked (links belong in the \
             article)",
        ),
        Tag::Image { .. } => ("an image", "remove it: images belong in the article"),
        _ => (
            "Markdown that a question cannot hold",
            "use only *emphasis* and **bold**",
        ),
    };
    Refused {
        offset: range.start,
        what,
        hint,
    }
}

fn html_block(range: Range<usize>) -> Refused {
    Refused {
        offset: range.start,
        what: "a block of HTML (a line starting with a tag, such as `<div>`)",
        hint: "write the words without the tag: on the cards, in the booklet and on the site a \
               question takes only *emphasis* and **bold**",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    fn set(tag: &str, source: &str) -> Result<Text, Refused> {
        let mut text = Text::from(source);
        text.typeset(&mut Words::for_language(tag).typographer())?;
        Ok(text)
    }

    fn runs(text: &Text) -> Vec<(String, bool, bool)> {
        text.paragraphs()
            .iter()
            .flatten()
            .map(|r| (r.text.clone(), r.emphasis, r.strong))
            .collect()
    }

    #[test]
    fn emphasis_strong_and_punctuation() {
        let text = set(
            "en",
            "What does *real* closeness mean -- not the \"film\" version?",
        )
        .unwrap();
        assert_eq!(
            runs(&text),
            [
                ("What does ".to_string(), false, false),
                ("real".to_string(), true, false),
                (
                    " closeness mean – not the “film” version?".to_string(),
                    false,
                    false
                ),
            ]
        );
        assert_eq!(
            text.plain(),
            "What does real closeness mean – not the “film” version?"
        );
        let text = set("en", "A **bold *and* plain** word").unwrap();
        assert_eq!(
            runs(&text),
            [
                ("A ".to_string(), false, false),
                ("bold ".to_string(), false, true),
                ("and".to_string(), true, true),
                (" plain".to_string(), false, true),
                (" word".to_string(), false, false),
            ]
        );
    }

    #[test]
    fn french_quotes_close_around_emphasis() {
        let text = set("fr", "Pas le \"*film*\" ?").unwrap();
        assert_eq!(text.plain(), "Pas le «\u{202F}film\u{202F}»\u{202F}?");
    }

    #[test]
    fn escapes_breaks_and_paragraphs() {
        let text = set("en", "Not \\*this\\*,\nnor 2 * 3.\n\nSecond  one.").unwrap();
        assert_eq!(text.paragraphs().len(), 2);
        assert_eq!(text.plain(), "Not *this*, nor 2 * 3. Second  one.");
        // As typed: backticks and a stray tag stay, soft hyphens are kept for layout.
        let text = set("en", "Say `hi` <3 or <b>x</b> extra\u{AD}ordinary").unwrap();
        assert_eq!(
            runs(&text)[0].0,
            "Say `hi` <3 or <b>x</b> extra\u{AD}ordinary"
        );
        assert_eq!(text.plain(), "Say `hi` <3 or <b>x</b> extraordinary");
    }

    #[test]
    fn blocks_are_refused_where_they_start() {
        for (source, offset, what) in [
            ("# Title", 0, "a heading"),
            ("Why?\n\n- one\n- two", 6, "a list"),
            ("1. first", 0, "a numbered list"),
            ("> quoted", 0, "a block quote"),
            ("Text\n\n    code", 10, "a line indented"),
            ("```\ncode\n```", 0, "a block of code"),
            ("a | b\n--|--\n1 | 2", 0, "a table"),
            ("<div>\nhi\n</div>", 0, "a block of HTML"),
            ("One\n\n---", 5, "a line of"),
            ("See [this](https://x.org)", 4, "a link"),
            ("Under\n===", 0, "a heading"),
        ] {
            let refused = set("en", source).unwrap_err();
            assert_eq!(refused.offset, offset, "{source}");
            assert!(refused.what.starts_with(what), "{source}: {}", refused.what);
        }
    }

    #[test]
    fn untypeset_text_is_plain_as_typed() {
        let text = Text::from("Is *this* it?");
        assert_eq!(text.plain(), "Is *this* it?");
        assert!(Text::from("  ").is_empty());
    }
}
