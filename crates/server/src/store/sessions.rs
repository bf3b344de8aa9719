use anyhow::Context;

use super::events::{insert_event, Actor, EventKind};
use super::Store;
use crate::clock::Timestamp;

pub struct NewSession<'a> {
    pub id_mac: &'a [u8],
    pub account_id: i64,
    pub expires_at: Timestamp,
    pub ip: &'a str,
    pub user_agent: &'a str,
}

#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub id: i64,
    pub account_id: i64,
    pub last_seen_at: Timestamp,
    pub expires_at: Timestamp,
}

/// How the database holds a [`SessionRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct SessionRow {
    id: i64,
    account_id: i64,
    last_seen_at: Timestamp,
    expires_at: Timestamp,
}

impl From<SessionRow> for SessionRecord {
    fn from(row: SessionRow) -> SessionRecord {
        SessionRecord {
            id: row.id,
            account_id: row.account_id,
            last_seen_at: row.last_seen_at,
            expires_at: row.expires_at,
        }
    }
}

/// A session as its owner sees it on the devices page.
#[derive(Debug, Clone)]
pub struct DeviceRecord {
    pub id: i64,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub ip: String,
    pub user_agent: String,
}

/// How the database holds a [`DeviceRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct DeviceRow {
    id: i64,
    created_at: Timestamp,
    last_seen_at: Timestamp,
    ip: String,
    user_agent: String,
}

impl From<DeviceRow> for DeviceRecord {
    fn from(row: DeviceRow) -> DeviceRecord {
        DeviceRecord {
            id: row.id,
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
            ip: row.ip,
            user_agent: row.user_agent,
        }
    }
}

impl Store {
    /// Opens a session and records the sign-in (last sign-in time and the event) in one
    /// transaction: one disk sync, which also keeps a successful sign-in as quick as a
    /// failed one (whose only write is its event).
    pub async fn insert_session(
        &self,
        new: NewSession<'_>,
        actor: &Actor,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO sessions (id_mac, account_id, created_at, last_seen_at, expires_at, ip, user_agent)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new.id_mac)
        .bind(new.account_id)
        .bind(now)
        .bind(now)
        .bind(new.expires_at)
        .bind(new.ip)
        .bind(new.user_agent)
        .execute(&mut *tx)
        .await
        .context("creating a session")?;
        sqlx::query("UPDATE accounts SET last_sign_in_at = $1 WHERE id = $2")
            .bind(now)
            .bind(new.account_id)
            .execute(&mut *tx)
            .await
            .context("recording a sign-in")?;
        insert_event(&mut tx, EventKind::SignInSucceeded, actor, None, now).await?;
        tx.commit().await.context("commit")?;
        Ok(())
    }

    pub async fn session_by_mac(&self, id_mac: &[u8]) -> anyhow::Result<Option<SessionRecord>> {
        sqlx::query_as::<_, SessionRow>(
            "SELECT id, account_id, last_seen_at, expires_at FROM sessions WHERE id_mac = $1",
        )
        .bind(id_mac)
        .fetch_optional(&self.pool)
        .await
        .context("looking up a session")
        .map(|row| row.map(SessionRecord::from))
    }

    pub async fn touch_session(&self, id: i64, now: Timestamp) -> anyhow::Result<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await
            .context("refreshing a session")?;
        Ok(())
    }

    pub async fn delete_session(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await
            .context("deleting a session")?;
        Ok(())
    }

    /// The account's live sessions, most recently active first.
    pub async fn live_sessions(
        &self,
        account_id: i64,
        now: Timestamp,
        idle_secs: i64,
    ) -> anyhow::Result<Vec<DeviceRecord>> {
        sqlx::query_as::<_, DeviceRow>(
            "SELECT id, created_at, last_seen_at, ip, user_agent FROM sessions
             WHERE account_id = $1 AND expires_at > $2 AND last_seen_at > $3
             ORDER BY last_seen_at DESC, id DESC",
        )
        .bind(account_id)
        .bind(now)
        .bind(now - idle_secs)
        .fetch_all(&self.pool)
        .await
        .context("listing an account's sessions")
        .map(|rows| rows.into_iter().map(DeviceRecord::from).collect())
    }

    /// Ends one of the account's sessions; false if it has no such session.
    pub async fn delete_own_session(&self, account_id: i64, id: i64) -> anyhow::Result<bool> {
        let done = sqlx::query("DELETE FROM sessions WHERE id = $1 AND account_id = $2")
            .bind(id)
            .bind(account_id)
            .execute(&self.pool)
            .await
            .context("ending a session")?;
        Ok(done.rows_affected() == 1)
    }

    /// Ends every session of the account but `keep`; answers how many ended.
    pub async fn delete_other_sessions(&self, account_id: i64, keep: i64) -> anyhow::Result<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id != $2")
            .bind(account_id)
            .bind(keep)
            .execute(&self.pool)
            .await
            .context("ending other sessions")?;
        Ok(done.rows_affected())
    }

    /// Housekeeping: forget sessions past their absolute or idle end.
    pub async fn delete_expired_sessions(
        &self,
        now: Timestamp,
        idle_secs: i64,
    ) -> anyhow::Result<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
            .bind(now)
            .bind(now - idle_secs)
            .execute(&self.pool)
            .await
            .context("deleting expired sessions")?;
        Ok(done.rows_affected())
    }
}
