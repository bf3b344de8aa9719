//! The portal settings in force: what staff saved in the console, or else the server's
//! flags. Read on every reset request and password check, so they live in memory and are
//! replaced as a whole when staff save.

use std::sync::RwLock;

use portico_api::lang::Lang;
use portico_api::settings::{HumanCheckMode, PortalSettings};

use crate::clock::Seconds;
use crate::store::portal::StoredSettings;

/// How reset links live, from the settings in force.
#[derive(Debug, Clone, Copy)]
pub struct ResetConfig {
    pub lifetime: Seconds,
    /// Asking again sooner than this after a link was made sends that same link.
    pub reuse: Seconds,
}

/// What staff chose, with `flags` where they chose nothing (or a stored value is
/// unusable).
pub fn merge(stored: &StoredSettings, flags: PortalSettings) -> PortalSettings {
    let languages = stored
        .languages
        .as_deref()
        .map(|tags| {
            tags.split(',')
                .filter_map(Lang::from_tag)
                .filter(|lang| *lang != Lang::Pseudo)
                .collect::<Vec<_>>()
        })
        .filter(|languages| !languages.is_empty())
        .unwrap_or(flags.languages);
    // The stored default while it is still enabled, else the first enabled language.
    let default_language = stored
        .default_language
        .as_deref()
        .and_then(Lang::from_tag)
        .filter(|lang| languages.contains(lang))
        .or(languages.first().copied())
        .unwrap_or(Lang::DEFAULT);
    let secs =
        |stored: Option<i64>, flag: u64| stored.and_then(|v| u64::try_from(v).ok()).unwrap_or(flag);
    PortalSettings {
        account_password: stored.account_password.unwrap_or(flags.account_password),
        reset_link_lifetime_secs: secs(
            stored.reset_link_lifetime_secs,
            flags.reset_link_lifetime_secs,
        ),
        reset_reuse_window_secs: secs(
            stored.reset_reuse_window_secs,
            flags.reset_reuse_window_secs,
        ),
        first_sign_in_window_secs: secs(
            stored.first_sign_in_window_secs,
            flags.first_sign_in_window_secs,
        ),
        min_password_chars: stored
            .min_password_chars
            .and_then(|v| usize::try_from(v).ok())
            .unwrap_or(flags.min_password_chars),
        human_check: stored
            .human_check
            .as_deref()
            .and_then(HumanCheckMode::parse)
            .unwrap_or(flags.human_check),
        languages,
        default_language,
    }
}

/// Stored languages as one column: tags, comma-separated, in the switcher's order.
pub fn join_languages(languages: &[Lang]) -> String {
    languages
        .iter()
        .map(|lang| lang.tag())
        .collect::<Vec<_>>()
        .join(",")
}

pub struct SettingsCache {
    /// What the server's flags say, under whatever staff chose.
    flags: PortalSettings,
    current: RwLock<PortalSettings>,
    saving: tokio::sync::Mutex<()>,
    /// Started with `--pseudo-locale`: offered beside the languages staff enabled.
    pseudo_locale: bool,
}

impl SettingsCache {
    /// `flags` fill in whatever staff have not chosen.
    pub fn new(
        flags: PortalSettings,
        stored: &StoredSettings,
        pseudo_locale: bool,
    ) -> SettingsCache {
        SettingsCache {
            current: RwLock::new(merge(stored, flags.clone())),
            flags,
            saving: tokio::sync::Mutex::new(()),
            pseudo_locale,
        }
    }

    /// The languages a reader may get, and the one for whoever asks for none of them.
    pub fn languages(&self) -> (Vec<Lang>, Lang) {
        let settings = self.get();
        (
            crate::i18n::offered(&settings, self.pseudo_locale),
            settings.default_language,
        )
    }

    /// The language for whoever asks for none the portal offers, without copying the
    /// settings.
    pub fn default_language(&self) -> Lang {
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .default_language
    }

    /// The first of `wanted` (BCP 47 tags, most wanted first) the portal offers, else its
    /// default, without copying the settings: asked by every answer with words in it.
    pub fn language_for<'a>(&self, wanted: impl IntoIterator<Item = &'a str>) -> Lang {
        let settings = self.current.read().unwrap_or_else(|p| p.into_inner());
        wanted
            .into_iter()
            .filter_map(Lang::from_tag)
            .find(|&lang| self.offered_in(&settings, lang))
            .unwrap_or(settings.default_language)
    }

    /// Whether the portal offers `lang` now, without copying the settings.
    pub fn offers(&self, lang: Lang) -> bool {
        let settings = self.current.read().unwrap_or_else(|p| p.into_inner());
        self.offered_in(&settings, lang)
    }

    /// The enabled languages, and the pseudo-locale with `--pseudo-locale`.
    fn offered_in(&self, settings: &PortalSettings, lang: Lang) -> bool {
        if lang == Lang::Pseudo {
            self.pseudo_locale
        } else {
            settings.languages.contains(&lang)
        }
    }

    pub fn get(&self) -> PortalSettings {
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Held while a save writes the database and then this cache.
    pub async fn saving(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.saving.lock().await
    }

    pub fn replace(&self, settings: PortalSettings) {
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = settings;
    }

    /// What staff saved, as read again from the database (saved on another instance).
    pub fn reload(&self, stored: &StoredSettings) {
        self.replace(merge(stored, self.flags.clone()));
    }

    pub fn reset(&self) -> ResetConfig {
        let settings = self.get();
        ResetConfig {
            lifetime: Seconds::from_u64(settings.reset_link_lifetime_secs),
            reuse: Seconds::from_u64(settings.reset_reuse_window_secs),
        }
    }

    pub fn min_password_chars(&self) -> usize {
        self.get().min_password_chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags() -> PortalSettings {
        PortalSettings {
            account_password: true,
            reset_link_lifetime_secs: 86_400,
            reset_reuse_window_secs: 57_600,
            first_sign_in_window_secs: 300,
            min_password_chars: 8,
            human_check: portico_api::settings::HumanCheckMode::Automatic,
            languages: vec![Lang::En],
            default_language: Lang::En,
        }
    }

    #[test]
    fn flags_apply_until_staff_choose() {
        let cache = SettingsCache::new(flags(), &StoredSettings::default(), false);
        assert_eq!(cache.get(), flags());
        assert_eq!(cache.reset().lifetime.get(), 86_400);
    }

    #[test]
    fn saved_choices_win_and_replacing_takes_effect_at_once() {
        let stored = StoredSettings {
            min_password_chars: Some(12),
            account_password: Some(false),
            human_check: Some("always".into()),
            ..StoredSettings::default()
        };
        let cache = SettingsCache::new(flags(), &stored, false);
        assert_eq!(cache.min_password_chars(), 12);
        assert_eq!(
            cache.get().human_check,
            portico_api::settings::HumanCheckMode::Always
        );
        assert!(!cache.get().account_password);
        assert_eq!(cache.get().reset_reuse_window_secs, 57_600);
        cache.replace(PortalSettings {
            reset_link_lifetime_secs: 3600,
            reset_reuse_window_secs: 0,
            ..flags()
        });
        assert_eq!(cache.reset().lifetime.get(), 3600);
        assert_eq!(cache.reset().reuse.get(), 0);
    }

    #[test]
    fn languages_read_back_in_order_and_a_lost_default_falls_to_the_first() {
        let stored = |languages: &str, default: &str| StoredSettings {
            languages: Some(languages.into()),
            default_language: Some(default.into()),
            ..StoredSettings::default()
        };
        let merged = merge(&stored("fr,ar,en", "ar"), flags());
        assert_eq!(merged.languages, [Lang::Fr, Lang::Ar, Lang::En]);
        assert_eq!(merged.default_language, Lang::Ar);
        assert_eq!(join_languages(&merged.languages), "fr,ar,en");
        let merged = merge(&stored("de,xx,es", "ar"), flags());
        assert_eq!(merged.languages, [Lang::De, Lang::Es]);
        assert_eq!(merged.default_language, Lang::De);
        let merged = merge(&stored("", "de"), flags());
        assert_eq!(merged.languages, [Lang::En]);
        assert_eq!(merged.default_language, Lang::En);
    }
}
