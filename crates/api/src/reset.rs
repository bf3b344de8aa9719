//! The self-service password reset: request a link, check it, use it.

use serde::{Deserialize, Serialize};

/// `POST /api/password-reset`: email me a link. The answer never says whether the
/// address has an account.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetRequest {
    pub email: String,
}

/// The same answer for every well-formed request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetRequested {
    pub message: String,
}

/// `POST /api/password-reset/check` and `/renew`: the token from the link.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetToken {
    pub token: String,
}

impl std::fmt::Debug for ResetToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ResetToken(<secret>)")
    }
}

/// A usable link: whose it is, so the form can tell password managers the username.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetLinkInfo {
    pub email: String,
    /// Unix seconds.
    pub expires_at: i64,
    /// The portal's minimum password length, for live feedback.
    pub min_password_chars: usize,
}

/// `POST /api/password-reset/complete`: choose the new password.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetComplete {
    pub token: String,
    pub password: String,
}

impl std::fmt::Debug for ResetComplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ResetComplete(<secret>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_tokens_or_passwords() {
        let shown = format!(
            "{:?} {:?}",
            ResetToken {
                token: "tok-secret".into()
            },
            ResetComplete {
                token: "tok-secret".into(),
                password: "pw-secret".into()
            }
        );
        assert!(!shown.contains("secret\"") && !shown.contains("tok-") && !shown.contains("pw-"));
    }
}
