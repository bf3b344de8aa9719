//! `/api/staff/webhooks`: staff register receivers (the signing secret shown once), read
//! each one's delivery history, send a test event, retry a delivery and delete.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use portico_api::webhooks::{
    DeliveryList, DeliveryQueued, NewWebhook, WebhookCreated, WebhookList, WebhookSummary,
};
use portico_api::FieldError;

use super::session::actor;
use crate::auth::session::StaffSession;
use crate::http::extract::{ApiJson, Client};
use crate::http::ApiError;
use crate::keys::new_nonce;
use crate::state::AppState;
use crate::store::webhooks::WebhookRecord;
use crate::webhooks::{check_events, check_url};

const MAX_DESCRIPTION_CHARS: usize = 200;
/// Enough of the secret to tell secrets apart ("whsec_" and four more).
const PREFIX_CHARS: usize = 10;
/// How much history the console shows for one webhook.
const HISTORY: i64 = 50;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/webhooks", get(list).post(create))
        .route("/staff/webhooks/{id}", axum::routing::delete(delete))
        .route("/staff/webhooks/{id}/deliveries", get(deliveries))
        .route("/staff/webhooks/{id}/test", post(send_test))
        .route(
            "/staff/webhooks/{id}/deliveries/{delivery_id}/retry",
            post(retry),
        )
}

fn summary(webhook: WebhookRecord) -> WebhookSummary {
    WebhookSummary {
        events: webhook.event_list(),
        id: webhook.id,
        url: webhook.url,
        description: webhook.description,
        secret_prefix: webhook.secret_prefix,
        created_at: webhook.created_at,
        last_delivery: webhook.last_delivery,
    }
}

async fn list(
    State(state): State<AppState>,
    _staff: StaffSession,
) -> Result<Json<WebhookList>, ApiError> {
    let webhooks = state
        .store
        .webhooks()
        .await?
        .into_iter()
        .map(summary)
        .collect();
    Ok(Json(WebhookList { webhooks }))
}

async fn create(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiJson(body): ApiJson<NewWebhook>,
) -> Result<(StatusCode, Json<WebhookCreated>), ApiError> {
    let description = body.description.trim();
    let too_long = (description.chars().count() > MAX_DESCRIPTION_CHARS)
        .then(|| format!("Keep the description to {MAX_DESCRIPTION_CHARS} characters."));
    let (url, events) = match (check_url(&body.url), check_events(&body.events), too_long) {
        (Ok(url), Ok(events), None) => (url, events),
        // Every problem at once, so the form can mark each field.
        (url, events, description) => {
            let problems = [
                ("url", url.err().map(String::from)),
                ("events", events.err()),
                ("description", description),
            ];
            return Err(ApiError::fields(
                problems
                    .into_iter()
                    .filter_map(|(field, message)| {
                        message.map(|message| FieldError {
                            field: field.into(),
                            message,
                        })
                    })
                    .collect(),
            ));
        }
    };
    let nonce = new_nonce()?;
    let secret = state.keys.webhook_secret(&nonce);
    let prefix: String = secret.chars().take(PREFIX_CHARS).collect();
    let webhook = state
        .store
        .create_webhook(
            crate::store::webhooks::NewWebhook {
                url: url.as_str(),
                events: &events,
                description,
                secret_nonce: &nonce,
                secret_prefix: &prefix,
            },
            &actor(&client, Some(staff.account.id), None),
            state.now(),
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(WebhookCreated {
            webhook: summary(webhook),
            secret,
        }),
    ))
}

async fn delete(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let actor = actor(&client, Some(staff.account.id), None);
    if state.store.delete_webhook(id, &actor, state.now()).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

async fn deliveries(
    State(state): State<AppState>,
    _staff: StaffSession,
    Path(id): Path<i64>,
) -> Result<Json<DeliveryList>, ApiError> {
    let webhook = state.store.webhook(id).await?.ok_or(ApiError::NotFound)?;
    let deliveries = state.store.deliveries(id, HISTORY).await?;
    Ok(Json(DeliveryList {
        webhook: summary(webhook),
        deliveries,
    }))
}

async fn send_test(
    State(state): State<AppState>,
    _staff: StaffSession,
    Path(id): Path<i64>,
) -> Result<(StatusCode, Json<DeliveryQueued>), ApiError> {
    let delivery_id = state
        .store
        .queue_ping(id, state.now())
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok((StatusCode::ACCEPTED, Json(DeliveryQueued { delivery_id })))
}

async fn retry(
    State(state): State<AppState>,
    _staff: StaffSession,
    Path((id, delivery_id)): Path<(i64, i64)>,
) -> Result<(StatusCode, Json<DeliveryQueued>), ApiError> {
    if state
        .store
        .retry_delivery(id, delivery_id, state.now())
        .await?
    {
        Ok((StatusCode::ACCEPTED, Json(DeliveryQueued { delivery_id })))
    } else {
        Err(ApiError::NotFound)
    }
}
