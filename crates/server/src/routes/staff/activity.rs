//! The activity log: a page at a time, filtered, or all of it as CSV.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::staff::{ActivityActor, ActivityEntry, ActivityPage};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{page_number, PER_PAGE};
use crate::auth::session::StaffSession;
use crate::http::extract::ApiQuery;
use crate::http::ApiError;
use crate::openapi::{BadRequest, StaffOnly};
use crate::state::AppState;
use crate::store::events::{ActivityFilter, ActivityRecord};

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(activity))
        .routes(routes!(activity_csv))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ActivityQuery {
    /// Only the events about this account or done by it.
    account_id: Option<i64>,
    /// The same by email address (the account's, or what was typed at sign-in).
    email: Option<String>,
    /// Only events of this kind, such as `sign_in.failed`, or of a family, such as
    /// `sign_in`.
    kind: Option<String>,
    /// From 1; out-of-range pages are clamped.
    page: Option<i64>,
}

impl ActivityQuery {
    fn filter(&self) -> ActivityFilter<'_> {
        fn given(value: &Option<String>) -> Option<&str> {
            value.as_deref().map(str::trim).filter(|v| !v.is_empty())
        }
        ActivityFilter {
            account_id: self.account_id,
            email: given(&self.email),
            kind: given(&self.kind),
        }
    }
}

/// One page of the activity log, newest first.
#[utoipa::path(
    get,
    path = "/staff/activity",
    operation_id = "activity",
    tag = "staff",
    security(("session_cookie" = [])),
    params(ActivityQuery),
    responses((status = 200, description = "The page.", body = ActivityPage), BadRequest, StaffOnly)
)]
async fn activity(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiQuery(query): ApiQuery<ActivityQuery>,
) -> Result<Json<ActivityPage>, ApiError> {
    let page = page_number(query.page);
    let (records, total) = state
        .store
        .activity(&query.filter(), PER_PAGE, (page - 1) * PER_PAGE)
        .await?;
    Ok(Json(ActivityPage {
        entries: records.into_iter().map(entry).collect(),
        total,
        page,
        per_page: PER_PAGE,
    }))
}

/// An event as the console reads it.
fn entry(record: ActivityRecord) -> ActivityEntry {
    ActivityEntry {
        id: record.id,
        at: record.at,
        kind: record.kind,
        account_id: record.account_id,
        account_name: record.account_name,
        account_email: record.account_email,
        actor: record.actor.map(|a| ActivityActor {
            id: a.id,
            name: a.name,
            email: a.email,
        }),
        email: record.email,
        ip: record.ip,
        user_agent: record.user_agent,
        detail: record.detail,
    }
}

/// The most rows one export holds: a year of a busy portal, and a bound on the memory one
/// request can take.
const EXPORT_ROWS: i64 = 100_000;

/// The filtered activity log as CSV, newest first (at most 100,000 rows).
#[utoipa::path(
    get,
    path = "/staff/activity.csv",
    operation_id = "activity_csv",
    tag = "staff",
    security(("session_cookie" = [])),
    params(ActivityQuery),
    responses((status = 200, description = "The events as CSV.", content_type = "text/csv", body = String), BadRequest, StaffOnly)
)]
async fn activity_csv(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiQuery(query): ApiQuery<ActivityQuery>,
) -> Result<Response, ApiError> {
    let (records, _) = state
        .store
        .activity(&query.filter(), EXPORT_ROWS, 0)
        .await?;
    let entries: Vec<ActivityEntry> = records.into_iter().map(entry).collect();
    let body = crate::csv::activity(&entries);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"portico-activity.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}
