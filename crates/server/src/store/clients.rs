//! The staff board's view of client accounts: search, pages, and each client's password
//! state in one query.

use anyhow::Context;
use portico_api::staff::{AccountStatus, ClientSort, ClientSummary, PasswordState, SortOrder};
use sqlx::{QueryBuilder, Sqlite};

use portico_api::webhooks::{EventData, ACCOUNT_CREATED};
use portico_api::Role;

use super::accounts::{insert_account, CreateError, NewAccount};
use super::events::{insert_event, Actor, EventKind};
use super::outbox::NewMail;
use super::reset_links::{issue_in, LinkChoice, NewLink};
use super::webhooks::queue_account_event;
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

/// What the board searches for.
#[derive(Debug, PartialEq, Eq)]
enum Search {
    Everything,
    /// Three characters or more: an FTS5 phrase for the trigram index.
    Indexed(String),
    /// One or two characters, too short for trigrams: a LIKE pattern over every client.
    Scan(String),
}

impl Search {
    fn new(query: &str) -> Search {
        let query = query.trim();
        match query.chars().count() {
            0 => Search::Everything,
            1 | 2 => Search::Scan(like_pattern(query)),
            // A quoted phrase matches the characters as typed, whatever they are.
            _ => Search::Indexed(format!("\"{}\"", query.replace('"', "\"\""))),
        }
    }
}

/// The board's WHERE clause. Conditions are left out rather than switched off with
/// `? = 'all' OR ...`, so SQLite can walk the `accounts_board*` indexes in name order and
/// stop after one page.
fn push_filter<'a>(query: &mut QueryBuilder<'a, Sqlite>, status: StatusFilter, search: &'a Search) {
    // With a search, the matches are few and found by id: the unary `+` keeps SQLite from
    // walking every client in name order instead, probing each against the matches.
    let column = if *search == Search::Everything {
        "a."
    } else {
        "+a."
    };
    query.push(format!(" WHERE {column}role = 'client'"));
    match status {
        StatusFilter::Active => query.push(format!(" AND {column}status = 'active'")),
        StatusFilter::Archived => query.push(format!(" AND {column}status = 'archived'")),
        StatusFilter::All => query,
    };
    match search {
        Search::Everything => {}
        Search::Indexed(phrase) => {
            query
                .push(
                    " AND a.id IN (SELECT rowid FROM accounts_search WHERE accounts_search MATCH ",
                )
                .push_bind(phrase.as_str())
                .push(")");
        }
        Search::Scan(pattern) => {
            query
                .push(" AND (a.email_lower LIKE ")
                .push_bind(pattern.as_str())
                .push(" ESCAPE '\\' OR lower(a.display_name) LIKE ")
                .push_bind(pattern.as_str())
                .push(" ESCAPE '\\')");
        }
    }
}

/// By name (either way) SQLite walks the `accounts_board*` indexes; the other columns
/// sort the filtered set, a few milliseconds for 10,000 clients.
fn order_by((sort, order): (ClientSort, SortOrder)) -> String {
    // SQLite puts NULLs first ascending and last descending: "never signed in" reads as
    // the oldest sign-in.
    let dir = match order {
        SortOrder::Asc => "ASC",
        SortOrder::Desc => "DESC",
    };
    let column = match sort {
        ClientSort::Name => "a.display_name COLLATE NOCASE",
        ClientSort::Email => "a.email_lower",
        ClientSort::LastSignIn => "a.last_sign_in_at",
    };
    format!(" ORDER BY {column} {dir}, a.id {dir}")
}

impl Store {
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
    ) -> anyhow::Result<(Vec<ClientSummary>, i64)> {
        let search = Search::new(query);
        let mut count = QueryBuilder::new("SELECT COUNT(*) FROM accounts a");
        push_filter(&mut count, status, &search);
        let total: i64 = count
            .build_query_scalar()
            .fetch_one(&self.pool)
            .await
            .context("counting clients")?;
        // SELECT's `?1` (the time links are live at) becomes this query's first bind.
        let (head, tail) = SELECT.split_once("?1").unwrap_or((SELECT, ""));
        let mut list = QueryBuilder::new(head);
        list.push_bind(now).push(tail);
        push_filter(&mut list, status, &search);
        list.push(order_by(sort))
            .push(" LIMIT ")
            .push_bind(per_page)
            .push(" OFFSET ")
            .push_bind((page - 1).max(0) * per_page);
        let rows: Vec<Row> = list
            .build_query_as()
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
    use super::{like_pattern, Search};

    #[test]
    fn short_searches_scan_and_longer_ones_use_the_index_as_literal_phrases() {
        assert_eq!(Search::new("  "), Search::Everything);
        assert_eq!(Search::new("Al"), Search::Scan("%al%".into()));
        assert_eq!(Search::new(" ada "), Search::Indexed("\"ada\"".into()));
        assert_eq!(
            Search::new(r#"say "hi" OR x*"#),
            Search::Indexed(r#""say ""hi"" OR x*""#.into())
        );
    }

    #[test]
    fn searches_are_literal_and_case_blind() {
        assert_eq!(like_pattern(" Ada "), "%ada%");
        assert_eq!(like_pattern("100%_x"), "%100\\%\\_x%");
        assert_eq!(like_pattern(""), "%%");
    }
}
