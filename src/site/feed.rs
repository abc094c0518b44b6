//! The Atom feed of the articles (`feed.xml`), newest first: written only when the site's
//! address (`base_url`) is known, since a feed's links must be absolute. Its dates come from
//! the articles, so the same content gives the same bytes. Every entry names its article's
//! author, and the feed the settings' `author` when there is one.

use super::escape_xml;
use crate::content::{Article, Project};

/// One article of the feed: where its page is (from the site's root) and the article.
type Entry<'a> = (String, &'a Article);

/// The articles of `project`, newest first: the home article and every piece's.
fn entries(project: &Project) -> Vec<Entry<'_>> {
    let home = project
        .article
        .iter()
        .map(|article| (String::new(), article));
    let mut entries: Vec<Entry> = home
        .chain(project.pieces.iter().filter_map(|piece| {
            piece
                .article
                .as_ref()
                .map(|article| (format!("{}/", piece.slug), article))
        }))
        .collect();
    entries.sort_by_key(|(_, article)| std::cmp::Reverse(last_change(article)));
    entries
}

fn last_change(article: &Article) -> crate::date::Date {
    article.updated.unwrap_or(article.date)
}

/// A date as Atom writes it: midnight UTC of that day.
fn timestamp(date: crate::date::Date) -> String {
    format!("{date}T00:00:00Z")
}

/// The last change of any article of `project` (the feed's and the sitemap's date); `None`
/// when the site has no article.
pub(super) fn updated(project: &Project) -> Option<crate::date::Date> {
    entries(project)
        .iter()
        .map(|(_, article)| last_change(article))
        .max()
}

/// The feed of `project`'s articles, for the site at `base` (ending in `/`), updated at
/// `updated` (see [`updated`]).
pub(super) fn atom_xml(
    project: &Project,
    base: &str,
    title: &str,
    updated: crate::date::Date,
) -> String {
    let entries = entries(project);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>{}</title>\n  <id>{}</id>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}feed.xml\"/>\n  <updated>{}</updated>\n",
        escape_xml(title),
        escape_xml(base),
        escape_xml(base),
        escape_xml(base),
        timestamp(updated)
    );
    if let Some(author) = &project.settings.author {
        let name = escape_xml(author);
        xml.push_str(&format!("  <author><name>{name}</name></author>\n"));
    }
    for (path, article) in entries {
        let address = escape_xml(&format!("{base}{path}"));
        xml.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{address}</id>\n    <link href=\"{address}\"/>\n    <author><name>{}</name></author>\n    <published>{}</published>\n    <updated>{}</updated>\n",
            escape_xml(&article.title),
            escape_xml(&article.author),
            timestamp(article.date),
            timestamp(last_change(article)),
        ));
        if let Some(summary) = &article.description {
            xml.push_str(&format!("    <summary>{}</summary>\n", escape_xml(summary)));
        }
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}
