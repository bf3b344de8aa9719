//! Section 3: a reset-request flood from one address, and a real client's reset email from
//! another address in the middle of it: how long until that email is in the outbox, and
//! how long the server keeps working once the flood has stopped.

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use crate::bench_support::{ms, Server};
use crate::http::{Target, LOCALHOST};
use crate::load::{self, Load, Outcome, ANSWER_LIMIT};
use crate::memory::signed_mb;
use crate::process::{cpu_time, mb, rss_kib};
use crate::report::{budget, Report};
use crate::PASSWORD;

const STAFF_EMAIL: &str = "staff-load@example.com";
const CLIENT_EMAIL: &str = "reset-client@example.com";
const REAL_FROM: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));
const STAFF_FROM: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 3));
const CONNECTIONS: usize = 16;
const DURATION: Duration = Duration::from_secs(10);
const REAL_CLIENT_AT: Duration = Duration::from_secs(5);
const POLL_EVERY: Duration = Duration::from_millis(20);
const POLL_LIMIT: Duration = Duration::from_secs(60);
const EMAIL_BUDGET: Duration = Duration::from_secs(1);
/// The server counts as idle once it uses less than this much CPU in `FLAT_WINDOW`
/// (the outbox polling, while it lasts, costs far less).
const FLAT_CPU: Duration = Duration::from_millis(50);
const FLAT_WINDOW: Duration = Duration::from_secs(1);
const BUSY_SAMPLE: Duration = Duration::from_millis(100);
const BUSY_LIMIT: Duration = Duration::from_secs(60);

pub fn setup(server: &Server) {
    server.create_account("staff", STAFF_EMAIL, PASSWORD);
    server.create_account("client", CLIENT_EMAIL, PASSWORD);
}

pub struct Flood {
    flood: Outcome,
    real_answer: Result<(u16, Duration), String>,
    email: Poll,
    rss_before_kib: u64,
    rss_after_kib: u64,
    rss_drained_kib: u64,
    cpu_during: Duration,
    busy: Busy,
}

#[derive(Default)]
struct Poll {
    found_after: Option<Duration>,
    polls: u32,
    failures: u32,
}

struct Busy {
    /// From the end of the flood to the start of the first quiet second; None: still busy
    /// at `BUSY_LIMIT`.
    for_: Option<Duration>,
    cpu: Duration,
}

pub async fn run(target: &Target, pid: u32) -> Flood {
    let cookie = staff_cookie(target).await;
    let rss_before_kib = rss_kib(pid);
    let cpu_before = cpu_time(pid);
    let flooder = target.clone();
    let flood = tokio::spawn(async move {
        let load = Load {
            connections: CONNECTIONS,
            duration: DURATION,
            from: LOCALHOST,
            keep_alive: true,
        };
        let requests = flooder.clone();
        load::run(&flooder, load, move |n| {
            let email = format!("flood-{n}@example.com");
            requests.post_json(
                "/api/password-reset",
                &serde_json::json!({ "email": email }),
                "",
            )
        })
        .await
    });
    tokio::time::sleep(REAL_CLIENT_AT).await;
    let request = target.post_json(
        "/api/password-reset",
        &serde_json::json!({ "email": CLIENT_EMAIL }),
        "",
    );
    let asked_at = Instant::now();
    let real_answer = target
        .once(REAL_FROM, &request, ANSWER_LIMIT)
        .await
        .map(|(response, time)| (response.status, time))
        .map_err(|e| e.to_string());
    // Only an accepted request can lead to an email.
    let poller = matches!(real_answer, Ok((202, _)))
        .then(|| tokio::spawn(wait_for_email(target.clone(), cookie, asked_at)));
    let flood = flood.await.expect("the flood panicked");
    let flood_end = Instant::now();
    let cpu_during = cpu_time(pid).saturating_sub(cpu_before);
    let rss_after_kib = rss_kib(pid);
    let busy = busy_after(pid, flood_end).await;
    let email = match poller {
        Some(poller) => poller.await.expect("the outbox poller panicked"),
        None => Poll::default(),
    };
    Flood {
        flood,
        real_answer,
        email,
        rss_before_kib,
        rss_after_kib,
        rss_drained_kib: rss_kib(pid),
        cpu_during,
        busy,
    }
}

/// Signs the staff account in from `STAFF_FROM`; its session cookie.
async fn staff_cookie(target: &Target) -> String {
    let request = target.post_json(
        "/api/session",
        &serde_json::json!({ "email": STAFF_EMAIL, "password": PASSWORD }),
        "",
    );
    let (response, _) = target
        .once(STAFF_FROM, &request, ANSWER_LIMIT)
        .await
        .expect("staff sign-in");
    assert_eq!(
        response.status, 200,
        "staff sign-in answered {}",
        response.status
    );
    response.cookie().expect("a session cookie")
}

/// Polls `GET /api/staff/outbox` every `POLL_EVERY` until a message to `CLIENT_EMAIL` is
/// listed (newest first, so it is on page 1) or `POLL_LIMIT` has passed since `asked_at`.
async fn wait_for_email(target: Target, cookie: String, asked_at: Instant) -> Poll {
    let request = target.get("/api/staff/outbox", &format!("Cookie: {cookie}\r\n"));
    let mut poll = Poll::default();
    let mut conn = None;
    let mut tick = tokio::time::interval(POLL_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    while asked_at.elapsed() < POLL_LIMIT {
        tick.tick().await;
        poll.polls += 1;
        let answer = target
            .send_reusing(&mut conn, STAFF_FROM, &request, ANSWER_LIMIT)
            .await;
        let Ok(response) = answer else {
            poll.failures += 1;
            continue;
        };
        if response.status != 200 {
            poll.failures += 1;
            continue;
        }
        let page: serde_json::Value = match serde_json::from_slice(&response.body) {
            Ok(page) => page,
            Err(_) => {
                poll.failures += 1;
                continue;
            }
        };
        let listed = page["messages"]
            .as_array()
            .is_some_and(|messages| messages.iter().any(|m| m["to"] == CLIENT_EMAIL));
        if listed {
            poll.found_after = Some(asked_at.elapsed());
            break;
        }
    }
    poll
}

/// Samples the server's CPU time every `BUSY_SAMPLE` until it grows by less than
/// `FLAT_CPU` over `FLAT_WINDOW`.
async fn busy_after(pid: u32, flood_end: Instant) -> Busy {
    let start_cpu = cpu_time(pid);
    let window = (FLAT_WINDOW.as_millis() / BUSY_SAMPLE.as_millis()) as usize;
    let mut samples = vec![(flood_end, start_cpu)];
    let mut tick = tokio::time::interval(BUSY_SAMPLE);
    tick.tick().await;
    while flood_end.elapsed() < BUSY_LIMIT {
        tick.tick().await;
        samples.push((Instant::now(), cpu_time(pid)));
        if samples.len() > window {
            let (then, cpu_then) = samples[samples.len() - 1 - window];
            let cpu_now = samples[samples.len() - 1].1;
            if cpu_now.saturating_sub(cpu_then) < FLAT_CPU {
                return Busy {
                    for_: Some(then - flood_end),
                    cpu: cpu_then.saturating_sub(start_cpu),
                };
            }
        }
    }
    Busy {
        for_: None,
        cpu: cpu_time(pid).saturating_sub(start_cpu),
    }
}

impl Flood {
    pub fn report(&self, report: &mut Report) {
        report.section(
            "3. Reset-request flood",
            &format!(
                "{CONNECTIONS} kept-alive connections from 127.0.0.1 POST /api/password-reset (a new address each time) for {} s; {} s in, a client at {REAL_FROM} asks for its own link; staff at {STAFF_FROM} poll the outbox every {} ms. The server runs with its default reset limits.",
                DURATION.as_secs(),
                REAL_CLIENT_AT.as_secs(),
                POLL_EVERY.as_millis()
            ),
        );
        report.row("flood answers", &self.flood.describe(0), None);
        let answer = match &self.real_answer {
            Ok((status, time)) => format!("{status} in {}", ms(*time)),
            Err(e) => format!("failed: {e}"),
        };
        report.row("the real client's answer", &answer, None);
        let email = match self.email.found_after {
            Some(after) => ms(after),
            None => format!("not within {} s", POLL_LIMIT.as_secs()),
        };
        report.row(
            "its email in the outbox after",
            &format!(
                "{email} ({} polls, {} failed)",
                self.email.polls, self.email.failures
            ),
            budget(
                "< 1 s",
                self.email.found_after.is_some_and(|t| t < EMAIL_BUDGET),
            ),
        );
        report.row("RSS before the flood", &mb(self.rss_before_kib), None);
        report.row(
            "RSS when the flood stops",
            &format!(
                "{} ({:+.1} MB vs before)",
                mb(self.rss_after_kib),
                signed_mb(self.rss_after_kib, self.rss_before_kib)
            ),
            None,
        );
        report.row(
            "server CPU time during the flood",
            &format!("{:.1} s", self.cpu_during.as_secs_f64()),
            None,
        );
        let busy = match self.busy.for_ {
            Some(t) => format!("{:.1} s", t.as_secs_f64()),
            None => format!("still busy after {} s", BUSY_LIMIT.as_secs()),
        };
        report.row(
            "server busy after the flood stops",
            &format!(
                "{busy} ({:.1} s of CPU; idle = under {} ms of CPU in {} s)",
                self.busy.cpu.as_secs_f64(),
                FLAT_CPU.as_millis(),
                FLAT_WINDOW.as_secs()
            ),
            None,
        );
        report.row(
            "RSS once idle again",
            &format!(
                "{} ({:+.1} MB vs before the flood)",
                mb(self.rss_drained_kib),
                signed_mb(self.rss_drained_kib, self.rss_before_kib)
            ),
            None,
        );
    }
}
