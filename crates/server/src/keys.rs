//! The server's secret and everything derived from it.
//!
//! Session ids and link tokens are random values handed to people; the database keeps only
//! `HMAC-SHA256(secret, purpose || value)`. The secret lives outside the database (a key
//! file in the data folder, or `PORTICO_SECRET_KEY`), so a stolen copy of the database
//! yields neither usable cookies nor working links.

use std::path::Path;

use anyhow::Context;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

const KEY_BYTES: usize = 32;
/// 256 bits from the OS: far beyond guessing, and short enough for a URL.
const TOKEN_BYTES: usize = 32;

/// What a MAC is for; mixing it in keeps a session id from ever verifying as a link token.
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    Session,
    SetupLink,
    ResetLink,
    PasswordTicket,
    ApiKey,
    /// Binds a device cookie's nonce to an account.
    DeviceCookie,
    /// The throttle's key for a known device.
    DeviceThrottle,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::Session => b"portico/session\0",
            Purpose::SetupLink => b"portico/setup-link\0",
            Purpose::ResetLink => b"portico/reset-link\0",
            Purpose::PasswordTicket => b"portico/password-ticket\0",
            Purpose::ApiKey => b"portico/api-key\0",
            Purpose::DeviceCookie => b"portico/device-cookie\0",
            Purpose::DeviceThrottle => b"portico/device-throttle\0",
        }
    }
}

#[derive(Clone)]
pub struct Keys {
    secret: [u8; KEY_BYTES],
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(<secret>)")
    }
}

impl Keys {
    /// From `PORTICO_SECRET_KEY` (64 hex digits) when given, else from the key file in the
    /// data folder, which is created (mode 0600) on first start.
    pub fn load(explicit: Option<&str>, data_dir: &Path) -> anyhow::Result<Keys> {
        if let Some(hex) = explicit {
            return Keys::from_hex(hex.trim()).context("PORTICO_SECRET_KEY must be 64 hex digits");
        }
        let path = data_dir.join("secret.key");
        match std::fs::read_to_string(&path) {
            Ok(text) => Keys::from_hex(text.trim())
                .with_context(|| format!("{} must hold 64 hex digits", path.display())),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                let keys = Keys::generate()?;
                write_private(&path, &keys.to_hex())
                    .with_context(|| format!("cannot create the key file {}", path.display()))?;
                tracing::info!(path = %path.display(), "created a new secret key file");
                Ok(keys)
            }
            Err(err) => Err(err).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    pub fn generate() -> anyhow::Result<Keys> {
        let mut secret = [0u8; KEY_BYTES];
        getrandom::getrandom(&mut secret).context("the OS random source failed")?;
        Ok(Keys { secret })
    }

    fn from_hex(hex: &str) -> anyhow::Result<Keys> {
        anyhow::ensure!(hex.len() == KEY_BYTES * 2, "wrong length");
        let mut secret = [0u8; KEY_BYTES];
        for (i, byte) in secret.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).context("not hex")?;
        }
        Ok(Keys { secret })
    }

    fn to_hex(&self) -> String {
        hex(&self.secret)
    }

    /// The value stored in the database for a token handed out for `purpose`.
    pub fn mac(&self, purpose: Purpose, token: &str) -> Vec<u8> {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.secret).expect("HMAC takes any key length");
        mac.update(purpose.label());
        mac.update(token.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }
}

impl Keys {
    /// The reset token for a stored nonce: the same link can be sent again from the
    /// database, but only by whoever holds the secret.
    pub fn reset_token(&self, nonce: &[u8]) -> String {
        self.derive(b"portico/derive/reset-token\0", nonce)
    }

    /// A webhook's signing secret, from its stored nonce: the server can sign every
    /// delivery, yet the database alone cannot.
    pub fn webhook_secret(&self, nonce: &[u8]) -> String {
        format!(
            "whsec_{}",
            self.derive(b"portico/derive/webhook-secret\0", nonce)
        )
    }

    fn derive(&self, label: &[u8], nonce: &[u8]) -> String {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.secret).expect("HMAC takes any key length");
        mac.update(label);
        mac.update(nonce);
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }
}

impl Keys {
    /// The "This wasn't me" token of one password-changed email: the message's id and a
    /// MAC binding it to the account, so only the key holder can make or check one.
    pub fn not_me_token(&self, mail_id: i64, account_id: i64) -> String {
        format!("{mail_id}.{}", self.not_me_mac(mail_id, account_id))
    }

    fn not_me_mac(&self, mail_id: i64, account_id: i64) -> String {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.secret).expect("HMAC takes any key length");
        mac.update(b"portico/derive/not-me\0");
        mac.update(&mail_id.to_be_bytes());
        mac.update(&account_id.to_be_bytes());
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    /// The message id a token names; check it with [`Keys::not_me_matches`].
    pub fn not_me_mail_id(token: &str) -> Option<i64> {
        token.split_once('.')?.0.parse().ok()
    }

    /// Whether `token` is the one made for this message and account (constant time).
    pub fn not_me_matches(&self, token: &str, mail_id: i64, account_id: i64) -> bool {
        use subtle::ConstantTimeEq;
        let expected = self.not_me_token(mail_id, account_id);
        expected.len() == token.len() && bool::from(expected.as_bytes().ct_eq(token.as_bytes()))
    }
}

impl Keys {
    /// The signature of a human-check challenge (lowercase hex, as ALTCHA writes it).
    pub fn human_check_signature(&self, challenge: &str) -> String {
        hex(&self.human_check_mac(challenge).finalize().into_bytes())
    }

    /// Whether `signature` is the one this server made for `challenge` (constant time).
    pub fn human_check_signed(&self, challenge: &str, signature: &str) -> bool {
        let Some(bytes) = decode_hex(signature) else {
            return false;
        };
        self.human_check_mac(challenge).verify_slice(&bytes).is_ok()
    }

    fn human_check_mac(&self, challenge: &str) -> Hmac<Sha256> {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.secret).expect("HMAC takes any key length");
        mac.update(b"portico/derive/human-check\0");
        mac.update(challenge.as_bytes());
        mac
    }
}

/// Bytes as lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex digits to bytes; `None` for anything else (no signs, no spaces).
fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// 256 random bits from the OS, for deriving a reset token.
pub fn new_nonce() -> anyhow::Result<[u8; TOKEN_BYTES]> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::getrandom(&mut bytes).context("the OS random source failed")?;
    Ok(bytes)
}

/// A fresh random token, URL-safe base64 (43 characters).
pub fn new_token() -> anyhow::Result<String> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::getrandom(&mut bytes).context("the OS random source failed")?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_url_safe() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "256 bits in unpadded base64url");
        assert!(a
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    }

    #[test]
    fn macs_depend_on_key_purpose_and_token() {
        let k1 = Keys::generate().unwrap();
        let k2 = Keys::generate().unwrap();
        let t = "token";
        assert_eq!(k1.mac(Purpose::Session, t), k1.mac(Purpose::Session, t));
        assert_ne!(k1.mac(Purpose::Session, t), k2.mac(Purpose::Session, t));
        assert_ne!(k1.mac(Purpose::Session, t), k1.mac(Purpose::SetupLink, t));
        assert_ne!(
            k1.mac(Purpose::Session, t),
            k1.mac(Purpose::Session, "other")
        );
    }

    #[test]
    fn reset_tokens_come_from_nonce_and_key_only() {
        let k1 = Keys::generate().unwrap();
        let k2 = Keys::generate().unwrap();
        let nonce = new_nonce().unwrap();
        assert_eq!(k1.reset_token(&nonce), k1.reset_token(&nonce));
        assert_ne!(k1.reset_token(&nonce), k2.reset_token(&nonce));
        assert_ne!(
            k1.reset_token(&nonce),
            k1.reset_token(&new_nonce().unwrap())
        );
        assert_eq!(k1.reset_token(&nonce).len(), 43);
    }

    #[test]
    fn webhook_secrets_are_derived_apart_from_reset_tokens() {
        let keys = Keys::generate().unwrap();
        let nonce = new_nonce().unwrap();
        let secret = keys.webhook_secret(&nonce);
        assert_eq!(secret, keys.webhook_secret(&nonce));
        assert!(secret.starts_with("whsec_"));
        assert!(!secret.ends_with(&keys.reset_token(&nonce)));
    }

    #[test]
    fn the_key_file_is_created_once_then_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = Keys::load(None, dir.path()).unwrap();
        let second = Keys::load(None, dir.path()).unwrap();
        assert_eq!(
            first.mac(Purpose::Session, "x"),
            second.mac(Purpose::Session, "x")
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("secret.key"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn an_explicit_key_wins_and_must_be_hex() {
        let dir = tempfile::tempdir().unwrap();
        let hex = "ab".repeat(32);
        assert!(Keys::load(Some(&hex), dir.path()).is_ok());
        assert!(!dir.path().join("secret.key").exists());
        assert!(Keys::load(Some("nothex"), dir.path()).is_err());
    }
}
