//! The public portal description, rendered once per change.
//!
//! `GET /api/portal` is the first request of every sign-in page, and `theme.css` and the
//! logo are on every page, so all three are kept ready to send: rendering Markdown,
//! sanitising HTML and writing the stylesheet happen when staff change something, never
//! per request. Everything is replaced together, so a page never sees a new name with an
//! old logo.

use std::sync::{Arc, RwLock};

use bytes::Bytes;
use portico_api::branding::{
    dark_partner, Branding, Logo, Rgb, Scheme, DARK_LABEL, DEFAULT_ACCENT, LIGHT_LABEL,
};
use portico_api::lang::Lang;
use portico_api::PortalInfo;

use crate::http::static_files::content_digest;
use crate::store::portal::{PortalRecord, StoredLogo};
use crate::store::Store;

pub const LOGO_PATH: &str = "/api/portal/logo";

/// A file served from memory, with the tag a browser revalidates it by.
pub struct Asset {
    pub content_type: String,
    pub bytes: Bytes,
    pub etag: String,
}

pub struct Rendered {
    pub name: String,
    /// `GET /api/portal` as JSON bytes, without its language fields: for each language
    /// with a login text of its own, and for none (the last, with an empty text).
    bodies: Vec<(Option<Lang>, Bytes)>,
    pub theme: Asset,
    pub logo: Option<Asset>,
    /// What the builder edits.
    pub branding: Branding,
    /// The light-mode accent as `#rrggbb`, for emails' buttons (mail clients rarely
    /// honour dark mode).
    pub mail_accent: String,
}

pub struct PortalCache {
    current: RwLock<Arc<Rendered>>,
    mail_from: String,
}

impl PortalCache {
    pub async fn load(store: &Store, mail_from: &str) -> anyhow::Result<PortalCache> {
        let rendered = render(&store.portal().await?, store.logo().await?, mail_from)?;
        Ok(PortalCache {
            current: RwLock::new(Arc::new(rendered)),
            mail_from: mail_from.to_string(),
        })
    }

    pub fn current(&self) -> Arc<Rendered> {
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The portal's name, as emails sign it.
    pub fn name(&self) -> String {
        self.current().name.clone()
    }

    /// `GET /api/portal` in `language`, with what the switcher offers: the login text of
    /// `language`, else of the portal's `default` language, else none.
    pub fn body(&self, language: Lang, default: Lang, offered: &[Lang]) -> Bytes {
        let current = self.current();
        let of = |wanted: Option<Lang>| {
            current
                .bodies
                .iter()
                .find(|(lang, _)| *lang == wanted)
                .map(|(_, body)| body)
        };
        let body = of(Some(language))
            .or_else(|| of(Some(default)))
            .or_else(|| of(None))
            .map_or(&[][..], |body| &body[..]);
        with_languages(body, language, offered)
    }

    /// Reads the portal again after staff changed it.
    pub async fn reload(&self, store: &Store) -> anyhow::Result<()> {
        let rendered = render(&store.portal().await?, store.logo().await?, &self.mail_from)?;
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(rendered);
        Ok(())
    }
}

fn render(
    record: &PortalRecord,
    logo: Option<StoredLogo>,
    mail_from: &str,
) -> anyhow::Result<Rendered> {
    let logo_info = logo.as_ref().map(|logo| Logo {
        url: format!("{LOGO_PATH}?v={}", logo.digest),
        width: u32::try_from(logo.width).unwrap_or(1),
        height: u32::try_from(logo.height).unwrap_or(1),
    });
    let info = |login_text_html: String| PortalInfo {
        name: record.name.clone(),
        login_text_html,
        mail_from: mail_from.to_string(),
        logo: logo_info.clone(),
        // Filled in per request by `with_languages`.
        language: Lang::DEFAULT,
        languages: Vec::new(),
    };
    let mut bodies = Vec::with_capacity(record.login_texts.len() + 1);
    for (lang, markdown) in &record.login_texts {
        let html = portico_login_text::render(markdown);
        bodies.push((Some(*lang), without_languages(&info(html))?.into()));
    }
    bodies.push((None, without_languages(&info(String::new()))?.into()));
    let accent = record.accent.as_deref().and_then(Rgb::parse);
    let accent_dark = record.accent_dark.as_deref().and_then(Rgb::parse);
    let css = theme_css(accent, accent_dark);
    Ok(Rendered {
        name: record.name.clone(),
        bodies,
        theme: Asset {
            content_type: "text/css; charset=utf-8".into(),
            etag: format!("\"{}\"", content_digest(css.as_bytes())),
            bytes: css.into(),
        },
        logo: logo.map(|logo| Asset {
            content_type: logo.content_type,
            etag: format!("\"{}\"", logo.digest),
            bytes: logo.bytes.into(),
        }),
        branding: Branding {
            name: record.name.clone(),
            accent: accent.map(Rgb::hex),
            accent_dark: accent_dark.map(Rgb::hex),
            logo: logo_info,
        },
        mail_accent: accent.unwrap_or(DEFAULT_ACCENT).hex(),
    })
}

/// The description without its per-request language fields, to be cached.
fn without_languages(info: &PortalInfo) -> anyhow::Result<Vec<u8>> {
    let mut value = serde_json::to_value(info)?;
    if let Some(fields) = value.as_object_mut() {
        fields.remove("language");
        fields.remove("languages");
    }
    Ok(serde_json::to_vec(&value)?)
}

/// The cached description with the language fields filled in. The description is
/// serialised once per change, and these few bytes are spliced in per request rather than
/// serialising the whole (login text included) again.
fn with_languages(body: &[u8], language: Lang, offered: &[Lang]) -> Bytes {
    let Some(open) = body.strip_suffix(b"}") else {
        return Bytes::copy_from_slice(body);
    };
    let tags: Vec<&str> = offered.iter().map(|lang| lang.tag()).collect();
    let fields = serde_json::json!({ "language": language, "languages": tags });
    let mut out = Vec::with_capacity(body.len() + 64);
    out.extend_from_slice(open);
    out.push(b',');
    // `{"language":…,"languages":[…]}` without its braces.
    let fields = fields.to_string();
    out.extend_from_slice(&fields.as_bytes()[1..fields.len() - 1]);
    out.push(b'}');
    out.into()
}

/// The stylesheet every page links after `base.css` (and `app.css`): it overrides the
/// accent variables with the portal's colours, and is empty while the portal keeps
/// Portico's own. A light accent without a dark one gets a lightened partner, so dark mode
/// keeps the hue.
pub fn theme_css(accent: Option<Rgb>, accent_dark: Option<Rgb>) -> String {
    let block = |colour: Rgb, scheme: Scheme| {
        let label = match scheme {
            Scheme::Light => LIGHT_LABEL,
            Scheme::Dark => DARK_LABEL,
        };
        format!(
            ":root{{--accent:{c};--accent-hover:{h};--accent-text:{l};--focus:{c};--link:{c}}}",
            c = colour.hex(),
            h = colour.hover(scheme).hex(),
            l = label.hex()
        )
    };
    let mut css = String::from("/* The portal's colours, chosen in the portal builder. */\n");
    if let Some(accent) = accent {
        css.push_str(&block(accent, Scheme::Light));
        css.push('\n');
    }
    if let Some(dark) = accent_dark.or(accent.map(dark_partner)) {
        css.push_str("@media (prefers-color-scheme: dark){");
        css.push_str(&block(dark, Scheme::Dark));
        css.push_str("}\n");
    }
    css
}

#[cfg(test)]
mod language_tests {
    use super::*;

    #[test]
    fn the_language_fields_are_spliced_into_the_cached_description() {
        let info = PortalInfo {
            name: "Acme \"}\"".into(),
            login_text_html: "<p>{}</p>".into(),
            mail_from: String::new(),
            logo: None,
            language: Lang::DEFAULT,
            languages: Vec::new(),
        };
        let cached = without_languages(&info).unwrap();
        let body = with_languages(&cached, Lang::Ar, &[Lang::En, Lang::Ar]);
        let read: PortalInfo = serde_json::from_slice(&body).unwrap();
        assert_eq!(read.language, Lang::Ar);
        assert_eq!(read.languages, [Lang::En, Lang::Ar]);
        assert_eq!(read.name, info.name);
        assert_eq!(read.login_text_html, info.login_text_html);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_theme_overrides_nothing() {
        assert!(!theme_css(None, None).contains(":root"));
    }

    #[test]
    fn a_light_accent_brings_a_dark_partner() {
        let css = theme_css(Some(Rgb(0x7a, 0x00, 0x3c)), None);
        assert!(css.contains(":root{--accent:#7a003c;"), "{css}");
        assert!(css.contains("--accent-text:#ffffff"), "{css}");
        let dark = css.split("prefers-color-scheme: dark").nth(1).unwrap();
        assert!(dark.contains("--accent-text:#111418"), "{css}");
        assert!(!dark.contains("#7a003c;"), "{css}");
    }

    #[test]
    fn a_dark_accent_alone_leaves_light_mode_alone() {
        let css = theme_css(None, Some(Rgb(0xff, 0xd4, 0x00)));
        assert!(css.starts_with("/*") && css.contains("@media"), "{css}");
        assert_eq!(css.matches(":root").count(), 1);
    }
}
