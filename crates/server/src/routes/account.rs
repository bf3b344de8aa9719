//! The signed-in account's own endpoints: choosing one's first password after a staff- or
//! automation-set one, changing the password, the signed-in devices, and the language.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::account::{
    AccountLanguage, ChangePassword, DeviceSession, Devices, FirstPassword, PasswordChangeStep,
    PasswordChanged, PasswordPolicy, SignedOut,
};
use portico_api::{ErrorBody, SessionInfo};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::session::{may_change_password, session_info};
use crate::auth::known_device;
use crate::auth::password::Secret;
use crate::auth::session::{self, CurrentSession};
use crate::device;
use crate::http::extract::{ApiJson, ApiPath, Client};
use crate::http::ApiError;
use crate::keys::Purpose;
use crate::openapi::{BadRequest, NotFound, SignedIn, Throttled};
use crate::password_change::{self, Change};
use crate::state::AppState;
use crate::store::accounts::{email_key, Credentials, Status};
use crate::store::events::EventKind;
use crate::store::passwords::{ChangeError, ChangeMethod, KeepSessions};
use crate::store::tickets::TicketRecord;

const DISABLED: &str = "error-password-change-disabled";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(step, choose_first))
        .routes(routes!(policy, change))
        .routes(routes!(devices))
        .routes(routes!(sign_out_others))
        .routes(routes!(sign_out_device))
        .routes(routes!(set_language))
}

const NO_TICKET: &str = "No first-password ticket, or a used one (`code`: `unauthenticated`).";
const TICKET_EXPIRED: &str =
    "The window for choosing a password closed; sign in again (`code`: `ticket_expired`).";
const DISABLED_DOC: &str =
    "The portal's settings do not let clients change their password (`code`: `feature_disabled`).";

/// The first-password ticket this browser carries, with its account. A used or unknown
/// ticket is no ticket (401); an expired one says so (410).
async fn ticket(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(TicketRecord, Credentials), ApiError> {
    let token = session::ticket_value(&state.sessions, headers).ok_or(ApiError::Unauthenticated)?;
    let record = state
        .store
        .ticket_by_mac(&state.keys.mac(Purpose::PasswordTicket, token))
        .await?
        .filter(|t| t.used_at.is_none())
        .ok_or(ApiError::Unauthenticated)?;
    if state.now() >= record.expires_at {
        return Err(ApiError::TicketExpired);
    }
    let credentials = state
        .store
        .credentials_by_id(record.account_id)
        .await?
        .filter(|c| c.account.status == Status::Active && c.must_change_password)
        .ok_or(ApiError::Unauthenticated)?;
    Ok((record, credentials))
}

/// The pending first-password step of this browser's ticket.
#[utoipa::path(
    get,
    path = "/session/password-change",
    operation_id = "first_password_step",
    tag = "account",
    security(("first_password_ticket" = [])),
    responses(
        (status = 200, description = "Whose password is to be chosen, and until when.", body = PasswordChangeStep),
        (status = 401, description = NO_TICKET, body = ErrorBody),
        (status = 410, description = TICKET_EXPIRED, body = ErrorBody),
    )
)]
async fn step(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<PasswordChangeStep>, ApiError> {
    let (record, credentials) = ticket(&state, &headers).await?;
    Ok(Json(PasswordChangeStep {
        name: credentials.account.name,
        email: credentials.account.email,
        expires_at: record.expires_at,
        min_password_chars: state.settings.min_password_chars(),
    }))
}

/// Choose one's own password with the ticket; this is what signs in.
#[utoipa::path(
    post,
    path = "/session/password-change",
    operation_id = "choose_first_password",
    tag = "account",
    security(("first_password_ticket" = [])),
    request_body = FirstPassword,
    responses(
        (status = 200, description = "Password chosen and signed in; the ticket cookie is cleared.", body = SessionInfo,
            headers(("Set-Cookie" = String, description = "The session cookie, and the cleared ticket."))),
        BadRequest,
        (status = 401, description = NO_TICKET, body = ErrorBody),
        (status = 410, description = TICKET_EXPIRED, body = ErrorBody),
    )
)]
async fn choose_first(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    ApiJson(body): ApiJson<FirstPassword>,
) -> Result<Response, ApiError> {
    let (record, credentials) = match ticket(&state, &headers).await {
        Err(ApiError::TicketExpired) => {
            let event = client.actor(None);
            state
                .store
                .record_event(EventKind::PasswordChangeExpired, &event, state.now())
                .await?;
            return Err(ApiError::TicketExpired);
        }
        other => other?,
    };
    let password_hash =
        password_change::hash_new_password(&state, "password", body.password, &credentials).await?;
    let account = &credentials.account;
    let change = Change {
        via_ticket: Some(record.id),
        ..Change::new(account, password_hash, ChangeMethod::FirstSignIn)
    };
    match password_change::apply(&state, change, &client, &client.actor(Some(account.id))).await {
        Ok(_) => {}
        // The window closed while the password was being hashed.
        Err(ChangeError::TicketGone | ChangeError::LinkGone) => {
            return Err(ApiError::TicketExpired)
        }
        Err(ChangeError::Unexpected(err)) => return Err(err.into()),
    }
    let cookie = session::start(&state, account, &client).await?;
    let mut response = Json(session_info(&state, account)).into_response();
    let headers = response.headers_mut();
    headers.append(SET_COOKIE, cookie);
    headers.append(SET_COOKIE, session::ticket_cookie(&state.sessions, "", 0));
    Ok(response)
}

/// What the change-password page needs.
#[utoipa::path(
    get,
    path = "/account/password",
    operation_id = "password_policy",
    tag = "account",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The account's email and the minimum length.", body = PasswordPolicy),
        SignedIn,
        (status = 403, description = DISABLED_DOC, body = ErrorBody),
    )
)]
async fn policy(
    State(state): State<AppState>,
    session: CurrentSession,
) -> Result<Json<PasswordPolicy>, ApiError> {
    if !may_change_password(&state, &session.account) {
        return Err(ApiError::FeatureDisabled(DISABLED));
    }
    Ok(Json(PasswordPolicy {
        email: session.account.email,
        min_password_chars: state.settings.min_password_chars(),
    }))
}

/// Change the password, giving the current one.
#[utoipa::path(
    post,
    path = "/account/password",
    operation_id = "change_password",
    tag = "account",
    security(("session_cookie" = [])),
    request_body = ChangePassword,
    responses(
        (status = 200, description = "Changed; says how many other devices were signed out.", body = PasswordChanged),
        BadRequest,
        SignedIn,
        (status = 403, description = DISABLED_DOC, body = ErrorBody),
        Throttled,
    )
)]
async fn change(
    State(state): State<AppState>,
    session: CurrentSession,
    client: Client,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ChangePassword>,
) -> Result<Json<PasswordChanged>, ApiError> {
    let account = &session.account;
    if !may_change_password(&state, account) {
        return Err(ApiError::FeatureDisabled(DISABLED));
    }
    if body.current_password.is_empty() {
        return Err(ApiError::field(
            "current_password",
            crate::i18n::caller_words().text("current-password-missing"),
        ));
    }
    // The same counters as sign-in: guessing here is no cheaper than guessing there.
    let key = email_key(&account.email);
    let now = state.now();
    let attempt = known_device::attempt(&state.keys, &state.sessions, &headers, &key, client.ip);
    if let Some(retry_after_secs) = state.throttle.retry_after(&attempt, now).await? {
        return Err(ApiError::Throttled { retry_after_secs });
    }
    let credentials = state
        .store
        .credentials_by_id(account.id)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    let current = Secret::new(body.current_password);
    if !state
        .hasher
        .verify(&current, credentials.password_hash.as_deref())
        .await?
    {
        state.throttle.record_failure(&attempt, state.now()).await?;
        state
            .store
            .record_event_detail(
                EventKind::PasswordChangeRefused,
                &client.actor(Some(account.id)),
                Some("wrong current password"),
                state.now(),
            )
            .await?;
        return Err(ApiError::field(
            "current_password",
            crate::i18n::caller_words().text("error-current-password-wrong"),
        ));
    }
    state.throttle.record_success(&attempt).await?;
    let password_hash =
        password_change::hash_new_password(&state, "new_password", body.new_password, &credentials)
            .await?;
    let change = Change {
        keep_sessions: if body.sign_out_others {
            KeepSessions::Only(session.session_id)
        } else {
            KeepSessions::All
        },
        ..Change::new(account, password_hash, ChangeMethod::InPortal)
    };
    let signed_out = match password_change::apply(
        &state,
        change,
        &client,
        &client.actor(Some(account.id)),
    )
    .await
    {
        Ok(ended) => ended,
        Err(ChangeError::Unexpected(err)) => return Err(err.into()),
        Err(other) => return Err(anyhow::Error::from(other).into()),
    };
    let words = crate::i18n::caller_words();
    let message = match signed_out {
        0 => words.text("password-changed"),
        n => words.text_with("password-changed-signed-out", &[("count", n.into())]),
    };
    Ok(Json(PasswordChanged {
        message,
        signed_out,
    }))
}

/// The account's signed-in devices.
#[utoipa::path(
    get,
    path = "/account/sessions",
    operation_id = "devices",
    tag = "account",
    security(("session_cookie" = [])),
    responses((status = 200, description = "Every live session of the account.", body = Devices), SignedIn)
)]
async fn devices(
    State(state): State<AppState>,
    session: CurrentSession,
) -> Result<Json<Devices>, ApiError> {
    let words = crate::i18n::caller_words();
    let sessions = state
        .store
        .live_sessions(session.account.id, state.now(), state.sessions.idle.get())
        .await?
        .into_iter()
        .map(|s| DeviceSession {
            id: s.id,
            device: device::describe(words, &s.user_agent),
            ip: s.ip,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
            current: s.id == session.session_id,
        })
        .collect();
    Ok(Json(Devices { sessions }))
}

/// Choose the language the account reads: its emails, and its pages on every device.
#[utoipa::path(
    put,
    path = "/account/language",
    operation_id = "set_account_language",
    tag = "account",
    security(("session_cookie" = [])),
    request_body = AccountLanguage,
    responses(
        (status = 200, description = "Saved; the account as the app now sees it.", body = SessionInfo),
        BadRequest,
        SignedIn,
    )
)]
async fn set_language(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<AccountLanguage>,
) -> Result<Json<SessionInfo>, ApiError> {
    if let Some(language) = body.language {
        if !state.settings.offers(language) {
            return Err(ApiError::field(
                "language",
                crate::i18n::caller_words().text("error-language-not-offered"),
            ));
        }
    }
    let mut account = session.account;
    if account.language != body.language {
        state.store.set_language(account.id, body.language).await?;
        account.language = body.language;
    }
    Ok(Json(session_info(&state, &account)))
}

/// Sign out one of the account's devices.
#[utoipa::path(
    delete,
    path = "/account/sessions/{id}",
    operation_id = "sign_out_device",
    tag = "account",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "A session id from `GET /api/account/sessions`.")),
    responses(
        (status = 204, description = "That device is signed out."),
        BadRequest,
        SignedIn,
        NotFound,
    )
)]
async fn sign_out_device(
    State(state): State<AppState>,
    session: CurrentSession,
    client: Client,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    if !state
        .store
        .delete_own_session(session.account.id, id)
        .await?
    {
        return Err(ApiError::NotFound);
    }
    state
        .store
        .record_event_detail(
            EventKind::SessionEnded,
            &client.actor(Some(session.account.id)),
            Some("signed out one device from the devices page"),
            state.now(),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sign out every other device of the account.
#[utoipa::path(
    post,
    path = "/account/sessions/sign-out-others",
    operation_id = "sign_out_other_devices",
    tag = "account",
    security(("session_cookie" = [])),
    responses((status = 200, description = "How many sessions ended.", body = SignedOut), SignedIn)
)]
async fn sign_out_others(
    State(state): State<AppState>,
    session: CurrentSession,
    client: Client,
) -> Result<Json<SignedOut>, ApiError> {
    let signed_out = state
        .store
        .delete_other_sessions(session.account.id, session.session_id)
        .await?;
    state
        .store
        .record_event_detail(
            EventKind::SessionEnded,
            &client.actor(Some(session.account.id)),
            Some(&format!("signed out {signed_out} other devices")),
            state.now(),
        )
        .await?;
    Ok(Json(SignedOut { signed_out }))
}
