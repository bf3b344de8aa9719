//! "This wasn't me": locking an account down from a password-changed email.

use anyhow::Context;
use portico_api::webhooks::{EventData, PASSWORD_CHANGED};

use super::events::{insert_event, Actor, EventKind};
use super::reset_links::retire_live_links;
use super::webhooks::queue_account_event;
use super::Store;
use crate::clock::Timestamp;

#[derive(Debug, Clone)]
pub struct NotMeRecord {
    pub account_id: i64,
    pub created_at: Timestamp,
    pub used_at: Option<Timestamp>,
}

/// How the database holds a [`NotMeRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct NotMeRow {
    account_id: i64,
    created_at: Timestamp,
    used_at: Option<Timestamp>,
}

impl From<NotMeRow> for NotMeRecord {
    fn from(row: NotMeRow) -> NotMeRecord {
        NotMeRecord {
            account_id: row.account_id,
            created_at: row.created_at,
            used_at: row.used_at,
        }
    }
}

impl Store {
    /// The password-changed email a "This wasn't me" token names.
    pub async fn not_me_mail(&self, mail_id: i64) -> anyhow::Result<Option<NotMeRecord>> {
        sqlx::query_as::<_, NotMeRow>(
            "SELECT account_id, created_at, not_me_used_at AS used_at FROM outbox
             WHERE id = $1 AND kind = 'password_changed' AND account_id IS NOT NULL",
        )
        .bind(mail_id)
        .fetch_optional(&self.pool)
        .await
        .context("reading a password-changed email")
        .map(|row| row.map(NotMeRecord::from))
    }

    /// Uses the link, clears the password and ends every session, ticket and live reset
    /// link of the account, in one transaction. False when the link was used meanwhile.
    pub async fn secure_account(
        &self,
        mail_id: i64,
        account_id: i64,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<bool> {
        let mut tx = self.write().await?;
        super::serialize_on(&mut tx, &super::account_key(account_id)).await?;
        let used = sqlx::query(
            "UPDATE outbox SET not_me_used_at = $1 WHERE id = $2 AND not_me_used_at IS NULL",
        )
        .bind(now)
        .bind(mail_id)
        .execute(&mut *tx)
        .await
        .context("using a not-me link")?;
        if used.rows_affected() != 1 {
            return Ok(false);
        }
        let ended = sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .execute(&mut *tx)
            .await
            .context("ending the account's sessions")?
            .rows_affected();
        retire_live_links(&mut tx, account_id, now).await?;
        // Whoever changed the password knows it: it stops working too, and only the fresh
        // reset link leads back in.
        sqlx::query(
            "UPDATE accounts SET password_hash = NULL, must_change_password = 0 WHERE id = $1",
        )
        .bind(account_id)
        .execute(&mut *tx)
        .await
        .context("clearing the password")?;
        sqlx::query("DELETE FROM password_tickets WHERE account_id = $1")
            .bind(account_id)
            .execute(&mut *tx)
            .await
            .context("retiring first-password tickets")?;
        // Receivers that mirror password state learn that the password no longer works.
        queue_account_event(
            &mut tx,
            PASSWORD_CHANGED,
            account_id,
            EventData {
                method: Some("not_me".into()),
                ..EventData::default()
            },
            now,
        )
        .await?;
        insert_event(
            &mut tx,
            EventKind::AccountSecured,
            actor,
            Some(&format!(
                "\"This wasn't me\" from email {mail_id}: {ended} sessions ended"
            )),
            now,
        )
        .await?;
        tx.commit().await.context("commit")?;
        self.webhooks_queued();
        Ok(true)
    }
}
