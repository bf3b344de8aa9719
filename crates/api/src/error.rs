//! The one error shape every API endpoint answers with.

use serde::{Deserialize, Serialize};

/// Machine-readable reason for a failed request. Apps switch on this, never on `message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Unknown email or wrong password: deliberately indistinguishable.
    InvalidCredentials,
    /// The credentials were right but the account is archived.
    AccountArchived,
    /// Too many attempts; see `retry_after_secs`.
    Throttled,
    /// No valid session.
    Unauthenticated,
    /// Signed in, but not allowed to do this.
    Forbidden,
    /// The request body or a field is invalid; see `fields`.
    Validation,
    /// A one-time link is unknown or no longer valid.
    InvalidLink,
    /// A reset link ran past its lifetime; a new one can be requested from it.
    LinkExpired,
    /// A reset link already set a password.
    LinkUsed,
    /// The thing already exists or the action no longer applies.
    Conflict,
    /// Mutating request from another site.
    CrossSite,
    /// The password was right, but staff or an automation chose it: the account holder must
    /// choose their own before a session opens (`/api/session/password-change`).
    PasswordChangeRequired,
    /// The window for choosing a first password closed; signing in again opens a new one.
    TicketExpired,
    /// The request looks automated: solve `human_check` (a proof-of-work challenge) and
    /// send the request again with the solution in its `human_check` field.
    HumanCheckRequired,
    /// The portal's settings turn this feature off.
    FeatureDisabled,
    NotFound,
    /// The request body is larger than the server accepts.
    PayloadTooLarge,
    /// The request body did not arrive in time.
    RequestTimeout,
    /// The server could not answer in time; try again shortly (see `Retry-After`).
    Unavailable,
    /// Something broke on the server; details are in its log, never in the answer.
    Internal,
}

/// One field's problem, shown beside that field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Body of every non-2xx answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub code: ErrorCode,
    /// A sentence a person can act on.
    pub message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_secs: Option<u64>,
    /// With `human_check_required`: the challenge to solve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_check: Option<crate::human_check::HumanCheckChallenge>,
}
