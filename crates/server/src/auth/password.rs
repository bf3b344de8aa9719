//! argon2id hashing, always off the async runtime.
//!
//! Parameters follow OWASP's argon2id recommendation (m=19456 KiB, t=2, p=1). Each hash
//! takes ~19 MiB and tens of milliseconds of one core, so concurrent hashes are bounded:
//! a burst of sign-ins queues instead of exhausting memory or starving the other requests.

use std::sync::Arc;

use anyhow::Context;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

/// A password in memory: never `Debug`-printed, never serialised.
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Self {
        Secret(value)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).expect("constant parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    /// Verified against when the account is unknown or has no password, so that every
    /// sign-in costs one argon2 verification and timing reveals nothing.
    dummy_hash: Arc<str>,
}

impl Hasher {
    pub fn new() -> anyhow::Result<Hasher> {
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        let mut dummy_password = [0u8; 24];
        getrandom::getrandom(&mut dummy_password).context("the OS random source failed")?;
        let dummy_hash = hash_blocking(&format!("{dummy_password:?}"))?;
        Ok(Hasher {
            permits: Arc::new(Semaphore::new(cores * 2)),
            dummy_hash: dummy_hash.into(),
        })
    }

    /// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`) with a fresh random salt.
    pub async fn hash(&self, password: &Secret) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let password = password.expose().to_owned();
        tokio::task::spawn_blocking(move || hash_blocking(&password))
            .await
            .context("hashing task failed")?
    }

    /// Verifies `password` against `stored`, or against the dummy hash when there is no
    /// stored hash; the answer is `false` in that case whatever was typed.
    pub async fn verify(&self, password: &Secret, stored: Option<&str>) -> anyhow::Result<bool> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let real = stored.is_some();
        let hash = stored
            .map(str::to_owned)
            .unwrap_or_else(|| self.dummy_hash.to_string());
        let password = password.expose().to_owned();
        let matched = tokio::task::spawn_blocking(move || -> anyhow::Result<bool> {
            let parsed = PasswordHash::new(&hash).context("stored password hash is malformed")?;
            Ok(argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok())
        })
        .await
        .context("verification task failed")??;
        Ok(real && matched)
    }
}

fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| anyhow::anyhow!("argon2 failed: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_the_agreed_parameters() {
        let hasher = Hasher::new().unwrap();
        let hash = hasher
            .hash(&Secret::new("correct horse".into()))
            .await
            .unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
    }

    #[tokio::test]
    async fn verify_accepts_the_password_and_nothing_else() {
        let hasher = Hasher::new().unwrap();
        let hash = hasher
            .hash(&Secret::new("correct horse".into()))
            .await
            .unwrap();
        assert!(hasher
            .verify(&Secret::new("correct horse".into()), Some(&hash))
            .await
            .unwrap());
        assert!(!hasher
            .verify(&Secret::new("Correct horse".into()), Some(&hash))
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn salts_differ_between_hashes_of_the_same_password() {
        let hasher = Hasher::new().unwrap();
        let pw = Secret::new("same password".into());
        assert_ne!(
            hasher.hash(&pw).await.unwrap(),
            hasher.hash(&pw).await.unwrap()
        );
    }

    #[tokio::test]
    async fn a_missing_hash_never_verifies() {
        let hasher = Hasher::new().unwrap();
        assert!(!hasher
            .verify(&Secret::new(String::new()), None)
            .await
            .unwrap());
    }

    #[test]
    fn secrets_do_not_print() {
        assert_eq!(
            format!("{:?}", Secret::new("pw".into())),
            "Secret(<redacted>)"
        );
    }
}
