use anyhow::Context;

use super::Store;
use crate::clock::Timestamp;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PortalRecord {
    pub name: String,
    pub login_text_md: String,
}

impl Store {
    pub async fn portal(&self) -> anyhow::Result<PortalRecord> {
        sqlx::query_as("SELECT name, login_text_md FROM portal WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .context("reading portal settings")
    }

    pub async fn set_login_text(&self, markdown: &str, now: Timestamp) -> anyhow::Result<()> {
        sqlx::query("UPDATE portal SET login_text_md = ?, login_text_updated_at = ? WHERE id = 1")
            .bind(markdown)
            .bind(now)
            .execute(&self.pool)
            .await
            .context("saving the login text")?;
        Ok(())
    }
}
