//! The human check's solver (see `portico_api::human_check` for the format): tries the
//! numbers from 0 up until SHA-256 of the salt followed by the number, in decimal, is the
//! challenge. It runs in a Web Worker of its own (`main.rs`), so the page stays
//! responsive; it is a plain function so it can be tested and measured natively.

use sha2::{Digest, Sha256};

/// How often, in numbers tried, `progress` hears how far the search has got.
pub const PROGRESS_EVERY: u64 = 10_000;

/// The number `challenge` (lowercase hex) hides, at most `max`, or `None` when there is
/// none (a malformed challenge). `progress` is told the numbers tried so far, now and then.
pub fn solve(salt: &str, challenge: &str, max: u64, mut progress: impl FnMut(u64)) -> Option<u64> {
    let target = decode_hex(challenge)?;
    let mut salted = Sha256::new();
    salted.update(salt.as_bytes());
    let mut digits = [0u8; 20];
    for number in 0..=max {
        let mut hash = salted.clone();
        hash.update(decimal(number, &mut digits));
        if hash.finalize().as_slice() == target.as_slice() {
            return Some(number);
        }
        if number % PROGRESS_EVERY == 0 {
            progress(number);
        }
    }
    None
}

/// `number` in decimal, written into `buffer` without allocating (the loop's hot path).
fn decimal(mut number: u64, buffer: &mut [u8; 20]) -> &[u8] {
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (number % 10) as u8;
        number /= 10;
        if number == 0 {
            return &buffer[start..];
        }
    }
}

fn decode_hex(text: &str) -> Option<[u8; 32]> {
    let bytes = text.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks(2).enumerate() {
        let pair = std::str::from_utf8(pair).ok()?;
        if !pair.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        out[i] = u8::from_str_radix(pair, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn challenge(salt: &str, number: u64) -> String {
        Sha256::digest(format!("{salt}{number}"))
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    #[test]
    fn finds_the_hidden_number_and_reports_progress() {
        let salt = "0123456789abcdef0123456789abcdef?expires=1800000300&action=sign_in&";
        for hidden in [0, 7, 10, 12_345, 49_999] {
            let mut reports = Vec::new();
            let found = solve(salt, &challenge(salt, hidden), 50_000, |n| reports.push(n));
            assert_eq!(found, Some(hidden));
            // Every multiple of PROGRESS_EVERY tried before the answer.
            assert_eq!(reports.len() as u64, hidden.div_ceil(PROGRESS_EVERY));
        }
    }

    #[test]
    fn decimals_match_the_standard_formatting() {
        let mut buffer = [0u8; 20];
        for n in [0, 9, 10, 99, 100, 123_456_789, u64::MAX] {
            assert_eq!(decimal(n, &mut buffer), n.to_string().as_bytes());
        }
    }

    #[test]
    fn a_number_out_of_range_or_a_malformed_challenge_finds_nothing() {
        let salt = "abc?expires=1&action=sign_in&";
        assert_eq!(solve(salt, &challenge(salt, 600), 500, |_| {}), None);
        assert_eq!(solve(salt, "not hex", 500, |_| {}), None);
        assert_eq!(solve(salt, &"zz".repeat(32), 500, |_| {}), None);
    }
}
