//! Reset links: at most one live link per account, kept after use so an old link can say
//! why it no longer works.

use anyhow::Context;
use portico_api::webhooks::{EventData, RESET_REQUESTED};

use super::accounts::{Account, Credentials};
use super::events::{insert_event, Actor, EventKind};
use super::outbox::{enqueue, NewMail};
use super::webhooks::queue_account_event;
use super::{account_key, Store};
use crate::clock::Timestamp;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRecord {
    pub id: i64,
    pub account_id: i64,
    pub nonce: Vec<u8>,
    pub created_at: Timestamp,
    pub reuse_until: Timestamp,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

/// How the database holds a [`LinkRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct LinkRow {
    id: i64,
    account_id: i64,
    nonce: Vec<u8>,
    created_at: Timestamp,
    reuse_until: Timestamp,
    expires_at: Timestamp,
    used_at: Option<Timestamp>,
    revoked_at: Option<Timestamp>,
}

impl From<LinkRow> for LinkRecord {
    fn from(row: LinkRow) -> LinkRecord {
        LinkRecord {
            id: row.id,
            account_id: row.account_id,
            nonce: row.nonce,
            created_at: row.created_at,
            reuse_until: row.reuse_until,
            expires_at: row.expires_at,
            used_at: row.used_at,
            revoked_at: row.revoked_at,
        }
    }
}

/// A link to store; `token_mac` is the MAC of the token derived from `nonce`.
pub struct NewLink<'a> {
    pub nonce: &'a [u8],
    pub token_mac: &'a [u8],
    pub reuse_until: Timestamp,
    pub expires_at: Timestamp,
}

/// What a reset request does to an account's links.
pub enum LinkChoice<'a> {
    /// Send the live link again.
    Resend(i64),
    /// Retire every live link and store this one.
    Replace(NewLink<'a>),
}

const COLUMNS: &str =
    "id, account_id, nonce, created_at, reuse_until, expires_at, used_at, revoked_at";

impl Store {
    /// The account's newest link that is neither used, retired nor expired.
    pub async fn live_reset_link(
        &self,
        account_id: i64,
        now: Timestamp,
    ) -> anyhow::Result<Option<LinkRecord>> {
        sqlx::query_as::<_, LinkRow>(&format!(
            "SELECT {COLUMNS} FROM reset_links
             WHERE account_id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
             ORDER BY id DESC LIMIT 1"
        ))
        .bind(account_id)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .context("looking up a live reset link")
        .map(|row| row.map(LinkRecord::from))
    }

    pub async fn reset_link_by_mac(
        &self,
        token_mac: &[u8],
    ) -> anyhow::Result<Option<(LinkRecord, Credentials)>> {
        let Some(link): Option<LinkRecord> = sqlx::query_as::<_, LinkRow>(&format!(
            "SELECT {COLUMNS} FROM reset_links WHERE token_mac = $1"
        ))
        .bind(token_mac)
        .fetch_optional(&self.pool)
        .await
        .context("looking up a reset link")
        .map(|row| row.map(LinkRecord::from))?
        else {
            return Ok(None);
        };
        let credentials = self
            .credentials_by_id(link.account_id)
            .await?
            .context("a reset link without its account")?;
        Ok(Some((link, credentials)))
    }

    pub async fn reset_link(&self, id: i64) -> anyhow::Result<Option<LinkRecord>> {
        sqlx::query_as::<_, LinkRow>(&format!("SELECT {COLUMNS} FROM reset_links WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("reading a reset link")
            .map(|row| row.map(LinkRecord::from))
    }

    /// Records the request, stores or reuses the link and queues its email, atomically:
    /// either all of it happens or none of it.
    pub async fn issue_reset_link(
        &self,
        account: &Account,
        choice: LinkChoice<'_>,
        mail: NewMail<'_>,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<i64> {
        let mut tx = self.write().await?;
        let (link_id, _) = issue_in(&mut tx, account.id, choice, &mail, actor, now).await?;
        tx.commit().await.context("commit")?;
        self.webhooks_queued();
        Ok(link_id)
    }
}

/// Stores or reuses the link, records the request and queues the mail, inside the
/// caller's transaction. Returns the link's id and the message's.
pub(crate) async fn issue_in(
    tx: &mut sqlx::AnyConnection,
    account_id: i64,
    choice: LinkChoice<'_>,
    mail: &NewMail<'_>,
    actor: &Actor,
    now: Timestamp,
) -> anyhow::Result<(i64, i64)> {
    // At most one live link per account, also when two instances issue at once.
    super::serialize_on(&mut *tx, &account_key(account_id)).await?;
    let (link_id, detail) = match choice {
        LinkChoice::Resend(id) => (id, "the same link sent again"),
        LinkChoice::Replace(new) => {
            retire_live_links(&mut *tx, account_id, now).await?;
            let id = sqlx::query_scalar(
                    "INSERT INTO reset_links (account_id, nonce, token_mac, created_at, reuse_until, expires_at)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(account_id)
                .bind(new.nonce)
                .bind(new.token_mac)
                .bind(now)
                .bind(new.reuse_until)
                .bind(new.expires_at)
                .fetch_one(&mut *tx)
                .await
                .context("storing a reset link")?;
            (id, "a new link")
        }
    };
    insert_event(
        &mut *tx,
        EventKind::ResetRequested,
        actor,
        Some(detail),
        now,
    )
    .await?;
    queue_account_event(
        &mut *tx,
        RESET_REQUESTED,
        account_id,
        EventData::default(),
        now,
    )
    .await?;
    let mail_id = enqueue(&mut *tx, &mail.with_reset_link(link_id), now).await?;
    insert_event(
        &mut *tx,
        EventKind::MailQueued,
        &Actor {
            account_id: Some(account_id),
            ..actor.clone()
        },
        Some(&format!("message {mail_id}: {}", mail.subject)),
        now,
    )
    .await?;
    Ok((link_id, mail_id))
}

/// Marks every unused link of the account as retired.
pub(crate) async fn retire_live_links(
    conn: &mut sqlx::AnyConnection,
    account_id: i64,
    now: Timestamp,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE reset_links SET revoked_at = $1
         WHERE account_id = $2 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(account_id)
    .execute(conn)
    .await
    .context("retiring reset links")?;
    Ok(())
}

/// Uses up a link if it is still live; false when it was used, retired or expired
/// meanwhile (two tabs submitting at once: only one wins).
pub(crate) async fn use_link(
    conn: &mut sqlx::AnyConnection,
    link_id: i64,
    now: Timestamp,
) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE reset_links SET used_at = $1
         WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3",
    )
    .bind(now)
    .bind(link_id)
    .bind(now)
    .execute(conn)
    .await
    .context("using a reset link")?;
    Ok(done.rows_affected() == 1)
}
