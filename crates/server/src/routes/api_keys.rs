//! `/api/staff/api-keys`: staff create (secret shown once), list and revoke automation keys.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use portico_api::automations::{ApiKeyCreated, ApiKeyList, ApiKeySummary, NewApiKey};

use super::session::actor;
use crate::auth::session::StaffSession;
use crate::http::extract::{ApiJson, Client};
use crate::http::ApiError;
use crate::keys::{new_token, Purpose};
use crate::state::AppState;
use crate::store::api_keys::ApiKeyRecord;

const MAX_NAME_CHARS: usize = 80;
/// Enough of the secret to tell keys apart, far too little to guess the rest.
const PREFIX_CHARS: usize = 10;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/api-keys", get(list).post(create))
        .route("/staff/api-keys/{id}/revoke", post(revoke))
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

async fn create(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiJson(body): ApiJson<NewApiKey>,
) -> Result<(StatusCode, Json<ApiKeyCreated>), ApiError> {
    let name = body.name.trim();
    if name.is_empty() {
        return Err(ApiError::field(
            "name",
            "Name the key after what uses it, such as \"Zapier\".",
        ));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ApiError::field(
            "name",
            format!("Keep the name to {MAX_NAME_CHARS} characters."),
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
            &actor(&client, Some(staff.account.id), None),
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

async fn revoke(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    Path(id): Path<i64>,
) -> Result<Json<ApiKeySummary>, ApiError> {
    let key = state
        .store
        .revoke_api_key(
            id,
            &actor(&client, Some(staff.account.id), None),
            state.now(),
        )
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(summary(key)))
}
