//! Limits on every API request: a body size answered from `Content-Length` before a byte
//! is read, a deadline for the body to arrive, and one for the whole answer. A slow or
//! oversized request thus costs the server a bounded amount of memory and time, and gets
//! the API's error shape (413, 408, 503) instead of a stalled connection.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::CONTENT_LENGTH;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, LengthLimitError, Limited};

use super::ApiError;

#[derive(Debug, Clone, Copy)]
pub struct RequestLimits {
    pub body_bytes: usize,
    pub body_timeout: Duration,
    pub request_timeout: Duration,
}

/// Every API body is a small JSON document; the largest is the login text's Markdown
/// (at most 20,000 characters, so about 120 KB even with every character escaped).
pub const MAX_BODY_BYTES: usize = 256 * 1024;

pub async fn enforce(
    State(limits): State<Arc<RequestLimits>>,
    request: Request,
    next: Next,
) -> Response {
    let too_large = ApiError::PayloadTooLarge {
        limit_bytes: limits.body_bytes,
    };
    let declared = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > limits.body_bytes as u64) {
        return too_large.into_response();
    }
    let (parts, body) = request.into_parts();
    // Read whole before the handler runs, so that its deadline is the body's alone; a
    // chunked body that grows past the limit stops being read at the limit.
    let read = Limited::new(body, limits.body_bytes).collect();
    let bytes = match tokio::time::timeout(limits.body_timeout, read).await {
        Err(_) => return ApiError::RequestTimeout.into_response(),
        Ok(Err(err)) if err.downcast_ref::<LengthLimitError>().is_some() => {
            return too_large.into_response()
        }
        Ok(Err(err)) => {
            return ApiError::Validation {
                message: format!("The request body could not be read: {err}"),
                fields: Vec::new(),
            }
            .into_response()
        }
        Ok(Ok(collected)) => collected.to_bytes(),
    };
    let request = Request::from_parts(parts, Body::from(bytes));
    // The handler runs as a task of its own, so that neither this deadline nor a client
    // that hangs up can stop it half way: dropping a future inside a database
    // transaction (while `BEGIN IMMEDIATE` waits for the lock, say) can hand its
    // connection back to the pool still inside the transaction, and every later request
    // on it fails. Past the deadline the caller gets 503 and the handler finishes alone;
    // what it waits for (the hashing queue, the write lock) is bounded by its own limits.
    let handler = tokio::spawn(crate::i18n::keep_caller(next.run(request)));
    match tokio::time::timeout(limits.request_timeout, handler).await {
        Ok(Ok(response)) => response,
        Ok(Err(err)) => {
            ApiError::Unexpected(anyhow::anyhow!("the handler failed: {err}")).into_response()
        }
        Err(_) => {
            tracing::warn!("an API request ran past --request-timeout");
            ApiError::Unavailable.into_response()
        }
    }
}
