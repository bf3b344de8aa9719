//! The outbox as staff see it: every email queued or sent, one message, send again.

use axum::extract::State;
use axum::Json;
use portico_api::staff::{MailStatus, OutboxMessage, OutboxPage, OutboxSummary};
use portico_api::ErrorBody;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{page_number, PER_PAGE};
use crate::auth::session::StaffSession;
use crate::http::extract::{ApiPath, ApiQuery, Client};
use crate::http::ApiError;
use crate::openapi::{BadRequest, NotFound, StaffOnly};
use crate::state::AppState;
use crate::store::events::EventKind;
use crate::store::outbox::{StoredMail, NOT_ME_MARKER, RESET_LINK_MARKER};

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(outbox))
        .routes(routes!(outbox_message))
        .routes(routes!(retry))
}

/// `{id}` of `/staff/outbox/{id}/...`.
#[derive(Deserialize, IntoParams)]
#[into_params(names("id"), parameter_in = Path)]
struct MessageId(
    /// The message's id.
    i64,
);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct PageQuery {
    /// From 1; out-of-range pages are clamped.
    page: Option<i64>,
}

fn summary(mail: &StoredMail) -> OutboxSummary {
    OutboxSummary {
        id: mail.id,
        created_at: mail.created_at,
        to: mail.to_address.clone(),
        subject: mail.subject.clone(),
        // The column only ever holds these three; an unknown value reads as queued
        // rather than failing the whole page.
        status: MailStatus::parse(&mail.status).unwrap_or(MailStatus::Queued),
        attempts: mail.attempts,
        last_error: mail.last_error.clone(),
        sent_at: mail.sent_at,
    }
}

/// One page of the outbox, newest first.
#[utoipa::path(
    get,
    path = "/staff/outbox",
    operation_id = "outbox",
    tag = "staff",
    security(("session_cookie" = [])),
    params(PageQuery),
    responses((status = 200, description = "The page.", body = OutboxPage), BadRequest, StaffOnly)
)]
async fn outbox(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<OutboxPage>, ApiError> {
    let page = page_number(query.page);
    let (mails, total) = state.store.outbox_page(page, PER_PAGE).await?;
    Ok(Json(OutboxPage {
        messages: mails.iter().map(summary).collect(),
        total,
        page,
        per_page: PER_PAGE,
    }))
}

/// One message as staff may read it: links are placeholders.
#[utoipa::path(
    get,
    path = "/staff/outbox/{id}",
    operation_id = "outbox_message",
    tag = "staff",
    security(("session_cookie" = [])),
    params(MessageId),
    responses((status = 200, description = "The message.", body = OutboxMessage), BadRequest, StaffOnly, NotFound)
)]
async fn outbox_message(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiPath(MessageId(id)): ApiPath<MessageId>,
) -> Result<Json<OutboxMessage>, ApiError> {
    let mail = state
        .store
        .outbox_message(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(OutboxMessage {
        summary: summary(&mail),
        from: crate::mail::sender::sender(&state)?.to_string(),
        body_text: mail
            .body_text
            .replace(
                RESET_LINK_MARKER,
                "[the reset link, filled in when the email is sent]",
            )
            .replace(
                NOT_ME_MARKER,
                "[the \"This wasn't me\" link, filled in when the email is sent]",
            ),
    }))
}

/// Try a failed delivery again now.
#[utoipa::path(
    post,
    path = "/staff/outbox/{id}/retry",
    operation_id = "retry_message",
    tag = "staff",
    security(("session_cookie" = [])),
    params(MessageId),
    responses(
        (status = 200, description = "Queued again.", body = OutboxSummary),
        BadRequest,
        StaffOnly,
        NotFound,
        (status = 409, description = "Only a failed message can be retried (`code`: `conflict`).", body = ErrorBody),
    )
)]
async fn retry(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    ApiPath(MessageId(id)): ApiPath<MessageId>,
) -> Result<Json<OutboxSummary>, ApiError> {
    let mail = state
        .store
        .outbox_message(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let now = state.now();
    if !state.store.retry_mail(id, now).await? {
        return Err(ApiError::Conflict(
            crate::i18n::caller_words().text("error-retry-not-failed"),
        ));
    }
    let mut who = client.actor(Some(0)).by_staff(staff.0.account.id);
    who.account_id = mail.account_id;
    state
        .store
        .record_event_detail(
            EventKind::MailRetried,
            &who,
            Some(&format!("message {id}")),
            now,
        )
        .await?;
    state.mail.queued();
    let mail = state
        .store
        .outbox_message(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(summary(&mail)))
}
