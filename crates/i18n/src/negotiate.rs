//! Which language a reader gets from the languages they ask for.

use portico_api::lang::Lang;

/// At most this many entries of a header are read: a browser sends a handful, and a
/// request should not make the server sort thousands.
const MAX_RANGES: usize = 16;

/// The language ranges of an `Accept-Language` header, most wanted first; ranges with
/// `q=0` (not wanted) and the wildcard are left out.
pub fn accept_language(header: &str) -> Vec<&str> {
    let mut ranges: Vec<(&str, u16)> = header
        .split(',')
        .take(MAX_RANGES)
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), quality)?;
            (q > 0 && !tag.is_empty() && tag != "*").then_some((tag, q))
        })
        .collect();
    // Stable: equal weights keep the order the reader gave.
    ranges.sort_by_key(|range| std::cmp::Reverse(range.1));
    ranges.into_iter().map(|(tag, _)| tag).collect()
}

/// A `q` value in thousandths; none when it is not one.
fn quality(value: &str) -> Option<u16> {
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The first of `wanted` (BCP 47 tags, most wanted first) that the portal has enabled,
/// or `fallback` when none is.
pub fn negotiate<'a>(
    wanted: impl IntoIterator<Item = &'a str>,
    enabled: &[Lang],
    fallback: Lang,
) -> Lang {
    wanted
        .into_iter()
        .filter_map(Lang::from_tag)
        .find(|lang| enabled.contains(lang))
        .unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_come_most_wanted_first_without_the_unwanted() {
        assert_eq!(
            accept_language("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"),
            ["fr-CH", "fr", "en", "de"]
        );
        assert_eq!(accept_language("de;q=0.5, ar"), ["ar", "de"]);
        assert_eq!(accept_language("es;q=0, en"), ["en"]);
        assert_eq!(accept_language("en;q=2, de;q=abc, fr;q=0.1234, es"), ["es"]);
        assert!(accept_language("").is_empty());
        let flood = "xx, ".repeat(10_000);
        assert_eq!(accept_language(&flood).len(), MAX_RANGES);
    }

    #[test]
    fn the_first_enabled_language_wins_else_the_fallback() {
        let enabled = [Lang::En, Lang::De, Lang::Ar];
        assert_eq!(
            negotiate(["fr", "de-AT", "en"], &enabled, Lang::En),
            Lang::De
        );
        assert_eq!(negotiate(["pt-BR", "fr"], &enabled, Lang::Ar), Lang::Ar);
        assert_eq!(negotiate([], &enabled, Lang::En), Lang::En);
        // The pseudo-locale is served only when enabled, like any other.
        assert_eq!(negotiate(["en-XA"], &enabled, Lang::De), Lang::De);
        assert_eq!(
            negotiate(["en-XA"], &[Lang::Pseudo], Lang::En),
            Lang::Pseudo
        );
    }
}
