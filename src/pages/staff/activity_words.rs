//! The activity log as a person reads it: "Sam Staff sent Ada Lovelace a reset link".

use portico_api::activity::ActivityKind as Kind;
use portico_api::staff::ActivityEntry;

use crate::i18n::{t, t_with, Arg};

/// Whom the event is about: the account's name, else the address typed.
pub fn subject(entry: &ActivityEntry) -> String {
    entry
        .account_name
        .clone()
        .or_else(|| entry.account_email.clone())
        .or_else(|| entry.email.clone())
        .unwrap_or_else(|| t("activity-someone"))
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
    told(entry, t_with)
}

/// The sentence in the words of `text`: each message names the subject as `$subject`,
/// and those of things staff did for someone name the staff member as `$actor`.
fn told(entry: &ActivityEntry, text: impl Fn(&str, &[(&str, Arg<'_>)]) -> String) -> String {
    let subject = subject(entry);
    let by = entry.actor.as_ref().map(|a| a.name.as_str());
    text(
        message(entry.kind, by.is_some()),
        &[
            ("subject", (&subject).into()),
            ("actor", by.unwrap_or_default().into()),
        ],
    )
}

/// The message telling of an event of `kind`, done by a staff member (`by_staff`) or not.
fn message(kind: Kind, by_staff: bool) -> &'static str {
    match (kind, by_staff) {
        (Kind::SignInSucceeded, _) => "activity-sign-in-succeeded",
        (Kind::SignInFailed, _) => "activity-sign-in-failed",
        (Kind::SignInThrottled, _) => "activity-sign-in-throttled",
        (Kind::SignInRefusedArchived, _) => "activity-sign-in-refused-archived",
        (Kind::SignedOut, _) => "activity-signed-out",
        (Kind::StaffSetupCompleted, _) => "activity-staff-setup-completed",
        (Kind::LoginTextChanged, _) => "activity-login-text-changed",
        (Kind::SettingsChanged, _) => "activity-settings-changed",
        (Kind::BrandingChanged, _) => "activity-branding-changed",
        (Kind::ResetRequested, true) => "activity-reset-requested-by-staff",
        (Kind::ResetRequested, false) => "activity-reset-requested",
        (Kind::ResetThrottled, _) => "activity-reset-throttled",
        (Kind::ResetLinkOpened, _) => "activity-reset-link-opened",
        (Kind::ResetLinkUsed, _) => "activity-reset-link-used",
        (Kind::ResetLinkExpired, _) => "activity-reset-link-expired",
        (Kind::PasswordChanged, true) => "activity-password-changed-by-staff",
        (Kind::PasswordChanged, false) => "activity-password-changed",
        (Kind::MailQueued, _) => "activity-mail-queued",
        (Kind::MailDelivered, _) => "activity-mail-delivered",
        (Kind::MailFailed, _) => "activity-mail-failed",
        (Kind::AccountCreated, true) => "activity-account-created-by-staff",
        (Kind::AccountCreated, false) => "activity-account-created",
        (Kind::AccountArchived, true) => "activity-account-archived-by-staff",
        (Kind::AccountArchived, false) => "activity-account-archived",
        (Kind::AccountUnarchived, true) => "activity-account-unarchived-by-staff",
        (Kind::AccountUnarchived, false) => "activity-account-unarchived",
        (Kind::MailRetried, true) => "activity-mail-retried-by-staff",
        (Kind::MailRetried, false) => "activity-mail-retried",
        (Kind::PasswordChangeRequired, _) => "activity-password-change-required",
        (Kind::PasswordChangeExpired, _) => "activity-password-change-expired",
        (Kind::PasswordChangeRefused, _) => "activity-password-change-refused",
        (Kind::SessionEnded, _) => "activity-session-ended",
        (Kind::AccountSecured, _) => "activity-account-secured",
        (Kind::ApiKeyCreated, _) => "activity-api-key-created",
        (Kind::ApiKeyRevoked, _) => "activity-api-key-revoked",
        (Kind::WebhookCreated, _) => "activity-webhook-created",
        (Kind::WebhookDeleted, _) => "activity-webhook-deleted",
        (Kind::WebhookSecretRolled, _) => "activity-webhook-secret-rolled",
        (Kind::HumanCheckAsked, _) => "activity-human-check-asked",
        (Kind::HumanCheckPassed, _) => "activity-human-check-passed",
        (Kind::HumanCheckFailed, _) => "activity-human-check-failed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use portico_api::lang::Lang;
    use portico_api::staff::ActivityActor;
    use portico_i18n::Catalog;

    /// The console's messages in `lang`, as the page gets them, failing on a missing
    /// message or variable.
    fn catalog(lang: Lang) -> Catalog {
        let path = format!(
            "{}/crates/i18n/locales/{}/console.ftl",
            env!("CARGO_MANIFEST_DIR"),
            lang.tag()
        );
        let source = std::fs::read_to_string(path).unwrap();
        Catalog::from_messages(lang, [portico_i18n::compile(&source).unwrap()]).strict()
    }

    fn sentence_in(words: &Catalog, entry: &ActivityEntry) -> String {
        told(entry, |id, args| words.text_with(id, args))
    }

    fn sentence(entry: &ActivityEntry) -> String {
        sentence_in(&catalog(Lang::En), entry)
    }

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
    fn every_kind_has_a_sentence_naming_its_subject_in_every_language() {
        for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::Pseudo) {
            let words = catalog(lang);
            for kind in Kind::ALL {
                for by in [None, Some("Sam Staff")] {
                    let said = sentence_in(&words, &entry(kind, by));
                    assert!(said.contains("Ada Lovelace"), "{}: {kind:?}", lang.tag());
                }
            }
            let sent = sentence_in(&words, &entry(Kind::ResetRequested, Some("Sam Staff")));
            assert!(sent.contains("Sam Staff"), "{}", lang.tag());
        }
    }
}
