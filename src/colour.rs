//! Colours as the writer gives them in settings (`#rrggbb`), parsed once at load time and
//! shared by every output (PDF drawing, the site's styles), with the contrast ratio of WCAG 2
//! that decides whether a colour can be read on another.

/// A colour, as the writer gives it in settings: `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour {
    /// Red, 0 to 1.
    pub r: f32,
    /// Green, 0 to 1.
    pub g: f32,
    /// Blue, 0 to 1.
    pub b: f32,
}

impl Colour {
    /// Black.
    pub const BLACK: Colour = Colour::grey(0.0);

    /// A grey from 0 (black) to 1 (white).
    pub const fn grey(level: f32) -> Colour {
        Colour {
            r: level,
            g: level,
            b: level,
        }
    }

    /// The colour `#rrggbb` of the three channels given, 0 to 255 each.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Colour {
        Colour {
            r: r as f32 / 255.0,
            g: g as f32 / 255.0,
            b: b as f32 / 255.0,
        }
    }

    /// Parses `#rrggbb` (or `rrggbb`); `None` if it is not one.
    pub fn parse(text: &str) -> Option<Colour> {
        let text = text.trim();
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| {
            u8::from_str_radix(&hex[i..i + 2], 16)
                .ok()
                .map(|v| f32::from(v) / 255.0)
        };
        Some(Colour {
            r: channel(0)?,
            g: channel(2)?,
            b: channel(4)?,
        })
    }

    /// White.
    pub const WHITE: Colour = Colour::grey(1.0);

    /// `#rrggbb`, as CSS writes it (each channel rounded to the nearest of 256 steps).
    pub fn hex(self) -> String {
        let channel = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
        format!(
            "#{:02x}{:02x}{:02x}",
            channel(self.r),
            channel(self.g),
            channel(self.b)
        )
    }

    /// The relative luminance of WCAG 2 (0 for black, 1 for white), of the colour as `hex`
    /// writes it.
    pub fn luminance(self) -> f32 {
        let linear = |v: f32| {
            let v = (v.clamp(0.0, 1.0) * 255.0).round() / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// The contrast ratio of WCAG 2 between this colour and `other`: from 1 (the same) to 21
    /// (black on white). Text needs 4.5 to pass AA, large text and graphics 3.
    pub fn contrast(self, other: Colour) -> f32 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour if it reaches `ratio` on `background`; otherwise the nearest shade of it
    /// that does, darker on a light background and lighter on a dark one (mixed towards black
    /// or white in steps of 1/100, so the same colours always give the same shade).
    pub fn readable_on(self, background: Colour, ratio: f32) -> Colour {
        let towards = if background.luminance() > 0.18 {
            Colour::BLACK
        } else {
            Colour::WHITE
        };
        (0..=100)
            .map(|step| self.mix(towards, step as f32 / 100.0))
            .find(|shade| shade.contrast(background) >= ratio)
            .unwrap_or(towards)
    }

    /// This colour mixed with `other`: `amount` 0 gives this colour, 1 gives `other`.
    pub fn mix(self, other: Colour, amount: f32) -> Colour {
        let blend = |a: f32, b: f32| a + (b - a) * amount;
        Colour {
            r: blend(self.r, other.r),
            g: blend(self.g, other.g),
            b: blend(self.b, other.b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse() {
        let c = Colour::parse("#3a5f0b").unwrap();
        assert!((c.r - 58.0 / 255.0).abs() < 1e-6 && (c.b - 11.0 / 255.0).abs() < 1e-6);
        assert_eq!(
            Colour::parse("#8c3a44"),
            Some(Colour::rgb(0x8c, 0x3a, 0x44))
        );
        assert_eq!(Colour::parse("#8c3a44").unwrap().hex(), "#8c3a44");
        assert!(Colour::parse("#fff").is_none());
        assert!(Colour::parse("green").is_none());
        assert!(Colour::parse("##123456").is_none());
    }

    #[test]
    fn contrast_ratios_are_those_of_wcag() {
        assert_eq!(Colour::rgb(0x1f, 0x6f, 0x78).hex(), "#1f6f78");
        assert!((Colour::BLACK.contrast(Colour::WHITE) - 21.0).abs() < 1e-3);
        assert!((Colour::WHITE.contrast(Colour::WHITE) - 1.0).abs() < 1e-6);
        // #767676 on white is the lightest grey that passes AA: 4.54.
        let grey = Colour::rgb(0x76, 0x76, 0x76);
        assert!((grey.contrast(Colour::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn a_colour_is_shaded_only_as_far_as_it_must_be_to_be_read() {
        let teal = Colour::rgb(0x1f, 0x6f, 0x78);
        assert_eq!(teal.readable_on(Colour::WHITE, 4.5), teal);
        let pale = Colour::rgb(0xf0, 0xc0, 0x40);
        let darker = pale.readable_on(Colour::WHITE, 4.5);
        assert!(darker.contrast(Colour::WHITE) >= 4.5);
        let dark = Colour::rgb(0x1c, 0x1a, 0x18);
        let lighter = teal.readable_on(dark, 4.5);
        assert!(lighter.contrast(dark) >= 4.5 && lighter.luminance() > teal.luminance());
    }
}
