//! The API under `/api`, one module per feature, merged here. Handlers are registered only
//! through `routes!`, which takes each one's path, method and documentation from its
//! `#[utoipa::path]`: the OpenAPI document cannot miss a route.

mod account;
mod api_keys;
mod automations;
mod branding;
pub mod docs;
mod not_me;
mod password_reset;
mod portal;
mod session;
mod setup;
mod staff;
mod webhooks;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::ApiError;
use crate::state::AppState;

/// Every `/api` route with its documentation; `split_for_parts` gives the axum router and
/// the document (see `crate::openapi`).
pub fn router() -> OpenApiRouter<AppState> {
    let api = OpenApiRouter::new()
        .routes(routes!(docs::document))
        .merge(session::router())
        .merge(account::router())
        .merge(not_me::router())
        .merge(api_keys::router())
        .merge(automations::router())
        .merge(portal::router())
        .merge(branding::router())
        .merge(setup::router())
        .merge(password_reset::router())
        .merge(staff::router())
        .merge(webhooks::router())
        // Unknown API paths answer in the API's error shape, not with the app's HTML.
        .fallback(|| async { ApiError::NotFound });
    OpenApiRouter::with_openapi(crate::openapi::base()).nest("/api", api)
}
