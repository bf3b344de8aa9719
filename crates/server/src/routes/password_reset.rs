//! `/api/password-reset`: request a link, check it, ask again from an expired one, use it.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::reset::{ResetComplete, ResetLinkInfo, ResetRequest, ResetRequested, ResetToken};
use portico_api::{ErrorBody, SessionInfo};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::session::session_info;
use crate::auth::session;
use crate::http::extract::{address_key, ApiJson, Client, HumanCheckAnswer};
use crate::http::ApiError;
use crate::human_check::policy::{self, Verdict};
use crate::human_check::{self, Action, Ask};
use crate::keys::Purpose;
use crate::openapi::{BadRequest, HumanCheckHeader, HumanCheckNeeded};
use crate::password_change::{self, Change};
use crate::reset::{self, LinkState};
use crate::state::AppState;
use crate::store::accounts::{Credentials, Status};
use crate::store::events::{Actor, EventKind};
use crate::store::passwords::{ChangeError, ChangeMethod};
use crate::store::reset_links::LinkRecord;
use crate::validate;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(request))
        .routes(routes!(check))
        .routes(routes!(renew))
        .routes(routes!(complete))
}

const GONE: &str = "The link is unknown, replaced or for an archived account (`invalid_link`), \
ran past its lifetime (`link_expired`: `/renew` sends a new one) or set a password already \
(`link_used`).";

/// The one answer to every well-formed request; the work happens after it has gone.
#[utoipa::path(
    post,
    path = "/password-reset",
    operation_id = "request_reset_link",
    tag = "password-reset",
    request_body = ResetRequest,
    params(HumanCheckHeader),
    responses(
        (status = 202, description = "The same answer whether or not the address has an account.", body = ResetRequested),
        BadRequest,
        HumanCheckNeeded,
    )
)]
async fn request(
    State(state): State<AppState>,
    client: Client,
    HumanCheckAnswer(solution): HumanCheckAnswer,
    ApiJson(body): ApiJson<ResetRequest>,
) -> Result<Response, ApiError> {
    validate::email(&body.email).map_err(|message| ApiError::field("email", message))?;
    let mode = state.settings.get().human_check;
    let past = state.reset_door.ip_overage(&client, state.now());
    // Past its address's hourly allowance a request needs a human check, rather than
    // being ignored: a person behind a busy address can still get their link.
    let checked = match policy::decide(mode, past.map(|(over, _)| over)) {
        // Refused (the mode is off): as before checks existed, the door ignores it, with
        // the same answer.
        Verdict::Proceed | Verdict::Refuse => false,
        Verdict::Ask(level) => {
            let about = Actor {
                email: Some(body.email.clone()),
                ip: Some(client.ip.to_string()),
                user_agent: Some(client.user_agent.clone()),
                ..Actor::default()
            };
            let source = address_key(client.ip).to_string();
            // Past the allowance the door knows the first question of the hour; within it
            // (the "always" mode) the policy's note does, since unsolved requests never
            // reach the door's count.
            let first = match past {
                Some((_, first)) => first,
                None => state
                    .human_checks
                    .first_question(&format!("reset:{source}"), state.now()),
            };
            let ask = Ask {
                action: Action::ResetRequest,
                level,
                source: &source,
            };
            human_check::require(&state, solution.as_deref(), ask, &about, first).await?;
            true
        }
    };
    let language = crate::i18n::caller_language();
    let message = reset::confirmation(&state.settings.reset(), language);
    reset::take_request(&state, &body.email, &client, checked).await;
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
                    &client.actor(Some(credentials.account.id)),
                    state.now(),
                )
                .await?;
            Err(ApiError::LinkExpired)
        }
        LinkState::Used => Err(ApiError::LinkUsed),
        LinkState::Retired => Err(ApiError::InvalidLink(INVALID)),
    }
}

const INVALID: &str = "error-reset-link-invalid";

/// Whose link this is, while it can be used.
#[utoipa::path(
    post,
    path = "/password-reset/check",
    operation_id = "check_reset_link",
    tag = "password-reset",
    request_body = ResetToken,
    responses(
        (status = 200, description = "The link works.", body = ResetLinkInfo),
        BadRequest,
        (status = 410, description = GONE, body = ErrorBody),
    )
)]
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
            &client.actor(Some(credentials.account.id)),
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
#[utoipa::path(
    post,
    path = "/password-reset/renew",
    operation_id = "renew_reset_link",
    tag = "password-reset",
    request_body = ResetToken,
    responses(
        (status = 202, description = "As for a new request.", body = ResetRequested),
        BadRequest,
        (status = 410, description = "The token is not that of an expired link (`code`: `invalid_link`).", body = ErrorBody),
    )
)]
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
    let language = crate::i18n::caller_language();
    let message = reset::confirmation(&state.settings.reset(), language);
    reset::take_request(&state, &credentials.account.email, &client, false).await;
    Ok((StatusCode::ACCEPTED, Json(ResetRequested { message })).into_response())
}

/// Choose the new password with the link; this signs in.
#[utoipa::path(
    post,
    path = "/password-reset/complete",
    operation_id = "complete_reset",
    tag = "password-reset",
    request_body = ResetComplete,
    responses(
        (status = 200, description = "Password changed and signed in.", body = SessionInfo,
            headers(("Set-Cookie" = String, description = "The session cookie."))),
        BadRequest,
        (status = 410, description = GONE, body = ErrorBody),
    )
)]
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
    match password_change::apply(&state, change, &client, &client.actor(Some(account.id))).await {
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
