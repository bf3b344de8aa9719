//! Which servers sharing a PostgreSQL database are alive: each holds a session-level
//! advisory lock named after its instance id on a connection of its own, which the
//! database drops when that connection ends, however the process ended.

use anyhow::Context;
use sqlx::AnyConnection;

use super::Store;

/// The advisory lock key of an instance id (its first 64 bits; ids are 128 random bits).
fn lock_key(id: &str) -> Option<i64> {
    let head = id.get(..16)?;
    u64::from_str_radix(head, 16).ok().map(|k| k as i64)
}

impl Store {
    /// A connection of its own, out of the pool, holding this instance's lock for as long
    /// as it stays open.
    pub async fn hold_instance_lock(&self) -> anyhow::Result<AnyConnection> {
        let key = lock_key(self.instance_id()).context("an instance id of hex digits")?;
        let mut conn = self
            .pool
            .acquire()
            .await
            .context("a connection for the instance lock")?
            .detach();
        let taken: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(key)
            .fetch_one(&mut conn)
            .await
            .context("taking the instance lock")?;
        anyhow::ensure!(taken, "another server holds this instance's lock");
        Ok(conn)
    }

    /// Whether the instance `id` has ended: nobody holds its lock. False for a name that
    /// is not an instance id (its claims are left to run out).
    pub async fn instance_is_gone(&self, id: &str) -> anyhow::Result<bool> {
        let Some(key) = lock_key(id) else {
            return Ok(false);
        };
        // Taken and let go at once on one connection (session locks belong to it).
        let mut conn = self.pool.acquire().await.context("a connection")?;
        let free: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(key)
            .fetch_one(&mut *conn)
            .await
            .context("testing an instance lock")?;
        if free {
            let _: bool = sqlx::query_scalar("SELECT pg_advisory_unlock($1)")
                .bind(key)
                .fetch_one(&mut *conn)
                .await
                .context("letting go of an instance lock")?;
        }
        Ok(free)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lock_keys_come_from_the_id() {
        assert_eq!(super::lock_key("ffffffffffffffff0000"), Some(-1));
        assert_eq!(super::lock_key("0000000000000001ab"), Some(1));
        assert_eq!(super::lock_key("short"), None);
        assert_eq!(super::lock_key("../../etc/passwd/xx"), None);
    }
}
