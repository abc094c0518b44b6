//! Font subsetting: each PDF embeds only the glyphs it draws.
//!
//! allsorts (the font library printpdf itself is built on) cuts the face down and renumbers its
//! glyphs; the PDF's CIDToGIDMap (see [`super::fonts`]) leads from the ids pages were written
//! with to the renumbered ones.

use std::collections::BTreeMap;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};

use super::syntax::fingerprint;
use crate::error::{Error, Result};
use crate::layout::Style;

/// A face cut down to the glyphs a document uses.
#[derive(Debug, Clone)]
pub struct Subset {
    /// The subset font program (a TrueType file).
    pub bytes: Vec<u8>,
    /// Original glyph id → glyph id in the subset.
    pub ids: BTreeMap<u16, u16>,
    /// The `ABCDEF+` tag PDF readers show for subset fonts, derived from the glyphs kept so
    /// that the same document always gets the same name.
    pub tag: String,
}

/// Subsets `style`'s face to the glyph ids `used`, in increasing order (plus `.notdef`, which
/// every font needs).
pub fn subset_face(style: Style, used: impl IntoIterator<Item = u16>) -> Result<Subset> {
    cut(
        style,
        used,
        "the PDF",
        &SubsetProfile::Pdf,
        CmapTarget::Unrestricted,
    )
}

/// `style`'s face cut down to the glyph ids `glyphs` (and `.notdef`, first) with the tables
/// a browser needs (OpenType's required ones), glyphs renumbered in increasing order of their
/// ids. Its `cmap` holds the characters that map to the glyphs kept; the site replaces it
/// with its own (see `site::fonts`).
pub fn web_subset(style: Style, glyphs: impl IntoIterator<Item = u16>) -> Result<Subset> {
    cut(
        style,
        glyphs,
        "the site",
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
}

/// `style`'s face with `.notdef` and the glyphs `used` only, with the tables of `profile`, for
/// `purpose` (named in the error).
fn cut(
    style: Style,
    used: impl IntoIterator<Item = u16>,
    purpose: &str,
    profile: &SubsetProfile,
    cmap: CmapTarget,
) -> Result<Subset> {
    let fail = |what: String| {
        Error::new(format!(
            "could not prepare the {} font for {purpose}: {what}",
            style.describe()
        ))
    };
    let mut glyphs = vec![0u16];
    glyphs.extend(used.into_iter().filter(|&id| id != 0));
    let font = ReadScope::new(style.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| fail(e.to_string()))?;
    let provider = font.table_provider(0).map_err(|e| fail(e.to_string()))?;
    let bytes = subset(&provider, &glyphs, profile, cmap).map_err(|e| fail(e.to_string()))?;
    let ids = glyphs
        .iter()
        .enumerate()
        .map(|(new, &old)| (old, new as u16))
        .collect();
    Ok(Subset {
        bytes,
        ids,
        tag: tag(&glyphs),
    })
}

/// Six capital letters that depend only on the glyph list.
fn tag(glyphs: &[u16]) -> String {
    let bytes: Vec<u8> = glyphs.iter().flat_map(|g| g.to_be_bytes()).collect();
    let mut hash = fingerprint(&bytes, 0);
    (0..6)
        .map(|_| {
            let letter = (b'A' + (hash % 26) as u8) as char;
            hash /= 26;
            letter
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::shape;
    use std::collections::BTreeSet;

    #[test]
    fn subset_is_small_and_renumbered() {
        let run = shape("Hello, “friend”", Style::Regular).unwrap();
        let used: BTreeSet<u16> = run.glyphs.iter().map(|g| g.id).collect();
        let subset = subset_face(Style::Regular, used.iter().copied()).unwrap();
        assert!(subset.bytes.len() < Style::Regular.bytes().len() / 10);
        assert_eq!(subset.ids.len(), used.len() + 1);
        assert_eq!(subset.ids[&0], 0);
        let mut new: Vec<u16> = subset.ids.values().copied().collect();
        new.sort_unstable();
        assert_eq!(new, (0..subset.ids.len() as u16).collect::<Vec<_>>());
        assert_eq!(subset.tag.len(), 6);
        assert_eq!(
            subset.tag,
            subset_face(Style::Regular, used.iter().copied())
                .unwrap()
                .tag
        );
    }
}
