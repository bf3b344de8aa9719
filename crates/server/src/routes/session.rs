//! Sign in, who am I, sign out.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::{ErrorBody, FieldError, Role, SessionInfo, SessionState, SignInRequest};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::known_device;
use crate::auth::password::Secret;
use crate::auth::session::{self, CurrentSession};
use crate::clock::Seconds;
use crate::http::extract::{address_key, ApiJson, Client, HumanCheckAnswer};
use crate::http::ApiError;
use crate::human_check::policy::{self, Verdict};
use crate::human_check::{self, Action, Ask};
use crate::keys::{new_token, Purpose};
use crate::openapi::{BadRequest, HumanCheckHeader, HumanCheckNeeded, SignedIn, Throttled};
use crate::state::AppState;
use crate::store::accounts::{email_key, Account, Status};
use crate::store::events::EventKind;

/// Longer than any deliverable address (254), short enough to bound the throttle's keys.
const THROTTLE_KEY_CHARS: usize = 320;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(sign_in, current, sign_out))
        .routes(routes!(state_of_session))
}

pub(crate) fn session_info(state: &AppState, account: &Account) -> SessionInfo {
    SessionInfo {
        name: account.name.clone(),
        email: account.email.clone(),
        role: account.role,
        can_change_password: may_change_password(state, account),
        // A language the portal stopped offering is no choice: the app negotiates anew.
        language: account.language.filter(|lang| state.settings.offers(*lang)),
    }
}

/// Staff always may; clients when the portal's "Account password" setting is on.
pub(crate) fn may_change_password(state: &AppState, account: &Account) -> bool {
    account.role == Role::Staff || state.settings.get().account_password
}

/// Sign in with email and password.
///
/// Unknown emails and wrong passwords get the same answer. After a few failures for the
/// account or from the address, a browser that has not signed in to it before is asked
/// for a human check (428); one that has waits out its own throttle (429). A password that staff or an
/// automation chose opens no session: the answer is 403 `password_change_required` with a
/// first-password ticket cookie for `/api/session/password-change`.
#[utoipa::path(
    post,
    path = "/session",
    operation_id = "sign_in",
    tag = "session",
    request_body = SignInRequest,
    params(HumanCheckHeader),
    responses(
        (status = 200, description = "Signed in; the session cookie is set.", body = SessionInfo,
            headers(("Set-Cookie" = String, description = "The session cookie."))),
        BadRequest,
        (status = 401, description = "The email or password is incorrect (`code`: `invalid_credentials`).", body = ErrorBody),
        (status = 403, description = "The password was right, but the account is archived (`account_archived`), or its holder must choose a new password first (`password_change_required`, with the ticket cookie).", body = ErrorBody,
            headers(("Set-Cookie" = String, description = "The first-password ticket, with `password_change_required`."))),
        HumanCheckNeeded,
        Throttled,
    )
)]
async fn sign_in(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    HumanCheckAnswer(solution): HumanCheckAnswer,
    ApiJson(request): ApiJson<SignInRequest>,
) -> Result<Response, ApiError> {
    let mut missing = Vec::new();
    if request.email.trim().is_empty() {
        missing.push(FieldError {
            field: "email".into(),
            message: crate::i18n::caller_words().text("email-missing"),
        });
    }
    if request.password.is_empty() {
        missing.push(FieldError {
            field: "password".into(),
            message: crate::i18n::caller_words().text("password-missing"),
        });
    }
    if !missing.is_empty() {
        return Err(ApiError::fields(missing));
    }

    // Bounded: the throttle stores its keys, and no address is this long.
    let key: String = email_key(&request.email)
        .chars()
        .take(THROTTLE_KEY_CHARS)
        .collect();
    let now = state.now();
    let attempt = known_device::attempt(&state.keys, &state.sessions, &headers, &key, client.ip);
    let blocked = state.throttle.blocked(&attempt, now).await?;
    let mode = state.settings.get().human_check;
    match policy::sign_in(mode, attempt.is_known_device(), blocked.map(|b| b.over)) {
        Verdict::Proceed => {}
        // Not logged one by one: a flood of refused attempts must cost no writes. The
        // failure that started the block was logged.
        Verdict::Refuse => {
            return Err(ApiError::Throttled {
                retry_after_secs: blocked.map_or(1, |b| b.retry_after_secs),
            })
        }
        // Past the free failures, an unknown device may still try, once it has done the
        // work: a person on a new phone gets in while the account is under attack, and
        // every further guess costs the attacker more.
        Verdict::Ask(level) => {
            // Noted once an hour per address: keyed on the typed email, a flood of made-up
            // ones would be a write each.
            let first = state
                .human_checks
                .first_question(&format!("sign_in:{}", address_key(client.ip)), now);
            let about = client.actor(None).with_email(&request.email);
            // Bound to the account tried: a challenge got cheaply on a throwaway email, or
            // at a lower level, does not answer for this one.
            let ask = Ask {
                action: Action::SignIn,
                level,
                source: &key,
            };
            human_check::require(&state, solution.as_deref(), ask, &about, first).await?;
        }
    }

    let credentials = state.store.credentials_by_email(&request.email).await?;
    let password = Secret::new(request.password);
    // Exactly one argon2 verification whatever the account's state: unknown emails and
    // accounts without a password are checked against a dummy hash, so answers and timings
    // match those of a wrong password.
    let stored_hash = credentials
        .as_ref()
        .and_then(|c| c.password_hash.as_deref());
    let verified = state.hasher.verify(&password, stored_hash).await?;
    let now = state.now();

    let (account, must_change) = match credentials {
        Some(c) if verified => (c.account, c.must_change_password),
        other => {
            let blocked = state.throttle.record_failure(&attempt, now).await?;
            let event = client
                .actor(other.map(|c| c.account.id))
                .with_email(&request.email);
            state
                .store
                .record_event(EventKind::SignInFailed, &event, now)
                .await?;
            if blocked {
                state
                    .store
                    .record_event(EventKind::SignInThrottled, &event, now)
                    .await?;
            }
            return Err(ApiError::InvalidCredentials);
        }
    };
    if account.status == Status::Archived {
        let event = client.actor(Some(account.id)).with_email(&request.email);
        state
            .store
            .record_event(EventKind::SignInRefusedArchived, &event, now)
            .await?;
        return Err(ApiError::AccountArchived);
    }

    state.throttle.record_success(&attempt).await?;
    // A language picked on the sign-in page is the holder's choice: keep it on the account.
    let mut account = account;
    if let Some(language) = request.language {
        if account.language != Some(language) && state.settings.offers(language) {
            state.store.set_language(account.id, Some(language)).await?;
            account.language = Some(language);
        }
    }
    // This browser is now a known device for the account: attacks from elsewhere will
    // not throttle it.
    let device_cookie = known_device::remember(&state.keys, &state.sessions, &headers, &key)?;
    // A fresh id at every sign-in: a session id planted before sign-in is worthless after.
    let (_, cleared) = session::end(&state, &headers).await?;
    let mut response = if must_change {
        first_password_step(&state, &account, &client, cleared).await?
    } else {
        let cookie = session::start(&state, &account, &client).await?;
        ([(SET_COOKIE, cookie)], Json(session_info(&state, &account))).into_response()
    };
    response.headers_mut().append(SET_COOKIE, device_cookie);
    Ok(response)
}

/// The password was one staff or an automation chose: no session, but a ticket (in an
/// HttpOnly cookie) for choosing one's own within the portal's first-sign-in window.
/// Signing in again with the same password issues a new ticket and retires the old one.
async fn first_password_step(
    state: &AppState,
    account: &Account,
    client: &Client,
    cleared_session: HeaderValue,
) -> Result<Response, ApiError> {
    let token = new_token()?;
    let now = state.now();
    let window = Seconds::from_u64(state.settings.get().first_sign_in_window_secs).get();
    state
        .store
        .issue_ticket(
            account.id,
            &state.keys.mac(Purpose::PasswordTicket, &token),
            now,
            now + window,
        )
        .await?;
    let event = client.actor(Some(account.id));
    state
        .store
        .record_event(EventKind::PasswordChangeRequired, &event, now)
        .await?;
    let mut response = ApiError::PasswordChangeRequired.into_response();
    let headers = response.headers_mut();
    headers.append(SET_COOKIE, cleared_session);
    // The cookie outlives the window so that a late answer can be told "timed out"
    // rather than "who are you?"; the server alone decides whether the ticket still works.
    headers.append(
        SET_COOKIE,
        session::ticket_cookie(&state.sessions, &token, window + 3600),
    );
    Ok(response)
}

/// The signed-in account.
#[utoipa::path(
    get,
    path = "/session",
    operation_id = "current_session",
    tag = "session",
    security(("session_cookie" = [])),
    responses((status = 200, description = "Who is signed in.", body = SessionInfo), SignedIn)
)]
async fn current(State(state): State<AppState>, session: CurrentSession) -> Json<SessionInfo> {
    Json(session_info(&state, &session.account))
}

/// Whether this browser is signed in, and as whom: the app's first question on every page.
///
/// Unlike `GET /session`, a visitor who is not signed in gets 200 `signed_out`, not 401.
#[utoipa::path(
    get,
    path = "/session/state",
    operation_id = "session_state",
    tag = "session",
    security((), ("session_cookie" = [])),
    responses((status = 200, description = "Signed in or not.", body = SessionState))
)]
async fn state_of_session(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<SessionState>, ApiError> {
    Ok(Json(match session::lookup(&state, &headers).await? {
        Some(session) => SessionState::SignedIn(session_info(&state, &session.account)),
        None => SessionState::SignedOut,
    }))
}

/// Sign out: ends this browser's session, if any, and clears its cookie.
#[utoipa::path(
    delete,
    path = "/session",
    operation_id = "sign_out",
    tag = "session",
    security((), ("session_cookie" = [])),
    responses((status = 204, description = "Signed out (also when no session was open).",
        headers(("Set-Cookie" = String, description = "Clears the session cookie."))))
)]
async fn sign_out(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (account, cookie) = session::end(&state, &headers).await?;
    if let Some(account) = account {
        let event = client.actor(Some(account.id));
        state
            .store
            .record_event(EventKind::SignedOut, &event, state.now())
            .await?;
    }
    Ok((StatusCode::NO_CONTENT, [(SET_COOKIE, cookie)]).into_response())
}
