//! Creating the first staff account through the one-time link printed at start-up.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::{ErrorBody, FieldError, Role, SessionInfo, SetupCheck, SetupRequest};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::session::session_info;
use crate::auth::password::Secret;
use crate::auth::session;
use crate::http::extract::{ApiJson, Client};
use crate::http::ApiError;
use crate::keys::Purpose;
use crate::openapi::BadRequest;
use crate::state::AppState;
use crate::store::accounts::{Account, CreateError, NewAccount, Status};
use crate::store::events::{Actor, EventKind};
use crate::store::setup_tokens::SetupError;
use crate::validate;

const INVALID_LINK: &str = "error-setup-link-invalid";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(complete))
        .routes(routes!(check))
}

const GONE: &str =
    "The setup link is unknown, used or expired, or a staff account exists (`code`: `invalid_link`).";

/// Is this one-time setup link still usable?
#[utoipa::path(
    post,
    path = "/setup/check",
    operation_id = "check_setup_link",
    tag = "setup",
    request_body = SetupCheck,
    responses(
        (status = 204, description = "The link works."),
        BadRequest,
        (status = 410, description = GONE, body = ErrorBody),
    )
)]
async fn check(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<SetupCheck>,
) -> Result<StatusCode, ApiError> {
    let mac = state.keys.mac(Purpose::SetupLink, &request.token);
    if state.store.setup_token_is_usable(&mac, state.now()).await?
        && !state.store.active_staff_exists().await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::InvalidLink(INVALID_LINK))
    }
}

/// Create the first staff account with the setup link, and sign in as it.
#[utoipa::path(
    post,
    path = "/setup",
    operation_id = "complete_setup",
    tag = "setup",
    request_body = SetupRequest,
    responses(
        (status = 201, description = "Created and signed in.", body = SessionInfo,
            headers(("Set-Cookie" = String, description = "The session cookie."))),
        BadRequest,
        (status = 410, description = GONE, body = ErrorBody),
    )
)]
async fn complete(
    State(state): State<AppState>,
    client: Client,
    ApiJson(request): ApiJson<SetupRequest>,
) -> Result<Response, ApiError> {
    let mut problems = Vec::new();
    if let Err(message) = validate::name(&request.name) {
        problems.push(FieldError {
            field: "name".into(),
            message,
        });
    }
    if let Err(message) = validate::email(&request.email) {
        problems.push(FieldError {
            field: "email".into(),
            message,
        });
    }
    problems.extend(validate::new_password(
        "password",
        &request.password,
        &request.email,
        state.settings.min_password_chars(),
    ));
    if !problems.is_empty() {
        return Err(ApiError::fields(problems));
    }
    // Cheap check first, so nobody without a live link can make the server spend an
    // argon2 hash; `complete_setup` checks again atomically.
    let mac = state.keys.mac(Purpose::SetupLink, &request.token);
    if !state.store.setup_token_is_usable(&mac, state.now()).await? {
        return Err(ApiError::InvalidLink(INVALID_LINK));
    }

    let password_hash = state.hasher.hash(&Secret::new(request.password)).await?;
    let new = NewAccount {
        email: &request.email,
        name: &request.name,
        role: Role::Staff,
        password_hash: Some(password_hash),
    };
    let now = state.now();
    let id = match state.store.complete_setup(&mac, new, now).await {
        Ok(id) => id,
        Err(SetupError::InvalidLink | SetupError::StaffExists) => {
            return Err(ApiError::InvalidLink(INVALID_LINK))
        }
        Err(SetupError::Create(CreateError::DuplicateEmail)) => {
            return Err(ApiError::field(
                "email",
                crate::i18n::caller_words().text("error-email-taken"),
            ))
        }
        Err(SetupError::Create(CreateError::Unexpected(err))) => return Err(err.into()),
    };
    let account = Account {
        id,
        email: request.email.trim().to_string(),
        name: request.name.trim().to_string(),
        role: Role::Staff,
        status: Status::Active,
        language: None,
    };
    let actor = Actor {
        account_id: Some(id),
        email: None,
        ip: Some(client.ip.to_string()),
        user_agent: Some(client.user_agent.clone()),
        acted_by: None,
    };
    state
        .store
        .record_event(EventKind::StaffSetupCompleted, &actor, now)
        .await?;
    let cookie = session::start(&state, &account, &client).await?;
    Ok((
        StatusCode::CREATED,
        [(SET_COOKIE, cookie)],
        Json(session_info(&state, &account)),
    )
        .into_response())
}
