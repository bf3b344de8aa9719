//! Closed-loop load: N connections, each sending its next request as soon as the previous
//! answer is in, for a fixed time. Counts answers by status, failures and latencies.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::http::{Conn, Target};
use crate::bench_support::{median, ms, percentile};

/// Longest wait for any one answer before it counts as a failure.
pub const ANSWER_LIMIT: Duration = Duration::from_secs(5);

#[derive(Clone, Copy)]
pub struct Load {
    pub connections: usize,
    pub duration: Duration,
    pub from: IpAddr,
    /// False: a new connection per request (send `Connection: close` in the request).
    pub keep_alive: bool,
}

#[derive(Default)]
pub struct Outcome {
    pub statuses: BTreeMap<u16, u64>,
    pub failures: u64,
    pub first_failure: Option<String>,
    /// One per answer, whatever its status: from writing the request (or connecting, for a
    /// new connection per request) to the answer's last byte.
    pub latencies: Vec<Duration>,
    pub elapsed: Duration,
}

impl Outcome {
    pub fn answers(&self) -> u64 {
        self.statuses.values().sum()
    }

    pub fn per_second(&self) -> f64 {
        self.answers() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    pub fn p50(&self) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        median(self.latencies.clone())
    }

    pub fn p95(&self) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        percentile(self.latencies.clone(), 0.95)
    }

    /// "200: 1234, 429: 5" plus failures, for the report.
    /// "31356 /s, p50 0.425 ms, p95 0.920 ms (202: 313736)", with the rate's precision.
    pub fn describe(&self, decimals: usize) -> String {
        format!(
            "{:.decimals$} /s, p50 {}, p95 {} ({})",
            self.per_second(),
            ms(self.p50()),
            ms(self.p95()),
            self.summary()
        )
    }

    pub fn summary(&self) -> String {
        let mut parts: Vec<String> = self
            .statuses
            .iter()
            .map(|(status, n)| format!("{status}: {n}"))
            .collect();
        if self.failures > 0 {
            parts.push(format!(
                "failed: {} (first: {})",
                self.failures,
                self.first_failure.as_deref().unwrap_or("?")
            ));
        }
        parts.join(", ")
    }

    fn merge(&mut self, other: Outcome) {
        for (status, n) in other.statuses {
            *self.statuses.entry(status).or_default() += n;
        }
        self.failures += other.failures;
        if self.first_failure.is_none() {
            self.first_failure = other.first_failure;
        }
        self.latencies.extend(other.latencies);
    }

    fn fail(&mut self, error: std::io::Error) {
        self.failures += 1;
        self.first_failure.get_or_insert_with(|| error.to_string());
    }
}

/// Runs `load`; `request(n)` builds the n-th request (n counts across all connections).
pub async fn run<F>(target: &Target, load: Load, request: F) -> Outcome
where
    F: Fn(u64) -> Vec<u8> + Send + Sync + 'static,
{
    let request = Arc::new(request);
    let counter = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let deadline = start + load.duration;
    let mut workers = Vec::new();
    for _ in 0..load.connections {
        let (target, request, counter) = (target.clone(), request.clone(), counter.clone());
        workers.push(tokio::spawn(async move {
            let mut outcome = Outcome::default();
            let mut conn: Option<Conn> = None;
            while Instant::now() < deadline {
                let bytes = request(counter.fetch_add(1, Ordering::Relaxed));
                let began = Instant::now();
                let result = target
                    .reuse_or_connect(&mut conn, load.from, ANSWER_LIMIT)
                    .await;
                let mut open = match result {
                    Ok(open) => open,
                    Err(error) => {
                        outcome.fail(error);
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    }
                };
                match open.send(&bytes, ANSWER_LIMIT).await {
                    Ok(response) => {
                        outcome.latencies.push(began.elapsed());
                        *outcome.statuses.entry(response.status).or_default() += 1;
                        if !load.keep_alive {
                            open.wait_for_close(Duration::from_millis(100)).await;
                        } else if !response.closing {
                            conn = Some(open);
                        }
                    }
                    Err(error) => outcome.fail(error),
                }
            }
            outcome
        }));
    }
    let mut total = Outcome::default();
    for worker in workers {
        total.merge(worker.await.expect("a load connection panicked"));
    }
    total.elapsed = start.elapsed();
    total
}
