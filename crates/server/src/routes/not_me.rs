//! "This wasn't me", from the password-changed email: ends every session of the account,
//! stops its reset links and emails a fresh one, so the rightful owner can take it back.

use axum::extract::State;
use axum::Json;
use portico_api::account::{NotMeDone, NotMeInfo, NotMeToken};
use portico_api::ErrorBody;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::extract::{ApiJson, Client};
use crate::http::ApiError;
use crate::keys::Keys;
use crate::openapi::BadRequest;
use crate::reset;
use crate::state::AppState;
use crate::store::accounts::{Account, Status};

/// Long enough for an email read after a weekend away.
const LIFETIME_SECS: i64 = 7 * 24 * 3600;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(check))
        .routes(routes!(confirm))
}

const GONE: &str = "The link is not genuine (`invalid_link`), was used (`link_used`) or is \
older than a week (`link_expired`).";

/// The email and account a token names, if it is genuine, unused and in time.
async fn resolve(state: &AppState, token: &str) -> Result<(i64, Account), ApiError> {
    const INVALID: &str = "error-not-me-link-invalid";
    let mail_id = Keys::not_me_mail_id(token).ok_or(ApiError::InvalidLink(INVALID))?;
    let record = state
        .store
        .not_me_mail(mail_id)
        .await?
        .filter(|r| state.keys.not_me_matches(token, mail_id, r.account_id))
        .ok_or(ApiError::InvalidLink(INVALID))?;
    if record.used_at.is_some() {
        return Err(ApiError::LinkUsed);
    }
    if state.now() >= record.created_at + LIFETIME_SECS {
        return Err(ApiError::LinkExpired);
    }
    let account = state
        .store
        .account(record.account_id)
        .await?
        .ok_or(ApiError::InvalidLink(INVALID))?;
    Ok((mail_id, account))
}

/// Whose account a "This wasn't me" link would lock down.
#[utoipa::path(
    post,
    path = "/not-me/check",
    operation_id = "check_not_me_link",
    tag = "not-me",
    request_body = NotMeToken,
    responses(
        (status = 200, description = "The link works; this is the account's email.", body = NotMeInfo),
        BadRequest,
        (status = 410, description = GONE, body = ErrorBody),
    )
)]
async fn check(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<NotMeToken>,
) -> Result<Json<NotMeInfo>, ApiError> {
    let (_, account) = resolve(&state, &body.token).await?;
    Ok(Json(NotMeInfo {
        email: account.email,
    }))
}

/// Lock the account down: end its sessions, void its password, email a fresh reset link.
#[utoipa::path(
    post,
    path = "/not-me",
    operation_id = "confirm_not_me",
    tag = "not-me",
    request_body = NotMeToken,
    responses(
        (status = 200, description = "Done; the message says what happened.", body = NotMeDone),
        BadRequest,
        (status = 410, description = GONE, body = ErrorBody),
    )
)]
async fn confirm(
    State(state): State<AppState>,
    client: Client,
    ApiJson(body): ApiJson<NotMeToken>,
) -> Result<Json<NotMeDone>, ApiError> {
    let (mail_id, account) = resolve(&state, &body.token).await?;
    let now = state.now();
    let who = client.actor(Some(account.id));
    if !state
        .store
        .secure_account(mail_id, account.id, &who, now)
        .await?
    {
        return Err(ApiError::LinkUsed);
    }
    let message = if account.status == Status::Active {
        // Every live link was just retired, so this is always a new one.
        reset::send_link(&state, &account, &who, Some(&client), now).await?;
        state.mail.queued();
        crate::i18n::caller_words().text_with("not-me-done", &[("email", (&account.email).into())])
    } else {
        crate::i18n::caller_words().text("not-me-done-archived")
    };
    Ok(Json(NotMeDone { message }))
}
