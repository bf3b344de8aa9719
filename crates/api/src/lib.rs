//! The JSON contract between the Portico app and server.
//!
//! Everything here is plain data with serde derives and nothing else: no database rows, no
//! secrets that the receiving side should not see, no behaviour beyond small pure helpers
//! that both sides must agree on (the password policy, the `next` redirect rule).

pub mod account;
pub mod activity;
pub mod automations;
pub mod branding;
pub mod common_passwords;
pub mod error;
pub mod human_check;
pub mod lang;
pub mod password;
pub mod redirect;
pub mod reset;
pub mod settings;
pub mod staff;
pub mod webhooks;

pub use error::{ErrorBody, ErrorCode, FieldError};

use serde::{Deserialize, Serialize};

/// Who an account is, from the portal's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Client,
    Staff,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Client => "client",
            Role::Staff => "staff",
        }
    }
}

/// `POST /api/session`: sign in.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
    /// The language chosen on the sign-in page, if one was: saved on the account once
    /// the password is right, so emails and other devices follow it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<lang::Lang>,
}

// Hand-written so a password can never reach a log line through `{:?}`.
impl std::fmt::Debug for SignInRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInRequest")
            .field("email", &self.email)
            .field("password", &"<redacted>")
            .finish()
    }
}

/// The signed-in account as the app sees it (`GET /api/session`, and the answer to a sign-in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    pub name: String,
    pub email: String,
    pub role: Role,
    /// Whether the account menu offers "Change password" (a portal setting for clients).
    #[serde(default)]
    pub can_change_password: bool,
    /// The language the account's holder chose, if the portal still offers it; the app
    /// shows its pages in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<lang::Lang>,
}

/// `GET /api/session/state`: whether this browser is signed in: `"signed_out"`, or
/// `{"signed_in": {...}}`. Always 200, so that a signed-out visitor (a normal state on
/// every public page) costs no failed request.
///
/// Externally tagged (serde's default), not `tag = "..."`: an internally tagged enum makes
/// serde buffer the object first, which costs every light bundle about 10 KB of wasm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SessionState {
    SignedOut,
    SignedIn(SessionInfo),
}

/// `GET /api/portal`: what the public login page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalInfo {
    /// The portal's name, shown as the page heading.
    pub name: String,
    /// The login text, already rendered to safe HTML by the server.
    pub login_text_html: String,
    /// The address the portal's emails come from, so a client can look for it or add it
    /// to their contacts when an email does not arrive.
    #[serde(default)]
    pub mail_from: String,
    /// The portal's logo, if staff uploaded one.
    #[serde(default)]
    pub logo: Option<branding::Logo>,
    /// The language to show: the first of those asked for (`?languages=`) that the
    /// portal offers, else its default.
    #[serde(default = "lang::default_lang")]
    pub language: lang::Lang,
    /// What the language switcher lists.
    #[serde(default)]
    pub languages: Vec<lang::Lang>,
}

/// `PUT /api/portal/login-text` (staff).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginTextUpdate {
    pub markdown: String,
    /// Whose text this is; the portal's default language when absent. An empty text for
    /// another language removes it, so that language shows the default's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<lang::Lang>,
}

/// `GET /api/portal/login-text` (staff): the Markdown source, for editing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginTextSource {
    /// The language's own text; empty when it has none.
    pub markdown: String,
    pub language: lang::Lang,
    /// What the login page shows in `language` while it has no text of its own: the
    /// default language's. Absent for the default language itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<String>,
}

/// `POST /api/setup`: create the first staff account with the one-time link the server printed.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetupRequest {
    pub token: String,
    pub name: String,
    pub email: String,
    pub password: String,
}

impl std::fmt::Debug for SetupRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetupRequest")
            .field("name", &self.name)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

/// `POST /api/setup/check`: is this one-time setup link still usable?
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetupCheck {
    pub token: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_request_debug_never_shows_the_password() {
        let req = SignInRequest {
            email: "a@example.com".into(),
            password: "hunter2-secret".into(),
            language: None,
        };
        assert!(!format!("{req:?}").contains("hunter2"));
    }

    #[test]
    fn setup_request_debug_never_shows_the_password_or_token() {
        let req = SetupRequest {
            token: "tok-secret".into(),
            name: "A".into(),
            email: "a@example.com".into(),
            password: "hunter2-secret".into(),
        };
        let shown = format!("{req:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("tok-secret"));
    }

    #[test]
    fn roles_serialise_as_lowercase_words() {
        assert_eq!(serde_json::to_string(&Role::Staff).unwrap(), "\"staff\"");
        assert_eq!(
            serde_json::from_str::<Role>("\"client\"").unwrap(),
            Role::Client
        );
    }
}
