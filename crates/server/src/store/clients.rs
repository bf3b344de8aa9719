//! The staff board's view of client accounts: search, pages, and each client's password
//! state in one query.

use anyhow::Context;
use portico_api::staff::{AccountStatus, ClientSummary, PasswordState};

use portico_api::Role;

use super::accounts::{insert_account, CreateError, NewAccount};
use super::events::{insert_event, Actor, EventKind};
use super::outbox::NewMail;
use super::reset_links::{issue_in, LinkChoice, NewLink};
use super::Store;
use crate::clock::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Active,
    Archived,
    All,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    email: String,
    display_name: String,
    status: String,
    has_password: bool,
    must_change_password: bool,
    link_expires_at: Option<i64>,
    last_sign_in_at: Option<i64>,
    created_at: i64,
}

impl Row {
    fn into_summary(self) -> ClientSummary {
        let password = match (
            self.link_expires_at,
            self.has_password,
            self.must_change_password,
        ) {
            (Some(expires_at), _, _) => PasswordState::LinkPending { expires_at },
            (None, false, _) => PasswordState::NeverSet,
            (None, true, true) => PasswordState::MustChange,
            (None, true, false) => PasswordState::Set,
        };
        ClientSummary {
            id: self.id,
            name: self.display_name,
            email: self.email,
            status: if self.status == "archived" {
                AccountStatus::Archived
            } else {
                AccountStatus::Active
            },
            password,
            last_sign_in_at: self.last_sign_in_at,
            created_at: self.created_at,
        }
    }
}

/// Escapes LIKE's wildcards so a search for "100%" means the characters typed.
fn like_pattern(query: &str) -> String {
    let mut pattern = String::from("%");
    for c in query.trim().to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

const SELECT: &str = "SELECT a.id, a.email, a.display_name, a.status,
        a.password_hash IS NOT NULL AS has_password, a.must_change_password,
        (SELECT MAX(r.expires_at) FROM reset_links r
          WHERE r.account_id = a.id AND r.used_at IS NULL AND r.revoked_at IS NULL
            AND r.expires_at > ?1) AS link_expires_at,
        a.last_sign_in_at, a.created_at
    FROM accounts a";

const FILTER: &str = "a.role = 'client'
    AND (?2 = 'all' OR a.status = ?2)
    AND (?3 = '%%' OR a.email_lower LIKE ?3 ESCAPE '\\' OR lower(a.display_name) LIKE ?3 ESCAPE '\\')";

impl Store {
    /// One page of clients matching `query` (name or email, any case), by name.
    pub async fn client_page(
        &self,
        query: &str,
        status: StatusFilter,
        page: i64,
        per_page: i64,
        now: Timestamp,
    ) -> anyhow::Result<(Vec<ClientSummary>, i64)> {
        let status = match status {
            StatusFilter::Active => "active",
            StatusFilter::Archived => "archived",
            StatusFilter::All => "all",
        };
        let pattern = like_pattern(query);
        let total: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM accounts a WHERE ?1 = ?1 AND {FILTER}"
        ))
        .bind(now)
        .bind(status)
        .bind(&pattern)
        .fetch_one(&self.pool)
        .await
        .context("counting clients")?;
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "{SELECT} WHERE {FILTER} ORDER BY a.display_name COLLATE NOCASE, a.id LIMIT ?4 OFFSET ?5"
        ))
        .bind(now)
        .bind(status)
        .bind(&pattern)
        .bind(per_page)
        .bind((page - 1).max(0) * per_page)
        .fetch_all(&self.pool)
        .await
        .context("listing clients")?;
        Ok((rows.into_iter().map(Row::into_summary).collect(), total))
    }

    /// One client (never a staff account), for the console.
    pub async fn client(&self, id: i64, now: Timestamp) -> anyhow::Result<Option<ClientSummary>> {
        let row: Option<Row> =
            sqlx::query_as(&format!("{SELECT} WHERE a.id = ?2 AND a.role = 'client'"))
                .bind(now)
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .context("reading a client")?;
        Ok(row.map(Row::into_summary))
    }
}

/// A client account staff are adding.
pub struct ClientToCreate<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: Option<String>,
    pub must_change: bool,
}

impl Store {
    /// Creates the client and, with `instructions`, its link and email: one transaction,
    /// so a duplicate email creates nothing and sends nothing.
    pub async fn create_client(
        &self,
        new: ClientToCreate<'_>,
        instructions: Option<(NewLink<'_>, NewMail<'_>)>,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<i64, CreateError> {
        let mut tx = self.pool.begin().await.context("begin")?;
        let id = insert_account(
            &mut tx,
            &NewAccount {
                email: new.email,
                name: new.name,
                role: Role::Client,
                password_hash: new.password_hash,
            },
            now,
        )
        .await?;
        sqlx::query("UPDATE accounts SET must_change_password = ? WHERE id = ?")
            .bind(new.must_change)
            .bind(id)
            .execute(&mut *tx)
            .await
            .context("marking the password for change")?;
        let subject = Actor {
            account_id: Some(id),
            ..actor.clone()
        };
        insert_event(&mut tx, EventKind::AccountCreated, &subject, None, now).await?;
        if let Some((link, mail)) = instructions {
            let mail = NewMail {
                account_id: Some(id),
                ..mail
            };
            issue_in(&mut tx, id, LinkChoice::Replace(link), &mail, &subject, now).await?;
        }
        tx.commit().await.context("commit")?;
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn searches_are_literal_and_case_blind() {
        assert_eq!(like_pattern(" Ada "), "%ada%");
        assert_eq!(like_pattern("100%_x"), "%100\\%\\_x%");
        assert_eq!(like_pattern(""), "%%");
    }
}
