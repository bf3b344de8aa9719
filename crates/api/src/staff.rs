//! The staff console's contract: clients, their passwords and links, the outbox and the
//! activity log. Every `/api/staff/...` endpoint answers 401 to anonymous callers and 403
//! to clients.

use serde::{Deserialize, Serialize};

use crate::activity::ActivityKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    Active,
    Archived,
}

/// Where a client stands with their password, as the board shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PasswordState {
    Set,
    /// Staff or an automation chose it; the next sign-in must replace it.
    MustChange,
    /// A reset link is out and works until `expires_at` (Unix seconds).
    LinkPending {
        expires_at: i64,
    },
    NeverSet,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientSummary {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub status: AccountStatus,
    pub password: PasswordState,
    pub last_sign_in_at: Option<i64>,
    pub created_at: i64,
}

/// `GET /api/staff/clients?q=&status=&page=`: one page of the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientPage {
    pub clients: Vec<ClientSummary>,
    /// Matching clients in all pages.
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

/// `POST /api/staff/clients`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewClient {
    pub name: String,
    pub email: String,
    /// None: the client chooses one through an emailed link.
    #[serde(default)]
    pub password: Option<String>,
    /// Only with a password: the first sign-in must replace it.
    #[serde(default = "yes")]
    pub require_change: bool,
    #[serde(default)]
    pub send_instructions: bool,
    /// Included in the instructions email.
    #[serde(default)]
    pub message: Option<String>,
}

fn yes() -> bool {
    true
}

impl std::fmt::Debug for NewClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewClient")
            .field("name", &self.name)
            .field("email", &self.email)
            .field("has_password", &self.password.is_some())
            .finish_non_exhaustive()
    }
}

/// What an action did, in the sentence the console shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientCreated {
    pub client: ClientSummary,
    pub message: String,
}

/// The live reset link of a client, for the console's status panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetLinkStatus {
    pub link: String,
    pub sent_at: i64,
    /// Until then, sending again sends this same link.
    pub reuse_until: i64,
    pub expires_at: i64,
}

/// `GET /api/staff/clients/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientDetail {
    pub client: ClientSummary,
    /// Shown while within the reuse window of the live link.
    pub reset_link: Option<ResetLinkStatus>,
}

/// `POST /api/staff/clients/{id}/password`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetPassword {
    /// None: a strong one is generated.
    #[serde(default)]
    pub password: Option<String>,
    #[serde(default = "yes")]
    pub require_change: bool,
}

impl std::fmt::Debug for SetPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SetPassword(<secret>)")
    }
}

/// The password that was set, shown once so staff can pass it on.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordSet {
    pub password: String,
    pub message: String,
}

impl std::fmt::Debug for PasswordSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordSet(<secret>)")
    }
}

/// `POST /api/staff/clients/{id}/reset`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetSent {
    pub message: String,
    pub reset_link: ResetLinkStatus,
}

/// Where an email stands in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MailStatus {
    /// Waiting for its first attempt or for a retry.
    Queued,
    Sent,
    /// Given up after the last retry (staff may retry it).
    Failed,
}

impl MailStatus {
    /// The name the database and the wire use.
    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
        }
    }

    pub fn parse(stored: &str) -> Option<MailStatus> {
        [MailStatus::Queued, MailStatus::Sent, MailStatus::Failed]
            .into_iter()
            .find(|s| s.as_str() == stored)
    }
}

/// Which clients the board lists (`GET /api/staff/clients?status=`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClientFilter {
    #[default]
    Active,
    Archived,
    All,
}

impl ClientFilter {
    pub fn as_str(self) -> &'static str {
        match self {
            ClientFilter::Active => "active",
            ClientFilter::Archived => "archived",
            ClientFilter::All => "all",
        }
    }

    pub fn parse(text: &str) -> Option<ClientFilter> {
        [
            ClientFilter::Active,
            ClientFilter::Archived,
            ClientFilter::All,
        ]
        .into_iter()
        .find(|f| f.as_str() == text)
    }
}

/// The board's sort column (`GET /api/staff/clients?sort=`); name unless asked otherwise.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClientSort {
    #[default]
    Name,
    Email,
    LastSignIn,
}

impl ClientSort {
    pub const ALL: [ClientSort; 3] = [ClientSort::Name, ClientSort::Email, ClientSort::LastSignIn];

    pub fn as_str(self) -> &'static str {
        match self {
            ClientSort::Name => "name",
            ClientSort::Email => "email",
            ClientSort::LastSignIn => "last_sign_in",
        }
    }

    pub fn parse(text: &str) -> Option<ClientSort> {
        ClientSort::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// Which way a sorted list runs. Ascending puts clients who never signed in first;
/// descending, the most recent sign-ins first and "never" last.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    #[default]
    Asc,
    Desc,
}

impl SortOrder {
    pub fn as_str(self) -> &'static str {
        match self {
            SortOrder::Asc => "asc",
            SortOrder::Desc => "desc",
        }
    }

    pub fn parse(text: &str) -> Option<SortOrder> {
        [SortOrder::Asc, SortOrder::Desc]
            .into_iter()
            .find(|o| o.as_str() == text)
    }

    pub fn reversed(self) -> SortOrder {
        match self {
            SortOrder::Asc => SortOrder::Desc,
            SortOrder::Desc => SortOrder::Asc,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxSummary {
    pub id: i64,
    pub created_at: i64,
    pub to: String,
    pub subject: String,
    pub status: MailStatus,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxPage {
    pub messages: Vec<OutboxSummary>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

/// One message as staff read it. Reset links are shown as a placeholder: staff get a
/// client's live link from the client's page, where its use is recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxMessage {
    pub summary: OutboxSummary,
    /// The sender as the email carries it: the portal's name and `--mail-from`, as of now.
    pub from: String,
    pub body_text: String,
}

/// The staff member behind an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityActor {
    pub id: i64,
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityEntry {
    pub id: i64,
    pub at: i64,
    pub kind: ActivityKind,
    /// The account the event is about (the client added, the person signing in).
    pub account_id: Option<i64>,
    pub account_name: Option<String>,
    pub account_email: Option<String>,
    /// Who did it, when that was someone else: the staff member who added the client or
    /// sent the link. `None` for what people do to their own account and for the server.
    pub actor: Option<ActivityActor>,
    /// What was typed, for attempts against unknown addresses.
    pub email: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub detail: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityPage {
    pub entries: Vec<ActivityEntry>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}
