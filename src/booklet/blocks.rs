//! The article's Markdown as typed blocks for print: headings, paragraphs of styled runs,
//! list items with their markers, quotes, preformatted text, rules, pictures and tables.
//!
//! Read from pulldown-cmark events (with the same options as the site), not from HTML. Nesting
//! is flattened into an indent level per block, which is all a page layout needs. Links are
//! shown as their text followed by the address they lead to in brackets (an address on the
//! site is printed in full when the site's address is known; see [`printed_address`]), a
//! picture becomes a block of its own after the text it stands in (captioned with its
//! description), and footnotes become superscript numbers in the text with the notes gathered
//! under "Notes" at the end.

use crate::layout::Align;
use crate::words::Typographer;

/// Which face of the family a run is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Style {
    /// Set in the bold face.
    pub bold: bool,
    /// Set in the italic face.
    pub italic: bool,
}

/// A piece of text set in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The text; `\n` is a forced line break.
    pub text: String,
    /// Its face.
    pub style: Style,
}

/// What a block is, which decides its type size and spacing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading, level 1 (`#`) to 6.
    Heading(u8),
    /// Running text.
    Paragraph,
    /// Text whose line breaks are kept as written (a code block).
    Preformatted,
    /// A note from the "Notes" section, set smaller.
    Note,
    /// A horizontal rule (a section break).
    Rule,
    /// A picture: its address in [`Block::source`], its caption (the alt text, or the title
    /// when there is none) in the runs.
    Picture,
    /// A table: its cells in [`Block::rows`], the first row its header.
    Table,
}

/// One block of the article, ready to be broken into lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Its text (empty for a rule).
    pub runs: Vec<Run>,
    /// How many steps it is indented: one per enclosing list or block quote.
    pub indent: usize,
    /// Whether it sits inside a block quote.
    pub quoted: bool,
    /// A marker hanging before its first line: "•" or "3." for a list item, "1." for a note.
    pub marker: Option<String>,
    /// Whether it follows the previous block closely (items of a tight list).
    pub tight: bool,
    /// Where a picture's file is, as the Markdown gives it (`pictures/lake.jpg`).
    pub source: Option<String>,
    /// A picture's description (`![A lake at dawn](…)`), read aloud to readers who cannot
    /// see it; `None` when it has none.
    pub alt: Option<String>,
    /// A table's rows, each a list of cells, each cell its runs; the header row first.
    pub rows: Vec<Vec<Vec<Run>>>,
    /// How a table's columns are aligned, as the Markdown's `|:--|--:|` row says.
    pub columns: Vec<Align>,
}

impl Block {
    pub(super) fn new(kind: BlockKind, indent: usize, quoted: bool) -> Self {
        Block {
            kind,
            runs: Vec::new(),
            indent,
            quoted,
            marker: None,
            tight: false,
            source: None,
            alt: None,
            rows: Vec::new(),
            columns: Vec::new(),
        }
    }

    /// All its text, runs joined: for tests and for measuring.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    pub(super) fn push(&mut self, text: &str, style: Style) {
        match self.runs.last_mut() {
            Some(last) if last.style == style => last.text.push_str(text),
            _ => self.runs.push(Run {
                text: text.to_string(),
                style,
            }),
        }
    }

    /// Removes spaces at the start and end of the text (and empty runs).
    pub(super) fn trim(&mut self) {
        if let Some(first) = self.runs.first_mut() {
            first.text = first.text.trim_start_matches(' ').to_string();
        }
        if let Some(last) = self.runs.last_mut() {
            last.text = last.text.trim_end().to_string();
        }
        self.runs.retain(|r| !r.text.is_empty());
    }
}

/// A footnote's number in superscript digits ("¹²"), which the book fonts have.
pub fn superscript(number: usize) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    number
        .to_string()
        .chars()
        .filter_map(|d| d.to_digit(10).map(|d| DIGITS[d as usize]))
        .collect()
}

/// Where a link to `destination` leads, as printed after its text: a web or e-mail address as
/// it is written (without `mailto:`); an address on the site (`cards/`, `/about/`) after the
/// site's address `base_url`, or nothing when that is not known; nothing for a place on the
/// same page (`#notes`).
pub fn printed_address(destination: &str, base_url: Option<&str>) -> Option<String> {
    let destination = destination.trim();
    if destination.is_empty() || destination.starts_with('#') {
        return None;
    }
    if let Some(address) = destination.strip_prefix("mailto:") {
        return Some(address.to_string());
    }
    let has_scheme = destination
        .split_once(':')
        .is_some_and(|(scheme, _)| scheme.chars().all(|c| c.is_ascii_alphanumeric()));
    if has_scheme || destination.starts_with("//") {
        return Some(destination.to_string());
    }
    let base = base_url?.trim_end_matches('/');
    let path = destination.trim_start_matches("./").trim_start_matches('/');
    Some(format!("{base}/{path}"))
}

/// Reads Markdown into blocks for print; `base_url` is the site's address, if known, and
/// `notes_heading` the heading above the footnotes, in the reader's language, whose quotes and
/// dashes `typographer` sets.
pub fn blocks(
    markdown_text: &str,
    base_url: Option<&str>,
    notes_heading: &str,
    typographer: &mut Typographer,
) -> Vec<Block> {
    super::reader::read(markdown_text, base_url, notes_heading, typographer)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks of `markdown_text`, its footnotes under "Notes".
    fn blocks(markdown_text: &str, base_url: Option<&str>) -> Vec<Block> {
        let mut typographer = crate::words::Words::for_language("en").typographer();
        super::blocks(markdown_text, base_url, "Notes", &mut typographer)
    }

    fn styles(block: &Block) -> Vec<(&str, bool, bool)> {
        block
            .runs
            .iter()
            .map(|r| (r.text.as_str(), r.style.bold, r.style.italic))
            .collect()
    }

    #[test]
    fn paragraphs_with_styled_runs_and_smart_punctuation() {
        let b = blocks(
            "It's *very* **much** ***so***, see [the site](https://x.org).\nNext line.\n",
            None,
        );
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].kind, BlockKind::Paragraph);
        assert_eq!(
            styles(&b[0]),
            vec![
                ("It’s ", false, false),
                ("very", false, true),
                (" ", false, false),
                ("much", true, false),
                (" ", false, false),
                ("so", true, true),
                (", see the site (https://x.org). Next line.", false, false),
            ]
        );
    }

    #[test]
    fn headings_keep_their_level() {
        let b = blocks("# One\n\nText.\n\n### Three *it*\n", None);
        assert_eq!(b[0].kind, BlockKind::Heading(1));
        assert_eq!(b[0].text(), "One");
        assert_eq!(b[2].kind, BlockKind::Heading(3));
        assert_eq!(b[2].text(), "Three it");
    }

    #[test]
    fn tight_and_loose_lists_get_markers_and_indents() {
        let b = blocks(
            "- a\n- b\n  1. x\n  2. y\n\nAfter.\n\n3. loose\n\n4. list\n",
            None,
        );
        let summary: Vec<_> = b
            .iter()
            .map(|b| (b.text(), b.marker.clone(), b.indent, b.tight))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("a".into(), Some("•".into()), 1, false),
                ("b".into(), Some("•".into()), 1, true),
                ("x".into(), Some("1.".into()), 2, false),
                ("y".into(), Some("2.".into()), 2, true),
                ("After.".into(), None, 0, false),
                ("loose".into(), Some("3.".into()), 1, false),
                ("list".into(), Some("4.".into()), 1, false),
            ]
        );
    }

    #[test]
    fn quotes_are_indented_and_marked() {
        let b = blocks("> Quoted *words*.\n>\n> Two.\n\nPlain.\n", None);
        assert_eq!(b.len(), 3);
        assert!(b[0].quoted && b[1].quoted && !b[2].quoted);
        assert_eq!(b[0].indent, 1);
        assert_eq!(b[2].indent, 0);
    }

    #[test]
    fn footnotes_become_numbered_notes_at_the_end() {
        let b = blocks(
            "First[^b] and second[^a].\n\n[^a]: Note A.\n\n[^b]: Note *B*.\n",
            None,
        );
        assert_eq!(b[0].text(), "First¹ and second².");
        assert_eq!(b[1].kind, BlockKind::Heading(2));
        assert_eq!(b[1].text(), "Notes");
        assert_eq!(b[2].kind, BlockKind::Note);
        assert_eq!(b[2].marker.as_deref(), Some("1."));
        assert_eq!(b[2].text(), "Note B.");
        assert_eq!(b[3].marker.as_deref(), Some("2."));
        assert_eq!(b[3].text(), "Note A.");
    }

    #[test]
    fn superscript_digits_exist_in_every_face() {
        assert_eq!(superscript(10), "¹⁰");
        let all = (0..10).map(superscript).collect::<String>();
        for style in crate::layout::Style::ALL {
            assert!(crate::layout::shape(&all, style).is_ok(), "{style:?}");
        }
    }

    #[test]
    fn code_rules_breaks_tables_and_html() {
        let b = blocks(
            "```\nline one\n  line two\n```\n\n---\n\nA  \nB\n\n| H | I |\n|---|---|\n| c | d |\n\n<div>\n\nkept\n\n</div>\n",
            None,
        );
        assert_eq!(b[0].kind, BlockKind::Preformatted);
        assert_eq!(b[0].text(), "line one\n  line two");
        assert_eq!(b[1].kind, BlockKind::Rule);
        assert_eq!(b[2].text(), "A\nB");
        assert_eq!(b[3].kind, BlockKind::Table);
        let cells: Vec<Vec<(String, bool)>> = b[3]
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|cell| (cell[0].text.clone(), cell[0].style.bold))
                    .collect()
            })
            .collect();
        assert_eq!(
            cells,
            [
                [("H".to_string(), true), ("I".to_string(), true)],
                [("c".to_string(), false), ("d".to_string(), false)]
            ]
        );
        assert_eq!(b[4].text(), "kept");
        assert_eq!(b.len(), 5);
    }

    #[test]
    fn links_print_where_they_lead_unless_their_text_says_it() {
        let text = "[Our deck](cards/), [*Jo*](mailto:jo@x.org), <https://x.org>, \
                    [x.org](https://x.org/), [notes](#notes) and [more](https://y.org/a?b).\n";
        let site = Some("https://example.org/empathy/");
        assert_eq!(
            blocks(text, site)[0].text(),
            "Our deck (https://example.org/empathy/cards/), Jo (jo@x.org), https://x.org, \
             x.org, notes and more (https://y.org/a?b)."
        );
        // Without the site's address, a link on the site leads nowhere on paper: no address.
        assert!(
            blocks(text, None)[0]
                .text()
                .starts_with("Our deck, Jo (jo@x.org)")
        );
        assert_eq!(
            printed_address("/about/", site).unwrap(),
            "https://example.org/empathy/about/"
        );
    }
}
