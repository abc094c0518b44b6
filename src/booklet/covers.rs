//! The booklet's covers: the front with the article's and the deck's titles (a deck alone's:
//! its title, and the settings' author when there is one), the back with the article's description, both in a thin double frame.

use crate::colour::Colour;
use crate::content::Printed;
use crate::display::{Role, pt};
use crate::error::{Error, Result};
use crate::layout::{Align, Breaking, Fit, LayoutError, ParagraphError, Span, Style, fit};
use crate::words::Key;

use super::column::{Mark, Page, rule};
use super::problems::{Source, cannot_set};
use super::style::{INK, MUTED, PAGE_HEIGHT_MM, PAGE_WIDTH_MM, RULE, SIDE_MARGIN_MM, column};

/// Sets centred text on the cover, `width` points wide, top at `top`.
pub(super) fn cover_text(
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
/// questions, inside a thin double frame; a deck alone's cover has its title, the settings'
/// author when there is one, and the number of questions.
pub(super) fn cover(project: &Printed) -> Result<Page> {
    let deck = project.deck;
    let in_deck = |e| cannot_set(Source::Deck("title"), project, ParagraphError::Layout(e));
    let questions = project.settings.words.count(
        Key::BookletQuestionsOne,
        Key::BookletQuestionsOther,
        deck.questions.len(),
        &[],
    );
    // The number of questions, in small italics, its top at `y`.
    let count_line = |y| {
        cover_text(
            &questions,
            Style::Italic,
            (9.0, 10.0),
            y,
            MUTED,
            Role::Paragraph,
        )
        .map(|(mark, _)| mark)
    };
    let mut marks = Vec::new();
    match project.article {
        Some(article) => {
            let in_article =
                |e| cannot_set(Source::Article(article), project, ParagraphError::Layout(e));
            headline(&mut marks, &article.title, &article.author).map_err(in_article)?;
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
            marks.push(count_line(y).map_err(in_deck)?);
        }
        None if project.author().is_empty() => {
            headline(&mut marks, &deck.title, &questions).map_err(in_deck)?;
        }
        None => {
            headline(&mut marks, &deck.title, project.author()).map_err(in_deck)?;
            marks.push(count_line(pt(150.0)).map_err(in_deck)?);
        }
    }
    let mut page = Page {
        marks: marks
            .into_iter()
            .map(|m| m.moved(pt(SIDE_MARGIN_MM), 0.0))
            .collect(),
    };
    frame(&mut page);
    Ok(page)
}

/// The cover's top: `title` in bold, a short rule, and `under` it in italic.
fn headline(
    marks: &mut Vec<Mark>,
    title: &str,
    under: &str,
) -> std::result::Result<(), LayoutError> {
    let mut y = pt(52.0);
    let (title, height) = cover_text(title, Style::Bold, (14.0, 24.0), y, INK, Role::Heading(1))?;
    marks.push(title);
    y += height + 16.0;
    let (width, _) = column();
    marks.push(rule(width / 2.0 - 18.0, width / 2.0 + 18.0, y, 0.8));
    y += 16.0;
    let (under, _) = cover_text(under, Style::Italic, (10.0, 13.0), y, INK, Role::Paragraph)?;
    marks.push(under);
    Ok(())
}

/// A thin double frame around the cover.
pub(super) fn frame(page: &mut Page) {
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

/// The back cover: the article's description (when it has one), framed like the front.
pub(super) fn back_cover(project: &Printed) -> Result<Page> {
    let mut page = Page::default();
    let article = project.article;
    if let Some((article, description)) = article.and_then(|a| Some((a, a.description.as_ref()?))) {
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
                .located(article.origin("description"))
                .with_hint("shorten it to a sentence or two (search engines show only about 160 characters of it)"),
                missing => cannot_set(
                    Source::Article(article),
                    project,
                    ParagraphError::Layout(missing),
                ),
            })?;
        page.marks.push(text.moved(pt(SIDE_MARGIN_MM), 0.0));
    }
    frame(&mut page);
    Ok(page)
}
