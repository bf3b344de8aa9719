//! `/api/staff/webhooks`: staff register receivers (the signing secret shown once), read
//! each one's delivery history, send a test event, retry a delivery and delete.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use portico_api::webhooks::{
    Delivery, DeliveryAttempt, DeliveryList, DeliveryQueued, DeliveryStatus, NewWebhook,
    WebhookCreated, WebhookList, WebhookSummary,
};
use portico_api::{ErrorBody, FieldError};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::session::StaffSession;
use crate::clock::Timestamp;
use crate::http::extract::{ApiJson, ApiPath, Client};
use crate::http::ApiError;
use crate::keys::new_nonce;
use crate::openapi::{BadRequest, NotFound, StaffOnly};
use crate::state::AppState;
use crate::store::webhooks::{DeliveryRecord, Requeue, Roll, WebhookRecord, MAX_PREVIOUS_SECRETS};
use crate::validate;
use crate::webhooks::{check_events, check_url};

const MAX_DESCRIPTION_CHARS: usize = 200;
/// Enough of the secret to tell secrets apart ("whsec_" and four more).
const PREFIX_CHARS: usize = 10;
/// How much history the console shows for one webhook.
const HISTORY: i64 = 50;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(delete))
        .routes(routes!(roll_secret))
        .routes(routes!(deliveries))
        .routes(routes!(send_test))
        .routes(routes!(retry))
}

/// `{id}/deliveries/{delivery_id}` of a webhook.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
struct DeliveryPath {
    /// The webhook's id.
    id: i64,
    /// The delivery's id.
    delivery_id: i64,
}

fn summary(webhook: WebhookRecord, now: Timestamp) -> WebhookSummary {
    WebhookSummary {
        previous_secret_until: webhook.previous_secret_until.filter(|&until| until > now),
        events: webhook.event_list(),
        id: webhook.id,
        url: webhook.url,
        description: webhook.description,
        secret_prefix: webhook.secret_prefix,
        created_at: webhook.created_at,
        last_delivery: webhook
            .last_delivery
            .as_deref()
            .and_then(DeliveryStatus::parse),
    }
}

/// Every webhook, oldest first; never a secret.
#[utoipa::path(
    get,
    path = "/staff/webhooks",
    operation_id = "list_webhooks",
    tag = "webhooks",
    security(("session_cookie" = [])),
    responses((status = 200, description = "The webhooks.", body = WebhookList), StaffOnly)
)]
async fn list(
    State(state): State<AppState>,
    _staff: StaffSession,
) -> Result<Json<WebhookList>, ApiError> {
    let webhooks = state
        .store
        .webhooks()
        .await?
        .into_iter()
        .map(|webhook| summary(webhook, state.now()))
        .collect();
    Ok(Json(WebhookList { webhooks }))
}

/// Register a receiver for some events; its signing secret is in this answer only.
#[utoipa::path(
    post,
    path = "/staff/webhooks",
    operation_id = "create_webhook",
    tag = "webhooks",
    security(("session_cookie" = [])),
    request_body = NewWebhook,
    responses(
        (status = 201, description = "Registered; `secret` is shown this once.", body = WebhookCreated),
        BadRequest,
        StaffOnly,
    )
)]
async fn create(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiJson(body): ApiJson<NewWebhook>,
) -> Result<(StatusCode, Json<WebhookCreated>), ApiError> {
    let description = body.description.trim();
    let too_long = validate::one_line(description).err().or_else(|| {
        (description.chars().count() > MAX_DESCRIPTION_CHARS).then(|| {
            crate::i18n::caller_words().text_with(
                "error-description-too-long",
                &[("max", MAX_DESCRIPTION_CHARS.into())],
            )
        })
    });
    let (url, events) = match (check_url(&body.url), check_events(&body.events), too_long) {
        (Ok(url), Ok(events), None) => (url, events),
        // Every problem at once, so the form can mark each field.
        (url, events, description) => {
            let problems = [
                ("url", url.err()),
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
    let (nonce, secret, prefix) = new_secret(&state)?;
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
            &client.actor(Some(staff.account.id)),
            state.now(),
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(WebhookCreated {
            webhook: summary(webhook, state.now()),
            secret,
        }),
    ))
}

/// A fresh signing secret: the nonce to store, the secret to show once, its prefix.
fn new_secret(state: &AppState) -> anyhow::Result<([u8; 32], String, String)> {
    let nonce = new_nonce()?;
    let secret = state.keys.webhook_secret(&nonce);
    let prefix = secret.chars().take(PREFIX_CHARS).collect();
    Ok((nonce, secret, prefix))
}

/// How long the secret before a roll keeps signing: a day to update the receiver.
const ROLL_OVERLAP_SECS: i64 = 24 * 3600;

/// Give the webhook a new signing secret, shown in this answer only. For 24 hours every
/// delivery carries a signature under the previous secret too (and under any earlier one
/// still within its day), so the receiver can switch without refusing one.
#[utoipa::path(
    post,
    path = "/staff/webhooks/{id}/secret",
    operation_id = "roll_webhook_secret",
    tag = "webhooks",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The webhook's id.")),
    responses(
        (status = 200, description = "Rolled; `secret` is shown this once.", body = WebhookCreated),
        BadRequest,
        StaffOnly,
        NotFound,
        (status = 409, description = "Three earlier secrets still sign; roll again once the oldest stops (`code`: `conflict`).", body = ErrorBody),
    )
)]
async fn roll_secret(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<WebhookCreated>, ApiError> {
    let (nonce, secret, prefix) = new_secret(&state)?;
    let now = state.now();
    let rolled = state
        .store
        .roll_webhook_secret(
            id,
            &nonce,
            &prefix,
            now + ROLL_OVERLAP_SECS,
            &client.actor(Some(staff.account.id)),
            now,
        )
        .await?;
    let webhook = match rolled {
        Roll::Rolled(webhook) => webhook,
        Roll::NotFound => return Err(ApiError::NotFound),
        Roll::TooMany { until } => {
            let hours = (until - now + 3599) / 3600;
            return Err(ApiError::Conflict(format!(
                "{MAX_PREVIOUS_SECRETS} earlier secrets still sign this webhook's deliveries. \
                 Roll again once the oldest stops, in about {hours} {}.",
                if hours == 1 { "hour" } else { "hours" }
            )));
        }
    };
    Ok(Json(WebhookCreated {
        webhook: summary(webhook, now),
        secret,
    }))
}

/// Delete a webhook and its delivery history; nothing more is sent to it.
#[utoipa::path(
    delete,
    path = "/staff/webhooks/{id}",
    operation_id = "delete_webhook",
    tag = "webhooks",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The webhook's id.")),
    responses((status = 204, description = "Deleted."), BadRequest, StaffOnly, NotFound)
)]
async fn delete(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    client: Client,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let actor = client.actor(Some(staff.account.id));
    if state.store.delete_webhook(id, &actor, state.now()).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

/// The webhook and its newest deliveries, each with every attempt.
#[utoipa::path(
    get,
    path = "/staff/webhooks/{id}/deliveries",
    operation_id = "list_webhook_deliveries",
    tag = "webhooks",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The webhook's id.")),
    responses((status = 200, description = "The deliveries, newest first.", body = DeliveryList), BadRequest, StaffOnly, NotFound)
)]
async fn deliveries(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<DeliveryList>, ApiError> {
    let webhook = state.store.webhook(id).await?.ok_or(ApiError::NotFound)?;
    let deliveries = state.store.deliveries(id, HISTORY, state.now()).await?;
    Ok(Json(DeliveryList {
        webhook: summary(webhook, state.now()),
        deliveries: deliveries.into_iter().map(delivery).collect(),
    }))
}

/// A delivery as the console reads it.
fn delivery(record: DeliveryRecord) -> Delivery {
    Delivery {
        id: record.id,
        event_id: record.event_id,
        event_type: record.event_type,
        created_at: record.created_at,
        status: record.status,
        next_attempt_at: record.next_attempt_at,
        sending: record.sending,
        delivered_at: record.delivered_at,
        payload: record.payload,
        attempts: record
            .attempts
            .into_iter()
            .map(|a| DeliveryAttempt {
                at: a.at,
                duration_ms: a.duration_ms,
                status_code: a.status_code,
                detail: a.detail,
            })
            .collect(),
    }
}

/// Queue a `ping` event for this webhook alone, to try the receiver.
#[utoipa::path(
    post,
    path = "/staff/webhooks/{id}/test",
    operation_id = "send_webhook_test",
    tag = "webhooks",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The webhook's id.")),
    responses((status = 202, description = "Queued; sent within moments.", body = DeliveryQueued), BadRequest, StaffOnly, NotFound)
)]
async fn send_test(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiPath(id): ApiPath<i64>,
) -> Result<(StatusCode, Json<DeliveryQueued>), ApiError> {
    let delivery_id = state
        .store
        .queue_ping(id, state.now())
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok((StatusCode::ACCEPTED, Json(DeliveryQueued { delivery_id })))
}

/// Send a delivery again now, whether it was delivered, failed or is waiting for a retry.
#[utoipa::path(
    post,
    path = "/staff/webhooks/{id}/deliveries/{delivery_id}/retry",
    operation_id = "retry_webhook_delivery",
    tag = "webhooks",
    security(("session_cookie" = [])),
    params(DeliveryPath),
    responses(
        (status = 202, description = "Queued again, due now.", body = DeliveryQueued),
        BadRequest, StaffOnly, NotFound,
        (status = 409, description = "An attempt is under way; its outcome decides what follows (`code`: `conflict`).", body = ErrorBody),
    )
)]
async fn retry(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiPath(DeliveryPath { id, delivery_id }): ApiPath<DeliveryPath>,
) -> Result<(StatusCode, Json<DeliveryQueued>), ApiError> {
    match state
        .store
        .retry_delivery(id, delivery_id, state.now())
        .await?
    {
        Requeue::Queued => Ok((StatusCode::ACCEPTED, Json(DeliveryQueued { delivery_id }))),
        Requeue::Sending => Err(ApiError::Conflict(
            crate::i18n::caller_words().text("error-webhook-delivery-sending"),
        )),
        Requeue::NotFound => Err(ApiError::NotFound),
    }
}
