//! The password policy, in one place so the app's live feedback and the server's
//! enforcement can never disagree.
//!
//! No composition rules (NIST SP 800-63B): length, counted in Unicode characters so that
//! a passphrase in any script is measured the way its owner reads it, a ban on the 10,000
//! most common passwords and on passwords that are just the account's own email address.
//! "Not the current password" needs the stored hash, so only the server can check it; it
//! reports [`PolicyViolation::SameAsCurrent`].

use serde::{Deserialize, Serialize};

/// The default minimum; a portal setting may raise it.
pub const DEFAULT_MIN_CHARS: usize = 8;
/// Long enough for any passphrase, short enough that hashing stays cheap.
pub const MAX_CHARS: usize = 256;

/// Why a password was refused. The app renders each beside the field, in words
/// `portico_i18n::policy_message` gives for both sides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum PolicyViolation {
    TooShort { min: usize },
    TooLong { max: usize },
    SameAsEmail,
    Common,
    SameAsCurrent,
}

/// Checks `password` for the account with `email`; an empty result means it is acceptable.
pub fn check(password: &str, email: &str, min_chars: usize) -> Vec<PolicyViolation> {
    check_with(
        password,
        email,
        min_chars,
        str::to_lowercase,
        crate::common_passwords::contains,
    )
}

/// [`check`] with the Unicode lowercasing supplied by the caller. The browser app passes
/// JavaScript's `toLowerCase`, which gives the same answers without shipping Rust's
/// case-mapping tables (about 25 KB) in the sign-in page's wasm. `is_common` gets the
/// lowercased password; the app passes a lookup in the list it fetched (or `|_| false`
/// until it arrives, since the server checks again anyway).
pub fn check_with(
    password: &str,
    email: &str,
    min_chars: usize,
    lowercase: impl Fn(&str) -> String,
    is_common: impl Fn(&str) -> bool,
) -> Vec<PolicyViolation> {
    let mut problems = Vec::new();
    let chars = password.chars().count();
    if chars < min_chars {
        problems.push(PolicyViolation::TooShort { min: min_chars });
    }
    if chars > MAX_CHARS {
        problems.push(PolicyViolation::TooLong { max: MAX_CHARS });
    }
    let lowered = lowercase(password);
    let email = lowercase(email.trim());
    let local = email.split('@').next().unwrap_or_default();
    if !email.is_empty() && (lowered == email || (!local.is_empty() && lowered == local)) {
        problems.push(PolicyViolation::SameAsEmail);
    }
    if is_common(lowered.trim()) {
        problems.push(PolicyViolation::Common);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_counts_characters_not_bytes() {
        // Eight characters, 24 bytes in UTF-8: long enough.
        assert!(check("パスワードです。", "a@example.com", 8).is_empty());
        // Seven characters but many bytes: too short.
        assert_eq!(
            check("🔑🔑🔑🔑🔑🔑🔑", "a@example.com", 8),
            vec![PolicyViolation::TooShort { min: 8 }]
        );
    }

    #[test]
    fn no_composition_rules() {
        assert!(check("all lowercase words here", "a@example.com", 8).is_empty());
    }

    #[test]
    fn too_long_is_refused() {
        let long = "x".repeat(MAX_CHARS + 1);
        assert_eq!(
            check(&long, "a@example.com", 8),
            vec![PolicyViolation::TooLong { max: MAX_CHARS }]
        );
        assert!(check(&"x".repeat(MAX_CHARS), "a@example.com", 8).is_empty());
    }

    #[test]
    fn email_and_its_local_part_are_refused_in_any_case() {
        let email = "Ada.Lovelace@Example.com";
        for pw in ["ada.lovelace@example.com", "ADA.LOVELACE", "ada.lovelace"] {
            assert!(
                check(pw, email, 8).contains(&PolicyViolation::SameAsEmail),
                "{pw}"
            );
        }
    }

    #[test]
    fn common_passwords_are_refused_in_any_case() {
        for pw in ["password1", "PASSWORD1", "Iloveyou1", "qwertyuiop"] {
            assert!(
                check(pw, "a@example.com", 8).contains(&PolicyViolation::Common),
                "{pw}"
            );
        }
        assert!(check("a quiet lighthouse", "a@example.com", 8).is_empty());
    }

    #[test]
    fn violations_serialise_with_their_rule_name() {
        let json = serde_json::to_string(&PolicyViolation::TooShort { min: 8 }).unwrap();
        assert_eq!(json, r#"{"rule":"too_short","min":8}"#);
    }
}
