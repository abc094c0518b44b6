//! What of an article the booklet cannot print, found when the project is read and reported
//! as warnings at the article's line (the site still shows it all, so none is an error):
//! pictures that are missing, on the web or not PNG or JPEG, HTML, and tables too wide for
//! the page.

use pulldown_cmark::{Event, Parser, Tag};

use crate::content::{Article, ProjectPaths};
use crate::error::Error;
use crate::words::Words;

use super::blocks::{BlockKind, blocks};
use super::picture::Pictures;
use super::table;

/// A warning for each thing in `article` that its booklet (in the language of `words`) leaves
/// out.
pub fn warnings(article: &Article, paths: &ProjectPaths, words: &Words) -> Vec<Error> {
    let markdown = article.body.as_str();
    let mut pictures = Pictures::of(article, paths);
    let mut found: Vec<(usize, String, String)> = Vec::new();
    let mut html_line = None;
    let events: Vec<(Event, std::ops::Range<usize>)> =
        Parser::new_ext(markdown, crate::markdown::options())
            .into_offset_iter()
            .collect();
    let mut tables = Vec::new();
    for (event, range) in &events {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                if let Err(unprintable) = pictures.get(dest_url) {
                    found.push((
                        range.start,
                        format!(
                            "the picture `{}` is left out of the booklet: {}",
                            crate::error::excerpt(dest_url),
                            unprintable.why
                        ),
                        unprintable.fix,
                    ));
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                // One warning for each line that holds HTML.
                let line = markdown[..range.start].matches('\n').count();
                if html_line != Some(line) {
                    html_line = Some(line);
                    found.push((
                        range.start,
                        "HTML is left out of the booklet (the site shows it)".to_string(),
                        "to have this on paper too, write it in Markdown: a picture as \
                         `![caption](picture.png)`, a table with `| a | b |` rows"
                            .to_string(),
                    ));
                }
            }
            Event::Start(Tag::Table(_)) => tables.push(range.start),
            _ => {}
        }
    }
    // The tables in the order the booklet reads them (a table in a footnote, read at the
    // end, is not checked).
    let notes = words.get(crate::words::Key::Notes);
    let read = blocks(markdown, None, notes, &mut words.typographer())
        .into_iter()
        .filter(|block| block.kind == BlockKind::Table);
    for (offset, block) in tables.into_iter().zip(read) {
        if table::too_wide(&block) {
            found.push((
                offset,
                format!(
                    "this table is too wide for the booklet's page even in {} pt type, so the \
                     booklet sets its rows as lines of text",
                    table::SMALLEST_SIZE
                ),
                "give it fewer columns, or shorter words in its cells (the site shows it as it \
                 is)"
                .to_string(),
            ));
        }
    }
    found.sort_by_key(|(offset, ..)| *offset);
    let file = article.origins.file();
    found
        .into_iter()
        .map(|(offset, message, fix)| {
            let before = &markdown[..offset];
            let line = article.body_line + before.matches('\n').count();
            let column = before[before.rfind('\n').map_or(0, |n| n + 1)..]
                .chars()
                .count()
                + 1;
            Error::new(message)
                .at(file, Some(line), Some(column))
                .with_hint(fix)
        })
        .collect()
}
