//! What the console shows of a webhook's deliveries: each with its attempts, newest first.

use anyhow::Context;
use portico_api::webhooks::DeliveryStatus;

use crate::clock::Timestamp;
use crate::store::Store;

/// A delivery as the console shows it, with its attempts oldest first.
#[derive(Debug, Clone)]
pub struct DeliveryRecord {
    pub id: i64,
    pub event_id: String,
    pub event_type: String,
    pub created_at: Timestamp,
    pub status: DeliveryStatus,
    /// While pending: when the next attempt is due.
    pub next_attempt_at: Option<Timestamp>,
    /// A claim holds it: an attempt is under way.
    pub sending: bool,
    pub delivered_at: Option<Timestamp>,
    pub payload: String,
    pub attempts: Vec<AttemptRecord>,
}

#[derive(Debug, Clone)]
pub struct AttemptRecord {
    pub at: Timestamp,
    pub duration_ms: i64,
    pub status_code: Option<u16>,
    pub detail: String,
}

#[derive(sqlx::FromRow)]
struct DeliveryRow {
    id: i64,
    event_id: String,
    event_type: String,
    created_at: i64,
    status: String,
    next_attempt_at: Option<i64>,
    claimed_until: Option<i64>,
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
    /// The newest `limit` deliveries of a webhook, each with its attempts.
    pub async fn deliveries(
        &self,
        webhook_id: i64,
        limit: i64,
        now: Timestamp,
    ) -> anyhow::Result<Vec<DeliveryRecord>> {
        // Both reads in one snapshot, so they see the same moment: read apart (or in one
        // READ COMMITTED transaction on PostgreSQL), an attempt recorded in between showed
        // beside its delivery's old state (still due now instead of rescheduled).
        let mut snapshot = self.snapshot().await?;
        let rows: Vec<DeliveryRow> = sqlx::query_as(
            "SELECT id, event_id, event_type, created_at, status, next_attempt_at, claimed_until,
                 delivered_at, payload
             FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(webhook_id)
        .bind(limit)
        .fetch_all(&mut *snapshot)
        .await
        .context("listing webhook deliveries")?;
        let oldest = rows.last().map_or(0, |row| row.id);
        let attempts: Vec<AttemptRow> = sqlx::query_as(
            "SELECT a.delivery_id, a.at, a.duration_ms, a.status_code, a.detail
             FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
             WHERE d.webhook_id = $1 AND d.id >= $2 ORDER BY a.id",
        )
        .bind(webhook_id)
        .bind(oldest)
        .fetch_all(&mut *snapshot)
        .await
        .context("listing webhook attempts")?;
        snapshot.commit().await.context("ending a read")?;
        Ok(rows
            .into_iter()
            .map(|row| DeliveryRecord {
                attempts: attempts
                    .iter()
                    .filter(|a| a.delivery_id == row.id)
                    .map(|a| AttemptRecord {
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
                next_attempt_at: row.next_attempt_at.filter(|_| row.status == "pending"),
                sending: row.status == "pending" && row.claimed_until.is_some_and(|t| t > now),
                status: DeliveryStatus::parse(&row.status).unwrap_or(DeliveryStatus::Pending),
                delivered_at: row.delivered_at,
                payload: row.payload,
            })
            .collect())
    }
}
