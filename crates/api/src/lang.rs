//! The languages Portico speaks, as they travel on the wire: a BCP 47 tag each.

use serde::{Deserialize, Serialize};

/// A language with a complete catalog, or the pseudo-locale the tests use to catch text
/// that was never translated and layouts that break when words get longer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Lang {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "ar")]
    Ar,
    /// English, accented and 40 % longer (the tag CLDR reserves for pseudo-locales).
    #[serde(rename = "en-XA")]
    Pseudo,
}

/// For serde: [`Lang::DEFAULT`].
pub fn default_lang() -> Lang {
    Lang::DEFAULT
}

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// Every language, the pseudo-locale last.
    pub const ALL: [Lang; 6] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::Ar,
        Lang::Pseudo,
    ];

    /// The languages with catalogs of their own, which staff may enable.
    pub const SPOKEN: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ar];

    /// The portal's language until staff choose another.
    pub const DEFAULT: Lang = Lang::En;

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language a BCP 47 tag asks for, by its primary subtag ("de-AT" is German), or
    /// none when Portico does not speak it. The pseudo-locale answers only to its own tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Lang::SPOKEN
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// The language's name in itself, for the switcher: a reader looks for their own.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
            Lang::Pseudo => "Ƥşèúδô",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_regions_fall_to_their_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.tag()));
        }
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("FR_ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("pt-BR"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::Ar.dir(), Dir::Rtl);
        assert_eq!(Lang::Fr.dir(), Dir::Ltr);
    }
}
