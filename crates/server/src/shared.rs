//! What several instances on one PostgreSQL database keep in step: the portal (name,
//! login text, branding) and the settings are cached in each server's memory, so a save
//! on one tells the others through `NOTIFY`, and each reloads its copy at once.
//!
//! `LISTEN` needs a connection of its own, which sqlx's `PgListener` keeps open and
//! reconnects. Notifications sent while it was disconnected are lost, so after every
//! reconnection the caches are reloaded whether or not anything was announced.

use std::time::Duration;

use sqlx::postgres::PgListener;

use crate::state::AppState;
use crate::store::Store;

const CHANNEL: &str = "portico_changes";

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Portal,
    Settings,
}

impl Change {
    fn as_str(self) -> &'static str {
        match self {
            Change::Portal => "portal",
            Change::Settings => "settings",
        }
    }

    fn parse(payload: &str) -> Option<Change> {
        match payload {
            "portal" => Some(Change::Portal),
            "settings" => Some(Change::Settings),
            _ => None,
        }
    }
}

/// After staff saved the portal: this server serves the new one now, the others as soon
/// as the notification reaches them.
pub async fn portal_changed(state: &AppState) -> anyhow::Result<()> {
    state.portal.reload(&state.store).await?;
    announce(&state.store, Change::Portal).await;
    Ok(())
}

/// After staff saved the settings (this server's cache is already replaced).
pub async fn settings_changed(state: &AppState) {
    announce(&state.store, Change::Settings).await;
}

/// Tells the other instances. A failure is logged, not returned: the change is saved,
/// and the others reload it anyway whenever their listener reconnects.
async fn announce(store: &Store, change: Change) {
    if store.backend() != crate::store::Backend::Postgres {
        return;
    }
    if let Err(err) = store.notify(CHANNEL, change.as_str()).await {
        tracing::warn!(
            error = format!("{err:#}"),
            "telling other instances of a change failed"
        );
    }
}

async fn reload(state: &AppState, change: Option<Change>) {
    if change != Some(Change::Settings) {
        if let Err(err) = state.portal.reload(&state.store).await {
            tracing::warn!(error = format!("{err:#}"), "reloading the portal failed");
        }
    }
    if change != Some(Change::Portal) {
        match state.store.stored_settings().await {
            Ok(stored) => state.settings.reload(&stored),
            Err(err) => tracing::warn!(error = format!("{err:#}"), "reloading settings failed"),
        }
    }
}

/// Listens for changes saved on other instances, for as long as the server runs.
pub async fn follow(state: AppState, database_url: String) {
    loop {
        match PgListener::connect(&database_url).await {
            Ok(mut listener) => {
                if let Err(err) = listener.listen(CHANNEL).await {
                    tracing::warn!(error = format!("{err:#}"), "cannot listen for changes");
                } else {
                    // Whatever was saved before this connection listened.
                    reload(&state, None).await;
                    loop {
                        match listener.try_recv().await {
                            Ok(Some(note)) => {
                                reload(&state, Change::parse(note.payload())).await;
                            }
                            // Reconnecting: what was announced meanwhile is lost.
                            Ok(None) => reload(&state, None).await,
                            Err(err) => {
                                tracing::warn!(
                                    error = format!("{err:#}"),
                                    "listening for changes failed"
                                );
                                break;
                            }
                        }
                    }
                }
            }
            Err(err) => tracing::warn!(error = format!("{err:#}"), "cannot listen for changes"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::Change;

    #[test]
    fn changes_read_back_what_they_announce() {
        for change in [Change::Portal, Change::Settings] {
            assert_eq!(Change::parse(change.as_str()), Some(change));
        }
        assert_eq!(Change::parse("other"), None);
    }
}
