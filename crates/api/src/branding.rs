//! The portal's branding: its name, logo and accent colours (`GET`/`PUT
//! /api/staff/branding`), and the contrast rule both sides apply to a colour. The app
//! checks as staff pick, for the live preview; the server refuses what fails.
//!
//! The accent is used as link text and focus ring on the page, and as the background of
//! primary buttons. One colour cannot reach 4.5:1 against both a light and a dark page,
//! so there are two: `accent` for light mode and `accent_dark` for dark mode, each held
//! to WCAG AA (4.5:1) against the backgrounds of its own mode. A button's label is white
//! in light mode and the dark page colour in dark mode; the rule above guarantees both
//! labels reach 4.5:1 too.

use serde::{Deserialize, Serialize};

pub const NAME_MAX_CHARS: usize = 80;
/// Logos are small images shown at most 3rem high; anything bigger is a mistake.
pub const LOGO_MAX_BYTES: usize = 256 * 1024;
pub const LOGO_MAX_SIDE: u32 = 4096;
/// What a logo may be, as browsers name the types: never SVG, which can carry script.
pub const LOGO_TYPES: [&str; 3] = ["image/png", "image/jpeg", "image/webp"];

/// Why a file of `bytes` cannot be the logo for its size, if it cannot: the app says it
/// when a file is chosen, the server when one arrives.
pub fn logo_too_large(bytes: u64) -> Option<BrandingProblem> {
    (bytes > LOGO_MAX_BYTES as u64).then(|| BrandingProblem::LogoTooLarge {
        kb: bytes.div_ceil(1024),
        max_kb: (LOGO_MAX_BYTES / 1024) as u64,
    })
}

/// Why branding cannot be saved, with what its sentence needs: both sides word it in the
/// reader's language with `portico_i18n::branding_message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrandingProblem {
    NameMissing,
    NameTooLong {
        chars: usize,
        max: usize,
    },
    NameNotOneLine,
    /// Not a hex colour.
    ColourUnreadable {
        scheme: Scheme,
    },
    /// Below [`MIN_CONTRAST`] against a page of `scheme`; the ratio in hundredths, rounded
    /// down by [`ratio_hundredths`].
    Contrast {
        scheme: Scheme,
        colour: Rgb,
        ratio_hundredths: u32,
    },
    /// Not PNG, JPEG or WebP.
    LogoType,
    LogoTooLarge {
        kb: u64,
        max_kb: u64,
    },
}

impl BrandingProblem {
    /// The field the problem belongs to, as the API names it.
    pub fn field(self) -> &'static str {
        match self {
            BrandingProblem::NameMissing
            | BrandingProblem::NameTooLong { .. }
            | BrandingProblem::NameNotOneLine => "name",
            BrandingProblem::ColourUnreadable { scheme }
            | BrandingProblem::Contrast { scheme, .. } => match scheme {
                Scheme::Light => "accent",
                Scheme::Dark => "accent_dark",
            },
            BrandingProblem::LogoType | BrandingProblem::LogoTooLarge { .. } => "logo",
        }
    }
}
/// WCAG 2.2 AA for normal text (1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// The page backgrounds in `style/base.css`: the page and the cards on it.
pub const LIGHT_BACKGROUNDS: [Rgb; 2] = [Rgb(0xf5, 0xf6, 0xf8), Rgb(0xff, 0xff, 0xff)];
pub const DARK_BACKGROUNDS: [Rgb; 2] = [Rgb(0x11, 0x14, 0x18), Rgb(0x1b, 0x20, 0x27)];
pub const DEFAULT_ACCENT: Rgb = Rgb(0x1f, 0x4e, 0xd8);
pub const DEFAULT_ACCENT_DARK: Rgb = Rgb(0x8a, 0xb4, 0xff);
/// Button labels on the accent.
pub const LIGHT_LABEL: Rgb = Rgb(0xff, 0xff, 0xff);
pub const DARK_LABEL: Rgb = Rgb(0x11, 0x14, 0x18);

/// What staff see and edit in the builder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Branding {
    /// Shown in page titles, the top bar, the sign-in page and as emails' sender name.
    pub name: String,
    /// `#rrggbb` for light mode, or none for Portico's blue.
    pub accent: Option<String>,
    /// `#rrggbb` for dark mode, or none for Portico's light blue.
    pub accent_dark: Option<String>,
    pub logo: Option<Logo>,
}

/// `PUT /api/staff/branding`: the logo has endpoints of its own, as it is not JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BrandingUpdate {
    pub name: String,
    pub accent: Option<String>,
    pub accent_dark: Option<String>,
}

/// The uploaded logo as pages show it; the size lets a page reserve its space before
/// the image arrives, so nothing moves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Logo {
    /// Same-origin and versioned: a new logo gets a new address.
    pub url: String,
    pub width: u32,
    pub height: u32,
}

/// Which page a colour is judged against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    fn backgrounds(self) -> [Rgb; 2] {
        match self {
            Scheme::Light => LIGHT_BACKGROUNDS,
            Scheme::Dark => DARK_BACKGROUNDS,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` or `#rgb`, in either case; surrounding spaces are ignored.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        match hex.len() {
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
            }
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            _ => None,
        }
    }

    /// Lower-case `#rrggbb`: the one form stored and sent.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// `amount` (0 to 1) of the way towards `towards`.
    pub fn mix(self, towards: Rgb, amount: f64) -> Rgb {
        let step = |from: u8, to: u8| {
            (f64::from(from) + (f64::from(to) - f64::from(from)) * amount).round() as u8
        };
        Rgb(
            step(self.0, towards.0),
            step(self.1, towards.1),
            step(self.2, towards.2),
        )
    }

    /// The lowest contrast against the backgrounds of `scheme`.
    pub fn worst_contrast(self, scheme: Scheme) -> f64 {
        scheme
            .backgrounds()
            .into_iter()
            .map(|bg| self.contrast(bg))
            .fold(f64::INFINITY, f64::min)
    }

    /// Lighter in dark mode, darker in light mode: the hover shade of a button.
    pub fn hover(self, scheme: Scheme) -> Rgb {
        match scheme {
            Scheme::Light => self.mix(Rgb(0, 0, 0), 0.15),
            Scheme::Dark => self.mix(Rgb(0xff, 0xff, 0xff), 0.2),
        }
    }
}

/// A dark-mode partner for a light-mode accent: the same hue, lightened just enough to
/// reach AA on the dark page (white always does, so this always ends).
pub fn dark_partner(accent: Rgb) -> Rgb {
    (0..=20)
        .map(|step| accent.mix(Rgb(0xff, 0xff, 0xff), f64::from(step) * 0.05))
        .find(|c| c.worst_contrast(Scheme::Dark) >= MIN_CONTRAST)
        .unwrap_or(Rgb(0xff, 0xff, 0xff))
}

/// Why `text` cannot be the accent of `scheme`, or the colour it names.
pub fn check_accent(text: &str, scheme: Scheme) -> Result<Rgb, BrandingProblem> {
    let Some(colour) = Rgb::parse(text) else {
        return Err(BrandingProblem::ColourUnreadable { scheme });
    };
    let contrast = colour.worst_contrast(scheme);
    if contrast >= MIN_CONTRAST {
        return Ok(colour);
    }
    Err(BrandingProblem::Contrast {
        scheme,
        colour,
        ratio_hundredths: ratio_hundredths(contrast),
    })
}

/// 4.4871 as 448: rounded down, so a colour that falls short never reads as 4.5.
pub fn ratio_hundredths(contrast: f64) -> u32 {
    (contrast * 100.0).floor() as u32
}

impl BrandingUpdate {
    /// Every field that cannot be saved, at most one problem each.
    pub fn problems(&self) -> Vec<BrandingProblem> {
        let mut problems = Vec::new();
        let name = self.name.trim();
        let chars = name.chars().count();
        if chars == 0 {
            problems.push(BrandingProblem::NameMissing);
        } else if chars > NAME_MAX_CHARS {
            problems.push(BrandingProblem::NameTooLong {
                chars,
                max: NAME_MAX_CHARS,
            });
        } else if name.chars().any(char::is_control) {
            problems.push(BrandingProblem::NameNotOneLine);
        }
        for (value, scheme) in [
            (&self.accent, Scheme::Light),
            (&self.accent_dark, Scheme::Dark),
        ] {
            if let Some(Err(problem)) = value.as_deref().map(|v| check_accent(v, scheme)) {
                problems.push(problem);
            }
        }
        problems
    }

    /// The update as stored: name trimmed, colours in `#rrggbb`. Call after `problems`.
    pub fn normalised(&self) -> BrandingUpdate {
        let colour = |v: &Option<String>| v.as_deref().and_then(Rgb::parse).map(Rgb::hex);
        BrandingUpdate {
            name: self.name.trim().to_string(),
            accent: colour(&self.accent),
            accent_dark: colour(&self.accent_dark),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_in_both_forms_and_nothing_else() {
        assert_eq!(Rgb::parse("#1F4ED8"), Some(Rgb(0x1f, 0x4e, 0xd8)));
        assert_eq!(Rgb::parse(" #fff "), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse("1f4ed8"), None);
        assert_eq!(Rgb::parse("#12345"), None);
        assert_eq!(Rgb::parse("#ggg"), None);
        assert_eq!(Rgb::parse("#+1+2+3"), None);
        assert_eq!(Rgb::parse("#é1234"), None);
        assert_eq!(Rgb(0x1f, 0x4e, 0xd8).hex(), "#1f4ed8");
    }

    #[test]
    fn contrast_matches_wcag() {
        let black = Rgb(0, 0, 0);
        let white = Rgb(255, 255, 255);
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known 4.54:1.
        assert_eq!(ratio_hundredths(Rgb(0x76, 0x76, 0x76).contrast(white)), 454);
    }

    #[test]
    fn the_defaults_pass_in_their_own_mode() {
        assert!(check_accent(&DEFAULT_ACCENT.hex(), Scheme::Light).is_ok());
        assert!(check_accent(&DEFAULT_ACCENT_DARK.hex(), Scheme::Dark).is_ok());
        assert!(check_accent(&DEFAULT_ACCENT_DARK.hex(), Scheme::Light).is_err());
    }

    #[test]
    fn a_pale_colour_is_refused_with_its_ratio() {
        let problem = check_accent("#FFD400", Scheme::Light).unwrap_err();
        let BrandingProblem::Contrast {
            scheme: Scheme::Light,
            colour,
            ratio_hundredths: 100..=199,
        } = problem
        else {
            panic!("{problem:?}");
        };
        assert_eq!(colour.hex(), "#ffd400");
        assert_eq!(problem.field(), "accent");
        let problem = check_accent("#1f4ed8", Scheme::Dark).unwrap_err();
        assert_eq!(problem.field(), "accent_dark");
        assert_eq!(
            check_accent("blue", Scheme::Light),
            Err(BrandingProblem::ColourUnreadable {
                scheme: Scheme::Light
            })
        );
    }

    #[test]
    fn button_labels_pass_whenever_the_accent_does() {
        // Every grey that passes its mode also carries its label at AA.
        for level in 0..=255u8 {
            let grey = Rgb(level, level, level);
            if grey.worst_contrast(Scheme::Light) >= MIN_CONTRAST {
                assert!(grey.contrast(LIGHT_LABEL) >= MIN_CONTRAST, "{}", grey.hex());
            }
            if grey.worst_contrast(Scheme::Dark) >= MIN_CONTRAST {
                assert!(grey.contrast(DARK_LABEL) >= MIN_CONTRAST, "{}", grey.hex());
            }
        }
    }

    #[test]
    fn a_dark_partner_keeps_the_hue_and_passes() {
        for accent in [DEFAULT_ACCENT, Rgb(0x7a, 0x00, 0x3c), Rgb(0, 0, 0)] {
            let partner = dark_partner(accent);
            assert!(partner.worst_contrast(Scheme::Dark) >= MIN_CONTRAST);
        }
        let partner = dark_partner(Rgb(0x7a, 0x00, 0x3c));
        assert!(
            partner.0 > partner.1 && partner.0 > partner.2,
            "still a red"
        );
    }

    #[test]
    fn names_and_colours_are_checked_field_by_field() {
        let update = BrandingUpdate {
            name: "  ".into(),
            accent: Some("#ffd400".into()),
            accent_dark: Some("blue".into()),
        };
        let fields: Vec<_> = update.problems().into_iter().map(|p| p.field()).collect();
        assert_eq!(fields, ["name", "accent", "accent_dark"]);
        let update = BrandingUpdate {
            name: " Acme Client Portal ".into(),
            accent: Some("#1F4ED8".into()),
            accent_dark: None,
        };
        assert!(update.problems().is_empty());
        assert_eq!(update.normalised().name, "Acme Client Portal");
        assert_eq!(update.normalised().accent.as_deref(), Some("#1f4ed8"));
        let long = BrandingUpdate {
            name: "x".repeat(81),
            ..update
        };
        assert_eq!(
            long.problems(),
            [BrandingProblem::NameTooLong { chars: 81, max: 80 }]
        );
    }
}
