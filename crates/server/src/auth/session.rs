//! Server-side sessions behind an HttpOnly, SameSite=Strict cookie.
//!
//! The cookie holds 256 random bits; the database holds only their MAC. A session ends at
//! sign-out, after `idle` without requests, or `max` after sign-in, whichever
//! comes first, and every check happens here on the server.

use axum::extract::FromRequestParts;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use portico_api::Role;

use crate::http::extract::Client;
use crate::http::ApiError;
use crate::keys::{new_token, Purpose};
use crate::state::{AppState, SessionConfig};
use crate::store::accounts::{Account, Status};
use crate::store::events::Actor;
use crate::store::sessions::NewSession;

/// `last_seen_at` is written at most this often, keeping most requests read-only.
const TOUCH_EVERY_SECS: i64 = 60;

pub fn cookie_name(config: &SessionConfig) -> &'static str {
    // `__Host-` binds the cookie to this exact origin, but browsers only accept it on https.
    if config.secure {
        "__Host-portico_session"
    } else {
        "portico_session"
    }
}

/// The first-password ticket's cookie: HttpOnly like the session's, and never a session.
pub fn ticket_cookie_name(config: &SessionConfig) -> &'static str {
    if config.secure {
        "__Host-portico_ticket"
    } else {
        "portico_ticket"
    }
}

pub fn ticket_cookie(config: &SessionConfig, value: &str, max_age: i64) -> HeaderValue {
    cookie(ticket_cookie_name(config), config, value, max_age)
}

pub fn ticket_value<'a>(config: &SessionConfig, headers: &'a HeaderMap) -> Option<&'a str> {
    cookie_value(headers, ticket_cookie_name(config)).filter(|t| !t.is_empty() && t.len() <= 128)
}

fn cookie_value<'a>(headers: &'a HeaderMap, name: &'a str) -> Option<&'a str> {
    cookie_values(headers, name).next()
}

/// Every value the request sends for the cookie `name`, in order.
pub(crate) fn cookie_values<'a>(
    headers: &'a HeaderMap,
    name: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(move |(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn set_cookie(config: &SessionConfig, value: &str, max_age: i64) -> HeaderValue {
    cookie(cookie_name(config), config, value, max_age)
}

/// An HttpOnly, SameSite=Strict cookie for the whole origin, `Secure` on https.
pub(crate) fn cookie(name: &str, config: &SessionConfig, value: &str, max_age: i64) -> HeaderValue {
    let secure = if config.secure { "; Secure" } else { "" };
    let cookie =
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&cookie).expect("cookie is ASCII")
}

/// Opens a session for `account`, records the sign-in, and returns the `Set-Cookie` value
/// that carries the session.
pub async fn start(
    state: &AppState,
    account: &Account,
    client: &Client,
) -> Result<HeaderValue, ApiError> {
    let token = new_token()?;
    let now = state.now();
    state
        .store
        .insert_session(
            NewSession {
                id_mac: &state.keys.mac(Purpose::Session, &token),
                account_id: account.id,
                expires_at: now + state.sessions.max.get(),
                ip: &client.ip.to_string(),
                user_agent: &client.user_agent,
            },
            &Actor {
                account_id: Some(account.id),
                email: None,
                ip: Some(client.ip.to_string()),
                user_agent: Some(client.user_agent.clone()),
                acted_by: None,
            },
            now,
        )
        .await?;
    Ok(set_cookie(
        &state.sessions,
        &token,
        state.sessions.max.get(),
    ))
}

/// Ends the session the request carries, if any, and returns the cookie that clears it.
pub async fn end(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(Option<Account>, HeaderValue), ApiError> {
    let mut account = None;
    if let Some(current) = lookup(state, headers).await? {
        state.store.delete_session(current.session_id).await?;
        account = Some(current.account);
    }
    Ok((account, set_cookie(&state.sessions, "", 0)))
}

/// The signed-in account of this request.
#[derive(Debug, Clone)]
pub struct CurrentSession {
    pub session_id: i64,
    pub account: Account,
}

pub async fn lookup(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<CurrentSession>, ApiError> {
    let Some(token) = cookie_value(headers, cookie_name(&state.sessions)) else {
        return Ok(None);
    };
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    let Some(record) = state
        .store
        .session_by_mac(&state.keys.mac(Purpose::Session, token))
        .await?
    else {
        return Ok(None);
    };
    let now = state.now();
    if now >= record.expires_at || now - record.last_seen_at >= state.sessions.idle.get() {
        state.store.delete_session(record.id).await?;
        return Ok(None);
    }
    let Some(account) = state.store.account(record.account_id).await? else {
        return Ok(None);
    };
    // Archiving an account ends its sessions at their next request.
    if account.status != Status::Active {
        state.store.delete_session(record.id).await?;
        return Ok(None);
    }
    if now - record.last_seen_at >= TOUCH_EVERY_SECS {
        state.store.touch_session(record.id, now).await?;
    }
    Ok(Some(CurrentSession {
        session_id: record.id,
        account,
    }))
}

impl FromRequestParts<AppState> for CurrentSession {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        lookup(state, &parts.headers)
            .await?
            .ok_or(ApiError::Unauthenticated)
    }
}

/// A signed-in staff member; clients get 403, anonymous callers 401.
#[derive(Debug, Clone)]
pub struct StaffSession(pub CurrentSession);

impl FromRequestParts<AppState> for StaffSession {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = CurrentSession::from_request_parts(parts, state).await?;
        match session.account.role {
            Role::Staff => Ok(StaffSession(session)),
            Role::Client => Err(ApiError::Forbidden),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(secure: bool) -> SessionConfig {
        SessionConfig {
            idle: crate::clock::Seconds::minutes(1),
            max: crate::clock::Seconds::hours(1),
            secure,
        }
    }

    #[test]
    fn cookies_are_http_only_strict_and_secure_on_https() {
        let plain = set_cookie(&config(false), "abc", 3600);
        assert_eq!(
            plain,
            "portico_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600"
        );
        let secure = set_cookie(&config(true), "abc", 3600);
        assert_eq!(
            secure,
            "__Host-portico_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600; Secure"
        );
    }

    #[test]
    fn finds_the_session_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; portico_session=tok; b=2"),
        );
        assert_eq!(cookie_value(&headers, "portico_session"), Some("tok"));
        assert_eq!(cookie_value(&headers, "missing"), None);
    }
}
