//! Self-service password reset: the rules for links (lifetime, reuse window, one live link
//! per account) and the request flow, which answers every caller alike.

use portico_i18n::Lang;

use crate::clock::Timestamp;
use crate::http::extract::Client;
use crate::keys::{new_nonce, Purpose};
use crate::mail::compose::{self, Recipient, Sender};
use crate::reset_door::{Admission, Job, Jobs, Lane, Limit, WINDOW_SECS};
use crate::settings::ResetConfig;
use crate::state::AppState;
use crate::store::accounts::{email_key, Account, Status};
use crate::store::events::{Actor, EventKind};
use crate::store::outbox::{MailKind, NewMail};
use crate::store::reset_links::{LinkChoice, LinkRecord, NewLink};

/// Where a link leads. The token rides in the fragment, which browsers never send to a
/// server, so it stays out of access logs and Referer headers.
pub fn link_url(public_url: &str, token: &str) -> String {
    format!("{public_url}/reset-password#token={token}")
}

/// What the person who requested a link is told in `lang`, whatever happened.
pub fn confirmation(config: &ResetConfig, lang: Lang) -> String {
    let words = crate::i18n::words(lang);
    let duration = crate::i18n::duration(words, config.lifetime.get());
    words.text_with("reset-confirmation", &[("duration", (&duration).into())])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    Usable,
    Expired,
    Used,
    /// Replaced by a newer link, or the password changed another way.
    Retired,
}

pub fn state_of(link: &LinkRecord, now: Timestamp) -> LinkState {
    if link.used_at.is_some() {
        LinkState::Used
    } else if link.revoked_at.is_some() {
        LinkState::Retired
    } else if now >= link.expires_at {
        LinkState::Expired
    } else {
        LinkState::Usable
    }
}

/// Within the reuse window the live link is sent again; otherwise a new one replaces it.
pub fn reuse(live: Option<&LinkRecord>, now: Timestamp) -> Option<i64> {
    live.filter(|link| state_of(link, now) == LinkState::Usable && now < link.reuse_until)
        .map(|link| link.id)
}

/// Takes a request to the door ([`ResetDoor`]): counted, then queued or dropped. The
/// caller answers 202 whatever the outcome, before any link is made, so that the answer
/// says nothing about whether the account exists, is archived, or was throttled: under
/// its limits every request costs the same one indexed read, which picks its queue.
/// Queues a request at the door. `checked`: a human check passed, which lifts the per-IP
/// limit.
pub async fn take_request(state: &AppState, email: &str, client: &Client, checked: bool) {
    let now = state.now();
    let lane = if state.reset_door.under_limits(email, client, now, checked) {
        lane_for(state, email).await
    } else {
        // Refused at the door whichever queue it would have joined.
        Lane::NoAccount
    };
    if state.reset_door.admit(email, client, lane, now, checked) == Admission::Dropped {
        if let Some(dropped) = state.reset_door.count_dropped(now) {
            tracing::warn!(dropped, "reset queue full: requests dropped");
        }
    }
}

async fn lane_for(state: &AppState, email: &str) -> Lane {
    match state.store.status_by_email(email).await {
        Ok(Some(Status::Active)) => Lane::Account,
        Ok(Some(Status::Archived) | None) => Lane::NoAccount,
        Err(err) => {
            // The worker looks again and reports; the request still goes in line.
            tracing::debug!(
                error = format!("{err:#}"),
                "looking up a reset request's account"
            );
            Lane::NoAccount
        }
    }
}

/// Jobs taken from the queue at once. Requests that send nothing (no such account, an
/// archived one, the first refusal of a key) only record an event, and those of a batch
/// share one transaction, so the worker drains a flood from many addresses at the speed
/// of reads rather than of disk flushes.
const BATCH: usize = 256;

/// The queues' one worker: handles requests in arrival order, those for accounts first,
/// until the door is gone.
pub async fn work(state: AppState, mut jobs: Jobs) {
    let mut batch = Vec::with_capacity(BATCH);
    while jobs.next_batch(&mut batch, BATCH).await > 0 {
        if let Err(err) = handle(&state, batch.drain(..)).await {
            tracing::error!(error = format!("{err:#}"), "handling reset requests failed");
        }
    }
}

async fn handle(state: &AppState, jobs: impl Iterator<Item = Job>) -> anyhow::Result<()> {
    let now = state.now();
    let mut events = Vec::new();
    for job in jobs {
        let (email, client, refused, checked) = match &job {
            Job::Request {
                email,
                client,
                checked,
            } => (email, client, None, *checked),
            Job::Throttled { email, client, why } => (email, client, Some(*why), false),
        };
        let mut actor = requester(email, client);
        let credentials = state.store.credentials_by_email(email).await?;
        actor.account_id = credentials.as_ref().map(|c| c.account.id);
        let (kind, detail) = match (refused, &credentials) {
            (Some(why), _) => (EventKind::ResetThrottled, why.detail()),
            (None, None) => (
                EventKind::ResetRequested,
                "no account with this address: nothing sent",
            ),
            (None, Some(c)) if c.account.status == Status::Archived => {
                (EventKind::ResetRequested, "archived account: nothing sent")
            }
            (None, Some(c)) => match over_shared_limit(state, c.account.id, client, checked, now)
                .await?
            {
                Some(limit) => (EventKind::ResetThrottled, limit.detail()),
                None => {
                    // One account's failure must not lose the rest of the batch.
                    let browser = Some(client);
                    if let Err(err) = send_link(state, &c.account, &actor, browser, now).await {
                        tracing::error!(error = format!("{err:#}"), "sending a reset link failed");
                    }
                    continue;
                }
            },
        };
        events.push((kind, actor, Some(detail)));
    }
    state.store.record_events(&events, now).await
}

/// The door counts what reached this server; other servers sharing the database handled
/// requests for the same address, and from the same client address, too, and the
/// database has them all: before an email goes out, the limits are checked against it.
/// (With one server the door has already refused whatever this would. Across servers the
/// per-IP count is of the exact address; each door also groups an IPv6 /64.)
async fn over_shared_limit(
    state: &AppState,
    account_id: i64,
    client: &Client,
    checked: bool,
    now: Timestamp,
) -> anyhow::Result<Option<Limit>> {
    let since = now - WINDOW_SECS;
    let limits = state.reset_door.limits();
    let for_account = state
        .store
        .public_reset_requests_since(account_id, since)
        .await?;
    if for_account >= limits.per_address {
        return Ok(Some(Limit::PerAddress));
    }
    if !checked {
        let from_ip = state
            .store
            .public_reset_requests_from(&client.ip.to_string(), since)
            .await?;
        if from_ip >= limits.per_ip {
            return Ok(Some(Limit::PerIp));
        }
    }
    Ok(None)
}

/// Rebuilds the door's counts from the requests handled in the last hour.
pub async fn replay_recent(state: &AppState) -> anyhow::Result<()> {
    let now = state.now();
    let recent = state
        .store
        .recent_event_sources(EventKind::ResetRequested, now - WINDOW_SECS)
        .await?;
    for (email, ip, at) in recent {
        let ip = ip.and_then(|ip| ip.parse().ok());
        state
            .reset_door
            .replay(email.as_deref().unwrap_or_default(), ip, at, now);
    }
    Ok(())
}

fn requester(email: &str, client: &Client) -> Actor {
    client.actor(None).with_email(&email_key(email))
}

/// The language of an email to `account`: its holder's choice, else what `browser` (the
/// browser that asked for the email, when its holder did) wants, else the portal's default.
pub fn mail_language(state: &AppState, account: &Account, browser: Option<&Client>) -> Lang {
    let (offered, default) = state.settings.languages();
    let browser = browser.and_then(|client| client.language(&offered));
    crate::i18n::mail_language(account.language, browser, &offered, default)
}

/// A new link's secret parts and times, before it is stored.
pub struct FreshLink {
    nonce: [u8; 32],
    token_mac: Vec<u8>,
    pub reuse_until: Timestamp,
    pub expires_at: Timestamp,
}

impl FreshLink {
    pub fn new(state: &AppState, now: Timestamp) -> anyhow::Result<FreshLink> {
        let config = state.settings.reset();
        let nonce = new_nonce()?;
        let token_mac = state
            .keys
            .mac(Purpose::ResetLink, &state.keys.reset_token(&nonce));
        Ok(FreshLink {
            nonce,
            token_mac,
            reuse_until: now + config.reuse.min(config.lifetime).get(),
            expires_at: now + config.lifetime.get(),
        })
    }

    pub fn as_new(&self) -> NewLink<'_> {
        NewLink {
            nonce: &self.nonce,
            token_mac: &self.token_mac,
            reuse_until: self.reuse_until,
            expires_at: self.expires_at,
        }
    }
}

/// Sends `account` its reset link (the live one within the reuse window, else a new one)
/// and returns the link's id.
pub async fn send_link(
    state: &AppState,
    account: &Account,
    actor: &Actor,
    browser: Option<&Client>,
    now: Timestamp,
) -> anyhow::Result<i64> {
    let live = state.store.live_reset_link(account.id, now).await?;
    let fresh = FreshLink::new(state, now)?;
    let (choice, expires_at) = match (reuse(live.as_ref(), now), &live) {
        (Some(id), Some(link)) => (LinkChoice::Resend(id), link.expires_at),
        _ => (LinkChoice::Replace(fresh.as_new()), fresh.expires_at),
    };
    let portal = state.portal.current();
    let composed = compose::reset_link(
        mail_language(state, account, browser),
        &Sender::of(&portal, &state.public_url),
        &Recipient {
            name: &account.name,
            email: &account.email,
        },
        expires_at,
        now,
    );
    let mail = NewMail {
        kind: MailKind::ResetLink,
        account_id: Some(account.id),
        reset_link_id: None,
        to_address: &account.email,
        to_name: &account.name,
        subject: composed.subject,
        body_text: composed.text,
        body_html: composed.html,
    };
    let link_id = state
        .store
        .issue_reset_link(account, choice, mail, actor, now)
        .await?;
    state.mail.queued();
    Ok(link_id)
}

/// What the console shows about a live link; the link itself needs the key.
pub async fn link_status(
    state: &AppState,
    link: &LinkRecord,
) -> anyhow::Result<portico_api::staff::ResetLinkStatus> {
    let sent_at = state
        .store
        .last_sent(link.id)
        .await?
        .unwrap_or(link.created_at);
    Ok(portico_api::staff::ResetLinkStatus {
        link: link_url(&state.public_url, &state.keys.reset_token(&link.nonce)),
        sent_at,
        reuse_until: link.reuse_until,
        expires_at: link.expires_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Seconds;

    const HOUR: i64 = 3600;

    fn link(created_at: Timestamp) -> LinkRecord {
        LinkRecord {
            id: 7,
            account_id: 1,
            nonce: vec![0; 32],
            created_at,
            reuse_until: created_at + 16 * HOUR,
            expires_at: created_at + 24 * HOUR,
            used_at: None,
            revoked_at: None,
        }
    }

    #[test]
    fn a_link_lives_for_its_lifetime_then_expires() {
        let l = link(1000);
        assert_eq!(state_of(&l, 1000), LinkState::Usable);
        assert_eq!(state_of(&l, 1000 + 24 * HOUR - 1), LinkState::Usable);
        assert_eq!(state_of(&l, 1000 + 24 * HOUR), LinkState::Expired);
    }

    #[test]
    fn used_and_retired_links_say_so_even_after_expiry() {
        let used = LinkRecord {
            used_at: Some(1100),
            ..link(1000)
        };
        assert_eq!(state_of(&used, 1200), LinkState::Used);
        assert_eq!(state_of(&used, 1000 + 48 * HOUR), LinkState::Used);
        let retired = LinkRecord {
            revoked_at: Some(1100),
            ..link(1000)
        };
        assert_eq!(state_of(&retired, 1200), LinkState::Retired);
    }

    #[test]
    fn asking_again_within_the_reuse_window_resends_the_same_link() {
        let l = link(1000);
        assert_eq!(reuse(Some(&l), 1000 + HOUR), Some(7));
        assert_eq!(reuse(Some(&l), 1000 + 16 * HOUR - 1), Some(7));
        assert_eq!(
            reuse(Some(&l), 1000 + 16 * HOUR),
            None,
            "window over: new link"
        );
        assert_eq!(reuse(None, 1000), None);
        let used = LinkRecord {
            used_at: Some(1001),
            ..link(1000)
        };
        assert_eq!(reuse(Some(&used), 1002), None);
    }

    #[test]
    fn the_confirmation_names_the_lifetime() {
        let config = ResetConfig {
            lifetime: Seconds::hours(24),
            reuse: Seconds::hours(16),
        };
        assert_eq!(
            confirmation(&config, Lang::En),
            "If an account exists for that address, we have emailed a link to reset your password. It expires in 24 hours."
        );
        assert_eq!(
            confirmation(&config, Lang::Es),
            "Si existe una cuenta con esa dirección, te hemos enviado un enlace para restablecer la contraseña. Caduca en 24 horas."
        );
    }

    #[test]
    fn links_carry_the_token_in_the_fragment() {
        assert_eq!(
            link_url("https://p.example.com", "abc"),
            "https://p.example.com/reset-password#token=abc"
        );
    }
}
