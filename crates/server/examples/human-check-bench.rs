//! `cargo xtask bench` part: what the human check costs the server. Issuing a challenge
//! (random salt, one SHA-256, one HMAC) and verifying a solution (decode, one SHA-256, one
//! constant-time HMAC check) are timed in-process, per operation; spending a solution
//! (one insert into `spent_human_checks`, on a fresh SQLite file) is timed too, since every
//! pass pays it. Prints the median and p95 over runs of per-operation means.

mod bench_support;

use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use bench_support::{median, percentile};
use portico_api::human_check::{HumanCheckChallenge, HumanCheckSolution};
use portico_server::human_check::{check, issue, Action, Ask, Level, Passed};
use portico_server::keys::Keys;
use portico_server::store::Store;
use sha2::{Digest, Sha256};

const RUNS: usize = 21;
const PER_RUN: usize = 1000;
const NOW: i64 = 1_800_000_000;
const HEAVY: Ask<'static> = Ask {
    action: Action::SignIn,
    level: Level::Heavy,
    source: "ada@example.com",
};
const LIGHT: Ask<'static> = Ask {
    level: Level::Light,
    ..HEAVY
};

fn solve(challenge: &HumanCheckChallenge) -> String {
    let number = (0..=challenge.maxnumber)
        .find(|n| {
            let digest = Sha256::digest(format!("{}{n}", challenge.salt));
            portico_server::keys::hex(&digest) == challenge.challenge
        })
        .expect("every challenge has a solution");
    let solution = HumanCheckSolution::answer(challenge, number, None);
    STANDARD.encode(serde_json::to_vec(&solution).unwrap())
}

/// Per-operation time of each run, as a mean over `PER_RUN` operations.
fn per_op(mut op: impl FnMut(usize)) -> Vec<Duration> {
    (0..RUNS)
        .map(|run| {
            let start = Instant::now();
            for i in 0..PER_RUN {
                op(run * PER_RUN + i);
            }
            start.elapsed() / PER_RUN as u32
        })
        .collect()
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn row(what: &str, times: Vec<Duration>) {
    println!(
        "{what:<44} {:>10} {:>10}",
        us(median(times.clone())),
        us(percentile(times, 0.95))
    );
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let keys = Keys::generate()?;
    println!("\nHuman check: the server's cost per operation (in-process, release build)");
    println!("{:<44} {:>10} {:>10}", "operation", "median", "p95");
    row(
        "issue a challenge (heavy level)",
        per_op(|_| {
            std::hint::black_box(issue(&keys, HEAVY, NOW).unwrap());
        }),
    );

    // Light challenges solved ahead, so only the check is timed (it stores nothing, so a
    // solution can be checked again).
    let solutions: Vec<String> = (0..32)
        .map(|_| solve(&issue(&keys, LIGHT, NOW).unwrap()))
        .collect();
    row(
        "verify a solution",
        per_op(|i| {
            let solution = &solutions[i % solutions.len()];
            assert!(check(&keys, Some(solution), LIGHT, NOW).is_ok());
        }),
    );
    row(
        "refuse a malformed solution",
        per_op(|_| {
            assert!(check(&keys, Some("bm90IGpzb24="), LIGHT, NOW).is_err());
        }),
    );

    let dir = tempfile::tempdir()?;
    let store = Store::open(&format!("sqlite://{}", dir.path().join("b.db").display())).await?;
    // Each spend needs a challenge never spent: made up here, as the store sees only these.
    let passed: Vec<Passed> = (0..10 * 200)
        .map(|i| Passed {
            challenge: format!("{:064x}", i),
            expires_at: NOW + 300,
        })
        .collect();
    let mut spends = Vec::new();
    for run in passed.chunks(200) {
        let start = Instant::now();
        for p in run {
            assert!(store.spend_human_check(p).await?);
        }
        spends.push(start.elapsed() / run.len() as u32);
    }
    row("spend it once (SQLite insert, on disk)", spends);
    Ok(())
}
