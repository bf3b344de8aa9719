//! The activity log as a person reads it: "Sam Staff sent Ada Lovelace a reset link".

use portico_api::activity::ActivityKind as Kind;
use portico_api::staff::ActivityEntry;

/// Whom the event is about: the account's name, else the address typed.
pub fn subject(entry: &ActivityEntry) -> String {
    entry
        .account_name
        .clone()
        .or_else(|| entry.account_email.clone())
        .or_else(|| entry.email.clone())
        .unwrap_or_else(|| "Someone".into())
}

/// Who did it: the staff member, the server itself for mail it sent, else the person
/// the event is about.
pub fn actor(entry: &ActivityEntry) -> String {
    match (&entry.actor, entry.kind) {
        (Some(actor), _) => actor.name.clone(),
        (None, Kind::MailQueued | Kind::MailDelivered | Kind::MailFailed) => "Portico".into(),
        (None, _) => subject(entry),
    }
}

pub fn sentence(entry: &ActivityEntry) -> String {
    let s = subject(entry);
    let by = entry.actor.as_ref().map(|a| a.name.as_str());
    match (entry.kind, by) {
        (Kind::SignInSucceeded, _) => format!("{s} signed in"),
        (Kind::SignInFailed, _) => format!("A sign-in as {s} failed"),
        (Kind::SignInThrottled, _) => format!("Sign-ins as {s} were slowed down"),
        (Kind::SignInRefusedArchived, _) => {
            format!("{s} tried to sign in, but the account is archived")
        }
        (Kind::SignedOut, _) => format!("{s} signed out"),
        (Kind::StaffSetupCompleted, _) => format!("{s} set up the portal"),
        (Kind::LoginTextChanged, _) => format!("{s} changed the login text"),
        (Kind::SettingsChanged, _) => format!("{s} changed the portal settings"),
        (Kind::BrandingChanged, _) => format!("{s} changed the portal's branding"),
        (Kind::ResetRequested, Some(by)) => format!("{by} sent {s} a reset link"),
        (Kind::ResetRequested, None) => format!("{s} asked for a reset link"),
        (Kind::ResetThrottled, _) => format!("Reset requests for {s} were limited"),
        (Kind::ResetLinkOpened, _) => format!("{s} opened a reset link"),
        (Kind::ResetLinkUsed, _) => format!("{s} chose a new password with a reset link"),
        (Kind::ResetLinkExpired, _) => format!("{s} opened a reset link that had expired"),
        (Kind::PasswordChanged, Some(by)) => format!("{by} set a new password for {s}"),
        (Kind::PasswordChanged, None) => format!("{s}'s password was changed"),
        (Kind::MailQueued, _) => format!("An email to {s} was queued"),
        (Kind::MailDelivered, _) => format!("An email to {s} was delivered"),
        (Kind::MailFailed, _) => format!("An email to {s} could not be delivered"),
        (Kind::AccountCreated, Some(by)) => format!("{by} added {s}"),
        (Kind::AccountCreated, None) => format!("{s}'s account was created"),
        (Kind::AccountArchived, Some(by)) => format!("{by} archived {s}"),
        (Kind::AccountArchived, None) => format!("{s} was archived"),
        (Kind::AccountUnarchived, Some(by)) => format!("{by} restored {s}"),
        (Kind::AccountUnarchived, None) => format!("{s} was restored"),
        (Kind::MailRetried, Some(by)) => format!("{by} retried an email to {s}"),
        (Kind::MailRetried, None) => format!("An email to {s} was retried"),
        (Kind::PasswordChangeRequired, _) => {
            format!("{s} signed in with a password staff set, and must choose their own")
        }
        (Kind::PasswordChangeExpired, _) => {
            format!("{s} did not choose a password in time after signing in")
        }
        (Kind::PasswordChangeRefused, _) => format!("A new password for {s} was refused"),
        (Kind::SessionEnded, _) => format!("{s} signed out a device"),
        (Kind::AccountSecured, _) => {
            format!("{s} reported a password change as not theirs: signed out everywhere")
        }
        (Kind::ApiKeyCreated, _) => format!("{s} created an API key"),
        (Kind::ApiKeyRevoked, _) => format!("{s} revoked an API key"),
        (Kind::WebhookCreated, _) => format!("{s} added a webhook"),
        (Kind::WebhookDeleted, _) => format!("{s} deleted a webhook"),
        (Kind::WebhookSecretRolled, _) => format!("{s} rolled a webhook's secret"),
        (Kind::HumanCheckAsked, _) => format!("A human check was asked before serving {s}"),
        (Kind::HumanCheckPassed, _) => format!("{s} passed a human check"),
        (Kind::HumanCheckFailed, _) => format!("A human check for {s} was refused"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use portico_api::staff::ActivityActor;

    fn entry(kind: Kind, by: Option<&str>) -> ActivityEntry {
        ActivityEntry {
            id: 1,
            at: 0,
            kind,
            account_id: Some(2),
            account_name: Some("Ada Lovelace".into()),
            account_email: Some("ada@example.com".into()),
            actor: by.map(|name| ActivityActor {
                id: 3,
                name: name.into(),
                email: "sam@example.com".into(),
            }),
            email: None,
            ip: None,
            user_agent: None,
            detail: None,
        }
    }

    #[test]
    fn staff_actions_name_both_people() {
        let sent = entry(Kind::ResetRequested, Some("Sam Staff"));
        assert_eq!(sentence(&sent), "Sam Staff sent Ada Lovelace a reset link");
        assert_eq!(actor(&sent), "Sam Staff");
        let added = entry(Kind::AccountCreated, Some("Sam Staff"));
        assert_eq!(sentence(&added), "Sam Staff added Ada Lovelace");
    }

    #[test]
    fn own_actions_and_unknown_addresses_read_naturally() {
        let asked = entry(Kind::ResetRequested, None);
        assert_eq!(sentence(&asked), "Ada Lovelace asked for a reset link");
        assert_eq!(actor(&asked), "Ada Lovelace");
        let mut failed = entry(Kind::SignInFailed, None);
        failed.account_name = None;
        failed.account_email = None;
        failed.email = Some("nobody@example.com".into());
        assert_eq!(sentence(&failed), "A sign-in as nobody@example.com failed");
        assert_eq!(actor(&entry(Kind::MailDelivered, None)), "Portico");
    }

    #[test]
    fn every_kind_has_a_sentence_naming_its_subject() {
        for kind in Kind::ALL {
            assert!(
                sentence(&entry(kind, None)).contains("Ada Lovelace"),
                "{kind:?}"
            );
        }
    }
}
