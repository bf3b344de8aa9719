//! Device cookies (OWASP's "slow down online guessing attacks with device cookies"): a
//! browser that has signed in to an account before carries proof of it, so its attempts
//! are throttled on their own and an attacker elsewhere can never lock it out.
//!
//! After each successful sign-in the browser gets (or keeps) an entry `nonce.mac` for that
//! account, where the nonce is 128 random bits and the MAC binds it to the account's
//! email key under the server key. Nothing is stored: a forged or foreign entry fails the
//! MAC. A cookie holds entries for up to [`MAX_ACCOUNTS`] accounts (a shared computer),
//! most recent first. The throttle counts a known device's failures under a MAC of its
//! nonce, so the database never holds what the cookie proves.

use axum::http::header::{HeaderMap, HeaderValue};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use subtle::ConstantTimeEq;

use std::net::IpAddr;

use super::session;
use super::throttle::Attempt;
use crate::keys::{Keys, Purpose};
use crate::state::SessionConfig;

/// How long a browser stays known after its last successful sign-in.
pub const LIFETIME_SECS: i64 = 180 * 86_400;
pub const MAX_ACCOUNTS: usize = 5;
const NONCE_BYTES: usize = 16;
const MAC_BYTES: usize = 16;
/// Longer than any valid cookie (5 entries of 22 + 1 + 22 characters, and separators).
const MAX_VALUE_CHARS: usize = 300;

pub fn cookie_name(config: &SessionConfig) -> &'static str {
    if config.secure {
        "__Host-portico_device"
    } else {
        "portico_device"
    }
}

/// A browser proven to have signed in to the account in question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownDevice {
    nonce: String,
}

impl KnownDevice {
    /// The throttle's key for this device: a MAC, so the database cannot rebuild the cookie.
    pub fn throttle_key(&self, keys: &Keys) -> String {
        URL_SAFE_NO_PAD.encode(keys.mac(Purpose::DeviceThrottle, &self.nonce))
    }
}

fn entry_mac(keys: &Keys, nonce: &str, account_key: &str) -> String {
    let mac = keys.mac(Purpose::DeviceCookie, &format!("{nonce}\n{account_key}"));
    URL_SAFE_NO_PAD.encode(&mac[..MAC_BYTES])
}

/// The request's entries, as sent (unchecked), from every cookie of this name: a cookie
/// planted beside the real one (by a sibling subdomain, say) must not hide it.
fn entries(config: &SessionConfig, headers: &HeaderMap) -> Vec<(String, String)> {
    session::cookie_values(headers, cookie_name(config))
        .filter(|value| value.len() <= MAX_VALUE_CHARS)
        .flat_map(|value| value.split('~'))
        .filter_map(|entry| entry.split_once('.'))
        .take(MAX_ACCOUNTS * 2)
        .map(|(nonce, mac)| (nonce.to_string(), mac.to_string()))
        .collect()
}

/// The device, if this browser has signed in to the account with `account_key` before.
pub fn recognise(
    keys: &Keys,
    config: &SessionConfig,
    headers: &HeaderMap,
    account_key: &str,
) -> Option<KnownDevice> {
    entries(config, headers)
        .into_iter()
        .find(|(nonce, mac)| {
            let expected = entry_mac(keys, nonce, account_key);
            expected.len() == mac.len() && bool::from(expected.as_bytes().ct_eq(mac.as_bytes()))
        })
        .map(|(nonce, _)| KnownDevice { nonce })
}

/// Whose failures a password attempt for `account_key` counts against: this device's
/// own, if it has signed in to the account before, else the account's and the address's.
pub fn attempt(
    keys: &Keys,
    config: &SessionConfig,
    headers: &HeaderMap,
    account_key: &str,
    ip: IpAddr,
) -> Attempt {
    match recognise(keys, config, headers, account_key) {
        Some(device) => Attempt::KnownDevice(device.throttle_key(keys)),
        None => Attempt::Unknown {
            account: account_key.to_string(),
            ip,
        },
    }
}

/// The `Set-Cookie` after a successful sign-in: this account's entry (kept if the browser
/// had one, else new) first, then the browser's other valid-looking entries.
pub fn remember(
    keys: &Keys,
    config: &SessionConfig,
    headers: &HeaderMap,
    account_key: &str,
) -> anyhow::Result<HeaderValue> {
    let nonce = match recognise(keys, config, headers, account_key) {
        Some(device) => device.nonce,
        None => {
            let mut bytes = [0u8; NONCE_BYTES];
            getrandom::getrandom(&mut bytes)
                .map_err(|err| anyhow::anyhow!("the OS random source failed: {err}"))?;
            URL_SAFE_NO_PAD.encode(bytes)
        }
    };
    let mac = entry_mac(keys, &nonce, account_key);
    let mut value = format!("{nonce}.{mac}");
    for (other, other_mac) in entries(config, headers)
        .into_iter()
        .filter(|(other, _)| *other != nonce)
        .filter(|(other, other_mac)| is_token(other) && is_token(other_mac))
        .take(MAX_ACCOUNTS - 1)
    {
        value.push_str(&format!("~{other}.{other_mac}"));
    }
    // Only base64url characters, '.' and '~': ASCII, as a header value needs.
    Ok(session::cookie(
        cookie_name(config),
        config,
        &value,
        LIFETIME_SECS,
    ))
}

/// Only base64url characters are copied back into a cookie we set.
fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 24
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header;

    fn keys() -> Keys {
        Keys::generate().unwrap()
    }

    const CONFIG: SessionConfig = SessionConfig {
        idle: crate::clock::Seconds::minutes(1),
        max: crate::clock::Seconds::hours(1),
        secure: false,
    };

    fn sent(set_cookie: &HeaderValue) -> HeaderMap {
        let pair = set_cookie.to_str().unwrap().split(';').next().unwrap();
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(pair).unwrap());
        headers
    }

    #[test]
    fn a_device_is_known_only_for_the_account_it_signed_in_to() {
        let keys = keys();
        let cookie = remember(&keys, &CONFIG, &HeaderMap::new(), "a@x.com").unwrap();
        let headers = sent(&cookie);
        assert!(recognise(&keys, &CONFIG, &headers, "a@x.com").is_some());
        assert!(recognise(&keys, &CONFIG, &headers, "b@x.com").is_none());
        let other_key = Keys::generate().unwrap();
        assert!(recognise(&other_key, &CONFIG, &headers, "a@x.com").is_none());
        let text = cookie.to_str().unwrap();
        assert!(text.contains("HttpOnly") && text.contains("SameSite=Strict"));
    }

    #[test]
    fn signing_in_again_keeps_the_device_and_a_second_account_is_added() {
        let keys = keys();
        let first = sent(&remember(&keys, &CONFIG, &HeaderMap::new(), "a@x.com").unwrap());
        let device = recognise(&keys, &CONFIG, &first, "a@x.com").unwrap();
        let again = sent(&remember(&keys, &CONFIG, &first, "a@x.com").unwrap());
        assert_eq!(recognise(&keys, &CONFIG, &again, "a@x.com"), Some(device));
        let both = sent(&remember(&keys, &CONFIG, &again, "b@x.com").unwrap());
        assert!(recognise(&keys, &CONFIG, &both, "a@x.com").is_some());
        assert!(recognise(&keys, &CONFIG, &both, "b@x.com").is_some());
    }

    #[test]
    fn a_tampered_or_oversized_cookie_is_not_known() {
        let keys = keys();
        let cookie = remember(&keys, &CONFIG, &HeaderMap::new(), "a@x.com").unwrap();
        let pair = cookie.to_str().unwrap().split(';').next().unwrap();
        let (name, value) = pair.split_once('=').unwrap();
        let (nonce, mac) = value.split_once('.').unwrap();
        let forged = format!("{name}={nonce}.{}", mac.replace(&mac[..2], "AA"));
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(&forged).unwrap());
        assert!(recognise(&keys, &CONFIG, &headers, "a@x.com").is_none());
        let huge = format!("{name}={}", "a.b~".repeat(200));
        headers.insert(header::COOKIE, HeaderValue::from_str(&huge).unwrap());
        assert!(recognise(&keys, &CONFIG, &headers, "a@x.com").is_none());
    }

    #[test]
    fn a_planted_cookie_beside_the_real_one_does_not_hide_it() {
        let keys = keys();
        let cookie = remember(&keys, &CONFIG, &HeaderMap::new(), "a@x.com").unwrap();
        let real = cookie.to_str().unwrap().split(';').next().unwrap();
        let mut headers = HeaderMap::new();
        let both = format!("portico_device=junk.junk; {real}");
        headers.insert(header::COOKIE, HeaderValue::from_str(&both).unwrap());
        assert!(recognise(&keys, &CONFIG, &headers, "a@x.com").is_some());
    }

    #[test]
    fn the_throttle_key_is_not_the_cookie() {
        let keys = keys();
        let cookie = remember(&keys, &CONFIG, &HeaderMap::new(), "a@x.com").unwrap();
        let device = recognise(&keys, &CONFIG, &sent(&cookie), "a@x.com").unwrap();
        let key = device.throttle_key(&keys);
        assert!(!cookie.to_str().unwrap().contains(&key));
        assert!(!key.contains(&device.nonce));
    }
}
