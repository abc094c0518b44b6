//! The website: the article, the questions (a list and a page each), "draw a card", the print
//! page, a 404 page, and, when the site's address is known, a sitemap and robots.txt.
//!
//! Every internal link is relative (each page knows how far it sits from the site's root), so
//! the same output works at a domain's root, under a sub-path, or opened from disk.

mod feed;
mod fonts;
mod home;
mod inline;
mod look;
mod pages;
mod piece;
mod theme;

use serde::Serialize;
use tera::{Context, Value};

pub use theme::{Theme, default_files, project_files};

use piece::Held;

use crate::content::{Project, Question, refs};
use crate::deck::share;
use crate::error::Result;
use crate::output::Staging;
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
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    language: &'a str,
    locale: String,
    base_url: Option<&'a str>,
    /// The practice's writer (`author` in the settings): the footer of a deck alone's pages
    /// names it.
    author: Option<&'a str>,
    /// Whether the site has a feed (`feed.xml`: it has an address and an article).
    feed: bool,
    /// The deck's accent, for the browser's `theme-color`.
    theme_color: String,
}

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    description: &'a str,
    canonical: Option<String>,
    section: &'a str,
    og_type: &'a str,
    /// The picture a shared link to the page shows, when there is one.
    image: Option<ShareView>,
}

/// A page's share image (`og:image`): its absolute address, size and what it shows, plain.
#[derive(Serialize)]
struct ShareView {
    url: String,
    width: u32,
    height: u32,
    alt: String,
}

/// One page to render: where it goes, with which template, and what it is about.
struct Page<'a> {
    path: String,
    template: &'static str,
    title: &'a str,
    description: &'a str,
    section: &'a str,
    /// The question the page is about, if it is a question's page (its share image shows its
    /// card).
    question: Option<&'a Question>,
}

/// Values shared by every page, converted for the templates once.
struct Shared<'a> {
    project: &'a Project,
    site: Value,
    menu: Value,
    /// The menu's decks, when the site has several.
    decks: Value,
    /// The HTML of `content/index.md`, shown above the home page's list of pieces.
    introduction: Value,
    /// The interface's words in the reader's language.
    words: &'a Words,
    /// The same words, as the templates see them (`words`).
    words_value: Value,
}

impl Shared<'_> {
    /// The context of `page` of the piece `held`, `root` being the way back to the site's root.
    fn context(&self, page: &Page, held: &Held<'_>, root: &str) -> Context {
        let canonical = self
            .project
            .settings
            .base_url
            .as_ref()
            .map(|base| format!("{base}{}", page.path.trim_end_matches("index.html")));
        let here = page.path.strip_prefix(&held.prefix).unwrap_or(&page.path);
        // Share images are made with the cards, for each piece with a deck, and only when the
        // site's address is known (`og:image` is absolute).
        let image = match (&self.project.settings.base_url, held.deck) {
            (Some(base), Some(deck)) => Some(ShareView {
                url: format!(
                    "{base}{}{}",
                    held.prefix,
                    page.question.map_or_else(
                        || share::TITLE_FILE.to_string(),
                        |q| share::question_file(&q.id)
                    )
                ),
                width: share::PIXELS.0,
                height: share::PIXELS.1,
                alt: page
                    .question
                    .map_or_else(|| deck.title.clone(), |q| q.text.plain()),
            }),
            _ => None,
        };
        let [article, deck, downloads] = &held.values;
        let mut context = Context::new();
        context.insert_value("site", self.site.clone());
        context.insert_value("article", article.clone());
        context.insert_value("deck", deck.clone());
        context.insert_value("downloads", downloads.clone());
        context.insert_value("menu", self.menu.clone());
        context.insert_value("decks", self.decks.clone());
        context.insert("prefix", &held.prefix);
        context.insert_value("pieces", held.listing.clone());
        context.insert_value("introduction", self.introduction.clone());
        context.insert("draft", &held.draft);
        context.insert_value("words", self.words_value.clone());
        context.insert("root", root);
        context.insert("here", &relative_root(here));
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
                image,
            },
        );
        context
    }
}

/// The Markdown of a page in the output folder `folder` (`""` or `teens/`) as HTML, its `@/`
/// links to other pieces turned into relative addresses (build has checked they all lead
/// somewhere).
fn to_html(
    project: &Project,
    words: &Words,
    markdown: &str,
    folder: &str,
) -> crate::markdown::Rendered {
    let back = relative_root(folder);
    let text = refs::rewrite(markdown, |reference| {
        refs::address(project, reference).map(|to| format!("{back}{to}"))
    });
    crate::markdown::to_html(
        &text,
        words.get(Key::LinkToSection),
        &mut words.typographer(),
    )
}

/// `../` once for each folder `path` is inside: the way back to the site's root.
fn relative_root(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

impl SiteRenderer {
    /// Writes every page of the site and the files it needs.
    pub fn write(&self, project: &Project, out: &Staging) -> Result<()> {
        let language = project.settings.language.as_str();
        let words = &project.settings.words;
        let updated = feed::updated(project);
        let shared = Shared {
            project,
            site: Value::from_serializable(&SiteView {
                title: project.site_title(),
                language,
                locale: crate::words::locale(language),
                base_url: project.settings.base_url.as_deref(),
                author: project.settings.author.as_deref(),
                feed: project.settings.base_url.is_some() && updated.is_some(),
                theme_color: project.settings.deck.colours.accent.hex(),
            }),
            menu: pages::menu(project),
            decks: pages::decks(project),
            introduction: project.index.as_ref().map_or_else(Value::none, |index| {
                Value::from(to_html(project, words, &index.body, "").html)
            }),
            words,
            words_value: Value::from_serializable(words),
        };
        let pieces: Vec<Held> = project
            .pieces
            .iter()
            .map(|piece| {
                let held = (piece.article.as_ref(), piece.deck.as_ref());
                let prefix = format!("{}/", piece.slug);
                Held::new(&shared, prefix, held, piece.draft(), &self.downloads)
            })
            .collect();
        let home = Held::new(
            &shared,
            String::new(),
            (project.article.as_ref(), project.deck.as_ref()),
            false,
            &self.downloads,
        );
        let home = Held {
            listing: home::listing(&pieces, words),
            description: home::description(project, &home),
            ..home
        };
        let mut sitemap = self.write_piece(&shared, &home, out)?;
        for held in &pieces {
            sitemap.extend(self.write_piece(&shared, held, out)?);
        }
        sitemap.extend(self.write_pages(&shared, &home, out)?);

        // The 404 page is served for missing addresses at any depth (`/teens/x/old.html`), so
        // a relative link on it would lead somewhere else at every depth. Its links are absolute
        // when the site's address is known; otherwise they start at the domain's root (`/`),
        // which is right wherever the site is served at a domain's root (a site under a
        // sub-path needs `base_url`). Its menu links to the home piece, so `here` is the root too.
        let not_found = Page {
            path: "404.html".into(),
            template: "404.html",
            title: words.get(Key::NotFoundTitle),
            description: words.get(Key::NotFoundDescription),
            section: "",
            question: None,
        };
        let root_404 = project
            .settings
            .base_url
            .clone()
            .unwrap_or_else(|| "/".to_string());
        let mut context = shared.context(&not_found, &home, &root_404);
        context.insert("here", &root_404);
        out.write(
            "404.html",
            self.theme.render("404.html", &context)?.as_bytes(),
        )?;

        let fonts = fonts::write(project, words, out)?;
        for (name, bytes) in &self.theme.assets {
            if name == "style.css" {
                let look = look::css(&project.settings.deck);
                let added = [bytes.as_slice(), fonts.as_bytes(), look.as_bytes()].concat();
                out.write(name, &added)?;
            } else {
                out.write(name, bytes)?;
            }
        }
        out.write(
            crate::deck::images::ICON_FILE,
            &crate::deck::images::icon_png(&project.settings.deck)?,
        )?;
        copy_content_files(project, out)?;
        if let Some(base) = &project.settings.base_url {
            // The home article's last change, else the newest article's.
            let home = project
                .article
                .as_ref()
                .map(|a| a.updated.unwrap_or(a.date));
            let lastmod = home.or(updated).map(|date| date.to_string());
            out.write(
                "sitemap.xml",
                sitemap_xml(base, &sitemap, lastmod.as_deref()).as_bytes(),
            )?;
            if let Some(updated) = updated {
                let feed = feed::atom_xml(project, base, project.site_title(), updated);
                out.write("feed.xml", feed.as_bytes())?;
            }
            out.write(
                "robots.txt",
                format!("User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n").as_bytes(),
            )?;
        }
        Ok(())
    }
}

/// Copies the files the publishing rules publish (`content/static/`, and what the articles and
/// pages link to) into the output.
fn copy_content_files(project: &Project, out: &Staging) -> Result<()> {
    for (relative, path) in &project.published {
        let bytes = std::fs::read(path)
            .map_err(|e| crate::error::Error::io("read", &project.paths.shown(path), e))?;
        out.write(relative, &bytes)?;
    }
    Ok(())
}

/// The sitemap of the pages at `paths` of the site at `base`, each last changed at `lastmod`
/// when that is known.
fn sitemap_xml(base: &str, paths: &[String], lastmod: Option<&str>) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        let location = format!("{base}{}", path.trim_end_matches("index.html"));
        let lastmod = lastmod.map_or_else(String::new, |date| format!("<lastmod>{date}</lastmod>"));
        xml.push_str(&format!(
            "  <url><loc>{}</loc>{lastmod}</url>\n",
            escape_xml(&location)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `text` with the characters XML reserves (in text and in attribute values) escaped.
fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
            Some("2025-02-19"),
        );
        assert!(xml.contains("<loc>https://a.org/x/</loc>"));
        assert!(xml.contains("<loc>https://a.org/x/questions/q.html</loc>"));
    }
}
