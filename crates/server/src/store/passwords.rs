//! Replacing a password, and everything that must happen with it in one transaction.

use anyhow::Context;
use portico_api::webhooks::{EventData, PASSWORD_CHANGED, RESET_COMPLETED};

use super::events::{insert_event, Actor, EventKind};
use super::outbox::{enqueue, NewMail};
use super::reset_links::{retire_live_links, use_link};
use super::tickets::use_ticket;
use super::webhooks::queue_account_event;
use super::{Flag, Store};
use crate::clock::Timestamp;

/// How the password came to change; told to the account holder and the activity log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeMethod {
    ResetLink,
    InPortal,
    Staff,
    Automation,
    FirstSignIn,
}

impl ChangeMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeMethod::ResetLink => "reset_link",
            ChangeMethod::InPortal => "in_portal",
            ChangeMethod::Staff => "staff",
            ChangeMethod::Automation => "automation",
            ChangeMethod::FirstSignIn => "first_sign_in",
        }
    }
}

pub struct PasswordChange<'a> {
    pub account_id: i64,
    pub password_hash: String,
    pub method: ChangeMethod,
    /// The reset link being used, when that is how it happens.
    pub via_link: Option<i64>,
    /// The first-password ticket being used, when that is how it happens.
    pub via_ticket: Option<i64>,
    /// Staff or an automation chose it: the next sign-in must replace it.
    pub must_change: bool,
    /// Which sessions survive; by default none do.
    pub keep_sessions: KeepSessions,
    /// The API key's name, when an automation made the change.
    pub api_key: Option<String>,
    pub notification: NewMail<'a>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepSessions {
    None,
    /// The session that made the change (the account holder chose to sign out elsewhere).
    Only(i64),
    /// Every session (the account holder chose to stay signed in elsewhere).
    All,
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("the reset link was used, retired or expired meanwhile")]
    LinkGone,
    #[error("the first-password ticket was used or expired meanwhile")]
    TicketGone,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl Store {
    /// Sets the password, uses up the link or ticket, retires every other link, ends the
    /// sessions not kept and queues the notification: all of it or, on any failure, none
    /// of it. Answers how many sessions ended.
    pub async fn change_password(
        &self,
        change: PasswordChange<'_>,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<u64, ChangeError> {
        let mut tx = self.write().await?;
        super::serialize_on(&mut tx, &super::account_key(change.account_id)).await?;
        if let Some(ticket_id) = change.via_ticket {
            if !use_ticket(&mut tx, ticket_id, now).await? {
                return Err(ChangeError::TicketGone);
            }
        }
        if let Some(link_id) = change.via_link {
            if !use_link(&mut tx, link_id, now).await? {
                return Err(ChangeError::LinkGone);
            }
            insert_event(&mut tx, EventKind::ResetLinkUsed, actor, None, now).await?;
        }
        sqlx::query(
            "UPDATE accounts SET password_hash = $1, must_change_password = $2, password_changed_at = $3
             WHERE id = $4",
        )
        .bind(&change.password_hash)
        .bind(Flag(change.must_change))
        .bind(now)
        .bind(change.account_id)
        .execute(&mut *tx)
        .await
        .context("storing the new password")?;
        retire_live_links(&mut tx, change.account_id, now).await?;
        // Whatever password the ticket was for is gone, so is every first-password ticket.
        sqlx::query("DELETE FROM password_tickets WHERE account_id = $1")
            .bind(change.account_id)
            .execute(&mut *tx)
            .await
            .context("retiring first-password tickets")?;
        let ended = match change.keep_sessions {
            KeepSessions::All => 0,
            keep => {
                let spared = match keep {
                    KeepSessions::Only(id) => Some(id),
                    _ => None,
                };
                // `IS NOT NULL`-safe: with nothing spared, every session ends.
                sqlx::query(
                    "DELETE FROM sessions WHERE account_id = $1 AND ($2 IS NULL OR id <> $2)",
                )
                .bind(change.account_id)
                .bind(spared)
                .execute(&mut *tx)
                .await
                .context("ending the account's sessions")?
                .rows_affected()
            }
        };
        let detail = match &change.api_key {
            Some(name) => format!("{} (API key {name:?})", change.method.as_str()),
            None => change.method.as_str().to_string(),
        };
        insert_event(
            &mut tx,
            EventKind::PasswordChanged,
            actor,
            Some(&detail),
            now,
        )
        .await?;
        queue_account_event(
            &mut tx,
            PASSWORD_CHANGED,
            change.account_id,
            EventData {
                method: Some(change.method.as_str().into()),
                api_key: change.api_key.clone(),
                require_change: Some(change.must_change),
                ..EventData::default()
            },
            now,
        )
        .await?;
        if change.via_link.is_some() {
            queue_account_event(
                &mut tx,
                RESET_COMPLETED,
                change.account_id,
                EventData::default(),
                now,
            )
            .await?;
        }
        let mail_id = enqueue(&mut tx, &change.notification, now).await?;
        insert_event(
            &mut tx,
            EventKind::MailQueued,
            &Actor {
                account_id: Some(change.account_id),
                ..actor.clone()
            },
            Some(&format!(
                "message {mail_id}: {}",
                change.notification.subject
            )),
            now,
        )
        .await?;
        tx.commit().await.context("commit")?;
        self.webhooks_queued();
        Ok(ended)
    }
}
