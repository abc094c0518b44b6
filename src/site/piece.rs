//! One piece's pages: its article, its question list, a page per question (previous and next
//! within its deck), "draw a card" and its print page (every deck has one). The home page is
//! written with or without a home article. The home piece's pages sit at the
//! site's root; a piece in `content/<slug>/` has the same pages under `<slug>/`.
//!
//! Templates link inside the piece through `here` (the way back to the piece's folder) and to
//! the site's own files and pages through `root`; for the home piece the two are the same.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Value;

use super::inline;
use super::{Page, Shared, SiteRenderer, first_sentence, relative_root, to_html};
use crate::content::{Article, Deck, Text};
use crate::error::Result;
use crate::markdown;
use crate::output::Staging;
use crate::parallel;
use crate::render::{Download, Preview};
use crate::words::Key;

/// A deck's question pages are written on several threads only when each thread gets at least
/// this many: below that, starting threads costs more than it saves.
const QUESTION_PAGES_PER_THREAD: usize = 250;

/// The address of question `id`'s page, relative to its piece's folder.
fn question_path(id: &str) -> String {
    format!("questions/{id}.html")
}

#[derive(Serialize)]
struct ArticleView<'a> {
    title: &'a str,
    author: &'a str,
    description: String,
    date: String,
    date_human: String,
    updated: Option<String>,
    updated_human: Option<String>,
    reading_minutes: usize,
    html: String,
}

/// A question as the templates see it: each text plain (`text`, `category`, `follow_up`) and
/// as HTML (`text_html`…).
#[derive(Serialize)]
struct QuestionView<'a> {
    number: usize,
    id: &'a str,
    text: String,
    text_html: String,
    category: Option<String>,
    category_html: Option<String>,
    follow_up: Option<String>,
    follow_up_html: Option<String>,
    label: String,
    path: String,
}

impl<'a> QuestionView<'a> {
    fn of(deck: &'a Deck, index: usize) -> QuestionView<'a> {
        let q = &deck.questions[index];
        let (category, category_html) = forms(q.category.as_ref());
        let (follow_up, follow_up_html) = forms(q.follow_up.as_ref());
        QuestionView {
            number: index + 1,
            id: &q.id,
            text: q.text.plain(),
            text_html: inline::to_html(&q.text),
            category,
            category_html,
            follow_up,
            follow_up_html,
            label: deck.label(index),
            path: question_path(&q.id),
        }
    }
}

/// A text's plain form (for a title, an attribute, a script) and its HTML (emphasis in `<em>`
/// and `<strong>`, printed with `| safe`); none when there is no text or it prints nothing.
fn forms(text: Option<&Text>) -> (Option<String>, Option<String>) {
    match text.filter(|t| !t.is_empty()) {
        Some(text) => (Some(text.plain()), Some(inline::to_html(text))),
        None => (None, None),
    }
}

/// The deck as the templates see it, less its `questions` and `groups`: those hold the values
/// of the questions' own pages, shared rather than copied (see [`deck_value`]).
#[derive(Serialize)]
struct DeckView<'a> {
    title: &'a str,
    introduction: Option<String>,
    introduction_html: Option<String>,
    closing: Option<String>,
    closing_html: Option<String>,
    count: usize,
}

/// The questions of one category (`None`: those without one), plain and as HTML.
struct Group<'a> {
    category: Option<&'a str>,
    category_html: Option<&'a str>,
    questions: Vec<&'a QuestionView<'a>>,
}

/// The templates' `deck`: `view` with `questions` (the values of `questions`, one a
/// question, in order) and `groups` (the questions under their categories, in the order the
/// categories first appear; empty when no question has a category). A template value's maps
/// are shared when cloned, so each question is converted once for its page and both lists.
fn deck_value(view: &DeckView, views: &[QuestionView], questions: &[Value]) -> Value {
    let mut deck = Value::from_serializable(view)
        .into_map()
        .unwrap_or_default();
    let value_of = |q: &QuestionView| questions[q.number - 1].clone();
    let groups: Vec<Value> = groups(views)
        .iter()
        .map(|group| {
            let text = |t: Option<&str>| t.map_or_else(Value::none, Value::from);
            let fields: [(&'static str, Value); 3] = [
                ("category", text(group.category)),
                ("category_html", text(group.category_html)),
                (
                    "questions",
                    Value::from(
                        group
                            .questions
                            .iter()
                            .map(|q| value_of(q))
                            .collect::<Vec<_>>(),
                    ),
                ),
            ];
            Value::from(fields.into_iter().collect::<BTreeMap<_, _>>())
        })
        .collect();
    deck.insert("questions".into(), Value::from(questions.to_vec()));
    deck.insert("groups".into(), Value::from(groups));
    Value::from(deck)
}

/// `questions` under their categories, in the order the categories first appear; empty when
/// none has a category.
fn groups<'a>(questions: &'a [QuestionView<'a>]) -> Vec<Group<'a>> {
    if questions.iter().all(|q| q.category.is_none()) {
        return Vec::new();
    }
    let mut groups: Vec<Group> = Vec::new();
    for question in questions {
        let html = question.category_html.as_deref();
        match groups.iter_mut().find(|g| g.category_html == html) {
            Some(group) => group.questions.push(question),
            None => groups.push(Group {
                category: question.category.as_deref(),
                category_html: html,
                questions: vec![question],
            }),
        }
    }
    groups
}

#[derive(Serialize)]
struct DownloadView<'a> {
    file: &'a str,
    title: &'a str,
    description: &'a str,
    pages: usize,
    images: bool,
    size: String,
    previews: &'a [Preview],
}

/// A piece's values, converted for the templates once: `none` for what it does not have.
pub(super) struct Held<'a> {
    /// The piece's folder in the output (`""` for the home piece, `teens/` for a piece).
    pub prefix: String,
    /// Its article, if any.
    pub article: Option<&'a Article>,
    /// Its deck, if any.
    pub deck: Option<&'a Deck>,
    /// The article's description: its own, or its first sentence.
    pub description: String,
    /// The article's reading time, in minutes.
    pub reading_minutes: usize,
    /// The templates' `article`, `deck` and `downloads`.
    pub values: [Value; 3],
    /// Each question, as the templates see it.
    pub questions: Vec<Value>,
    /// Whether the piece is a draft (only `serve` gets this far with one).
    pub draft: bool,
    /// The templates' `pieces`: the other pieces, listed on the home page.
    pub listing: Value,
}

impl<'a> Held<'a> {
    /// The piece in `prefix` holding `article` and `deck` (a draft if `draft`), offering
    /// those of `downloads` that sit in its folder.
    pub fn new(
        shared: &Shared<'_>,
        prefix: String,
        (article, deck): (Option<&'a Article>, Option<&'a Deck>),
        draft: bool,
        downloads: &[Download],
    ) -> Held<'a> {
        let words = shared.words;
        let rendered = article.map(|a| to_html(shared.project, words, &a.body, &prefix));
        let description = article
            .map(|a| {
                a.description
                    .clone()
                    .unwrap_or_else(|| first_sentence(&a.body))
            })
            .unwrap_or_default();
        let reading_minutes = rendered
            .as_ref()
            .map_or(0, markdown::Rendered::reading_minutes);
        let article_value = match (article, rendered) {
            (Some(a), Some(rendered)) => Value::from_serializable(&ArticleView {
                title: &a.title,
                author: &a.author,
                description: description.clone(),
                date: a.date.to_string(),
                date_human: words.date(a.date),
                updated: a.updated.map(|d| d.to_string()),
                updated_human: a.updated.map(|d| words.date(d)),
                reading_minutes,
                html: rendered.html,
            }),
            _ => Value::none(),
        };
        let question_views: Vec<QuestionView> = deck.map_or_else(Vec::new, |deck| {
            (0..deck.questions.len())
                .map(|index| QuestionView::of(deck, index))
                .collect()
        });
        let questions: Vec<Value> = question_views
            .iter()
            .map(Value::from_serializable)
            .collect();
        let deck_value = deck.map_or_else(Value::none, |deck| {
            let (introduction, introduction_html) = forms(deck.introduction.as_ref());
            let (closing, closing_html) = forms(deck.closing.as_ref());
            let view = DeckView {
                title: &deck.title,
                introduction,
                introduction_html,
                closing,
                closing_html,
                count: deck.questions.len(),
            };
            deck_value(&view, &question_views, &questions)
        });
        let downloads = Value::from_serializable(
            &downloads
                .iter()
                .filter(|d| in_folder(&d.file, &prefix))
                .map(|d| DownloadView {
                    file: &d.file,
                    title: &d.title,
                    description: &d.description,
                    pages: d.pages,
                    images: d.images,
                    size: words.file_size(d.bytes),
                    previews: &d.previews,
                })
                .collect::<Vec<_>>(),
        );
        Held {
            article,
            deck,
            description,
            reading_minutes,
            values: [article_value, deck_value, downloads],
            questions,
            prefix,
            draft,
            listing: Value::from_serializable(&Vec::<()>::new()),
        }
    }
}

/// Whether the output file `file` sits directly in the folder `prefix` (`""` or `teens/`).
fn in_folder(file: &str, prefix: &str) -> bool {
    file.strip_prefix(prefix)
        .is_some_and(|rest| !rest.contains('/'))
}

impl SiteRenderer {
    /// Writes one piece's pages, returning their addresses for the sitemap.
    pub(super) fn write_piece(
        &self,
        shared: &Shared<'_>,
        held: &Held<'_>,
        out: &Staging,
    ) -> Result<Vec<String>> {
        let words = shared.words;
        let mut fixed = Vec::new();
        // The home page is there with or without a home article: it opens the site.
        let home = held.prefix.is_empty();
        let (title, section) = match held.article {
            Some(article) => (Some(article.title.as_str()), "article"),
            None => (home.then(|| shared.project.site_title()), "home"),
        };
        if let Some(title) = title {
            fixed.push(Page {
                path: format!("{}index.html", held.prefix),
                template: "article.html",
                title,
                description: &held.description,
                section,
                question: None,
            });
        }
        let introduction = held
            .deck
            .and_then(|deck| deck.introduction.as_ref())
            .filter(|text| !text.is_empty())
            .map(Text::plain);
        if let Some(deck) = held.deck {
            fixed.push(Page {
                path: format!("{}questions/index.html", held.prefix),
                template: "questions.html",
                title: &deck.title,
                description: introduction
                    .as_deref()
                    .unwrap_or(words.get(Key::QuestionsDescription)),
                section: "questions",
                question: None,
            });
            fixed.push(Page {
                path: format!("{}draw.html", held.prefix),
                template: "draw.html",
                title: words.get(Key::DrawCard),
                description: words.get(Key::DrawDescription),
                section: "draw",
                question: None,
            });
            fixed.push(Page {
                path: format!("{}print.html", held.prefix),
                template: "print.html",
                title: words.get(Key::Print),
                description: words.get(Key::PrintDescription),
                section: "print",
                question: None,
            });
        }
        let mut sitemap = Vec::new();
        for page in &fixed {
            let context = shared.context(page, held, &relative_root(&page.path));
            out.write(
                &page.path,
                self.theme.render(page.template, &context)?.as_bytes(),
            )?;
            sitemap.push(page.path.clone());
        }
        let Some(deck) = held.deck else {
            return Ok(sitemap);
        };
        // Question pages are independent of each other: a large deck spreads them over the
        // machine's cores (each thread takes a run of consecutive questions).
        let indices: Vec<usize> = (0..deck.questions.len()).collect();
        parallel::map(
            &indices,
            QUESTION_PAGES_PER_THREAD,
            "writing the question pages",
            |&index| self.question_page(shared, held, deck, index, out),
        )?
        .into_iter()
        .collect::<Result<()>>()?;
        sitemap.extend(
            deck.questions
                .iter()
                .map(|q| format!("{}{}", held.prefix, question_path(&q.id))),
        );
        Ok(sitemap)
    }

    /// Writes the page of question number `index` (from 0) of `deck`.
    fn question_page(
        &self,
        shared: &Shared<'_>,
        held: &Held<'_>,
        deck: &Deck,
        index: usize,
        out: &Staging,
    ) -> Result<()> {
        let question = &deck.questions[index];
        let text = question.text.plain();
        let page = Page {
            path: format!("{}{}", held.prefix, question_path(&question.id)),
            template: "question.html",
            title: &text,
            description: &text,
            section: "questions",
            question: Some(question),
        };
        let mut context = shared.context(&page, held, &relative_root(&page.path));
        context.insert_value("question", held.questions[index].clone());
        let neighbour = |i: Option<usize>| {
            i.and_then(|i| held.questions.get(i))
                .cloned()
                .unwrap_or(Value::none())
        };
        context.insert_value("previous", neighbour(index.checked_sub(1)));
        context.insert_value("next", neighbour(Some(index + 1)));
        let html = self.theme.render(page.template, &context)?;
        out.write(&page.path, html.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_group_by_category_in_order_of_first_appearance() {
        let view = |id, category: Option<&str>| QuestionView {
            number: 0,
            id,
            text: String::new(),
            text_html: String::new(),
            category: category.map(String::from),
            category_html: category.map(String::from),
            follow_up: None,
            follow_up_html: None,
            label: String::new(),
            path: String::new(),
        };
        let questions = [
            view("a", Some("Warm-up")),
            view("b", Some("Brave")),
            view("c", Some("Warm-up")),
            view("d", None),
        ];
        let found: Vec<(Option<&str>, Vec<&str>)> = groups(&questions)
            .iter()
            .map(|g| (g.category, g.questions.iter().map(|q| q.id).collect()))
            .collect();
        assert_eq!(
            found,
            [
                (Some("Warm-up"), vec!["a", "c"]),
                (Some("Brave"), vec!["b"]),
                (None, vec!["d"])
            ]
        );
        assert!(groups(&[view("a", None)]).is_empty());
    }

    #[test]
    fn downloads_belong_to_their_folder() {
        assert!(in_folder("cards.pdf", ""));
        assert!(!in_folder("teens/cards.pdf", ""));
        assert!(in_folder("teens/cards.pdf", "teens/"));
        assert!(!in_folder("cards.pdf", "teens/"));
    }
}
