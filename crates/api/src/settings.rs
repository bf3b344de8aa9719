//! Portal settings that staff choose in the console (`GET`/`PUT /api/staff/settings`), and
//! the rules that make them valid. Both sides check with the same [`PortalSettings::problems`]:
//! the app to explain before sending, the server to refuse.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::password;

pub const HOUR: u64 = 3600;
pub const MINUTE: u64 = 60;
/// A link must live long enough to be read, and not so long that an old inbox is a risk.
pub const LIFETIME_RANGE_HOURS: (u64, u64) = (1, 168);
pub const FIRST_SIGN_IN_RANGE_MINUTES: (u64, u64) = (1, 1440);
pub const MIN_PASSWORD_RANGE: (usize, usize) = (8, 64);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalSettings {
    /// Clients may change their password from the account menu in the portal.
    pub account_password: bool,
    pub reset_link_lifetime_secs: u64,
    /// Asking again within this time re-sends the same link.
    pub reset_reuse_window_secs: u64,
    /// How long a client who signed in with a staff-set password has to choose their own.
    pub first_sign_in_window_secs: u64,
    pub min_password_chars: usize,
    /// When the human check is asked for.
    pub human_check: HumanCheckMode,
    /// The languages clients and staff may choose, in the order the switcher lists them.
    /// Absent in a request: English only, as before languages could be chosen.
    #[serde(default = "english_only")]
    pub languages: Vec<Lang>,
    /// The language of whoever has not chosen one and whose browser asks for none of the
    /// enabled ones; the login text of a language without its own falls back to it.
    #[serde(default = "english")]
    pub default_language: Lang,
}

fn english_only() -> Vec<Lang> {
    vec![Lang::DEFAULT]
}

fn english() -> Lang {
    Lang::DEFAULT
}

/// When a browser must pass a human check (a proof-of-work challenge it solves in the
/// background) before its request is served.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HumanCheckMode {
    /// Never: past their limits, sign-ins get 429 and reset requests are ignored, as
    /// before the check existed.
    Off,
    /// When traffic looks like abuse: sign-ins from unknown devices after the free
    /// failures, reset requests past an address's hourly allowance, staff past theirs.
    #[default]
    Automatic,
    /// For every sign-in from an unknown device, every reset request and every reset or
    /// new client staff send; harder as abuse grows.
    Always,
}

impl HumanCheckMode {
    pub const ALL: [HumanCheckMode; 3] = [
        HumanCheckMode::Off,
        HumanCheckMode::Automatic,
        HumanCheckMode::Always,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            HumanCheckMode::Off => "off",
            HumanCheckMode::Automatic => "automatic",
            HumanCheckMode::Always => "always",
        }
    }

    pub fn parse(text: &str) -> Option<HumanCheckMode> {
        Self::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

/// Why a setting cannot be saved, with the numbers its sentence needs: both sides word it
/// in the reader's language with `portico_i18n::settings_message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsProblem {
    LifetimeRange {
        low_hours: u64,
        high_hours: u64,
    },
    /// The reuse window is longer than the link lifetime, which is given.
    ReuseLongerThanLifetime {
        lifetime_secs: u64,
    },
    FirstSignInRange {
        low_minutes: u64,
        high_minutes: u64,
    },
    MinPasswordRange {
        low: usize,
        high: usize,
    },
    NoLanguage,
    /// The pseudo-locale is a server flag, never a setting.
    PseudoLocale,
    LanguageTwice,
    DefaultNotEnabled,
}

impl SettingsProblem {
    /// The field of [`PortalSettings`] the problem belongs to, as the API names it.
    pub fn field(self) -> &'static str {
        match self {
            SettingsProblem::LifetimeRange { .. } => "reset_link_lifetime_secs",
            SettingsProblem::ReuseLongerThanLifetime { .. } => "reset_reuse_window_secs",
            SettingsProblem::FirstSignInRange { .. } => "first_sign_in_window_secs",
            SettingsProblem::MinPasswordRange { .. } => "min_password_chars",
            SettingsProblem::NoLanguage
            | SettingsProblem::PseudoLocale
            | SettingsProblem::LanguageTwice => "languages",
            SettingsProblem::DefaultNotEnabled => "default_language",
        }
    }
}

impl PortalSettings {
    /// Every field that is out of range, at most one problem each.
    pub fn problems(&self) -> Vec<SettingsProblem> {
        let mut problems = Vec::new();
        let (low_hours, high_hours) = LIFETIME_RANGE_HOURS;
        if !(low_hours * HOUR..=high_hours * HOUR).contains(&self.reset_link_lifetime_secs) {
            problems.push(SettingsProblem::LifetimeRange {
                low_hours,
                high_hours,
            });
        } else if self.reset_reuse_window_secs > self.reset_link_lifetime_secs {
            problems.push(SettingsProblem::ReuseLongerThanLifetime {
                lifetime_secs: self.reset_link_lifetime_secs,
            });
        }
        let (low_minutes, high_minutes) = FIRST_SIGN_IN_RANGE_MINUTES;
        if !(low_minutes * MINUTE..=high_minutes * MINUTE).contains(&self.first_sign_in_window_secs)
        {
            problems.push(SettingsProblem::FirstSignInRange {
                low_minutes,
                high_minutes,
            });
        }
        let (low, high) = MIN_PASSWORD_RANGE;
        debug_assert!(high <= password::MAX_CHARS);
        if !(low..=high).contains(&self.min_password_chars) {
            problems.push(SettingsProblem::MinPasswordRange { low, high });
        }
        if self.languages.is_empty() {
            problems.push(SettingsProblem::NoLanguage);
        } else if self.languages.contains(&Lang::Pseudo) {
            problems.push(SettingsProblem::PseudoLocale);
        } else if (1..self.languages.len())
            .any(|i| self.languages[..i].contains(&self.languages[i]))
        {
            problems.push(SettingsProblem::LanguageTwice);
        } else if !self.languages.contains(&self.default_language) {
            problems.push(SettingsProblem::DefaultNotEnabled);
        }
        problems
    }
}

impl PortalSettings {
    /// Whether `field` (as named in [`PortalSettings::problems`]) differs from `other`'s.
    pub fn differs_from(&self, other: &PortalSettings, field: &str) -> bool {
        match field {
            "reset_link_lifetime_secs" => {
                self.reset_link_lifetime_secs != other.reset_link_lifetime_secs
            }
            // Judged against the lifetime, so a changed lifetime re-judges it too.
            "reset_reuse_window_secs" => {
                self.reset_reuse_window_secs != other.reset_reuse_window_secs
                    || self.reset_link_lifetime_secs != other.reset_link_lifetime_secs
            }
            "first_sign_in_window_secs" => {
                self.first_sign_in_window_secs != other.first_sign_in_window_secs
            }
            "min_password_chars" => self.min_password_chars != other.min_password_chars,
            "languages" => self.languages != other.languages,
            // Judged against the enabled languages.
            "default_language" => {
                self.default_language != other.default_language || self.languages != other.languages
            }
            _ => true,
        }
    }
}

/// A number as a person writes it: no trailing zeros, at most two decimals.
pub fn format_number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> PortalSettings {
        PortalSettings {
            account_password: true,
            reset_link_lifetime_secs: 24 * HOUR,
            reset_reuse_window_secs: 16 * HOUR,
            first_sign_in_window_secs: 5 * MINUTE,
            min_password_chars: 8,
            human_check: HumanCheckMode::Automatic,
            languages: vec![Lang::En],
            default_language: Lang::En,
        }
    }

    #[test]
    fn languages_are_enabled_once_with_the_default_among_them() {
        let with = |languages: Vec<Lang>, default_language| PortalSettings {
            languages,
            default_language,
            ..defaults()
        };
        assert!(with(vec![Lang::De, Lang::Ar, Lang::En], Lang::Ar)
            .problems()
            .is_empty());
        assert_eq!(fields(&with(vec![], Lang::En)), ["languages"]);
        assert_eq!(
            fields(&with(vec![Lang::En, Lang::En], Lang::En)),
            ["languages"]
        );
        assert_eq!(
            fields(&with(vec![Lang::En, Lang::Pseudo], Lang::En)),
            ["languages"]
        );
        assert_eq!(
            fields(&with(vec![Lang::En, Lang::Fr], Lang::De)),
            ["default_language"]
        );
        // A request from before languages existed reads as English only.
        let old: PortalSettings = serde_json::from_value(serde_json::json!({
            "account_password": true, "reset_link_lifetime_secs": 86400,
            "reset_reuse_window_secs": 0, "first_sign_in_window_secs": 300,
            "min_password_chars": 8, "human_check": "automatic"
        }))
        .unwrap();
        assert_eq!(
            (old.languages, old.default_language),
            (vec![Lang::En], Lang::En)
        );
    }

    fn fields(settings: &PortalSettings) -> Vec<&'static str> {
        settings.problems().into_iter().map(|p| p.field()).collect()
    }

    #[test]
    fn modes_read_back_what_they_write() {
        for mode in HumanCheckMode::ALL {
            assert_eq!(HumanCheckMode::parse(mode.as_str()), Some(mode));
            let json = serde_json::to_string(&mode).unwrap();
            assert_eq!(json, format!("\"{}\"", mode.as_str()));
        }
        assert_eq!(HumanCheckMode::parse("sometimes"), None);
    }

    #[test]
    fn the_defaults_are_valid() {
        assert!(defaults().problems().is_empty());
    }

    #[test]
    fn each_range_is_checked_at_both_ends() {
        for (change, field) in [
            (
                (|s: &mut PortalSettings| s.reset_link_lifetime_secs = HOUR - 1)
                    as fn(&mut PortalSettings),
                "reset_link_lifetime_secs",
            ),
            (
                |s| s.reset_link_lifetime_secs = 168 * HOUR + 1,
                "reset_link_lifetime_secs",
            ),
            (
                |s| s.reset_reuse_window_secs = 24 * HOUR + 1,
                "reset_reuse_window_secs",
            ),
            (
                |s| s.first_sign_in_window_secs = 59,
                "first_sign_in_window_secs",
            ),
            (
                |s| s.first_sign_in_window_secs = 1441 * MINUTE,
                "first_sign_in_window_secs",
            ),
            (|s| s.min_password_chars = 7, "min_password_chars"),
            (|s| s.min_password_chars = 65, "min_password_chars"),
        ] {
            let mut settings = defaults();
            change(&mut settings);
            assert_eq!(fields(&settings), [field]);
        }
    }

    #[test]
    fn the_edges_themselves_are_allowed() {
        let settings = PortalSettings {
            account_password: false,
            reset_link_lifetime_secs: HOUR,
            reset_reuse_window_secs: 0,
            first_sign_in_window_secs: 1440 * MINUTE,
            min_password_chars: 64,
            human_check: HumanCheckMode::Off,
            languages: Lang::SPOKEN.to_vec(),
            default_language: Lang::Ar,
        };
        assert!(settings.problems().is_empty());
    }

    #[test]
    fn the_reuse_problem_carries_the_lifetime() {
        let mut settings = defaults();
        settings.reset_reuse_window_secs = 30 * HOUR;
        assert_eq!(
            settings.problems(),
            [SettingsProblem::ReuseLongerThanLifetime {
                lifetime_secs: 24 * HOUR
            }]
        );
    }

    #[test]
    fn only_changed_fields_count_as_changed() {
        let before = defaults();
        let after = PortalSettings {
            min_password_chars: 12,
            ..defaults()
        };
        assert!(after.differs_from(&before, "min_password_chars"));
        assert!(!after.differs_from(&before, "reset_link_lifetime_secs"));
        let longer = PortalSettings {
            reset_link_lifetime_secs: 48 * HOUR,
            ..defaults()
        };
        assert!(longer.differs_from(&before, "reset_reuse_window_secs"));
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(format_number(1.0), "1");
        assert_eq!(format_number(1.5), "1.5");
        assert_eq!(format_number(0.25), "0.25");
    }
}
