use anyhow::Context;
use portico_api::lang::Lang;
use portico_api::settings::PortalSettings;

use super::{Flag, Store};
use crate::clock::Timestamp;

#[derive(Debug, Clone)]
pub struct PortalRecord {
    pub name: String,
    /// The login text of each language that has its own, in the order of `Lang::ALL`.
    pub login_texts: Vec<(Lang, String)>,
    pub accent: Option<String>,
    pub accent_dark: Option<String>,
}

/// How the database holds a [`PortalRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct PortalRow {
    name: String,
    accent: Option<String>,
    accent_dark: Option<String>,
}

/// The logo as stored: its bytes were checked by `crate::logo` before they got here.
#[derive(Debug, Clone)]
pub struct StoredLogo {
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub bytes: Vec<u8>,
    pub digest: String,
}

/// How the database holds a [`StoredLogo`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct StoredLogoRow {
    content_type: String,
    width: i64,
    height: i64,
    bytes: Vec<u8>,
    digest: String,
}

impl From<StoredLogoRow> for StoredLogo {
    fn from(row: StoredLogoRow) -> StoredLogo {
        StoredLogo {
            content_type: row.content_type,
            width: row.width,
            height: row.height,
            bytes: row.bytes,
            digest: row.digest,
        }
    }
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
    pub languages: Option<String>,
    pub default_language: Option<String>,
}

/// How the database holds the settings staff chose; private, so the schema can change
/// without [`StoredSettings`].
#[derive(sqlx::FromRow)]
struct StoredSettingsRow {
    /// Stored as 0/1 (`Flag`), so it reads the same from either database.
    account_password: Option<Flag>,
    reset_link_lifetime_secs: Option<i64>,
    reset_reuse_window_secs: Option<i64>,
    first_sign_in_window_secs: Option<i64>,
    min_password_chars: Option<i64>,
    human_check: Option<String>,
    languages: Option<String>,
    default_language: Option<String>,
}

impl From<StoredSettingsRow> for StoredSettings {
    fn from(row: StoredSettingsRow) -> StoredSettings {
        StoredSettings {
            account_password: row.account_password.map(|flag| flag.0),
            reset_link_lifetime_secs: row.reset_link_lifetime_secs,
            reset_reuse_window_secs: row.reset_reuse_window_secs,
            first_sign_in_window_secs: row.first_sign_in_window_secs,
            min_password_chars: row.min_password_chars,
            human_check: row.human_check,
            languages: row.languages,
            default_language: row.default_language,
        }
    }
}

impl Store {
    pub async fn stored_settings(&self) -> anyhow::Result<StoredSettings> {
        sqlx::query_as::<_, StoredSettingsRow>(
            "SELECT account_password, reset_link_lifetime_secs, reset_reuse_window_secs,
                    first_sign_in_window_secs, min_password_chars, human_check, languages,
                    default_language
             FROM portal WHERE id = 1",
        )
        .fetch_one(&self.pool)
        .await
        .context("reading portal settings")
        .map(StoredSettings::from)
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
                    min_password_chars = $5, human_check = $6, settings_updated_at = $7,
                    languages = $8, default_language = $9
             WHERE id = 1",
        )
        .bind(Flag(settings.account_password))
        .bind(int(settings.reset_link_lifetime_secs))
        .bind(int(settings.reset_reuse_window_secs))
        .bind(int(settings.first_sign_in_window_secs))
        .bind(i64::try_from(settings.min_password_chars).unwrap_or(i64::MAX))
        .bind(settings.human_check.as_str())
        .bind(now)
        .bind(crate::settings::join_languages(&settings.languages))
        .bind(settings.default_language.tag())
        .execute(&self.pool)
        .await
        .context("saving portal settings")?;
        Ok(())
    }

    pub async fn portal(&self) -> anyhow::Result<PortalRecord> {
        let row = sqlx::query_as::<_, PortalRow>(
            "SELECT name, accent, accent_dark FROM portal WHERE id = 1",
        )
        .fetch_one(&self.pool)
        .await
        .context("reading portal settings")?;
        let texts: Vec<(String, String)> =
            sqlx::query_as("SELECT language, markdown FROM login_texts")
                .fetch_all(&self.pool)
                .await
                .context("reading the login texts")?;
        let mut login_texts: Vec<(Lang, String)> = texts
            .into_iter()
            .filter_map(|(tag, markdown)| Some((Lang::from_tag(&tag)?, markdown)))
            .collect();
        login_texts.sort_by_key(|(lang, _)| Lang::ALL.iter().position(|l| l == lang));
        Ok(PortalRecord {
            name: row.name,
            login_texts,
            accent: row.accent,
            accent_dark: row.accent_dark,
        })
    }

    /// The login text of `language`; an empty one removes it, so the language shows the
    /// default language's.
    pub async fn set_login_text(
        &self,
        language: Lang,
        markdown: &str,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        let query = if markdown.is_empty() {
            sqlx::query("DELETE FROM login_texts WHERE language = $1").bind(language.tag())
        } else {
            sqlx::query(
                "INSERT INTO login_texts (language, markdown, updated_at) VALUES ($1, $2, $3)
                 ON CONFLICT (language) DO UPDATE
                 SET markdown = excluded.markdown, updated_at = excluded.updated_at",
            )
            .bind(language.tag())
            .bind(markdown)
            .bind(now)
        };
        query
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
        sqlx::query_as::<_, StoredLogoRow>(
            "SELECT content_type, width, height, bytes, digest FROM portal_logo WHERE id = 1",
        )
        .fetch_optional(&self.pool)
        .await
        .context("reading the logo")
        .map(|row| row.map(StoredLogo::from))
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
