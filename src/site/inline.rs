//! The deck's short texts ([`Text`]) as HTML for the templates: `*emphasis*` in `<em>`,
//! `**strong**` in `<strong>`, everything else escaped; paragraphs apart by a `<br>`, as they
//! are printed inside one element (a heading, a list item, a lead paragraph).

use pulldown_cmark_escape::escape_html;

use crate::content::Text;

/// `text` as HTML, ready for `| safe`.
pub(super) fn to_html(text: &Text) -> String {
    let mut out = String::new();
    for (index, runs) in text.paragraphs().iter().enumerate() {
        if index > 0 {
            out.push_str("<br>");
        }
        // Strong outside emphasis; each closed and opened again only where it changes.
        let (mut emphasis, mut strong) = (false, false);
        for run in runs {
            if run.strong != strong || (emphasis && !run.emphasis) {
                close(&mut out, &mut emphasis, "em");
            }
            if run.strong != strong {
                close(&mut out, &mut strong, "strong");
                open(&mut out, &mut strong, run.strong, "strong");
            }
            open(&mut out, &mut emphasis, run.emphasis, "em");
            // Writing to a String cannot fail.
            let _ = escape_html(&mut out, &run.text);
        }
        close(&mut out, &mut emphasis, "em");
        close(&mut out, &mut strong, "strong");
    }
    out
}

/// Opens `tag` when `wanted` and not yet `open`.
fn open(out: &mut String, open: &mut bool, wanted: bool, tag: &str) {
    if wanted && !*open {
        out.push_str(&format!("<{tag}>"));
        *open = true;
    }
}

/// Closes `tag` if `open`.
fn close(out: &mut String, open: &mut bool, tag: &str) {
    if *open {
        out.push_str(&format!("</{tag}>"));
        *open = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    fn html(source: &str) -> String {
        let mut text = Text::from(source);
        text.typeset(&mut Words::for_language("en").typographer())
            .unwrap();
        to_html(&text)
    }

    #[test]
    fn emphasis_and_strong_nest() {
        assert_eq!(
            html("What does *real* closeness mean?"),
            "What does <em>real</em> closeness mean?"
        );
        assert_eq!(
            html("A **bold *and* plain** *then **both***"),
            "A <strong>bold <em>and</em> plain</strong> <em>then </em><strong><em>both</em></strong>"
        );
        assert_eq!(html("One\n\nTwo"), "One<br>Two");
    }

    #[test]
    fn everything_else_is_escaped() {
        assert_eq!(
            html("Is <b>this</b> & \\<that\\> \"fine\"?"),
            "Is &lt;b&gt;this&lt;/b&gt; &amp; &lt;that&gt; “fine”?"
        );
        assert_eq!(
            html("Say <script>alert(1)</script> x"),
            "Say &lt;script&gt;alert(1)&lt;/script&gt; x"
        );
    }
}
