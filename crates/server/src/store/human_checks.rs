//! Used human-check solutions (`spent_human_checks`); the protocol is in `crate::human_check`.

use anyhow::Context;

use super::Store;
use crate::clock::Timestamp;
use crate::human_check::Passed;

impl Store {
    /// Records `passed` as used. `false` when it already was: a replay, whichever server
    /// saw it first.
    pub async fn spend_human_check(&self, passed: &Passed) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "INSERT INTO spent_human_checks (challenge, expires_at) VALUES ($1, $2)
             ON CONFLICT (challenge) DO NOTHING",
        )
        .bind(&passed.challenge)
        .bind(passed.expires_at)
        .execute(&self.pool)
        .await
        .context("recording a used human check")?;
        Ok(done.rows_affected() == 1)
    }

    /// Forgets solutions whose challenges have expired: they are refused as expired anyway.
    pub async fn prune_human_checks(&self, now: Timestamp) -> anyhow::Result<u64> {
        let done = sqlx::query("DELETE FROM spent_human_checks WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await
            .context("pruning used human checks")?;
        Ok(done.rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_solution_counts_once_even_after_a_restart_until_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("portico.db").display());
        let passed = Passed {
            challenge: "ab".repeat(32),
            expires_at: 1_000,
        };
        let store = Store::open(&url).await.unwrap();
        assert!(store.spend_human_check(&passed).await.unwrap());
        assert!(!store.spend_human_check(&passed).await.unwrap());
        drop(store);

        let reopened = Store::open(&url).await.unwrap();
        assert!(!reopened.spend_human_check(&passed).await.unwrap());
        assert_eq!(reopened.prune_human_checks(999).await.unwrap(), 0);
        assert_eq!(reopened.prune_human_checks(1_000).await.unwrap(), 1);
    }
}
