//! Keeping a previous build's PDF when it is the same document: the document is first made
//! only to be fingerprinted (its pages drawn, nothing compressed or kept), and that fingerprint
//! compared with the /ID in the previous file's trailer, which [`super::syntax::ObjectWriter`]
//! computes the same way. Only a document that changed is made again and written.

use super::document::Document;
use super::syntax::Writing;
use crate::error::Result;
use crate::render::{Made, Previous};

/// How much of a previous PDF's end is read to find its /ID: the trailer is in its last few
/// hundred bytes.
const TAIL: u64 = 512;

/// The PDF `file` and its number of pages: the previous build's file at that place, kept as
/// it is (unread but for its trailer), when `make` makes the same document; or else the file
/// `make` writes. `make` is called with how to write: once to fingerprint when there is a
/// previous file, once more to write when that file is missing or differs.
pub fn pdf_unless_unchanged(
    previous: &dyn Previous,
    file: &str,
    make: impl Fn(Writing) -> Result<Document>,
) -> Result<Made> {
    if let Some((tail, size)) = previous.tail(file, TAIL)
        && let Some(old_id) = id_of(&tail)
    {
        let fingerprinted = make(Writing::Fingerprint)?;
        let pages = fingerprinted.page_count();
        if fingerprinted.id()? == old_id {
            return Ok(Made::kept(file, size, pages));
        }
    }
    let document = make(Writing::File)?;
    let pages = document.page_count();
    Ok(Made::one(file, document.finish()?, pages))
}

/// The /ID in the trailer of `pdf` (its first string, `<…>`), if it has one where deckle
/// writes it.
fn id_of(pdf: &[u8]) -> Option<String> {
    let tail = &pdf[pdf.len().saturating_sub(TAIL as usize)..];
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
    use crate::render::Fresh;
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

    /// A previous build of one file, `file.pdf`.
    struct One(Vec<u8>);

    impl Previous for One {
        fn read(&self, _: &str) -> Option<Vec<u8>> {
            unreachable!("a PDF is told by its tail")
        }

        fn tail(&self, file: &str, length: u64) -> Option<(Vec<u8>, u64)> {
            let from = self.0.len().saturating_sub(length as usize);
            (file == "file.pdf").then(|| (self.0[from..].to_vec(), self.0.len() as u64))
        }
    }

    /// The bytes of `made`'s one written file.
    fn written(made: &Made) -> &[u8] {
        assert!(made.kept.is_empty(), "{:?}", made.kept);
        &made.files[0].1
    }

    #[test]
    fn the_same_document_is_kept_and_a_changed_one_written_again() {
        let calls = Cell::new(Vec::new());
        let made = pdf_unless_unchanged(&Fresh, "file.pdf", make("Deck", 3, &calls)).unwrap();
        assert_eq!(made.pages, 3);
        assert_eq!(
            calls.take(),
            [Writing::File],
            "no previous file: written at once"
        );
        let first = written(&made).to_vec();
        let id = id_of(&first).expect("the trailer has an /ID");
        assert_eq!(id.len(), 34, "{id}");

        let previous = One(first.clone());
        let kept = pdf_unless_unchanged(&previous, "file.pdf", make("Deck", 3, &calls)).unwrap();
        assert!(kept.files.is_empty());
        assert_eq!(kept.kept, [("file.pdf".to_string(), first.len() as u64)]);
        assert_eq!(
            (kept.pages, kept.bytes_of("file.pdf")),
            (3, first.len() as u64)
        );
        assert_eq!(calls.take(), [Writing::Fingerprint]);

        for (title, count) in [("Deck", 4), ("Other deck", 3)] {
            let made =
                pdf_unless_unchanged(&previous, "file.pdf", make(title, count, &calls)).unwrap();
            assert_eq!(made.pages, count);
            assert_eq!(calls.take(), [Writing::Fingerprint, Writing::File]);
            assert_ne!(written(&made), first);
            assert_ne!(id_of(written(&made)), Some(id.clone()));
        }
    }

    #[test]
    fn a_file_without_an_id_is_made_again() {
        let calls = Cell::new(Vec::new());
        let previous = One(b"%PDF-1.7\nnot deckle's".to_vec());
        let made = pdf_unless_unchanged(&previous, "file.pdf", make("D", 1, &calls)).unwrap();
        assert!(written(&made).starts_with(b"%PDF-1.7"));
        assert_eq!(calls.take(), [Writing::File]);
        assert_eq!(id_of(b""), None);
        assert_eq!(id_of(b"trailer <</ID [<00"), None);
    }
}
