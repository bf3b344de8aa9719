//! Section 2: the server's resident memory idle, during 10 s of sign-ins on 4 kept-alive
//! connections (right password: never throttled, so every one runs argon2id and opens a
//! session), and 5 s after.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::bench_support::Server;
use crate::http::{Target, LOCALHOST};
use crate::load::{self, Load, Outcome};
use crate::process::{mb, rss_kib};
use crate::report::{budget, Report};
use crate::PASSWORD;

const EMAIL: &str = "signin-load@example.com";
const CONNECTIONS: usize = 4;
const DURATION: Duration = Duration::from_secs(10);
const SETTLE: Duration = Duration::from_secs(5);
const PEAK_BUDGET_KIB: u64 = 150 * 1024;
const GROWTH_BUDGET_KIB: u64 = 20 * 1024;

pub fn setup(server: &Server) {
    server.create_account("client", EMAIL, PASSWORD);
}

pub struct Memory {
    idle_kib: u64,
    before_kib: u64,
    peak_kib: u64,
    after_kib: u64,
    sign_ins: Outcome,
}

/// Samples the RSS every 100 ms until `stop`; returns the highest seen.
pub fn sample_peak(pid: u32, stop: Arc<AtomicBool>) -> tokio::task::JoinHandle<u64> {
    tokio::spawn(async move {
        let mut peak = rss_kib(pid);
        let mut tick = tokio::time::interval(Duration::from_millis(100));
        while !stop.load(Ordering::Relaxed) {
            tick.tick().await;
            peak = peak.max(rss_kib(pid));
        }
        peak
    })
}

pub async fn run(target: &Target, pid: u32, idle_kib: u64) -> Memory {
    let before_kib = rss_kib(pid);
    let stop = Arc::new(AtomicBool::new(false));
    let sampler = sample_peak(pid, stop.clone());
    let sign_in = target.post_json(
        "/api/session",
        &serde_json::json!({ "email": EMAIL, "password": PASSWORD }),
        "",
    );
    let load = Load {
        connections: CONNECTIONS,
        duration: DURATION,
        from: LOCALHOST,
        keep_alive: true,
    };
    let sign_ins = load::run(target, load, move |_| sign_in.clone()).await;
    stop.store(true, Ordering::Relaxed);
    let peak_kib = sampler.await.expect("RSS sampler");
    tokio::time::sleep(SETTLE).await;
    Memory {
        idle_kib,
        before_kib,
        peak_kib,
        after_kib: rss_kib(pid),
        sign_ins,
    }
}

impl Memory {
    pub fn report(&self, report: &mut Report) {
        report.section(
            "2. Memory under sign-in load",
            &format!(
                "POST /api/session with the right password on {CONNECTIONS} kept-alive connections for {} s; RSS (VmRSS) sampled every 100 ms.",
                DURATION.as_secs()
            ),
        );
        report.row("RSS idle (after start, settled)", &mb(self.idle_kib), None);
        report.row("RSS before the sign-in load", &mb(self.before_kib), None);
        report.row("sign-ins", &self.sign_ins.describe(1), None);
        report.row(
            "RSS peak during the load",
            &mb(self.peak_kib),
            budget("< 150 MB", self.peak_kib < PEAK_BUDGET_KIB),
        );
        let growth = self.after_kib.saturating_sub(self.idle_kib);
        report.row(
            &format!("RSS {} s after the load", SETTLE.as_secs()),
            &format!(
                "{} ({:+.1} MB vs idle)",
                mb(self.after_kib),
                signed_mb(self.after_kib, self.idle_kib)
            ),
            budget("within 20 MB of idle", growth <= GROWTH_BUDGET_KIB),
        );
    }
}

/// `a - b` in MB, signed.
pub fn signed_mb(a: u64, b: u64) -> f64 {
    (a as f64 - b as f64) / 1024.0
}
