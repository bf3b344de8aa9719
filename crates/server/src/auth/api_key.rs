//! `Authorization: Bearer KEY` for the automations API: the key is found by its MAC, must
//! not be revoked, and each key gets a fixed number of requests a minute.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::http::ApiError;
use crate::keys::Purpose;
use crate::state::AppState;

/// `last_used_at` is written at most this often.
const TOUCH_EVERY_SECS: i64 = 60;

/// The key a request came with.
#[derive(Debug, Clone)]
pub struct AutomationKey {
    pub id: i64,
    pub name: String,
}

impl FromRequestParts<AppState> for AutomationKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let secret = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|s| !s.is_empty() && s.len() <= 128)
            .ok_or(ApiError::InvalidApiKey)?;
        let key = state
            .store
            .api_key_by_mac(&state.keys.mac(Purpose::ApiKey, secret))
            .await?
            .filter(|k| k.revoked_at.is_none())
            .ok_or(ApiError::InvalidApiKey)?;
        let now = state.now();
        if let Some(retry_after_secs) = state.key_limiter.admit(&state.store, key.id, now).await? {
            return Err(ApiError::Throttled { retry_after_secs });
        }
        if key
            .last_used_at
            .is_none_or(|at| now - at >= TOUCH_EVERY_SECS)
        {
            state.store.touch_api_key(key.id, now).await?;
        }
        Ok(AutomationKey {
            id: key.id,
            name: key.name,
        })
    }
}
