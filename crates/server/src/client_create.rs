//! Creating a client from the console, as one flow (like `reset.rs`): the fields are
//! checked, the staff member's allowance asks for a human check when it is used up, a
//! given password is hashed, and the account, its welcome email and its reset link are
//! created in one transaction, or nothing is.

use portico_api::staff::NewClient;
use portico_api::FieldError;

use crate::auth::password::Secret;
use crate::http::extract::Client;
use crate::http::ApiError;
use crate::human_check::{self, Action};
use crate::mail::compose::{self, Recipient, Sender};
use crate::reset::FreshLink;
use crate::state::AppState;
use crate::store::accounts::CreateError;
use crate::store::clients::ClientToCreate;
use crate::store::events::Actor;
use crate::store::outbox::{MailKind, NewMail};
use crate::validate;

/// The most a staff member's note in the welcome email may hold.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// Creates the client `staff_id` asked for from `client`'s browser; answers its id and
/// whether a welcome email was queued.
pub async fn create(
    state: &AppState,
    staff_id: i64,
    client: &Client,
    solution: Option<&str>,
    new: &NewClient,
) -> Result<(i64, bool), ApiError> {
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
            crate::i18n::caller_words().text_with(
                "error-message-too-long",
                &[("max", MAX_MESSAGE_CHARS.into())],
            ),
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
        ..client.actor(Some(0)).by_staff(staff_id)
    };
    human_check::policy::staff_send(state, staff_id, Action::StaffCreateClient, solution, &about)
        .await?;
    let password_hash = match &new.password {
        Some(password) => Some(state.hasher.hash(&Secret::new(password.clone())).await?),
        None => None,
    };
    let now = state.now();
    let (email, name) = (new.email.trim(), new.name.trim());
    let fresh = FreshLink::new(state, now)?;
    let portal = state.portal.current();
    // A new account has no language of its own yet: the portal's default.
    let language = state.settings.default_language();
    let instructions = new.send_instructions.then(|| {
        let composed = compose::welcome(
            language,
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
        .create_client(
            created,
            instructions,
            &client.actor(Some(0)).by_staff(staff_id),
            now,
        )
        .await
    {
        Ok(id) => id,
        Err(CreateError::DuplicateEmail) => {
            return Err(ApiError::field(
                "email",
                crate::i18n::caller_words().text("error-email-taken"),
            ))
        }
        Err(CreateError::Unexpected(err)) => return Err(err.into()),
    };
    if sent {
        state.mail.queued();
    }
    Ok((id, sent))
}
