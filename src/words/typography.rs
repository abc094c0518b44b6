//! Quotes, dashes and the spaces around them, the way each language sets them.
//!
//! A [`Typographer`] turns straight quotes (`"`, `'`), `--`, `---` and `...` into each
//! language's marks, and also English curly quotes (what pulldown-cmark's smart punctuation
//! makes) into the language's own, so it can post-process a Markdown renderer's text events.
//! It works on plain text (never HTML: `&amp;` would get a space before its `;` in French),
//! one piece at a time, remembering across calls what came before, so a quote opened before
//! an `*emphasis*` closes after it.
//!
//! French puts a narrow no-break space (U+202F) inside « » and before `? ! : ; %` (Canadian
//! French only before `:` and `%`), and French and German space their en dashes (`a -- b`, with a
//! no-break space before the dash so a line never starts with it; `1990--2000` stays a
//! range).

use super::Language;

/// Narrow no-break space.
const NNBSP: char = '\u{202F}';
/// No-break space.
const NBSP: char = '\u{A0}';

/// One language's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marks {
    /// Opening and closing double quotes (what `"…"` becomes).
    double: (char, char),
    /// Opening and closing single quotes (what `'…'` becomes), the quote inside a quote.
    single: (char, char),
    /// A narrow no-break space inside guillemets (French).
    space_inside_quotes: bool,
    /// The marks that take a narrow no-break space before them (French).
    space_before: &'static [char],
    /// Whether a dash between words has spaces around it.
    spaced_dashes: bool,
}

const ENGLISH: Marks = Marks {
    double: ('“', '”'),
    single: ('‘', '’'),
    space_inside_quotes: false,
    space_before: &[],
    spaced_dashes: false,
};

impl Marks {
    fn of(language: Language, region: Option<&str>) -> Marks {
        let guillemets = Marks {
            double: ('«', '»'),
            single: ('“', '”'),
            ..ENGLISH
        };
        match (language, region) {
            (Language::English, _) | (Language::Dutch, _) => ENGLISH,
            (Language::French, region) => Marks {
                double: ('«', '»'),
                single: ('“', '”'),
                space_inside_quotes: true,
                space_before: if region == Some("CA") {
                    &[':', '%']
                } else {
                    &['?', '!', ':', ';', '%']
                },
                spaced_dashes: true,
            },
            (Language::German, Some("CH" | "LI")) => Marks {
                double: ('«', '»'),
                single: ('‹', '›'),
                spaced_dashes: true,
                ..ENGLISH
            },
            (Language::German, _) => Marks {
                double: ('„', '“'),
                single: ('‚', '‘'),
                spaced_dashes: true,
                ..ENGLISH
            },
            (Language::Portuguese, Some("BR")) => ENGLISH,
            (Language::Spanish | Language::Italian | Language::Portuguese, _) => guillemets,
        }
    }
}

/// Turns typed punctuation into a language's typographic marks, piece by piece.
#[derive(Debug, Clone)]
pub struct Typographer {
    marks: Marks,
    /// The last character written, across calls.
    previous: Option<char>,
    /// How many single quotes are open (to tell a closing ’ from an apostrophe).
    open_singles: usize,
}

impl Typographer {
    /// A typographer for `language`, with the region of its tag (`CA`, `CH`, `BR`…) if any.
    pub fn new(language: Language, region: Option<&str>) -> Typographer {
        Typographer {
            marks: Marks::of(language, region),
            previous: None,
            open_singles: 0,
        }
    }

    /// Forgets what came before: call it between paragraphs.
    pub fn reset(&mut self) {
        self.previous = None;
        self.open_singles = 0;
    }

    /// The next piece of text with its punctuation set.
    pub fn convert(&mut self, text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() + 8);
        let mut index = 0;
        while index < chars.len() {
            let c = chars[index];
            let next = chars.get(index + 1).copied();
            index += 1;
            match c {
                '"' | '“' | '”' | '«' | '»' | '„' => {
                    // “ opens in English and closes in German: after a word it closes.
                    let opening = match c {
                        '«' | '„' => true,
                        '”' | '»' => false,
                        _ => opens(self.previous),
                    };
                    self.quote(&mut out, opening, self.marks.double);
                    if opening && self.marks.space_inside_quotes {
                        // « bonjour »: the typed space becomes the narrow one.
                        while chars.get(index).is_some_and(|c| c.is_whitespace()) {
                            index += 1;
                        }
                    }
                }
                '\'' | '‘' | '’' => {
                    let opening = c != '’' && opens(self.previous);
                    let closing = !opening
                        && self.open_singles > 0
                        && !next.is_some_and(char::is_alphanumeric);
                    if opening || closing {
                        self.quote(&mut out, opening, self.marks.single);
                    } else {
                        self.push(&mut out, '’');
                    }
                }
                '-' if next == Some('-') => {
                    let long = chars.get(index + 1) == Some(&'-');
                    index += if long { 2 } else { 1 };
                    if long {
                        self.push(&mut out, '—');
                    } else {
                        self.dash(&mut out, chars.get(index).copied());
                    }
                }
                '–' => self.dash(&mut out, next),
                '.' if next == Some('.') && chars.get(index + 1) == Some(&'.') => {
                    index += 2;
                    self.push(&mut out, '…');
                }
                c if self.marks.space_before.contains(&c)
                    && self
                        .previous
                        .is_some_and(|p| !self.marks.space_before.contains(&p))
                    && !next.is_some_and(|n| n.is_alphanumeric() || n == '/') =>
                {
                    self.set_space(&mut out, NNBSP);
                    self.push(&mut out, c);
                }
                c => self.push(&mut out, c),
            }
        }
        out
    }

    fn push(&mut self, out: &mut String, c: char) {
        out.push(c);
        self.previous = Some(c);
    }

    /// Writes an opening or closing quote of the pair `(open, close)`.
    fn quote(&mut self, out: &mut String, opening: bool, (open, close): (char, char)) {
        let single = (open, close) == self.marks.single;
        if opening {
            self.push(out, open);
            if self.marks.space_inside_quotes && open == '«' {
                self.push(out, NNBSP);
            }
            if single {
                self.open_singles += 1;
            }
        } else {
            if self.marks.space_inside_quotes && close == '»' {
                self.set_space(out, NNBSP);
            }
            self.push(out, close);
            if single {
                self.open_singles = self.open_singles.saturating_sub(1);
            }
        }
    }

    /// Puts `space` before the next mark: the spaces typed there become it, or it is added
    /// (unless an earlier piece ended with a space, which has been written already).
    fn set_space(&mut self, out: &mut String, space: char) {
        let mut trimmed = false;
        while out.ends_with([' ', NBSP, NNBSP]) {
            out.pop();
            trimmed = true;
        }
        let earlier = !trimmed && out.is_empty() && self.previous.is_some_and(char::is_whitespace);
        if !earlier {
            self.push(out, space);
        }
    }

    /// Writes an en dash; spaced where the language spaces them, except between digits.
    fn dash(&mut self, out: &mut String, next: Option<char>) {
        let range = self.previous.is_some_and(|c| c.is_ascii_digit())
            && next.is_some_and(|c| c.is_ascii_digit());
        if !self.marks.spaced_dashes || range || self.previous.is_none() {
            self.push(out, '–');
            return;
        }
        self.set_space(out, NBSP);
        self.push(out, '–');
        if next.is_some_and(|c| !c.is_whitespace()) {
            self.push(out, ' ');
        }
    }
}

/// Whether a straight quote after `previous` opens (at the start, after a space, a bracket,
/// a dash or another opening quote) rather than closes.
fn opens(previous: Option<char>) -> bool {
    previous.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | '‹' | '„' | '‚'
            )
    })
}

#[cfg(test)]
mod tests {
    use crate::words::Words;

    fn set(tag: &str, text: &str) -> String {
        Words::for_language(tag).typographer().convert(text)
    }

    const SAMPLE: &str = r#"She said "it's fine" -- then 'no'... 1990--2000"#;

    #[test]
    fn english() {
        assert_eq!(
            set("en", SAMPLE),
            "She said “it’s fine” – then ‘no’… 1990–2000"
        );
        assert_eq!(set("en", "wait---what"), "wait—what");
        // What pulldown-cmark's smart punctuation already made stays as it is.
        assert_eq!(set("en", "“it’s” – ‘no’…"), "“it’s” – ‘no’…");
    }

    #[test]
    fn french() {
        assert_eq!(
            set("fr", SAMPLE),
            "She said «\u{202F}it’s fine\u{202F}»\u{A0}– then “no”… 1990–2000"
        );
        assert_eq!(
            set("fr", "Vraiment ? Oui! Note : ceci; fin"),
            "Vraiment\u{202F}? Oui\u{202F}! Note\u{202F}: ceci\u{202F}; fin"
        );
        // Typed guillemets get their narrow spaces; addresses and times are left alone.
        assert_eq!(set("fr", "« oui »"), "«\u{202F}oui\u{202F}»");
        assert_eq!(
            set("fr", "https://a.fr/?q=1 à 10:30"),
            "https://a.fr/?q=1 à 10:30"
        );
        assert_eq!(set("fr", "l'amour"), "l’amour");
        assert_eq!(set("fr", "50% ou 100 %"), "50\u{202F}% ou 100\u{202F}%");
        assert_eq!(set("fr", "mot--mot"), "mot\u{A0}– mot");
        // Canadian French: a space before the colon only.
        assert_eq!(set("fr-CA", "Oui? Non: si"), "Oui? Non\u{202F}: si");
    }

    #[test]
    fn german() {
        assert_eq!(
            set("de", SAMPLE),
            "She said „it’s fine“\u{A0}– then ‚no‘… 1990–2000"
        );
        assert_eq!(set("de", "„Geht’s?“"), "„Geht’s?“");
        assert_eq!(set("de", "‘ja’"), "‚ja‘");
        assert_eq!(set("de-CH", r#""ja" 'so'"#), "«ja» ‹so›");
    }

    #[test]
    fn spanish_italian_portuguese() {
        let guillemets = "She said «it’s fine» – then “no”… 1990–2000";
        assert_eq!(set("es", SAMPLE), guillemets);
        assert_eq!(set("it", SAMPLE), guillemets);
        assert_eq!(set("pt", SAMPLE), guillemets);
        // Brazil writes “…”.
        assert_eq!(set("pt-BR", r#""sim""#), "“sim”");
    }

    #[test]
    fn dutch() {
        assert_eq!(
            set("nl", SAMPLE),
            "She said “it’s fine” – then ‘no’… 1990–2000"
        );
    }

    #[test]
    fn quotes_close_across_pieces() {
        // `"*really*"`: pulldown-cmark gives the text in three events around the emphasis.
        let mut fr = Words::for_language("fr").typographer();
        let pieces: Vec<String> = ["Il dit \"", "vraiment", "\" ?"]
            .iter()
            .map(|piece| fr.convert(piece))
            .collect();
        assert_eq!(
            pieces.concat(),
            "Il dit «\u{202F}vraiment\u{202F}»\u{202F}?"
        );
        let mut de = Words::for_language("de").typographer();
        assert_eq!(de.convert("'"), "‚");
        assert_eq!(de.convert("so"), "so");
        assert_eq!(de.convert("'"), "‘");
        de.reset();
        assert_eq!(de.convert("\""), "„");
    }
}
