//! `/api/staff/...`: the console's endpoints, one module per resource. Every handler takes
//! a `StaffSession`, so anonymous callers get 401 and clients 403 before anything else
//! happens.

mod activity;
mod clients;
mod outbox;

use utoipa_axum::router::OpenApiRouter;

use crate::http::ApiError;
use crate::state::AppState;
use crate::store::accounts::Account;

/// Rows a page of the board, the outbox or the activity log holds.
const PER_PAGE: i64 = 50;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(clients::router())
        .merge(outbox::router())
        .merge(activity::router())
}

fn page_number(page: Option<i64>) -> i64 {
    page.unwrap_or(1).clamp(1, 1_000_000)
}

/// The client behind `id`, or 404 (staff accounts are not managed here).
async fn client_account(state: &AppState, id: i64) -> Result<Account, ApiError> {
    match state.store.account(id).await? {
        Some(account) if account.role == portico_api::Role::Client => Ok(account),
        _ => Err(ApiError::NotFound),
    }
}
