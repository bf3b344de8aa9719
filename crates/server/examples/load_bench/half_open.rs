//! Section 4: 2,000 connections from 127.0.0.1 that send half a request head and wait;
//! meanwhile a client at 127.0.0.2 reads `GET /api/portal`.

use std::net::{IpAddr, Ipv4Addr};
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

use tokio::task::JoinSet;

use crate::bench_support::{median, ms, percentile};
use crate::http::{Conn, Target, LOCALHOST};
use crate::process::{open_file_limit, raise_open_file_limit};
use crate::report::{budget, Report};

const HELD: usize = 2_000;
const OPEN_BATCH: usize = 100;
const PARTIAL: &[u8] = b"GET /api/portal HTTP/1.1\r\nHost: x\r\n";
const PROBE_FROM: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));
const PROBES: usize = 200;
const PROBE_LIMIT: Duration = Duration::from_secs(2);
/// A probe run stops here even if the server is stuck (200 × 2 s would be far longer).
const PROBE_RUN_LIMIT: Duration = Duration::from_secs(60);
const BUDGET: Duration = Duration::from_millis(10);

pub struct HalfOpen {
    own_limit: (u64, u64),
    server_limit: String,
    refused: usize,
    first_refusal: Option<String>,
    closed_before: usize,
    closed_after: usize,
    held_for: Duration,
    new_connection: Probe,
    kept_alive: Probe,
}

#[derive(Default)]
struct Probe {
    times: Vec<Duration>,
    failures: usize,
    first_failure: Option<String>,
    /// Left unsent when the run reached `PROBE_RUN_LIMIT`.
    unsent: usize,
}

impl Probe {
    fn record(&mut self, result: std::io::Result<(u16, Duration)>) {
        let failure = match result {
            Ok((200, time)) if time <= PROBE_LIMIT => {
                self.times.push(time);
                return;
            }
            Ok((200, time)) => format!("took {}", ms(time)),
            Ok((status, _)) => format!("answered {status}"),
            Err(e) => e.to_string(),
        };
        self.failures += 1;
        self.first_failure.get_or_insert(failure);
    }
}

pub async fn run(target: &Target, pid: u32) -> HalfOpen {
    let own_limit = raise_open_file_limit();
    let (held, refused, first_refusal) = open_held(target).await;
    let opened_at = Instant::now();
    // Time for the server to accept them all (and close any it will not keep).
    tokio::time::sleep(Duration::from_secs(1)).await;
    let closed_before = refused + count_closed(&held);
    let new_connection = probe(target, false).await;
    let kept_alive = probe(target, true).await;
    let closed_after = refused + count_closed(&held);
    let held_for = opened_at.elapsed();
    drop(held);
    tokio::time::sleep(Duration::from_secs(1)).await;
    HalfOpen {
        own_limit,
        server_limit: open_file_limit(pid),
        refused,
        first_refusal,
        closed_before,
        closed_after,
        held_for,
        new_connection,
        kept_alive,
    }
}

/// Opens `HELD` connections, `OPEN_BATCH` at a time, each with half a request head sent.
/// The ones that could not be opened (or written to) are counted, with the first error.
async fn open_held(target: &Target) -> (Vec<Conn>, usize, Option<String>) {
    let mut held = Vec::with_capacity(HELD);
    let (mut refused, mut first_refusal) = (0, None);
    for batch in 0..HELD.div_ceil(OPEN_BATCH) {
        let mut opening = JoinSet::new();
        for _ in 0..OPEN_BATCH.min(HELD - batch * OPEN_BATCH) {
            let target = target.clone();
            opening.spawn(async move {
                let mut conn = target.connect(LOCALHOST, PROBE_LIMIT).await?;
                conn.write(PARTIAL, PROBE_LIMIT).await?;
                Ok::<_, std::io::Error>(conn)
            });
        }
        while let Some(done) = opening.join_next().await {
            match done.expect("opening a connection panicked") {
                Ok(conn) => held.push(conn),
                Err(e) => {
                    refused += 1;
                    first_refusal.get_or_insert(e.to_string());
                }
            }
        }
    }
    (held, refused, first_refusal)
}

/// How many held connections the server has closed (or answered), without waiting.
fn count_closed(held: &[Conn]) -> usize {
    held.iter()
        .filter(|conn| {
            let mut byte = 0u8;
            // SAFETY: a one-byte peek into a local buffer on a socket we own.
            let n = unsafe {
                libc::recv(
                    conn.stream().as_raw_fd(),
                    (&mut byte as *mut u8).cast(),
                    1,
                    libc::MSG_PEEK | libc::MSG_DONTWAIT,
                )
            };
            // Data (an answer such as 408) or end of stream; -1 is open unless it is an
            // error other than "would block" (a reset).
            n >= 0
                || !matches!(
                    std::io::Error::last_os_error().kind(),
                    std::io::ErrorKind::WouldBlock
                )
        })
        .count()
}

/// `PROBES` sequential `GET /api/portal` from `PROBE_FROM`, on one kept-alive connection
/// (opened again after a failure) or a new connection each (`Connection: close`),
/// connecting included.
async fn probe(target: &Target, keep_alive: bool) -> Probe {
    let request = if keep_alive {
        target.get("/api/portal", "")
    } else {
        target.get("/api/portal", "Connection: close\r\n")
    };
    let mut probe = Probe::default();
    let mut conn: Option<Conn> = None;
    let run_start = Instant::now();
    for sent in 0..PROBES {
        if run_start.elapsed() > PROBE_RUN_LIMIT {
            probe.unsent = PROBES - sent;
            break;
        }
        let start = Instant::now();
        // Connecting and answering together within the limit (a timeout drops the connection).
        let answer = tokio::time::timeout(
            PROBE_LIMIT,
            target.send_reusing(&mut conn, PROBE_FROM, &request, PROBE_LIMIT),
        )
        .await
        .unwrap_or_else(|_| {
            Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "over 2 s",
            ))
        });
        probe.record(answer.map(|response| (response.status, start.elapsed())));
    }
    probe
}

impl HalfOpen {
    pub fn report(&self, report: &mut Report) {
        report.section(
            "4. Half-open connections",
            &format!(
                "{HELD} connections from 127.0.0.1 each send `GET /api/portal HTTP/1.1\\r\\nHost: x\\r\\n` and wait; {PROBES} requests from {PROBE_FROM} meanwhile (over {} s or not 200 = failure). Bench open-file limit raised from {} to {}; the server's is {}.",
                PROBE_LIMIT.as_secs(),
                self.own_limit.0,
                self.own_limit.1,
                self.server_limit
            ),
        );
        let refused = match &self.first_refusal {
            Some(e) => format!("{} (first: {e})", self.refused),
            None => "0".into(),
        };
        report.row("refused at connect or first write", &refused, None);
        report.row(
            "closed by the server 1 s after opening",
            &format!("{} of {HELD}", self.closed_before),
            None,
        );
        for (name, probe) in [
            ("new connection per request", &self.new_connection),
            ("kept alive", &self.kept_alive),
        ] {
            let mut failures = match &probe.first_failure {
                Some(e) => format!("{} failed (first: {e})", probe.failures),
                None => "none failed".into(),
            };
            if probe.unsent > 0 {
                failures += &format!(
                    ", {} not sent: {} s limit reached",
                    probe.unsent,
                    PROBE_RUN_LIMIT.as_secs()
                );
            }
            if probe.times.is_empty() {
                report.row(
                    &format!("GET /api/portal, {name}"),
                    &failures,
                    budget("< 10 ms", false),
                );
                continue;
            }
            let p50 = median(probe.times.clone());
            let p95 = percentile(probe.times.clone(), 0.95);
            report.row(
                &format!("GET /api/portal p50, {name}"),
                &format!("{} ({failures})", ms(p50)),
                budget(
                    "< 10 ms",
                    p50 < BUDGET && probe.failures == 0 && probe.unsent == 0,
                ),
            );
            report.row(
                &format!("GET /api/portal p95, {name}"),
                &ms(p95),
                budget("< 10 ms", p95 < BUDGET),
            );
        }
        report.row(
            &format!(
                "closed by the server after {:.1} s held",
                self.held_for.as_secs_f64()
            ),
            &format!("{} of {HELD}", self.closed_after),
            None,
        );
    }
}
