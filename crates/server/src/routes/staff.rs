//! `/api/staff/...`: the console's endpoints. Every handler takes a `StaffSession`, so
//! anonymous callers get 401 and clients 403 before anything else happens.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use portico_api::staff::{
    AccountStatus, ActivityPage, ClientCreated, ClientDetail, ClientFilter, ClientPage, ClientSort,
    MailStatus, NewClient, OutboxMessage, OutboxPage, OutboxSummary, PasswordSet, ResetSent,
    SetPassword, SortOrder,
};
use portico_api::{ErrorBody, FieldError};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::password::Secret;
use crate::auth::session::StaffSession;
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, Client, HumanCheckAnswer};
use crate::http::ApiError;
use crate::human_check::{self, Action};
use crate::mail::compose::{self, Recipient, Sender};
use crate::openapi::{BadRequest, HumanCheckHeader, HumanCheckNeeded, NotFound, StaffOnly};
use crate::password_change::{self, Change};
use crate::reset::{self, FreshLink};
use crate::state::AppState;
use crate::store::accounts::{Account, CreateError, Status};
use crate::store::clients::{ClientToCreate, StatusFilter};
use crate::store::events::{ActivityFilter, Actor, EventKind};
use crate::store::outbox::{MailKind, NewMail, StoredMail, NOT_ME_MARKER, RESET_LINK_MARKER};
use crate::store::passwords::{ChangeError, ChangeMethod};
use crate::validate;

const PER_PAGE: i64 = 50;
const MAX_MESSAGE_CHARS: usize = 2000;
const ARCHIVED: &str = "You cannot reset the password for an archived account.";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_clients, create_client))
        .routes(routes!(client_detail))
        .routes(routes!(set_password))
        .routes(routes!(send_reset))
        .routes(routes!(archive))
        .routes(routes!(unarchive))
        .routes(routes!(outbox))
        .routes(routes!(outbox_message))
        .routes(routes!(retry))
        .routes(routes!(activity))
        .routes(routes!(activity_csv))
}

/// The client an action is about, with the staff member who acted and their browser.
fn actor(client: &Client, account_id: i64, staff: &StaffSession) -> Actor {
    Actor {
        account_id: Some(account_id),
        email: None,
        ip: Some(client.ip.to_string()),
        user_agent: Some(client.user_agent.clone()),
        acted_by: Some(staff.0.account.id),
    }
}

/// `{id}` of `/staff/clients/{id}/...`.
#[derive(Deserialize, IntoParams)]
#[into_params(names("id"), parameter_in = Path)]
struct ClientId(
    /// The client's account id.
    i64,
);

/// `{id}` of `/staff/outbox/{id}/...`.
#[derive(Deserialize, IntoParams)]
#[into_params(names("id"), parameter_in = Path)]
struct MessageId(
    /// The message's id.
    i64,
);

fn page_number(page: Option<i64>) -> i64 {
    page.unwrap_or(1).clamp(1, 1_000_000)
}

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
        clients,
        total,
        page,
        per_page: PER_PAGE,
    }))
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
    let mut problems = Vec::new();
    let mut problem = |field: &str, message: String| {
        problems.push(FieldError {
            field: field.into(),
            message,
        })
    };
    if let Err(message) = validate::name(&new.name) {
        problem("name", message);
    }
    if let Err(message) = validate::email(&new.email) {
        problem("email", message);
    }
    let message = new
        .message
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty());
    if message.is_some_and(|m| m.chars().count() > MAX_MESSAGE_CHARS) {
        problem(
            "message",
            format!("Keep the message to {MAX_MESSAGE_CHARS} characters."),
        );
    }
    if let Some(password) = &new.password {
        problems.extend(validate::new_password(
            "password",
            password,
            &new.email,
            state.settings.min_password_chars(),
        ));
    }
    if !problems.is_empty() {
        return Err(ApiError::fields(problems));
    }
    // The account does not exist yet: the check's events name the address typed.
    let about = Actor {
        account_id: None,
        email: Some(new.email.trim().to_string()),
        ..actor(&client, 0, &staff)
    };
    human_check::policy::staff_send(
        &state,
        staff.0.account.id,
        Action::StaffCreateClient,
        solution.as_deref(),
        &about,
    )
    .await?;
    let password_hash = match &new.password {
        Some(password) => Some(state.hasher.hash(&Secret::new(password.clone())).await?),
        None => None,
    };
    let now = state.now();
    let (email, name) = (new.email.trim(), new.name.trim());
    let fresh = FreshLink::new(&state, now)?;
    let portal = state.portal.current();
    let instructions = new.send_instructions.then(|| {
        let composed = compose::welcome(
            &Sender::of(&portal, &state.public_url),
            &Recipient { name, email },
            message,
            fresh.expires_at,
            now,
        );
        (
            fresh.as_new(),
            NewMail {
                kind: MailKind::Welcome,
                account_id: None,
                reset_link_id: None,
                to_address: email,
                to_name: name,
                subject: composed.subject,
                body_text: composed.text,
                body_html: composed.html,
            },
        )
    });
    let sent = instructions.is_some();
    let created = ClientToCreate {
        email,
        name,
        must_change: new.password.is_some() && new.require_change,
        password_hash,
    };
    let id = match state
        .store
        .create_client(created, instructions, &actor(&client, 0, &staff), now)
        .await
    {
        Ok(id) => id,
        Err(CreateError::DuplicateEmail) => {
            return Err(ApiError::field(
                "email",
                "An account with this email already exists.",
            ))
        }
        Err(CreateError::Unexpected(err)) => return Err(err.into()),
    };
    if sent {
        state.mail.queued();
    }
    let summary = state
        .store
        .client(id, now)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the new client vanished"))?;
    let message = if sent {
        "Account successfully created and reset password email sent."
    } else {
        "Account successfully created."
    };
    Ok((
        StatusCode::CREATED,
        Json(ClientCreated {
            client: summary,
            message: message.into(),
        }),
    )
        .into_response())
}

/// The client behind `id`, or 404 (staff accounts are not managed here).
async fn client_account(state: &AppState, id: i64) -> Result<Account, ApiError> {
    match state.store.account(id).await? {
        Some(account) if account.role == portico_api::Role::Client => Ok(account),
        _ => Err(ApiError::NotFound),
    }
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
            "You cannot set the password of an archived account.".into(),
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
    let actor = actor(&client, account.id, &staff);
    match password_change::apply(&state, change, &client, &actor).await {
        Ok(_) => {}
        Err(ChangeError::LinkGone | ChangeError::TicketGone) => {
            return Err(anyhow::anyhow!("a link-free password change reported a used link").into())
        }
        Err(ChangeError::Unexpected(err)) => return Err(err.into()),
    }
    Ok(Json(PasswordSet {
        password: secret.expose().to_string(),
        message: if request.require_change {
            "Password set. The client must choose a new one at their next sign-in.".into()
        } else {
            "Password set.".into()
        },
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
        return Err(ApiError::Conflict(ARCHIVED.into()));
    }
    let who = actor(&client, account.id, &staff);
    human_check::policy::staff_send(
        &state,
        staff.0.account.id,
        Action::StaffSendReset,
        solution.as_deref(),
        &who,
    )
    .await?;
    let now = state.now();
    let link_id = reset::send_link(&state, &account, &who, now).await?;
    let link = state
        .store
        .reset_link(link_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the link just sent vanished"))?;
    Ok(Json(ResetSent {
        message: "Reset password email sent.".into(),
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
            .record_event(kind, &actor(&client, account.id, &staff), now)
            .await?;
    }
    let summary = state
        .store
        .client(id, now)
        .await?
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
            "Only a message whose delivery failed can be retried.".into(),
        ));
    }
    let mut who = actor(&client, 0, &staff);
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
    let (entries, total) = state
        .store
        .activity(&query.filter(), PER_PAGE, (page - 1) * PER_PAGE)
        .await?;
    Ok(Json(ActivityPage {
        entries,
        total,
        page,
        per_page: PER_PAGE,
    }))
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
    let (entries, _) = state
        .store
        .activity(&query.filter(), EXPORT_ROWS, 0)
        .await?;
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
