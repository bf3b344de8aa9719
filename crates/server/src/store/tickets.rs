//! First-password tickets: one live ticket per account, used once.

use anyhow::Context;
use sqlx::AnyConnection;

use super::Store;
use crate::clock::Timestamp;

#[derive(Debug, Clone)]
pub struct TicketRecord {
    pub id: i64,
    pub account_id: i64,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
}

/// How the database holds a [`TicketRecord`]; private, so the schema can change without it.
#[derive(sqlx::FromRow)]
struct TicketRow {
    id: i64,
    account_id: i64,
    expires_at: Timestamp,
    used_at: Option<Timestamp>,
}

impl From<TicketRow> for TicketRecord {
    fn from(row: TicketRow) -> TicketRecord {
        TicketRecord {
            id: row.id,
            account_id: row.account_id,
            expires_at: row.expires_at,
            used_at: row.used_at,
        }
    }
}

impl Store {
    /// A new ticket for the account; any earlier one stops working.
    pub async fn issue_ticket(
        &self,
        account_id: i64,
        token_mac: &[u8],
        now: Timestamp,
        expires_at: Timestamp,
    ) -> anyhow::Result<()> {
        let mut tx = self.write().await?;
        super::serialize_on(&mut tx, &super::account_key(account_id)).await?;
        sqlx::query("DELETE FROM password_tickets WHERE account_id = $1")
            .bind(account_id)
            .execute(&mut *tx)
            .await
            .context("retiring earlier tickets")?;
        sqlx::query(
            "INSERT INTO password_tickets (token_mac, account_id, created_at, expires_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_mac)
        .bind(account_id)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *tx)
        .await
        .context("storing a ticket")?;
        tx.commit().await.context("commit")?;
        Ok(())
    }

    pub async fn ticket_by_mac(&self, token_mac: &[u8]) -> anyhow::Result<Option<TicketRecord>> {
        sqlx::query_as::<_, TicketRow>(
            "SELECT id, account_id, expires_at, used_at FROM password_tickets WHERE token_mac = $1",
        )
        .bind(token_mac)
        .fetch_optional(&self.pool)
        .await
        .context("reading a ticket")
        .map(|row| row.map(TicketRecord::from))
    }
}

/// Uses the ticket inside a password change; false if it was used or expired meanwhile.
pub(crate) async fn use_ticket(
    tx: &mut AnyConnection,
    id: i64,
    now: Timestamp,
) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE password_tickets SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(now)
    .bind(id)
    .bind(now)
    .execute(tx)
    .await
    .context("using a ticket")?;
    Ok(done.rows_affected() == 1)
}
