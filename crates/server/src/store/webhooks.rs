//! Webhooks and their deliveries. A delivery is queued inside the transaction of the change
//! it reports, so the receiver hears of exactly the changes that happened; the sender
//! (`crate::webhooks::sender`) then works through the queue with retries.

use anyhow::Context;
use portico_api::webhooks::{Delivery, DeliveryAttempt, EventAccount, EventData, WebhookEvent};
use portico_api::Role;

use super::events::{insert_event, Actor, EventKind};
use super::Store;
use crate::clock::Timestamp;
use crate::keys::new_nonce;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct WebhookRecord {
    pub id: i64,
    pub url: String,
    /// Space-separated event types.
    pub events: String,
    pub description: String,
    pub secret_prefix: String,
    pub created_at: Timestamp,
    pub last_delivery: Option<String>,
}

impl WebhookRecord {
    pub fn event_list(&self) -> Vec<String> {
        self.events.split_whitespace().map(String::from).collect()
    }
}

const COLUMNS: &str = "id, url, events, description, secret_prefix, created_at,
    (SELECT status FROM webhook_deliveries d WHERE d.webhook_id = webhooks.id
     ORDER BY d.id DESC LIMIT 1) AS last_delivery";

pub struct NewWebhook<'a> {
    pub url: &'a str,
    pub events: &'a [String],
    pub description: &'a str,
    pub secret_nonce: &'a [u8],
    pub secret_prefix: &'a str,
}

/// A delivery the sender has claimed, with what it needs to sign and send it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueDelivery {
    pub id: i64,
    pub url: String,
    pub secret_nonce: Vec<u8>,
    pub event_id: String,
    pub event_type: String,
    pub payload: String,
    /// Attempts made before this one.
    pub attempts: i64,
}

/// What came of one attempt.
pub struct Attempt {
    pub at: Timestamp,
    pub duration_ms: i64,
    pub status_code: Option<u16>,
    pub detail: String,
    pub next: AfterAttempt,
}

pub enum AfterAttempt {
    Delivered,
    RetryAt(Timestamp),
    GiveUp,
}

/// `evt_` and 128 random bits: unique across webhooks, restarts and databases.
fn new_event_id() -> anyhow::Result<String> {
    let bytes = new_nonce()?;
    Ok(format!(
        "evt_{}",
        bytes[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    ))
}

/// Queues `event_type` about `account_id` for every webhook subscribed to it, inside the
/// caller's transaction. The caller wakes the sender after committing.
pub(crate) async fn queue_account_event(
    conn: &mut sqlx::SqliteConnection,
    event_type: &str,
    account_id: i64,
    data: EventData,
    now: Timestamp,
) -> anyhow::Result<()> {
    let subscribed: Vec<(i64, String)> = sqlx::query_as("SELECT id, events FROM webhooks")
        .fetch_all(&mut *conn)
        .await
        .context("listing webhooks")?;
    let targets: Vec<i64> = subscribed
        .into_iter()
        .filter(|(_, events)| events.split_whitespace().any(|e| e == event_type))
        .map(|(id, _)| id)
        .collect();
    if targets.is_empty() {
        return Ok(());
    }
    let (id, email, name, role): (i64, String, String, String) =
        sqlx::query_as("SELECT id, email, display_name, role FROM accounts WHERE id = ?")
            .bind(account_id)
            .fetch_one(&mut *conn)
            .await
            .context("reading the event's account")?;
    let role = if role == "staff" {
        Role::Staff
    } else {
        Role::Client
    };
    let data = EventData {
        account: Some(EventAccount {
            id,
            email,
            name,
            role,
        }),
        ..data
    };
    let event = WebhookEvent {
        id: new_event_id()?,
        event_type: event_type.into(),
        created_at: now,
        data,
    };
    for webhook_id in targets {
        insert_delivery(&mut *conn, webhook_id, &event, now).await?;
    }
    Ok(())
}

async fn insert_delivery(
    conn: &mut sqlx::SqliteConnection,
    webhook_id: i64,
    event: &WebhookEvent,
    now: Timestamp,
) -> anyhow::Result<i64> {
    let payload = serde_json::to_string(event).context("encoding a webhook event")?;
    let id = sqlx::query(
        "INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, payload, created_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(webhook_id)
    .bind(&event.id)
    .bind(&event.event_type)
    .bind(payload)
    .bind(now)
    .bind(now)
    .execute(conn)
    .await
    .context("queueing a webhook delivery")?
    .last_insert_rowid();
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct DeliveryRow {
    id: i64,
    event_id: String,
    event_type: String,
    created_at: i64,
    status: String,
    next_attempt_at: Option<i64>,
    delivered_at: Option<i64>,
    payload: String,
}

#[derive(sqlx::FromRow)]
struct AttemptRow {
    delivery_id: i64,
    at: i64,
    duration_ms: i64,
    status_code: Option<i64>,
    detail: String,
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
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
            created_at: now,
            last_delivery: None,
        })
    }

    /// Every webhook, oldest first.
    pub async fn webhooks(&self) -> anyhow::Result<Vec<WebhookRecord>> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM webhooks ORDER BY id"))
            .fetch_all(&self.pool)
            .await
            .context("listing webhooks")
    }

    pub async fn webhook(&self, id: i64) -> anyhow::Result<Option<WebhookRecord>> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM webhooks WHERE id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("reading a webhook")
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
            sqlx::query_scalar("DELETE FROM webhooks WHERE id = ? RETURNING url")
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

    /// Queues a `ping` for one webhook, to try the receiver; None when there is no such webhook.
    pub async fn queue_ping(&self, webhook_id: i64, now: Timestamp) -> anyhow::Result<Option<i64>> {
        let mut tx = self.write().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM webhooks WHERE id = ?")
            .bind(webhook_id)
            .fetch_optional(&mut *tx)
            .await
            .context("reading a webhook")?;
        if exists.is_none() {
            return Ok(None);
        }
        let event = WebhookEvent {
            id: new_event_id()?,
            event_type: portico_api::webhooks::PING.into(),
            created_at: now,
            data: EventData::default(),
        };
        let id = insert_delivery(&mut tx, webhook_id, &event, now).await?;
        tx.commit().await.context("commit")?;
        self.webhooks_queued();
        Ok(Some(id))
    }

    /// Wakes the webhook sender; call after committing a transaction that queued deliveries.
    pub fn webhooks_queued(&self) {
        self.webhook_wake.notify_one();
    }

    pub fn webhook_wake(&self) -> &tokio::sync::Notify {
        &self.webhook_wake
    }

    /// The newest `limit` deliveries of a webhook, each with its attempts.
    pub async fn deliveries(&self, webhook_id: i64, limit: i64) -> anyhow::Result<Vec<Delivery>> {
        let rows: Vec<DeliveryRow> = sqlx::query_as(
            "SELECT id, event_id, event_type, created_at, status, next_attempt_at, delivered_at, payload
             FROM webhook_deliveries WHERE webhook_id = ? ORDER BY id DESC LIMIT ?",
        )
        .bind(webhook_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("listing webhook deliveries")?;
        let oldest = rows.last().map_or(0, |row| row.id);
        let attempts: Vec<AttemptRow> = sqlx::query_as(
            "SELECT a.delivery_id, a.at, a.duration_ms, a.status_code, a.detail
             FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
             WHERE d.webhook_id = ? AND d.id >= ? ORDER BY a.id",
        )
        .bind(webhook_id)
        .bind(oldest)
        .fetch_all(&self.pool)
        .await
        .context("listing webhook attempts")?;
        Ok(rows
            .into_iter()
            .map(|row| Delivery {
                attempts: attempts
                    .iter()
                    .filter(|a| a.delivery_id == row.id)
                    .map(|a| DeliveryAttempt {
                        at: a.at,
                        duration_ms: a.duration_ms,
                        status_code: a.status_code.and_then(|c| u16::try_from(c).ok()),
                        detail: a.detail.clone(),
                    })
                    .collect(),
                id: row.id,
                event_id: row.event_id,
                event_type: row.event_type,
                created_at: row.created_at,
                // While an attempt runs, `next_attempt_at` is its lease, not a due time.
                next_attempt_at: row.next_attempt_at.filter(|_| row.status == "pending"),
                status: row.status,
                delivered_at: row.delivered_at,
                payload: row.payload,
            })
            .collect())
    }

    /// Puts a webhook's delivery back in the queue, due now; false when it has no such one.
    pub async fn retry_delivery(
        &self,
        webhook_id: i64,
        id: i64,
        now: Timestamp,
    ) -> anyhow::Result<bool> {
        let requeued = sqlx::query(
            "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ?, delivered_at = NULL
             WHERE id = ? AND webhook_id = ?",
        )
        .bind(now)
        .bind(id)
        .bind(webhook_id)
        .execute(&self.pool)
        .await
        .context("requeueing a webhook delivery")?
        .rows_affected()
            == 1;
        if requeued {
            self.webhooks_queued();
        }
        Ok(requeued)
    }

    /// Takes up to `limit` due deliveries and leases them for `lease_secs`, so a sender that
    /// dies mid-attempt only delays them.
    pub async fn claim_due_deliveries(
        &self,
        now: Timestamp,
        lease_secs: i64,
        limit: i64,
    ) -> anyhow::Result<Vec<DueDelivery>> {
        // RETURNING may not name a joined table, but it may hold a subquery.
        sqlx::query_as(
            "UPDATE webhook_deliveries SET next_attempt_at = ?
             WHERE id IN (
                 SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
                 ORDER BY next_attempt_at, id LIMIT ?)
             RETURNING id,
                 (SELECT url FROM webhooks w WHERE w.id = webhook_id) AS url,
                 (SELECT secret_nonce FROM webhooks w WHERE w.id = webhook_id) AS secret_nonce,
                 event_id, event_type, payload, attempts",
        )
        .bind(now + lease_secs)
        .bind(now)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("claiming due webhook deliveries")
    }

    /// Forgets finished deliveries (and their attempts) created before `before`.
    pub async fn prune_deliveries(&self, before: Timestamp) -> anyhow::Result<u64> {
        Ok(sqlx::query(
            "DELETE FROM webhook_deliveries WHERE status != 'pending' AND created_at < ?",
        )
        .bind(before)
        .execute(&self.pool)
        .await
        .context("pruning webhook deliveries")?
        .rows_affected())
    }

    pub async fn next_delivery_due(&self) -> anyhow::Result<Option<Timestamp>> {
        sqlx::query_scalar(
            "SELECT MIN(next_attempt_at) FROM webhook_deliveries WHERE status = 'pending'",
        )
        .fetch_one(&self.pool)
        .await
        .context("finding the next due webhook delivery")
    }

    /// Records an attempt and what follows from it, together.
    pub async fn record_attempt(&self, delivery_id: i64, attempt: Attempt) -> anyhow::Result<()> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO webhook_attempts (delivery_id, at, duration_ms, status_code, detail)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(delivery_id)
        .bind(attempt.at)
        .bind(attempt.duration_ms)
        .bind(attempt.status_code.map(i64::from))
        .bind(&attempt.detail)
        .execute(&mut *tx)
        .await
        .context("recording a webhook attempt")?;
        let (status, next, delivered) = match attempt.next {
            AfterAttempt::Delivered => ("delivered", None, Some(attempt.at)),
            AfterAttempt::RetryAt(at) => ("pending", Some(at), None),
            AfterAttempt::GiveUp => ("failed", None, None),
        };
        sqlx::query(
            "UPDATE webhook_deliveries
             SET status = ?, next_attempt_at = ?, delivered_at = ?, attempts = attempts + 1
             WHERE id = ?",
        )
        .bind(status)
        .bind(next)
        .bind(delivered)
        .bind(delivery_id)
        .execute(&mut *tx)
        .await
        .context("updating a webhook delivery")?;
        tx.commit().await.context("commit")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::new_event_id;

    #[test]
    fn event_ids_are_long_and_distinct() {
        let a = new_event_id().unwrap();
        assert_eq!(a.len(), 4 + 32);
        assert_ne!(a, new_event_id().unwrap());
    }
}
