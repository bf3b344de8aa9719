//! The background sender: takes due deliveries, signs and POSTs them, and retries failures
//! with the same exponential backoff as email. Everything lives in the database, so a
//! restart resumes where it stopped and a receiver that is down loses nothing.

use std::time::{Duration, Instant};

use reqwest::header::CONTENT_TYPE;
use tokio::task::JoinSet;

use super::signature;
use crate::mail::sender::backoff_secs;
use crate::state::AppState;
use crate::store::webhooks::{AfterAttempt, Attempt, DueDelivery};

/// Longer than any attempt can take (the client's timeouts), so a claim outlives it.
const LEASE_SECS: i64 = 120;
/// Attempts under way at once.
const CONCURRENCY: usize = 16;
/// Attempts under way at once to one webhook, so one that never answers leaves the other
/// slots to everyone else.
const PER_WEBHOOK: i64 = 4;
/// With a 30-second base: 30 s, 1 min, 2 min, ... then hourly; about a day in all.
pub const MAX_ATTEMPTS: i64 = 30;
const IDLE_POLL_SECS: i64 = 60;
/// Enough of the receiver's answer to debug with, not enough to store a page.
const DETAIL_CHARS: usize = 300;

pub async fn run(state: AppState) {
    // A pool refilled as attempts finish, so one receiver that never answers holds up only
    // its own deliveries, not everyone else's events.
    let mut under_way = JoinSet::new();
    loop {
        let room = CONCURRENCY - under_way.len();
        if room > 0 {
            match state
                .store
                .claim_due_deliveries(state.now(), LEASE_SECS, room as i64, PER_WEBHOOK)
                .await
            {
                Ok(batch) => {
                    for delivery in batch {
                        under_way.spawn(attempt(state.clone(), delivery));
                    }
                }
                Err(err) => tracing::warn!(
                    error = format!("{err:#}"),
                    "reading the webhook queue failed"
                ),
            }
        }
        let wait = match state.store.next_delivery_due().await {
            // Due but not claimed: waiting for a free slot (overall or the webhook's), and an
            // attempt ending wakes the loop, so no need to look every second meanwhile.
            Ok(Some(at)) if at <= state.now() && !under_way.is_empty() => IDLE_POLL_SECS,
            Ok(Some(at)) => (at - state.now()).clamp(1, IDLE_POLL_SECS),
            _ => IDLE_POLL_SECS,
        };
        tokio::select! {
            Some(_) = under_way.join_next(), if !under_way.is_empty() => {}
            _ = state.store.webhook_wake().notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(wait as u64)) => {}
        }
    }
}

async fn attempt(state: AppState, delivery: DueDelivery) {
    let at = state.now();
    // The current secret first, then any earlier ones still within their day after a roll.
    let previous = match state
        .store
        .previous_secret_nonces(delivery.webhook_id, at)
        .await
    {
        Ok(nonces) => nonces,
        Err(err) => {
            tracing::warn!(
                id = delivery.id,
                error = format!("{err:#}"),
                "reading previous webhook secrets failed; signing with the current one"
            );
            Vec::new()
        }
    };
    let secrets: Vec<String> = std::iter::once(&delivery.secret_nonce)
        .chain(&previous)
        .map(|nonce| state.keys.webhook_secret(nonce))
        .collect();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let started = Instant::now();
    let answer = state
        .webhooks
        .client
        .post(&delivery.url)
        .header(CONTENT_TYPE, "application/json")
        .header("Portico-Event-Id", &delivery.event_id)
        .header("Portico-Event-Type", &delivery.event_type)
        .header("Portico-Delivery-Id", delivery.id)
        .header(
            "Portico-Signature",
            signature(&secrets, at, delivery.payload.as_bytes()),
        )
        .body(delivery.payload.clone())
        .send()
        .await;
    let (status_code, detail) = match answer {
        Ok(response) => {
            let status = response.status();
            (Some(status.as_u16()), start_of(response).await)
        }
        Err(err) => (None, describe(err)),
    };
    let duration_ms = started.elapsed().as_millis().try_into().unwrap_or(i64::MAX);
    let attempts = delivery.attempts + 1;
    let next = after(
        status_code,
        attempts,
        state.now(),
        state.webhooks.retry_base_secs,
    );
    match &next {
        AfterAttempt::Delivered => tracing::info!(id = delivery.id, "webhook delivered"),
        _ => tracing::warn!(
            id = delivery.id,
            attempts,
            ?status_code,
            detail,
            "webhook delivery failed"
        ),
    }
    let recorded = state
        .store
        .record_attempt(
            &delivery,
            Attempt {
                at,
                duration_ms,
                status_code,
                detail,
                next,
            },
        )
        .await;
    match recorded {
        Ok(true) => {}
        Ok(false) => tracing::info!(
            id = delivery.id,
            "webhook delivery gone or taken over during the attempt; outcome not recorded"
        ),
        Err(err) => tracing::error!(
            id = delivery.id,
            error = format!("{err:#}"),
            "recording a webhook attempt failed"
        ),
    }
}

/// What follows the `attempts`th attempt: only a 2xx counts as delivered (a redirect is not
/// followed, so it is a failure too); failures wait longer each time until the last.
fn after(
    status_code: Option<u16>,
    attempts: i64,
    now: crate::clock::Timestamp,
    retry_base_secs: i64,
) -> AfterAttempt {
    match status_code {
        Some(code) if (200..300).contains(&code) => AfterAttempt::Delivered,
        _ if attempts < MAX_ATTEMPTS => {
            AfterAttempt::RetryAt(now + backoff_secs(retry_base_secs, attempts))
        }
        _ => AfterAttempt::GiveUp,
    }
}

/// The first characters of the receiver's answer, read no further than needed.
async fn start_of(mut response: reqwest::Response) -> String {
    let mut bytes = Vec::new();
    while bytes.len() < DETAIL_CHARS * 4 {
        match response.chunk().await {
            Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
            _ => break,
        }
    }
    String::from_utf8_lossy(&bytes)
        .chars()
        .take(DETAIL_CHARS)
        .collect()
}

/// Why no answer came, in words a person can act on.
fn describe(err: reqwest::Error) -> String {
    if err.is_timeout() {
        return format!("no answer within {} seconds", super::TIMEOUT.as_secs());
    }
    if err.is_connect() {
        return "could not connect (refused, unreachable or TLS failed)".into();
    }
    // Without the URL: its query may hold the receiver's own token, and this text is logged.
    let bare = err.without_url();
    let mut text = bare.to_string();
    let mut source = std::error::Error::source(&bare);
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn retry_in(step: AfterAttempt) -> Option<i64> {
        match step {
            AfterAttempt::RetryAt(at) => Some(at - 1_000),
            _ => None,
        }
    }

    #[test]
    fn only_2xx_delivers_and_failures_back_off_until_the_last_attempt() {
        assert!(matches!(
            after(Some(204), 1, 1_000, 30),
            AfterAttempt::Delivered
        ));
        for failure in [None, Some(302), Some(404), Some(500)] {
            assert_eq!(retry_in(after(failure, 1, 1_000, 30)), Some(30));
        }
        assert_eq!(retry_in(after(Some(500), 2, 1_000, 30)), Some(60));
        assert_eq!(retry_in(after(Some(500), 3, 1_000, 30)), Some(120));
        assert_eq!(
            retry_in(after(Some(500), MAX_ATTEMPTS - 1, 1_000, 30)),
            Some(3_600),
            "capped at an hour"
        );
        assert!(matches!(
            after(Some(500), MAX_ATTEMPTS, 1_000, 30),
            AfterAttempt::GiveUp
        ));
        assert!(matches!(
            after(Some(200), MAX_ATTEMPTS, 1_000, 30),
            AfterAttempt::Delivered
        ));
        // About a day of retries in all before giving up.
        let total: i64 = (1..MAX_ATTEMPTS)
            .filter_map(|n| retry_in(after(None, n, 1_000, 30)))
            .sum();
        assert!((20 * 3_600..30 * 3_600).contains(&total), "{total}");
    }
}
