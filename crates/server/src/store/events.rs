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
    SettingsChanged,
    ResetRequested,
    ResetThrottled,
    ResetLinkOpened,
    ResetLinkUsed,
    ResetLinkExpired,
    PasswordChanged,
    MailQueued,
    MailDelivered,
    MailFailed,
    AccountCreated,
    AccountArchived,
    AccountUnarchived,
    MailRetried,
    PasswordChangeRequired,
    PasswordChangeExpired,
    PasswordChangeRefused,
    SessionEnded,
    AccountSecured,
    ApiKeyCreated,
    ApiKeyRevoked,
    WebhookCreated,
    WebhookDeleted,
    WebhookSecretRolled,
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
            EventKind::SettingsChanged => "portal.settings_changed",
            EventKind::ResetRequested => "password_reset.requested",
            EventKind::ResetThrottled => "password_reset.throttled",
            EventKind::ResetLinkOpened => "password_reset.link_opened",
            EventKind::ResetLinkUsed => "password_reset.link_used",
            EventKind::ResetLinkExpired => "password_reset.link_expired",
            EventKind::PasswordChanged => "password.changed",
            EventKind::MailQueued => "mail.queued",
            EventKind::MailDelivered => "mail.delivered",
            EventKind::MailFailed => "mail.failed",
            EventKind::AccountCreated => "account.created",
            EventKind::AccountArchived => "account.archived",
            EventKind::AccountUnarchived => "account.unarchived",
            EventKind::MailRetried => "mail.retried",
            EventKind::PasswordChangeRequired => "sign_in.password_change_required",
            EventKind::PasswordChangeExpired => "sign_in.password_change_expired",
            EventKind::PasswordChangeRefused => "password.change_refused",
            EventKind::SessionEnded => "session.ended",
            EventKind::AccountSecured => "account.secured",
            EventKind::ApiKeyCreated => "api_key.created",
            EventKind::ApiKeyRevoked => "api_key.revoked",
            EventKind::WebhookCreated => "webhook.created",
            EventKind::WebhookDeleted => "webhook.deleted",
            EventKind::WebhookSecretRolled => "webhook.secret_rolled",
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
        sqlx::query_as("SELECT email, ip, at FROM events WHERE kind = ? AND at > ? ORDER BY at, id")
            .bind(kind.as_str())
            .bind(since)
            .fetch_all(&self.pool)
            .await
            .context("reading recent events")
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

#[derive(sqlx::FromRow)]
struct ActivityRow {
    id: i64,
    at: Timestamp,
    kind: String,
    account_id: Option<i64>,
    account_email: Option<String>,
    email: Option<String>,
    ip: Option<String>,
    user_agent: Option<String>,
    detail: Option<String>,
}

impl Store {
    /// The activity log, newest first, optionally for one account and one kind (a kind
    /// such as `sign_in` also matches `sign_in.failed` and the like).
    pub async fn activity_page(
        &self,
        account_id: Option<i64>,
        kind: Option<&str>,
        page: i64,
        per_page: i64,
    ) -> anyhow::Result<(Vec<portico_api::staff::ActivityEntry>, i64)> {
        const FILTER: &str = "(?1 IS NULL OR e.account_id = ?1)
            AND (?2 IS NULL OR e.kind = ?2 OR e.kind LIKE ?2 || '.%')";
        let total: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM events e WHERE {FILTER}"))
                .bind(account_id)
                .bind(kind)
                .fetch_one(&self.pool)
                .await
                .context("counting events")?;
        let rows: Vec<ActivityRow> = sqlx::query_as(&format!(
            "SELECT e.id, e.at, e.kind, e.account_id, a.email AS account_email, e.email, e.ip,
                    e.user_agent, e.detail
             FROM events e LEFT JOIN accounts a ON a.id = e.account_id
             WHERE {FILTER} ORDER BY e.id DESC LIMIT ?3 OFFSET ?4"
        ))
        .bind(account_id)
        .bind(kind)
        .bind(per_page)
        .bind((page - 1).max(0) * per_page)
        .fetch_all(&self.pool)
        .await
        .context("reading events")?;
        let entries = rows
            .into_iter()
            .map(|r| portico_api::staff::ActivityEntry {
                id: r.id,
                at: r.at,
                kind: r.kind,
                account_id: r.account_id,
                account_email: r.account_email,
                email: r.email,
                ip: r.ip,
                user_agent: r.user_agent,
                detail: r.detail,
            })
            .collect();
        Ok((entries, total))
    }
}
