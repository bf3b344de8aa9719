//! Each API key gets a fixed number of requests a minute, counted across instances.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::clock::Timestamp;
use crate::store::{Backend, Store};

const WINDOW_SECS: i64 = 60;

/// A fixed window per key: `per_minute` requests, then 429 until the minute is over.
/// With SQLite there is one server, and the windows are counted in its memory (a disk
/// write per request would buy nothing); with PostgreSQL, where several instances share
/// the keys, each request adds one to the key's row, so the limit holds across them.
pub struct KeyLimiter {
    per_minute: u32,
    /// None: counted in the database.
    windows: Option<Mutex<HashMap<i64, (Timestamp, u32)>>>,
}

impl KeyLimiter {
    pub fn new(per_minute: u32, backend: Backend) -> KeyLimiter {
        KeyLimiter {
            per_minute,
            windows: (backend == Backend::Sqlite).then(Mutex::default),
        }
    }

    /// Counts one request; `Some(seconds to wait)` when the key is over its limit.
    pub async fn admit(
        &self,
        store: &Store,
        key_id: i64,
        now: Timestamp,
    ) -> anyhow::Result<Option<u64>> {
        let (started_at, requests) = match &self.windows {
            Some(windows) => {
                let mut windows = windows.lock().unwrap_or_else(|p| p.into_inner());
                let window = windows.entry(key_id).or_insert((now, 0));
                if now - window.0 >= WINDOW_SECS {
                    *window = (now, 0);
                }
                // Refused requests do not count, so the number cannot overflow.
                if window.1 < self.per_minute {
                    window.1 += 1;
                    return Ok(None);
                }
                (window.0, u64::from(window.1) + 1)
            }
            None => store.count_api_request(key_id, now, WINDOW_SECS).await?,
        };
        if requests <= u64::from(self.per_minute) {
            return Ok(None);
        }
        Ok(Some(
            u64::try_from(started_at + WINDOW_SECS - now)
                .unwrap_or(1)
                .max(1),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::KeyLimiter;
    use crate::store::{Backend, Store};

    async fn each_key_gets_its_own_minute(limiter: KeyLimiter, store: &Store) {
        let admit = |key, at| limiter.admit(store, key, at);
        assert_eq!(admit(1, 100).await.unwrap(), None);
        assert_eq!(admit(1, 110).await.unwrap(), None);
        assert_eq!(admit(1, 120).await.unwrap(), Some(40));
        assert_eq!(admit(1, 121).await.unwrap(), Some(39));
        assert_eq!(admit(2, 120).await.unwrap(), None, "another key");
        assert_eq!(admit(1, 160).await.unwrap(), None, "a new minute");
        assert_eq!(admit(1, 161).await.unwrap(), None);
        assert_eq!(admit(1, 162).await.unwrap(), Some(58));
    }

    async fn store_with_keys(dir: &tempfile::TempDir) -> Store {
        let store = Store::open(&format!("sqlite://{}/t.db", dir.path().display()))
            .await
            .unwrap();
        for name in ["one", "two"] {
            sqlx::query(
                "INSERT INTO api_keys (name, prefix, secret_mac, created_at) VALUES ($1, $1, $1, 0)",
            )
            .bind(name)
            .execute(store.pool())
            .await
            .unwrap();
        }
        store
    }

    #[tokio::test]
    async fn counted_in_memory_each_key_gets_its_own_minute() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_keys(&dir).await;
        each_key_gets_its_own_minute(KeyLimiter::new(2, Backend::Sqlite), &store).await;
    }

    /// The database count, as with PostgreSQL (the same SQL runs on SQLite here).
    #[tokio::test]
    async fn counted_in_the_database_each_key_gets_its_own_minute() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_keys(&dir).await;
        each_key_gets_its_own_minute(KeyLimiter::new(2, Backend::Postgres), &store).await;
    }
}
