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

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRecord {
    pub at: Timestamp,
    pub kind: String,
    pub account_id: Option<i64>,
    pub email: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

impl Store {
    pub async fn record_event(
        &self,
        kind: EventKind,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO events (at, kind, account_id, email, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(now)
            .bind(kind.as_str())
            .bind(actor.account_id)
            .bind(&actor.email)
            .bind(&actor.ip)
            .bind(&actor.user_agent)
            .execute(&self.pool)
            .await
            .with_context(|| format!("recording event {}", kind.as_str()))?;
        Ok(())
    }

    /// Newest first.
    pub async fn recent_events(&self, limit: i64) -> anyhow::Result<Vec<EventRecord>> {
        sqlx::query_as("SELECT at, kind, account_id, email, ip, user_agent FROM events ORDER BY id DESC LIMIT ?")
            .bind(limit)
            .fetch_all(&self.pool)
            .await
            .context("reading events")
    }
}
