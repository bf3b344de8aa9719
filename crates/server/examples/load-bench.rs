//! `cargo xtask bench` part 2: the server under load, against the real release binary
//! started on port 0 with a fresh data folder. Five sections, each printed beside its
//! budget (the report never fails the run):
//!
//! 1. `GET /login` throughput and latency, kept alive and one connection per request;
//! 2. resident memory idle, during and after a sign-in load;
//! 3. a reset-request flood: a real client's email delay, and the work left afterwards;
//! 4. 2,000 half-open connections: does another client still get answers?
//! 5. sign-in timing, wrong password vs unknown email.
//!
//! The bench's clients are bare HTTP/1.1 on tokio sockets (`load_bench/http.rs`), from
//! several 127.x.y.z source addresses, since the server limits some things per address.

mod bench_support;
#[path = "load_bench/flood.rs"]
mod flood;
#[path = "load_bench/half_open.rs"]
mod half_open;
#[path = "load_bench/http.rs"]
mod http;
#[path = "load_bench/load.rs"]
mod load;
#[path = "load_bench/memory.rs"]
mod memory;
#[path = "load_bench/pages.rs"]
mod pages;
#[path = "load_bench/process.rs"]
mod process;
#[path = "load_bench/report.rs"]
mod report;
#[path = "load_bench/timing.rs"]
mod timing;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use bench_support::{root, start};
use http::Target;
use report::Report;

/// Every bench account's password.
pub const PASSWORD: &str = "load bench password, long enough";

#[tokio::main]
async fn main() {
    let began = Instant::now();
    let static_dir = static_dir();
    let server = start(&static_dir, &[]);
    let target = Target::from_url(&server.url);
    let pid = server.pid();
    progress("creating the accounts (CLI, one argon2 hash each)");
    memory::setup(&server);
    flood::setup(&server);
    timing::setup(&server);
    let idle_kib = settled_rss(pid).await;

    progress("1/5 GET /login throughput");
    let pages = pages::run(&target).await;
    progress("2/5 memory under sign-in load");
    let memory = memory::run(&target, pid, idle_kib).await;
    progress("3/5 reset-request flood");
    let flood = flood::run(&target, pid).await;
    progress("4/5 half-open connections");
    let half_open = half_open::run(&target, pid).await;
    progress("5/5 sign-in timing");
    let timing = timing::run(&target).await;
    drop(server);

    let mut report = Report::default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!(
        "\nServer under load (release binary on loopback, sharing {cores} cores with the bench; {:.0} s in all)",
        began.elapsed().as_secs_f64()
    );
    pages.report(&mut report);
    memory.report(&mut report);
    flood.report(&mut report);
    half_open.report(&mut report);
    timing.report(&mut report);
    report.print();
}

fn progress(what: &str) {
    eprintln!("load-bench: {what}");
}

/// The RSS once two readings 500 ms apart differ by under 256 KiB (at most 10 s).
async fn settled_rss(pid: u32) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last = process::rss_kib(pid);
    loop {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let now = process::rss_kib(pid);
        if now.abs_diff(last) < 256 || Instant::now() > deadline {
            return now;
        }
        last = now;
    }
}

/// The built app (`cargo xtask bench` builds it first).
fn static_dir() -> PathBuf {
    let dist = root().join("dist");
    assert!(
        dist.join("login.html").exists(),
        "dist/ is not built: run `cargo xtask bench`"
    );
    dist
}
