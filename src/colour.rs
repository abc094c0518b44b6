//! Colours as the writer gives them in settings (`#rrggbb`), parsed once at load time and
//! shared by every output (PDF drawing today, the site's styles and images later).

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

    /// The colour as `#rrggbb`, as HTML and CSS write it.
    pub fn hex(self) -> String {
        let channel = |value: f32| (value.clamp(0.0, 1.0) * 255.0).round() as u8;
        format!(
            "#{:02x}{:02x}{:02x}",
            channel(self.r),
            channel(self.g),
            channel(self.b)
        )
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
}
