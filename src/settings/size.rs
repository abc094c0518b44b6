//! Card and paper sizes: by name (`poker`, `a4`) or as `WxH` in millimetres, checked when
//! `settings.yaml` is read.

use crate::yaml;

/// A card or paper size in millimetres, portrait (width ≤ height is not required).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    /// Width in millimetres.
    pub width: f32,
    /// Height in millimetres.
    pub height: f32,
}

/// A card size.
pub type CardSize = Size;
/// A paper size.
pub type Paper = Size;

impl Size {
    /// Poker cards, 63 × 88 mm (the usual game card).
    pub const POKER: Size = Size::mm(63.0, 88.0);
    /// ISO A4 paper, 210 × 297 mm.
    pub const A4: Size = Size::mm(210.0, 297.0);

    /// A size of `width` × `height` millimetres.
    pub(super) const fn mm(width: f32, height: f32) -> Size {
        Size { width, height }
    }

    /// The card sizes known by name.
    pub const CARD_NAMES: [(&'static str, Size); 6] = [
        ("poker", Size::POKER),
        ("bridge", Size::mm(57.0, 89.0)),
        ("tarot", Size::mm(70.0, 120.0)),
        ("mini", Size::mm(44.0, 63.0)),
        ("square", Size::mm(89.0, 89.0)),
        ("business", Size::mm(85.0, 55.0)),
    ];

    /// The paper sizes known by name.
    pub const PAPER_NAMES: [(&'static str, Size); 3] = [
        ("a4", Size::A4),
        ("letter", Size::mm(215.9, 279.4)),
        ("a3", Size::mm(297.0, 420.0)),
    ];

    /// Parses a name from `names` or `WxH` in millimetres.
    pub(super) fn parse(
        text: &str,
        names: &[(&str, Size)],
        what: &str,
    ) -> std::result::Result<Size, String> {
        let key = text.trim().to_lowercase();
        if let Some((_, size)) = names.iter().find(|(name, _)| *name == key) {
            return Ok(*size);
        }
        let known: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
        let millimetres = |text: &str| {
            text.trim()
                .trim_end_matches("mm")
                .trim()
                .parse::<f32>()
                .ok()
        };
        let dimensions = key
            .split_once(['x', '×', '*'])
            .and_then(|(w, h)| Some((millimetres(w)?, millimetres(h)?)));
        match dimensions {
            Some((width, height))
                if (10.0..=2000.0).contains(&width) && (10.0..=2000.0).contains(&height) =>
            {
                Ok(Size { width, height })
            }
            Some(_) => Err(format!(
                "`{text}` is not a sensible {what} size: each side must be 10 to 2000 mm"
            )),
            None => {
                let suggestion = crate::suggest::closest(&key, &known)
                    .map(|best| format!("did you mean `{best}`? "))
                    .unwrap_or_default();
                Err(format!(
                    "`{text}` is not a {what} size; {suggestion}use one of {} or width x height in millimetres, like `70x100`",
                    known.join(", ")
                ))
            }
        }
    }
}

/// Reads a card size from its name or `WxH`.
pub(super) fn card_size<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Size, D::Error> {
    yaml::parsed_text(deserializer, "a card size", |text| {
        Size::parse(text, &Size::CARD_NAMES, "card")
    })
}

/// Reads a paper size from its name or `WxH`.
pub(super) fn paper_size<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Size, D::Error> {
    yaml::parsed_text(deserializer, "a paper size", |text| {
        Size::parse(text, &Size::PAPER_NAMES, "paper")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_and_paper_sizes_by_name_or_millimetres() {
        let card = |text: &str| Size::parse(text, &Size::CARD_NAMES, "card");
        assert_eq!(card("Poker"), Ok(Size::POKER));
        assert_eq!(card("70x100"), Ok(Size::mm(70.0, 100.0)));
        assert_eq!(card(" 70 x 100 mm "), Ok(Size::mm(70.0, 100.0)));
        assert_eq!(card("70mm × 100mm"), Ok(Size::mm(70.0, 100.0)));
        assert!(card("pokr").unwrap_err().contains("did you mean `poker`?"));
        assert!(card("5x5").unwrap_err().contains("10 to 2000 mm"));
        assert!(card("big").unwrap_err().contains("like `70x100`"));
        let paper = Size::parse("letter", &Size::PAPER_NAMES, "paper").unwrap();
        assert!((paper.width - 215.9).abs() < 1e-3);
    }
}
