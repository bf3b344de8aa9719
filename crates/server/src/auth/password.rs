//! argon2id hashing, always off the async runtime, in memory that is bounded and reused.
//!
//! Parameters follow OWASP's argon2id recommendation (m=19456 KiB, t=2, p=1). Each hash
//! takes ~19 MiB and tens of milliseconds of one core, so concurrent hashes are bounded by
//! permits: a burst of sign-ins queues instead of exhausting memory or starving the other
//! requests. argon2's own `hash_password` allocates and frees its 19 MiB on every call,
//! and glibc keeps such blocks in per-thread arenas: hundreds of MB that never came back
//! after a sign-in load. Here each hash borrows a block buffer from [`BlockPool`] (never
//! more buffers than permits), and the pool hands them back to the OS once hashing has
//! been idle for a few seconds.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use anyhow::Context;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use subtle::ConstantTimeEq;
use tokio::sync::Semaphore;

use crate::sync::lock;

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

fn params() -> Params {
    Params::new(19_456, 2, 1, None).expect("constant parameters are valid")
}

/// Idle this long (one to two of these, as it is checked every so often), the pool's
/// buffers go back to the OS.
const IDLE_RELEASE: Duration = Duration::from_secs(1);

/// Block buffers for argon2, reused between hashes.
pub struct BlockPool {
    free: Mutex<Vec<Vec<Block>>>,
    /// Buffers taken so far; unchanged between two looks means hashing was idle.
    taken: AtomicU64,
}

impl BlockPool {
    fn new() -> Arc<BlockPool> {
        return_large_blocks_to_the_os();
        Arc::new(BlockPool {
            free: Mutex::new(Vec::new()),
            taken: AtomicU64::new(0),
        })
    }

    /// A buffer of `blocks` blocks: a pooled one when it fits, else a new one.
    fn take(&self, blocks: usize) -> Vec<Block> {
        self.taken.fetch_add(1, Ordering::Relaxed);
        let pooled = {
            let mut free = lock(&self.free);
            free.iter()
                .position(|b| b.len() == blocks)
                .map(|i| free.swap_remove(i))
        };
        // No need to clear a reused buffer: argon2 writes every block before reading it.
        pooled.unwrap_or_else(|| vec![Block::default(); blocks])
    }

    /// Keeps a buffer of the standard size for the next hash. Others (a hash made with
    /// other parameters, checked once) are freed, so the pool never holds more buffers
    /// than there are hashing permits.
    fn give(&self, buffer: Vec<Block>) {
        if buffer.len() == params().block_count() {
            lock(&self.free).push(buffer);
        }
    }

    /// Buffers waiting for the next hash.
    pub fn pooled(&self) -> usize {
        lock(&self.free).len()
    }

    /// Frees the pooled buffers once no hash has started for [`IDLE_RELEASE`]; ends when
    /// the pool is dropped.
    fn release_when_idle(pool: Weak<BlockPool>) {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        runtime.spawn(async move {
            let mut seen = u64::MAX;
            loop {
                tokio::time::sleep(IDLE_RELEASE).await;
                let Some(pool) = pool.upgrade() else { return };
                let taken = pool.taken.load(Ordering::Relaxed);
                if taken == seen {
                    let freed = std::mem::take(&mut *lock(&pool.free));
                    drop(freed);
                }
                seen = taken;
            }
        });
    }
}

/// glibc serves a 19 MiB request from mmap and returns it with munmap on free, but after
/// the first such free it raises its mmap threshold above 19 MiB, and later buffers come
/// from arenas that seldom shrink. A fixed threshold keeps every large block mmapped, so
/// freeing the pool gives the memory back.
fn return_large_blocks_to_the_os() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: mallopt only changes the allocator's tuning; 1 MiB is a valid value.
            let ok = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20) };
            if ok != 1 {
                tracing::warn!("could not fix the allocator's mmap threshold");
            }
        });
    }
}

/// Hashes may queue for a permit up to this many per permit; more are refused at once, so
/// a flood of sign-ins meets a short queue (under a second here) instead of a backlog
/// that keeps the server busy long after it stops.
const WAITING_PER_PERMIT: usize = 16;

/// The hashing queue is full: the caller answers 503 and the client tries again.
#[derive(Debug, thiserror::Error)]
#[error("the password hashing queue is full")]
pub struct HasherBusy;

#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    /// Hashes waiting for a permit, and how many may.
    waiting: Arc<std::sync::atomic::AtomicUsize>,
    max_waiting: usize,
    pool: Arc<BlockPool>,
    /// Verified against when the account is unknown or has no password, so that every
    /// sign-in costs one argon2 verification and timing reveals nothing.
    dummy_hash: Arc<str>,
}

impl Hasher {
    pub fn new() -> anyhow::Result<Hasher> {
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        let pool = BlockPool::new();
        BlockPool::release_when_idle(Arc::downgrade(&pool));
        let mut dummy_password = [0u8; 24];
        getrandom::getrandom(&mut dummy_password).context("the OS random source failed")?;
        // A pool of its own, dropped at once: an idle server holds no block buffer.
        let dummy_hash = hash_blocking(&BlockPool::new(), &format!("{dummy_password:?}"))?;
        Ok(Hasher {
            permits: Arc::new(Semaphore::new(cores * 2)),
            waiting: Arc::default(),
            max_waiting: cores * 2 * WAITING_PER_PERMIT,
            pool,
            dummy_hash: dummy_hash.into(),
        })
    }

    /// The buffer pool, for tests and measurements.
    pub fn pool(&self) -> &BlockPool {
        &self.pool
    }

    /// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`) with a fresh random salt.
    pub async fn hash(&self, password: &Secret) -> anyhow::Result<String> {
        let permit = self.permit().await?;
        let password = password.expose().to_owned();
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            hash_blocking(&pool, &password)
        })
        .await
        .context("hashing task failed")?
    }

    /// A hashing slot, held by the blocking task itself: a request abandoned mid-hash
    /// (its deadline passed) keeps the slot until the hash ends, so no more hashes (and
    /// block buffers) than permits ever run at once.
    async fn permit(&self) -> anyhow::Result<tokio::sync::OwnedSemaphorePermit> {
        if let Ok(permit) = self.permits.clone().try_acquire_owned() {
            return Ok(permit);
        }
        struct Waiting<'a>(&'a std::sync::atomic::AtomicUsize);
        impl Drop for Waiting<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::Relaxed);
            }
        }
        let ahead = self.waiting.fetch_add(1, Ordering::Relaxed);
        let _waiting = Waiting(&self.waiting);
        if ahead >= self.max_waiting {
            return Err(HasherBusy.into());
        }
        self.permits
            .clone()
            .acquire_owned()
            .await
            .context("hasher closed")
    }

    /// Verifies `password` against `stored`, or against the dummy hash when there is no
    /// stored hash; the answer is `false` in that case whatever was typed.
    pub async fn verify(&self, password: &Secret, stored: Option<&str>) -> anyhow::Result<bool> {
        let permit = self.permit().await?;
        let real = stored.is_some();
        let hash = stored
            .map(str::to_owned)
            .unwrap_or_else(|| self.dummy_hash.to_string());
        let password = password.expose().to_owned();
        let pool = self.pool.clone();
        let matched = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            verify_blocking(&pool, &password, &hash)
        })
        .await
        .context("verification task failed")??;
        Ok(real && matched)
    }
}

/// Runs argon2 with a buffer from the pool.
fn run(
    pool: &BlockPool,
    argon2: &Argon2<'_>,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), argon2::Error> {
    let mut blocks = pool.take(argon2.params().block_count());
    let result = argon2.hash_password_into_with_memory(password, salt, out, &mut blocks[..]);
    pool.give(blocks);
    result
}

fn hash_blocking(pool: &BlockPool, password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).context("the OS random source failed")?;
    let params = params();
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    run(pool, &argon2, password.as_bytes(), &salt, &mut out)
        .map_err(|err| anyhow::anyhow!("argon2 failed: {err}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|err| anyhow::anyhow!("salt: {err}"))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|err| anyhow::anyhow!("{err}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|err| anyhow::anyhow!("{err}"))?),
    };
    Ok(phc.to_string())
}

/// Checks `password` against a PHC string, whatever parameters it was made with.
fn verify_blocking(pool: &BlockPool, password: &str, stored: &str) -> anyhow::Result<bool> {
    let malformed = |err: argon2::password_hash::Error| {
        anyhow::anyhow!("stored password hash is malformed: {err}")
    };
    let parsed = PasswordHash::new(stored).map_err(malformed)?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(malformed)?;
    let version = parsed
        .version
        .map(Version::try_from)
        .transpose()
        .map_err(|err| anyhow::anyhow!("stored password hash is malformed: {err}"))?
        .unwrap_or_default();
    let params = Params::try_from(&parsed).map_err(malformed)?;
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        anyhow::bail!("stored password hash has no salt or output");
    };
    let mut salt_buf = [0u8; 64];
    let salt = salt.decode_b64(&mut salt_buf).map_err(malformed)?;
    let mut out = vec![0u8; expected.len()];
    run(
        pool,
        &Argon2::new(algorithm, version, params),
        password.as_bytes(),
        salt,
        &mut out,
    )
    .map_err(|err| anyhow::anyhow!("argon2 failed: {err}"))?;
    Ok(expected.as_bytes().ct_eq(&out).into())
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

    #[tokio::test]
    async fn hashes_verify_with_the_argon2_crate_and_back() {
        use argon2::{PasswordHasher, PasswordVerifier};
        let hasher = Hasher::new().unwrap();
        let ours = hasher.hash(&Secret::new("pässwörd".into())).await.unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        let reference = Argon2::new(Algorithm::Argon2id, Version::V0x13, params());
        assert!(reference
            .verify_password("pässwörd".as_bytes(), &parsed)
            .is_ok());
        let salt = SaltString::encode_b64(b"0123456789abcdef").unwrap();
        let theirs = reference
            .hash_password(b"other words", &salt)
            .unwrap()
            .to_string();
        assert!(hasher
            .verify(&Secret::new("other words".into()), Some(&theirs))
            .await
            .unwrap());
        // Other parameters (an older or future setting) still verify.
        let light = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(1024, 1, 1, None).unwrap(),
        )
        .hash_password(b"light", &salt)
        .unwrap()
        .to_string();
        assert!(hasher
            .verify(&Secret::new("light".into()), Some(&light))
            .await
            .unwrap());
        assert!(!hasher
            .verify(&Secret::new("Light".into()), Some(&light))
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn buffers_are_reused_and_never_more_than_the_permits() {
        let hasher = Hasher::new().unwrap();
        let pw = Secret::new("same password".into());
        let hashes = futures_join(&hasher, &pw, 12).await;
        assert_eq!(hashes, 12);
        assert!(hasher.pool().pooled() <= hasher.permits.available_permits());
        assert!(hasher.pool().pooled() >= 1);
    }

    async fn futures_join(hasher: &Hasher, pw: &Secret, n: usize) -> usize {
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..n {
            let hasher = hasher.clone();
            let pw = Secret::new(pw.expose().to_string());
            set.spawn(async move { hasher.hash(&pw).await.unwrap() });
        }
        set.join_all().await.len()
    }

    #[tokio::test(start_paused = true)]
    async fn idle_buffers_go_back_to_the_os() {
        let hasher = Hasher::new().unwrap();
        assert_eq!(hasher.pool().pooled(), 0, "the dummy hash's buffer is gone");
        hasher.hash(&Secret::new("pw".into())).await.unwrap();
        assert_eq!(hasher.pool().pooled(), 1);
        tokio::time::sleep(IDLE_RELEASE * 3).await;
        assert_eq!(hasher.pool().pooled(), 0);
    }

    #[tokio::test]
    async fn a_full_queue_is_refused_at_once_not_waited_for() {
        let hasher = Hasher::new().unwrap();
        let permits = hasher.permits.available_permits();
        let held = hasher
            .permits
            .clone()
            .acquire_many_owned(permits as u32)
            .await;
        let mut waiting = Vec::new();
        for _ in 0..hasher.max_waiting {
            let hasher = hasher.clone();
            waiting.push(tokio::spawn(async move {
                hasher.hash(&Secret::new("queued".into())).await
            }));
        }
        while hasher.waiting.load(Ordering::Relaxed) < hasher.max_waiting {
            tokio::task::yield_now().await;
        }
        let refused = hasher.hash(&Secret::new("one too many".into())).await;
        assert!(refused.unwrap_err().is::<HasherBusy>());
        drop(held);
        for queued in waiting {
            assert!(queued.await.unwrap().is_ok(), "the queue is served");
        }
        assert_eq!(hasher.waiting.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn secrets_do_not_print() {
        assert_eq!(
            format!("{:?}", Secret::new("pw".into())),
            "Secret(<redacted>)"
        );
    }
}
