//! The API's one error type. Every handler returns `Result<_, ApiError>`; the body is always
//! an `ErrorBody`, and unexpected failures are logged with their cause chain but answered
//! with a generic sentence.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::{ErrorBody, ErrorCode, FieldError};

use crate::auth::password::HasherBusy;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("account archived")]
    AccountArchived,
    #[error("throttled for {retry_after_secs}s")]
    Throttled { retry_after_secs: u64 },
    #[error("not signed in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("validation failed: {message}")]
    Validation {
        message: String,
        fields: Vec<FieldError>,
    },
    #[error("invalid link")]
    InvalidLink(&'static str),
    #[error("link expired")]
    LinkExpired,
    #[error("link already used")]
    LinkUsed,
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("cross-site request refused")]
    CrossSite,
    #[error("not found")]
    NotFound,
    #[error("password change required")]
    PasswordChangeRequired,
    #[error("first-password window closed")]
    TicketExpired,
    /// The request needs a (new) human check; the answer carries the challenge.
    #[error("human check required: {refusal:?}")]
    HumanCheckRequired {
        refusal: crate::human_check::Refusal,
        challenge: Box<portico_api::human_check::HumanCheckChallenge>,
    },
    #[error("feature disabled: {0}")]
    FeatureDisabled(&'static str),
    #[error("missing or invalid API key")]
    InvalidApiKey,
    #[error("no account with exactly this email")]
    NoSuchAccount,
    #[error("the password does not meet the policy")]
    PolicyRejected(Vec<FieldError>),
    #[error("request body over {limit_bytes} bytes")]
    PayloadTooLarge { limit_bytes: usize },
    #[error("request body too slow")]
    RequestTimeout,
    #[error("request took too long")]
    Unavailable,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl ApiError {
    /// A single-field validation error.
    pub fn field(field: &str, message: impl Into<String>) -> ApiError {
        let message = message.into();
        ApiError::Validation {
            message: message.clone(),
            fields: vec![FieldError {
                field: field.to_string(),
                message,
            }],
        }
    }

    /// Several field errors at once, so a form can show them all together.
    pub fn fields(fields: Vec<FieldError>) -> ApiError {
        let message = match fields.as_slice() {
            [only] => only.message.clone(),
            _ => "Some fields need attention.".to_string(),
        };
        ApiError::Validation { message, fields }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // Handlers pass the hasher's errors on with `?`; a full hashing queue is load, not
        // a fault, and the caller should try again shortly.
        let this = match self {
            ApiError::Unexpected(err) if err.is::<HasherBusy>() => ApiError::Unavailable,
            other => other,
        };
        let (status, code, message) = match &this {
            ApiError::InvalidCredentials => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidCredentials,
                "The email or password is incorrect.".to_string(),
            ),
            ApiError::AccountArchived => (
                StatusCode::FORBIDDEN,
                ErrorCode::AccountArchived,
                "This account has been archived. Contact the people who run this portal to restore it.".to_string(),
            ),
            ApiError::Throttled { retry_after_secs } => (
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::Throttled,
                format!("Too many attempts. Try again in {}.", human_wait(*retry_after_secs)),
            ),
            ApiError::Unauthenticated => {
                (StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated, "Please sign in.".to_string())
            }
            ApiError::Forbidden => {
                (StatusCode::FORBIDDEN, ErrorCode::Forbidden, "You don't have access to this.".to_string())
            }
            ApiError::Validation { message, .. } => (StatusCode::BAD_REQUEST, ErrorCode::Validation, message.clone()),
            ApiError::InvalidLink(message) => (StatusCode::GONE, ErrorCode::InvalidLink, message.to_string()),
            ApiError::LinkExpired => (
                StatusCode::GONE,
                ErrorCode::LinkExpired,
                "This link has expired.".to_string(),
            ),
            ApiError::LinkUsed => (
                StatusCode::GONE,
                ErrorCode::LinkUsed,
                "This link has already been used.".to_string(),
            ),
            ApiError::Conflict(message) => (StatusCode::CONFLICT, ErrorCode::Conflict, message.clone()),
            ApiError::CrossSite => (
                StatusCode::FORBIDDEN,
                ErrorCode::CrossSite,
                "Requests from other sites are not accepted.".to_string(),
            ),
            ApiError::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound, "Not found.".to_string()),
            ApiError::PasswordChangeRequired => (
                StatusCode::FORBIDDEN,
                ErrorCode::PasswordChangeRequired,
                "Choose a new password to finish signing in.".to_string(),
            ),
            ApiError::TicketExpired => (
                StatusCode::GONE,
                ErrorCode::TicketExpired,
                "This step timed out. Sign in again with your temporary password to start again.".to_string(),
            ),
            // 428: the request is fine but needs a precondition met first, unlike a 429
            // whose only remedy is waiting.
            ApiError::HumanCheckRequired { refusal, .. } => (
                StatusCode::PRECONDITION_REQUIRED,
                ErrorCode::HumanCheckRequired,
                refusal.message().to_string(),
            ),
            ApiError::FeatureDisabled(message) => (StatusCode::FORBIDDEN, ErrorCode::FeatureDisabled, message.to_string()),
            ApiError::InvalidApiKey => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthenticated,
                "Send a valid API key: Authorization: Bearer KEY. Staff create keys in the console.".to_string(),
            ),
            ApiError::NoSuchAccount => (
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                "No client account has exactly this email address (it is matched case-sensitively).".to_string(),
            ),
            ApiError::PolicyRejected(fields) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::Validation,
                fields.first().map(|f| f.message.clone()).unwrap_or_default(),
            ),
            ApiError::PayloadTooLarge { limit_bytes } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                format!("The request body is too large: send at most {} KiB.", limit_bytes / 1024),
            ),
            ApiError::RequestTimeout => (
                StatusCode::REQUEST_TIMEOUT,
                ErrorCode::RequestTimeout,
                "The request body did not arrive in time. Please try again.".to_string(),
            ),
            ApiError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::Unavailable,
                "The server is busy. Please try again in a moment.".to_string(),
            ),
            ApiError::Unexpected(err) => {
                tracing::error!(error = format!("{err:#}"), "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorCode::Internal,
                    "Something went wrong on our side. Please try again.".to_string(),
                )
            }
        };
        let retry_after_secs = match &this {
            ApiError::Throttled { retry_after_secs } => Some(*retry_after_secs),
            ApiError::Unavailable => Some(UNAVAILABLE_RETRY_SECS),
            _ => None,
        };
        let unauthenticated = matches!(this, ApiError::InvalidApiKey);
        let (fields, human_check) = match this {
            ApiError::Validation { fields, .. } | ApiError::PolicyRejected(fields) => {
                (fields, None)
            }
            ApiError::HumanCheckRequired { challenge, .. } => (Vec::new(), Some(*challenge)),
            _ => (Vec::new(), None),
        };
        let body = ErrorBody {
            code,
            message,
            fields,
            retry_after_secs,
            human_check,
        };
        let mut response = (status, Json(body)).into_response();
        if unauthenticated {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"portico\""),
            );
        }
        if let Some(secs) = retry_after_secs {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

/// What a busy server asks a caller to wait before trying again.
const UNAVAILABLE_RETRY_SECS: u64 = 5;

fn human_wait(secs: u64) -> String {
    match secs {
        0..=1 => "a second".to_string(),
        2..=59 => format!("{secs} seconds"),
        60..=119 => "a minute".to_string(),
        _ => format!("{} minutes", secs.div_ceil(60)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_naturally() {
        assert_eq!(human_wait(1), "a second");
        assert_eq!(human_wait(30), "30 seconds");
        assert_eq!(human_wait(60), "a minute");
        assert_eq!(human_wait(121), "3 minutes");
    }

    #[test]
    fn throttled_answers_carry_retry_after() {
        let response = ApiError::Throttled {
            retry_after_secs: 42,
        }
        .into_response();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers()[header::RETRY_AFTER], "42");
    }
}
