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

/// Longer than any attempt can take (the client's timeouts), so a lease outlives it.
const LEASE_SECS: i64 = 120;
const BATCH: i64 = 16;
/// With a 30-second base: 30 s, 1 min, 2 min, ... then hourly; about a day in all.
pub const MAX_ATTEMPTS: i64 = 30;
const IDLE_POLL_SECS: i64 = 60;
/// Enough of the receiver's answer to debug with, not enough to store a page.
const DETAIL_CHARS: usize = 300;

pub async fn run(state: AppState) {
    loop {
        match state
            .store
            .claim_due_deliveries(state.now(), LEASE_SECS, BATCH)
            .await
        {
            Ok(batch) if !batch.is_empty() => {
                // Concurrently: one slow receiver must not hold up everyone else's events.
                let mut attempts = JoinSet::new();
                for delivery in batch {
                    attempts.spawn(attempt(state.clone(), delivery));
                }
                while attempts.join_next().await.is_some() {}
                continue;
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(
                error = format!("{err:#}"),
                "reading the webhook queue failed"
            ),
        }
        let wait = match state.store.next_delivery_due().await {
            Ok(Some(at)) => (at - state.now()).clamp(1, IDLE_POLL_SECS),
            _ => IDLE_POLL_SECS,
        };
        tokio::select! {
            _ = state.store.webhook_wake().notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(wait as u64)) => {}
        }
    }
}

async fn attempt(state: AppState, delivery: DueDelivery) {
    let secret = state.keys.webhook_secret(&delivery.secret_nonce);
    let at = state.now();
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
            signature(&secret, at, delivery.payload.as_bytes()),
        )
        .body(delivery.payload.clone())
        .send()
        .await;
    let (status_code, detail) = match answer {
        Ok(response) => {
            let status = response.status();
            (Some(status.as_u16()), start_of(response).await)
        }
        Err(err) => (None, describe(&err)),
    };
    let duration_ms = started.elapsed().as_millis().try_into().unwrap_or(i64::MAX);
    let attempts = delivery.attempts + 1;
    let next = match status_code {
        Some(code) if (200..300).contains(&code) => AfterAttempt::Delivered,
        _ if attempts < MAX_ATTEMPTS => AfterAttempt::RetryAt(
            state.now() + backoff_secs(state.webhooks.retry_base_secs, attempts),
        ),
        _ => AfterAttempt::GiveUp,
    };
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
            delivery.id,
            Attempt {
                at,
                duration_ms,
                status_code,
                detail,
                next,
            },
        )
        .await;
    if let Err(err) = recorded {
        tracing::error!(
            id = delivery.id,
            error = format!("{err:#}"),
            "recording a webhook attempt failed"
        );
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
fn describe(err: &reqwest::Error) -> String {
    if err.is_timeout() {
        return format!("no answer within {} seconds", super::TIMEOUT.as_secs());
    }
    if err.is_connect() {
        return "could not connect (refused, unreachable or TLS failed)".into();
    }
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text
}
