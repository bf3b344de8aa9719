//! The public portal description and the staff endpoints that change it.

use axum::extract::State;
use axum::http::header::{CONTENT_TYPE, VARY};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::lang::Lang;
use portico_api::settings::PortalSettings;
use portico_api::FieldError;
use portico_api::{LoginTextSource, LoginTextUpdate, PortalInfo};
use portico_i18n::settings_message;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::session::StaffSession;
use crate::http::extract::{ApiJson, ApiQuery, Client};
use crate::http::ApiError;
use crate::openapi::{BadRequest, StaffOnly};
use crate::state::AppState;
use crate::store::events::EventKind;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(portal))
        .routes(routes!(update_login_text, login_text))
        .routes(routes!(settings, update_settings))
}

/// The portal settings in force.
#[utoipa::path(
    get,
    path = "/staff/settings",
    operation_id = "portal_settings",
    tag = "portal",
    security(("session_cookie" = [])),
    responses((status = 200, description = "The settings.", body = PortalSettings), StaffOnly)
)]
async fn settings(State(state): State<AppState>, _staff: StaffSession) -> Json<PortalSettings> {
    Json(state.settings.get())
}

/// All settings at once; any out-of-range value refuses the whole change, field by field.
#[utoipa::path(
    put,
    path = "/staff/settings",
    operation_id = "update_portal_settings",
    tag = "portal",
    security(("session_cookie" = [])),
    request_body = PortalSettings,
    responses(
        (status = 200, description = "Saved; the settings now in force.", body = PortalSettings),
        BadRequest,
        StaffOnly,
    )
)]
async fn update_settings(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiJson(update): ApiJson<PortalSettings>,
) -> Result<Json<PortalSettings>, ApiError> {
    // One save at a time, so the database and the cache cannot end up disagreeing.
    let _one_at_a_time = state.settings.saving().await;
    let current = state.settings.get();
    // A value left as it was may come from a flag outside the console's ranges (say a
    // 30-second link lifetime for a demo); only the values staff change are held to them.
    let words = crate::i18n::caller_words();
    let problems: Vec<_> = update
        .problems()
        .into_iter()
        .filter(|p| update.differs_from(&current, p.field()))
        .map(|p| FieldError::new(p.field(), settings_message(words, &p)))
        .collect();
    if !problems.is_empty() {
        return Err(ApiError::fields(problems));
    }
    let now = state.now();
    state.store.save_settings(&update, now).await?;
    state.settings.replace(update.clone());
    crate::shared::settings_changed(&state).await;
    state
        .store
        .record_event(
            EventKind::SettingsChanged,
            &client.actor(Some(staff.account.id)),
            now,
        )
        .await?;
    Ok(Json(update))
}

/// The languages a page asks for, most wanted first.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct Wanted {
    /// BCP 47 tags, comma-separated, most wanted first; tags Portico does not speak are
    /// skipped. Without it, the request's `Accept-Language`.
    languages: Option<String>,
}

/// What the public sign-in page shows: the portal's name, its login text as safe HTML,
/// and the language to show them in.
#[utoipa::path(
    get,
    path = "/portal",
    operation_id = "portal",
    tag = "portal",
    params(Wanted),
    responses((status = 200, description = "The portal.", body = PortalInfo), BadRequest)
)]
async fn portal(
    State(state): State<AppState>,
    ApiQuery(wanted): ApiQuery<Wanted>,
    client: Client,
) -> Response {
    let (offered, default) = state.settings.languages();
    // Without `languages`, the browser's own (`Accept-Language`): the page preloads this
    // URL before its script runs, so the common case costs no second request.
    let language = match wanted.languages.as_deref() {
        // Bounded like Accept-Language: a page asks for a handful.
        Some(tags) => portico_i18n::negotiate(tags.split(',').take(16), &offered, default),
        None => client.language(&offered).unwrap_or(default),
    };
    (
        [
            (CONTENT_TYPE, HeaderValue::from_static("application/json")),
            // The answer's language follows the request's: no cache may hand it to another.
            (VARY, HeaderValue::from_static("accept-language")),
        ],
        state.portal.body(language, default, &offered),
    )
        .into_response()
}

/// Which language's login text.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct OfLanguage {
    /// A BCP 47 tag the portal offers, `de`; the default language when absent.
    language: Option<String>,
}

/// The language a login-text request names: one the portal offers, or its default.
fn text_language(state: &AppState, tag: Option<&str>) -> Result<Lang, ApiError> {
    match tag {
        None => Ok(state.settings.default_language()),
        Some(tag) => Lang::from_tag(tag)
            .filter(|&lang| lang != Lang::Pseudo && state.settings.offers(lang))
            .ok_or_else(|| {
                ApiError::field(
                    "language",
                    crate::i18n::caller_words().text("error-language-not-offered"),
                )
            }),
    }
}

/// A language's login text, Markdown, for editing: its own, and the default language's
/// that the login page shows while it has none.
#[utoipa::path(
    get,
    path = "/portal/login-text",
    operation_id = "login_text",
    tag = "portal",
    params(OfLanguage),
    security(("session_cookie" = [])),
    responses((status = 200, description = "The Markdown.", body = LoginTextSource), BadRequest, StaffOnly)
)]
async fn login_text(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiQuery(of): ApiQuery<OfLanguage>,
) -> Result<Json<LoginTextSource>, ApiError> {
    let language = text_language(&state, of.language.as_deref())?;
    let default = state.settings.default_language();
    let record = state.store.portal().await?;
    let text_of = |lang: Lang| {
        record
            .login_texts
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, markdown)| markdown.clone())
    };
    Ok(Json(LoginTextSource {
        markdown: text_of(language).unwrap_or_default(),
        language,
        fallback: (language != default).then(|| text_of(default).unwrap_or_default()),
    }))
}

/// Replace one language's login text (Markdown; raw HTML is dropped when rendered): the
/// default language's unless `language` names another. An empty text for another language
/// removes it, so that language shows the default's.
#[utoipa::path(
    put,
    path = "/portal/login-text",
    operation_id = "update_login_text",
    tag = "portal",
    security(("session_cookie" = [])),
    request_body = LoginTextUpdate,
    responses(
        (status = 204, description = "Saved; `GET /api/portal` shows it now."),
        BadRequest,
        StaffOnly,
    )
)]
async fn update_login_text(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiJson(update): ApiJson<LoginTextUpdate>,
) -> Result<StatusCode, ApiError> {
    let chars = update.markdown.chars().count();
    if chars > portico_login_text::MAX_CHARS {
        return Err(ApiError::field(
            "markdown",
            crate::i18n::caller_words().text_with(
                "error-login-text-too-long",
                &[
                    ("chars", chars.into()),
                    ("max", portico_login_text::MAX_CHARS.into()),
                ],
            ),
        ));
    }
    let now = state.now();
    let language = text_language(&state, update.language.map(Lang::tag))?;
    state
        .store
        .set_login_text(language, &update.markdown, now)
        .await?;
    crate::shared::portal_changed(&state).await?;
    state
        .store
        .record_event(
            EventKind::LoginTextChanged,
            &client.actor(Some(staff.account.id)),
            now,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
