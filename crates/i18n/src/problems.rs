//! The portal builder's verdicts in words: why settings or branding cannot be saved. The
//! console says them as staff type, the server when it refuses, both in the reader's
//! language from the console catalog, so a sentence is written once.

use portico_api::branding::{BrandingProblem, Scheme, MIN_CONTRAST};
use portico_api::settings::{format_number, SettingsProblem, HOUR, MINUTE};

use crate::{Catalog, Lang};

/// A number as `lang` writes it: "4.5" in English, "4,5" in German, French and Spanish.
/// Arabic keeps the point, as it keeps Western digits in Portico.
pub fn decimal(lang: Lang, value: f64) -> String {
    let text = format_number(value);
    match lang {
        Lang::De | Lang::Fr | Lang::Es => text.replace('.', ","),
        Lang::En | Lang::Ar | Lang::Pseudo => text,
    }
}

/// A contrast ratio as `lang` writes it, "4,5:1", passed to a message whole so that
/// right-to-left text cannot turn it into "1:4.5".
pub fn ratio(lang: Lang, value: f64) -> String {
    format!("{}:1", decimal(lang, value))
}

/// The sentence shown beside the setting.
pub fn settings_message(words: &Catalog, problem: &SettingsProblem) -> String {
    match *problem {
        SettingsProblem::LifetimeRange {
            low_hours,
            high_hours,
        } => words.text_with(
            "settings-problem-lifetime",
            &[
                ("low", low_hours.into()),
                ("high", high_hours.into()),
                ("days", (high_hours / 24).into()),
            ],
        ),
        SettingsProblem::ReuseLongerThanLifetime { lifetime_secs } => {
            // Exact, in the largest unit that divides it: a lifetime set by a flag may be
            // 90 minutes or 30 seconds, and "1.5 hours" has no plural form to pick.
            let (id, count) = if lifetime_secs % HOUR == 0 {
                ("settings-problem-reuse-hours", lifetime_secs / HOUR)
            } else if lifetime_secs % MINUTE == 0 {
                ("settings-problem-reuse-minutes", lifetime_secs / MINUTE)
            } else {
                ("settings-problem-reuse-seconds", lifetime_secs)
            };
            words.text_with(id, &[("count", count.into())])
        }
        SettingsProblem::FirstSignInRange {
            low_minutes,
            high_minutes,
        } => words.text_with(
            "settings-problem-first-sign-in",
            &[
                ("low", low_minutes.into()),
                ("high", high_minutes.into()),
                ("hours", (high_minutes / 60).into()),
            ],
        ),
        SettingsProblem::MinPasswordRange { low, high } => words.text_with(
            "settings-problem-min-password",
            &[("low", low.into()), ("high", high.into())],
        ),
        SettingsProblem::NoLanguage => words.text("settings-problem-no-language"),
        SettingsProblem::PseudoLocale => words.text_with(
            "settings-problem-pseudo-locale",
            &[("flag", "--pseudo-locale".into())],
        ),
        SettingsProblem::LanguageTwice => words.text("settings-problem-language-twice"),
        SettingsProblem::DefaultNotEnabled => words.text("settings-problem-default"),
    }
}

/// The sentence shown beside the branding field.
pub fn branding_message(words: &Catalog, problem: &BrandingProblem) -> String {
    let lang = words.lang();
    match *problem {
        BrandingProblem::NameMissing => words.text("branding-problem-name-missing"),
        BrandingProblem::NameTooLong { chars, max } => words.text_with(
            "branding-problem-name-too-long",
            &[("chars", chars.into()), ("max", max.into())],
        ),
        BrandingProblem::NameNotOneLine => words.text("branding-problem-name-one-line"),
        // Not the hint under the field ("Enter a hex code…"), which is shown beside it.
        BrandingProblem::ColourUnreadable { .. } => words.text_with(
            "branding-problem-not-a-colour",
            &[("example", "#1f4ed8".into())],
        ),
        BrandingProblem::Contrast {
            scheme,
            colour,
            ratio_hundredths,
        } => {
            let id = match scheme {
                Scheme::Light => "branding-problem-contrast-light",
                Scheme::Dark => "branding-problem-contrast-dark",
            };
            let (colour, ratio, min) = (
                colour.hex(),
                ratio(lang, f64::from(ratio_hundredths) / 100.0),
                ratio(lang, MIN_CONTRAST),
            );
            words.text_with(
                id,
                &[
                    ("colour", (&colour).into()),
                    ("ratio", (&ratio).into()),
                    ("min", (&min).into()),
                ],
            )
        }
        BrandingProblem::LogoType => words.text("branding-problem-logo-type"),
        BrandingProblem::LogoTooLarge { kb, max_kb } => words.text_with(
            "branding-problem-logo-too-large",
            &[("size", kb.into()), ("max", max_kb.into())],
        ),
    }
}

#[cfg(all(test, feature = "embedded"))]
mod tests {
    use portico_api::branding::{check_accent, logo_too_large, BrandingUpdate, Rgb, Scheme};
    use portico_api::settings::{SettingsProblem, HOUR};

    use super::*;
    use crate::{messages, Area};

    fn console(lang: Lang) -> Catalog {
        Catalog::from_messages(lang, [messages(lang, Area::Console).clone()]).strict()
    }

    fn every_settings_problem() -> Vec<SettingsProblem> {
        vec![
            SettingsProblem::LifetimeRange {
                low_hours: 1,
                high_hours: 168,
            },
            SettingsProblem::ReuseLongerThanLifetime {
                lifetime_secs: HOUR,
            },
            SettingsProblem::ReuseLongerThanLifetime {
                lifetime_secs: 24 * HOUR,
            },
            SettingsProblem::ReuseLongerThanLifetime {
                lifetime_secs: 90 * 60,
            },
            SettingsProblem::ReuseLongerThanLifetime { lifetime_secs: 30 },
            SettingsProblem::FirstSignInRange {
                low_minutes: 1,
                high_minutes: 1440,
            },
            SettingsProblem::MinPasswordRange { low: 8, high: 64 },
            SettingsProblem::NoLanguage,
            SettingsProblem::PseudoLocale,
            SettingsProblem::LanguageTwice,
            SettingsProblem::DefaultNotEnabled,
        ]
    }

    fn every_branding_problem() -> Vec<BrandingProblem> {
        let long = BrandingUpdate {
            name: "x".repeat(81),
            accent: Some("#ffd400".into()),
            accent_dark: Some("#1f4ed8".into()),
        };
        let mut problems = long.problems();
        problems.extend([
            BrandingProblem::NameMissing,
            BrandingProblem::NameNotOneLine,
            check_accent("blue", Scheme::Dark).unwrap_err(),
            BrandingProblem::LogoType,
            logo_too_large(300 * 1024).unwrap(),
        ]);
        problems
    }

    #[test]
    fn every_problem_has_words_in_every_language() {
        for lang in Lang::ALL {
            let words = console(lang);
            for problem in every_settings_problem() {
                let text = settings_message(&words, &problem);
                assert!(text.chars().count() > 10, "{lang:?} {problem:?}: {text}");
            }
            for problem in every_branding_problem() {
                let text = branding_message(&words, &problem);
                assert!(text.chars().count() > 10, "{lang:?} {problem:?}: {text}");
            }
        }
    }

    #[test]
    fn english_says_what_to_do_with_the_numbers() {
        let words = console(Lang::En);
        let say = |p| settings_message(&words, &p);
        assert_eq!(
            say(every_settings_problem()[0]),
            "Choose a lifetime from 1 to 168 hours (7 days)."
        );
        assert_eq!(
            say(SettingsProblem::ReuseLongerThanLifetime {
                lifetime_secs: HOUR
            }),
            "The reuse window cannot be longer than the link lifetime (1 hour)."
        );
        assert_eq!(
            say(SettingsProblem::ReuseLongerThanLifetime {
                lifetime_secs: 90 * 60
            }),
            "The reuse window cannot be longer than the link lifetime (90 minutes)."
        );
        let contrast = check_accent("#ffd400", Scheme::Light).unwrap_err();
        let text = branding_message(&words, &contrast);
        assert!(text.starts_with("#ffd400 has a contrast of 1."), "{text}");
        assert!(
            text.ends_with("links and buttons need at least 4.5:1. Choose a darker colour."),
            "{text}"
        );
        assert_eq!(
            branding_message(&words, &logo_too_large(300 * 1024).unwrap()),
            "The logo is 300 KB; the limit is 256 KB."
        );
    }

    #[test]
    fn decimals_are_written_as_each_language_writes_them() {
        assert_eq!(decimal(Lang::En, 4.5), "4.5");
        assert_eq!(decimal(Lang::De, 4.5), "4,5");
        assert_eq!(decimal(Lang::Fr, 1.0), "1");
        let words = console(Lang::De);
        let problem = BrandingProblem::Contrast {
            scheme: Scheme::Dark,
            colour: Rgb(0x1f, 0x4e, 0xd8),
            ratio_hundredths: 248,
        };
        let text = branding_message(&words, &problem);
        assert!(text.contains("2,48:1") && text.contains("4,5:1"), "{text}");
    }
}
