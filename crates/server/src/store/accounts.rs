use anyhow::Context;
use portico_api::lang::Lang;
use portico_api::Role;

use super::{is_unique_violation, Flag, Store};
use crate::clock::Timestamp;

/// The case-insensitive key people sign in with; the address itself is kept as entered.
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Active,
    Archived,
}

impl Status {
    fn parse(stored: &str) -> anyhow::Result<Status> {
        match stored {
            "active" => Ok(Status::Active),
            "archived" => Ok(Status::Archived),
            other => anyhow::bail!("unknown account status {other:?}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub status: Status,
    /// The language its holder chose; none until they do.
    pub language: Option<Lang>,
}

/// An account together with its password hash: only sign-in code asks for this.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub account: Account,
    pub password_hash: Option<String>,
    /// Staff or an automation chose the password: signing in leads to choosing one's own.
    pub must_change_password: bool,
}

pub struct NewAccount<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub password_hash: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("an account with this email already exists")]
    DuplicateEmail,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    status: String,
    password_hash: Option<String>,
    must_change_password: Flag,
    language: Option<String>,
}

impl Row {
    fn into_credentials(self) -> anyhow::Result<Credentials> {
        let role = match self.role.as_str() {
            "client" => Role::Client,
            "staff" => Role::Staff,
            other => anyhow::bail!("unknown role {other:?} for account {}", self.id),
        };
        let status = Status::parse(&self.status).with_context(|| format!("account {}", self.id))?;
        Ok(Credentials {
            account: Account {
                id: self.id,
                email: self.email,
                name: self.display_name,
                role,
                status,
                // A tag no longer spoken reads as no choice.
                language: self.language.as_deref().and_then(Lang::from_tag),
            },
            password_hash: self.password_hash,
            must_change_password: self.must_change_password.0,
        })
    }
}

const COLUMNS: &str =
    "id, email, display_name, role, status, password_hash, must_change_password, language";

impl Store {
    pub async fn create_account(
        &self,
        new: NewAccount<'_>,
        now: Timestamp,
    ) -> Result<i64, CreateError> {
        let mut tx = self.write().await?;
        let id = insert_account(&mut tx, &new, now).await?;
        tx.commit().await.context("commit")?;
        Ok(id)
    }

    pub async fn credentials_by_email(&self, email: &str) -> anyhow::Result<Option<Credentials>> {
        let row: Option<Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM accounts WHERE email_lower = $1"
        ))
        .bind(email_key(email))
        .fetch_optional(&self.pool)
        .await
        .context("looking up an account by email")?;
        row.map(Row::into_credentials).transpose()
    }

    /// Only the status, for choosing a reset request's queue: as cheap for an address
    /// with an account as for one without.
    pub async fn status_by_email(&self, email: &str) -> anyhow::Result<Option<Status>> {
        let status: Option<String> =
            sqlx::query_scalar("SELECT status FROM accounts WHERE email_lower = $1")
                .bind(email_key(email))
                .fetch_optional(&self.pool)
                .await
                .context("looking up an account's status by email")?;
        status.map(|s| Status::parse(&s)).transpose()
    }

    pub async fn credentials_by_id(&self, id: i64) -> anyhow::Result<Option<Credentials>> {
        let row: Option<Row> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM accounts WHERE id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .context("looking up an account")?;
        row.map(Row::into_credentials).transpose()
    }

    pub async fn account(&self, id: i64) -> anyhow::Result<Option<Account>> {
        let row: Option<Row> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM accounts WHERE id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .context("looking up an account")?;
        Ok(row
            .map(Row::into_credentials)
            .transpose()?
            .map(|c| c.account))
    }

    pub async fn active_staff_exists(&self) -> anyhow::Result<bool> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM accounts WHERE role = 'staff' AND status = 'active' LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await
        .context("looking for staff accounts")?;
        Ok(found.is_some())
    }

    pub async fn set_status(&self, id: i64, status: Status) -> anyhow::Result<()> {
        let status = match status {
            Status::Active => "active",
            Status::Archived => "archived",
        };
        sqlx::query("UPDATE accounts SET status = $1 WHERE id = $2")
            .bind(status)
            .bind(id)
            .execute(&self.pool)
            .await
            .context("changing an account's status")?;
        Ok(())
    }

    /// Saves the language the account's holder chose (`None`: follow the browser).
    pub async fn set_language(&self, id: i64, language: Option<Lang>) -> anyhow::Result<()> {
        sqlx::query("UPDATE accounts SET language = $1 WHERE id = $2")
            .bind(language.map(Lang::tag))
            .bind(id)
            .execute(&self.pool)
            .await
            .context("saving an account's language")?;
        Ok(())
    }
}

pub(crate) async fn insert_account(
    tx: &mut sqlx::AnyConnection,
    new: &NewAccount<'_>,
    now: Timestamp,
) -> Result<i64, CreateError> {
    let changed_at = new.password_hash.as_ref().map(|_| now);
    let result = sqlx::query_scalar(
        "INSERT INTO accounts (email, email_lower, display_name, role, password_hash, password_changed_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(new.email.trim())
    .bind(email_key(new.email))
    .bind(new.name.trim())
    .bind(new.role.as_str())
    .bind(&new.password_hash)
    .bind(changed_at)
    .bind(now)
    .fetch_one(&mut *tx)
    .await;
    match result {
        Ok(id) => Ok(id),
        Err(err) if is_unique_violation(&err) => Err(CreateError::DuplicateEmail),
        Err(err) => Err(anyhow::Error::new(err)
            .context("creating an account")
            .into()),
    }
}
