//! Ending a [`Document`]: the embedded fonts, the resources pages and forms share, the page tree,
//! the catalog with its viewer preferences, and the document information.

use std::fmt::Write as _;

use super::syntax::text_string;
use super::{Document, Duplex, Metadata, fonts};
use crate::date::Date;
use crate::error::Result;

pub(super) fn finish(document: Document) -> Result<Vec<u8>> {
    let Document {
        metadata,
        mut writer,
        tree,
        resources,
        form_resources,
        pages,
        forms,
        fonts: font_ids,
        used,
        failure,
    } = document;
    if let Some(error) = failure {
        return Err(error);
    }

    let mut fonts = String::new();
    if !font_ids.is_empty() {
        fonts.push_str(" /Font <<");
        for (style, id) in &font_ids {
            let _ = write!(fonts, "/{} {id} ", fonts::resource_name(*style));
            fonts::embed(&mut writer, *id, *style, &used.of(*style))?;
        }
        fonts.push_str(">>");
    }
    writer.object(form_resources, &format!("<</ProcSet [/PDF /Text]{fonts}>>"));
    let mut shared = format!("<</ProcSet [/PDF /Text]{fonts}");
    if !forms.is_empty() {
        shared.push_str(" /XObject <<");
        for (index, id) in forms.iter().enumerate() {
            let _ = write!(shared, "/{} {id} ", super::FormId(index).resource_name());
        }
        shared.push_str(">>");
    }
    shared.push_str(">>");
    writer.object(resources, &shared);

    let mut kids = String::with_capacity(pages.len() * 10);
    for page in &pages {
        let _ = write!(kids, "{page} ");
    }
    writer.object(
        tree,
        &format!(
            "<</Type /Pages /Count {} /Kids [{}]>>",
            pages.len(),
            kids.trim_end()
        ),
    );

    let catalog = writer.reserve();
    writer.object(
        catalog,
        &format!(
            "<</Type /Catalog /Pages {tree} /PageLayout /OneColumn /Lang {} \
             /ViewerPreferences {}>>",
            text_string(&metadata.language),
            viewer_preferences(&metadata)
        ),
    );
    let info = writer.reserve();
    writer.object(info, &info_dictionary(&metadata));
    writer.finish(catalog, info)
}

/// `D:YYYYMMDDHHmmSSZ` for `seconds` since 1970 (UTC).
fn pdf_date(seconds: i64) -> String {
    let date = Date::from_unix_seconds(seconds);
    let of_day = seconds.rem_euclid(86_400);
    format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}Z",
        date.year,
        date.month,
        date.day,
        of_day / 3600,
        of_day / 60 % 60,
        of_day % 60
    )
}

/// Title, author and subject (shown by readers' document properties), the program, and the
/// time; no `/GTS_PDFXVersion`, as the file does not claim to be PDF/X.
fn info_dictionary(metadata: &Metadata) -> String {
    let date = pdf_date(metadata.time);
    let producer = text_string(concat!("deckle ", env!("CARGO_PKG_VERSION")));
    format!(
        "<</Title {} /Author {} /Subject {} /Creator {producer} /Producer {producer} \
         /CreationDate ({date}) /ModDate ({date}) /Trapped /False>>",
        text_string(&metadata.title),
        text_string(&metadata.author),
        text_string(&metadata.subject),
    )
}

/// Print at actual size (a card shrunk to "fit" no longer matches its cut marks), show the
/// title in the window bar, and the duplex hint when there is one.
fn viewer_preferences(metadata: &Metadata) -> String {
    let mut preferences = String::from("<</PrintScaling /None /DisplayDocTitle true");
    if let Some(duplex) = metadata.duplex {
        preferences.push_str(match duplex {
            Duplex::Simplex => " /Duplex /Simplex",
            Duplex::FlipLongEdge => " /Duplex /DuplexFlipLongEdge",
            Duplex::FlipShortEdge => " /Duplex /DuplexFlipShortEdge",
        });
    }
    preferences.push_str(">>");
    preferences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates() {
        assert_eq!(pdf_date(0), "D:19700101000000Z");
        assert_eq!(pdf_date(1_739_923_200 + 3_723), "D:20250219010203Z");
    }
}
