//! Which server processes are alive, so that the others can take back the claims of one
//! that crashed instead of waiting out their leases (5 minutes for mail), and starting a
//! server retires only the setup links of servers that are gone.
//!
//! Each running server holds a lock named after its instance id, the name its claims
//! carry, that ends with the process however it ends:
//! - with SQLite, an exclusive `flock` on `<data-dir>/run/<id>.lock`: the processes
//!   sharing one SQLite file are on one machine by definition;
//! - with PostgreSQL, an advisory lock on a connection of its own
//!   (`store::instances`), which works across machines.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::store::{Backend, Store};

/// A fresh instance name: 128 random bits in hex (also a safe file name).
pub fn new_id() -> anyhow::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).context("the OS random source failed")?;
    Ok(crate::keys::hex(&bytes))
}

fn is_id(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

fn lock_path(data_dir: &Path, id: &str) -> PathBuf {
    data_dir.join("run").join(format!("{id}.lock"))
}

/// This process's lock; held for as long as the process lives.
pub enum InstanceLock {
    File(FileLock),
    /// The connection holding the advisory lock; swapped for a new one if it breaks.
    Database(tokio::sync::Mutex<sqlx::AnyConnection>),
}

impl InstanceLock {
    pub async fn acquire(data_dir: &Path, store: &Store) -> anyhow::Result<InstanceLock> {
        Ok(match store.backend() {
            Backend::Sqlite => {
                InstanceLock::File(FileLock::acquire(data_dir, store.instance_id())?)
            }
            Backend::Postgres => {
                InstanceLock::Database(tokio::sync::Mutex::new(store.hold_instance_lock().await?))
            }
        })
    }

    /// Makes sure the lock is still held: a database connection that broke (a restarted
    /// database, a network cut) lost it, and others would think this server gone.
    async fn keep(&self, store: &Store) -> anyhow::Result<()> {
        let InstanceLock::Database(conn) = self else {
            return Ok(());
        };
        let mut conn = conn.lock().await;
        if sqlx::Connection::ping(&mut *conn).await.is_err() {
            *conn = store.hold_instance_lock().await?;
            tracing::warn!("the instance lock's connection broke: lock taken again");
        }
        Ok(())
    }
}

pub struct FileLock {
    _file: File,
    path: PathBuf,
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl FileLock {
    pub fn acquire(data_dir: &Path, id: &str) -> anyhow::Result<FileLock> {
        anyhow::ensure!(is_id(id), "instance ids are 32 hex digits");
        let path = lock_path(data_dir, id);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let file =
            File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        anyhow::ensure!(try_lock(&file), "cannot lock {}", path.display());
        Ok(FileLock { _file: file, path })
    }
}

#[cfg(unix)]
fn try_lock(file: &File) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: flock on a descriptor this function's caller owns for the call's duration.
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

#[cfg(not(unix))]
fn try_lock(_file: &File) -> bool {
    true
}

/// Whether the server named `id` has ended.
pub async fn is_gone(store: &Store, data_dir: &Path, id: &str) -> anyhow::Result<bool> {
    match store.backend() {
        Backend::Sqlite => Ok(file_is_gone(data_dir, id)),
        Backend::Postgres => store.instance_is_gone(id).await,
    }
}

/// Whether the process named `id` has ended: its lock file is missing or can be locked.
fn file_is_gone(data_dir: &Path, id: &str) -> bool {
    if !is_id(id) {
        // Not a name this code wrote; leave its claims to run out.
        return false;
    }
    let path = lock_path(data_dir, id);
    match File::open(&path) {
        Err(err) => err.kind() == std::io::ErrorKind::NotFound,
        Ok(file) => {
            let gone = try_lock(&file);
            if gone {
                let _ = std::fs::remove_file(&path);
            }
            gone
        }
    }
}

/// Takes back the claims of every holder that is gone; returns how many.
pub async fn take_back_dead_claims(store: &Store, data_dir: &Path) -> anyhow::Result<u64> {
    let mut taken = 0;
    for holder in store.claim_holders().await? {
        if is_gone(store, data_dir, &holder).await? {
            let released = store.release_claims_of(&holder).await?;
            tracing::info!(
                holder,
                released,
                "took back the claims of a server that is gone"
            );
            taken += released;
        }
    }
    Ok(taken)
}

/// How often a running server looks for claims of servers that are gone: when one of
/// several instances dies mid-delivery, the others send what it held within this.
pub const WATCH_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// Keeps this server's lock and takes back the claims of servers that are gone, for as
/// long as the server runs.
pub async fn watch(state: crate::state::AppState, data_dir: PathBuf) {
    let mut tick = tokio::time::interval(WATCH_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(err) = state.instance.keep(&state.store).await {
            tracing::error!(error = format!("{err:#}"), "cannot hold the instance lock");
        }
        match take_back_dead_claims(&state.store, &data_dir).await {
            Ok(0) => {}
            Ok(_) => {
                state.mail.wake.notify_one();
                state.store.webhooks_queued();
            }
            Err(err) => {
                tracing::warn!(error = format!("{err:#}"), "looking for dead claims failed")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_alive_and_a_dropped_one_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let id = new_id().unwrap();
        let lock = FileLock::acquire(dir.path(), &id).unwrap();
        assert!(!file_is_gone(dir.path(), &id));
        drop(lock);
        assert!(file_is_gone(dir.path(), &id));
        assert!(
            file_is_gone(dir.path(), &new_id().unwrap()),
            "never started"
        );
        assert!(!file_is_gone(dir.path(), "../../etc/passwd"));
    }
}
