//! Every password change goes through here: the notification email (time, IP, device,
//! location, how it happened) is composed once, and `Store::change_password` does the rest
//! in one transaction.

use portico_api::password::PolicyViolation;
use portico_api::FieldError;

use crate::auth::generate;
use crate::auth::password::Secret;
use crate::device;
use crate::http::extract::Client;
use crate::http::ApiError;
use crate::mail::compose::{self, ChangeDetails, Recipient, Sender};
use crate::state::AppState;
use crate::store::accounts::{Account, Credentials};
use crate::store::events::Actor;
use crate::store::outbox::{MailKind, NewMail};
use crate::store::passwords::{ChangeError, ChangeMethod, KeepSessions, PasswordChange};
use crate::validate;

pub struct Change<'a> {
    pub account: &'a Account,
    pub password_hash: String,
    pub method: ChangeMethod,
    pub via_link: Option<i64>,
    pub via_ticket: Option<i64>,
    pub must_change: bool,
    pub keep_sessions: KeepSessions,
    /// The API key's name, when an automation made the change.
    pub api_key: Option<String>,
}

impl<'a> Change<'a> {
    /// A change with no link or ticket that ends every session and needs no next step.
    pub fn new(account: &'a Account, password_hash: String, method: ChangeMethod) -> Self {
        Change {
            account,
            password_hash,
            method,
            via_link: None,
            via_ticket: None,
            must_change: false,
            keep_sessions: KeepSessions::None,
            api_key: None,
        }
    }
}

/// A password someone chose for themselves, checked against the policy and their current
/// password (reported on `field`), then hashed.
pub async fn hash_new_password(
    state: &AppState,
    field: &str,
    password: String,
    credentials: &Credentials,
) -> Result<String, ApiError> {
    let mut problems = validate::new_password(
        field,
        &password,
        &credentials.account.email,
        state.settings.min_password_chars(),
    );
    let candidate = Secret::new(password);
    if problems.is_empty()
        && state
            .hasher
            .verify(&candidate, credentials.password_hash.as_deref())
            .await?
    {
        problems.push(FieldError {
            field: field.into(),
            message: portico_i18n::policy_message(
                crate::i18n::caller_words(),
                &PolicyViolation::SameAsCurrent,
            ),
        });
    }
    if !problems.is_empty() {
        return Err(ApiError::fields(problems));
    }
    Ok(state.hasher.hash(&candidate).await?)
}

/// A password set for someone else (by staff or an automation): the one given, if it
/// passes the policy (else its problems), or a generated one when none was given.
pub fn given_or_generated(
    state: &AppState,
    given: Option<String>,
    email: &str,
) -> anyhow::Result<Result<String, Vec<FieldError>>> {
    let Some(password) = given else {
        return generate::password().map(Ok);
    };
    let problems = validate::new_password(
        "password",
        &password,
        email,
        state.settings.min_password_chars(),
    );
    Ok(if problems.is_empty() {
        Ok(password)
    } else {
        Err(problems)
    })
}

/// Applies the change and wakes the mail sender; answers how many sessions ended.
pub async fn apply(
    state: &AppState,
    change: Change<'_>,
    client: &Client,
    actor: &Actor,
) -> Result<u64, ChangeError> {
    let now = state.now();
    let account = change.account;
    let portal = state.portal.current();
    // The browser's language speaks for the holder only when the holder made the change.
    let holder = match change.method {
        ChangeMethod::ResetLink | ChangeMethod::InPortal | ChangeMethod::FirstSignIn => {
            Some(client)
        }
        ChangeMethod::Staff | ChangeMethod::Automation => None,
    };
    let language = crate::reset::mail_language(state, account, holder);
    let notice = compose::password_changed(
        language,
        &Sender::of(&portal, &state.public_url),
        &Recipient {
            name: &account.name,
            email: &account.email,
        },
        &ChangeDetails {
            at: now,
            method: change.method,
            ip: client.ip.to_string(),
            device: device::describe(crate::i18n::words(language), &client.user_agent),
            location: state.geoip.as_ref().and_then(|geo| geo.locate(client.ip)),
        },
    );
    let ended = state
        .store
        .change_password(
            PasswordChange {
                account_id: account.id,
                password_hash: change.password_hash,
                method: change.method,
                via_link: change.via_link,
                via_ticket: change.via_ticket,
                must_change: change.must_change,
                keep_sessions: change.keep_sessions,
                api_key: change.api_key,
                notification: NewMail {
                    kind: MailKind::PasswordChanged,
                    account_id: Some(account.id),
                    reset_link_id: None,
                    to_address: &account.email,
                    to_name: &account.name,
                    subject: notice.subject,
                    body_text: notice.text,
                    body_html: notice.html,
                },
            },
            actor,
            now,
        )
        .await?;
    state.mail.queued();
    Ok(ended)
}
