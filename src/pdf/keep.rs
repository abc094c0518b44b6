//! Keeping a previous build's PDF when it is the same document: the document is first made
//! only to be fingerprinted (its pages drawn, nothing compressed or kept), and that fingerprint
//! compared with the /ID in the previous file's trailer, which [`super::syntax::ObjectWriter`]
//! computes the same way. Only a document that changed is made again and written.

use super::document::Document;
use super::syntax::Writing;
use crate::error::Result;

/// A PDF and its number of pages: `previous` (the last build's file at the same place) as it
/// is, when `make` makes the same document, or else the file `make` writes. `make` is called
/// with how to write: once to fingerprint when there is a previous file, once more to write
/// when that file is missing or differs.
pub fn pdf_unless_unchanged(
    previous: Option<Vec<u8>>,
    make: impl Fn(Writing) -> Result<Document>,
) -> Result<(Vec<u8>, usize)> {
    if let Some(old) = previous
        && let Some(old_id) = id_of(&old)
    {
        let fingerprinted = make(Writing::Fingerprint)?;
        let pages = fingerprinted.page_count();
        if fingerprinted.id()? == old_id {
            return Ok((old, pages));
        }
    }
    let document = make(Writing::File)?;
    let pages = document.page_count();
    Ok((document.finish()?, pages))
}

/// The /ID in the trailer of `pdf` (its first string, `<…>`), if it has one where deckle
/// writes it.
fn id_of(pdf: &[u8]) -> Option<String> {
    // The trailer is in the file's last few hundred bytes.
    let tail = &pdf[pdf.len().saturating_sub(512)..];
    let key = b"/ID [";
    let at = tail.windows(key.len()).rposition(|window| window == key)? + key.len();
    let rest = &tail[at..];
    let end = rest.iter().position(|&byte| byte == b'>')? + 1;
    let id = std::str::from_utf8(&rest[..end]).ok()?;
    id.starts_with('<').then(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::List;
    use crate::pdf::{Metadata, PageBoxes};
    use std::cell::Cell;

    fn metadata(title: &str) -> Metadata {
        Metadata {
            title: title.into(),
            author: "A Writer".into(),
            subject: "Cards".into(),
            language: "en".into(),
            time: 1_700_000_000,
            duplex: None,
        }
    }

    /// A document of `pages` blank pages titled `title`, counting the calls in `calls`.
    fn make<'a>(
        title: &'a str,
        pages: usize,
        calls: &'a Cell<Vec<Writing>>,
    ) -> impl Fn(Writing) -> Result<Document> + 'a {
        move |writing| {
            let mut made = calls.take();
            made.push(writing);
            calls.set(made);
            let mut document = Document::new(metadata(title), writing);
            for _ in 0..pages {
                document.add_page(PageBoxes::plain(63.0, 88.0), &List::new());
            }
            Ok(document)
        }
    }

    #[test]
    fn the_same_document_is_kept_and_a_changed_one_written_again() {
        let calls = Cell::new(Vec::new());
        let (first, pages) = pdf_unless_unchanged(None, make("Deck", 3, &calls)).unwrap();
        assert_eq!(pages, 3);
        assert_eq!(
            calls.take(),
            [Writing::File],
            "no previous file: written at once"
        );
        let id = id_of(&first).expect("the trailer has an /ID");
        assert_eq!(id.len(), 34, "{id}");

        // The previous file, a little changed where nothing is fingerprinted, shows it is kept.
        let mut kept = first.clone();
        kept.extend_from_slice(b"%kept\n");
        let (again, pages) =
            pdf_unless_unchanged(Some(kept.clone()), make("Deck", 3, &calls)).unwrap();
        assert_eq!((again, pages), (kept, 3));
        assert_eq!(calls.take(), [Writing::Fingerprint]);

        for (title, count) in [("Deck", 4), ("Other deck", 3)] {
            let (changed, pages) =
                pdf_unless_unchanged(Some(first.clone()), make(title, count, &calls)).unwrap();
            assert_eq!(pages, count);
            assert_eq!(calls.take(), [Writing::Fingerprint, Writing::File]);
            assert_ne!(changed, first);
            assert_ne!(id_of(&changed), Some(id.clone()));
        }
    }

    #[test]
    fn a_file_without_an_id_is_made_again() {
        let calls = Cell::new(Vec::new());
        let (made, _) = pdf_unless_unchanged(
            Some(b"%PDF-1.7\nnot deckle's".to_vec()),
            make("D", 1, &calls),
        )
        .unwrap();
        assert!(made.starts_with(b"%PDF-1.7"));
        assert_eq!(calls.take(), [Writing::File]);
        assert_eq!(id_of(b""), None);
        assert_eq!(id_of(b"trailer <</ID [<00"), None);
    }
}
