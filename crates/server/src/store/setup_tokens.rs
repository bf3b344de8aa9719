//! One-time links that create the first staff account.

use anyhow::Context;

use super::accounts::{insert_account, CreateError, NewAccount};
use super::Store;
use crate::clock::Timestamp;

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("the setup link is unknown, expired or already used")]
    InvalidLink,
    #[error("a staff account already exists")]
    StaffExists,
    #[error(transparent)]
    Create(#[from] CreateError),
}

impl From<anyhow::Error> for SetupError {
    fn from(err: anyhow::Error) -> Self {
        SetupError::Create(CreateError::Unexpected(err))
    }
}

/// The [`super::serialize_on`] key of the first-staff setup.
const SETUP: &str = "setup";

impl Store {
    /// Which servers printed the unused links (None: printed before servers were named).
    pub async fn unused_setup_link_issuers(&self) -> anyhow::Result<Vec<Option<String>>> {
        sqlx::query_scalar("SELECT DISTINCT issued_by FROM setup_tokens WHERE used_at IS NULL")
            .fetch_all(&self.pool)
            .await
            .context("listing setup links")
    }

    /// Stores a new link printed by this server and retires the unused links `retire`d
    /// servers printed.
    pub async fn replace_setup_token(
        &self,
        token_mac: &[u8],
        now: Timestamp,
        expires_at: Timestamp,
        retire: &[Option<String>],
    ) -> anyhow::Result<()> {
        let mut tx = self.write().await?;
        super::serialize_on(&mut tx, SETUP).await?;
        for issuer in retire {
            sqlx::query(
                "DELETE FROM setup_tokens WHERE used_at IS NULL
                     AND (issued_by = $1 OR ($1 IS NULL AND issued_by IS NULL))",
            )
            .bind(issuer.as_deref())
            .execute(&mut *tx)
            .await
            .context("retiring old setup links")?;
        }
        sqlx::query(
            "INSERT INTO setup_tokens (token_mac, created_at, expires_at, issued_by)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_mac)
        .bind(now)
        .bind(expires_at)
        .bind(self.instance_id())
        .execute(&mut *tx)
        .await
        .context("storing a setup link")?;
        tx.commit().await.context("commit")?;
        Ok(())
    }

    pub async fn setup_token_is_usable(
        &self,
        token_mac: &[u8],
        now: Timestamp,
    ) -> anyhow::Result<bool> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM setup_tokens WHERE token_mac = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_mac)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .context("checking a setup link")?;
        Ok(found.is_some())
    }

    /// Uses up the link and creates the staff account, atomically: two concurrent
    /// submissions cannot both succeed.
    pub async fn complete_setup(
        &self,
        token_mac: &[u8],
        new: NewAccount<'_>,
        now: Timestamp,
    ) -> Result<i64, SetupError> {
        let mut tx = self.write().await?;
        // Links printed by two instances, used at once: only one staff account is made.
        super::serialize_on(&mut tx, SETUP).await?;
        let used = sqlx::query("UPDATE setup_tokens SET used_at = $1 WHERE token_mac = $2 AND used_at IS NULL AND expires_at > $3")
            .bind(now)
            .bind(token_mac)
            .bind(now)
            .execute(&mut *tx)
            .await
            .context("using a setup link")?;
        if used.rows_affected() != 1 {
            return Err(SetupError::InvalidLink);
        }
        let staff: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM accounts WHERE role = 'staff' AND status = 'active' LIMIT 1",
        )
        .fetch_optional(&mut *tx)
        .await
        .context("looking for staff accounts")?;
        if staff.is_some() {
            return Err(SetupError::StaffExists);
        }
        let id = insert_account(&mut tx, &new, now).await?;
        tx.commit().await.context("commit")?;
        Ok(id)
    }
}
