//! The automations API (`/api/v1/automations/...`, `Authorization: Bearer KEY`) and the
//! console's API-key management (`/api/staff/api-keys`).

use serde::{Deserialize, Serialize};

/// `POST /api/v1/automations/update-password`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdatePassword {
    /// The account's login email, exactly as stored (case-sensitive).
    pub email: String,
    /// Omitted: a secure one is generated and returned.
    #[serde(default)]
    pub password: Option<String>,
    /// Defaults to true: the client chooses their own at the next sign-in.
    #[serde(default)]
    pub require_change: Option<bool>,
}

impl std::fmt::Debug for UpdatePassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdatePassword")
            .field("email", &self.email)
            .field("require_change", &self.require_change)
            .finish_non_exhaustive()
    }
}

/// The password that was set, returned on purpose: the caller's next step delivers it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordUpdated {
    pub email: String,
    pub password: String,
    pub generated: bool,
    pub require_change: bool,
}

impl std::fmt::Debug for PasswordUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordUpdated")
            .field("email", &self.email)
            .field("generated", &self.generated)
            .finish_non_exhaustive()
    }
}

/// `POST /api/v1/automations/send-reset`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SendReset {
    pub email: String,
}

/// The link that was emailed, for a follow-up step.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetLinkSent {
    pub email: String,
    pub link: String,
    pub sent_at: i64,
    /// Asking again before this re-sends the same link.
    pub reuse_until: i64,
    pub expires_at: i64,
}

// Hand-written: the link is a working credential and must not reach a log line.
impl std::fmt::Debug for ResetLinkSent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResetLinkSent")
            .field("email", &self.email)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// An API key as the console lists it; never the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiKeySummary {
    pub id: i64,
    pub name: String,
    /// The secret's first characters, to tell keys apart.
    pub prefix: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiKeyList {
    pub keys: Vec<ApiKeySummary>,
}

/// `POST /api/staff/api-keys`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewApiKey {
    pub name: String,
}

/// The new key, with its secret: shown this once, stored only as a keyed hash.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiKeyCreated {
    pub key: ApiKeySummary,
    pub secret: String,
}

impl std::fmt::Debug for ApiKeyCreated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKeyCreated")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let update = UpdatePassword {
            email: "a@example.com".into(),
            password: Some("secret-one".into()),
            require_change: None,
        };
        let updated = PasswordUpdated {
            email: "a@example.com".into(),
            password: "secret-two".into(),
            generated: false,
            require_change: true,
        };
        let created = ApiKeyCreated {
            key: ApiKeySummary {
                id: 1,
                name: "Zapier".into(),
                prefix: "pk_abcd".into(),
                created_at: 0,
                last_used_at: None,
                revoked_at: None,
            },
            secret: "pk_secret-three".into(),
        };
        let shown = format!("{update:?} {updated:?} {created:?}");
        assert!(!shown.contains("secret-"), "{shown}");
    }
}
