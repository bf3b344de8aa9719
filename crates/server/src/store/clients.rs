//! The staff board's view of client accounts: search, pages, and each client's password
//! state in one query.

use anyhow::Context;
use portico_api::staff::{ClientSort, SortOrder};

use portico_api::webhooks::{EventData, ACCOUNT_CREATED};
use portico_api::Role;

use super::accounts::Status;
use super::accounts::{insert_account, CreateError, NewAccount};
use super::events::{insert_event, Actor, EventKind};
use super::outbox::NewMail;
use super::reset_links::{issue_in, retire_live_links, LinkChoice, NewLink};
use super::webhooks::queue_account_event;
use super::{Backend, Flag, Sql, Store};
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
    has_password: Flag,
    must_change_password: Flag,
    link_expires_at: Option<i64>,
    last_sign_in_at: Option<i64>,
    created_at: i64,
}

/// A client as the board lists it.
#[derive(Debug, Clone)]
pub struct ClientRecord {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub status: Status,
    pub has_password: bool,
    pub must_change_password: bool,
    /// When the live reset link (if any) expires.
    pub link_expires_at: Option<Timestamp>,
    pub last_sign_in_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

impl Row {
    fn into_record(self) -> ClientRecord {
        ClientRecord {
            id: self.id,
            name: self.display_name,
            email: self.email,
            // The column only holds these two (a CHECK constraint).
            status: if self.status == "archived" {
                Status::Archived
            } else {
                Status::Active
            },
            has_password: self.has_password.0,
            must_change_password: self.must_change_password.0,
            link_expires_at: self.link_expires_at,
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
        CASE WHEN a.password_hash IS NULL THEN 0 ELSE 1 END AS has_password, a.must_change_password,
        (SELECT MAX(r.expires_at) FROM reset_links r
          WHERE r.account_id = a.id AND r.used_at IS NULL AND r.revoked_at IS NULL
            AND r.expires_at > $1) AS link_expires_at,
        a.last_sign_in_at, a.created_at
    FROM accounts a";

/// What the board searches for.
#[derive(Debug, PartialEq, Eq)]
enum Search {
    Everything,
    /// SQLite, three characters or more: an FTS5 phrase for the trigram index.
    Indexed(String),
    /// A LIKE pattern. On SQLite for one or two characters (too short for trigrams), over
    /// every client; on PostgreSQL always, where `pg_trgm`'s indexes serve LIKE itself.
    Scan(String),
}

impl Search {
    fn new(query: &str, backend: Backend) -> Search {
        let query = query.trim();
        match (query.chars().count(), backend) {
            (0, _) => Search::Everything,
            (1 | 2, _) | (_, Backend::Postgres) => Search::Scan(like_pattern(query)),
            // A quoted phrase matches the characters as typed, whatever they are.
            (_, Backend::Sqlite) => Search::Indexed(format!("\"{}\"", query.replace('"', "\"\""))),
        }
    }
}

/// The board's WHERE clause. Conditions are left out rather than switched off with
/// `$1 = 'all' OR ...`, so the database can walk the `accounts_board*` indexes in name
/// order and stop after one page.
fn push_filter<'a>(
    query: &mut Sql<'a>,
    status: StatusFilter,
    search: &'a Search,
    backend: Backend,
) {
    // With a search on SQLite, the matches are few and found by id: the unary `+` keeps
    // SQLite from walking every client in name order instead, probing each against the
    // matches. (PostgreSQL's planner weighs that itself, and has no unary + for text.)
    let column = if *search == Search::Everything || backend == Backend::Postgres {
        "a."
    } else {
        "+a."
    };
    query.push(&format!(" WHERE {column}role = 'client'"));
    match status {
        StatusFilter::Active => query.push(&format!(" AND {column}status = 'active'")),
        StatusFilter::Archived => query.push(&format!(" AND {column}status = 'archived'")),
        StatusFilter::All => query,
    };
    match search {
        Search::Everything => {}
        Search::Indexed(phrase) => {
            query
                .push(
                    " AND a.id IN (SELECT rowid FROM accounts_search WHERE accounts_search MATCH ",
                )
                .bind(phrase.as_str())
                .push(")");
        }
        Search::Scan(pattern) => {
            query
                .push(" AND (a.email_lower LIKE ")
                .bind(pattern.as_str())
                .push(" ESCAPE '\\' OR lower(a.display_name) LIKE ")
                .bind(pattern.as_str())
                .push(" ESCAPE '\\')");
        }
    }
}

/// By name (either way) the database walks the `accounts_board*` indexes; the other
/// columns sort the filtered set, a few milliseconds for 10,000 clients.
fn order_by((sort, order): (ClientSort, SortOrder), backend: Backend) -> String {
    // NULLs first ascending and last descending (SQLite's way, said out loud for
    // PostgreSQL): "never signed in" reads as the oldest sign-in. Only for that column:
    // names and emails are never NULL, and an ORDER BY with the NULLS clause of no index
    // would make PostgreSQL sort every client for each page instead of reading its index.
    let nullable = sort == ClientSort::LastSignIn && backend == Backend::Postgres;
    let (dir, nulls) = match (order, nullable) {
        (SortOrder::Asc, false) => ("ASC", ""),
        (SortOrder::Desc, false) => ("DESC", ""),
        (SortOrder::Asc, true) => ("ASC", " NULLS FIRST"),
        (SortOrder::Desc, true) => ("DESC", " NULLS LAST"),
    };
    let column = match (sort, backend) {
        (ClientSort::Name, Backend::Sqlite) => "a.display_name COLLATE NOCASE",
        (ClientSort::Name, Backend::Postgres) => "lower(a.display_name)",
        (ClientSort::Email, _) => "a.email_lower",
        (ClientSort::LastSignIn, _) => "a.last_sign_in_at",
    };
    format!(" ORDER BY {column} {dir}{nulls}, a.id {dir}")
}

impl Store {
    /// Archives or restores a client; archiving also ends its sessions and retires its
    /// links, so nothing it held keeps working.
    pub async fn set_client_status(
        &self,
        id: i64,
        status: Status,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        let mut tx = self.write().await?;
        super::serialize_on(&mut tx, &super::account_key(id)).await?;
        let word = match status {
            Status::Active => "active",
            Status::Archived => "archived",
        };
        sqlx::query("UPDATE accounts SET status = $1 WHERE id = $2")
            .bind(word)
            .bind(id)
            .execute(&mut *tx)
            .await
            .context("changing an account's status")?;
        if status == Status::Archived {
            sqlx::query("DELETE FROM sessions WHERE account_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await
                .context("ending an archived account's sessions")?;
            retire_live_links(&mut tx, id, now).await?;
        }
        tx.commit().await.context("commit")?;
        Ok(())
    }

    /// One page of clients matching `query` (name or email, any case), sorted by `sort`;
    /// the account id breaks ties, so pages never overlap.
    pub async fn client_page(
        &self,
        query: &str,
        status: StatusFilter,
        sort: (ClientSort, SortOrder),
        page: i64,
        per_page: i64,
        now: Timestamp,
    ) -> anyhow::Result<(Vec<ClientRecord>, i64)> {
        let backend = self.backend;
        let search = Search::new(query, backend);
        // The total and the page from one moment, so a client added between them does
        // not show in one and not the other.
        let mut read = self.snapshot().await?;
        let mut count = Sql::new("SELECT COUNT(*) FROM accounts a");
        push_filter(&mut count, status, &search, backend);
        let (text, args) = count.into_parts();
        let total: i64 = sqlx::query_scalar_with(&text, args)
            .fetch_one(&mut *read)
            .await
            .context("counting clients")?;
        // SELECT's `$1` (the time links are live at) is this query's first bind too.
        let mut list = Sql::new(SELECT);
        list.args_first(now);
        push_filter(&mut list, status, &search, backend);
        list.push(&order_by(sort, backend))
            .push(" LIMIT ")
            .bind(per_page)
            .push(" OFFSET ")
            .bind((page - 1).max(0) * per_page);
        let (text, args) = list.into_parts();
        let rows: Vec<Row> = sqlx::query_as_with(&text, args)
            .fetch_all(&mut *read)
            .await
            .context("listing clients")?;
        read.commit().await.context("ending a read")?;
        Ok((rows.into_iter().map(Row::into_record).collect(), total))
    }

    /// One client (never a staff account), for the console.
    pub async fn client(&self, id: i64, now: Timestamp) -> anyhow::Result<Option<ClientRecord>> {
        let row: Option<Row> =
            sqlx::query_as(&format!("{SELECT} WHERE a.id = $2 AND a.role = 'client'"))
                .bind(now)
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .context("reading a client")?;
        Ok(row.map(Row::into_record))
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
        let mut tx = self.write().await?;
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
        sqlx::query("UPDATE accounts SET must_change_password = $1 WHERE id = $2")
            .bind(Flag(new.must_change))
            .bind(id)
            .execute(&mut *tx)
            .await
            .context("marking the password for change")?;
        let subject = Actor {
            account_id: Some(id),
            ..actor.clone()
        };
        insert_event(&mut tx, EventKind::AccountCreated, &subject, None, now).await?;
        queue_account_event(&mut tx, ACCOUNT_CREATED, id, EventData::default(), now).await?;
        if let Some((link, mail)) = instructions {
            let mail = NewMail {
                account_id: Some(id),
                ..mail
            };
            issue_in(&mut tx, id, LinkChoice::Replace(link), &mail, &subject, now).await?;
        }
        tx.commit().await.context("commit")?;
        self.webhooks_queued();
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::{like_pattern, Backend, Search};

    #[test]
    fn short_searches_scan_and_longer_ones_use_the_index_as_literal_phrases() {
        let sqlite = |q| Search::new(q, Backend::Sqlite);
        assert_eq!(sqlite("  "), Search::Everything);
        assert_eq!(sqlite("Al"), Search::Scan("%al%".into()));
        assert_eq!(sqlite(" ada "), Search::Indexed("\"ada\"".into()));
        assert_eq!(
            sqlite(r#"say "hi" OR x*"#),
            Search::Indexed(r#""say ""hi"" OR x*""#.into())
        );
    }

    #[test]
    fn postgres_searches_are_like_patterns_its_trigram_index_serves() {
        let postgres = |q| Search::new(q, Backend::Postgres);
        assert_eq!(postgres(""), Search::Everything);
        assert_eq!(postgres("Al"), Search::Scan("%al%".into()));
        assert_eq!(postgres(" Ada% "), Search::Scan("%ada\\%%".into()));
    }

    #[test]
    fn searches_are_literal_and_case_blind() {
        assert_eq!(like_pattern(" Ada "), "%ada%");
        assert_eq!(like_pattern("100%_x"), "%100\\%\\_x%");
        assert_eq!(like_pattern(""), "%%");
    }
}
