//! `/api/staff/...`: the console's endpoints. Every handler takes a `StaffSession`, so
//! anonymous callers get 401 and clients 403 before anything else happens.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use portico_api::staff::{
    AccountStatus, ActivityPage, ClientCreated, ClientDetail, ClientPage, NewClient, OutboxMessage,
    OutboxPage, OutboxSummary, PasswordSet, ResetSent, SetPassword,
};
use portico_api::FieldError;
use serde::Deserialize;

use crate::auth::password::Secret;
use crate::auth::session::StaffSession;
use crate::http::extract::{ApiJson, Client};
use crate::http::ApiError;
use crate::mail::compose::{self, Recipient, Sender};
use crate::password_change::{self, Change};
use crate::reset::{self, FreshLink};
use crate::state::AppState;
use crate::store::accounts::{Account, CreateError, Status};
use crate::store::clients::{ClientToCreate, StatusFilter};
use crate::store::events::{Actor, EventKind};
use crate::store::outbox::{MailKind, NewMail, StoredMail, NOT_ME_MARKER, RESET_LINK_MARKER};
use crate::store::passwords::{ChangeError, ChangeMethod};
use crate::validate;

const PER_PAGE: i64 = 50;
const MAX_MESSAGE_CHARS: usize = 2000;
const ARCHIVED: &str = "You cannot reset the password for an archived account.";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/clients", get(list_clients).post(create_client))
        .route("/staff/clients/{id}", get(client_detail))
        .route("/staff/clients/{id}/password", post(set_password))
        .route("/staff/clients/{id}/reset", post(send_reset))
        .route("/staff/clients/{id}/archive", post(archive))
        .route("/staff/clients/{id}/unarchive", post(unarchive))
        .route("/staff/outbox", get(outbox))
        .route("/staff/outbox/{id}", get(outbox_message))
        .route("/staff/outbox/{id}/retry", post(retry))
        .route("/staff/activity", get(activity))
}

/// The client an action is about, with the staff member's address and browser.
fn actor(client: &Client, account_id: i64, staff: &StaffSession) -> Actor {
    Actor {
        account_id: Some(account_id),
        email: Some(staff.0.account.email.clone()),
        ip: Some(client.ip.to_string()),
        user_agent: Some(client.user_agent.clone()),
    }
}

fn page_number(page: Option<i64>) -> i64 {
    page.unwrap_or(1).clamp(1, 1_000_000)
}

#[derive(Deserialize)]
struct ClientQuery {
    #[serde(default)]
    q: String,
    status: Option<String>,
    page: Option<i64>,
}

async fn list_clients(
    State(state): State<AppState>,
    _staff: StaffSession,
    Query(query): Query<ClientQuery>,
) -> Result<Json<ClientPage>, ApiError> {
    let status = match query.status.as_deref() {
        None | Some("active") => StatusFilter::Active,
        Some("archived") => StatusFilter::Archived,
        Some("all") => StatusFilter::All,
        Some(_) => return Err(ApiError::field("status", "Use active, archived or all.")),
    };
    let page = page_number(query.page);
    let (clients, total) = state
        .store
        .client_page(&query.q, status, page, PER_PAGE, state.now())
        .await?;
    Ok(Json(ClientPage {
        clients,
        total,
        page,
        per_page: PER_PAGE,
    }))
}

async fn create_client(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
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
    let password_hash = match &new.password {
        Some(password) => Some(state.hasher.hash(&Secret::new(password.clone())).await?),
        None => None,
    };
    let now = state.now();
    let (email, name) = (new.email.trim(), new.name.trim());
    let fresh = FreshLink::new(&state, now)?;
    let portal_name = state.portal.name();
    let instructions = new.send_instructions.then(|| {
        let composed = compose::welcome(
            &Sender {
                portal_name: &portal_name,
                public_url: &state.public_url,
            },
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

async fn client_detail(
    State(state): State<AppState>,
    _staff: StaffSession,
    Path(id): Path<i64>,
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

async fn set_password(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    Path(id): Path<i64>,
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

async fn send_reset(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    Path(id): Path<i64>,
) -> Result<Json<ResetSent>, ApiError> {
    let account = client_account(&state, id).await?;
    if account.status == Status::Archived {
        return Err(ApiError::Conflict(ARCHIVED.into()));
    }
    let now = state.now();
    let link_id =
        reset::send_link(&state, &account, &actor(&client, account.id, &staff), now).await?;
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

async fn archive(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    Path(id): Path<i64>,
) -> Result<Json<ClientDetail>, ApiError> {
    change_status(state, staff, client, id, Status::Archived).await
}

async fn unarchive(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    Path(id): Path<i64>,
) -> Result<Json<ClientDetail>, ApiError> {
    change_status(state, staff, client, id, Status::Active).await
}

#[derive(Deserialize)]
struct PageQuery {
    page: Option<i64>,
}

fn summary(mail: &StoredMail) -> OutboxSummary {
    OutboxSummary {
        id: mail.id,
        created_at: mail.created_at,
        to: mail.to_address.clone(),
        subject: mail.subject.clone(),
        status: mail.status.clone(),
        attempts: mail.attempts,
        last_error: mail.last_error.clone(),
        sent_at: mail.sent_at,
    }
}

async fn outbox(
    State(state): State<AppState>,
    _staff: StaffSession,
    Query(query): Query<PageQuery>,
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

async fn outbox_message(
    State(state): State<AppState>,
    _staff: StaffSession,
    Path(id): Path<i64>,
) -> Result<Json<OutboxMessage>, ApiError> {
    let mail = state
        .store
        .outbox_message(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(OutboxMessage {
        summary: summary(&mail),
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

async fn retry(
    State(state): State<AppState>,
    staff: StaffSession,
    client: Client,
    Path(id): Path<i64>,
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

#[derive(Deserialize)]
struct ActivityQuery {
    account_id: Option<i64>,
    kind: Option<String>,
    page: Option<i64>,
}

async fn activity(
    State(state): State<AppState>,
    _staff: StaffSession,
    Query(query): Query<ActivityQuery>,
) -> Result<Json<ActivityPage>, ApiError> {
    let page = page_number(query.page);
    let kind = query
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty());
    let (entries, total) = state
        .store
        .activity_page(query.account_id, kind, page, PER_PAGE)
        .await?;
    Ok(Json(ActivityPage {
        entries,
        total,
        page,
        per_page: PER_PAGE,
    }))
}
