//! The website: the article, the questions (a list and a page each), "draw a card", the print
//! page, a 404 page, and, when the site's address is known, a sitemap and robots.txt.
//!
//! Every internal link is relative (each page knows how far it sits from the site's root), so
//! the same output works at a domain's root, under a sub-path, or opened from disk.

mod theme;

use serde::Serialize;
use tera::{Context, Value};

pub use theme::{Theme, default_files, project_files};

use crate::content::{Project, ProjectPaths};
use crate::error::Result;
use crate::markdown;
use crate::output::Staging;
use crate::parallel;
use crate::render::Download;
use crate::words::{Key, Words};

/// The website, prepared (its theme loaded and checked), linking to the given downloads on
/// its print page: a peer of the printables, written after them since it shows their sizes.
pub struct SiteRenderer {
    theme: Theme,
    downloads: Vec<Download>,
}

impl SiteRenderer {
    /// A site made with `theme`, offering `downloads` (made by the other renderers).
    pub fn new(theme: Theme, downloads: Vec<Download>) -> Self {
        SiteRenderer { theme, downloads }
    }

    /// The same site offering `downloads` instead.
    pub fn offering(self, downloads: Vec<Download>) -> Self {
        SiteRenderer { downloads, ..self }
    }

    /// Writes the page of question number `index` (from 0).
    fn question_page(&self, shared: &Shared<'_>, index: usize, out: &Staging) -> Result<()> {
        let question = &shared.project.deck.questions[index];
        let page = Page {
            path: question_path(&question.id),
            template: "question.html",
            title: &question.text,
            description: &question.text,
            section: "questions",
        };
        let mut context = shared.context(&page, "../");
        context.insert_value("question", shared.questions[index].clone());
        let neighbour = |i: Option<usize>| {
            i.and_then(|i| shared.questions.get(i))
                .cloned()
                .unwrap_or(Value::none())
        };
        context.insert_value("previous", neighbour(index.checked_sub(1)));
        context.insert_value("next", neighbour(Some(index + 1)));
        let html = self.theme.render(page.template, &context)?;
        out.write(&page.path, html.as_bytes())
    }
}

/// The address of question `id`'s page, relative to the site's root.
pub fn question_path(id: &str) -> String {
    format!("questions/{id}.html")
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    language: &'a str,
    locale: String,
    base_url: Option<&'a str>,
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

#[derive(Serialize)]
struct QuestionView<'a> {
    number: usize,
    id: &'a str,
    text: &'a str,
    category: Option<&'a str>,
    follow_up: Option<&'a str>,
    label: String,
    path: String,
}

#[derive(Serialize)]
struct DeckView<'a> {
    title: &'a str,
    introduction: Option<&'a str>,
    closing: Option<&'a str>,
    count: usize,
    questions: &'a [QuestionView<'a>],
}

#[derive(Serialize)]
struct DownloadView<'a> {
    file: &'a str,
    title: &'a str,
    description: &'a str,
    pages: usize,
    size: String,
}

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    description: &'a str,
    canonical: Option<String>,
    section: &'a str,
    og_type: &'a str,
}

/// One page to render: where it goes, with which template, and what it is about.
struct Page<'a> {
    path: String,
    template: &'static str,
    title: &'a str,
    description: &'a str,
    section: &'static str,
}

/// A deck's question pages are written on several threads only when each thread gets at least
/// this many: below that, starting threads costs more than it saves.
const QUESTION_PAGES_PER_THREAD: usize = 250;

/// Values shared by every page, converted for the templates once.
struct Shared<'a> {
    project: &'a Project,
    site: Value,
    article: Value,
    deck: Value,
    downloads: Value,
    questions: Vec<Value>,
    words: Value,
}

impl Shared<'_> {
    fn context(&self, page: &Page, root: &str) -> Context {
        let canonical = self
            .project
            .settings
            .base_url
            .as_ref()
            .map(|base| format!("{base}{}", page.path.trim_end_matches("index.html")));
        let mut context = Context::new();
        context.insert_value("site", self.site.clone());
        context.insert_value("article", self.article.clone());
        context.insert_value("deck", self.deck.clone());
        context.insert_value("downloads", self.downloads.clone());
        context.insert_value("words", self.words.clone());
        context.insert("root", root);
        context.insert(
            "page",
            &PageView {
                title: page.title,
                description: page.description,
                canonical,
                section: page.section,
                og_type: if page.section == "article" {
                    "article"
                } else {
                    "website"
                },
            },
        );
        context
    }
}

/// `../` once for each folder `path` is inside: the way back to the site's root.
fn relative_root(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

impl SiteRenderer {
    /// Writes every page of the site and the files it needs.
    pub fn write(&self, project: &Project, out: &Staging) -> Result<()> {
        let article = &project.article;
        let deck = &project.deck;
        let words = Words::for_language(&project.settings.language);
        let rendered = markdown::to_html(&article.body, words.get(Key::LinkToSection));
        let description = article
            .description
            .clone()
            .unwrap_or_else(|| first_sentence(&article.body));
        let question_views: Vec<QuestionView> = deck
            .questions
            .iter()
            .enumerate()
            .map(|(index, q)| QuestionView {
                number: index + 1,
                id: &q.id,
                text: &q.text,
                category: q.category.as_deref(),
                follow_up: q.follow_up.as_deref(),
                label: deck.label(index),
                path: question_path(&q.id),
            })
            .collect();
        let language = project.settings.language.as_str();
        let shared = Shared {
            project,
            site: Value::from_serializable(&SiteView {
                title: project.site_title(),
                language,
                locale: language.replace('-', "_"),
                base_url: project.settings.base_url.as_deref(),
            }),
            article: Value::from_serializable(&ArticleView {
                title: &article.title,
                author: &article.author,
                description: description.clone(),
                date: article.date.to_string(),
                date_human: words.date(article.date),
                updated: article.updated.map(|d| d.to_string()),
                updated_human: article.updated.map(|d| words.date(d)),
                reading_minutes: rendered.reading_minutes(),
                html: rendered.html,
            }),
            deck: Value::from_serializable(&DeckView {
                title: &deck.title,
                introduction: deck.introduction.as_deref(),
                closing: deck.closing.as_deref(),
                count: deck.questions.len(),
                questions: &question_views,
            }),
            downloads: Value::from_serializable(
                &self
                    .downloads
                    .iter()
                    .map(|d| DownloadView {
                        file: &d.file,
                        title: &d.title,
                        description: &d.description,
                        pages: d.pages,
                        size: words.file_size(d.bytes),
                    })
                    .collect::<Vec<_>>(),
            ),
            questions: question_views
                .iter()
                .map(Value::from_serializable)
                .collect(),
            words: Value::from_serializable(&words),
        };

        let deck_description = deck
            .introduction
            .as_deref()
            .unwrap_or(words.get(Key::QuestionsDescription));
        let fixed_pages = [
            Page {
                path: "index.html".into(),
                template: "article.html",
                title: &article.title,
                description: &description,
                section: "article",
            },
            Page {
                path: "questions/index.html".into(),
                template: "questions.html",
                title: &deck.title,
                description: deck_description,
                section: "questions",
            },
            Page {
                path: "draw.html".into(),
                template: "draw.html",
                title: words.get(Key::DrawCard),
                description: words.get(Key::DrawDescription),
                section: "draw",
            },
            Page {
                path: "print.html".into(),
                template: "print.html",
                title: words.get(Key::Print),
                description: words.get(Key::PrintDescription),
                section: "print",
            },
        ];
        let mut sitemap = Vec::new();
        for page in &fixed_pages {
            let html = self.theme.render(
                page.template,
                &shared.context(page, &relative_root(&page.path)),
            )?;
            out.write(&page.path, html.as_bytes())?;
            sitemap.push(page.path.clone());
        }

        // Question pages are independent of each other: a large deck spreads them over the
        // machine's cores (each thread takes a run of consecutive questions).
        let indices: Vec<usize> = (0..deck.questions.len()).collect();
        parallel::map(
            &indices,
            QUESTION_PAGES_PER_THREAD,
            "writing the question pages",
            |&index| self.question_page(&shared, index, out),
        )?
        .into_iter()
        .collect::<Result<()>>()?;
        sitemap.extend(deck.questions.iter().map(|q| question_path(&q.id)));

        // The 404 page is served for missing addresses at any depth, so its links are absolute
        // when the site's address is known; otherwise relative to the root.
        let not_found = Page {
            path: "404.html".into(),
            template: "404.html",
            title: words.get(Key::NotFoundTitle),
            description: words.get(Key::NotFoundDescription),
            section: "",
        };
        let root_404 = project.settings.base_url.clone().unwrap_or_default();
        out.write(
            "404.html",
            self.theme
                .render("404.html", &shared.context(&not_found, &root_404))?
                .as_bytes(),
        )?;

        for (name, bytes) in &self.theme.assets {
            out.write(name, bytes)?;
        }
        copy_content_files(&project.paths, out)?;
        if let Some(base) = &project.settings.base_url {
            let lastmod = article.updated.unwrap_or(article.date);
            out.write(
                "sitemap.xml",
                sitemap_xml(base, &sitemap, &lastmod.to_string()).as_bytes(),
            )?;
            out.write(
                "robots.txt",
                format!("User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n").as_bytes(),
            )?;
        }
        Ok(())
    }
}

/// Copies the writer's own files from `content/` (images, say) into the output.
fn copy_content_files(paths: &ProjectPaths, out: &Staging) -> Result<()> {
    let known = [
        ProjectPaths::ARTICLE,
        ProjectPaths::QUESTIONS,
        ProjectPaths::SETTINGS,
    ];
    for (relative, path) in project_files(&paths.content(), paths)? {
        if known.contains(&relative.as_str()) {
            continue;
        }
        let bytes = std::fs::read(&path)
            .map_err(|e| crate::error::Error::io("read", &paths.shown(&path), e))?;
        out.write(&relative, &bytes)?;
    }
    Ok(())
}

fn sitemap_xml(base: &str, paths: &[String], lastmod: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        let location = format!("{base}{}", path.trim_end_matches("index.html"));
        xml.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{lastmod}</lastmod></url>\n",
            escape_xml(&location)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The first sentence of some Markdown, as plain text, for a page description.
fn first_sentence(markdown: &str) -> String {
    let paragraph = markdown.trim().split("\n\n").next().unwrap_or_default();
    let plain: String = paragraph
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '#' | '`'))
        .collect();
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    match plain.find(". ") {
        Some(end) => plain[..=end].to_string(),
        None => plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_are_relative() {
        assert_eq!(relative_root("index.html"), "");
        assert_eq!(relative_root("questions/a.html"), "../");
    }

    #[test]
    fn descriptions_and_sitemaps() {
        assert_eq!(first_sentence("**One** two. Three.\n\nFour."), "One two.");
        let xml = sitemap_xml(
            "https://a.org/x/",
            &["index.html".into(), "questions/q.html".into()],
            "2025-02-19",
        );
        assert!(xml.contains("<loc>https://a.org/x/</loc>"));
        assert!(xml.contains("<loc>https://a.org/x/questions/q.html</loc>"));
    }
}
