//! Link annotations: a rectangle of a page that opens a web address when clicked, for PDFs
//! read on a screen. PDF/A-1b asks for the print flag (`/F 4`) and forbids JavaScript, and a
//! link needs no appearance of its own; the link's text is drawn on the page as any other.

use std::fmt::Write as _;

use super::syntax::{number_array, push_hex};
use crate::display::{Rect, pt};

/// A rectangle of a page (millimetres from its bottom-left corner) that opens `uri`.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Where it can be clicked.
    pub rect: Rect,
    /// The address it opens.
    pub uri: String,
}

/// The page dictionary's ` /Annots [...]` entry for `links` (nothing when there are none).
pub(super) fn annots_entry(links: &[Link]) -> String {
    if links.is_empty() {
        return String::new();
    }
    let mut entry = String::from(" /Annots [");
    for link in links {
        let rect = link.rect;
        let _ = write!(
            entry,
            "<</Type /Annot /Subtype /Link /Rect {} /F 4 /Border [0 0 0] \
             /A <</S /URI /URI {}>>>>",
            number_array(&[pt(rect.x), pt(rect.y), pt(rect.right()), pt(rect.top())]),
            uri_string(&link.uri)
        );
    }
    entry.push(']');
    entry
}

/// `uri` as a PDF string of 7-bit ASCII, as a URI action asks: characters outside it
/// percent-encoded, written in hexadecimal so that no byte needs escaping.
fn uri_string(uri: &str) -> String {
    let mut ascii = String::with_capacity(uri.len());
    for byte in uri.bytes() {
        if byte.is_ascii_graphic() {
            ascii.push(char::from(byte));
        } else {
            let _ = write!(ascii, "%{byte:02X}");
        }
    }
    let mut out = Vec::new();
    push_hex(&mut out, ascii.as_bytes());
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_printable_uri_annotations() {
        assert_eq!(annots_entry(&[]), "");
        let entry = annots_entry(&[Link {
            rect: Rect::new(0.0, 0.0, 25.4, 10.0),
            uri: "https://x.org/é".into(),
        }]);
        assert!(
            entry.contains("/Subtype /Link /Rect [0 0 72 28.346] /F 4"),
            "{entry}"
        );
        assert!(!entry.contains("JavaScript"));
        let hex: String = "https://x.org/%C3%A9"
            .bytes()
            .map(|b| format!("{b:02X}"))
            .collect();
        assert!(entry.contains(&format!("/URI <{hex}>")), "{entry}");
    }
}
