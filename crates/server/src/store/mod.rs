//! All SQL. Rows are private to this module and converted to domain types before they
//! leave it, so a password hash can only travel where a function explicitly returns it.

pub mod accounts;
pub mod api_keys;
pub mod clients;
pub mod events;
pub mod human_checks;
pub mod not_me;
pub mod outbox;
pub mod passwords;
pub mod portal;
pub mod reset_links;
pub mod sessions;
pub mod setup_tokens;
pub mod throttle;
pub mod tickets;
pub mod webhooks;

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

#[derive(Clone)]
pub struct Store {
    pub(crate) pool: SqlitePool,
    /// Notified after a commit that queued webhook deliveries.
    webhook_wake: std::sync::Arc<tokio::sync::Notify>,
    /// This process's name on the claims it takes (mail, webhook deliveries), so that
    /// another can tell whether their holder is still alive (`crate::instance`).
    instance: std::sync::Arc<str>,
}

impl Store {
    /// Opens (creating when missing) and migrates the database.
    pub async fn open(url: &str) -> anyhow::Result<Store> {
        let options = SqliteConnectOptions::from_str(url)
            .with_context(|| format!("invalid database URL {url}"))?
            .create_if_missing(true)
            .foreign_keys(true)
            // WAL for concurrent readers; FULL so a committed change survives power loss.
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(5));
        if let Some(parent) = options.get_filename().parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create {}", parent.display()))?;
            }
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .with_context(|| format!("cannot open the database {url}"))?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .context("database migration failed")?;
        Ok(Store {
            pool,
            webhook_wake: Default::default(),
            instance: crate::instance::new_id()?.into(),
        })
    }

    /// A transaction that will write. It takes SQLite's write lock up front (IMMEDIATE), so
    /// concurrent writers queue behind the busy timeout; a deferred transaction that reads
    /// first would instead fail with "database is locked" when it tries to write.
    pub(crate) async fn write(&self) -> anyhow::Result<sqlx::Transaction<'static, sqlx::Sqlite>> {
        self.pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .context("starting a write transaction")
    }

    /// The name this process's claims carry.
    pub fn instance_id(&self) -> &str {
        &self.instance
    }

    /// Who holds claims on mail or webhook deliveries, other than this process.
    pub async fn claim_holders(&self) -> anyhow::Result<Vec<String>> {
        sqlx::query_scalar(
            "SELECT claimed_by FROM outbox WHERE claimed_by IS NOT NULL AND claimed_by != ?1
             UNION SELECT claimed_by FROM webhook_deliveries
                 WHERE claimed_by IS NOT NULL AND claimed_by != ?1",
        )
        .bind(&*self.instance)
        .fetch_all(&self.pool)
        .await
        .context("listing claim holders")
    }

    /// Takes back every claim `holder` has: its messages and deliveries are due again at
    /// once. A delivery's claim number moves on, so a late outcome from the old holder
    /// (were it alive after all) is not recorded.
    pub async fn release_claims_of(&self, holder: &str) -> anyhow::Result<u64> {
        let mut tx = self.write().await?;
        let mail = sqlx::query(
            "UPDATE outbox SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = ?",
        )
        .bind(holder)
        .execute(&mut *tx)
        .await
        .context("releasing mail claims")?;
        let deliveries = sqlx::query(
            "UPDATE webhook_deliveries SET claimed_until = NULL, claimed_by = NULL,
                 claim = claim + 1
             WHERE claimed_by = ?",
        )
        .bind(holder)
        .execute(&mut *tx)
        .await
        .context("releasing webhook claims")?;
        tx.commit().await.context("releasing claims")?;
        Ok(mail.rows_affected() + deliveries.rows_affected())
    }

    /// For tests and tools that inspect the database directly.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

/// True when `err` is a UNIQUE constraint violation (e.g. a duplicate email).
pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}
