//! The questions part of the booklet: the deck's title and introduction, each question with
//! its number, follow-up and lines to write on (kept on one page), and the closing words.

use crate::content::{Printed, Text};
use crate::error::{Error, Result};
use crate::layout::{Align, Breaking, Slot, Span, Style, paragraph_spans, text_spans};

use super::article::ornament;
use super::column::{Item, ParagraphResult, heading, paragraph, place, rule};
use super::problems::{Source, cannot_set};
use super::style::{ANSWER_LINE_PITCH, INDENT_STEP, MUTED, PARAGRAPH_GAP, Setting, column};

/// One question: its number hanging in the margin, its text, any follow-up, and the lines to
/// write on; one item, so it is never split across pages.
pub(super) fn question(project: &Printed, index: usize, answer_lines: usize) -> Result<Item> {
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
    if let Some(category) = q.category.as_ref().filter(|c| !c.is_empty()) {
        let line = paragraph(
            &text_spans(category, Style::Italic),
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
        &text_spans(&q.text, Style::Regular),
        Some(&format!("{}.", index + 1)),
        setting,
    )
    .map_err(fail)?;
    y = place(&mut marks, text, y);
    if let Some(follow_up) = q.follow_up.as_ref().filter(|f| !f.is_empty()) {
        let line = paragraph(
            &text_spans(follow_up, Style::Italic),
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
    Ok(Item {
        slot,
        marks,
        repeated: None,
    })
}

/// The deck's introduction or closing words, in italic: paragraphs where the writer left a
/// blank line, a single line break read as a space.
pub(super) fn words_paragraphs(text: &Text, gap: f32, align: Align) -> ParagraphResult {
    let mut items = Vec::new();
    for (index, runs) in text.paragraphs().iter().enumerate() {
        let gap = if index == 0 { gap } else { PARAGRAPH_GAP };
        let breaking = match align {
            Align::Left => Breaking::Paragraph,
            Align::Centre | Align::Right => Breaking::Balanced,
        };
        items.extend(paragraph(
            &paragraph_spans(runs, Style::Italic),
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

/// The space between the article's last line and the questions' heading on the same page, in
/// points.
const PART_GAP: f32 = 36.0;

/// The questions part: a heading, the deck's introduction, the questions, the closing words.
pub(super) fn questions(project: &Printed, answer_lines: usize) -> Result<Vec<Item>> {
    let deck = &project.deck;
    let mut items = heading(&[Span::new(deck.title.as_str(), Style::Bold)], 1, 15.0, 0.0)
        .map_err(|e| cannot_set(Source::Deck("title"), project, e))?;
    // The questions follow the article on its last page when the heading, the introduction
    // and the first question fit there (they are kept together), after a wide space.
    if let Some(first) = items.first_mut() {
        first.slot.gap_before = PART_GAP;
    }
    if let Some(last) = items.last_mut() {
        last.slot.height += 6.0;
    }
    if let Some(introduction) = &deck.introduction {
        let mut intro = words_paragraphs(introduction, 0.0, Align::Left)
            .map_err(|e| cannot_set(Source::Deck("introduction"), project, e))?;
        for line in &mut intro {
            line.slot.keep_with_next = true;
        }
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
