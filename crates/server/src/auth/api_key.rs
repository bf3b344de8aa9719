//! `Authorization: Bearer KEY` for the automations API: the key is found by its MAC, must
//! not be revoked, and each key gets a fixed number of requests a minute.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::clock::Timestamp;
use crate::http::ApiError;
use crate::keys::Purpose;
use crate::state::AppState;

/// `last_used_at` is written at most this often.
const TOUCH_EVERY_SECS: i64 = 60;
const WINDOW_SECS: i64 = 60;

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
        if let Some(retry_after_secs) = state.key_limiter.admit(key.id, now) {
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

/// A fixed window per key: `per_minute` requests, then 429 until the minute is over.
pub struct KeyLimiter {
    per_minute: u32,
    windows: Mutex<HashMap<i64, (Timestamp, u32)>>,
}

impl KeyLimiter {
    pub fn new(per_minute: u32) -> KeyLimiter {
        KeyLimiter {
            per_minute,
            windows: Mutex::default(),
        }
    }

    /// Counts one request; `Some(seconds to wait)` when the key is over its limit.
    pub fn admit(&self, key_id: i64, now: Timestamp) -> Option<u64> {
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        let window = windows.entry(key_id).or_insert((now, 0));
        if now - window.0 >= WINDOW_SECS {
            *window = (now, 0);
        }
        if window.1 >= self.per_minute {
            return Some(
                u64::try_from(window.0 + WINDOW_SECS - now)
                    .unwrap_or(1)
                    .max(1),
            );
        }
        window.1 += 1;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::KeyLimiter;

    #[test]
    fn each_key_gets_its_own_minute() {
        let limiter = KeyLimiter::new(2);
        assert_eq!(limiter.admit(1, 100), None);
        assert_eq!(limiter.admit(1, 110), None);
        assert_eq!(limiter.admit(1, 120), Some(40));
        assert_eq!(limiter.admit(2, 120), None, "another key is not affected");
        assert_eq!(limiter.admit(1, 160), None, "a new minute");
    }
}
