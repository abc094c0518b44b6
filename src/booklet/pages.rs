//! The booklet's pages in reading order: the cover, the article (if any) and the questions
//! flowed onto A5 pages with running titles and page numbers, ruled notes pages up to a whole
//! number of sheets, and the back cover; each page then turned into a display list with its text tagged
//! in reading order.

use std::borrow::Cow;

use crate::content::Printed;
use crate::display::{Figure, Item as Drawn, List, Path, Rect, Stroke, Tag, mm, pt};
use crate::error::{Error, Result};
use crate::layout::{Align, Breaking, Fit, Slot, Span, Style, fit, paginate};
use crate::words::Key;

use super::article::article;
use super::column::{Mark, Page, heading, place, rule};
use super::covers::{back_cover, cover};
use super::impose::padded_page_count;
use super::questions::questions;
use super::style::{
    ANSWER_LINE_PITCH, MUTED, PAGE_HEIGHT_MM, PAGE_NUMBER_MM, RUNNING_TITLE_MM, SIDE_MARGIN_MM,
    TOP_MARGIN_MM, column,
};

/// Centred small text on one line (a running title, a page number) with its baseline at
/// `baseline`; `None` if it does not fit on one line.
pub(super) fn furniture(text: &str, style: Style, size: f32, baseline: f32) -> Option<Mark> {
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

/// Typesets the whole booklet in reading order, the cover first: one display list per A5 page
/// (millimetres from its bottom-left corner), its text tagged so that the structure reads in
/// order on whatever sheet a page is imposed.
pub fn typeset(project: &Printed) -> Result<Vec<List<'static>>> {
    let mut element = 0;
    Ok(lay_out(project)?
        .into_iter()
        .map(|page| display(page, &mut element))
        .collect())
}

/// A page's marks as a display list, its text elements numbered on from `element`.
fn display(page: Page, element: &mut u32) -> List<'static> {
    let at = |(x, y): (f32, f32)| (mm(x), PAGE_HEIGHT_MM - mm(y));
    page.marks
        .into_iter()
        .map(|mark| match mark {
            Mark::Text {
                block,
                x,
                top,
                colour,
                role,
                continues,
            } => {
                let tag = match role {
                    Some(role) => {
                        if !continues {
                            *element += 1;
                        }
                        Tag::Content {
                            element: *element,
                            role,
                        }
                    }
                    None => Tag::Artifact,
                };
                let (left, top) = at((x, top));
                Drawn::Text {
                    block: Cow::Owned(block),
                    left,
                    top,
                    colour,
                    tag,
                }
            }
            Mark::Picture {
                picture,
                x,
                top,
                width,
                height,
                alt,
            } => Drawn::Image {
                picture,
                rect: Rect::new(
                    mm(x),
                    PAGE_HEIGHT_MM - mm(top + height),
                    mm(width),
                    mm(height),
                ),
                figure: alt.map(|alt| {
                    *element += 1;
                    Figure {
                        element: *element,
                        alt,
                    }
                }),
            },
            Mark::Stroke {
                points,
                closed,
                width,
                colour,
            } => Drawn::Stroke {
                path: Path::through(points.into_iter().map(at)),
                stroke: Stroke::solid(width, colour),
                closed,
            },
        })
        .collect()
}

/// Lays out every page in reading order, the cover first, in the column's points.
fn lay_out(project: &Printed) -> Result<Vec<Page>> {
    let answer_lines = project.settings.booklet.answer_lines;
    let mut items = match project.article {
        Some(text) => article(project, text)?,
        None => Vec::new(),
    };
    items.extend(questions(project, answer_lines)?);
    let (_, height) = column();
    let slots: Vec<Slot> = items.iter().map(|i| i.slot).collect();
    let mut pages = vec![cover(project)?];
    // The site's title, or the deck's when that is too long for one line.
    let running_title = |baseline| {
        furniture(project.site_title, Style::Italic, 8.5, baseline)
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
            } else if let Some(repeated) = &item.repeated {
                // A table going on from the page before: its header row again.
                let again = repeated.iter().cloned();
                page.marks
                    .extend(again.map(|m| m.moved(pt(SIDE_MARGIN_MM), y)));
                y += item.slot.repeated_above;
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
        pages.push(finish(notes_page(project)?, pages.len() + 1));
    }
    if pages.len() < whole {
        pages.push(back_cover(project)?);
    }
    Ok(pages)
}

/// A page for the reader's own notes: a heading and ruled lines down to the foot of the column.
/// Its heading is the reader's "Your notes" (`words: your_notes`, where a problem with it is
/// reported).
pub(super) fn notes_page(project: &Printed) -> Result<Page> {
    let words = &project.settings.words;
    let title = heading(
        &[Span::new(words.get(Key::YourNotes), Style::Bold)],
        1,
        15.0,
        0.0,
    )
    .map_err(|e| {
        Error::new(format!("the booklet cannot print its notes pages: {e}"))
            .located(project.settings.origin("words.your_notes"))
    })?;
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
    use crate::booklet::style::PAGE_WIDTH_MM;
    use crate::content::Question;
    use crate::content::seed::{
        article as home_article, article_mut as home_article_mut, deck, deck_mut, home,
        project as seed,
    };

    fn texts(page: &Page) -> Vec<String> {
        page.marks
            .iter()
            .filter_map(|m| match m {
                Mark::Text { block, .. } => Some(block.text()),
                Mark::Stroke { .. } | Mark::Picture { .. } => None,
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
        texts(page).iter().any(|t| t == "Your notes")
    }

    /// Answer lines (and notes pages' lines): the only strokes half a point thick.
    fn answer_lines(page: &Page) -> usize {
        page.marks
            .iter()
            .filter(|m| matches!(m, Mark::Stroke { width, .. } if *width == 0.5))
            .count()
    }

    #[test]
    fn pages_become_display_lists_in_millimetres_from_the_bottom_tagged_in_reading_order() {
        let project = seed();
        let pages = lay_out(&home(&project)).unwrap();
        let lists = typeset(&home(&project)).unwrap();
        assert_eq!(pages.len(), lists.len());
        let mut last_element = 0;
        for (page, list) in pages.iter().zip(&lists) {
            assert_eq!(page.marks.len(), list.items().len());
            for (mark, item) in page.marks.iter().zip(list.items()) {
                match (mark, item) {
                    (
                        Mark::Text {
                            x,
                            top,
                            role,
                            continues,
                            ..
                        },
                        Drawn::Text {
                            left,
                            top: drawn_top,
                            tag,
                            ..
                        },
                    ) => {
                        assert!((pt(*left) - x).abs() < 1e-3);
                        assert!((pt(PAGE_HEIGHT_MM - drawn_top) - top).abs() < 1e-3);
                        match (role, tag) {
                            (None, Tag::Artifact) => {}
                            (
                                Some(role),
                                Tag::Content {
                                    element,
                                    role: tagged,
                                },
                            ) => {
                                assert_eq!(role, tagged);
                                let step = if *continues { 0 } else { 1 };
                                assert_eq!(*element, last_element + step);
                                last_element = *element;
                            }
                            other => panic!("{other:?}"),
                        }
                    }
                    (Mark::Stroke { points, width, .. }, Drawn::Stroke { path, stroke, .. }) => {
                        assert_eq!(points.len(), path.segments().len());
                        assert_eq!(*width, stroke.width);
                    }
                    other => panic!("a mark became something else: {other:?}"),
                }
            }
        }
        assert!(last_element > 20);
    }

    #[test]
    fn questions_stay_whole_with_their_lines_in_order() {
        for lines in [0, 4, crate::settings::MAX_ANSWER_LINES] {
            let mut project = seed();
            project.settings.booklet.answer_lines = lines;
            let pages = lay_out(&home(&project)).unwrap();
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
        let follow_up = deck(&project).questions[4].text.source().repeat(3);
        deck_mut(&mut project).questions[3].follow_up = Some(follow_up.into());
        let pages = lay_out(&home(&project)).unwrap();
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
        assert!(texts(&pages[0]).contains(&deck(&project).title));
    }

    #[test]
    fn the_article_comes_first_then_the_questions() {
        let pages = lay_out(&home(&seed())).unwrap();
        let first_question = pages
            .iter()
            .position(|p| texts(p).iter().any(|t| t == "1."))
            .unwrap();
        let article_end = pages
            .iter()
            .position(|p| texts(p).iter().any(|t| t.contains("Ready to transform")))
            .unwrap();
        assert!(article_end <= first_question);
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
            let pages = lay_out(&home(&project)).unwrap();
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
                let description = home_article(&project).description.as_deref().unwrap();
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
        home_article_mut(&mut project).description = Some("Words that go on and on. ".repeat(300));
        let Err(err) = lay_out(&home(&project)) else {
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
        deck_mut(&mut project).questions.push(Question {
            id: "tea".to_string(),
            text: "Do you like 茶?".into(),
            category: None,
            follow_up: None,
        });
        let err = lay_out(&home(&project)).unwrap_err();
        assert!(err.to_string().contains("question 21 (`tea`)"), "{err}");
        assert!(err.to_string().contains("questions.yaml"), "{err}");
        assert!(err.hint.is_some());
    }

    #[test]
    fn a_question_too_long_for_a_page_is_an_error() {
        let mut project = seed();
        project.settings.booklet.answer_lines = crate::settings::MAX_ANSWER_LINES;
        deck_mut(&mut project).questions[1].follow_up =
            Some("Say more about it. ".repeat(60).into());
        let err = lay_out(&home(&project)).unwrap_err();
        assert!(err.message.contains("question 2 (`most-loved`)"), "{err}");
        assert!(err.hint.unwrap().contains("answer_lines"));
    }

    #[test]
    fn introduction_paragraphs_break_at_blank_lines() {
        let mut project = seed();
        deck_mut(&mut project).introduction =
            Some("First part\nstill first.\n\nSecond part.".into());
        assert!(deck_mut(&mut project).typeset("en").is_empty());
        let pages = lay_out(&home(&project)).unwrap();
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
        home_article_mut(&mut project).body = format!("Some {} here.\n", "a".repeat(120));
        let err = lay_out(&home(&project)).unwrap_err();
        assert!(err.to_string().contains("article.md"), "{err}");
        assert!(
            err.to_string().contains("too long to fit on one line"),
            "{err}"
        );
    }
}
