//! The 10,000 most common passwords (from the list Django ships, most frequent first), for
//! the server's check. The app fetches the same file as a static asset on the pages that
//! choose a password, so the sign-in page never downloads it.

use std::collections::HashSet;
use std::sync::OnceLock;

/// One password per line, lowercase.
pub const LIST: &str = include_str!("../data/common-passwords.txt");

/// Parses the list's text into a set; the app uses this on the text it fetched.
pub fn parse(text: &str) -> HashSet<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

/// True when `lowercased` is one of the lines of `text`, a copy of the list: the app's
/// check on the text it fetched. A scan of 10,000 short lines takes well under a
/// millisecond per keystroke, and keeps hashing code out of the light bundles.
pub fn listed_in(text: &str, lowercased: &str) -> bool {
    !lowercased.is_empty() && text.lines().any(|line| line.trim() == lowercased)
}

/// True when `lowercased` (already lowercased by the caller) is on the list.
pub fn contains(lowercased: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| parse(LIST)).contains(lowercased)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_scan_agrees_with_the_servers_set() {
        for candidate in ["123456", "password", "target123", "dragon"] {
            assert!(
                contains(candidate) && listed_in(LIST, candidate),
                "{candidate}"
            );
        }
        for candidate in ["", "correct horse battery staple", "12345 ", "Password"] {
            assert!(!listed_in(LIST, candidate), "{candidate:?}");
        }
    }

    #[test]
    fn holds_ten_thousand_lowercase_entries() {
        let set = parse(LIST);
        assert_eq!(set.len(), 10_000);
        assert!(set.iter().all(|p| p.to_lowercase() == *p));
    }

    #[test]
    fn knows_the_usual_suspects() {
        for common in ["123456", "password", "qwerty", "iloveyou", "password1"] {
            assert!(contains(common), "{common}");
        }
        assert!(!contains("correct horse battery staple"));
    }
}
