//! The walk through pulldown-cmark's events that [`super::blocks::blocks`] makes: which
//! containers (quotes, lists, items, footnotes) enclose the text, the styles in force, and
//! the links being read, filed as [`Block`]s.

use std::collections::HashMap;

use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

use super::blocks::{Block, BlockKind, Style, printed_address, superscript};
use crate::layout::Align;
use crate::markdown;
use crate::words::Typographer;

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
    /// The table being read, its rows so far.
    table: Option<Block>,
    /// Inside an HTML block, whose markup is not printed.
    in_html: bool,
    /// The picture being read: its address, title and description so far.
    picture: Option<(String, String, String)>,
    /// Pictures read inside the current block, filed after it.
    pictures: Vec<Block>,
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
        if let Some(block) = self.current.take() {
            self.file(block);
        }
        for picture in std::mem::take(&mut self.pictures) {
            self.file(picture);
        }
    }

    /// Files a finished block with the notes or the article's blocks (unless it is empty).
    fn file(&mut self, mut block: Block) {
        if block.kind == BlockKind::Preformatted {
            if let Some(last) = block.runs.last_mut() {
                last.text = last.text.trim_end_matches('\n').to_string();
            }
        } else {
            block.trim();
        }
        let empty = match block.kind {
            BlockKind::Rule | BlockKind::Picture => false,
            BlockKind::Table => block.rows.is_empty(),
            _ => block.runs.is_empty(),
        };
        if empty {
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
        if let Some((_, _, description)) = &mut self.picture {
            description.push_str(text);
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
            Tag::Table(alignments) => {
                self.close();
                let mut table = Block::new(BlockKind::Table, self.indent(), self.quoted());
                table.columns = alignments
                    .iter()
                    .map(|alignment| match alignment {
                        Alignment::Right => Align::Right,
                        Alignment::Center => Align::Centre,
                        Alignment::Left | Alignment::None => Align::Left,
                    })
                    .collect();
                self.table = Some(table);
            }
            Tag::TableHead | Tag::TableRow => {
                self.table_head = tag == Tag::TableHead;
                if let Some(table) = &mut self.table {
                    table.rows.push(Vec::new());
                }
            }
            // Each cell is read as a block of its own, so links and styles work as anywhere.
            Tag::TableCell => self.current = Some(Block::new(BlockKind::Paragraph, 0, false)),
            Tag::HtmlBlock => self.in_html = true,
            Tag::Image {
                dest_url, title, ..
            } => self.picture = Some((dest_url.to_string(), title.to_string(), String::new())),
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
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock => self.close(),
            TagEnd::TableHead => self.table_head = false,
            TagEnd::TableCell => {
                let mut cell = self
                    .current
                    .take()
                    .unwrap_or_else(|| Block::new(BlockKind::Paragraph, 0, false));
                cell.trim();
                if let Some(row) = self.table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(cell.runs);
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.file(table);
                }
                for picture in std::mem::take(&mut self.pictures) {
                    self.file(picture);
                }
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
            TagEnd::Image => self.end_picture(),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Link => self.end_link(),
            _ => {}
        }
    }

    /// A picture becomes a block of its own, filed after the block it stands in, captioned
    /// with its description (or its title when it has none).
    fn end_picture(&mut self) {
        let Some((source, title, description)) = self.picture.take() else {
            return;
        };
        let described = !description.trim().is_empty();
        let caption = if described { description } else { title };
        let mut block = Block::new(BlockKind::Picture, self.indent(), self.quoted());
        block.push(caption.trim(), Style::default());
        block.source = Some(source);
        block.alt = described.then(|| caption.trim().to_string());
        self.pictures.push(block);
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

/// Reads Markdown into blocks for print (see [`super::blocks::blocks`]).
pub(super) fn read(
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
