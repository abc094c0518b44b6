//! Vollkorn on the site: the faces the theme sets in Vollkorn (regular and italic on the web
//! card, bold in headings), each cut down to the characters of the project's text and served
//! as WOFF2 (`fonts/vollkorn-*.woff2`), with their `@font-face` rules added to `style.css`.
//!
//! The rules say `font-display: swap` (text shows at once in the fallback, then in Vollkorn),
//! and a fallback face, "Vollkorn fallback", is Georgia (on most computers and phones) made
//! to take Vollkorn's room: `size-adjust` gives it Vollkorn's average width and the
//! `*-override`s Vollkorn's line height, so lines break in the same places and nothing moves
//! when Vollkorn arrives.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::{Mutex, PoisonError};

use crate::content::{Deck, Project};
use crate::error::{Error, Result};
use crate::layout::{Font, Style, shape};
use crate::output::Staging;
use crate::woff2::Table;
use crate::words::{Key, Words};

/// The faces the site serves: style, CSS weight and style, file, and Georgia's average width
/// in that face (capsize's `xWidthAvg` for Georgia, per 2,048 units: weighted by how often
/// each letter and the space come up in English text).
const FACES: [(Style, u16, &str, &str, f32); 3] = [
    (Style::Regular, 400, "normal", "regular", 913.0),
    (Style::Italic, 400, "italic", "italic", 931.0),
    (Style::Bold, 700, "normal", "bold", 1062.0),
];

/// How often each letter of `a`–`z` and the space come up in English text, in thousandths
/// (the weighting of capsize's `xWidthAvg`, so the two averages compare).
const ENGLISH: [(char, f32); 27] = [
    ('a', 66.8),
    ('b', 12.2),
    ('c', 22.8),
    ('d', 34.8),
    ('e', 104.0),
    ('f', 18.2),
    ('g', 16.5),
    ('h', 49.8),
    ('i', 57.0),
    ('j', 1.3),
    ('k', 6.3),
    ('l', 32.9),
    ('m', 19.7),
    ('n', 55.2),
    ('o', 61.5),
    ('p', 15.8),
    ('q', 0.8),
    ('r', 49.0),
    ('s', 51.8),
    ('t', 74.1),
    ('u', 22.6),
    ('v', 8.0),
    ('w', 19.3),
    ('x', 1.2),
    ('y', 16.1),
    ('z', 0.6),
    (' ', 182.0),
];

/// Characters every site may show whatever its text: printable ASCII (numbers, dates,
/// addresses) and the typographer's quotes, dashes and spaces.
const ALWAYS: &str = "’‘“”«»„‹›–—…·•×\u{a0}\u{202f}";

/// Every character of the project's text that the site may show: titles, articles, decks,
/// pages, and the interface's words in the reader's language.
fn characters(project: &Project, words: &Words) -> BTreeSet<char> {
    let mut text: Vec<&str> = vec![project.site_title(), ALWAYS];
    let pieces = &project.pieces;
    let articles = (project.article.iter()).chain(pieces.iter().filter_map(|p| p.article.as_ref()));
    for article in articles {
        text.extend([article.title.as_str(), &article.author, &article.body]);
        text.extend(article.description.as_deref());
    }
    let decks = (project.deck.iter()).chain(pieces.iter().filter_map(|p| p.deck.as_ref()));
    for deck in decks {
        add_deck(deck, &mut text);
    }
    for page in project.pages.iter().chain(&project.index) {
        text.extend([page.title.as_str(), &page.body]);
    }
    text.extend(Key::ALL.iter().map(|key| words.get(*key)));
    let mut found: BTreeSet<char> = (' '..='~').collect();
    for piece in text {
        found.extend(piece.chars().filter(|c| !c.is_control()));
    }
    found
}

/// The texts of `deck`.
fn add_deck<'a>(deck: &'a Deck, text: &mut Vec<&'a str>) {
    text.push(&deck.title);
    let texts = deck.introduction.iter().chain(&deck.closing);
    let questions = deck.questions.iter().flat_map(|question| {
        std::iter::once(&question.text)
            .chain(&question.category)
            .chain(&question.follow_up)
    });
    for typed in texts.chain(questions) {
        // As typed, and as set (with the language's quotes and dashes).
        text.push(typed.source());
        text.extend(
            typed
                .paragraphs()
                .iter()
                .flatten()
                .map(|run| run.text.as_str()),
        );
    }
}

/// The glyph of `style` that shows each of `characters` on the site, by character: the one
/// shaping gives it alone, so figures are the lining ones the cards print ("1 / 20"; Vollkorn's
/// default figures are old-style). Characters the face lacks are left to the fallback.
fn glyphs(style: Style, characters: &BTreeSet<char>) -> Result<BTreeMap<char, u16>> {
    let font = Font::get(style);
    let mut glyphs = BTreeMap::new();
    for c in characters
        .iter()
        .filter(|c| font.face.glyph_index(**c).is_some())
    {
        let run = shape(&c.to_string(), style).map_err(|e| {
            Error::new(format!(
                "could not prepare the site's {} font: {e}",
                style.describe()
            ))
        })?;
        if let [glyph] = run.glyphs.as_slice() {
            glyphs.insert(*c, glyph.id);
        }
    }
    Ok(glyphs)
}

/// A `cmap` table mapping each character to its glyph (format 12, for Unicode and for
/// Windows), in place of the subset's own, which knows only the font's default glyphs.
fn cmap(glyphs: &BTreeMap<char, u16>) -> Vec<u8> {
    // Runs of consecutive characters on consecutive glyphs, each one group.
    let mut groups: Vec<(u32, u32, u32)> = Vec::new();
    for (c, glyph) in glyphs {
        let (c, glyph) = (*c as u32, u32::from(*glyph));
        match groups.last_mut() {
            Some((start, end, first)) if *end + 1 == c && *first + (c - *start) == glyph => {
                *end = c;
            }
            _ => groups.push((c, c, glyph)),
        }
    }
    let mut table = Vec::new();
    let u16s = |table: &mut Vec<u8>, values: &[u16]| {
        values.iter().for_each(|v| table.extend(v.to_be_bytes()));
    };
    let u32s = |table: &mut Vec<u8>, values: &[u32]| {
        values.iter().for_each(|v| table.extend(v.to_be_bytes()));
    };
    // Version 0, two encoding records (Unicode full repertoire; Windows UCS-4) for one subtable.
    u16s(&mut table, &[0, 2, 0, 4]);
    u32s(&mut table, &[20]);
    u16s(&mut table, &[3, 10]);
    u32s(&mut table, &[20]);
    let length = 16 + 12 * groups.len() as u32;
    u16s(&mut table, &[12, 0]);
    u32s(&mut table, &[length, 0, groups.len() as u32]);
    for (start, end, first) in groups {
        u32s(&mut table, &[start, end, first]);
    }
    table
}

/// The WOFF2 files this process made last, by face, with their names: `deckle serve` builds
/// again at every save, and a face's Brotli compression costs more than the rest of a small
/// site's pages.
static MADE: Mutex<BTreeMap<Style, (String, Vec<u8>)>> = Mutex::new(BTreeMap::new());

/// Writes `style`'s face for the site, showing `characters`, into `out` as WOFF2, named after
/// its contents (`fonts/vollkorn-regular-0123abcd.woff2`), and returns the name. A face this
/// process or the previous build already made is not compressed again.
fn write_face(
    style: Style,
    slug: &str,
    characters: &BTreeSet<char>,
    out: &Staging,
) -> Result<String> {
    let fail = |e: String| {
        Error::new(format!(
            "could not prepare the site's {} font: {e}",
            style.describe()
        ))
    };
    let glyphs = glyphs(style, characters)?;
    let subset = crate::pdf::web_subset(style, glyphs.values().copied())?;
    let renumbered: BTreeMap<char, u16> = glyphs
        .iter()
        .filter_map(|(c, old)| Some((*c, *subset.ids.get(old)?)))
        .collect();
    let cmap = cmap(&renumbered);
    let tables: Vec<Table> = crate::woff2::tables(&subset.bytes)
        .map_err(fail)?
        .into_iter()
        .map(|table| match &table.tag {
            b"cmap" => Table {
                data: &cmap,
                ..table
            },
            _ => table,
        })
        .collect();
    let contents: Vec<u8> = tables
        .iter()
        .flat_map(|t| t.tag.iter().chain(t.data))
        .copied()
        .collect();
    let name = format!(
        "fonts/vollkorn-{slug}-{:08x}.woff2",
        crate::pdf::fingerprint(&contents, 0) as u32
    );
    let mut made = MADE.lock().unwrap_or_else(PoisonError::into_inner);
    match made.get(&style) {
        Some((known, bytes)) if *known == name => out.write(&name, bytes)?,
        _ if out.keep_previous(&name)? => {}
        _ => {
            let bytes = crate::woff2::encode(&tables).map_err(fail)?;
            out.write(&name, &bytes)?;
            made.insert(style, (name.clone(), bytes));
        }
    }
    Ok(name)
}

/// Vollkorn's average width in `style`, weighted as Georgia's is, in em.
fn average_width(style: Style) -> f32 {
    let font = Font::get(style);
    let (total, weights) = ENGLISH
        .iter()
        .fold((0.0, 0.0), |(total, weights), (c, weight)| {
            let advance = font
                .face
                .glyph_index(*c)
                .and_then(|g| font.face.glyph_hor_advance(g))
                .map_or(0.0, f32::from);
            (total + advance * weight, weights + weight)
        });
    total / weights / font.units_per_em
}

/// Writes the site's Vollkorn faces for `project` into `out`; returns the CSS that serves
/// them, for the end of `style.css`.
pub(super) fn write(project: &Project, words: &Words, out: &Staging) -> Result<String> {
    let characters = characters(project, words);
    let mut css = String::from(
        "\n/* Vollkorn, cut down to the characters of this site, and a fallback that takes its room: added by deckle. */\n",
    );
    for (style, weight, font_style, slug, georgia) in FACES {
        let file = write_face(style, slug, &characters, out)?;
        let font = Font::get(style);
        let line_gap = f32::from(font.face.line_gap()) / font.units_per_em;
        let size = average_width(style) / (georgia / 2048.0);
        let percent = |em: f32| em / size * 100.0;
        let _ = write!(
            css,
            "@font-face {{ font-family: \"Vollkorn\"; src: url(\"{file}\") format(\"woff2\"); font-weight: {weight}; font-style: {font_style}; font-display: swap; }}\n\
             @font-face {{ font-family: \"Vollkorn fallback\"; src: {local}; font-weight: {weight}; font-style: {font_style}; size-adjust: {:.2}%; ascent-override: {:.2}%; descent-override: {:.2}%; line-gap-override: {:.2}%; }}\n",
            size * 100.0,
            percent(font.ascent),
            percent(font.descent),
            percent(line_gap),
            local = match style {
                Style::Regular => "local(\"Georgia\")",
                Style::Italic => "local(\"Georgia Italic\"), local(\"Georgia\")",
                _ => "local(\"Georgia Bold\"), local(\"Georgia\")",
            },
        );
    }
    Ok(css)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vollkorn_is_somewhat_narrower_than_georgia() {
        for (style, _, _, _, georgia) in FACES {
            let ratio = average_width(style) / (georgia / 2048.0);
            assert!((0.75..1.0).contains(&ratio), "{style:?}: {ratio}");
        }
    }
}
