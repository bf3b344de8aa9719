//! `/api/v1/automations/...`: actions other systems call with an API key. Emails are
//! matched exactly as stored (case-sensitive): an automation names one account, never
//! "whichever account looks like this".

use axum::extract::State;
use axum::Json;
use portico_api::automations::{PasswordUpdated, ResetLinkSent, SendReset, UpdatePassword};
use portico_api::ErrorBody;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::api_key::AutomationKey;
use crate::auth::password::Secret;
use crate::http::extract::{ApiJson, Client};
use crate::http::ApiError;
use crate::openapi::{BadRequest, KeyRequired, Throttled};
use crate::password_change::{self, Change};
use crate::reset;
use crate::state::AppState;
use crate::store::accounts::{Account, Status};
use crate::store::passwords::{ChangeError, ChangeMethod};
use portico_api::Role;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(update_password))
        .routes(routes!(send_reset))
}

const NO_SUCH_CLIENT: &str =
    "No client account has exactly this email (case-sensitive; `code`: `not_found`).";
const ARCHIVED_DOC: &str = "The account is archived (`code`: `conflict`).";

/// The active client account with exactly this email.
async fn client_account(state: &AppState, email: &str) -> Result<Account, ApiError> {
    let account = state
        .store
        .credentials_by_email(email)
        .await?
        .map(|c| c.account)
        .filter(|a| a.email == email && a.role == Role::Client)
        .ok_or(ApiError::NoSuchAccount)?;
    if account.status == Status::Archived {
        return Err(ApiError::Conflict(
            crate::i18n::caller_words().text("error-automation-archived"),
        ));
    }
    Ok(account)
}

/// Set a client's password, given or generated; by default the client must replace it at
/// the next sign-in. The password is in the answer, for the caller to deliver.
#[utoipa::path(
    post,
    path = "/v1/automations/update-password",
    operation_id = "automation_update_password",
    tag = "automations",
    security(("api_key" = [])),
    request_body = UpdatePassword,
    responses(
        (status = 200, description = "Set; sessions and links of the account ended, a notification queued.", body = PasswordUpdated),
        BadRequest,
        KeyRequired,
        (status = 404, description = NO_SUCH_CLIENT, body = ErrorBody),
        (status = 409, description = ARCHIVED_DOC, body = ErrorBody),
        (status = 422, description = "The given password breaks the policy (`code`: `validation`; `fields`).", body = ErrorBody),
        Throttled,
    )
)]
async fn update_password(
    State(state): State<AppState>,
    key: AutomationKey,
    client: Client,
    ApiJson(body): ApiJson<UpdatePassword>,
) -> Result<Json<PasswordUpdated>, ApiError> {
    let account = client_account(&state, &body.email).await?;
    let generated = body.password.is_none();
    let password = match password_change::given_or_generated(&state, body.password, &account.email)?
    {
        Ok(password) => password,
        Err(problems) => return Err(ApiError::PolicyRejected(problems)),
    };
    let require_change = body.require_change.unwrap_or(true);
    let secret = Secret::new(password);
    let password_hash = state.hasher.hash(&secret).await?;
    let change = Change {
        must_change: require_change,
        api_key: Some(key.name.clone()),
        ..Change::new(&account, password_hash, ChangeMethod::Automation)
    };
    match password_change::apply(
        &state,
        change,
        &client,
        &client.actor(Some(account.id)).via_key(&key.name),
    )
    .await
    {
        Ok(_) => {}
        Err(ChangeError::Unexpected(err)) => return Err(err.into()),
        Err(other) => return Err(anyhow::Error::from(other).into()),
    }
    Ok(Json(PasswordUpdated {
        email: account.email,
        password: secret.expose().to_string(),
        generated,
        require_change,
    }))
}

/// Email a client a reset link (the live one, within its reuse window) and return it.
#[utoipa::path(
    post,
    path = "/v1/automations/send-reset",
    operation_id = "automation_send_reset",
    tag = "automations",
    security(("api_key" = [])),
    request_body = SendReset,
    responses(
        (status = 200, description = "The link that was emailed.", body = ResetLinkSent),
        BadRequest,
        KeyRequired,
        (status = 404, description = NO_SUCH_CLIENT, body = ErrorBody),
        (status = 409, description = ARCHIVED_DOC, body = ErrorBody),
        Throttled,
    )
)]
async fn send_reset(
    State(state): State<AppState>,
    key: AutomationKey,
    client: Client,
    ApiJson(body): ApiJson<SendReset>,
) -> Result<Json<ResetLinkSent>, ApiError> {
    let account = client_account(&state, &body.email).await?;
    let now = state.now();
    let link_id = reset::send_link(
        &state,
        &account,
        &client.actor(Some(account.id)).via_key(&key.name),
        None,
        now,
    )
    .await?;
    state.mail.queued();
    let link = state
        .store
        .reset_link(link_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the link just sent vanished"))?;
    let status = reset::link_status(&state, &link).await?;
    Ok(Json(ResetLinkSent {
        email: account.email,
        link: status.link,
        sent_at: status.sent_at,
        reuse_until: status.reuse_until,
        expires_at: status.expires_at,
    }))
}
