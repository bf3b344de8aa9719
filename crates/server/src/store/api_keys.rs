//! API keys for automations: created and revoked by staff, found by the MAC of the secret.

use anyhow::Context;

use super::events::{insert_event, Actor, EventKind};
use super::Store;
use crate::clock::Timestamp;

#[derive(Debug, Clone)]
pub struct ApiKeyRecord {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

/// How the database holds a [`ApiKeyRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct ApiKeyRow {
    id: i64,
    name: String,
    prefix: String,
    created_at: Timestamp,
    last_used_at: Option<Timestamp>,
    revoked_at: Option<Timestamp>,
}

impl From<ApiKeyRow> for ApiKeyRecord {
    fn from(row: ApiKeyRow) -> ApiKeyRecord {
        ApiKeyRecord {
            id: row.id,
            name: row.name,
            prefix: row.prefix,
            created_at: row.created_at,
            last_used_at: row.last_used_at,
            revoked_at: row.revoked_at,
        }
    }
}

const COLUMNS: &str = "id, name, prefix, created_at, last_used_at, revoked_at";

impl Store {
    pub async fn create_api_key(
        &self,
        name: &str,
        prefix: &str,
        secret_mac: &[u8],
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<ApiKeyRecord> {
        let mut tx = self.write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO api_keys (name, prefix, secret_mac, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(name)
        .bind(prefix)
        .bind(secret_mac)
        .bind(actor.account_id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .context("storing an API key")?;
        insert_event(
            &mut tx,
            EventKind::ApiKeyCreated,
            actor,
            Some(&format!("API key {name:?} ({prefix}…)")),
            now,
        )
        .await?;
        tx.commit().await.context("commit")?;
        Ok(ApiKeyRecord {
            id,
            name: name.into(),
            prefix: prefix.into(),
            created_at: now,
            last_used_at: None,
            revoked_at: None,
        })
    }

    /// Every key, newest first, revoked ones included (their history matters).
    pub async fn api_keys(&self) -> anyhow::Result<Vec<ApiKeyRecord>> {
        sqlx::query_as::<_, ApiKeyRow>(&format!("SELECT {COLUMNS} FROM api_keys ORDER BY id DESC"))
            .fetch_all(&self.pool)
            .await
            .context("listing API keys")
            .map(|rows| rows.into_iter().map(ApiKeyRecord::from).collect())
    }

    pub async fn api_key_by_mac(&self, secret_mac: &[u8]) -> anyhow::Result<Option<ApiKeyRecord>> {
        sqlx::query_as::<_, ApiKeyRow>(&format!(
            "SELECT {COLUMNS} FROM api_keys WHERE secret_mac = $1"
        ))
        .bind(secret_mac)
        .fetch_optional(&self.pool)
        .await
        .context("looking up an API key")
        .map(|row| row.map(ApiKeyRecord::from))
    }

    pub async fn touch_api_key(&self, id: i64, now: Timestamp) -> anyhow::Result<()> {
        sqlx::query("UPDATE api_keys SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await
            .context("recording an API key's use")?;
        Ok(())
    }

    /// Revokes the key (once); answers it as it is now, or None if there is no such key.
    pub async fn revoke_api_key(
        &self,
        id: i64,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<Option<ApiKeyRecord>> {
        let mut tx = self.write().await?;
        let revoked =
            sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await
                .context("revoking an API key")?
                .rows_affected();
        let record: Option<ApiKeyRecord> = sqlx::query_as::<_, ApiKeyRow>(&format!(
            "SELECT {COLUMNS} FROM api_keys WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await
        .context("reading an API key")
        .map(|row| row.map(ApiKeyRecord::from))?;
        if let (1, Some(key)) = (revoked, &record) {
            insert_event(
                &mut tx,
                EventKind::ApiKeyRevoked,
                actor,
                Some(&format!("API key {:?} ({}…)", key.name, key.prefix)),
                now,
            )
            .await?;
        }
        tx.commit().await.context("commit")?;
        Ok(record)
    }

    /// Adds a request to the key's window (a new window when the last began `window`
    /// seconds ago or more) and answers the window's start and its requests so far: one
    /// statement, so requests from several instances each count.
    pub async fn count_api_request(
        &self,
        key_id: i64,
        now: Timestamp,
        window: i64,
    ) -> anyhow::Result<(Timestamp, u64)> {
        let (started_at, requests): (i64, i64) = sqlx::query_as(
            "INSERT INTO api_key_windows (key_id, started_at, requests) VALUES ($1, $2, 1)
             ON CONFLICT (key_id) DO UPDATE SET
                 started_at = CASE WHEN api_key_windows.started_at <= $3
                     THEN excluded.started_at ELSE api_key_windows.started_at END,
                 requests = CASE WHEN api_key_windows.started_at <= $3
                     THEN 1 ELSE api_key_windows.requests + 1 END
             RETURNING started_at, requests",
        )
        .bind(key_id)
        .bind(now)
        .bind(now - window)
        .fetch_one(&self.pool)
        .await
        .context("counting an API request")?;
        Ok((started_at, u64::try_from(requests).unwrap_or(0)))
    }
}
