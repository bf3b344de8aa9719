use anyhow::Context;
use portico_api::settings::PortalSettings;

use super::{Flag, Store};
use crate::clock::Timestamp;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PortalRecord {
    pub name: String,
    pub login_text_md: String,
    pub accent: Option<String>,
    pub accent_dark: Option<String>,
}

/// The logo as stored: its bytes were checked by `crate::logo` before they got here.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredLogo {
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub bytes: Vec<u8>,
    pub digest: String,
}

/// What staff have chosen; `None` where they have not, so the server's flag applies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredSettings {
    pub account_password: Option<bool>,
    pub reset_link_lifetime_secs: Option<i64>,
    pub reset_reuse_window_secs: Option<i64>,
    pub first_sign_in_window_secs: Option<i64>,
    pub min_password_chars: Option<i64>,
    pub human_check: Option<String>,
}

impl sqlx::FromRow<'_, sqlx::any::AnyRow> for StoredSettings {
    fn from_row(row: &sqlx::any::AnyRow) -> sqlx::Result<Self> {
        use sqlx::Row;
        Ok(StoredSettings {
            // Stored as 0/1 (`Flag`), so it reads the same from either database.
            account_password: row
                .try_get::<Option<Flag>, _>("account_password")?
                .map(|flag| flag.0),
            reset_link_lifetime_secs: row.try_get("reset_link_lifetime_secs")?,
            reset_reuse_window_secs: row.try_get("reset_reuse_window_secs")?,
            first_sign_in_window_secs: row.try_get("first_sign_in_window_secs")?,
            min_password_chars: row.try_get("min_password_chars")?,
            human_check: row.try_get("human_check")?,
        })
    }
}

impl Store {
    pub async fn stored_settings(&self) -> anyhow::Result<StoredSettings> {
        sqlx::query_as(
            "SELECT account_password, reset_link_lifetime_secs, reset_reuse_window_secs,
                    first_sign_in_window_secs, min_password_chars, human_check
             FROM portal WHERE id = 1",
        )
        .fetch_one(&self.pool)
        .await
        .context("reading portal settings")
    }

    /// Every setting at once: after this, the flags no longer apply to any of them.
    pub async fn save_settings(
        &self,
        settings: &PortalSettings,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        let int = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
        sqlx::query(
            "UPDATE portal SET account_password = $1, reset_link_lifetime_secs = $2,
                    reset_reuse_window_secs = $3, first_sign_in_window_secs = $4,
                    min_password_chars = $5, human_check = $6, settings_updated_at = $7
             WHERE id = 1",
        )
        .bind(Flag(settings.account_password))
        .bind(int(settings.reset_link_lifetime_secs))
        .bind(int(settings.reset_reuse_window_secs))
        .bind(int(settings.first_sign_in_window_secs))
        .bind(i64::try_from(settings.min_password_chars).unwrap_or(i64::MAX))
        .bind(settings.human_check.as_str())
        .bind(now)
        .execute(&self.pool)
        .await
        .context("saving portal settings")?;
        Ok(())
    }

    pub async fn portal(&self) -> anyhow::Result<PortalRecord> {
        sqlx::query_as("SELECT name, login_text_md, accent, accent_dark FROM portal WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .context("reading portal settings")
    }

    pub async fn set_login_text(&self, markdown: &str, now: Timestamp) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE portal SET login_text_md = $1, login_text_updated_at = $2 WHERE id = 1",
        )
        .bind(markdown)
        .bind(now)
        .execute(&self.pool)
        .await
        .context("saving the login text")?;
        Ok(())
    }

    /// Name and colours; the caller normalised them.
    pub async fn save_branding(
        &self,
        name: &str,
        accent: Option<&str>,
        accent_dark: Option<&str>,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE portal SET name = $1, accent = $2, accent_dark = $3, branding_updated_at = $4
             WHERE id = 1",
        )
        .bind(name)
        .bind(accent)
        .bind(accent_dark)
        .bind(now)
        .execute(&self.pool)
        .await
        .context("saving the branding")?;
        Ok(())
    }

    pub async fn logo(&self) -> anyhow::Result<Option<StoredLogo>> {
        sqlx::query_as(
            "SELECT content_type, width, height, bytes, digest FROM portal_logo WHERE id = 1",
        )
        .fetch_optional(&self.pool)
        .await
        .context("reading the logo")
    }

    /// Replaces the logo, if any, in one statement.
    pub async fn save_logo(&self, logo: &StoredLogo, now: Timestamp) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO portal_logo (id, content_type, width, height, bytes, digest, updated_at)
             VALUES (1, $1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET content_type = excluded.content_type,
                 width = excluded.width, height = excluded.height, bytes = excluded.bytes,
                 digest = excluded.digest, updated_at = excluded.updated_at",
        )
        .bind(&logo.content_type)
        .bind(logo.width)
        .bind(logo.height)
        .bind(&logo.bytes)
        .bind(&logo.digest)
        .bind(now)
        .execute(&self.pool)
        .await
        .context("saving the logo")?;
        Ok(())
    }

    /// Whether there was a logo to remove.
    pub async fn delete_logo(&self) -> anyhow::Result<bool> {
        let done = sqlx::query("DELETE FROM portal_logo WHERE id = 1")
            .execute(&self.pool)
            .await
            .context("removing the logo")?;
        Ok(done.rows_affected() > 0)
    }
}
