//! The article's Markdown as typed blocks for print: headings, paragraphs of styled runs,
//! list items with their markers, quotes, preformatted text and rules.
//!
//! Read from pulldown-cmark events (with the same options as the site), not from HTML. Nesting
//! is flattened into an indent level per block, which is all a page layout needs. Links are
//! shown as their text followed by the address they lead to in brackets (an address on the
//! site is printed in full when the site's address is known; see [`printed_address`]), images
//! as their description, and footnotes become superscript
//! numbers in the text with the notes gathered under "Notes" at the end.

use std::collections::HashMap;

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use crate::markdown;
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
}

impl Block {
    fn new(kind: BlockKind, indent: usize, quoted: bool) -> Self {
        Block {
            kind,
            runs: Vec::new(),
            indent,
            quoted,
            marker: None,
            tight: false,
        }
    }

    /// All its text, runs joined: for tests and for measuring.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    fn push(&mut self, text: &str, style: Style) {
        match self.runs.last_mut() {
            Some(last) if last.style == style => last.text.push_str(text),
            _ => self.runs.push(Run {
                text: text.to_string(),
                style,
            }),
        }
    }

    /// Removes spaces at the start and end of the text (and empty runs).
    fn trim(&mut self) {
        if let Some(first) = self.runs.first_mut() {
            first.text = first.text.trim_start_matches(' ').to_string();
        }
        if let Some(last) = self.runs.last_mut() {
            last.text = last.text.trim_end().to_string();
        }
        self.runs.retain(|r| !r.text.is_empty());
    }
}

/// What encloses the text being read.
enum Container {
    Quote,
    List {
        next_number: Option<u64>,
        tight: bool,
        items: usize,
    },
    Item {
        marker: Option<String>,
    },
}

/// The state of the walk through the events.
#[derive(Default)]
struct Reader {
    containers: Vec<Container>,
    current: Option<Block>,
    bold: usize,
    italic: usize,
    /// Footnote labels in order of first reference; a note's number is its place here + 1.
    note_order: Vec<String>,
    /// The blocks of each footnote, by label.
    notes: HashMap<String, Vec<Block>>,
    /// The label of the footnote being read, if any.
    in_note: Option<String>,
    /// Labels of footnotes in the order they are defined.
    defined: Vec<String>,
    blocks: Vec<Block>,
    /// Inside a table header row: its cells are set in bold.
    table_head: bool,
    /// Inside an HTML block, whose markup is not printed.
    in_html: bool,
    /// The site's address (`base_url`), if known, for printing where its own links lead.
    base_url: Option<String>,
    /// The heading put above the footnotes gathered at the end ("Notes").
    notes_heading: String,
    /// The links being read: where each leads, and how much of its block's text came before
    /// it.
    links: Vec<(String, usize)>,
}

impl Reader {
    fn indent(&self) -> usize {
        self.containers
            .iter()
            .filter(|c| !matches!(c, Container::Item { .. }))
            .count()
    }

    fn quoted(&self) -> bool {
        self.containers
            .iter()
            .any(|c| matches!(c, Container::Quote))
    }

    fn style(&self) -> Style {
        Style {
            bold: self.bold > 0 || self.table_head,
            italic: self.italic > 0,
        }
    }

    /// Starts a block, taking the marker of the list item it opens, if any.
    fn open(&mut self, kind: BlockKind) {
        self.close();
        let mut block = Block::new(kind, self.indent(), self.quoted());
        // An item of a tight list, after the list's first, follows the one before closely.
        let close_follower = self.containers.iter().rev().find_map(|c| match c {
            Container::List { tight, items, .. } => Some(*tight && *items > 1),
            _ => None,
        });
        if let Some(Container::Item { marker }) = self.containers.last_mut() {
            block.marker = marker.take();
            block.tight = block.marker.is_some() && close_follower.unwrap_or(false);
        }
        self.current = Some(block);
    }

    /// Finishes the current block, if any, and files it.
    fn close(&mut self) {
        let Some(mut block) = self.current.take() else {
            return;
        };
        if block.kind == BlockKind::Preformatted {
            if let Some(last) = block.runs.last_mut() {
                last.text = last.text.trim_end_matches('\n').to_string();
            }
        } else {
            block.trim();
        }
        if block.runs.is_empty() && block.kind != BlockKind::Rule {
            return;
        }
        match &self.in_note {
            Some(label) => self.notes.entry(label.clone()).or_default().push(block),
            None => self.blocks.push(block),
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_html {
            return;
        }
        if self.current.is_none() {
            // Items of a tight list hold their text without a paragraph around it.
            self.open(BlockKind::Paragraph);
        }
        let style = self.style();
        if let Some(block) = &mut self.current {
            block.push(text, style);
        }
    }

    fn note_number(&mut self, label: &str) -> usize {
        match self.note_order.iter().position(|l| l == label) {
            Some(index) => index + 1,
            None => {
                self.note_order.push(label.to_string());
                self.note_order.len()
            }
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => self.open(BlockKind::Paragraph),
            Tag::Heading { level, .. } => self.open(BlockKind::Heading(heading_level(level))),
            Tag::CodeBlock(_) => self.open(BlockKind::Preformatted),
            Tag::BlockQuote(_) => {
                self.close();
                self.containers.push(Container::Quote);
            }
            Tag::List(first) => {
                self.close();
                self.containers.push(Container::List {
                    next_number: first,
                    tight: true,
                    items: 0,
                });
            }
            Tag::Item => {
                self.close();
                let marker = match self.containers.last_mut() {
                    Some(Container::List {
                        next_number, items, ..
                    }) => {
                        *items += 1;
                        match next_number {
                            Some(n) => {
                                *n += 1;
                                format!("{}.", *n - 1)
                            }
                            None => "•".to_string(),
                        }
                    }
                    _ => "•".to_string(),
                };
                self.containers.push(Container::Item {
                    marker: Some(marker),
                });
            }
            Tag::FootnoteDefinition(label) => {
                self.close();
                self.defined.push(label.to_string());
                self.in_note = Some(label.to_string());
            }
            Tag::TableHead => {
                self.table_head = true;
                self.open(BlockKind::Paragraph);
            }
            Tag::TableRow => self.open(BlockKind::Paragraph),
            Tag::TableCell => {
                let not_first = self.current.as_ref().is_some_and(|b| !b.runs.is_empty());
                if not_first {
                    self.text(" · ");
                }
            }
            Tag::HtmlBlock => self.in_html = true,
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Link { dest_url, .. } => {
                let before = self.current.as_ref().map_or(0, |b| b.text().len());
                self.links.push((dest_url.to_string(), before));
            }
            // Shown as their text: images (their description), struck-out text.
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::TableHead
            | TagEnd::TableRow => {
                if tag == TagEnd::TableHead {
                    self.table_head = false;
                }
                self.close();
            }
            TagEnd::BlockQuote(_) | TagEnd::Item => {
                self.close();
                self.containers.pop();
            }
            TagEnd::List(_) => {
                self.close();
                self.containers.pop();
            }
            TagEnd::FootnoteDefinition => {
                self.close();
                self.in_note = None;
            }
            TagEnd::HtmlBlock => self.in_html = false,
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Link => self.end_link(),
            _ => {}
        }
    }

    /// After a link's text, the address it leads to in brackets, unless the text says it.
    fn end_link(&mut self) {
        let Some((destination, before)) = self.links.pop() else {
            return;
        };
        let Some(address) = printed_address(&destination, self.base_url.as_deref()) else {
            return;
        };
        let shown = self
            .current
            .as_ref()
            .map(|b| {
                b.text()
                    .get(before..)
                    .unwrap_or_default()
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        let bare = |text: &str| {
            let text = text.trim_end_matches('/');
            ["https://", "http://", "mailto:"]
                .iter()
                .find_map(|scheme| text.strip_prefix(scheme))
                .unwrap_or(text)
                .to_string()
        };
        if bare(&shown) != bare(&address) {
            let style = Style {
                bold: false,
                ..self.style()
            };
            if let Some(block) = &mut self.current {
                block.push(&format!(" ({address})"), style);
            }
        }
    }

    /// Marks the innermost list as loose: its items are spaced like paragraphs.
    fn loosen_list(&mut self) {
        if let Some(Container::List { tight, .. }) = self
            .containers
            .iter_mut()
            .rev()
            .find(|c| matches!(c, Container::List { .. }))
        {
            *tight = false;
        }
    }

    /// The blocks, with the footnotes gathered under a "Notes" heading at the end.
    fn finish(mut self) -> Vec<Block> {
        self.close();
        for label in &self.defined {
            if !self.note_order.contains(label) {
                self.note_order.push(label.clone());
            }
        }
        let mut notes = Vec::new();
        for (index, label) in self.note_order.iter().enumerate() {
            let Some(blocks) = self.notes.remove(label) else {
                continue;
            };
            for (i, mut block) in blocks.into_iter().enumerate() {
                if block.kind == BlockKind::Paragraph {
                    block.kind = BlockKind::Note;
                }
                block.indent = 0;
                if i == 0 {
                    block.marker = Some(format!("{}.", index + 1));
                }
                notes.push(block);
            }
        }
        if !notes.is_empty() {
            let mut heading = Block::new(BlockKind::Heading(2), 0, false);
            heading.push(&self.notes_heading, Style::default());
            self.blocks.push(heading);
            self.blocks.extend(notes);
        }
        self.blocks
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

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
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
    let mut reader = Reader {
        base_url: base_url.map(str::to_string),
        notes_heading: notes_heading.to_string(),
        ..Reader::default()
    };
    let events = markdown::events(markdown_text, typographer);
    for event in &events {
        match event {
            Event::Start(tag) => {
                // A paragraph directly inside an item makes its list loose.
                if matches!(tag, Tag::Paragraph)
                    && matches!(reader.containers.last(), Some(Container::Item { .. }))
                {
                    reader.loosen_list();
                }
                reader.start(tag.clone());
            }
            Event::End(tag) => reader.end(*tag),
            Event::Text(text) | Event::Code(text) => reader.text(text),
            Event::SoftBreak => reader.text(" "),
            Event::HardBreak => reader.text("\n"),
            Event::FootnoteReference(label) => {
                let number = reader.note_number(label);
                reader.text(&superscript(number));
            }
            Event::Rule => {
                reader.open(BlockKind::Rule);
                reader.close();
            }
            // Raw HTML is markup for the site, not text to print.
            _ => {}
        }
    }
    reader.finish()
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
        assert_eq!(styles(&b[3]), vec![("H · I", true, false)]);
        assert_eq!(b[4].text(), "c · d");
        assert_eq!(b[5].text(), "kept");
        assert_eq!(b.len(), 6);
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
