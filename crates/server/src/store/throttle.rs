//! Sign-in failure counts (`sign_in_throttle`); the rules are in `auth::throttle`.

use anyhow::Context;

use super::Store;
use crate::clock::Timestamp;

/// One key's record: failures in the current window and any block they earned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FailureCount {
    pub failures: i64,
    pub last_failure: Timestamp,
    pub blocked_until: Timestamp,
}

/// How the database holds a [`FailureCount`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct FailureCountRow {
    failures: i64,
    last_failure: Timestamp,
    blocked_until: Timestamp,
}

impl From<FailureCountRow> for FailureCount {
    fn from(row: FailureCountRow) -> FailureCount {
        FailureCount {
            failures: row.failures,
            last_failure: row.last_failure,
            blocked_until: row.blocked_until,
        }
    }
}

impl Store {
    pub async fn failure_count(
        &self,
        scope: &str,
        key: &str,
    ) -> anyhow::Result<Option<FailureCount>> {
        sqlx::query_as::<_, FailureCountRow>(
            "SELECT failures, last_failure, blocked_until FROM sign_in_throttle
             WHERE scope = $1 AND key = $2",
        )
        .bind(scope)
        .bind(key)
        .fetch_optional(&self.pool)
        .await
        .context("reading a failure count")
        .map(|row| row.map(FailureCount::from))
    }

    /// Replaces a key's record with `next(current)` in one write transaction, so that
    /// concurrent failures each count.
    pub async fn count_failure(
        &self,
        scope: &str,
        key: &str,
        next: impl FnOnce(Option<FailureCount>) -> FailureCount,
    ) -> anyhow::Result<(Option<FailureCount>, FailureCount)> {
        let mut tx = self.write().await?;
        // Two instances counting failures for one key at once must both count.
        super::serialize_on(&mut tx, &format!("throttle:{scope}:{key}")).await?;
        let current: Option<FailureCount> = sqlx::query_as::<_, FailureCountRow>(
            "SELECT failures, last_failure, blocked_until FROM sign_in_throttle
             WHERE scope = $1 AND key = $2",
        )
        .bind(scope)
        .bind(key)
        .fetch_optional(&mut *tx)
        .await
        .context("reading a failure count")
        .map(|row| row.map(FailureCount::from))?;
        let updated = next(current);
        sqlx::query(
            "INSERT INTO sign_in_throttle (scope, key, failures, last_failure, blocked_until)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (scope, key) DO UPDATE SET failures = excluded.failures,
                 last_failure = excluded.last_failure, blocked_until = excluded.blocked_until",
        )
        .bind(scope)
        .bind(key)
        .bind(updated.failures)
        .bind(updated.last_failure)
        .bind(updated.blocked_until)
        .execute(&mut *tx)
        .await
        .context("counting a failure")?;
        tx.commit().await.context("counting a failure")?;
        Ok((current, updated))
    }

    pub async fn clear_failures(&self, scope: &str, key: &str) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM sign_in_throttle WHERE scope = $1 AND key = $2")
            .bind(scope)
            .bind(key)
            .execute(&self.pool)
            .await
            .context("clearing a failure count")?;
        Ok(())
    }

    /// Forgets records with no failure since `quiet_since` and no block still running.
    pub async fn prune_failures(
        &self,
        quiet_since: Timestamp,
        now: Timestamp,
    ) -> anyhow::Result<u64> {
        let done = sqlx::query(
            "DELETE FROM sign_in_throttle WHERE last_failure < $1 AND blocked_until <= $2",
        )
        .bind(quiet_since)
        .bind(now)
        .execute(&self.pool)
        .await
        .context("pruning failure counts")?;
        Ok(done.rows_affected())
    }
}
