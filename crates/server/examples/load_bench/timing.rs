//! Section 5: does a failed sign-in take as long for an unknown email as for a wrong
//! password? Samples alternate, each on a new connection, spread so that no sample meets
//! the throttle: at most `PER_ACCOUNT` wrong guesses per account (the 5th failure blocks
//! it), a fresh unknown email each time, at most `PER_ADDRESS` attempts per source address
//! (the 30th blocks the address). A 429 is counted apart, never as a sample.

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use crate::bench_support::{median, ms, percentile, Server};
use crate::http::{Target, LOCALHOST};
use crate::load::ANSWER_LIMIT;
use crate::report::Report;
use crate::PASSWORD;

const SAMPLES: usize = 200;
const ACCOUNTS: usize = 60;
const PER_ACCOUNT: usize = 4;
const PER_ADDRESS: usize = 10;
const _: () = assert!(SAMPLES <= ACCOUNTS * PER_ACCOUNT);
/// The section stops here even if the server is stuck (400 × 5 s would be far longer).
const TIME_LIMIT: Duration = Duration::from_secs(180);

fn account(i: usize) -> String {
    format!("timing-{i}@example.com")
}

/// The n-th source address: 127.1.0.1, 127.1.0.2, ... (clear of sections 1 to 4).
fn source(n: usize) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 1, (n / 250) as u8, (n % 250 + 1) as u8))
}

pub fn setup(server: &Server) {
    for i in 0..ACCOUNTS {
        server.create_account("client", &account(i), PASSWORD);
    }
}

#[derive(Default)]
struct Kind {
    times: Vec<Duration>,
    throttled: usize,
    unexpected: usize,
    first_unexpected: Option<String>,
}

pub struct Timing {
    wrong_password: Kind,
    unknown_email: Kind,
    addresses: usize,
    /// Pairs sent before `TIME_LIMIT`.
    pairs: usize,
}

pub async fn run(target: &Target) -> Timing {
    let sign_in = |email: &str, password: &str| {
        target.post_json(
            "/api/session",
            &serde_json::json!({ "email": email, "password": password }),
            "",
        )
    };
    // Warm-up with the right password, which the throttle does not count.
    for _ in 0..5 {
        let _ = target
            .once(LOCALHOST, &sign_in(&account(0), PASSWORD), ANSWER_LIMIT)
            .await;
    }
    let (mut wrong_password, mut unknown_email) = (Kind::default(), Kind::default());
    let (mut attempts, mut pairs) = (0, 0);
    let start = std::time::Instant::now();
    for i in 0..SAMPLES {
        if start.elapsed() > TIME_LIMIT {
            break;
        }
        pairs += 1;
        let wrong = (
            sign_in(&account(i % ACCOUNTS), &format!("wrong password {i}")),
            &mut wrong_password,
        );
        let unknown = (
            sign_in(&format!("nobody-{i}@example.com"), PASSWORD),
            &mut unknown_email,
        );
        // Alternate which goes first, so neither always follows the other.
        let pair = if i % 2 == 0 {
            [wrong, unknown]
        } else {
            [unknown, wrong]
        };
        for (request, kind) in pair {
            let from = source(attempts / PER_ADDRESS);
            attempts += 1;
            match target.once(from, &request, ANSWER_LIMIT).await {
                Ok((response, time)) if response.status == 401 => kind.times.push(time),
                Ok((response, _)) if response.status == 429 => kind.throttled += 1,
                other => {
                    kind.unexpected += 1;
                    kind.first_unexpected.get_or_insert(match other {
                        Ok((response, _)) => format!("answered {}", response.status),
                        Err(e) => e.to_string(),
                    });
                }
            }
        }
    }
    Timing {
        wrong_password,
        unknown_email,
        addresses: attempts.div_ceil(PER_ADDRESS),
        pairs,
    }
}

impl Timing {
    pub fn report(&self, report: &mut Report) {
        report.section(
            "5. Sign-in timing: wrong password vs unknown email",
            &format!(
                "{SAMPLES} attempts of each, interleaved, each on a new connection (time from request to answer); {ACCOUNTS} accounts with at most {PER_ACCOUNT} wrong guesses each, a new unknown email every time, {PER_ADDRESS} attempts per source address over {} addresses (127.1.x.y).",
                self.addresses
            ),
        );
        if self.pairs < SAMPLES {
            report.row(
                "stopped early",
                &format!(
                    "{} of {SAMPLES} pairs sent in the {} s limit",
                    self.pairs,
                    TIME_LIMIT.as_secs()
                ),
                None,
            );
        }
        let mut medians = Vec::new();
        for (name, kind) in [
            ("wrong password", &self.wrong_password),
            ("unknown email", &self.unknown_email),
        ] {
            let mut counts = format!("{} samples", kind.times.len());
            if kind.throttled > 0 {
                counts += &format!(", {} throttled (429, left out)", kind.throttled);
            }
            if let Some(e) = &kind.first_unexpected {
                counts += &format!(", {} unexpected (first: {e})", kind.unexpected);
            }
            if kind.times.is_empty() {
                report.row(name, &counts, None);
                continue;
            }
            let (p50, p95) = (
                median(kind.times.clone()),
                percentile(kind.times.clone(), 0.95),
            );
            medians.push((p50, p95));
            report.row(
                name,
                &format!("p50 {}, p95 {} ({counts})", ms(p50), ms(p95)),
                None,
            );
        }
        if let [(wrong50, wrong95), (unknown50, unknown95)] = medians[..] {
            let gap = |a: Duration, b: Duration| (a.as_secs_f64() / b.as_secs_f64() - 1.0) * 100.0;
            report.row(
                "unknown email vs wrong password",
                &format!(
                    "p50 {:+.1} %, p95 {:+.1} %",
                    gap(unknown50, wrong50),
                    gap(unknown95, wrong95)
                ),
                None,
            );
        }
    }
}
