//! Webhooks: which URLs staff may register, how a delivery is signed, and the sender that
//! works through the queue (`sender`).

pub mod sender;

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, Mac};
use portico_api::webhooks::EVENTS;
use sha2::Sha256;

/// What the sender needs besides the store and keys.
#[derive(Clone)]
pub struct Webhooks {
    /// Base of the exponential backoff between attempts (doubling, capped at an hour).
    pub retry_base_secs: i64,
    pub(crate) client: reqwest::Client,
}

/// A receiver gets this long to answer; slow receivers are retried, not waited for.
const TIMEOUT: Duration = Duration::from_secs(10);

impl Webhooks {
    pub fn new(retry_base_secs: i64) -> anyhow::Result<Arc<Webhooks>> {
        let client = reqwest::Client::builder()
            // A redirect would send the signed body somewhere staff never registered.
            .redirect(reqwest::redirect::Policy::none())
            // Nor would a proxy from the environment: plain http:// is allowed only because
            // it stays on this machine.
            .no_proxy()
            .timeout(TIMEOUT)
            .connect_timeout(TIMEOUT)
            .user_agent(concat!("Portico-Webhooks/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Arc::new(Webhooks {
            retry_base_secs,
            client,
        }))
    }
}

const MAX_URL_CHARS: usize = 2000;

/// A registrable URL, or why not: HTTPS anywhere, plain HTTP only to this machine (for
/// development and tests), no credentials or fragment.
pub fn check_url(raw: &str) -> Result<url::Url, String> {
    let words = crate::i18n::caller_words();
    if raw.chars().count() > MAX_URL_CHARS {
        return Err(words.text_with(
            "error-webhook-url-too-long",
            &[("max", MAX_URL_CHARS.into())],
        ));
    }
    let url = url::Url::parse(raw.trim()).map_err(|_| words.text("error-webhook-url-invalid"))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(words.text("error-webhook-url-credentials"));
    }
    if url.fragment().is_some() {
        return Err(words.text("error-webhook-url-fragment"));
    }
    match (url.scheme(), url.host()) {
        ("https", Some(_)) => Ok(url),
        ("http", Some(host)) if is_loopback(&host) => Ok(url),
        ("http", Some(_)) => Err(words.text("error-webhook-url-plain-http")),
        _ => Err(words.text("error-webhook-url-https")),
    }
}

fn is_loopback(host: &url::Host<&str>) -> bool {
    match host {
        url::Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        url::Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

/// The subscribed events in the console's order, or the first unknown name.
pub fn check_events(requested: &[String]) -> Result<Vec<String>, String> {
    if let Some(unknown) = requested
        .iter()
        .find(|name| !EVENTS.iter().any(|(known, _)| known == name))
    {
        return Err(crate::i18n::caller_words()
            .text_with("error-webhook-event-unknown", &[("event", unknown.into())]));
    }
    let chosen: Vec<String> = EVENTS
        .iter()
        .filter(|(known, _)| requested.iter().any(|name| name == known))
        .map(|(known, _)| known.to_string())
        .collect();
    if chosen.is_empty() {
        return Err(crate::i18n::caller_words().text("error-webhook-events-empty"));
    }
    Ok(chosen)
}

/// The `Portico-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256>` over
/// `"<t>.<body>"`, one `v1` per secret (two while a rolled secret's predecessor still
/// signs: the receiver accepts the delivery if any `v1` matches its secret). The time is
/// signed too, so a receiver that refuses old timestamps cannot be replayed an old delivery.
pub fn signature(secrets: &[&str], timestamp: i64, body: &[u8]) -> String {
    let mut header = format!("t={timestamp}");
    for secret in secrets {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        header.push_str(",v1=");
        for byte in mac.finalize().into_bytes() {
            header.push_str(&format!("{byte:02x}"));
        }
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_http_only_to_this_machine() {
        for good in [
            "https://hooks.example.com/portico",
            "https://10.0.0.5:8443/x?y=1",
            "http://127.0.0.1:9000/hook",
            "http://localhost/hook",
            "http://[::1]:8080/",
        ] {
            assert!(check_url(good).is_ok(), "{good}");
        }
        for bad in [
            "http://hooks.example.com/portico",
            "http://10.0.0.5/hook",
            "ftp://example.com/",
            "hooks.example.com",
            "https://user:pass@example.com/",
            "https://example.com/#frag",
            "",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn events_are_known_deduplicated_and_in_order() {
        let asked = ["password.changed", "account.created", "password.changed"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            check_events(&asked).unwrap(),
            ["account.created", "password.changed"]
        );
        assert!(check_events(&[]).is_err());
        assert!(check_events(&["ping".to_string()]).is_err());
    }

    #[test]
    fn the_signature_covers_time_and_body() {
        // Checked against: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        const TEST: &str = "v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789";
        assert_eq!(
            signature(&["whsec_test"], 1_700_000_000, br#"{"a":1}"#),
            format!("t=1700000000,{TEST}")
        );
        assert_ne!(
            signature(&["whsec_test"], 1_700_000_000, b"{}"),
            signature(&["whsec_test"], 1_700_000_001, b"{}")
        );
        assert_ne!(
            signature(&["whsec_test"], 1, b"{}"),
            signature(&["whsec_other"], 1, b"{}")
        );
        // After a roll: the new secret's signature first, then the old one's.
        let both = signature(&["whsec_new", "whsec_test"], 1_700_000_000, br#"{"a":1}"#);
        assert!(both.starts_with("t=1700000000,v1="), "{both}");
        assert!(both.ends_with(&format!(",{TEST}")), "{both}");
        assert_eq!(both.matches("v1=").count(), 2);
    }
}
