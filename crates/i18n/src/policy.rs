//! The password policy's verdicts in words, for the app's live checks and the server's
//! answers alike, so both say the same thing in the reader's language.

use portico_api::password::PolicyViolation;

use crate::Catalog;

/// The sentence shown to the person choosing the password.
pub fn policy_message(words: &Catalog, violation: &PolicyViolation) -> String {
    match violation {
        PolicyViolation::TooShort { min } => {
            words.text_with("policy-too-short", &[("min", (*min).into())])
        }
        PolicyViolation::TooLong { max } => {
            words.text_with("policy-too-long", &[("max", (*max).into())])
        }
        PolicyViolation::SameAsEmail => words.text("policy-same-as-email"),
        PolicyViolation::Common => words.text("policy-common"),
        PolicyViolation::SameAsCurrent => words.text("policy-same-as-current"),
    }
}

#[cfg(all(test, feature = "embedded"))]
mod tests {
    use portico_api::password::{PolicyViolation, MAX_CHARS};

    use crate::{messages, Area, Catalog, Lang};

    #[test]
    fn every_violation_has_words_in_every_language() {
        for &lang in Lang::ALL.iter() {
            let words =
                Catalog::from_messages(lang, [messages(lang, Area::Client).clone()]).strict();
            for v in [
                PolicyViolation::TooShort { min: 8 },
                PolicyViolation::TooLong { max: MAX_CHARS },
                PolicyViolation::SameAsEmail,
                PolicyViolation::Common,
                PolicyViolation::SameAsCurrent,
            ] {
                let text = super::policy_message(&words, &v);
                assert!(text.chars().count() > 10, "{lang:?} {v:?}: {text}");
            }
        }
    }
}
