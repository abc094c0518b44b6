//! Ending a [`Document`]: the embedded fonts, the resources pages and forms share, the page tree
//! and structure tree (balanced by [`super::tree`]), the catalog with its viewer preferences, the sRGB output intent and XMP metadata PDF/A asks
//! for, and the document information.

use std::fmt::Write as _;

use super::canvas::form_name;
use super::document::Document;
use super::metadata::{Duplex, Metadata};
use super::syntax::{ObjectRef, ObjectWriter, text_string};
use super::{colour_profile, fonts, structure, tree};
use crate::date::Date;
use crate::error::Result;

/// Writes what ends `document` after its pages, giving back its writer, ready for the
/// cross-reference table, with the catalog and the document information to name there.
pub(super) fn finish(document: Document) -> Result<(ObjectWriter, ObjectRef, ObjectRef)> {
    let Document {
        metadata,
        mut writer,
        leaves,
        resources,
        form_resources,
        pages,
        forms,
        pictures,
        fonts: font_ids,
        used,
        elements,
        marked,
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
    // Pictures go in both: a form may show one, but never another form (see
    // `Document::add_form`).
    let (procset, images) = if pictures.is_empty() {
        ("[/PDF /Text]", String::new())
    } else {
        ("[/PDF /Text /ImageB /ImageC]", pictures.resource_entries())
    };
    let form_images = if images.is_empty() {
        String::new()
    } else {
        format!(" /XObject <<{images}>>")
    };
    writer.object(
        form_resources,
        &format!("<</ProcSet {procset}{fonts}{form_images}>>"),
    );
    let mut shared = format!("<</ProcSet {procset}{fonts}");
    if !forms.is_empty() || !images.is_empty() {
        shared.push_str(" /XObject <<");
        for (index, id) in forms.iter().enumerate() {
            let _ = write!(shared, "/{} {id} ", form_name(index));
        }
        shared.push_str(&images);
        shared.push_str(">>");
    }
    shared.push_str(">>");
    writer.object(resources, &shared);

    let tree = tree::write_page_tree(&mut writer, &pages, &leaves);
    let structure = structure::write_tree(&mut writer, &pages, &elements, &marked);

    let profile = writer.reserve();
    writer.stream(profile, " /N 3", colour_profile::srgb())?;
    let intent = writer.reserve();
    writer.object(
        intent,
        &format!(
            "<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ({SRGB}) \
             /RegistryName (http://www.color.org) /Info ({SRGB}) /DestOutputProfile {profile}>>"
        ),
    );
    let xmp = writer.reserve();
    writer.plain_stream(
        xmp,
        " /Type /Metadata /Subtype /XML",
        xmp_metadata(&metadata).as_bytes(),
    );
    let catalog = writer.reserve();
    writer.object(
        catalog,
        &format!(
            "<</Type /Catalog /Pages {tree} /PageLayout /OneColumn /Lang {} \
             /ViewerPreferences {} /OutputIntents [{intent}] /Metadata {xmp} \
             /MarkInfo <</Marked true>> /StructTreeRoot {structure}>>",
            text_string(&metadata.language),
            viewer_preferences(&metadata)
        ),
    );
    let info = writer.reserve();
    writer.object(info, &info_dictionary(&metadata));
    Ok((writer, catalog, info))
}

/// The name of the colour space every colour in a deckle PDF is given in.
const SRGB: &str = "sRGB IEC61966-2.1";

/// The producer named in the document information and its metadata.
const PRODUCER: &str = concat!("deckle ", env!("CARGO_PKG_VERSION"));

/// The date and time of `seconds` since 1970 (UTC) as year, month, day, hour, minute, second.
fn date_parts(seconds: i64) -> [i64; 6] {
    let date = Date::from_unix_seconds(seconds);
    let of_day = seconds.rem_euclid(86_400);
    [
        i64::from(date.year),
        i64::from(date.month),
        i64::from(date.day),
        of_day / 3600,
        of_day / 60 % 60,
        of_day % 60,
    ]
}

/// `D:YYYYMMDDHHmmSSZ` for `seconds` since 1970 (UTC).
fn pdf_date(seconds: i64) -> String {
    let [year, month, day, hour, minute, second] = date_parts(seconds);
    format!("D:{year:04}{month:02}{day:02}{hour:02}{minute:02}{second:02}Z")
}

/// `YYYY-MM-DDTHH:mm:SSZ` (XMP's form of a date) for `seconds` since 1970 (UTC).
fn xmp_date(seconds: i64) -> String {
    let [year, month, day, hour, minute, second] = date_parts(seconds);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
}

/// Text as XML character data (control characters, which XML cannot hold, left out).
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The document's metadata as XMP: the same title, author, subject, program and dates as the
/// document information, and the PDF/A-1b claim.
fn xmp_metadata(metadata: &Metadata) -> String {
    let date = xmp_date(metadata.time);
    format!(
        "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">
<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>
{creator}<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{subject}</rdf:li></rdf:Alt></dc:description>
</rdf:Description>
<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">
<xmp:CreatorTool>{PRODUCER}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
</rdf:Description>
<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">
<pdf:Producer>{PRODUCER}</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">
<pdfaid:part>1</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end=\"w\"?>",
        title = xml_text(&metadata.title),
        creator = match metadata.author.as_str() {
            "" => String::new(),
            author => format!(
                "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
                xml_text(author)
            ),
        },
        subject = xml_text(&metadata.subject),
    )
}

/// Title, author and subject (shown by readers' document properties), the program, and the
/// time; no `/GTS_PDFXVersion`, as the file does not claim to be PDF/X.
fn info_dictionary(metadata: &Metadata) -> String {
    let date = pdf_date(metadata.time);
    let producer = text_string(PRODUCER);
    format!(
        "<</Title {}{} /Subject {} /Creator {producer} /Producer {producer} \
         /CreationDate ({date}) /ModDate ({date}) /Trapped /False>>",
        text_string(&metadata.title),
        match metadata.author.as_str() {
            "" => String::new(),
            author => format!(" /Author {}", text_string(author)),
        },
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
        assert_eq!(xmp_date(1_739_923_200 + 3_723), "2025-02-19T01:02:03Z");
    }

    #[test]
    fn metadata_says_what_the_document_information_says() {
        let metadata = Metadata {
            title: "Love & “Care” <1>\u{7}".into(),
            author: "Ana Writer".into(),
            subject: "Cards".into(),
            language: "en".into(),
            time: 1_739_923_200,
            duplex: None,
        };
        let xmp = xmp_metadata(&metadata);
        assert!(
            xmp.contains(">Love &amp; “Care” &lt;1&gt;</rdf:li>"),
            "{xmp}"
        );
        assert!(xmp.contains("<rdf:li>Ana Writer</rdf:li>"));
        assert!(xmp.contains("<xmp:CreateDate>2025-02-19T00:00:00Z</xmp:CreateDate>"));
        assert!(xmp.contains(&format!("<pdf:Producer>{PRODUCER}</pdf:Producer>")));
        assert!(xmp.contains("<pdfaid:part>1</pdfaid:part>"));
        let info = info_dictionary(&metadata);
        assert!(info.contains("/CreationDate (D:20250219000000Z)"));
        assert!(info.contains(&format!("/Producer ({PRODUCER})")));
    }
}
