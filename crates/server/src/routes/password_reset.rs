//! `/api/password-reset`: request a link, check it, ask again from an expired one, use it.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use portico_api::reset::{ResetComplete, ResetLinkInfo, ResetRequest, ResetRequested, ResetToken};

use super::session::session_info;
use crate::auth::session;
use crate::http::extract::{ApiJson, Client};
use crate::http::ApiError;
use crate::keys::Purpose;
use crate::password_change::{self, Change};
use crate::reset::{self, LinkState};
use crate::state::AppState;
use crate::store::accounts::{Credentials, Status};
use crate::store::events::{Actor, EventKind};
use crate::store::passwords::{ChangeError, ChangeMethod};
use crate::store::reset_links::LinkRecord;
use crate::validate;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/password-reset", post(request))
        .route("/password-reset/check", post(check))
        .route("/password-reset/renew", post(renew))
        .route("/password-reset/complete", post(complete))
}

fn actor(client: &Client, account_id: i64) -> Actor {
    Actor {
        account_id: Some(account_id),
        email: None,
        ip: Some(client.ip.to_string()),
        user_agent: Some(client.user_agent.clone()),
    }
}

/// The one answer to every well-formed request; the work happens after it has gone.
async fn request(
    State(state): State<AppState>,
    client: Client,
    ApiJson(body): ApiJson<ResetRequest>,
) -> Result<Response, ApiError> {
    validate::email(&body.email).map_err(|message| ApiError::field("email", message))?;
    let message = reset::confirmation(&state.settings.reset());
    tokio::spawn(reset::handle_request(state, body.email, client));
    Ok((StatusCode::ACCEPTED, Json(ResetRequested { message })).into_response())
}

/// The link behind a token, with its account, when it can still be used.
async fn usable_link(
    state: &AppState,
    token: &str,
    client: &Client,
) -> Result<(LinkRecord, Credentials), ApiError> {
    let mac = state.keys.mac(Purpose::ResetLink, token);
    let Some((link, credentials)) = state.store.reset_link_by_mac(&mac).await? else {
        return Err(ApiError::InvalidLink(INVALID));
    };
    if credentials.account.status == Status::Archived {
        return Err(ApiError::InvalidLink(INVALID));
    }
    match reset::state_of(&link, state.now()) {
        LinkState::Usable => Ok((link, credentials)),
        LinkState::Expired => {
            state
                .store
                .record_event(
                    EventKind::ResetLinkExpired,
                    &actor(client, credentials.account.id),
                    state.now(),
                )
                .await?;
            Err(ApiError::LinkExpired)
        }
        LinkState::Used => Err(ApiError::LinkUsed),
        LinkState::Retired => Err(ApiError::InvalidLink(INVALID)),
    }
}

const INVALID: &str =
    "This link is not valid. It may have been replaced by a newer link, or copied incompletely.";

async fn check(
    State(state): State<AppState>,
    client: Client,
    ApiJson(body): ApiJson<ResetToken>,
) -> Result<Json<ResetLinkInfo>, ApiError> {
    let (link, credentials) = usable_link(&state, &body.token, &client).await?;
    state
        .store
        .record_event(
            EventKind::ResetLinkOpened,
            &actor(&client, credentials.account.id),
            state.now(),
        )
        .await?;
    Ok(Json(ResetLinkInfo {
        email: credentials.account.email,
        expires_at: link.expires_at,
        min_password_chars: state.settings.min_password_chars(),
    }))
}

/// "This link has expired": send a fresh one to the same address, under the same limits
/// and with the same answer as the request form.
async fn renew(
    State(state): State<AppState>,
    client: Client,
    ApiJson(body): ApiJson<ResetToken>,
) -> Result<Response, ApiError> {
    let mac = state.keys.mac(Purpose::ResetLink, &body.token);
    let Some((link, credentials)) = state.store.reset_link_by_mac(&mac).await? else {
        return Err(ApiError::InvalidLink(INVALID));
    };
    if reset::state_of(&link, state.now()) != LinkState::Expired {
        return Err(ApiError::InvalidLink(INVALID));
    }
    let message = reset::confirmation(&state.settings.reset());
    tokio::spawn(reset::handle_request(
        state,
        credentials.account.email,
        client,
    ));
    Ok((StatusCode::ACCEPTED, Json(ResetRequested { message })).into_response())
}

async fn complete(
    State(state): State<AppState>,
    client: Client,
    ApiJson(body): ApiJson<ResetComplete>,
) -> Result<Response, ApiError> {
    let (link, credentials) = usable_link(&state, &body.token, &client).await?;
    let password_hash =
        password_change::hash_new_password(&state, "password", body.password, &credentials).await?;
    let account = credentials.account;
    let change = Change {
        via_link: Some(link.id),
        ..Change::new(&account, password_hash, ChangeMethod::ResetLink)
    };
    match password_change::apply(&state, change, &client, &actor(&client, account.id)).await {
        Ok(_) => {}
        // Another tab used it first, or it expired during the hash.
        Err(ChangeError::LinkGone | ChangeError::TicketGone) => return Err(ApiError::LinkUsed),
        Err(ChangeError::Unexpected(err)) => return Err(err.into()),
    }
    let cookie = session::start(&state, &account, &client).await?;
    Ok((
        StatusCode::OK,
        [(SET_COOKIE, cookie)],
        Json(session_info(&state, &account)),
    )
        .into_response())
}
