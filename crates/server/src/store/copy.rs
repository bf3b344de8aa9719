//! Moving and keeping data: a consistent copy of a SQLite database while the server runs
//! (`portico-server backup`), and every row of one database copied into an empty
//! PostgreSQL one (`portico-server copy-data`), for a portal that outgrows one machine.

use std::path::Path;

use anyhow::Context;
use sqlx::{AnyConnection, Row};

use super::{Backend, Sql, Store};

/// Every table, parents before the tables that refer to them. A test checks that the
/// schema has no table missing here.
pub const TABLES: &[&str] = &[
    "accounts",
    "sessions",
    "events",
    "setup_tokens",
    "portal",
    "login_texts",
    "portal_logo",
    "reset_links",
    "outbox",
    "password_tickets",
    "api_keys",
    "api_key_windows",
    "webhooks",
    "webhook_previous_secrets",
    "webhook_deliveries",
    "webhook_attempts",
    "sign_in_throttle",
    "spent_human_checks",
];

/// Tables a fresh database already has rows in (the migrations write the default
/// portal and its login text): replaced by the source's rows rather than counted as data.
const SEEDED: &[&str] = &["portal", "login_texts"];

/// Rows sent in one INSERT: PostgreSQL takes at most 65,535 parameters in a statement.
const ROWS_PER_INSERT: usize = 500;

/// How many rows each table holds.
pub type Counts = Vec<(&'static str, i64)>;

/// One column's value, as the target's column type reads it.
enum Cell {
    Int(Option<i64>),
    Float(Option<f64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

#[derive(Clone, Copy)]
enum Kind {
    Int,
    Float,
    Text,
    Bytes,
}

impl Kind {
    fn of(pg_type: &str) -> anyhow::Result<Kind> {
        Ok(match pg_type {
            "bigint" | "integer" | "smallint" => Kind::Int,
            "double precision" | "real" => Kind::Float,
            "text" | "character varying" => Kind::Text,
            "bytea" => Kind::Bytes,
            other => anyhow::bail!("a column of type {other} cannot be copied"),
        })
    }

    fn read(self, row: &sqlx::any::AnyRow, index: usize) -> Result<Cell, sqlx::Error> {
        Ok(match self {
            Kind::Int => Cell::Int(row.try_get(index)?),
            Kind::Float => Cell::Float(row.try_get(index)?),
            Kind::Text => Cell::Text(row.try_get(index)?),
            Kind::Bytes => Cell::Bytes(row.try_get(index)?),
        })
    }
}

impl Cell {
    fn bind(self, sql: &mut Sql<'_>) {
        match self {
            Cell::Int(v) => sql.bind(v),
            Cell::Float(v) => sql.bind(v),
            Cell::Text(v) => sql.bind(v),
            Cell::Bytes(v) => sql.bind(v),
        };
    }
}

impl Store {
    /// A consistent copy of this SQLite database in a new file, taken while the server
    /// runs: `VACUUM INTO` reads one snapshot and writes it compacted. Refuses to
    /// overwrite a file.
    pub async fn backup_to(&self, file: &Path) -> anyhow::Result<Counts> {
        anyhow::ensure!(
            self.backend == Backend::Sqlite,
            "backup copies a SQLite database; for PostgreSQL use its own tools (pg_dump)"
        );
        anyhow::ensure!(
            !file.exists(),
            "{} already exists: choose a new file",
            file.display()
        );
        let target = file
            .to_str()
            .context("the backup file's name must be valid UTF-8")?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await
            .with_context(|| format!("writing the backup to {}", file.display()))?;
        let copy = Store::open_existing_sqlite(file).await?;
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&copy.pool)
            .await
            .context("checking the backup")?;
        anyhow::ensure!(
            check == "ok",
            "the backup failed its integrity check: {check}"
        );
        copy.counts().await
    }

    /// Opens a SQLite file as it is (a backup): no migrations, nothing created.
    async fn open_existing_sqlite(file: &Path) -> anyhow::Result<Store> {
        sqlx::any::install_default_drivers();
        let url = format!("sqlite://{}?mode=ro", file.display());
        let pool = sqlx::any::AnyPoolOptions::new()
            .max_connections(1)
            .connect(&url)
            .await
            .with_context(|| format!("cannot open {}", file.display()))?;
        Ok(Store {
            pool,
            backend: Backend::Sqlite,
            webhook_wake: Default::default(),
            instance: crate::instance::new_id()?.into(),
        })
    }

    /// The last migration applied.
    async fn migration(&self) -> anyhow::Result<i64> {
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations")
            .fetch_one(&self.pool)
            .await
            .context("reading the migrations applied")
    }

    /// Rows per table.
    pub async fn counts(&self) -> anyhow::Result<Counts> {
        let mut counts = Vec::new();
        for &table in TABLES {
            let count: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&self.pool)
                .await
                .with_context(|| format!("counting {table}"))?;
            counts.push((table, count));
        }
        Ok(counts)
    }

    /// Copies every row of `self` into `target`, an empty PostgreSQL database (both
    /// already migrated to the same version), in one transaction on each side: the
    /// source is read from one snapshot, and the target holds all of it or nothing.
    /// Ids are kept, so every reference, session, link and delivery still holds, and
    /// each identity sequence continues after the highest id. Answers the counts, which
    /// it has checked are the same on both sides.
    pub async fn copy_into(&self, target: &Store) -> anyhow::Result<Counts> {
        anyhow::ensure!(
            target.backend == Backend::Postgres,
            "copy-data copies into PostgreSQL (--to postgres://...)"
        );
        anyhow::ensure!(
            self.migration().await? == target.migration().await?,
            "the two databases are at different migrations"
        );
        for (table, count) in target.counts().await? {
            anyhow::ensure!(
                count == 0 || SEEDED.contains(&table),
                "the target database is not empty ({table} has {count} rows): copy-data only \
                 fills a new database"
            );
        }
        // One snapshot of the source for every table.
        let mut source = self.snapshot().await.context("reading the source")?;
        let mut into = target.pool.begin().await.context("writing the target")?;
        let mut expected = Vec::new();
        for &table in TABLES {
            let columns = columns_of(&mut into, table).await?;
            let copied = copy_table(&mut source, &mut into, table, &columns).await?;
            expected.push((table, copied));
            if columns.iter().any(|(name, _)| name == "id") {
                // A fresh identity would start at 1 and collide with the copied ids.
                let _: Option<i64> = sqlx::query_scalar(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                     COALESCE(MAX(id), 0) + 1, false) FROM {table}"
                ))
                .fetch_one(&mut *into)
                .await
                .with_context(|| format!("moving {table}'s id sequence on"))?;
            }
        }
        into.commit().await.context("committing the copy")?;
        source.rollback().await.ok();
        let counts = target.counts().await?;
        anyhow::ensure!(
            counts == expected,
            "the counts differ after copying: read {expected:?}, the target has {counts:?}"
        );
        Ok(counts)
    }
}

/// The target table's columns and how to read them, in order.
async fn columns_of(conn: &mut AnyConnection, table: &str) -> anyhow::Result<Vec<(String, Kind)>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(&mut *conn)
    .await
    .with_context(|| format!("reading {table}'s columns"))?;
    anyhow::ensure!(!rows.is_empty(), "the target has no table {table}");
    rows.into_iter()
        .map(|(name, pg_type)| Ok((name, Kind::of(&pg_type)?)))
        .collect()
}

async fn copy_table(
    source: &mut AnyConnection,
    into: &mut AnyConnection,
    table: &str,
    columns: &[(String, Kind)],
) -> anyhow::Result<i64> {
    let names = columns
        .iter()
        .map(|(name, _)| name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if SEEDED.contains(&table) {
        sqlx::query(&format!("DELETE FROM {table}"))
            .execute(&mut *into)
            .await
            .with_context(|| format!("clearing {table}"))?;
    }
    let rows = sqlx::query(&format!("SELECT {names} FROM {table}"))
        .fetch_all(&mut *source)
        .await
        .with_context(|| format!("reading {table}"))?;
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut sql = Sql::new(format!("INSERT INTO {table} ({names}) VALUES "));
        for (n, row) in chunk.iter().enumerate() {
            sql.push(if n == 0 { "(" } else { ", (" });
            for (i, (name, kind)) in columns.iter().enumerate() {
                if i > 0 {
                    sql.push(", ");
                }
                kind.read(row, i)
                    .with_context(|| format!("reading {table}.{name}"))?
                    .bind(&mut sql);
            }
            sql.push(")");
        }
        let (text, args) = sql.into_parts();
        sqlx::query_with(&text, args)
            .execute(&mut *into)
            .await
            .with_context(|| format!("writing {table}"))?;
    }
    Ok(rows.len() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_table_is_copied_and_a_backup_is_a_whole_database() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&format!("sqlite://{}/p.db", dir.path().display()))
            .await
            .unwrap();
        let mut tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'
                 AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'accounts_search%'",
        )
        .fetch_all(store.pool())
        .await
        .unwrap();
        tables.sort();
        let mut listed: Vec<String> = TABLES.iter().map(|t| t.to_string()).collect();
        listed.sort();
        assert_eq!(tables, listed, "TABLES must name every table");

        let file = dir.path().join("backup.db");
        let counts = store.backup_to(&file).await.unwrap();
        assert_eq!(counts.iter().find(|c| c.0 == "portal").unwrap().1, 1);
        let again = store.backup_to(&file).await.unwrap_err();
        assert!(format!("{again:#}").contains("already exists"), "{again:#}");
    }
}
