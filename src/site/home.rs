//! The home page's list of the pieces in folders: every article newest first (title, date,
//! author, description, reading time, number of questions, a link to draw cards), then the
//! decks that stand alone. The home article stays above it; without one, the home page opens
//! with the site's name and the introduction (`content/index.md`).

use serde::Serialize;
use tera::Value;

use super::first_sentence;
use super::piece::Held;
use crate::content::{Project, Text};
use crate::words::Words;

/// One piece as the home page lists it.
#[derive(Serialize)]
struct Summary<'a> {
    /// Its main page (its article, or a deck's question list), from the site's root.
    path: String,
    title: &'a str,
    author: Option<&'a str>,
    date: Option<String>,
    date_human: Option<String>,
    description: Option<String>,
    reading_minutes: usize,
    /// Its number of questions (0 for an article alone).
    count: usize,
    /// Its draw-a-card page, when it has a deck.
    draw: Option<String>,
    /// Whether it is a draft (only `serve` shows drafts).
    draft: bool,
}

/// The list of `pieces` for the home page's template, as `pieces`, dates in `words`' language.
pub(super) fn listing(pieces: &[Held<'_>], words: &Words) -> Value {
    let mut summaries: Vec<(Option<_>, Summary)> = pieces
        .iter()
        .map(|held| {
            let deck = held.deck;
            let summary = Summary {
                path: match held.article {
                    Some(_) => format!("{}index.html", held.prefix),
                    None => format!("{}questions/index.html", held.prefix),
                },
                title: held.article.map_or_else(
                    || deck.map_or("", |d| d.title.as_str()),
                    |a| a.title.as_str(),
                ),
                author: held.article.map(|a| a.author.as_str()),
                date: held.article.map(|a| a.date.to_string()),
                date_human: held.article.map(|a| words.date(a.date)),
                description: match held.article {
                    Some(_) => Some(held.description.clone()),
                    None => deck.and_then(|d| d.introduction.as_ref()).map(Text::plain),
                },
                reading_minutes: held.reading_minutes,
                count: deck.map_or(0, |d| d.questions.len()),
                draw: deck.map(|_| format!("{}draw.html", held.prefix)),
                draft: held.draft,
            };
            (held.article.map(|a| a.date), summary)
        })
        .collect();
    // Newest article first; the decks alone (no date) after them, in folder order.
    summaries.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => b.cmp(a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    Value::from_serializable(&summaries.into_iter().map(|(_, s)| s).collect::<Vec<_>>())
}

/// The home page's description (`home` being the home piece): its article's; without one, the
/// introduction's (its `description`, or else its first sentence), or else the home deck's
/// introduction, or else the site's name.
pub(super) fn description(project: &Project, home: &Held<'_>) -> String {
    if home.article.is_some() {
        return home.description.clone();
    }
    let introduction = project
        .index
        .as_ref()
        .map(|index| (index.description.clone()).unwrap_or_else(|| first_sentence(&index.body)));
    introduction
        .filter(|text| !text.is_empty())
        .or_else(|| {
            home.deck
                .and_then(|d| d.introduction.as_ref())
                .map(Text::plain)
        })
        .unwrap_or_else(|| project.site_title().to_string())
}
