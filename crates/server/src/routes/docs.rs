//! `GET /api/openapi.json`: the document `crate::openapi` built at start-up.

use axum::http::header::CONTENT_TYPE;
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use bytes::Bytes;

/// The rendered document, handed to the handler as a request extension.
#[derive(Clone)]
pub struct Document(pub Bytes);

/// This document: every endpoint under `/api`, generated from the server's code.
#[utoipa::path(
    get,
    path = "/openapi.json",
    operation_id = "openapi_document",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI 3.1 document.", content_type = "application/json", body = Object))
)]
pub async fn document(Extension(Document(json)): Extension<Document>) -> Response {
    (
        [(CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        json,
    )
        .into_response()
}
