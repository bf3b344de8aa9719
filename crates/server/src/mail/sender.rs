//! The background sender: takes due messages from the outbox, delivers them over SMTP and
//! retries failures with exponential backoff. Everything it needs is in the database, so a
//! restart picks up where it stopped and a mail server that is down loses nothing.

use std::time::Duration;

use anyhow::Context;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::clock::format_utc;
use crate::keys::Keys;
use crate::state::AppState;
use crate::store::events::{Actor, EventKind};
use crate::store::outbox::{StoredMail, NOT_ME_MARKER, RESET_LINK_MARKER};
use crate::store::Store;

/// A claimed message is not taken again for this long, even if the sender dies with it.
const LEASE_SECS: i64 = 300;
const BATCH: i64 = 10;
/// One message's whole conversation with the relay; lettre's own timeout is per read, so
/// a relay that trickles could otherwise hold a message for the whole lease.
const SEND_TIMEOUT: Duration = Duration::from_secs(60);
/// With a 30-second base: 30 s, 1 min, 2 min, ... then hourly; about a day in all.
const MAX_ATTEMPTS: i64 = 30;
const MAX_BACKOFF_SECS: i64 = 3600;
/// The sender looks at the outbox at least this often, even when nobody wakes it.
const IDLE_POLL_SECS: i64 = 60;

/// How long to wait before attempt `attempts + 1`, after `attempts` failures.
pub fn backoff_secs(base_secs: i64, attempts: i64) -> i64 {
    let doublings = (attempts - 1).clamp(0, 20) as u32;
    base_secs
        .max(1)
        .saturating_mul(1 << doublings)
        .min(MAX_BACKOFF_SECS)
}

pub async fn run(state: AppState, transport: AsyncSmtpTransport<Tokio1Executor>) {
    loop {
        match state
            .store
            .claim_due_mail(state.now(), LEASE_SECS, BATCH)
            .await
        {
            Ok(batch) if !batch.is_empty() => {
                // Side by side, so that one message the relay stalls on holds up the
                // others by no more than SEND_TIMEOUT.
                let mut sending = tokio::task::JoinSet::new();
                for mail in batch {
                    let (state, transport) = (state.clone(), transport.clone());
                    sending.spawn(async move { deliver(&state, &transport, mail).await });
                }
                sending.join_all().await;
                continue;
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(error = format!("{err:#}"), "reading the outbox failed"),
        }
        let wait = match state.store.next_mail_due().await {
            Ok(Some(at)) => (at - state.now()).clamp(1, IDLE_POLL_SECS),
            _ => IDLE_POLL_SECS,
        };
        tokio::select! {
            _ = state.mail.wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(wait as u64)) => {}
        }
    }
}

async fn deliver(
    state: &AppState,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    mail: StoredMail,
) {
    let outcome = match build(state, &mail).await {
        Ok(message) => match tokio::time::timeout(SEND_TIMEOUT, transport.send(message)).await {
            Ok(sent) => sent
                .map(|_| ())
                .map_err(|err| (err.is_permanent(), format!("{err:#}"))),
            Err(_) => Err((false, "the mail server did not finish in time".to_string())),
        },
        Err(err) => Err((true, format!("{err:#}"))),
    };
    let now = state.now();
    let actor = Actor::system(mail.account_id);
    let result = match outcome {
        Ok(()) => {
            tracing::info!(id = mail.id, kind = %mail.kind, "email delivered");
            let done = state.store.mark_mail_sent(mail.id, now).await;
            let event = state
                .store
                .record_event_detail(
                    EventKind::MailDelivered,
                    &actor,
                    Some(&format!("message {}: {}", mail.id, mail.subject)),
                    now,
                )
                .await;
            done.and(event)
        }
        Err((permanent, error)) => {
            let attempts = mail.attempts + 1;
            let retry_at = (!permanent && attempts < MAX_ATTEMPTS)
                .then(|| now + backoff_secs(state.mail.retry_base_secs, attempts));
            let detail = match retry_at {
                Some(at) => format!(
                    "message {}, attempt {attempts}: {error}; retrying at {}",
                    mail.id,
                    format_utc(at)
                ),
                None => format!("message {}, attempt {attempts}: {error}; gave up", mail.id),
            };
            tracing::warn!(
                id = mail.id,
                attempts,
                permanent,
                error,
                "email delivery failed"
            );
            let done = state
                .store
                .mark_mail_attempt_failed(mail.id, &error, retry_at)
                .await;
            let event = state
                .store
                .record_event_detail(EventKind::MailFailed, &actor, Some(&detail), now)
                .await;
            done.and(event)
        }
    };
    if let Err(err) = result {
        tracing::error!(
            id = mail.id,
            error = format!("{err:#}"),
            "recording a delivery failed"
        );
    }
}

/// The bodies as they go out, with the reset link filled in. Needs the secret key: the
/// stored bodies alone hold no link.
pub async fn render_bodies(
    store: &Store,
    keys: &Keys,
    public_url: &str,
    mail: &StoredMail,
) -> anyhow::Result<(String, String)> {
    let link = match mail.reset_link_id {
        Some(id) => match store.reset_link(id).await? {
            Some(link) => crate::reset::link_url(public_url, &keys.reset_token(&link.nonce)),
            None => format!("{public_url}/forgot-password"),
        },
        None => String::new(),
    };
    let not_me = match (mail.kind.as_str(), mail.account_id) {
        ("password_changed", Some(account_id)) => format!(
            "{public_url}/not-me#token={}",
            keys.not_me_token(mail.id, account_id)
        ),
        _ => format!("{public_url}/forgot-password"),
    };
    let fill = |body: &str| {
        body.replace(RESET_LINK_MARKER, &link)
            .replace(NOT_ME_MARKER, &not_me)
    };
    Ok((fill(&mail.body_text), fill(&mail.body_html)))
}

/// Who emails come from: the portal's name (as staff named it now) and `--mail-from`.
pub fn sender(state: &AppState) -> anyhow::Result<Mailbox> {
    Ok(Mailbox::new(
        Some(state.portal.name()),
        state
            .mail
            .from_address
            .parse()
            .context("--mail-from is not an email address")?,
    ))
}

async fn build(state: &AppState, mail: &StoredMail) -> anyhow::Result<Message> {
    let (text, html) = render_bodies(&state.store, &state.keys, &state.public_url, mail).await?;
    let from = sender(state)?;
    let to = Mailbox::new(
        Some(mail.to_name.clone()),
        mail.to_address
            .parse()
            .context("the recipient's address is not valid")?,
    );
    Message::builder()
        .from(from)
        .to(to)
        .subject(&mail.subject)
        .multipart(MultiPart::alternative_plain_html(text, html))
        .context("building the message")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_the_base_and_is_capped() {
        assert_eq!(backoff_secs(30, 1), 30);
        assert_eq!(backoff_secs(30, 2), 60);
        assert_eq!(backoff_secs(30, 5), 480);
        assert_eq!(backoff_secs(30, 12), MAX_BACKOFF_SECS);
        assert_eq!(backoff_secs(30, 1000), MAX_BACKOFF_SECS);
        assert_eq!(backoff_secs(0, 1), 1, "never a hot loop");
    }

    #[test]
    fn a_mail_server_down_for_hours_loses_nothing() {
        let total: i64 = (1..MAX_ATTEMPTS).map(|n| backoff_secs(30, n)).sum();
        assert!(total > 12 * 3600, "retries span {total} s");
    }
}
