//! Which `?next=` targets the app may follow after sign-in.
//!
//! Open redirects turn a trusted sign-in page into a phishing relay, so only same-origin
//! absolute paths are accepted; everything else falls back to the caller's default.

/// Returns `next` when it is a same-origin path such as `/` or `/account?tab=1#x`.
///
/// Rejected: anything not starting with a single `/` (`//host`, `/\host` and scheme URLs
/// leave the origin in browsers), control characters and whitespace (browsers strip some
/// of them before parsing, which can turn `/\t/host` into `//host`), and over-long values.
pub fn safe_next(next: &str) -> Option<&str> {
    let bytes = next.as_bytes();
    let ok = next.len() <= 2048
        && bytes.first() == Some(&b'/')
        && !matches!(bytes.get(1), Some(b'/') | Some(b'\\'))
        && !next
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn same_origin_paths_are_accepted() {
        for ok in ["/", "/staff", "/account/password?x=1#top", "/a/b/c"] {
            assert_eq!(safe_next(ok), Some(ok), "{ok}");
        }
    }

    #[test]
    fn anything_that_could_leave_the_origin_is_refused() {
        for bad in [
            "",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "javascript:alert(1)",
            "/\t/evil.example",
            "/\n/evil.example",
            " /",
            "evil",
            "/path with space",
            "/a\\b",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
        assert_eq!(safe_next(&format!("/{}", "a".repeat(3000))), None);
    }
}
