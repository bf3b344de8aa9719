//! The portal's branding: name, colours and logo. Staff change them in the builder; every
//! page links `theme.css` and shows the logo, both served from memory (`crate::portal`).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::branding::{Branding, BrandingUpdate};
use portico_api::FieldError;
use portico_i18n::branding_message;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::session::StaffSession;
use crate::http::extract::{ApiJson, ApiQuery, Client};
use crate::http::static_files::{content_digest, matches_etag};
use crate::http::ApiError;
use crate::openapi::{BadRequest, StaffOnly};
use crate::portal::Asset;
use crate::state::AppState;
use crate::store::events::EventKind;
use crate::store::portal::StoredLogo;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(theme))
        .routes(routes!(logo))
        .routes(routes!(branding, update_branding))
        .routes(routes!(upload_logo, remove_logo))
}

/// The accent colours as CSS variables; every page links it after its own stylesheet.
#[utoipa::path(
    get,
    path = "/portal/theme.css",
    operation_id = "portal_theme",
    tag = "portal",
    responses((status = 200, description = "The stylesheet (empty of rules while the portal keeps Portico's colours).", content_type = "text/css", body = String))
)]
async fn theme(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let current = state.portal.current();
    // Revalidated on every page load, so a new colour shows at once; unchanged, it costs
    // a 304.
    serve(&current.theme, &headers, "no-cache")
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct LogoQuery {
    /// The version in `PortalInfo.logo.url`; with it the answer may be cached for good.
    v: Option<String>,
}

/// The portal's logo (PNG, JPEG or WebP, as checked when it was uploaded).
#[utoipa::path(
    get,
    path = "/portal/logo",
    operation_id = "portal_logo",
    tag = "portal",
    params(LogoQuery),
    responses(
        (status = 200, description = "The image.", content_type = "image/png", body = Vec<u8>),
        BadRequest,
        (status = 404, description = "No logo has been uploaded."),
    )
)]
async fn logo(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<LogoQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let current = state.portal.current();
    let Some(logo) = &current.logo else {
        return Err(ApiError::NotFound);
    };
    // The versioned address never changes meaning; any other may, so it is revalidated.
    let versioned = query.v.is_some_and(|v| format!("\"{v}\"") == logo.etag);
    let cache = if versioned {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    Ok(serve(logo, &headers, cache))
}

fn serve(asset: &Asset, headers: &HeaderMap, cache: &'static str) -> Response {
    let etag = HeaderValue::from_str(&asset.etag).unwrap_or(HeaderValue::from_static("\"\""));
    let fresh = matches_etag(headers, &etag);
    let common = [
        (header::ETAG, etag),
        (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
    ];
    if fresh {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    let content_type = HeaderValue::from_str(&asset.content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    (
        common,
        [
            (header::CONTENT_TYPE, content_type),
            // An image is never a page of its own: saved, it is named for what it is.
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("inline"),
            ),
        ],
        asset.bytes.clone(),
    )
        .into_response()
}

/// The branding in force: name, colours and logo.
#[utoipa::path(
    get,
    path = "/staff/branding",
    operation_id = "branding",
    tag = "portal",
    security(("session_cookie" = [])),
    responses((status = 200, description = "The branding.", body = Branding), StaffOnly)
)]
async fn branding(State(state): State<AppState>, _staff: StaffSession) -> Json<Branding> {
    Json(state.portal.current().branding.clone())
}

/// Name and colours at once. A colour that does not reach WCAG AA contrast (4.5:1) against
/// its mode's page is refused, saying by how much.
#[utoipa::path(
    put,
    path = "/staff/branding",
    operation_id = "update_branding",
    tag = "portal",
    security(("session_cookie" = [])),
    request_body = BrandingUpdate,
    responses(
        (status = 200, description = "Saved; the branding now in force.", body = Branding),
        BadRequest,
        StaffOnly,
    )
)]
async fn update_branding(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiJson(update): ApiJson<BrandingUpdate>,
) -> Result<Json<Branding>, ApiError> {
    let words = crate::i18n::caller_words();
    let problems: Vec<_> = update
        .problems()
        .into_iter()
        .map(|p| FieldError::new(p.field(), branding_message(words, &p)))
        .collect();
    if !problems.is_empty() {
        return Err(ApiError::fields(problems));
    }
    let update = update.normalised();
    let now = state.now();
    state
        .store
        .save_branding(
            &update.name,
            update.accent.as_deref(),
            update.accent_dark.as_deref(),
            now,
        )
        .await?;
    crate::shared::portal_changed(&state).await?;
    changed(&state, &client, staff.account.id).await?;
    Ok(Json(state.portal.current().branding.clone()))
}

async fn changed(state: &AppState, client: &Client, staff_id: i64) -> Result<(), ApiError> {
    state
        .store
        .record_event(
            EventKind::BrandingChanged,
            &client.actor(Some(staff_id)),
            state.now(),
        )
        .await?;
    Ok(())
}

/// Upload the logo as the raw request body: PNG, JPEG or WebP, up to 256 KB and 4096
/// pixels a side. The type is read from the bytes, whatever `Content-Type` says.
#[utoipa::path(
    put,
    path = "/staff/branding/logo",
    operation_id = "upload_logo",
    tag = "portal",
    security(("session_cookie" = [])),
    request_body(content = Vec<u8>, content_type = "image/png", description = "The image file."),
    responses(
        (status = 200, description = "Saved; the branding now in force.", body = Branding),
        BadRequest,
        (status = 413, description = "Larger than 256 KB."),
        StaffOnly,
    )
)]
async fn upload_logo(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    body: Bytes,
) -> Result<Json<Branding>, ApiError> {
    let image = crate::logo::inspect(&body).map_err(|message| ApiError::field("logo", message))?;
    let logo = StoredLogo {
        content_type: image.content_type.to_string(),
        width: i64::from(image.width),
        height: i64::from(image.height),
        digest: content_digest(&body),
        bytes: body.to_vec(),
    };
    state.store.save_logo(&logo, state.now()).await?;
    crate::shared::portal_changed(&state).await?;
    changed(&state, &client, staff.account.id).await?;
    Ok(Json(state.portal.current().branding.clone()))
}

/// Remove the logo; pages show the name alone again.
#[utoipa::path(
    delete,
    path = "/staff/branding/logo",
    operation_id = "remove_logo",
    tag = "portal",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "Removed (or there was none); the branding now in force.", body = Branding),
        StaffOnly,
    )
)]
async fn remove_logo(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
) -> Result<Json<Branding>, ApiError> {
    if state.store.delete_logo().await? {
        crate::shared::portal_changed(&state).await?;
        changed(&state, &client, staff.account.id).await?;
    }
    Ok(Json(state.portal.current().branding.clone()))
}
