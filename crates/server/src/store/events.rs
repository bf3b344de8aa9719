//! The append-only activity log.

use anyhow::Context;

use super::Store;
use crate::clock::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    SignInSucceeded,
    SignInFailed,
    SignInThrottled,
    SignInRefusedArchived,
    SignedOut,
    StaffSetupCompleted,
    LoginTextChanged,
    ResetRequested,
    ResetThrottled,
    ResetLinkOpened,
    ResetLinkUsed,
    ResetLinkExpired,
    PasswordChanged,
    MailQueued,
    MailDelivered,
    MailFailed,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::SignInSucceeded => "sign_in.succeeded",
            EventKind::SignInFailed => "sign_in.failed",
            EventKind::SignInThrottled => "sign_in.throttled",
            EventKind::SignInRefusedArchived => "sign_in.refused_archived",
            EventKind::SignedOut => "signed_out",
            EventKind::StaffSetupCompleted => "setup.completed",
            EventKind::LoginTextChanged => "portal.login_text_changed",
            EventKind::ResetRequested => "password_reset.requested",
            EventKind::ResetThrottled => "password_reset.throttled",
            EventKind::ResetLinkOpened => "password_reset.link_opened",
            EventKind::ResetLinkUsed => "password_reset.link_used",
            EventKind::ResetLinkExpired => "password_reset.link_expired",
            EventKind::PasswordChanged => "password.changed",
            EventKind::MailQueued => "mail.queued",
            EventKind::MailDelivered => "mail.delivered",
            EventKind::MailFailed => "mail.failed",
        }
    }
}

/// Who did it and from where.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub account_id: Option<i64>,
    pub email: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

impl Actor {
    /// The server itself (the mail sender): no address, no browser.
    pub fn system(account_id: Option<i64>) -> Actor {
        Actor {
            account_id,
            ..Actor::default()
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRecord {
    pub at: Timestamp,
    pub kind: String,
    pub account_id: Option<i64>,
    pub email: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub detail: Option<String>,
}

/// Appends one event; inside a transaction when the event belongs to a larger change.
pub(crate) async fn insert_event(
    conn: &mut sqlx::SqliteConnection,
    kind: EventKind,
    actor: &Actor,
    detail: Option<&str>,
    now: Timestamp,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO events (at, kind, account_id, email, ip, user_agent, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(now)
    .bind(kind.as_str())
    .bind(actor.account_id)
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

    /// How many events of `kind` since `since` carry this email (as stored) or IP.
    pub async fn count_recent_events(
        &self,
        kind: EventKind,
        since: Timestamp,
        email: &str,
        ip: &str,
    ) -> anyhow::Result<(i64, i64)> {
        let (by_email, by_ip): (i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(email = ?), 0), COALESCE(SUM(ip = ?), 0)
             FROM events WHERE kind = ? AND at > ?",
        )
        .bind(email)
        .bind(ip)
        .bind(kind.as_str())
        .bind(since)
        .fetch_one(&self.pool)
        .await
        .context("counting recent events")?;
        Ok((by_email, by_ip))
    }

    /// Newest first.
    pub async fn recent_events(&self, limit: i64) -> anyhow::Result<Vec<EventRecord>> {
        sqlx::query_as("SELECT at, kind, account_id, email, ip, user_agent, detail FROM events ORDER BY id DESC LIMIT ?")
            .bind(limit)
            .fetch_all(&self.pool)
            .await
            .context("reading events")
    }
}
