//! The API under `/api`, one module per feature, merged here.

mod account;
mod api_keys;
mod automations;
mod not_me;
mod password_reset;
mod portal;
mod session;
mod setup;
mod staff;
mod webhooks;

use axum::Router;

use crate::http::ApiError;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(session::router())
        .merge(account::router())
        .merge(not_me::router())
        .merge(api_keys::router())
        .merge(automations::router())
        .merge(portal::router())
        .merge(setup::router())
        .merge(password_reset::router())
        .merge(staff::router())
        .merge(webhooks::router())
        // Unknown API paths answer in the API's error shape, not with the app's HTML.
        .fallback(|| async { ApiError::NotFound })
}
