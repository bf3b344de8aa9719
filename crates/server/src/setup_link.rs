//! The first staff account is created through a one-time link printed at start-up, so a
//! fresh install never has a default password.

use crate::keys::{new_token, Keys, Purpose};
use crate::store::Store;

pub const LIFETIME_SECS: i64 = 60 * 60;

/// When no active staff account exists, stores a fresh link (retiring earlier ones) and
/// returns it for printing.
pub async fn issue_if_needed(
    store: &Store,
    keys: &Keys,
    public_url: &str,
    now: i64,
) -> anyhow::Result<Option<String>> {
    if store.active_staff_exists().await? {
        return Ok(None);
    }
    let token = new_token()?;
    store
        .replace_setup_token(
            &keys.mac(Purpose::SetupLink, &token),
            now,
            now + LIFETIME_SECS,
        )
        .await?;
    // In the fragment: browsers never send it to servers, so it stays out of access logs
    // and Referer headers.
    Ok(Some(format!("{public_url}/setup#token={token}")))
}
