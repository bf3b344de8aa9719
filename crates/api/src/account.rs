//! The signed-in account's own endpoints: the first password after a staff-set one
//! (`/api/session/password-change`), changing the password, and signed-in devices.

use serde::{Deserialize, Serialize};

/// `GET /api/session/password-change`: the pending first-password step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordChangeStep {
    pub name: String,
    pub email: String,
    /// Unix seconds; after this, signing in again starts a new window.
    pub expires_at: i64,
    pub min_password_chars: usize,
}

/// `POST /api/session/password-change`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FirstPassword {
    pub password: String,
}

impl std::fmt::Debug for FirstPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FirstPassword").finish_non_exhaustive()
    }
}

/// `POST /api/account/password`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePassword {
    pub current_password: String,
    pub new_password: String,
    /// End every other session of the account (the one asking stays signed in).
    #[serde(default = "yes")]
    pub sign_out_others: bool,
}

fn yes() -> bool {
    true
}

impl std::fmt::Debug for ChangePassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangePassword")
            .field("sign_out_others", &self.sign_out_others)
            .finish_non_exhaustive()
    }
}

/// The answer to a password change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordChanged {
    pub message: String,
    /// How many other sessions were ended.
    pub signed_out: u64,
}

/// `GET /api/account/password`: what the change-password page needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordPolicy {
    pub email: String,
    pub min_password_chars: usize,
}

/// One signed-in device (`GET /api/account/sessions`). `id` names the session for
/// signing it out; it is not the secret cookie value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceSession {
    pub id: i64,
    /// "Firefox 120 on Linux".
    pub device: String,
    pub ip: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    /// The session this request came with.
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Devices {
    pub sessions: Vec<DeviceSession>,
}

/// `POST /api/not-me/check` and `POST /api/not-me`: the token from a password-changed email.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotMeToken {
    pub token: String,
}

impl std::fmt::Debug for NotMeToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotMeToken").finish_non_exhaustive()
    }
}

/// Whose account a "This wasn't me" link would lock down.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotMeInfo {
    pub email: String,
}

/// What happened after "This wasn't me".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotMeDone {
    pub message: String,
}

/// `POST /api/account/sessions/sign-out-others`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignedOut {
    pub signed_out: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_requests_never_show_passwords_in_debug() {
        let change = ChangePassword {
            current_password: "old-secret-1".into(),
            new_password: "new-secret-2".into(),
            sign_out_others: true,
        };
        let first = FirstPassword {
            password: "first-secret-3".into(),
        };
        let shown = format!("{change:?} {first:?}");
        assert!(!shown.contains("secret"), "{shown}");
    }

    #[test]
    fn signing_out_other_devices_is_the_default() {
        let change: ChangePassword =
            serde_json::from_str(r#"{"current_password":"a","new_password":"b"}"#).unwrap();
        assert!(change.sign_out_others);
    }
}

/// `PUT /api/account/language`: the language the signed-in account's holder reads, kept on
/// the account for its emails and its other devices; `null` goes back to following the
/// browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountLanguage {
    pub language: Option<crate::lang::Lang>,
}
