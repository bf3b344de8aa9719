//! All SQL. Rows are private to this module and converted to domain types before they
//! leave it, so a password hash can only travel where a function explicitly returns it.

pub mod accounts;
pub mod api_keys;
pub mod clients;
pub mod copy;
pub mod events;
pub mod human_checks;
pub mod instances;
pub mod not_me;
pub mod outbox;
pub mod passwords;
pub mod portal;
pub mod reset_links;
pub mod sessions;
pub mod setup_tokens;
pub mod throttle;
pub mod tickets;
pub mod webhooks;

use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyPool};

/// Which database is behind the store. Nearly every query is the same SQL on both (`$N`
/// placeholders, integer flags and times, `RETURNING`, `ON CONFLICT`); the few that differ
/// (search, case-insensitive order) ask this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// One file, one writer at a time (`BEGIN IMMEDIATE`): the embedded default.
    Sqlite,
    /// A server database, which several instances can share: claims skip rows another
    /// holds, read-then-write transactions lock what they read ([`serialize_on`]), and
    /// cached settings follow `NOTIFY` (`crate::shared`).
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> anyhow::Result<Backend> {
        match url.split_once(':').map(|(scheme, _)| scheme) {
            Some("sqlite") => Ok(Backend::Sqlite),
            Some("postgres" | "postgresql") => Ok(Backend::Postgres),
            _ => anyhow::bail!(
                "the database URL must start with sqlite:// or postgres:// (got {})",
                redact(url)
            ),
        }
    }
}

/// A database URL fit for logs and errors: without its password.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        Ok(_) => url.to_string(),
        Err(_) => "(an unreadable URL)".into(),
    }
}

#[derive(Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
    /// Notified after a commit that queued webhook deliveries.
    webhook_wake: std::sync::Arc<tokio::sync::Notify>,
    /// This process's name on the claims it takes (mail, webhook deliveries), so that
    /// another can tell whether their holder is still alive (`crate::instance`).
    instance: std::sync::Arc<str>,
}

impl Store {
    /// Opens (creating a SQLite file when missing) and migrates the database.
    pub async fn open(url: &str) -> anyhow::Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url)?;
        let shown = redact(url);
        let pool = match backend {
            Backend::Sqlite => open_sqlite(url).await,
            Backend::Postgres => open_postgres(url).await,
        }
        .with_context(|| format!("cannot open the database {shown}"))?;
        let migrator = match backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
        };
        // Several instances starting at once on PostgreSQL: sqlx takes an advisory lock
        // around the migrations, so exactly one applies them and the others wait.
        migrator
            .run(&pool)
            .await
            .context("database migration failed")?;
        Ok(Store {
            pool,
            backend,
            webhook_wake: Default::default(),
            instance: crate::instance::new_id()?.into(),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A transaction that will write. On SQLite it takes the write lock up front
    /// (IMMEDIATE), so concurrent writers queue behind the busy timeout; a deferred
    /// transaction that reads first would instead fail with "database is locked" when it
    /// tries to write. On PostgreSQL it is a plain READ COMMITTED transaction, where
    /// writers run side by side: one whose writes depend on what it read first takes
    /// [`serialize_on`] for what it read, or relies on a unique constraint or on an
    /// `UPDATE … WHERE` that re-checks its condition on the row it locks.
    pub(crate) async fn write(&self) -> anyhow::Result<sqlx::Transaction<'static, Any>> {
        let begin = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        };
        begin.context("starting a write transaction")
    }

    /// A read-only transaction whose statements all see one moment. SQLite's read
    /// transaction is one snapshot already; PostgreSQL's default READ COMMITTED takes a
    /// new snapshot for every statement, so it asks for REPEATABLE READ.
    pub(crate) async fn snapshot(&self) -> anyhow::Result<sqlx::Transaction<'static, Any>> {
        let begin = match self.backend {
            Backend::Sqlite => self.pool.begin().await,
            Backend::Postgres => {
                self.pool
                    .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    .await
            }
        };
        begin.context("starting a read")
    }

    /// The name this process's claims carry.
    pub fn instance_id(&self) -> &str {
        &self.instance
    }

    /// Who holds claims on mail or webhook deliveries, other than this process.
    pub async fn claim_holders(&self) -> anyhow::Result<Vec<String>> {
        sqlx::query_scalar(
            "SELECT claimed_by FROM outbox WHERE claimed_by IS NOT NULL AND claimed_by != $1
             UNION SELECT claimed_by FROM webhook_deliveries
                 WHERE claimed_by IS NOT NULL AND claimed_by != $1",
        )
        .bind(&*self.instance)
        .fetch_all(&self.pool)
        .await
        .context("listing claim holders")
    }

    /// Takes back every claim `holder` has: its messages and deliveries are due again at
    /// once. A delivery's claim number moves on, so a late outcome from the old holder
    /// (were it alive after all) is not recorded.
    pub async fn release_claims_of(&self, holder: &str) -> anyhow::Result<u64> {
        let mut tx = self.write().await?;
        let mail = sqlx::query(
            "UPDATE outbox SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = $1",
        )
        .bind(holder)
        .execute(&mut *tx)
        .await
        .context("releasing mail claims")?;
        let deliveries = sqlx::query(
            "UPDATE webhook_deliveries SET claimed_until = NULL, claimed_by = NULL,
                 claim = claim + 1
             WHERE claimed_by = $1",
        )
        .bind(holder)
        .execute(&mut *tx)
        .await
        .context("releasing webhook claims")?;
        tx.commit().await.context("releasing claims")?;
        Ok(mail.rows_affected() + deliveries.rows_affected())
    }

    /// Sends a PostgreSQL notification on `channel` (`crate::shared`).
    pub async fn notify(&self, channel: &str, payload: &str) -> anyhow::Result<()> {
        // Wrapped in a count: pg_notify returns `void`, which the Any driver cannot decode.
        let _: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT pg_notify($1, $2)) AS n")
            .bind(channel)
            .bind(payload)
            .fetch_one(&self.pool)
            .await
            .context("sending a notification")?;
        Ok(())
    }

    /// For tests and tools that inspect the database directly.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }
}

/// SQLite: WAL for concurrent readers; FULL so a committed change survives power loss.
/// Set on every connection, as the Any driver takes only what the URL says.
async fn open_sqlite(url: &str) -> anyhow::Result<AnyPool> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    if let Some(parent) = std::path::Path::new(path).parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
    }
    let url = if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    };
    let options: AnyConnectOptions = url.parse()?;
    Ok(AnyPoolOptions::new()
        .max_connections(8)
        .after_connect(|conn, _| {
            Box::pin(async move {
                for pragma in [
                    "PRAGMA foreign_keys = ON",
                    "PRAGMA journal_mode = WAL",
                    "PRAGMA synchronous = FULL",
                    "PRAGMA busy_timeout = 5000",
                ] {
                    sqlx::query(pragma).execute(&mut *conn).await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await?)
}

/// PostgreSQL: a bigger pool than SQLite's, whose writers queue on one lock anyway.
async fn open_postgres(url: &str) -> anyhow::Result<AnyPool> {
    let options: AnyConnectOptions = url.parse()?;
    Ok(AnyPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await?)
}

/// SQL put together from pieces, its arguments numbered `$1, $2, ...` as they are bound.
/// (sqlx's `QueryBuilder` writes `?` through the Any driver, which PostgreSQL refuses.)
pub(crate) struct Sql<'a> {
    text: String,
    args: sqlx::any::AnyArguments<'a>,
}

impl<'a> Sql<'a> {
    pub(crate) fn new(text: impl Into<String>) -> Sql<'a> {
        Sql {
            text: text.into(),
            args: Default::default(),
        }
    }

    pub(crate) fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    pub(crate) fn bind<T>(&mut self, value: T) -> &mut Self
    where
        T: 'a + sqlx::Encode<'a, Any> + sqlx::Type<Any>,
    {
        use sqlx::Arguments;
        // Encoding into the Any driver's buffer only moves the value; it cannot fail.
        self.args
            .add(value)
            .expect("a value the Any driver can carry");
        self.text.push_str(&format!("${}", self.args.len()));
        self
    }

    /// Binds a value the text already refers to as `$1` (a fixed head written with it).
    pub(crate) fn args_first<T>(&mut self, value: T) -> &mut Self
    where
        T: 'a + sqlx::Encode<'a, Any> + sqlx::Type<Any>,
    {
        use sqlx::Arguments;
        debug_assert_eq!(self.args.len(), 0, "only as the first argument");
        self.args
            .add(value)
            .expect("a value the Any driver can carry");
        self
    }

    /// The text and its arguments, for `sqlx::query_as_with(&text, args)`.
    pub(crate) fn into_parts(self) -> (String, sqlx::any::AnyArguments<'a>) {
        (self.text, self.args)
    }
}

/// A yes/no column. Both databases store it as 0 or 1 (SQLite has no boolean type), so
/// the same SQL and the same rows work on either, and `copy-data` moves it as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Flag(pub bool);

impl sqlx::Type<Any> for Flag {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <i64 as sqlx::Type<Any>>::type_info()
    }
    fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
        <i64 as sqlx::Type<Any>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, Any> for Flag {
    fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        Ok(Flag(<i64 as sqlx::Decode<Any>>::decode(value)? != 0))
    }
}

impl<'q> sqlx::Encode<'q, Any> for Flag {
    fn encode_by_ref(
        &self,
        buf: &mut <Any as sqlx::Database>::ArgumentBuffer<'q>,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        <i64 as sqlx::Encode<Any>>::encode(i64::from(self.0), buf)
    }
}

/// Makes transactions that name the same `key` run one after another, as every write
/// transaction does on SQLite (one writer at a time). On PostgreSQL it takes a
/// transaction-scoped advisory lock on the key's hash, released at commit or rollback,
/// which works for rows that do not exist yet (a first failure count, a first setup
/// link), where `SELECT … FOR UPDATE` would lock nothing. Take it before the reads it
/// protects: a READ COMMITTED statement then sees what the previous holder committed.
pub(crate) async fn serialize_on(tx: &mut sqlx::AnyConnection, key: &str) -> anyhow::Result<()> {
    if tx.backend_name() == "PostgreSQL" {
        // Wrapped in a count: the lock function returns `void`, a type the Any driver
        // cannot decode.
        let _: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended($1, 0))) AS l",
        )
        .bind(key)
        .fetch_one(&mut *tx)
        .await
        .with_context(|| format!("waiting for the lock on {key}"))?;
    }
    Ok(())
}

/// The [`serialize_on`] key of writes that change what one account holds (its password,
/// links, tickets, sessions, status).
pub(crate) fn account_key(account_id: i64) -> String {
    format!("account:{account_id}")
}

/// True when `err` is a UNIQUE constraint violation (e.g. a duplicate email).
pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

#[cfg(test)]
mod tests {
    /// The database's rows stay inside the store: what it hands out are its records,
    /// converted from private row types, so a schema change never reaches the routes.
    #[test]
    fn no_public_type_is_read_straight_from_a_row() {
        let mut folders = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                let lines: Vec<&str> = source.lines().collect();
                for pair in lines.windows(2) {
                    assert!(
                        !(pair[0].contains("FromRow") && pair[1].trim_start().starts_with("pub")),
                        "{}: {} is public; read a private row and convert it",
                        path.display(),
                        pair[1].trim()
                    );
                }
                // Spelt in two, so that this test's own text does not match.
                assert!(
                    !source.contains(concat!("impl sqlx::", "FromRow")),
                    "{}: derive FromRow on a private row type instead",
                    path.display()
                );
            }
        }
    }
}
