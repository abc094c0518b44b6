//! Shaping: turning a string into positioned glyphs with the font's real advances, kerning and
//! ligatures (rustybuzz, a Rust port of HarfBuzz).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Mutex, OnceLock, PoisonError};

use rustybuzz::UnicodeBuffer;

use super::LayoutError;
use super::font::{Font, Style};

/// Text in one style: what layout is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The words.
    pub text: String,
    /// The face they are set in.
    pub style: Style,
}

impl Span {
    /// A span of `text` in `style`.
    pub fn new(text: impl Into<String>, style: Style) -> Span {
        Span {
            text: text.into(),
            style,
        }
    }
}

/// One glyph, positioned relative to the start of its run.
///
/// Inside a [`ShapedRun`] lengths are in em (multiply by the font size for points); inside a
/// laid-out [`super::Run`] they are in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    /// The glyph's id in the (unsubsetted) font.
    pub id: u16,
    /// Where the glyph's origin sits, from the start of the run.
    pub x: f32,
    /// Vertical shift from the baseline (positive is up); zero for most Latin text.
    pub y: f32,
    /// How far the pen moves after this glyph, kerning included.
    pub advance: f32,
    /// The characters this glyph stands for ("fi" for a ligature, "" for the second glyph of a
    /// decomposed character), so that text copied from a PDF is the text that was set.
    pub text: GlyphText,
}

impl Glyph {
    /// The same glyph with every length multiplied by `factor`.
    pub fn scaled(&self, factor: f32) -> Glyph {
        Glyph {
            x: self.x * factor,
            y: self.y * factor,
            advance: self.advance * factor,
            ..*self
        }
    }
}

/// Glyphs of one style shaped together.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedRun {
    /// The face.
    pub style: Style,
    /// The glyphs, in em.
    pub glyphs: Vec<Glyph>,
    /// The run's advance width, in em.
    pub width: f32,
}

impl ShapedRun {
    /// An empty run.
    pub fn empty(style: Style) -> ShapedRun {
        ShapedRun {
            style,
            glyphs: Vec::new(),
            width: 0.0,
        }
    }
}

/// How many shaped texts each thread keeps for reuse. Words repeat endlessly in running text
/// ("you", "your", "partner", the spaces between them), so a few thousand entries catch nearly
/// every repeat; the limit keeps a huge input from holding all its words in memory.
const CACHE_CAPACITY: usize = 8192;

/// Shaped texts of one thread, by style and text. Shaping is independent of the font size (its
/// lengths are in em), so one entry serves every size. Each thread keeps its own, so PDFs made
/// side by side never wait for each other.
#[derive(Default)]
struct ShapeCache {
    runs: [HashMap<String, Rc<ShapedRun>>; 4],
    entries: usize,
}

impl ShapeCache {
    fn get(&self, text: &str, style: Style) -> Option<&Rc<ShapedRun>> {
        self.runs[style as usize].get(text)
    }

    /// Keeps `run`, first forgetting everything when the cache is full.
    fn insert(&mut self, text: &str, run: &Rc<ShapedRun>) {
        if self.entries >= CACHE_CAPACITY {
            self.runs.iter_mut().for_each(HashMap::clear);
            self.entries = 0;
        }
        self.runs[run.style as usize].insert(text.to_string(), Rc::clone(run));
        self.entries += 1;
    }
}

thread_local! {
    static CACHE: RefCell<ShapeCache> = RefCell::default();
}

/// Shapes `text` in `style`, failing on the first character the font lacks.
///
/// Each distinct text is shaped once per thread (up to a bounded number of them) and then
/// copied from a cache, which gives the very same glyphs.
pub fn shape(text: &str, style: Style) -> Result<ShapedRun, LayoutError> {
    shape_shared(text, style).map(Rc::unwrap_or_clone)
}

/// Like [`shape`], sharing the cache's copy instead of copying it.
pub(super) fn shape_shared(text: &str, style: Style) -> Result<Rc<ShapedRun>, LayoutError> {
    if let Some(run) = CACHE.with_borrow(|cache| cache.get(text, style).cloned()) {
        return Ok(run);
    }
    let run = Rc::new(shape_uncached(text, style)?);
    CACHE.with_borrow_mut(|cache| cache.insert(text, &run));
    Ok(run)
}

/// Shapes `text` in `style` with rustybuzz, without the cache.
fn shape_uncached(text: &str, style: Style) -> Result<ShapedRun, LayoutError> {
    let font = Font::get(style);
    if let Some(character) = text.chars().find(|c| !font.has_char(*c)) {
        return Err(LayoutError::MissingGlyph { character, style });
    }
    if text.is_empty() {
        return Ok(ShapedRun::empty(style));
    }
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    // The buffer must match the face's cached plan: left to right, Latin (the only script
    // the built-in family is made for; other text shapes correctly enough for measuring).
    buffer.set_direction(rustybuzz::Direction::LeftToRight);
    buffer.set_script(rustybuzz::script::LATIN);
    let shaped = rustybuzz::shape_with_plan(&font.face, &font.plan, buffer);
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();

    // Each glyph's text runs from its cluster's start to the next cluster's start.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.push(text.len());
    starts.sort_unstable();
    starts.dedup();
    let cluster_text = |start: usize| {
        let end = starts
            .iter()
            .copied()
            .find(|&s| s > start)
            .unwrap_or(text.len());
        GlyphText::new(text.get(start..end).unwrap_or_default())
    };

    let em = font.units_per_em;
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut pen = 0.0;
    let mut previous_cluster = None;
    for (info, position) in infos.iter().zip(positions) {
        let cluster = info.cluster as usize;
        // Only the first glyph of a cluster carries its text, so nothing is extracted twice.
        let glyph_text = if previous_cluster == Some(cluster) {
            GlyphText::NONE
        } else {
            cluster_text(cluster)
        };
        previous_cluster = Some(cluster);
        let advance = position.x_advance as f32 / em;
        glyphs.push(Glyph {
            id: u16::try_from(info.glyph_id).unwrap_or(0),
            x: pen + position.x_offset as f32 / em,
            y: position.y_offset as f32 / em,
            advance,
            text: glyph_text,
        });
        pen += advance;
    }
    pen -= tighten_before_marks(&mut glyphs);
    Ok(ShapedRun {
        style,
        glyphs,
        width: pen,
    })
}

/// How much closer "?" and "!" are set to the letter before them, in em. Vollkorn gives both
/// a wide left side bearing, which reads as a space ("me ?") in languages that set them
/// close; French, which spaces them, puts a narrow no-break space before them (see
/// [`crate::words::Typographer`]), and a mark after a space is left alone.
const MARK_TIGHTENING: f32 = 0.06;

/// Pulls each "?" and "!" that directly follows a visible character [`MARK_TIGHTENING`]
/// closer to it (and everything after it along); returns how much the run got shorter.
fn tighten_before_marks(glyphs: &mut [Glyph]) -> f32 {
    let mut pulled = 0.0;
    for index in 0..glyphs.len() {
        glyphs[index].x -= pulled;
        let is_mark = matches!(glyphs[index].text.as_str(), "?" | "!");
        let after_visible = index > 0
            && glyphs[index - 1]
                .text
                .as_str()
                .chars()
                .last()
                .is_some_and(|c| !c.is_whitespace());
        if is_mark && after_visible {
            glyphs[index].x -= MARK_TIGHTENING;
            glyphs[index - 1].advance -= MARK_TIGHTENING;
            pulled += MARK_TIGHTENING;
        }
    }
    pulled
}

/// The text `glyphs` stand for, as copied from a PDF (for messages and tests).
pub fn text_of<'a>(glyphs: impl IntoIterator<Item = &'a Glyph>) -> String {
    glyphs.into_iter().map(|g| g.text.as_str()).collect()
}

/// The characters a glyph stands for, stored once for the whole program: a deck holds
/// millions of glyphs but only a few dozen different glyph texts (clusters: a character, a
/// ligature's letters, a letter with its accents), so a glyph carries a two-byte number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlyphText(u16);

/// Every glyph text seen so far, numbered in the order first seen; number 0 is "".
#[derive(Default)]
struct GlyphTexts {
    numbers: HashMap<&'static str, u16>,
    texts: Vec<&'static str>,
}

fn glyph_texts() -> std::sync::MutexGuard<'static, GlyphTexts> {
    static TEXTS: OnceLock<Mutex<GlyphTexts>> = OnceLock::new();
    TEXTS
        .get_or_init(|| {
            Mutex::new(GlyphTexts {
                numbers: HashMap::from([("", 0)]),
                texts: vec![""],
            })
        })
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
}

impl GlyphText {
    /// No text: the second glyph of a decomposed character.
    pub const NONE: GlyphText = GlyphText(0);

    /// The number for `text`, stored the first time it is seen. (After 65,535 distinct texts,
    /// which no font deckle can use holds, further ones are not kept: their glyphs print, but
    /// copy from the PDF as nothing.)
    pub fn new(text: &str) -> GlyphText {
        let mut known = glyph_texts();
        if let Some(&number) = known.numbers.get(text) {
            return GlyphText(number);
        }
        let Ok(number) = u16::try_from(known.texts.len()) else {
            return GlyphText::NONE;
        };
        let stored: &'static str = Box::leak(text.into());
        known.texts.push(stored);
        known.numbers.insert(stored, number);
        GlyphText(number)
    }

    /// The characters.
    pub fn as_str(self) -> &'static str {
        glyph_texts()
            .texts
            .get(usize::from(self.0))
            .copied()
            .unwrap_or_default()
    }
}

/// The width of `text` in `style` at `size` points, kerning included.
pub fn measure(text: &str, style: Style, size: f32) -> Result<f32, LayoutError> {
    Ok(shape(text, style)?.width * size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_and_exclamation_marks_close_up_unless_spaced() {
        let with_mark = shape("me?", Style::Regular).unwrap();
        let letters = shape("me", Style::Regular).unwrap();
        let mark = shape("?", Style::Regular).unwrap();
        let tight = letters.width + mark.width - MARK_TIGHTENING;
        assert!(
            (with_mark.width - tight).abs() < 1e-4,
            "{}",
            with_mark.width
        );
        assert!((with_mark.glyphs[2].x - (letters.width - MARK_TIGHTENING)).abs() < 1e-4);
        // French spacing: a narrow no-break space keeps its full width before the mark.
        let spaced = shape("me\u{202F}!", Style::Regular).unwrap();
        let space = shape("\u{202F}", Style::Regular).unwrap();
        let expected = letters.width + space.width + shape("!", Style::Regular).unwrap().width;
        assert!((spaced.width - expected).abs() < 1e-4);
    }

    #[test]
    fn kerning_narrows_pairs() {
        // "AV" is kerned in any book face: narrower together than apart.
        let together = measure("AV", Style::Regular, 10.0).unwrap();
        let apart = measure("A", Style::Regular, 10.0).unwrap()
            + measure("V", Style::Regular, 10.0).unwrap();
        assert!(together < apart - 0.1, "{together} vs {apart}");
    }

    #[test]
    fn glyph_texts_are_stored_once() {
        let fi = GlyphText::new("fi");
        assert_eq!(fi, GlyphText::new("fi"));
        assert_ne!(fi, GlyphText::new("ff"));
        assert_eq!(fi.as_str(), "fi");
        assert_eq!(GlyphText::new(""), GlyphText::NONE);
        assert_eq!(GlyphText::NONE.as_str(), "");
        assert_eq!(std::mem::size_of::<Glyph>(), 16);
    }

    #[test]
    fn glyphs_carry_their_text() {
        let run = shape("you’re “here”", Style::Italic).unwrap();
        let text = text_of(&run.glyphs);
        assert_eq!(text, "you’re “here”");
        assert!(run.glyphs.iter().all(|g| g.id != 0));
    }

    #[test]
    fn missing_glyph_is_an_error() {
        assert_eq!(
            shape("tea 茶", Style::Regular),
            Err(LayoutError::MissingGlyph {
                character: '茶',
                style: Style::Regular
            })
        );
    }

    #[test]
    fn a_cached_shape_equals_a_fresh_one() {
        for (text, style) in [
            ("you’re “here”", Style::Italic),
            ("office AV", Style::Regular),
            (" ", Style::Bold),
            ("", Style::BoldItalic),
        ] {
            let first = shape(text, style).unwrap();
            let cached = shape(text, style).unwrap();
            assert!(CACHE.with_borrow(|cache| cache.get(text, style).is_some()));
            assert_eq!(*shape_shared(text, style).unwrap(), cached);
            assert_eq!(cached, shape_uncached(text, style).unwrap());
            assert_eq!(first, cached);
        }
        // The same text in another style is another entry.
        assert_ne!(
            shape("office", Style::Bold).unwrap(),
            shape("office", Style::Regular).unwrap()
        );
    }

    #[test]
    fn the_cache_stays_within_its_capacity() {
        for number in 0..CACHE_CAPACITY + 10 {
            shape(&number.to_string(), Style::Regular).unwrap();
            let (entries, held) = CACHE.with_borrow(|cache| {
                (
                    cache.entries,
                    cache.runs.iter().map(HashMap::len).sum::<usize>(),
                )
            });
            assert_eq!(entries, held);
            assert!(entries <= CACHE_CAPACITY, "{entries}");
        }
        // What was forgotten is shaped again, the same as before.
        assert_eq!(
            shape("1", Style::Regular).unwrap(),
            shape_uncached("1", Style::Regular).unwrap()
        );
    }

    #[test]
    fn width_scales_with_size() {
        let small = measure("Empathy", Style::Bold, 10.0).unwrap();
        let large = measure("Empathy", Style::Bold, 20.0).unwrap();
        assert!((large - 2.0 * small).abs() < 1e-3);
    }
}
