//! The kinds of event in the activity log (`GET /api/staff/activity`), shared by the
//! server, which records them, and the app, which turns them into sentences.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ActivityKind {
    #[serde(rename = "sign_in.succeeded")]
    SignInSucceeded,
    #[serde(rename = "sign_in.failed")]
    SignInFailed,
    #[serde(rename = "sign_in.throttled")]
    SignInThrottled,
    #[serde(rename = "sign_in.refused_archived")]
    SignInRefusedArchived,
    #[serde(rename = "signed_out")]
    SignedOut,
    #[serde(rename = "setup.completed")]
    StaffSetupCompleted,
    #[serde(rename = "portal.login_text_changed")]
    LoginTextChanged,
    #[serde(rename = "portal.settings_changed")]
    SettingsChanged,
    #[serde(rename = "portal.branding_changed")]
    BrandingChanged,
    #[serde(rename = "password_reset.requested")]
    ResetRequested,
    #[serde(rename = "password_reset.throttled")]
    ResetThrottled,
    #[serde(rename = "password_reset.link_opened")]
    ResetLinkOpened,
    #[serde(rename = "password_reset.link_used")]
    ResetLinkUsed,
    #[serde(rename = "password_reset.link_expired")]
    ResetLinkExpired,
    #[serde(rename = "password.changed")]
    PasswordChanged,
    #[serde(rename = "mail.queued")]
    MailQueued,
    #[serde(rename = "mail.delivered")]
    MailDelivered,
    #[serde(rename = "mail.failed")]
    MailFailed,
    #[serde(rename = "account.created")]
    AccountCreated,
    #[serde(rename = "account.archived")]
    AccountArchived,
    #[serde(rename = "account.unarchived")]
    AccountUnarchived,
    #[serde(rename = "mail.retried")]
    MailRetried,
    #[serde(rename = "sign_in.password_change_required")]
    PasswordChangeRequired,
    #[serde(rename = "sign_in.password_change_expired")]
    PasswordChangeExpired,
    #[serde(rename = "password.change_refused")]
    PasswordChangeRefused,
    #[serde(rename = "session.ended")]
    SessionEnded,
    #[serde(rename = "account.secured")]
    AccountSecured,
    #[serde(rename = "api_key.created")]
    ApiKeyCreated,
    #[serde(rename = "api_key.revoked")]
    ApiKeyRevoked,
    #[serde(rename = "webhook.created")]
    WebhookCreated,
    #[serde(rename = "webhook.deleted")]
    WebhookDeleted,
    #[serde(rename = "webhook.secret_rolled")]
    WebhookSecretRolled,
    #[serde(rename = "human_check.asked")]
    HumanCheckAsked,
    #[serde(rename = "human_check.passed")]
    HumanCheckPassed,
    #[serde(rename = "human_check.failed")]
    HumanCheckFailed,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 35] = [
        ActivityKind::SignInSucceeded,
        ActivityKind::SignInFailed,
        ActivityKind::SignInThrottled,
        ActivityKind::SignInRefusedArchived,
        ActivityKind::SignedOut,
        ActivityKind::StaffSetupCompleted,
        ActivityKind::LoginTextChanged,
        ActivityKind::SettingsChanged,
        ActivityKind::BrandingChanged,
        ActivityKind::ResetRequested,
        ActivityKind::ResetThrottled,
        ActivityKind::ResetLinkOpened,
        ActivityKind::ResetLinkUsed,
        ActivityKind::ResetLinkExpired,
        ActivityKind::PasswordChanged,
        ActivityKind::MailQueued,
        ActivityKind::MailDelivered,
        ActivityKind::MailFailed,
        ActivityKind::AccountCreated,
        ActivityKind::AccountArchived,
        ActivityKind::AccountUnarchived,
        ActivityKind::MailRetried,
        ActivityKind::PasswordChangeRequired,
        ActivityKind::PasswordChangeExpired,
        ActivityKind::PasswordChangeRefused,
        ActivityKind::SessionEnded,
        ActivityKind::AccountSecured,
        ActivityKind::ApiKeyCreated,
        ActivityKind::ApiKeyRevoked,
        ActivityKind::WebhookCreated,
        ActivityKind::WebhookDeleted,
        ActivityKind::WebhookSecretRolled,
        ActivityKind::HumanCheckAsked,
        ActivityKind::HumanCheckPassed,
        ActivityKind::HumanCheckFailed,
    ];

    /// The name stored in the database and sent on the wire, such as `sign_in.failed`.
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityKind::SignInSucceeded => "sign_in.succeeded",
            ActivityKind::SignInFailed => "sign_in.failed",
            ActivityKind::SignInThrottled => "sign_in.throttled",
            ActivityKind::SignInRefusedArchived => "sign_in.refused_archived",
            ActivityKind::SignedOut => "signed_out",
            ActivityKind::StaffSetupCompleted => "setup.completed",
            ActivityKind::LoginTextChanged => "portal.login_text_changed",
            ActivityKind::SettingsChanged => "portal.settings_changed",
            ActivityKind::BrandingChanged => "portal.branding_changed",
            ActivityKind::ResetRequested => "password_reset.requested",
            ActivityKind::ResetThrottled => "password_reset.throttled",
            ActivityKind::ResetLinkOpened => "password_reset.link_opened",
            ActivityKind::ResetLinkUsed => "password_reset.link_used",
            ActivityKind::ResetLinkExpired => "password_reset.link_expired",
            ActivityKind::PasswordChanged => "password.changed",
            ActivityKind::MailQueued => "mail.queued",
            ActivityKind::MailDelivered => "mail.delivered",
            ActivityKind::MailFailed => "mail.failed",
            ActivityKind::AccountCreated => "account.created",
            ActivityKind::AccountArchived => "account.archived",
            ActivityKind::AccountUnarchived => "account.unarchived",
            ActivityKind::MailRetried => "mail.retried",
            ActivityKind::PasswordChangeRequired => "sign_in.password_change_required",
            ActivityKind::PasswordChangeExpired => "sign_in.password_change_expired",
            ActivityKind::PasswordChangeRefused => "password.change_refused",
            ActivityKind::SessionEnded => "session.ended",
            ActivityKind::AccountSecured => "account.secured",
            ActivityKind::ApiKeyCreated => "api_key.created",
            ActivityKind::ApiKeyRevoked => "api_key.revoked",
            ActivityKind::WebhookCreated => "webhook.created",
            ActivityKind::WebhookDeleted => "webhook.deleted",
            ActivityKind::WebhookSecretRolled => "webhook.secret_rolled",
            ActivityKind::HumanCheckAsked => "human_check.asked",
            ActivityKind::HumanCheckPassed => "human_check.passed",
            ActivityKind::HumanCheckFailed => "human_check.failed",
        }
    }

    pub fn parse(name: &str) -> Option<ActivityKind> {
        ActivityKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip_through_json() {
        let mut seen = std::collections::HashSet::new();
        for kind in ActivityKind::ALL {
            assert!(seen.insert(kind.as_str()), "{} twice", kind.as_str());
            assert_eq!(ActivityKind::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}
