//! The first staff account is created through a one-time link printed at start-up, so a
//! fresh install never has a default password.

use std::path::Path;

use crate::keys::{new_token, Keys, Purpose};
use crate::store::Store;

pub const LIFETIME_SECS: i64 = 60 * 60;

/// When no active staff account exists, stores a fresh link and returns it for printing.
/// It retires the unused links of servers that are gone (a restart retires the link the
/// previous run printed) but not those of servers still running: several instances
/// starting at once each print a link that works, and the first used makes the account.
pub async fn issue_if_needed(
    store: &Store,
    keys: &Keys,
    public_url: &str,
    data_dir: &Path,
    now: i64,
) -> anyhow::Result<Option<String>> {
    if store.active_staff_exists().await? {
        return Ok(None);
    }
    let mut retire = Vec::new();
    for issuer in store.unused_setup_link_issuers().await? {
        let gone = match &issuer {
            Some(id) => crate::instance::is_gone(store, data_dir, id).await?,
            None => true,
        };
        if gone {
            retire.push(issuer);
        }
    }
    let token = new_token()?;
    store
        .replace_setup_token(
            &keys.mac(Purpose::SetupLink, &token),
            now,
            now + LIFETIME_SECS,
            &retire,
        )
        .await?;
    // In the fragment: browsers never send it to servers, so it stays out of access logs
    // and Referer headers.
    Ok(Some(format!("{public_url}/setup#token={token}")))
}
