//! The article in the booklet: its title, the byline, and its Markdown body read as
//! [`super::blocks`] and set as headings, paragraphs, lists, quotes, notes, pictures and
//! pauses.

use crate::content::{Article, Printed};
use crate::display::pt;
use crate::error::Result;
use crate::layout::{Slot, Span, Style};
use crate::words::{Key, Typographer};

use super::blocks::{self, Block, BlockKind};
use super::column::{Item, ParagraphResult, heading, paragraph, rule};
use super::picture::{Pictures, picture};
use super::problems::{Source, cannot_set};
use super::style::{INDENT_STEP, INK, MUTED, PARAGRAPH_GAP, Setting, column, face};
use super::table::table;

pub(super) fn spans_of(block: &Block, force_bold: bool) -> Vec<Span> {
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

/// The article's body blocks as items; `base_url` is the site's address, if known, and
/// `notes_heading` the heading above its footnotes, `typographer` the language's quotes and
/// dashes, and `pictures` where the pictures it shows are found.
pub(super) fn article_body(
    markdown: &str,
    base_url: Option<&str>,
    notes_heading: &str,
    typographer: &mut Typographer,
    pictures: &mut Pictures,
) -> ParagraphResult {
    let mut items = Vec::new();
    let mut previous: Option<BlockKind> = None;
    for block in blocks::blocks(markdown, base_url, notes_heading, typographer) {
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
            BlockKind::Table => table(&block, indent)?,
            BlockKind::Picture => {
                let caption: Vec<Span> = spans_of(&block, false)
                    .into_iter()
                    .map(|span| Span::new(span.text, Style::Italic))
                    .collect();
                let source = block.source.as_deref().unwrap_or_default();
                match pictures.get(source) {
                    Ok(shown) => picture(shown, &caption, block.alt.as_deref(), indent)?,
                    // Left out (and warned about when the project was read): the caption
                    // alone, as a line of its own.
                    Err(_) => paragraph(
                        &caption,
                        None,
                        Setting {
                            indent,
                            colour: MUTED,
                            ..Setting::body(gap)
                        },
                    )?,
                }
            }
        };
        items.extend(set);
        previous = Some(block.kind);
    }
    Ok(items)
}

/// A short centred rule: a pause between sections.
pub(super) fn ornament(gap: f32) -> Item {
    let (width, _) = column();
    let half = pt(12.0);
    Item {
        slot: Slot::new(14.0, gap),
        repeated: None,
        marks: vec![rule(width / 2.0 - half, width / 2.0 + half, 7.0, 0.6)],
    }
}

/// The article's title, byline and text.
pub(super) fn article(project: &Printed, article: &Article) -> Result<Vec<Item>> {
    let fail = |e| cannot_set(Source::Article(article), project, e);
    let mut items = heading(
        &[Span::new(article.title.as_str(), Style::Bold)],
        1,
        17.0,
        0.0,
    )
    .map_err(fail)?;
    let words = &project.settings.words;
    let mut byline = format!("{} · {}", article.author, words.date(article.date));
    if let Some(updated) = article.updated {
        let updated = words.fill(Key::BookletUpdated, &[("date", &words.date(updated))]);
        byline.push_str(&format!(" · {updated}"));
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
    let base_url = project.settings.base_url.as_deref();
    let notes = words.get(Key::Notes);
    let mut pictures = Pictures::of(article, project.paths);
    items.extend(
        article_body(
            &article.body,
            base_url,
            notes,
            &mut words.typographer(),
            &mut pictures,
        )
        .map_err(fail)?,
    );
    Ok(items)
}
