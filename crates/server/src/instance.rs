//! Which server processes are alive, so that one starting up can take back the claims of
//! one that crashed instead of waiting out their leases (5 minutes for mail).
//!
//! Each running server holds an exclusive `flock` on `<data-dir>/run/<id>.lock`, where
//! `<id>` is the name its claims carry. The kernel drops the lock when the process dies,
//! however it dies, so a holder whose file can be locked (or is missing) is gone. This
//! covers every process sharing one SQLite file, which are on one machine by definition.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::store::Store;

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
pub struct InstanceLock {
    _file: File,
    path: PathBuf,
}

impl Drop for InstanceLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl InstanceLock {
    pub fn acquire(data_dir: &Path, id: &str) -> anyhow::Result<InstanceLock> {
        anyhow::ensure!(is_id(id), "instance ids are 32 hex digits");
        let path = lock_path(data_dir, id);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let file =
            File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        anyhow::ensure!(try_lock(&file), "cannot lock {}", path.display());
        Ok(InstanceLock { _file: file, path })
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

/// Whether the process named `id` has ended: its lock file is missing or can be locked.
fn is_gone(data_dir: &Path, id: &str) -> bool {
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
        if is_gone(data_dir, &holder) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_alive_and_a_dropped_one_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let id = new_id().unwrap();
        let lock = InstanceLock::acquire(dir.path(), &id).unwrap();
        assert!(!is_gone(dir.path(), &id));
        drop(lock);
        assert!(is_gone(dir.path(), &id));
        assert!(is_gone(dir.path(), &new_id().unwrap()), "never started");
        assert!(!is_gone(dir.path(), "../../etc/passwd"));
    }
}
