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
    /// With the id of the message that says why (`errors.ftl`).
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
    /// With the id of the message that says what to do instead (`errors.ftl`).
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
            _ => crate::i18n::caller_words().text("error-fields"),
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
        let words = crate::i18n::caller_words();
        let (status, code, message) = match &this {
            ApiError::InvalidCredentials => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidCredentials,
                words.text("error-invalid-credentials"),
            ),
            ApiError::AccountArchived => (
                StatusCode::FORBIDDEN,
                ErrorCode::AccountArchived,
                words.text("error-account-archived"),
            ),
            ApiError::Throttled { retry_after_secs } => (
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::Throttled,
                words.text_with(
                    "error-throttled",
                    &[("wait", (&human_wait(words, *retry_after_secs)).into())],
                ),
            ),
            ApiError::Unauthenticated => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthenticated,
                words.text("error-unauthenticated"),
            ),
            ApiError::Forbidden => (
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                words.text("error-forbidden"),
            ),
            ApiError::Validation { message, .. } => (
                StatusCode::BAD_REQUEST,
                ErrorCode::Validation,
                message.clone(),
            ),
            ApiError::InvalidLink(id) => (StatusCode::GONE, ErrorCode::InvalidLink, words.text(id)),
            ApiError::LinkExpired => (
                StatusCode::GONE,
                ErrorCode::LinkExpired,
                words.text("error-link-expired"),
            ),
            ApiError::LinkUsed => (
                StatusCode::GONE,
                ErrorCode::LinkUsed,
                words.text("error-link-used"),
            ),
            ApiError::Conflict(message) => {
                (StatusCode::CONFLICT, ErrorCode::Conflict, message.clone())
            }
            ApiError::CrossSite => (
                StatusCode::FORBIDDEN,
                ErrorCode::CrossSite,
                words.text("error-cross-site"),
            ),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                words.text("error-not-found"),
            ),
            ApiError::PasswordChangeRequired => (
                StatusCode::FORBIDDEN,
                ErrorCode::PasswordChangeRequired,
                words.text("error-password-change-required"),
            ),
            ApiError::TicketExpired => (
                StatusCode::GONE,
                ErrorCode::TicketExpired,
                words.text("error-ticket-expired"),
            ),
            // 428: the request is fine but needs a precondition met first, unlike a 429
            // whose only remedy is waiting.
            ApiError::HumanCheckRequired { refusal, .. } => (
                StatusCode::PRECONDITION_REQUIRED,
                ErrorCode::HumanCheckRequired,
                refusal.message(words),
            ),
            ApiError::FeatureDisabled(id) => (
                StatusCode::FORBIDDEN,
                ErrorCode::FeatureDisabled,
                words.text(id),
            ),
            ApiError::InvalidApiKey => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthenticated,
                words.text("error-api-key-invalid"),
            ),
            ApiError::NoSuchAccount => (
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                words.text("error-no-such-client"),
            ),
            ApiError::PolicyRejected(fields) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::Validation,
                fields
                    .first()
                    .map(|f| f.message.clone())
                    .unwrap_or_default(),
            ),
            ApiError::PayloadTooLarge { limit_bytes } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                words.text_with(
                    "error-payload-too-large",
                    &[("kib", (limit_bytes / 1024).into())],
                ),
            ),
            ApiError::RequestTimeout => (
                StatusCode::REQUEST_TIMEOUT,
                ErrorCode::RequestTimeout,
                words.text("error-request-timeout"),
            ),
            ApiError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::Unavailable,
                words.text("error-unavailable"),
            ),
            ApiError::Unexpected(err) => {
                tracing::error!(error = format!("{err:#}"), "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorCode::Internal,
                    words.text("error-internal"),
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

fn human_wait(words: &portico_i18n::Catalog, secs: u64) -> String {
    match secs {
        0..=59 => words.text_with("wait-seconds", &[("count", secs.max(1).into())]),
        _ => words.text_with("wait-minutes", &[("count", secs.div_ceil(60).into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_naturally() {
        let words = crate::i18n::words(portico_i18n::Lang::En);
        assert_eq!(human_wait(words, 1), "a second");
        assert_eq!(human_wait(words, 30), "30 seconds");
        assert_eq!(human_wait(words, 60), "a minute");
        assert_eq!(human_wait(words, 121), "3 minutes");
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
