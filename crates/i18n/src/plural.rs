//! CLDR's plural categories for whole numbers, for the languages Portico speaks: all a
//! message needs to pick "1 hour" or "24 hours" (or Arabic's six forms).

use portico_api::lang::Lang;

pub(crate) fn category(lang: Lang, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match lang {
        // Newer CLDR gives French and Spanish a "many" for whole millions; these are the
        // rules fluent-rs applies, which the catalogs are tested against.
        Lang::En | Lang::De | Lang::Es | Lang::Pseudo => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Fr => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Ar => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
    }
}

#[cfg(test)]
mod tests {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    use super::*;

    #[test]
    fn categories_agree_with_cldr() {
        for lang in Lang::ALL {
            let tag = if lang == Lang::Pseudo {
                "en"
            } else {
                lang.tag()
            };
            let id: unic_langid::LanguageIdentifier = tag.parse().unwrap();
            let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
            let numbers = (0..=1_200).chain([1_000_000, 2_000_000, 1_000_001, 3_000_100]);
            for n in numbers {
                let cldr = match rules.select(n).unwrap() {
                    PluralCategory::ZERO => "zero",
                    PluralCategory::ONE => "one",
                    PluralCategory::TWO => "two",
                    PluralCategory::FEW => "few",
                    PluralCategory::MANY => "many",
                    PluralCategory::OTHER => "other",
                };
                // intl_pluralrules 7 (fluent-rs's) reads Arabic's "n % 100" rules only below
                // 100; CLDR applies them to 103, 111 and so on, and so does Portico.
                if lang == Lang::Ar && n >= 100 && (3..=99).contains(&(n % 100)) {
                    continue;
                }
                assert_eq!(category(lang, n), cldr, "{} {n}", lang.tag());
            }
        }
    }
}
