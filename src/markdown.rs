//! Markdown to HTML for the site, with the reader's language's punctuation, footnotes and
//! heading anchors.
//!
//! Everything deckle itself writes into the HTML from the writer's text is escaped (the
//! heading anchors' `href`, as pulldown-cmark escapes the ids, classes and attributes it
//! writes). Raw HTML in the Markdown passes through unchanged on purpose: the writer is the
//! only author of the article, and HTML is how a video or a figure gets in (see README.md).

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};
use pulldown_cmark_escape::escape_html;

use crate::words::Typographer;

/// The Markdown features deckle turns on, shared by every reader of the article. Quotes and
/// dashes are left as typed here: [`events`] sets them in the reader's language.
pub fn options() -> Options {
    Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
}

/// The article as HTML, and how long it takes to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The HTML of the body.
    pub html: String,
    /// Number of words in the text.
    pub words: usize,
}

impl Rendered {
    /// Minutes to read at 200 words a minute, at least one.
    pub fn reading_minutes(&self) -> usize {
        self.words.div_ceil(200).max(1)
    }
}

/// The events of `markdown`, its straight quotes, `--` and `...` set by `typographer` (the
/// language's marks: “…” in English, « … » in French) everywhere but in code, so that the
/// site and the booklet print the article as the cards print the questions.
pub fn events<'a>(markdown: &'a str, typographer: &mut Typographer) -> Vec<Event<'a>> {
    let mut in_code = false;
    Parser::new_ext(markdown, options())
        .map(|event| match event {
            Event::Text(text) if !in_code => Event::Text(typographer.convert(&text).into()),
            Event::Start(tag) => {
                in_code = matches!(tag, Tag::CodeBlock(_));
                if !matches!(
                    tag,
                    Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. }
                ) {
                    typographer.reset();
                }
                Event::Start(tag)
            }
            Event::End(end) => {
                in_code &= !matches!(end, TagEnd::CodeBlock);
                Event::End(end)
            }
            Event::SoftBreak | Event::HardBreak => {
                // A quote at the start of the next line opens.
                typographer.convert(" ");
                event
            }
            other => other,
        })
        .collect()
}

/// Renders Markdown to HTML. Every heading gets an `id` (its own, or one made from its text)
/// and a link to itself named `anchor_label` for screen readers ("Link to this section"), so
/// sections can be linked to.
pub fn to_html(markdown: &str, anchor_label: &str, typographer: &mut Typographer) -> Rendered {
    let mut events = events(markdown, typographer);
    let words = count_words(&events);
    add_heading_anchors(&mut events, anchor_label);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    Rendered { html: out, words }
}

/// Counts words across events: inline pieces (text split by smart quotes, say) join up, and
/// block ends and line breaks separate.
fn count_words(events: &[Event]) -> usize {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().count()
}

fn add_heading_anchors(events: &mut Vec<Event>, label: &str) {
    let mut used = HashSet::new();
    let mut index = 0;
    while index < events.len() {
        if let Event::Start(Tag::Heading { id, .. }) = &events[index] {
            let end = events[index..]
                .iter()
                .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))
                .map_or(events.len(), |offset| index + offset);
            let wanted = match id {
                Some(id) => id.to_string(),
                None => slug(&heading_text(&events[index + 1..end])),
            };
            let unique = unique_id(wanted, &mut used);
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[index] {
                *id = Some(CowStr::from(unique.clone()));
            }
            events.insert(end, Event::InlineHtml(anchor(&unique, label).into()));
            index = end + 1;
        }
        index += 1;
    }
}

/// The link a heading gets to itself, named `label`. `id` is escaped as pulldown-cmark escapes
/// the heading's `id` attribute, so the two read the same to the browser and to `deckle check`.
fn anchor(id: &str, label: &str) -> String {
    let mut link = String::from(" <a class=\"heading-anchor\" href=\"#");
    // Writing to a String cannot fail.
    let _ = escape_html(&mut link, id);
    link.push_str("\" aria-label=\"");
    let _ = escape_html(&mut link, label);
    link.push_str("\">#</a>");
    link
}

fn heading_text(events: &[Event]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}

fn unique_id(wanted: String, used: &mut HashSet<String>) -> String {
    let base = if wanted.is_empty() {
        "section".to_string()
    } else {
        wanted
    };
    let mut candidate = base.clone();
    let mut n = 1;
    while !used.insert(candidate.clone()) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// A lowercase, hyphenated form of `text` for use in addresses: "Why it matters" → "why-it-matters".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') && c != '’' && c != '\'' {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    /// The English HTML of `markdown`.
    fn to_html(markdown: &str, anchor_label: &str) -> Rendered {
        super::to_html(
            markdown,
            anchor_label,
            &mut Words::for_language("en").typographer(),
        )
    }

    #[test]
    fn quotes_and_dashes_in_the_readers_language_but_not_in_code() {
        let markdown = "Il dit \"*oui*\" -- enfin !\n\n    \"code\"\n\nEt `\"ça\"`.\n";
        let mut typographer = Words::for_language("fr").typographer();
        let html = super::to_html(markdown, "Lien", &mut typographer).html;
        assert!(
            html.contains("Il dit «\u{202F}<em>oui</em>\u{202F}»\u{A0}– enfin\u{202F}!"),
            "{html}"
        );
        assert!(html.contains("<code>\"code\""), "{html}");
        assert!(html.contains("<code>\"ça\"</code>"), "{html}");
        let mut typographer = Words::for_language("de").typographer();
        let html = super::to_html("Er sagt \"ja\".\n", "Link", &mut typographer).html;
        assert!(html.contains("Er sagt „ja“."), "{html}");
    }

    #[test]
    fn smart_punctuation_and_words() {
        let r = to_html("It's \"fine\" -- really.\n", "Link to this section");
        assert!(r.html.contains("It’s “fine” – really."), "{}", r.html);
        assert_eq!(r.words, 4);
        assert_eq!(r.reading_minutes(), 1);
    }

    #[test]
    fn headings_get_unique_anchors() {
        let r = to_html(
            "# Why it matters\n\n## Why it matters\n\n## Own {#mine}\n",
            "Lien vers \"ici\"",
        );
        assert!(
            r.html
                .contains("aria-label=\"Lien vers &quot;ici&quot;\">#</a>")
        );
        assert!(r.html.contains("<h1 id=\"why-it-matters\">"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"why-it-matters-1\">"));
        assert!(r.html.contains("<h2 id=\"mine\">"));
        assert!(r.html.contains("href=\"#why-it-matters-1\""));
    }

    #[test]
    fn heading_ids_cannot_break_out_of_their_attributes() {
        let r = to_html(
            "## H {#x\"onmouseover=alert(1)//}\n\n## I {#y\"><script>}\n",
            "Lien vers « cette » section",
        );
        assert!(
            r.html
                .contains("<h2 id=\"x&quot;onmouseover=alert(1)//\">H <a class=\"heading-anchor\" href=\"#x&quot;onmouseover=alert(1)//\""),
            "{}",
            r.html
        );
        // No attribute of an anchor holds a raw quote, angle bracket or ampersand.
        for anchor in r.html.split("<a ").skip(1) {
            let tag = &anchor[..anchor.find('>').unwrap()];
            let values: Vec<&str> = tag.split('"').skip(1).step_by(2).collect();
            assert_eq!(values.len(), 3, "{tag}");
            assert!(!tag.contains("<script"), "{tag}");
            for value in values {
                assert!(!value.contains(['<', '>', '\'']), "{tag}");
                assert!(
                    value.split('&').skip(1).all(|entity| entity.contains(';')),
                    "{tag}"
                );
            }
        }
    }

    #[test]
    fn footnotes_render() {
        let r = to_html("Text[^1].\n\n[^1]: A note.\n", "Link to this section");
        assert!(r.html.contains("footnote"), "{}", r.html);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("What’s next?"), "whats-next");
        assert_eq!(slug("  A  b "), "a-b");
    }
}
