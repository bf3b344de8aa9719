//! Passwords Portico chooses itself (staff "set a password" without typing one, and
//! automations): readable, typeable, and far past guessing.

use anyhow::Context;

/// Lowercase letters and digits without the look-alikes 0/o, 1/l/i.
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS: usize = 5;
const GROUP_LEN: usize = 5;

/// Five groups of five characters, e.g. `k7m2q-x9ttc-...`: 25 draws from 31 symbols,
/// about 124 bits.
pub fn password() -> anyhow::Result<String> {
    let mut out = String::with_capacity(GROUPS * (GROUP_LEN + 1));
    let mut drawn = 0;
    while drawn < GROUPS * GROUP_LEN {
        let mut byte = [0u8; 1];
        getrandom::getrandom(&mut byte).context("the OS random source failed")?;
        // Rejection sampling: 248 = 8 * 31, so every symbol stays equally likely.
        if byte[0] >= 248 {
            continue;
        }
        if drawn > 0 && drawn % GROUP_LEN == 0 {
            out.push('-');
        }
        out.push(ALPHABET[usize::from(byte[0]) % ALPHABET.len()] as char);
        drawn += 1;
    }
    Ok(out)
}

/// Bits of entropy in a generated password.
pub fn bits() -> f64 {
    (GROUPS * GROUP_LEN) as f64 * (ALPHABET.len() as f64).log2()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_readable_and_different_each_time() {
        assert!(bits() >= 120.0, "{}", bits());
        let a = password().unwrap();
        let b = password().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 29);
        assert!(a
            .split('-')
            .all(|g| g.len() == 5 && g.bytes().all(|c| ALPHABET.contains(&c))));
        assert!(portico_api::password::check(&a, "x@example.com", 8).is_empty());
    }
}
