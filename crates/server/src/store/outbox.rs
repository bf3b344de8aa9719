//! The durable outbox: emails wait here until the sender delivers them.

use anyhow::Context;

use super::{Backend, Store};
use crate::clock::Timestamp;

/// Stands in for the reset URL in stored bodies; the sender fills it in at delivery, so
/// the database never holds a working link.
pub const RESET_LINK_MARKER: &str = "{{reset_link}}";
/// Stands in for the "This wasn't me" URL of a password-changed email, likewise.
pub const NOT_ME_MARKER: &str = "{{not_me_link}}";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    ResetLink,
    PasswordChanged,
    Welcome,
}

impl MailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::ResetLink => "reset_link",
            MailKind::PasswordChanged => "password_changed",
            MailKind::Welcome => "welcome",
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewMail<'a> {
    pub kind: MailKind,
    pub account_id: Option<i64>,
    pub reset_link_id: Option<i64>,
    pub to_address: &'a str,
    pub to_name: &'a str,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
}

impl NewMail<'_> {
    pub fn with_reset_link(&self, link_id: i64) -> Self {
        NewMail {
            reset_link_id: Some(link_id),
            ..self.clone()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMail {
    pub id: i64,
    pub created_at: Timestamp,
    pub kind: String,
    pub account_id: Option<i64>,
    pub reset_link_id: Option<i64>,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: Timestamp,
    pub last_error: Option<String>,
    pub sent_at: Option<Timestamp>,
}

/// How the database holds a [`StoredMail`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct StoredMailRow {
    id: i64,
    created_at: Timestamp,
    kind: String,
    account_id: Option<i64>,
    reset_link_id: Option<i64>,
    to_address: String,
    to_name: String,
    subject: String,
    body_text: String,
    body_html: String,
    status: String,
    attempts: i64,
    next_attempt_at: Timestamp,
    last_error: Option<String>,
    sent_at: Option<Timestamp>,
}

impl From<StoredMailRow> for StoredMail {
    fn from(row: StoredMailRow) -> StoredMail {
        StoredMail {
            id: row.id,
            created_at: row.created_at,
            kind: row.kind,
            account_id: row.account_id,
            reset_link_id: row.reset_link_id,
            to_address: row.to_address,
            to_name: row.to_name,
            subject: row.subject,
            body_text: row.body_text,
            body_html: row.body_html,
            status: row.status,
            attempts: row.attempts,
            next_attempt_at: row.next_attempt_at,
            last_error: row.last_error,
            sent_at: row.sent_at,
        }
    }
}

const COLUMNS: &str = "id, created_at, kind, account_id, reset_link_id, to_address, to_name, subject, body_text, body_html, status, attempts, next_attempt_at, last_error, sent_at";

pub(crate) async fn enqueue(
    conn: &mut sqlx::AnyConnection,
    mail: &NewMail<'_>,
    now: Timestamp,
) -> anyhow::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO outbox (created_at, kind, account_id, reset_link_id, to_address, to_name, subject, body_text, body_html, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(now)
    .bind(mail.kind.as_str())
    .bind(mail.account_id)
    .bind(mail.reset_link_id)
    .bind(mail.to_address)
    .bind(mail.to_name)
    .bind(&mail.subject)
    .bind(&mail.body_text)
    .bind(&mail.body_html)
    .bind(now)
    .fetch_one(conn)
    .await
    .context("queueing an email")
}

impl Store {
    /// Takes up to `limit` due messages nobody is sending and claims them for `lease_secs`,
    /// so that a crash mid-delivery retries them instead of losing them: when the lease
    /// runs out, or at once when the next process starts and finds this one gone.
    pub async fn claim_due_mail(
        &self,
        now: Timestamp,
        lease_secs: i64,
        limit: i64,
    ) -> anyhow::Result<Vec<StoredMail>> {
        // Several instances claim side by side on PostgreSQL: each skips the rows another
        // is claiming this moment rather than waiting for them and then claiming them
        // again (READ COMMITTED re-checks only the outer WHERE). SQLite has one writer.
        let skip_locked = match self.backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        sqlx::query_as::<_, StoredMailRow>(&format!(
            "UPDATE outbox SET claimed_until = $1, claimed_by = $2
             WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= $3
                              AND (claimed_until IS NULL OR claimed_until <= $4)
                          ORDER BY next_attempt_at, id LIMIT $5 {skip_locked})
             RETURNING {COLUMNS}"
        ))
        .bind(now + lease_secs)
        .bind(&*self.instance)
        .bind(now)
        .bind(now)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("claiming due emails")
        .map(|rows| rows.into_iter().map(StoredMail::from).collect())
    }

    /// When the earliest queued message nobody is sending is due (a live claim counts as
    /// not yet), if any is queued.
    pub async fn next_mail_due(&self) -> anyhow::Result<Option<Timestamp>> {
        sqlx::query_scalar(
            "SELECT MIN(CASE WHEN next_attempt_at > COALESCE(claimed_until, 0)
                 THEN next_attempt_at ELSE COALESCE(claimed_until, 0) END)
             FROM outbox WHERE status = 'queued'",
        )
        .fetch_one(&self.pool)
        .await
        .context("finding the next due email")
    }

    pub async fn mark_mail_sent(&self, id: i64, now: Timestamp) -> anyhow::Result<()> {
        sqlx::query("UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = $1, last_error = NULL, claimed_until = NULL, claimed_by = NULL WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await
            .context("marking an email sent")?;
        Ok(())
    }

    /// Records a failed attempt: queued again for `retry_at`, or failed for good when
    /// `retry_at` is `None`.
    pub async fn mark_mail_attempt_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: Option<Timestamp>,
    ) -> anyhow::Result<()> {
        let (status, next) = match retry_at {
            Some(at) => ("queued", Some(at)),
            None => ("failed", None),
        };
        sqlx::query(
            "UPDATE outbox SET status = $1, attempts = attempts + 1, last_error = $2,
             next_attempt_at = COALESCE($3, next_attempt_at), claimed_until = NULL,
             claimed_by = NULL WHERE id = $4",
        )
        .bind(status)
        .bind(error)
        .bind(next)
        .bind(id)
        .execute(&self.pool)
        .await
        .context("recording a failed delivery")?;
        Ok(())
    }

    /// When a reset link's email was last queued.
    pub async fn last_sent(&self, reset_link_id: i64) -> anyhow::Result<Option<Timestamp>> {
        sqlx::query_scalar("SELECT MAX(created_at) FROM outbox WHERE reset_link_id = $1")
            .bind(reset_link_id)
            .fetch_one(&self.pool)
            .await
            .context("finding when a link was sent")
    }

    /// One page, newest first, with the total.
    pub async fn outbox_page(
        &self,
        page: i64,
        per_page: i64,
    ) -> anyhow::Result<(Vec<StoredMail>, i64)> {
        // The total and the page from one moment.
        let mut read = self.snapshot().await?;
        let total = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
            .fetch_one(&mut *read)
            .await
            .context("counting the outbox")?;
        let mails = sqlx::query_as::<_, StoredMailRow>(&format!(
            "SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1 OFFSET $2"
        ))
        .bind(per_page)
        .bind((page - 1).max(0) * per_page)
        .fetch_all(&mut *read)
        .await
        .context("reading the outbox")
        .map(|rows| rows.into_iter().map(StoredMail::from).collect())?;
        read.commit().await.context("ending a read")?;
        Ok((mails, total))
    }

    /// Queues a failed message again, now; false when it had not failed.
    pub async fn retry_mail(&self, id: i64, now: Timestamp) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE outbox SET status = 'queued', next_attempt_at = $1 WHERE id = $2 AND status = 'failed'",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await
        .context("retrying an email")?;
        Ok(done.rows_affected() == 1)
    }

    /// Newest first.
    pub async fn outbox(&self, limit: i64) -> anyhow::Result<Vec<StoredMail>> {
        sqlx::query_as::<_, StoredMailRow>(&format!(
            "SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1"
        ))
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("reading the outbox")
        .map(|rows| rows.into_iter().map(StoredMail::from).collect())
    }

    pub async fn outbox_message(&self, id: i64) -> anyhow::Result<Option<StoredMail>> {
        sqlx::query_as::<_, StoredMailRow>(&format!("SELECT {COLUMNS} FROM outbox WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("reading an email")
            .map(|row| row.map(StoredMail::from))
    }
}
