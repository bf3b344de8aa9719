//! The delivery queue. A delivery is queued inside the transaction of the change it
//! reports, so the receiver hears of exactly the changes that happened; the sender
//! (`crate::webhooks::sender`) claims due deliveries, attempts them and records the outcome.

use anyhow::Context;
use portico_api::webhooks::{EventAccount, EventData, WebhookEvent};
use portico_api::Role;

use crate::clock::Timestamp;
use crate::keys::new_nonce;
use crate::store::Store;

/// A delivery the sender has claimed, with what it needs to sign and send it.
#[derive(Debug, Clone)]
pub struct DueDelivery {
    pub id: i64,
    pub url: String,
    pub webhook_id: i64,
    pub secret_nonce: Vec<u8>,
    pub event_id: String,
    pub event_type: String,
    pub payload: String,
    /// Attempts made before this one.
    pub attempts: i64,
    /// This claim's number: the attempt records its outcome only while it still holds.
    pub claim: i64,
}

/// How the database holds a [`DueDelivery`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct DueDeliveryRow {
    id: i64,
    url: String,
    webhook_id: i64,
    secret_nonce: Vec<u8>,
    event_id: String,
    event_type: String,
    payload: String,
    attempts: i64,
    claim: i64,
}

impl From<DueDeliveryRow> for DueDelivery {
    fn from(row: DueDeliveryRow) -> DueDelivery {
        DueDelivery {
            id: row.id,
            url: row.url,
            webhook_id: row.webhook_id,
            secret_nonce: row.secret_nonce,
            event_id: row.event_id,
            event_type: row.event_type,
            payload: row.payload,
            attempts: row.attempts,
            claim: row.claim,
        }
    }
}

/// What became of a request to send a delivery again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requeue {
    Queued,
    /// An attempt is under way; its outcome decides what happens next.
    Sending,
    NotFound,
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
    Ok(format!("evt_{}", crate::keys::hex(&bytes[..16])))
}

/// Queues `event_type` about `account_id` for every webhook subscribed to it, inside the
/// caller's transaction. The caller wakes the sender after committing.
pub(crate) async fn queue_account_event(
    conn: &mut sqlx::AnyConnection,
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
        sqlx::query_as("SELECT id, email, display_name, role FROM accounts WHERE id = $1")
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
    conn: &mut sqlx::AnyConnection,
    webhook_id: i64,
    event: &WebhookEvent,
    now: Timestamp,
) -> anyhow::Result<i64> {
    let payload = serde_json::to_string(event).context("encoding a webhook event")?;
    sqlx::query_scalar(
        "INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, payload, created_at, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(webhook_id)
    .bind(&event.id)
    .bind(&event.event_type)
    .bind(payload)
    .bind(now)
    .bind(now)
    .fetch_one(conn)
    .await
    .context("queueing a webhook delivery")
}

impl Store {
    /// Queues a `ping` for one webhook, to try the receiver; None when there is no such webhook.
    pub async fn queue_ping(&self, webhook_id: i64, now: Timestamp) -> anyhow::Result<Option<i64>> {
        let mut tx = self.write().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM webhooks WHERE id = $1")
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

    /// Puts a webhook's delivery back in the queue, due now, unless an attempt is under way.
    pub async fn retry_delivery(
        &self,
        webhook_id: i64,
        id: i64,
        now: Timestamp,
    ) -> anyhow::Result<Requeue> {
        let mut tx = self.write().await?;
        let requeued = sqlx::query(
            "UPDATE webhook_deliveries
             SET status = 'pending', next_attempt_at = $1, delivered_at = NULL, claim = claim + 1
             WHERE id = $2 AND webhook_id = $3 AND (claimed_until IS NULL OR claimed_until <= $4)",
        )
        .bind(now)
        .bind(id)
        .bind(webhook_id)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("requeueing a webhook delivery")?
        .rows_affected()
            == 1;
        if requeued {
            tx.commit().await.context("commit")?;
            self.webhooks_queued();
            return Ok(Requeue::Queued);
        }
        let exists: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM webhook_deliveries WHERE id = $1 AND webhook_id = $2",
        )
        .bind(id)
        .bind(webhook_id)
        .fetch_optional(&mut *tx)
        .await
        .context("reading a webhook delivery")?;
        Ok(match exists {
            Some(_) => Requeue::Sending,
            None => Requeue::NotFound,
        })
    }

    /// Takes up to `limit` due deliveries nobody is sending and claims them for `lease_secs`,
    /// so a sender that dies mid-attempt only delays them. No webhook gets more than
    /// `per_webhook` attempts under way: a receiver that never answers cannot take every
    /// slot from the others.
    pub async fn claim_due_deliveries(
        &self,
        now: Timestamp,
        lease_secs: i64,
        limit: i64,
        per_webhook: i64,
    ) -> anyhow::Result<Vec<DueDelivery>> {
        // Instances claim one after another: the per-webhook cap counts the claims under
        // way, which must include those another instance is taking this moment (and
        // PostgreSQL allows no FOR UPDATE beside a window function).
        let mut tx = self.write().await?;
        crate::store::serialize_on(&mut tx, "webhook-claims").await?;
        // RETURNING may not name a joined table, but it may hold a subquery.
        let claimed = sqlx::query_as::<_, DueDeliveryRow>(
            "UPDATE webhook_deliveries SET claim = claim + 1, claimed_until = $1, claimed_by = $5
             WHERE id IN (
                 SELECT id FROM (
                     SELECT d.id, d.next_attempt_at,
                         ROW_NUMBER() OVER (
                             PARTITION BY d.webhook_id ORDER BY d.next_attempt_at, d.id) AS n,
                         (SELECT COUNT(*) FROM webhook_deliveries l
                          WHERE l.webhook_id = d.webhook_id AND l.status = 'pending'
                              AND l.claimed_until > $2) AS under_way
                     FROM webhook_deliveries d
                     WHERE d.status = 'pending' AND d.next_attempt_at <= $2
                         AND (d.claimed_until IS NULL OR d.claimed_until <= $2)) AS due
                 WHERE n + under_way <= $4
                 ORDER BY next_attempt_at, id LIMIT $3)
             RETURNING id,
                 (SELECT url FROM webhooks w WHERE w.id = webhook_id) AS url,
                 (SELECT secret_nonce FROM webhooks w WHERE w.id = webhook_id) AS secret_nonce,
                 webhook_id, event_id, event_type, payload, attempts, claim",
        )
        .bind(now + lease_secs)
        .bind(now)
        .bind(limit)
        .bind(per_webhook)
        .bind(&*self.instance)
        .fetch_all(&mut *tx)
        .await
        .context("claiming due webhook deliveries")
        .map(|rows| rows.into_iter().map(DueDelivery::from).collect())?;
        tx.commit()
            .await
            .context("claiming due webhook deliveries")?;
        Ok(claimed)
    }

    /// When the next delivery nobody is sending falls due (a live claim counts as not yet).
    pub async fn next_delivery_due(&self) -> anyhow::Result<Option<Timestamp>> {
        sqlx::query_scalar(
            "SELECT MIN(CASE WHEN next_attempt_at > COALESCE(claimed_until, 0)
                 THEN next_attempt_at ELSE COALESCE(claimed_until, 0) END)
             FROM webhook_deliveries WHERE status = 'pending'",
        )
        .fetch_one(&self.pool)
        .await
        .context("finding the next due webhook delivery")
    }

    /// Records an attempt and what follows from it, together, if the claim still holds the
    /// delivery; false when it does not (the webhook was deleted meanwhile, the claim ran
    /// out and another attempt took over, or staff sent it again), and then nothing is
    /// written.
    pub async fn record_attempt(
        &self,
        delivery: &DueDelivery,
        attempt: Attempt,
    ) -> anyhow::Result<bool> {
        let delivery_id = delivery.id;
        let mut tx = self.write().await?;
        let (status, next, delivered) = match attempt.next {
            AfterAttempt::Delivered => ("delivered", None, Some(attempt.at)),
            AfterAttempt::RetryAt(at) => ("pending", Some(at), None),
            AfterAttempt::GiveUp => ("failed", None, None),
        };
        let updated = sqlx::query(
            "UPDATE webhook_deliveries
             SET status = $1, next_attempt_at = $2, delivered_at = $3, attempts = attempts + 1,
                 claimed_until = NULL, claimed_by = NULL
             WHERE id = $4 AND claim = $5 AND event_id = $6",
        )
        .bind(status)
        .bind(next)
        .bind(delivered)
        .bind(delivery_id)
        .bind(delivery.claim)
        // Ids of deleted rows can come back: the event id tells this delivery from a newer one.
        .bind(&delivery.event_id)
        .execute(&mut *tx)
        .await
        .context("updating a webhook delivery")?
        .rows_affected();
        if updated != 1 {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO webhook_attempts (delivery_id, at, duration_ms, status_code, detail)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(delivery_id)
        .bind(attempt.at)
        .bind(attempt.duration_ms)
        .bind(attempt.status_code.map(i64::from))
        .bind(&attempt.detail)
        .execute(&mut *tx)
        .await
        .context("recording a webhook attempt")?;
        tx.commit().await.context("commit")?;
        Ok(true)
    }

    /// Forgets finished deliveries (and their attempts) created before `before`.
    pub async fn prune_deliveries(&self, before: Timestamp) -> anyhow::Result<u64> {
        Ok(sqlx::query(
            "DELETE FROM webhook_deliveries WHERE status != 'pending' AND created_at < $1",
        )
        .bind(before)
        .execute(&self.pool)
        .await
        .context("pruning webhook deliveries")?
        .rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::events::Actor;
    use crate::store::webhooks::NewWebhook;
    use portico_api::webhooks::DeliveryStatus;

    /// A webhook to loopback port `port`, its nonce filled with `port`'s low byte.
    async fn add_webhook(store: &Store, port: u16) -> i64 {
        let url = format!("http://127.0.0.1:{port}/hook");
        let hook = store
            .create_webhook(
                NewWebhook {
                    url: &url,
                    events: &["account.created".to_string()],
                    description: "",
                    secret_nonce: &[port as u8; 32],
                    secret_prefix: "whsec_abcd",
                },
                &Actor::default(),
                1_000,
            )
            .await
            .unwrap();
        hook.id
    }

    async fn store_with_ping(dir: &tempfile::TempDir) -> (Store, i64, i64) {
        let url = format!("sqlite://{}", dir.path().join("portico.db").display());
        let store = Store::open(&url).await.unwrap();
        let hook = add_webhook(&store, 9).await;
        let delivery = store.queue_ping(hook, 1_000).await.unwrap().unwrap();
        (store, hook, delivery)
    }

    fn failed_at(at: Timestamp, retry_at: Timestamp) -> Attempt {
        Attempt {
            at,
            duration_ms: 3,
            status_code: Some(500),
            detail: "answer 500".into(),
            next: AfterAttempt::RetryAt(retry_at),
        }
    }

    #[tokio::test]
    async fn a_gone_holders_claims_are_taken_back_at_once_and_its_late_outcome_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (crashed, _hook, _id) = store_with_ping(&dir).await;
        let held = crashed
            .claim_due_deliveries(1_000, 120, 16, 4)
            .await
            .unwrap();
        assert_eq!(held.len(), 1);
        let url = format!("sqlite://{}", dir.path().join("portico.db").display());
        let next = Store::open(&url).await.unwrap();
        assert!(next
            .claim_due_deliveries(1_001, 120, 16, 4)
            .await
            .unwrap()
            .is_empty());
        assert_eq!(
            next.claim_holders().await.unwrap(),
            vec![crashed.instance_id().to_string()]
        );
        assert_eq!(
            next.release_claims_of(crashed.instance_id()).await.unwrap(),
            1
        );
        assert!(next.claim_holders().await.unwrap().is_empty());
        let again = next.claim_due_deliveries(1_001, 120, 16, 4).await.unwrap();
        assert_eq!(again.len(), 1, "due at once, not at 1_120");
        assert!(!crashed
            .record_attempt(&held[0], failed_at(1_002, 1_030))
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn a_claim_holds_a_delivery_until_its_outcome_or_until_it_runs_out() {
        let dir = tempfile::tempdir().unwrap();
        let (store, hook, id) = store_with_ping(&dir).await;

        let first = store.claim_due_deliveries(1_000, 120, 16, 4).await.unwrap();
        assert_eq!(first.len(), 1);
        assert!(store
            .claim_due_deliveries(1_010, 120, 16, 4)
            .await
            .unwrap()
            .is_empty());
        assert_eq!(store.next_delivery_due().await.unwrap(), Some(1_120));
        assert_eq!(
            store.retry_delivery(hook, id, 1_010).await.unwrap(),
            Requeue::Sending
        );
        let shown = store.deliveries(hook, 50, 1_010).await.unwrap();
        assert!(shown[0].sending);
        assert_eq!(shown[0].status, DeliveryStatus::Pending);

        // The sender died mid-attempt: once the claim runs out, the delivery is due again.
        let second = store.claim_due_deliveries(1_120, 120, 16, 4).await.unwrap();
        assert_eq!(second.len(), 1);
        assert_eq!(second[0].claim, first[0].claim + 1);
        // The old attempt's outcome, arriving late, is not recorded over the new one.
        assert!(!store
            .record_attempt(&first[0], failed_at(1_100, 1_130))
            .await
            .unwrap());
        assert!(store.deliveries(hook, 50, 1_121).await.unwrap()[0]
            .attempts
            .is_empty());

        assert!(store
            .record_attempt(&second[0], failed_at(1_121, 1_151))
            .await
            .unwrap());
        let shown = store.deliveries(hook, 50, 1_122).await.unwrap();
        assert!(!shown[0].sending);
        assert_eq!(shown[0].attempts.len(), 1);
        assert_eq!(shown[0].next_attempt_at, Some(1_151));
        assert_eq!(store.next_delivery_due().await.unwrap(), Some(1_151));

        // Waiting for a retry, it may be sent again at once.
        assert_eq!(
            store.retry_delivery(hook, id, 1_122).await.unwrap(),
            Requeue::Queued
        );
        assert_eq!(
            store.retry_delivery(hook + 1, id, 1_122).await.unwrap(),
            Requeue::NotFound
        );
        assert_eq!(
            store
                .claim_due_deliveries(1_122, 120, 16, 4)
                .await
                .unwrap()
                .len(),
            1
        );
    }

    #[tokio::test]
    async fn one_webhook_cannot_take_every_slot() {
        let dir = tempfile::tempdir().unwrap();
        let (store, busy, _) = store_with_ping(&dir).await;
        for _ in 0..5 {
            store.queue_ping(busy, 1_000).await.unwrap();
        }
        let other = add_webhook(&store, 10).await;
        store.queue_ping(other, 1_001).await.unwrap();

        let claimed = store.claim_due_deliveries(1_001, 120, 16, 4).await.unwrap();
        let to = |hook: i64| claimed.iter().filter(|d| d.webhook_id == hook).count();
        assert_eq!((to(busy), to(other)), (4, 1));
        // The busy one's other two wait for one of its four to end.
        assert!(store
            .claim_due_deliveries(1_002, 120, 16, 4)
            .await
            .unwrap()
            .is_empty());
        let delivered = Attempt {
            next: AfterAttempt::Delivered,
            ..failed_at(1_003, 0)
        };
        assert!(store.record_attempt(&claimed[0], delivered).await.unwrap());
        assert_eq!(
            store
                .claim_due_deliveries(1_003, 120, 16, 4)
                .await
                .unwrap()
                .len(),
            1
        );
    }

    #[tokio::test]
    async fn an_attempt_on_a_deleted_webhook_records_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (store, hook, _) = store_with_ping(&dir).await;
        let claimed = store.claim_due_deliveries(1_000, 120, 16, 4).await.unwrap();
        assert!(store
            .delete_webhook(hook, &Actor::default(), 1_001)
            .await
            .unwrap());
        assert!(!store
            .record_attempt(&claimed[0], failed_at(1_002, 1_032))
            .await
            .unwrap());
        assert_eq!(store.next_delivery_due().await.unwrap(), None);
    }

    #[test]
    fn event_ids_are_long_and_distinct() {
        let a = new_event_id().unwrap();
        assert_eq!(a.len(), 4 + 32);
        assert_ne!(a, new_event_id().unwrap());
    }
}
