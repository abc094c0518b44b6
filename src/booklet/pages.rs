//! Typesetting the booklet's A5 pages: the cover, the article, the questions with lines to
//! write on, and the closing words, with running titles and page numbers.
//!
//! Everything here is measured in points from the top-left corner of an A5 page; drawing
//! (in [`super`]) converts to the PDF's millimetres from the bottom-left.

use crate::colour::Colour;
use crate::content::Project;
use crate::error::{Error, Result};
use crate::layout::{
    Align, Breaking, Fit, LayoutError, Line, ParagraphError, Slot, Span, Style, TextBlock, fit,
    keep_lines_together, paginate, set_ragged,
};
use crate::pdf::{Role, pt};

use super::blocks::{self, Block, BlockKind};
use super::impose::padded_page_count;

/// A5 page width, in millimetres.
pub const PAGE_WIDTH_MM: f32 = 148.0;
/// A5 page height, in millimetres.
pub const PAGE_HEIGHT_MM: f32 = 210.0;
/// The distance from the page's left and right edges to the text, in millimetres.
pub const SIDE_MARGIN_MM: f32 = 18.0;
/// The distance from the top edge to the first line of text, in millimetres.
const TOP_MARGIN_MM: f32 = 20.0;
/// The distance from the bottom edge to the lowest text of the column, in millimetres.
const BOTTOM_MARGIN_MM: f32 = 21.0;
/// Where the running title's baseline sits, from the top edge, in millimetres.
const RUNNING_TITLE_MM: f32 = 13.0;
/// Where the page number's baseline sits, from the bottom edge, in millimetres.
const PAGE_NUMBER_MM: f32 = 12.0;

/// Body text size and baseline distance, in points.
const BODY: (f32, f32) = (10.5, 15.0);
/// Space between paragraphs, in points.
const PARAGRAPH_GAP: f32 = 6.0;
/// How far each level of lists and quotes is indented, in points.
const INDENT_STEP: f32 = 16.0;
/// The gap between a hanging marker (a bullet, a number) and its text, in points.
const MARKER_GAP: f32 = 5.0;
/// The distance between the ruled lines for answers, in points (7.4 mm: room to write).
const ANSWER_LINE_PITCH: f32 = 21.0;
/// The heading of the ruled pages that make the booklet up to a whole number of sheets.
const NOTES_PAGE_HEADING: &str = "Your notes";

const INK: Colour = Colour::grey(0.1);
const MUTED: Colour = Colour::grey(0.38);
const RULE: Colour = Colour::grey(0.6);

/// Something drawn on a page, from the page's top-left corner, in points.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Lines of text with the top of the block at `top` and its left edge at `x`.
    Text {
        /// The text.
        block: TextBlock,
        /// Left edge.
        x: f32,
        /// Top edge (downwards from the top of the page).
        top: f32,
        /// Its colour.
        colour: Colour,
        /// What it is to a reader who follows the PDF's structure; `None` for page furniture
        /// (running titles, page numbers).
        role: Option<Role>,
        /// Whether it goes on the structure element of the text before it (a paragraph's
        /// second and later lines, the words after a list item's number).
        continues: bool,
    },
    /// Straight lines through `points`, each (x, downwards y); back to the first when
    /// `closed`.
    Stroke {
        /// The points, in order.
        points: Vec<(f32, f32)>,
        /// Whether the last point joins the first.
        closed: bool,
        /// Its thickness.
        width: f32,
        /// Its colour.
        colour: Colour,
    },
}

impl Mark {
    fn moved(mut self, dx: f32, dy: f32) -> Mark {
        match &mut self {
            Mark::Text { x, top, .. } => {
                *x += dx;
                *top += dy;
            }
            Mark::Stroke { points, .. } => {
                for point in points {
                    *point = (point.0 + dx, point.1 + dy);
                }
            }
        }
        self
    }
}

/// One A5 page of the booklet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// What is drawn on it.
    pub marks: Vec<Mark>,
}

/// One thing in the column of text: its place in the page flow and what it draws, from the
/// top-left corner of its slot.
struct Item {
    slot: Slot,
    marks: Vec<Mark>,
}

/// The size of the text column, in points.
fn column() -> (f32, f32) {
    (
        pt(PAGE_WIDTH_MM - 2.0 * SIDE_MARGIN_MM),
        pt(PAGE_HEIGHT_MM - TOP_MARGIN_MM - BOTTOM_MARGIN_MM),
    )
}

fn face(style: blocks::Style) -> Style {
    match (style.bold, style.italic) {
        (false, false) => Style::Regular,
        (false, true) => Style::Italic,
        (true, false) => Style::Bold,
        (true, true) => Style::BoldItalic,
    }
}

/// Who and what a piece of text is, for error messages.
#[derive(Clone, Copy)]
enum Source<'a> {
    Article,
    Deck(&'a str),
    Question(usize, &'a str),
}

fn cannot_set(source: Source, project: &Project, err: ParagraphError) -> Error {
    let (what, origin) = match source {
        Source::Article => ("the article".to_string(), project.article.body_origin()),
        Source::Deck(part) => (format!("the deck’s {part}"), project.deck.origin(part)),
        Source::Question(index, id) => (
            format!("question {} (`{id}`)", index + 1),
            project.deck.question_origin(index, "text"),
        ),
    };
    let error = match &err {
        ParagraphError::Layout(LayoutError::MissingGlyph { character, .. }) => {
            return Error::unprintable(&what, *character).located(origin);
        }
        ParagraphError::WordTooWide { .. } => {
            Error::new(format!("the booklet cannot print {what}: {err}")).with_hint(
                "add a space or a hyphen inside it, or shorten it, so it can break across lines",
            )
        }
        ParagraphError::Layout(_) => {
            Error::new(format!("the booklet cannot print {what}: {err}")).with_hint("shorten it")
        }
    };
    error.located(origin)
}

/// A thin horizontal rule from `x1` to `x2` at height `y`.
fn rule(x1: f32, x2: f32, y: f32, width: f32) -> Mark {
    Mark::Stroke {
        points: vec![(x1, y), (x2, y)],
        closed: false,
        width,
        colour: RULE,
    }
}

/// A single line of text as its own block, so each line can go on its own page.
fn single_line(block: &TextBlock, line: Line) -> TextBlock {
    TextBlock {
        lines: vec![line],
        size: block.size,
        leading: block.leading,
        ascent: block.ascent,
        descent: block.descent,
    }
}

/// The distance from the top of a line's slot to the top of its text block, which centres the
/// glyphs' height in the slot.
fn line_offset(block: &TextBlock) -> f32 {
    (block.leading - block.ascent - block.descent) / 2.0
}

/// How a paragraph is set.
#[derive(Clone, Copy)]
struct Setting {
    size: f32,
    leading: f32,
    colour: Colour,
    /// The space above it.
    gap: f32,
    /// Its left edge in the column.
    indent: f32,
    /// How its lines are broken.
    breaking: Breaking,
    /// How its lines sit in the column.
    align: Align,
    /// What it is in the PDF's structure.
    role: Role,
}

impl Setting {
    fn body(gap: f32) -> Setting {
        Setting {
            size: BODY.0,
            leading: BODY.1,
            colour: INK,
            gap,
            indent: 0.0,
            breaking: Breaking::Paragraph,
            align: Align::Left,
            role: Role::Paragraph,
        }
    }
}

/// Sets a paragraph as one item per line (so it can break across pages), with an optional
/// marker hanging to the left of its first line.
fn paragraph(spans: &[Span], marker: Option<&str>, setting: Setting) -> ParagraphResult {
    let (width, _) = column();
    let mut block = set_ragged(
        spans,
        width - setting.indent,
        setting.size,
        setting.leading,
        setting.breaking,
    )?;
    block.align(setting.align, width - setting.indent);
    let offset = line_offset(&block);
    let style = block
        .lines
        .first()
        .and_then(|l| l.runs.first())
        .map_or(Style::Regular, |r| r.style);
    let mut items: Vec<Item> = std::mem::take(&mut block.lines)
        .into_iter()
        .enumerate()
        .map(|(index, line)| Item {
            slot: Slot::new(setting.leading, if index == 0 { setting.gap } else { 0.0 }),
            marks: vec![Mark::Text {
                block: single_line(&block, line),
                x: setting.indent,
                top: offset,
                colour: setting.colour,
                role: Some(setting.role),
                continues: index > 0 || marker.is_some(),
            }],
        })
        .collect();
    if let (Some(marker), Some(first)) = (marker, items.first_mut()) {
        let mut mark = set_ragged(
            &[Span::new(marker, style)],
            width,
            setting.size,
            setting.leading,
            Breaking::Paragraph,
        )?;
        let marker_width = mark.width();
        mark.lines.truncate(1);
        // Before the text, so that it begins the element the text continues.
        first.marks.insert(
            0,
            Mark::Text {
                block: mark,
                // Hanging left of the text, but never into the margin.
                x: (setting.indent - MARKER_GAP - marker_width).max(0.0),
                top: offset,
                colour: setting.colour,
                role: Some(setting.role),
                continues: false,
            },
        );
    }
    let mut slots: Vec<Slot> = items.iter().map(|i| i.slot).collect();
    keep_lines_together(&mut slots);
    for (item, slot) in items.iter_mut().zip(slots) {
        item.slot = slot;
    }
    Ok(items)
}

type ParagraphResult = std::result::Result<Vec<Item>, ParagraphError>;

/// Sets a heading of `level` (1 is the highest) in balanced lines, every line kept with the
/// next, so a heading never ends a page.
fn heading(spans: &[Span], level: u8, size: f32, gap: f32) -> ParagraphResult {
    let mut items = paragraph(
        spans,
        None,
        Setting {
            size,
            leading: size * 1.25,
            breaking: Breaking::Balanced,
            role: Role::Heading(level),
            ..Setting::body(gap)
        },
    )?;
    for item in &mut items {
        item.slot.keep_with_next = true;
    }
    Ok(items)
}

fn spans_of(block: &Block, force_bold: bool) -> Vec<Span> {
    block
        .runs
        .iter()
        .map(|run| {
            let mut style = run.style;
            style.bold |= force_bold;
            Span::new(run.text.clone(), face(style))
        })
        .collect()
}

/// The article's body blocks as items.
fn article_body(markdown: &str) -> ParagraphResult {
    let mut items = Vec::new();
    let mut previous: Option<BlockKind> = None;
    for block in blocks::blocks(markdown) {
        let after_heading = matches!(previous, Some(BlockKind::Heading(_)));
        let gap = if previous.is_none() || after_heading {
            0.0
        } else if block.tight {
            2.0
        } else {
            PARAGRAPH_GAP
        };
        let indent = block.indent as f32 * INDENT_STEP;
        let spans = spans_of(&block, matches!(block.kind, BlockKind::Heading(_)));
        let set = match block.kind {
            BlockKind::Heading(level) => {
                let (size, above) = match level {
                    1 => (15.0, 20.0),
                    2 => (13.0, 16.0),
                    _ => (11.0, 12.0),
                };
                // Below the article's title, the only first-level heading.
                let gap = if previous.is_none() { 0.0 } else { above };
                let mut lines = heading(&spans, level + 1, size, gap)?;
                if let Some(last) = lines.last_mut() {
                    last.slot.height += 3.0;
                }
                lines
            }
            BlockKind::Paragraph => paragraph(
                &spans,
                block.marker.as_deref(),
                Setting {
                    indent,
                    colour: if block.quoted { MUTED } else { INK },
                    ..Setting::body(gap)
                },
            )?,
            BlockKind::Preformatted => paragraph(
                &spans,
                None,
                Setting {
                    size: 9.5,
                    leading: 13.0,
                    indent: indent + INDENT_STEP,
                    ..Setting::body(gap)
                },
            )?,
            BlockKind::Note => paragraph(
                &spans,
                block.marker.as_deref(),
                Setting {
                    size: 9.0,
                    leading: 12.5,
                    indent: INDENT_STEP,
                    ..Setting::body(gap.min(3.0))
                },
            )?,
            BlockKind::Rule => vec![ornament(gap + 4.0)],
        };
        items.extend(set);
        previous = Some(block.kind);
    }
    Ok(items)
}

/// A short centred rule: a pause between sections.
fn ornament(gap: f32) -> Item {
    let (width, _) = column();
    let half = pt(12.0);
    Item {
        slot: Slot::new(14.0, gap),
        marks: vec![rule(width / 2.0 - half, width / 2.0 + half, 7.0, 0.6)],
    }
}

/// The article's title, byline and text.
fn article(project: &Project) -> Result<Vec<Item>> {
    let article = &project.article;
    let fail = |e| cannot_set(Source::Article, project, e);
    let mut items = heading(
        &[Span::new(article.title.as_str(), Style::Bold)],
        1,
        17.0,
        0.0,
    )
    .map_err(fail)?;
    let mut byline = format!("{} · {}", article.author, article.date.human());
    if let Some(updated) = article.updated {
        byline.push_str(&format!(" · updated {}", updated.human()));
    }
    let mut by = paragraph(
        &[Span::new(byline, Style::Italic)],
        None,
        Setting {
            size: 9.5,
            leading: 13.0,
            colour: MUTED,
            ..Setting::body(4.0)
        },
    )
    .map_err(fail)?;
    for item in &mut by {
        item.slot.keep_with_next = true;
    }
    if let Some(last) = by.last_mut() {
        last.slot.height += 14.0;
    }
    items.extend(by);
    items.extend(article_body(&article.body).map_err(fail)?);
    Ok(items)
}

/// One question: its number hanging in the margin, its text, any follow-up, and the lines to
/// write on; one item, so it is never split across pages.
fn question(project: &Project, index: usize, answer_lines: usize) -> Result<Item> {
    let q = &project.deck.questions[index];
    let fail = |e| cannot_set(Source::Question(index, &q.id), project, e);
    let (width, _) = column();
    let indent = INDENT_STEP + 6.0;
    let setting = Setting {
        size: 11.5,
        leading: 15.5,
        indent,
        ..Setting::body(0.0)
    };
    let mut marks = Vec::new();
    let mut y = 0.0;
    if let Some(category) = &q.category {
        let line = paragraph(
            &[Span::new(category.as_str(), Style::Italic)],
            None,
            Setting {
                size: 9.0,
                leading: 12.0,
                colour: MUTED,
                ..setting
            },
        )
        .map_err(fail)?;
        y = place(&mut marks, line, y);
    }
    let text = paragraph(
        &[Span::new(q.text.as_str(), Style::Regular)],
        Some(&format!("{}.", index + 1)),
        setting,
    )
    .map_err(fail)?;
    y = place(&mut marks, text, y);
    if let Some(follow_up) = &q.follow_up {
        let line = paragraph(
            &[Span::new(follow_up.as_str(), Style::Italic)],
            None,
            Setting {
                size: 10.0,
                leading: 14.0,
                colour: MUTED,
                gap: 2.0,
                ..setting
            },
        )
        .map_err(fail)?;
        y = place(&mut marks, line, y + 2.0);
    }
    for _ in 0..answer_lines {
        y += ANSWER_LINE_PITCH;
        marks.push(rule(indent, width, y, 0.5));
    }
    let (_, page_height) = column();
    if y > page_height {
        return Err(Error::new(
            format!(
                "question {} (`{}`) is too long to fit on one booklet page with its {answer_lines} answer lines",
                index + 1,
                q.id
            ),
        )
        .located(project.deck.question_origin(index, "text"))
        .with_hint("shorten the question or its follow-up, or lower `answer_lines` under `booklet:` in content/settings.yaml"));
    }
    let slot = Slot::new(y + 4.0, if answer_lines > 0 { 16.0 } else { 9.0 });
    Ok(Item { slot, marks })
}

/// Moves the marks of consecutive line items into `marks`, starting at `y`; returns the
/// height reached.
fn place(marks: &mut Vec<Mark>, items: Vec<Item>, mut y: f32) -> f32 {
    for item in items {
        marks.extend(item.marks.into_iter().map(|m| m.moved(0.0, y)));
        y += item.slot.height;
    }
    y
}

/// The deck's introduction or closing words, in italic: paragraphs where the writer left a
/// blank line, a single line break read as a space.
fn words_paragraphs(text: &str, gap: f32, align: Align) -> ParagraphResult {
    let mut items = Vec::new();
    for (index, part) in text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        let gap = if index == 0 { gap } else { PARAGRAPH_GAP };
        let breaking = match align {
            Align::Left => Breaking::Paragraph,
            Align::Centre | Align::Right => Breaking::Balanced,
        };
        items.extend(paragraph(
            &[Span::new(part, Style::Italic)],
            None,
            Setting {
                breaking,
                align,
                ..Setting::body(gap)
            },
        )?);
    }
    Ok(items)
}

/// The questions part: a heading, the deck's introduction, the questions, the closing words.
fn questions(project: &Project, answer_lines: usize) -> Result<Vec<Item>> {
    let deck = &project.deck;
    let mut items = heading(&[Span::new(deck.title.as_str(), Style::Bold)], 1, 15.0, 0.0)
        .map_err(|e| cannot_set(Source::Deck("title"), project, e))?;
    if let Some(first) = items.first_mut() {
        first.slot.new_page = true;
    }
    if let Some(last) = items.last_mut() {
        last.slot.height += 6.0;
    }
    if let Some(introduction) = &deck.introduction {
        let mut intro = words_paragraphs(introduction, 0.0, Align::Left)
            .map_err(|e| cannot_set(Source::Deck("introduction"), project, e))?;
        if let Some(last) = intro.last_mut() {
            last.slot.height += 8.0;
        }
        items.extend(intro);
    }
    for index in 0..deck.questions.len() {
        let mut item = question(project, index, answer_lines)?;
        if index == 0 {
            item.slot.gap_before = 0.0;
        }
        items.push(item);
    }
    if let Some(closing) = &deck.closing {
        let mut pause = ornament(18.0);
        pause.slot.keep_with_next = true;
        items.push(pause);
        items.extend(
            words_paragraphs(closing, 6.0, Align::Centre)
                .map_err(|e| cannot_set(Source::Deck("closing"), project, e))?,
        );
    }
    Ok(items)
}

/// Sets centred text on the cover, `width` points wide, top at `top`.
fn cover_text(
    text: &str,
    style: Style,
    (min_size, max_size): (f32, f32),
    top: f32,
    colour: Colour,
    role: Role,
) -> std::result::Result<(Mark, f32), crate::layout::LayoutError> {
    let (width, _) = column();
    let block = fit(
        &[Span::new(text, style)],
        &Fit {
            width,
            height: pt(60.0),
            max_size,
            min_size,
            leading: 1.2,
            breaking: Breaking::Balanced,
            align: Align::Centre,
        },
    )?;
    let height = block.height();
    Ok((
        Mark::Text {
            block,
            x: 0.0,
            top,
            colour,
            role: Some(role),
            continues: false,
        },
        height,
    ))
}

/// The cover: the article's title, its author, and the deck's title with the number of
/// questions, inside a thin double frame.
fn cover(project: &Project) -> Result<Page> {
    let article = &project.article;
    let deck = &project.deck;
    let in_article = |e| cannot_set(Source::Article, project, ParagraphError::Layout(e));
    let in_deck = |e| cannot_set(Source::Deck("title"), project, ParagraphError::Layout(e));
    let mut marks = Vec::new();
    let mut y = pt(52.0);
    let (title, height) = cover_text(
        &article.title,
        Style::Bold,
        (14.0, 24.0),
        y,
        INK,
        Role::Heading(1),
    )
    .map_err(in_article)?;
    marks.push(title);
    y += height + 16.0;
    let (width, _) = column();
    marks.push(rule(width / 2.0 - 18.0, width / 2.0 + 18.0, y, 0.8));
    y += 16.0;
    let (author, _) = cover_text(
        &article.author,
        Style::Italic,
        (10.0, 13.0),
        y,
        INK,
        Role::Paragraph,
    )
    .map_err(in_article)?;
    marks.push(author);

    let mut y = pt(150.0);
    let (deck_title, height) = cover_text(
        &deck.title,
        Style::Regular,
        (10.0, 13.0),
        y,
        INK,
        Role::Paragraph,
    )
    .map_err(in_deck)?;
    marks.push(deck_title);
    y += height + 4.0;
    let count = deck.questions.len();
    let questions = format!(
        "{count} question{} to talk about together",
        if count == 1 { "" } else { "s" }
    );
    let (line, _) = cover_text(
        &questions,
        Style::Italic,
        (9.0, 10.0),
        y,
        MUTED,
        Role::Paragraph,
    )
    .map_err(in_deck)?;
    marks.push(line);

    let mut page = Page {
        marks: marks
            .into_iter()
            .map(|m| m.moved(pt(SIDE_MARGIN_MM), 0.0))
            .collect(),
    };
    frame(&mut page);
    Ok(page)
}

/// A thin double frame around the cover.
fn frame(page: &mut Page) {
    let (w, h) = (pt(PAGE_WIDTH_MM), pt(PAGE_HEIGHT_MM));
    for (inset, width) in [(pt(10.0), 0.8), (pt(11.5), 0.35)] {
        page.marks.push(Mark::Stroke {
            points: vec![
                (inset, inset),
                (w - inset, inset),
                (w - inset, h - inset),
                (inset, h - inset),
            ],
            closed: true,
            width,
            colour: RULE,
        });
    }
}

/// Centred small text on one line (a running title, a page number) with its baseline at
/// `baseline`; `None` if it does not fit on one line.
fn furniture(text: &str, style: Style, size: f32, baseline: f32) -> Option<Mark> {
    let (width, _) = column();
    let block = fit(
        &[Span::new(text, style)],
        &Fit {
            width,
            // Room for one line only.
            height: size * 1.9,
            max_size: size,
            min_size: size - 1.5,
            leading: 1.2,
            breaking: Breaking::Balanced,
            align: Align::Centre,
        },
    )
    .ok()?;
    Some(Mark::Text {
        top: baseline - block.ascent,
        block,
        x: pt(SIDE_MARGIN_MM),
        colour: MUTED,
        role: None,
        continues: false,
    })
}

/// Typesets the whole booklet in reading order: the cover first.
pub fn typeset(project: &Project) -> Result<Vec<Page>> {
    let answer_lines = project.settings.booklet.answer_lines;
    let mut items = article(project)?;
    items.extend(questions(project, answer_lines)?);
    let (_, height) = column();
    let slots: Vec<Slot> = items.iter().map(|i| i.slot).collect();
    let mut pages = vec![cover(project)?];
    // The site's title, or the deck's when that is too long for one line.
    let running_title = |baseline| {
        furniture(project.site_title(), Style::Italic, 8.5, baseline)
            .or_else(|| furniture(&project.deck.title, Style::Italic, 8.5, baseline))
    };
    let mut items = items.into_iter();
    let finish = |mut page: Page, number: usize| {
        page.marks.extend(running_title(pt(RUNNING_TITLE_MM)));
        page.marks.extend(furniture(
            &number.to_string(),
            Style::Regular,
            9.0,
            pt(PAGE_HEIGHT_MM - PAGE_NUMBER_MM),
        ));
        page
    };
    for range in paginate(&slots, height) {
        let mut page = Page::default();
        let mut y = pt(TOP_MARGIN_MM);
        for (n, item) in items.by_ref().take(range.len()).enumerate() {
            if n > 0 {
                y += item.slot.gap_before;
            }
            page.marks.extend(
                item.marks
                    .into_iter()
                    .map(|m| m.moved(pt(SIDE_MARGIN_MM), y)),
            );
            y += item.slot.height;
        }
        pages.push(finish(page, pages.len() + 1));
    }
    // A stapled booklet has a multiple of four pages. The pages that takes are ruled for notes,
    // but the last: the back cover.
    let whole = padded_page_count(pages.len());
    while pages.len() + 1 < whole {
        pages.push(finish(notes_page()?, pages.len() + 1));
    }
    if pages.len() < whole {
        pages.push(back_cover(project)?);
    }
    Ok(pages)
}

/// The back cover: the article's description (when it has one), framed like the front.
fn back_cover(project: &Project) -> Result<Page> {
    let mut page = Page::default();
    if let Some(description) = &project.article.description {
        let (text, _) = cover_text(
            description,
            Style::Italic,
            (9.0, 12.0),
            pt(88.0),
            MUTED,
            Role::Paragraph,
        )
            .map_err(|e| match e {
                LayoutError::DoesNotFit { .. } => Error::new(
                    "the article's `description` is too long for the booklet's back cover",
                )
                .located(project.article.origin("description"))
                .with_hint("shorten it to a sentence or two (search engines show only about 160 characters of it)"),
                missing => cannot_set(
                    Source::Article,
                    project,
                    ParagraphError::Layout(missing),
                ),
            })?;
        page.marks.push(text.moved(pt(SIDE_MARGIN_MM), 0.0));
    }
    frame(&mut page);
    Ok(page)
}

/// A page for the reader's own notes: a heading and ruled lines down to the foot of the column.
fn notes_page() -> Result<Page> {
    let title = heading(&[Span::new(NOTES_PAGE_HEADING, Style::Bold)], 1, 15.0, 0.0)
        .map_err(|e| Error::new(format!("the booklet cannot print its notes pages: {e}")))?;
    let mut marks = Vec::new();
    let mut y = place(&mut marks, title, 0.0) + 6.0;
    let (width, height) = column();
    while y + ANSWER_LINE_PITCH <= height {
        y += ANSWER_LINE_PITCH;
        marks.push(rule(0.0, width, y, 0.5));
    }
    Ok(Page {
        marks: marks
            .into_iter()
            .map(|m| m.moved(pt(SIDE_MARGIN_MM), pt(TOP_MARGIN_MM)))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Question;

    fn seed() -> Project {
        Project::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    fn texts(page: &Page) -> Vec<String> {
        page.marks
            .iter()
            .filter_map(|m| match m {
                Mark::Text { block, .. } => Some(block.text()),
                Mark::Stroke { .. } => None,
            })
            .collect()
    }

    fn is_question_number(text: &str) -> bool {
        text.strip_suffix('.')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    }

    /// A page in a frame (as both covers are).
    fn is_back_cover(page: &Page) -> bool {
        page.marks
            .iter()
            .any(|m| matches!(m, Mark::Stroke { closed: true, .. }))
    }

    fn is_notes_page(page: &Page) -> bool {
        texts(page).iter().any(|t| t == NOTES_PAGE_HEADING)
    }

    /// Answer lines (and notes pages' lines): the only strokes half a point thick.
    fn answer_lines(page: &Page) -> usize {
        page.marks
            .iter()
            .filter(|m| matches!(m, Mark::Stroke { width, .. } if *width == 0.5))
            .count()
    }

    #[test]
    fn questions_stay_whole_with_their_lines_in_order() {
        for lines in [0, 4, crate::settings::MAX_ANSWER_LINES] {
            let mut project = seed();
            project.settings.booklet.answer_lines = lines;
            let pages = typeset(&project).unwrap();
            let mut numbers = Vec::new();
            for page in pages.iter().filter(|p| !is_notes_page(p)) {
                let on_page: Vec<String> = texts(page)
                    .into_iter()
                    .filter(|t| is_question_number(t))
                    .collect();
                assert_eq!(answer_lines(page), lines * on_page.len());
                numbers.extend(on_page);
            }
            let expected: Vec<String> = (1..=20).map(|n| format!("{n}.")).collect();
            assert_eq!(numbers, expected, "{lines} lines");
        }
    }

    #[test]
    fn text_stays_in_the_column_and_pages_are_numbered() {
        let mut project = seed();
        // A long question and a long follow-up, to fill pages.
        project.deck.questions[3].follow_up = Some(project.deck.questions[4].text.repeat(3));
        let pages = typeset(&project).unwrap();
        let (left, right) = (pt(SIDE_MARGIN_MM), pt(PAGE_WIDTH_MM - SIDE_MARGIN_MM));
        let bottom = pt(PAGE_HEIGHT_MM - PAGE_NUMBER_MM + 4.0);
        for (index, page) in pages.iter().enumerate() {
            for mark in &page.marks {
                if let Mark::Text { block, x, top, .. } = mark {
                    for line in &block.lines {
                        assert!(x + line.x >= left - 0.01, "{}", block.text());
                        assert!(x + line.x + line.width <= right + 0.01, "{}", block.text());
                    }
                    assert!(top + block.height() <= bottom, "{}", block.text());
                    assert!(*top >= pt(8.0), "{}", block.text());
                }
            }
            let number = (index + 1).to_string();
            let back_cover = index + 1 == pages.len() && is_back_cover(page);
            assert_eq!(
                texts(page).contains(&number),
                index > 0 && !back_cover,
                "page {number}"
            );
        }
        assert!(texts(&pages[0]).contains(&project.deck.title));
    }

    #[test]
    fn the_article_comes_first_then_the_questions_on_a_new_page() {
        let pages = typeset(&seed()).unwrap();
        let first_question = pages
            .iter()
            .position(|p| texts(p).iter().any(|t| t == "1."))
            .unwrap();
        let article_end = pages
            .iter()
            .position(|p| texts(p).iter().any(|t| t.contains("Ready to transform")))
            .unwrap();
        assert!(article_end < first_question);
        assert!(
            texts(&pages[1])
                .iter()
                .any(|t| t.starts_with("Tim Jackson, LMFT · Sep 30, 2024"))
        );
        let last = pages[..pages.len() - 1]
            .iter()
            .rev()
            .find(|p| !is_notes_page(p))
            .unwrap();
        let last = texts(last).join(" ");
        assert!(last.contains("These questions can create"), "{last}");
    }

    #[test]
    fn the_booklet_fills_whole_sheets_with_notes_pages_and_a_blank_back() {
        for lines in [0, 4, crate::settings::MAX_ANSWER_LINES] {
            let mut project = seed();
            project.settings.booklet.answer_lines = lines;
            let pages = typeset(&project).unwrap();
            assert_eq!(pages.len() % 4, 0, "{lines} lines: {} pages", pages.len());
            let content = pages[..pages.len() - 1]
                .iter()
                .rposition(|p| !is_notes_page(p))
                .unwrap();
            let padding = &pages[content + 1..];
            assert!(padding.len() < 4);
            if let Some((back, notes)) = padding.split_last() {
                assert!(is_back_cover(back));
                let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
                let description = project.article.description.as_deref().unwrap();
                assert_eq!(
                    texts(back).iter().map(|t| words(t)).collect::<Vec<_>>(),
                    [words(description)],
                    "the back cover shows the article's description and no page number"
                );
                for page in notes {
                    assert!(is_notes_page(page));
                    assert!(answer_lines(page) >= 20, "ruled down the page");
                }
            }
        }
    }

    #[test]
    fn an_overlong_description_is_explained() {
        let mut project = seed();
        project.article.description = Some("Words that go on and on. ".repeat(300));
        let Err(err) = typeset(&project) else {
            panic!("a description of 1,800 words fitted the back cover");
        };
        assert!(err.to_string().contains("article.md"), "{err}");
        assert!(
            err.to_string().contains("`description` is too long"),
            "{err}"
        );
    }

    #[test]
    fn a_character_the_font_lacks_names_the_question() {
        let mut project = seed();
        project.deck.questions.push(Question {
            id: "tea".to_string(),
            text: "Do you like 茶?".to_string(),
            category: None,
            follow_up: None,
        });
        let err = typeset(&project).unwrap_err();
        assert!(err.to_string().contains("question 21 (`tea`)"), "{err}");
        assert!(err.to_string().contains("questions.yaml"), "{err}");
        assert!(err.hint.is_some());
    }

    #[test]
    fn a_question_too_long_for_a_page_is_an_error() {
        let mut project = seed();
        project.settings.booklet.answer_lines = crate::settings::MAX_ANSWER_LINES;
        project.deck.questions[1].follow_up = Some("Say more about it. ".repeat(60));
        let err = typeset(&project).unwrap_err();
        assert!(err.message.contains("question 2 (`most-loved`)"), "{err}");
        assert!(err.hint.unwrap().contains("answer_lines"));
    }

    #[test]
    fn introduction_paragraphs_break_at_blank_lines() {
        let mut project = seed();
        project.deck.introduction = Some("First part\nstill first.\n\nSecond part.".to_string());
        let pages = typeset(&project).unwrap();
        let all: Vec<String> = pages.iter().flat_map(texts).collect();
        assert!(
            all.contains(&"First part still first.".to_string()),
            "{all:?}"
        );
        assert!(all.contains(&"Second part.".to_string()));
    }

    #[test]
    fn a_word_too_long_for_a_line_names_the_article() {
        let mut project = seed();
        project.article.body = format!("Some {} here.\n", "a".repeat(120));
        let err = typeset(&project).unwrap_err();
        assert!(err.to_string().contains("article.md"), "{err}");
        assert!(
            err.to_string().contains("too long to fit on one line"),
            "{err}"
        );
    }
}
