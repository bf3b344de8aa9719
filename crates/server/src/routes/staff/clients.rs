//! The clients board and what staff do to one client: create, look at, set a password,
//! send a reset link, archive and restore.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::staff::{
    AccountStatus, ClientCreated, ClientDetail, ClientFilter, ClientPage, ClientSort,
    ClientSummary, NewClient, PasswordSet, PasswordState, ResetSent, SetPassword, SortOrder,
};
use portico_api::ErrorBody;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{client_account, page_number, PER_PAGE};
use crate::auth::password::Secret;
use crate::auth::session::StaffSession;
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, Client, HumanCheckAnswer};
use crate::http::ApiError;
use crate::human_check::{self, Action};
use crate::openapi::{BadRequest, HumanCheckHeader, HumanCheckNeeded, NotFound, StaffOnly};
use crate::password_change::{self, Change};
use crate::reset::{self};
use crate::state::AppState;
use crate::store::accounts::Status;
use crate::store::clients::{ClientRecord, StatusFilter};
use crate::store::events::EventKind;
use crate::store::passwords::{ChangeError, ChangeMethod};

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_clients, create_client))
        .routes(routes!(client_detail))
        .routes(routes!(set_password))
        .routes(routes!(send_reset))
        .routes(routes!(archive))
        .routes(routes!(unarchive))
}

/// `{id}` of `/staff/clients/{id}/...`.
#[derive(Deserialize, IntoParams)]
#[into_params(names("id"), parameter_in = Path)]
struct ClientId(
    /// The client's account id.
    i64,
);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ClientQuery {
    /// Words of the name or email; three characters or more search anywhere in them.
    #[serde(default)]
    q: String,
    /// Active clients unless asked otherwise.
    #[serde(default)]
    status: ClientFilter,
    /// By name unless asked otherwise.
    #[serde(default)]
    sort: ClientSort,
    #[serde(default)]
    order: SortOrder,
    /// From 1; out-of-range pages are clamped.
    page: Option<i64>,
}

/// One page of the clients board, by name unless another column is asked for.
#[utoipa::path(
    get,
    path = "/staff/clients",
    operation_id = "list_clients",
    tag = "staff",
    security(("session_cookie" = [])),
    params(ClientQuery),
    responses((status = 200, description = "The page.", body = ClientPage), BadRequest, StaffOnly)
)]
async fn list_clients(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiQuery(query): ApiQuery<ClientQuery>,
) -> Result<Json<ClientPage>, ApiError> {
    let status = match query.status {
        ClientFilter::Active => StatusFilter::Active,
        ClientFilter::Archived => StatusFilter::Archived,
        ClientFilter::All => StatusFilter::All,
    };
    let page = page_number(query.page);
    let (clients, total) = state
        .store
        .client_page(
            &query.q,
            status,
            (query.sort, query.order),
            page,
            PER_PAGE,
            state.now(),
        )
        .await?;
    Ok(Json(ClientPage {
        clients: clients.into_iter().map(summary).collect(),
        total,
        page,
        per_page: PER_PAGE,
    }))
}

/// The board's view of a client.
fn summary(record: ClientRecord) -> ClientSummary {
    let password = match (
        record.link_expires_at,
        record.has_password,
        record.must_change_password,
    ) {
        (Some(expires_at), _, _) => PasswordState::LinkPending { expires_at },
        (None, false, _) => PasswordState::NeverSet,
        (None, true, true) => PasswordState::MustChange,
        (None, true, false) => PasswordState::Set,
    };
    ClientSummary {
        id: record.id,
        name: record.name,
        email: record.email,
        status: match record.status {
            Status::Active => AccountStatus::Active,
            Status::Archived => AccountStatus::Archived,
        },
        password,
        last_sign_in_at: record.last_sign_in_at,
        created_at: record.created_at,
    }
}

/// Add a client, with a password or an emailed link to choose one.
#[utoipa::path(
    post,
    path = "/staff/clients",
    operation_id = "create_client",
    tag = "staff",
    security(("session_cookie" = [])),
    request_body = NewClient,
    params(HumanCheckHeader),
    responses(
        (status = 201, description = "Created; the message says whether instructions were emailed.", body = ClientCreated),
        BadRequest,
        StaffOnly,
        HumanCheckNeeded,
    )
)]
async fn create_client(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    HumanCheckAnswer(solution): HumanCheckAnswer,
    ApiJson(new): ApiJson<NewClient>,
) -> Result<Response, ApiError> {
    let (id, sent) = crate::client_create::create(
        &state,
        staff.0.account.id,
        &client,
        solution.as_deref(),
        &new,
    )
    .await?;
    let now = state.now();
    let summary = state
        .store
        .client(id, now)
        .await?
        .map(summary)
        .ok_or_else(|| anyhow::anyhow!("the new client vanished"))?;
    let message = crate::i18n::caller_words().text(if sent {
        "client-created-reset-sent"
    } else {
        "client-created"
    });
    Ok((
        StatusCode::CREATED,
        Json(ClientCreated {
            client: summary,
            message,
        }),
    )
        .into_response())
}

/// One client, with the live reset link while it may be re-sent.
#[utoipa::path(
    get,
    path = "/staff/clients/{id}",
    operation_id = "client_detail",
    tag = "staff",
    security(("session_cookie" = [])),
    params(ClientId),
    responses((status = 200, description = "The client.", body = ClientDetail), BadRequest, StaffOnly, NotFound)
)]
async fn client_detail(
    State(state): State<AppState>,
    _staff: StaffSession,
    ApiPath(ClientId(id)): ApiPath<ClientId>,
) -> Result<Json<ClientDetail>, ApiError> {
    let now = state.now();
    let summary = state
        .store
        .client(id, now)
        .await?
        .map(summary)
        .ok_or(ApiError::NotFound)?;
    let reset_link = match state.store.live_reset_link(id, now).await? {
        Some(link) if now < link.reuse_until => Some(reset::link_status(&state, &link).await?),
        _ => None,
    };
    Ok(Json(ClientDetail {
        client: summary,
        reset_link,
    }))
}

/// Set a client's password, given or generated; shown once in the answer.
#[utoipa::path(
    post,
    path = "/staff/clients/{id}/password",
    operation_id = "set_client_password",
    tag = "staff",
    security(("session_cookie" = [])),
    params(ClientId),
    request_body = SetPassword,
    responses(
        (status = 200, description = "Set; the client's sessions and links ended.", body = PasswordSet),
        BadRequest,
        StaffOnly,
        NotFound,
        (status = 409, description = "The account is archived (`code`: `conflict`).", body = ErrorBody),
    )
)]
async fn set_password(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    ApiPath(ClientId(id)): ApiPath<ClientId>,
    ApiJson(request): ApiJson<SetPassword>,
) -> Result<Json<PasswordSet>, ApiError> {
    let account = client_account(&state, id).await?;
    if account.status == Status::Archived {
        return Err(ApiError::Conflict(
            crate::i18n::caller_words().text("error-set-password-archived"),
        ));
    }
    let password =
        match password_change::given_or_generated(&state, request.password, &account.email)? {
            Ok(password) => password,
            Err(problems) => return Err(ApiError::fields(problems)),
        };
    let secret = Secret::new(password);
    let password_hash = state.hasher.hash(&secret).await?;
    let change = Change {
        must_change: request.require_change,
        ..Change::new(&account, password_hash, ChangeMethod::Staff)
    };
    let actor = client.actor(Some(account.id)).by_staff(staff.0.account.id);
    match password_change::apply(&state, change, &client, &actor).await {
        Ok(_) => {}
        Err(ChangeError::LinkGone | ChangeError::TicketGone) => {
            return Err(anyhow::anyhow!("a link-free password change reported a used link").into())
        }
        Err(ChangeError::Unexpected(err)) => return Err(err.into()),
    }
    Ok(Json(PasswordSet {
        password: secret.expose().to_string(),
        message: crate::i18n::caller_words().text(if request.require_change {
            "password-set-change-required"
        } else {
            "password-set"
        }),
    }))
}

/// Email the client a reset link (the live one, within its reuse window).
#[utoipa::path(
    post,
    path = "/staff/clients/{id}/reset",
    operation_id = "send_client_reset",
    tag = "staff",
    security(("session_cookie" = [])),
    params(ClientId, HumanCheckHeader),
    responses(
        (status = 200, description = "Queued; the link's status.", body = ResetSent),
        BadRequest,
        StaffOnly,
        NotFound,
        HumanCheckNeeded,
        (status = 409, description = "The account is archived (`code`: `conflict`).", body = ErrorBody),
    )
)]
async fn send_reset(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    HumanCheckAnswer(solution): HumanCheckAnswer,
    ApiPath(ClientId(id)): ApiPath<ClientId>,
) -> Result<Json<ResetSent>, ApiError> {
    let account = client_account(&state, id).await?;
    if account.status == Status::Archived {
        return Err(ApiError::Conflict(
            crate::i18n::caller_words().text("error-reset-archived"),
        ));
    }
    let who = client.actor(Some(account.id)).by_staff(staff.0.account.id);
    human_check::policy::staff_send(
        &state,
        staff.0.account.id,
        Action::StaffSendReset,
        solution.as_deref(),
        &who,
    )
    .await?;
    let now = state.now();
    let link_id = reset::send_link(&state, &account, &who, None, now).await?;
    let link = state
        .store
        .reset_link(link_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the link just sent vanished"))?;
    Ok(Json(ResetSent {
        message: crate::i18n::caller_words().text("reset-email-sent"),
        reset_link: reset::link_status(&state, &link).await?,
    }))
}

async fn change_status(
    state: AppState,
    staff: StaffSession,
    client: Client,
    id: i64,
    status: Status,
) -> Result<Json<ClientDetail>, ApiError> {
    let account = client_account(&state, id).await?;
    let now = state.now();
    if account.status != status {
        state
            .store
            .set_client_status(account.id, status, now)
            .await?;
        let kind = match status {
            Status::Archived => EventKind::AccountArchived,
            Status::Active => EventKind::AccountUnarchived,
        };
        state
            .store
            .record_event(
                kind,
                &client.actor(Some(account.id)).by_staff(staff.0.account.id),
                now,
            )
            .await?;
    }
    let summary = state
        .store
        .client(id, now)
        .await?
        .map(summary)
        .ok_or(ApiError::NotFound)?;
    debug_assert!((summary.status == AccountStatus::Archived) == (status == Status::Archived));
    Ok(Json(ClientDetail {
        client: summary,
        reset_link: None,
    }))
}

/// Archive a client: no sign-in, no links, sessions end. Archiving twice changes nothing.
#[utoipa::path(
    post,
    path = "/staff/clients/{id}/archive",
    operation_id = "archive_client",
    tag = "staff",
    security(("session_cookie" = [])),
    params(ClientId),
    responses((status = 200, description = "The client, archived.", body = ClientDetail), BadRequest, StaffOnly, NotFound)
)]
async fn archive(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    ApiPath(ClientId(id)): ApiPath<ClientId>,
) -> Result<Json<ClientDetail>, ApiError> {
    change_status(state, staff, client, id, Status::Archived).await
}

/// Restore an archived client.
#[utoipa::path(
    post,
    path = "/staff/clients/{id}/unarchive",
    operation_id = "unarchive_client",
    tag = "staff",
    security(("session_cookie" = [])),
    params(ClientId),
    responses((status = 200, description = "The client, active.", body = ClientDetail), BadRequest, StaffOnly, NotFound)
)]
async fn unarchive(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    ApiPath(ClientId(id)): ApiPath<ClientId>,
) -> Result<Json<ClientDetail>, ApiError> {
    change_status(state, staff, client, id, Status::Active).await
}
