//! `cards.zip`: the card images in one download, the same bytes for the same files. Its
//! comment is a fingerprint of the files it holds and their date, so that a rebuild whose
//! images are all unchanged keeps the previous build's zip instead of deflating it again.

use std::io::Write;

use super::images::ZIP_FILE;
use crate::error::{Error, Result};
use crate::pdf::fingerprint;

/// Changed whenever the same files are zipped into different bytes, so that kept zips are
/// made again.
const ZIP_VERSION: u8 = 1;

/// A zip of `files` (paths inside it and bytes) dated `time`, as [`zip_of`] makes it; or
/// `previous` (the last build's zip) as it is, when its comment says it holds the same.
pub fn zip_unless_unchanged(
    files: &[(String, Vec<u8>)],
    time: i64,
    previous: Option<Vec<u8>>,
) -> Result<Vec<u8>> {
    let comment = comment_for(files, time);
    if let Some(old) = previous
        && comment_of(&old) == Some(comment.as_bytes())
    {
        return Ok(old);
    }
    zip_of(files, time, comment)
}

/// The comment a zip of `files` dated `time` carries: a fingerprint of its names, bytes and
/// date, as 16 hexadecimal digits after `deckle-fingerprint `.
fn comment_for(files: &[(String, Vec<u8>)], time: i64) -> String {
    let mut summary = vec![ZIP_VERSION];
    summary.extend(time.to_le_bytes());
    summary.extend(env!("CARGO_PKG_VERSION").as_bytes());
    for (name, bytes) in files {
        summary.extend((name.len() as u64).to_le_bytes());
        summary.extend(name.as_bytes());
        summary.extend((bytes.len() as u64).to_le_bytes());
        summary.extend(fingerprint(bytes, 1).to_le_bytes());
        summary.extend(fingerprint(bytes, 2).to_le_bytes());
    }
    format!("deckle-fingerprint {:016x}", fingerprint(&summary, 3))
}

/// The archive comment of `zip`: what follows its end-of-central-directory record, when that
/// record ends the file exactly as it says.
fn comment_of(zip: &[u8]) -> Option<&[u8]> {
    const RECORD: usize = 22;
    const SIGNATURE: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    let earliest = zip.len().saturating_sub(RECORD + usize::from(u16::MAX));
    (earliest..=zip.len().checked_sub(RECORD)?)
        .rev()
        .find_map(|at| {
            let record = &zip[at..at + RECORD];
            let length = usize::from(u16::from_le_bytes([record[20], record[21]]));
            (record[..4] == SIGNATURE && at + RECORD + length == zip.len())
                .then(|| &zip[at + RECORD..])
        })
}

/// A zip of `files`, deflated (the card images' PNGs are written fast, and deflating halves
/// them again), every entry dated `time` (seconds since 1970, kept between 1980 and 2107 as
/// zip's dates are) so the same files give the same bytes, with `comment`.
fn zip_of(files: &[(String, Vec<u8>)], time: i64, comment: String) -> Result<Vec<u8>> {
    let failed = |e: &dyn std::fmt::Display| Error::new(format!("could not write {ZIP_FILE}: {e}"));
    let date = crate::date::Date::from_unix_seconds(time);
    let seconds = time.rem_euclid(86_400);
    let dated = zip::DateTime::from_date_and_time(
        date.year.clamp(1980, 2107) as u16,
        date.month as u8,
        date.day as u8,
        (seconds / 3600) as u8,
        (seconds / 60 % 60) as u8,
        (seconds % 60) as u8,
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(dated)
        .unix_permissions(0o644);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer.set_comment(comment).map_err(|e| failed(&e))?;
    for (name, bytes) in files {
        writer
            .start_file(name.as_str(), options)
            .map_err(|e| failed(&e))?;
        writer.write_all(bytes).map_err(|e| failed(&e))?;
    }
    Ok(writer.finish().map_err(|e| failed(&e))?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(second: &[u8]) -> Vec<(String, Vec<u8>)> {
        vec![
            ("cards/001-front.png".to_string(), b"one".to_vec()),
            ("cards/back.png".to_string(), second.to_vec()),
        ]
    }

    #[test]
    fn a_zip_lists_its_files_in_order_and_repeats_its_bytes() {
        let files = files(b"two");
        let zip = zip_unless_unchanged(&files, 1_700_000_000, None).unwrap();
        assert_eq!(
            zip,
            zip_unless_unchanged(&files, 1_700_000_000, None).unwrap()
        );
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&zip)).unwrap();
        let names: Vec<String> = (0..archive.len())
            .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
            .collect();
        assert_eq!(names, ["cards/001-front.png", "cards/back.png"]);
        assert_eq!(
            archive.comment(),
            comment_for(&files, 1_700_000_000).as_bytes()
        );
        // Before 1980 (zip's first year) the date is 1980's.
        assert!(zip_unless_unchanged(&files, 0, None).is_ok());
    }

    #[test]
    fn the_previous_zip_is_kept_only_when_it_holds_the_same_files() {
        let time = 1_700_000_000;
        let zip = zip_unless_unchanged(&files(b"two"), time, None).unwrap();
        // A kept zip is the previous file itself: one changed byte (in the first entry's
        // date, before the comment) shows it was not made again.
        let mut marked = zip.clone();
        marked[10] ^= 0xff;
        assert_eq!(
            zip_unless_unchanged(&files(b"two"), time, Some(marked.clone())).unwrap(),
            marked
        );
        for (changed, when) in [(b"TWO".as_slice(), time), (b"two", time + 1)] {
            let made = zip_unless_unchanged(&files(changed), when, Some(zip.clone())).unwrap();
            assert_ne!(made, zip);
            assert_eq!(
                made,
                zip_unless_unchanged(&files(changed), when, None).unwrap()
            );
        }
        assert_eq!(comment_of(b"not a zip"), None);
        assert_eq!(comment_of(&[]), None);
    }
}
