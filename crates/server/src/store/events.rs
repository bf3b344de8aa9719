//! The append-only activity log.

use anyhow::Context;

use super::Store;
use crate::clock::Timestamp;

/// The kinds live in `crates/api`, so the console reads the same names the log writes.
pub use portico_api::activity::ActivityKind as EventKind;

/// Who did it and from where.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    /// The account the event is about.
    pub account_id: Option<i64>,
    /// The staff member who did it to that account, when it was not its owner.
    pub acted_by: Option<i64>,
    pub email: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

impl Actor {
    /// With the email that was typed (sign-in, reset requests), as the log keeps it:
    /// trimmed, at most as long as an email can be.
    pub fn with_email(self, typed: &str) -> Actor {
        Actor {
            email: Some(
                typed
                    .trim()
                    .chars()
                    .take(crate::validate::MAX_EMAIL_CHARS)
                    .collect(),
            ),
            ..self
        }
    }

    /// Done by staff member `staff_id` to the account.
    pub fn by_staff(self, staff_id: i64) -> Actor {
        Actor {
            acted_by: Some(staff_id),
            ..self
        }
    }

    /// Done through the API key named `key_name`: the log shows it with the browser.
    pub fn via_key(self, key_name: &str) -> Actor {
        Actor {
            user_agent: Some(format!(
                "API key {key_name:?}: {}",
                self.user_agent.as_deref().unwrap_or_default()
            )),
            ..self
        }
    }

    /// The server itself (the mail sender): no address, no browser.
    pub fn system(account_id: Option<i64>) -> Actor {
        Actor {
            account_id,
            ..Actor::default()
        }
    }
}

#[derive(Debug, Clone)]
pub struct EventRecord {
    pub at: Timestamp,
    pub kind: String,
    pub account_id: Option<i64>,
    pub email: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub detail: Option<String>,
}

/// How the database holds a [`EventRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct EventRow {
    at: Timestamp,
    kind: String,
    account_id: Option<i64>,
    email: Option<String>,
    ip: Option<String>,
    user_agent: Option<String>,
    detail: Option<String>,
}

impl From<EventRow> for EventRecord {
    fn from(row: EventRow) -> EventRecord {
        EventRecord {
            at: row.at,
            kind: row.kind,
            account_id: row.account_id,
            email: row.email,
            ip: row.ip,
            user_agent: row.user_agent,
            detail: row.detail,
        }
    }
}

/// Appends one event; inside a transaction when the event belongs to a larger change.
pub(crate) async fn insert_event(
    conn: &mut sqlx::AnyConnection,
    kind: EventKind,
    actor: &Actor,
    detail: Option<&str>,
    now: Timestamp,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO events (at, kind, account_id, actor_id, email, ip, user_agent, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(now)
    .bind(kind.as_str())
    .bind(actor.account_id)
    .bind(actor.acted_by)
    .bind(&actor.email)
    .bind(&actor.ip)
    .bind(&actor.user_agent)
    .bind(detail)
    .execute(conn)
    .await
    .with_context(|| format!("recording event {}", kind.as_str()))?;
    Ok(())
}

impl Store {
    pub async fn record_event(
        &self,
        kind: EventKind,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        self.record_event_detail(kind, actor, None, now).await
    }

    pub async fn record_event_detail(
        &self,
        kind: EventKind,
        actor: &Actor,
        detail: Option<&str>,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        let mut conn = self.pool.acquire().await.context("connection")?;
        insert_event(&mut conn, kind, actor, detail, now).await
    }

    /// Records several events in one transaction: one disk flush for all of them.
    pub async fn record_events(
        &self,
        events: &[(EventKind, Actor, Option<&str>)],
        now: Timestamp,
    ) -> anyhow::Result<()> {
        if events.is_empty() {
            return Ok(());
        }
        let mut tx = self.write().await?;
        for (kind, actor, detail) in events {
            insert_event(&mut tx, *kind, actor, *detail, now).await?;
        }
        tx.commit().await.context("recording events")
    }

    /// Who caused each event of `kind` since `since` (typed email, IP, time), oldest
    /// first.
    pub async fn recent_event_sources(
        &self,
        kind: EventKind,
        since: Timestamp,
    ) -> anyhow::Result<Vec<(Option<String>, Option<String>, Timestamp)>> {
        sqlx::query_as(
            "SELECT email, ip, at FROM events WHERE kind = $1 AND at > $2 ORDER BY at, id",
        )
        .bind(kind.as_str())
        .bind(since)
        .fetch_all(&self.pool)
        .await
        .context("reading recent events")
    }

    /// Reset requests the public made for `account_id` since `since`, on every instance:
    /// what the per-address limit counts when several servers share the database.
    pub async fn public_reset_requests_since(
        &self,
        account_id: i64,
        since: Timestamp,
    ) -> anyhow::Result<usize> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM events
             WHERE account_id = $1 AND at > $2 AND kind = $3 AND actor_id IS NULL",
        )
        .bind(account_id)
        .bind(since)
        .bind(EventKind::ResetRequested.as_str())
        .fetch_one(&self.pool)
        .await
        .context("counting reset requests")?;
        Ok(usize::try_from(count).unwrap_or(usize::MAX))
    }

    /// Reset requests the public made from `ip` since `since`, on every instance.
    pub async fn public_reset_requests_from(
        &self,
        ip: &str,
        since: Timestamp,
    ) -> anyhow::Result<usize> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM events
             WHERE kind = $1 AND at > $2 AND ip = $3 AND actor_id IS NULL",
        )
        .bind(EventKind::ResetRequested.as_str())
        .bind(since)
        .bind(ip)
        .fetch_one(&self.pool)
        .await
        .context("counting reset requests from an address")?;
        Ok(usize::try_from(count).unwrap_or(usize::MAX))
    }

    /// Reset emails sent and clients added by staff member `staff_id` since `since`: what
    /// their human-check allowance counts (`human_check::policy`).
    pub async fn staff_sends_since(&self, staff_id: i64, since: Timestamp) -> anyhow::Result<u64> {
        // Every reset email counts; a client added with instructions is one send, written
        // as two events (created, then its link requested) for the same account at the
        // same moment, so a creation counts only when no email came with it.
        let (count,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM events e WHERE e.actor_id = $1 AND e.at > $2
             AND (e.kind = $3 OR (e.kind = $4 AND NOT EXISTS (
                 SELECT 1 FROM events r WHERE r.actor_id = $1 AND r.account_id = e.account_id
                 AND r.at = e.at AND r.kind = $3)))",
        )
        .bind(staff_id)
        .bind(since)
        .bind(EventKind::ResetRequested.as_str())
        .bind(EventKind::AccountCreated.as_str())
        .fetch_one(&self.pool)
        .await
        .context("counting staff sends")?;
        Ok(u64::try_from(count).unwrap_or_default())
    }

    /// Newest first.
    pub async fn recent_events(&self, limit: i64) -> anyhow::Result<Vec<EventRecord>> {
        sqlx::query_as::<_, EventRow>("SELECT at, kind, account_id, email, ip, user_agent, detail FROM events ORDER BY id DESC LIMIT $1")
            .bind(limit)
            .fetch_all(&self.pool)
            .await
            .context("reading events").map(|rows| rows.into_iter().map(EventRecord::from).collect())
    }
}

#[derive(sqlx::FromRow)]
struct ActivityRow {
    id: i64,
    at: Timestamp,
    kind: String,
    account_id: Option<i64>,
    account_name: Option<String>,
    account_email: Option<String>,
    actor_id: Option<i64>,
    actor_name: Option<String>,
    actor_email: Option<String>,
    email: Option<String>,
    ip: Option<String>,
    user_agent: Option<String>,
    detail: Option<String>,
}

/// One event as the activity log shows it, with the accounts it names.
#[derive(Debug, Clone)]
pub struct ActivityRecord {
    pub id: i64,
    pub at: Timestamp,
    pub kind: EventKind,
    pub account_id: Option<i64>,
    pub account_name: Option<String>,
    pub account_email: Option<String>,
    /// The staff member who acted on someone else's account.
    pub actor: Option<Acting>,
    pub email: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub detail: Option<String>,
}

/// A staff member named by an event.
#[derive(Debug, Clone)]
pub struct Acting {
    pub id: i64,
    pub name: String,
    pub email: String,
}

/// Which events the activity log shows.
#[derive(Debug, Clone, Default)]
pub struct ActivityFilter<'a> {
    /// Events about this account or done by it.
    pub account_id: Option<i64>,
    /// The same by email address: the account's, or what was typed.
    pub email: Option<&'a str>,
    /// A kind such as `sign_in.failed`, or a family such as `sign_in`.
    pub kind: Option<&'a str>,
}

const ACTIVITY_FILTER: &str = "($1 IS NULL OR e.account_id = $1 OR e.actor_id = $1)
    AND ($2 IS NULL OR e.kind = $2 OR e.kind LIKE $2 || '.%')
    AND ($3 IS NULL OR a.email_lower = $3 OR b.email_lower = $3 OR lower(e.email) = $3)";
const ACTIVITY_FROM: &str = "FROM events e
    LEFT JOIN accounts a ON a.id = e.account_id
    LEFT JOIN accounts b ON b.id = e.actor_id";

impl Store {
    /// The activity log, newest first, filtered; `limit` and `offset` page through it.
    pub async fn activity(
        &self,
        filter: &ActivityFilter<'_>,
        limit: i64,
        offset: i64,
    ) -> anyhow::Result<(Vec<ActivityRecord>, i64)> {
        let email = filter.email.map(crate::store::accounts::email_key);
        let total: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) {ACTIVITY_FROM} WHERE {ACTIVITY_FILTER}"
        ))
        .bind(filter.account_id)
        .bind(filter.kind)
        .bind(&email)
        .fetch_one(&self.pool)
        .await
        .context("counting events")?;
        let rows: Vec<ActivityRow> = sqlx::query_as(&format!(
            "SELECT e.id, e.at, e.kind, e.account_id, a.display_name AS account_name,
                    a.email AS account_email, e.actor_id, b.display_name AS actor_name,
                    b.email AS actor_email, e.email, e.ip, e.user_agent, e.detail
             {ACTIVITY_FROM}
             WHERE {ACTIVITY_FILTER} ORDER BY e.id DESC LIMIT $4 OFFSET $5"
        ))
        .bind(filter.account_id)
        .bind(filter.kind)
        .bind(&email)
        .bind(limit)
        .bind(offset.max(0))
        .fetch_all(&self.pool)
        .await
        .context("reading events")?;
        let entries = rows
            .into_iter()
            .filter_map(|r| {
                // Only this server writes the log; a kind it does not know came from a
                // newer version sharing the database, and is left out rather than failing
                // the page.
                let kind = EventKind::parse(&r.kind)?;
                let actor = match (r.actor_id, r.actor_name, r.actor_email) {
                    (Some(id), Some(name), Some(email)) => Some(Acting { id, name, email }),
                    _ => None,
                };
                Some(ActivityRecord {
                    id: r.id,
                    at: r.at,
                    kind,
                    account_id: r.account_id,
                    account_name: r.account_name,
                    account_email: r.account_email,
                    actor,
                    email: r.email,
                    ip: r.ip,
                    user_agent: r.user_agent,
                    detail: r.detail,
                })
            })
            .collect();
        Ok((entries, total))
    }
}
