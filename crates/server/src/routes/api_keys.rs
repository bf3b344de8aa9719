//! `/api/staff/api-keys`: staff create (secret shown once), list and revoke automation keys.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use portico_api::automations::{ApiKeyCreated, ApiKeyList, ApiKeySummary, NewApiKey};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::session::StaffSession;
use crate::http::extract::{ApiJson, ApiPath, Client};
use crate::http::ApiError;
use crate::keys::{new_token, Purpose};
use crate::openapi::{BadRequest, NotFound, StaffOnly};
use crate::state::AppState;
use crate::store::api_keys::ApiKeyRecord;
use crate::validate;

const MAX_NAME_CHARS: usize = 80;
/// Enough of the secret to tell keys apart, far too little to guess the rest.
const PREFIX_CHARS: usize = 10;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(revoke))
}

fn summary(key: ApiKeyRecord) -> ApiKeySummary {
    ApiKeySummary {
        id: key.id,
        name: key.name,
        prefix: key.prefix,
        created_at: key.created_at,
        last_used_at: key.last_used_at,
        revoked_at: key.revoked_at,
    }
}

/// Every API key, revoked ones included; never a secret.
#[utoipa::path(
    get,
    path = "/staff/api-keys",
    operation_id = "list_api_keys",
    tag = "api-keys",
    security(("session_cookie" = [])),
    responses((status = 200, description = "The keys.", body = ApiKeyList), StaffOnly)
)]
async fn list(
    State(state): State<AppState>,
    _staff: StaffSession,
) -> Result<Json<ApiKeyList>, ApiError> {
    let keys = state
        .store
        .api_keys()
        .await?
        .into_iter()
        .map(summary)
        .collect();
    Ok(Json(ApiKeyList { keys }))
}

/// Create a key; its secret is in this answer and nowhere else, ever.
#[utoipa::path(
    post,
    path = "/staff/api-keys",
    operation_id = "create_api_key",
    tag = "api-keys",
    security(("session_cookie" = [])),
    request_body = NewApiKey,
    responses(
        (status = 201, description = "Created; `secret` is shown this once.", body = ApiKeyCreated),
        BadRequest,
        StaffOnly,
    )
)]
async fn create(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiJson(body): ApiJson<NewApiKey>,
) -> Result<(StatusCode, Json<ApiKeyCreated>), ApiError> {
    let name = body.name.trim();
    let words = crate::i18n::caller_words();
    if name.is_empty() {
        return Err(ApiError::field(
            "name",
            words.text("error-key-name-missing"),
        ));
    }
    validate::one_line(name).map_err(|message| ApiError::field("name", message))?;
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ApiError::field(
            "name",
            words.text_with("error-name-too-long", &[("max", MAX_NAME_CHARS.into())]),
        ));
    }
    let secret = format!("pk_{}", new_token()?);
    let prefix: String = secret.chars().take(PREFIX_CHARS).collect();
    let key = state
        .store
        .create_api_key(
            name,
            &prefix,
            &state.keys.mac(Purpose::ApiKey, &secret),
            &client.actor(Some(staff.account.id)),
            state.now(),
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(ApiKeyCreated {
            key: summary(key),
            secret,
        }),
    ))
}

/// Revoke a key: it stops working at once. Revoking a revoked key changes nothing.
#[utoipa::path(
    post,
    path = "/staff/api-keys/{id}/revoke",
    operation_id = "revoke_api_key",
    tag = "api-keys",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The key's id.")),
    responses(
        (status = 200, description = "The key, now revoked.", body = ApiKeySummary),
        BadRequest,
        StaffOnly,
        NotFound,
    )
)]
async fn revoke(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ApiKeySummary>, ApiError> {
    let key = state
        .store
        .revoke_api_key(id, &client.actor(Some(staff.account.id)), state.now())
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(summary(key)))
}
