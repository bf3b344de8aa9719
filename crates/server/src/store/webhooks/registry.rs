//! The webhooks staff register: their URLs and events, and the secrets behind their
//! signatures (derived from the key and a nonce, never stored; rolled with a day's overlap).

use anyhow::Context;

use crate::clock::Timestamp;
use crate::store::events::{insert_event, Actor, EventKind};
use crate::store::Store;

#[derive(Debug, Clone)]
pub struct WebhookRecord {
    pub id: i64,
    pub url: String,
    /// Space-separated event types.
    pub events: String,
    pub description: String,
    pub secret_prefix: String,
    /// Until when the secrets before the last roll sign too (maybe already past).
    pub previous_secret_until: Option<Timestamp>,
    pub created_at: Timestamp,
    pub last_delivery: Option<String>,
}

/// How the database holds a [`WebhookRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct WebhookRow {
    id: i64,
    url: String,
    events: String,
    description: String,
    secret_prefix: String,
    previous_secret_until: Option<Timestamp>,
    created_at: Timestamp,
    last_delivery: Option<String>,
}

impl From<WebhookRow> for WebhookRecord {
    fn from(row: WebhookRow) -> WebhookRecord {
        WebhookRecord {
            id: row.id,
            url: row.url,
            events: row.events,
            description: row.description,
            secret_prefix: row.secret_prefix,
            previous_secret_until: row.previous_secret_until,
            created_at: row.created_at,
            last_delivery: row.last_delivery,
        }
    }
}

impl WebhookRecord {
    pub fn event_list(&self) -> Vec<String> {
        self.events.split_whitespace().map(String::from).collect()
    }
}

const COLUMNS: &str = "id, url, events, description, secret_prefix, created_at,
    (SELECT MAX(until) FROM webhook_previous_secrets p WHERE p.webhook_id = webhooks.id)
        AS previous_secret_until,
    (SELECT status FROM webhook_deliveries d WHERE d.webhook_id = webhooks.id
     ORDER BY d.id DESC LIMIT 1) AS last_delivery";

pub struct NewWebhook<'a> {
    pub url: &'a str,
    pub events: &'a [String],
    pub description: &'a str,
    pub secret_nonce: &'a [u8],
    pub secret_prefix: &'a str,
}

/// Earlier secrets signing at once, at most: enough to roll again after losing a new
/// secret, few enough that a header stays short.
pub const MAX_PREVIOUS_SECRETS: i64 = 3;

/// What became of a request to roll a webhook's secret.
#[derive(Debug)]
pub enum Roll {
    Rolled(WebhookRecord),
    /// [`MAX_PREVIOUS_SECRETS`] earlier secrets still sign; the first stops at `until`.
    TooMany {
        until: Timestamp,
    },
    NotFound,
}

impl Store {
    pub async fn create_webhook(
        &self,
        new: NewWebhook<'_>,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<WebhookRecord> {
        let mut tx = self.write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO webhooks (url, events, description, secret_nonce, secret_prefix, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(new.url)
        .bind(new.events.join(" "))
        .bind(new.description)
        .bind(new.secret_nonce)
        .bind(new.secret_prefix)
        .bind(actor.account_id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .context("storing a webhook")?;
        insert_event(
            &mut tx,
            EventKind::WebhookCreated,
            actor,
            Some(&format!("{} for {}", new.url, new.events.join(", "))),
            now,
        )
        .await?;
        tx.commit().await.context("commit")?;
        Ok(WebhookRecord {
            id,
            url: new.url.into(),
            events: new.events.join(" "),
            description: new.description.into(),
            secret_prefix: new.secret_prefix.into(),
            previous_secret_until: None,
            created_at: now,
            last_delivery: None,
        })
    }

    /// Every webhook, oldest first.
    pub async fn webhooks(&self) -> anyhow::Result<Vec<WebhookRecord>> {
        sqlx::query_as::<_, WebhookRow>(&format!("SELECT {COLUMNS} FROM webhooks ORDER BY id"))
            .fetch_all(&self.pool)
            .await
            .context("listing webhooks")
            .map(|rows| rows.into_iter().map(WebhookRecord::from).collect())
    }

    pub async fn webhook(&self, id: i64) -> anyhow::Result<Option<WebhookRecord>> {
        sqlx::query_as::<_, WebhookRow>(&format!("SELECT {COLUMNS} FROM webhooks WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("reading a webhook")
            .map(|row| row.map(WebhookRecord::from))
    }

    /// Gives the webhook a new secret (by its nonce); the current one keeps signing too
    /// until `previous_until`, as do earlier ones whose day is not over.
    pub async fn roll_webhook_secret(
        &self,
        id: i64,
        nonce: &[u8],
        prefix: &str,
        previous_until: Timestamp,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<Roll> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM webhook_previous_secrets WHERE webhook_id = $1 AND until <= $2")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await
            .context("forgetting expired webhook secrets")?;
        let (still_signing, first_expiry): (i64, Option<Timestamp>) = sqlx::query_as(
            "SELECT COUNT(*), MIN(until) FROM webhook_previous_secrets WHERE webhook_id = $1",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .context("counting previous webhook secrets")?;
        if still_signing >= MAX_PREVIOUS_SECRETS {
            return Ok(Roll::TooMany {
                until: first_expiry.unwrap_or(now),
            });
        }
        let url: Option<String> = sqlx::query_scalar(
            "INSERT INTO webhook_previous_secrets (webhook_id, secret_nonce, until)
             SELECT id, secret_nonce, $1 FROM webhooks WHERE id = $2
             RETURNING (SELECT url FROM webhooks WHERE id = webhook_id)",
        )
        .bind(previous_until)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await
        .context("keeping the previous webhook secret")?;
        let Some(url) = url else {
            return Ok(Roll::NotFound);
        };
        sqlx::query("UPDATE webhooks SET secret_nonce = $1, secret_prefix = $2 WHERE id = $3")
            .bind(nonce)
            .bind(prefix)
            .bind(id)
            .execute(&mut *tx)
            .await
            .context("rolling a webhook secret")?;
        insert_event(
            &mut tx,
            EventKind::WebhookSecretRolled,
            actor,
            Some(&format!(
                "{url}: the previous secret also signs for {} hours",
                (previous_until - now) / 3600
            )),
            now,
        )
        .await?;
        let record = sqlx::query_as::<_, WebhookRow>(&format!(
            "SELECT {COLUMNS} FROM webhooks WHERE id = $1"
        ))
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .context("reading a webhook")
        .map(WebhookRecord::from)?;
        tx.commit().await.context("commit")?;
        Ok(Roll::Rolled(record))
    }

    /// The nonces of a webhook's earlier secrets that still sign at `at`, newest first.
    pub async fn previous_secret_nonces(
        &self,
        webhook_id: i64,
        at: Timestamp,
    ) -> anyhow::Result<Vec<Vec<u8>>> {
        sqlx::query_scalar(
            "SELECT secret_nonce FROM webhook_previous_secrets
             WHERE webhook_id = $1 AND until > $2 ORDER BY id DESC",
        )
        .bind(webhook_id)
        .bind(at)
        .fetch_all(&self.pool)
        .await
        .context("reading previous webhook secrets")
    }

    /// Deletes the webhook and its delivery history; false when there was none.
    pub async fn delete_webhook(
        &self,
        id: i64,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<bool> {
        let mut tx = self.write().await?;
        let url: Option<String> =
            sqlx::query_scalar("DELETE FROM webhooks WHERE id = $1 RETURNING url")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .context("deleting a webhook")?;
        let Some(url) = url else {
            return Ok(false);
        };
        insert_event(&mut tx, EventKind::WebhookDeleted, actor, Some(&url), now).await?;
        tx.commit().await.context("commit")?;
        Ok(true)
    }
}
