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

/// Which glyphs a subset keeps and the ids they get in it, known before the face is cut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The glyph ids kept, `.notdef` (0) first, then the others in increasing order.
    pub glyphs: Vec<u16>,
    /// Original glyph id → glyph id in the subset.
    pub ids: BTreeMap<u16, u16>,
    /// The `ABCDEF+` tag PDF readers show for subset fonts, derived from the glyphs kept so
    /// that the same document always gets the same name.
    pub tag: String,
}

impl Plan {
    /// The subset of the glyph ids `used`, in increasing order, plus `.notdef`, which every
    /// font needs.
    pub fn new(used: impl IntoIterator<Item = u16>) -> Plan {
        let mut glyphs = vec![0u16];
        glyphs.extend(used.into_iter().filter(|&id| id != 0));
        let ids = glyphs
            .iter()
            .enumerate()
            .map(|(new, &old)| (old, new as u16))
            .collect();
        Plan {
            tag: tag(&glyphs),
            glyphs,
            ids,
        }
    }
}

/// A face cut down to the glyphs a document uses.
#[derive(Debug, Clone)]
pub struct Subset {
    /// The subset font program (a TrueType file).
    pub bytes: Vec<u8>,
    /// Original glyph id → glyph id in the subset.
    pub ids: BTreeMap<u16, u16>,
}

/// `style`'s face cut down as `plan` says, with the tables a PDF needs (a TrueType file).
pub fn pdf_program(style: Style, plan: &Plan) -> Result<Vec<u8>> {
    cut(
        style,
        plan,
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
    let plan = Plan::new(glyphs);
    let bytes = cut(
        style,
        &plan,
        "the site",
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )?;
    Ok(Subset {
        bytes,
        ids: plan.ids,
    })
}

/// `style`'s face with the glyphs of `plan` only, with the tables of `profile`, for `purpose`
/// (named in the error).
fn cut(
    style: Style,
    plan: &Plan,
    purpose: &str,
    profile: &SubsetProfile,
    cmap: CmapTarget,
) -> Result<Vec<u8>> {
    let fail = |what: String| {
        Error::new(format!(
            "could not prepare the {} font for {purpose}: {what}",
            style.describe()
        ))
    };
    let font = ReadScope::new(style.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| fail(e.to_string()))?;
    let provider = font.table_provider(0).map_err(|e| fail(e.to_string()))?;
    subset(&provider, &plan.glyphs, profile, cmap).map_err(|e| fail(e.to_string()))
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
        let plan = Plan::new(used.iter().copied());
        let bytes = pdf_program(Style::Regular, &plan).unwrap();
        assert!(bytes.len() < Style::Regular.bytes().len() / 10);
        assert_eq!(plan.ids.len(), used.len() + 1);
        assert_eq!(plan.ids[&0], 0);
        let mut new: Vec<u16> = plan.ids.values().copied().collect();
        new.sort_unstable();
        assert_eq!(new, (0..plan.ids.len() as u16).collect::<Vec<_>>());
        assert_eq!(plan.tag.len(), 6);
        assert_eq!(plan, Plan::new(used.iter().copied()));
        assert_eq!(bytes, pdf_program(Style::Regular, &plan).unwrap());
    }
}
