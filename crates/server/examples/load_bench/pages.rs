//! Section 1: `GET /login` at 16 connections, kept alive and then one per request.

use std::time::Duration;

use crate::bench_support::ms;
use crate::http::{Target, LOCALHOST};
use crate::load::{self, Load, Outcome, ANSWER_LIMIT};
use crate::report::{budget, Report};

const CONNECTIONS: usize = 16;
const DURATION: Duration = Duration::from_secs(5);
const P50_BUDGET: Duration = Duration::from_millis(2);

pub struct Pages {
    page_bytes: usize,
    keep_alive: Outcome,
    per_request: Outcome,
}

pub async fn run(target: &Target) -> Pages {
    let mut conn = target
        .connect(LOCALHOST, ANSWER_LIMIT)
        .await
        .expect("connect for GET /login");
    let first = conn
        .send(&target.get("/login", ""), ANSWER_LIMIT)
        .await
        .expect("GET /login");
    assert_eq!(first.status, 200, "GET /login answered {}", first.status);
    let keep = Load {
        connections: CONNECTIONS,
        duration: DURATION,
        from: LOCALHOST,
        keep_alive: true,
    };
    let get = target.get("/login", "");
    let warm = get.clone();
    let warm_up = Load {
        duration: Duration::from_millis(500),
        ..keep
    };
    load::run(target, warm_up, move |_| warm.clone()).await;
    let keep_alive = load::run(target, keep, move |_| get.clone()).await;
    let close = target.get("/login", "Connection: close\r\n");
    let per_request = load::run(
        target,
        Load {
            keep_alive: false,
            ..keep
        },
        move |_| close.clone(),
    )
    .await;
    Pages {
        page_bytes: first.body.len(),
        keep_alive,
        per_request,
    }
}

impl Pages {
    pub fn report(&self, report: &mut Report) {
        report.section(
            "1. Static page: GET /login",
            &format!(
                "{CONNECTIONS} connections for {} s each run, closed loop; the page is {} bytes (no compression asked). With a new connection per request, the latency includes connecting.",
                DURATION.as_secs(),
                self.page_bytes
            ),
        );
        for (name, outcome, with_budget) in [
            ("kept alive", &self.keep_alive, true),
            ("new connection per request", &self.per_request, false),
        ] {
            report.row(
                &format!("throughput, {name}"),
                &format!("{:.0} req/s ({})", outcome.per_second(), outcome.summary()),
                None,
            );
            let p50 = outcome.p50();
            report.row(
                &format!("latency p50, {name}"),
                &ms(p50),
                with_budget
                    .then(|| budget("< 2 ms", p50 < P50_BUDGET))
                    .flatten(),
            );
            report.row(&format!("latency p95, {name}"), &ms(outcome.p95()), None);
        }
    }
}
