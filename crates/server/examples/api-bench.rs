//! `cargo xtask bench` part 1: API latency and throughput over loopback, against the real
//! release binary started on port 0 with a fresh data folder. Prints medians.

mod bench_support;

use std::time::{Duration, Instant};

use bench_support::{median, ms, percentile, root, start, Server};

const RUNS: usize = 15;
const REQUESTS_PER_RUN: usize = 200;

/// High limits, so that every known-address request does the full work (a link and an
/// email) rather than the cheaper throttled path.
const RESET_LIMITS: [&str; 4] = [
    "--reset-limit-per-address",
    "100000",
    "--reset-limit-per-ip",
    "100000",
];

/// Median over `RUNS` runs of each run's median latency, plus the overall p95.
async fn latency(client: &reqwest::Client, url: &str) -> (Duration, Duration) {
    for _ in 0..100 {
        client
            .get(url)
            .send()
            .await
            .expect("warm-up")
            .bytes()
            .await
            .expect("body");
    }
    let mut run_medians = Vec::new();
    let mut all = Vec::new();
    for _ in 0..RUNS {
        let mut times = Vec::with_capacity(REQUESTS_PER_RUN);
        for _ in 0..REQUESTS_PER_RUN {
            let start = Instant::now();
            let response = client.get(url).send().await.expect("request");
            assert!(
                response.status().is_success(),
                "{url}: {}",
                response.status()
            );
            response.bytes().await.expect("body");
            times.push(start.elapsed());
        }
        all.extend_from_slice(&times);
        run_medians.push(median(times));
    }
    (median(run_medians), percentile(all, 0.95))
}

/// Requests per second with `concurrency` keep-alive connections; median of `RUNS` one-second runs.
async fn throughput(url: &str, concurrency: usize) -> f64 {
    let mut rates = Vec::new();
    for _ in 0..RUNS {
        let deadline = Instant::now() + Duration::from_secs(1);
        let mut tasks = Vec::new();
        for _ in 0..concurrency {
            let url = url.to_string();
            tasks.push(tokio::spawn(async move {
                let client = reqwest::Client::new();
                let mut done = 0u64;
                while Instant::now() < deadline {
                    client
                        .get(&url)
                        .send()
                        .await
                        .expect("request")
                        .bytes()
                        .await
                        .expect("body");
                    done += 1;
                }
                done
            }));
        }
        let mut total = 0;
        for task in tasks {
            total += task.await.expect("load task");
        }
        rates.push(total as f64);
    }
    rates.sort_by(f64::total_cmp);
    rates[rates.len() / 2]
}

async fn sign_in(url: &str, email: &str, password: &str) -> (Duration, u16) {
    let client = reqwest::Client::new();
    let body = serde_json::json!({ "email": email, "password": password });
    let start = Instant::now();
    let response = client
        .post(format!("{url}/api/session"))
        .json(&body)
        .send()
        .await
        .expect("sign-in");
    let status = response.status().as_u16();
    response.bytes().await.expect("body");
    (start.elapsed(), status)
}

const BOARD_CLIENTS: usize = 10_000;

/// Fills the clients board through the staff API, as a migration script would, and
/// returns a signed-in staff client and how long the filling took.
async fn fill_board(server: &Server) -> (reqwest::Client, Duration) {
    let password = "staff bench password here";
    server.create_account("staff", "staff-bench@example.com", password);
    let staff = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("client");
    let signed_in = staff
        .post(format!("{}/api/session", server.url))
        .json(&serde_json::json!({ "email": "staff-bench@example.com", "password": password }))
        .send()
        .await
        .expect("staff sign-in");
    assert_eq!(signed_in.status(), 200);
    let start = Instant::now();
    let workers = 8;
    let mut tasks = Vec::new();
    for worker in 0..workers {
        let (staff, url) = (staff.clone(), server.url.clone());
        tasks.push(tokio::spawn(async move {
            for i in (worker..BOARD_CLIENTS).step_by(workers) {
                let body = serde_json::json!({
                    "name": format!("Client {i:05} {}", SURNAMES[i % SURNAMES.len()]),
                    "email": format!("client{i:05}@board.example.com"),
                    "send_instructions": false,
                });
                let response = staff
                    .post(format!("{url}/api/staff/clients"))
                    .json(&body)
                    .send()
                    .await
                    .expect("create client");
                assert_eq!(response.status(), 201, "creating client {i}");
            }
        }));
    }
    for task in tasks {
        task.await.expect("creating clients");
    }
    (staff, start.elapsed())
}

const SURNAMES: [&str; 8] = [
    "Hopper", "Lovelace", "Turing", "Johnson", "Vaughan", "Dijkstra", "Liskov", "Hamilton",
];

/// One `POST /api/password-reset`; every well-formed request gets 202.
async fn reset_request(client: &reqwest::Client, url: &str, email: &str) -> Duration {
    let body = serde_json::json!({ "email": email });
    let start = Instant::now();
    let response = client
        .post(format!("{url}/api/password-reset"))
        .json(&body)
        .send()
        .await
        .expect("reset request");
    assert_eq!(response.status(), 202);
    response.bytes().await.expect("body");
    start.elapsed()
}

#[tokio::main]
async fn main() {
    let server = start(&root().join("dist"), &RESET_LIMITS);
    let url = server.url.clone();
    let password = "bench password that is long";
    server.create_account("client", "bench@example.com", password);

    let client = reqwest::Client::new();
    let (portal, portal_p95) = latency(&client, &format!("{url}/api/portal")).await;
    let session_client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("client");
    let (_, status) = {
        let body = serde_json::json!({ "email": "bench@example.com", "password": password });
        let r = session_client
            .post(format!("{url}/api/session"))
            .json(&body)
            .send()
            .await
            .expect("sign-in");
        (r.headers().clone(), r.status().as_u16())
    };
    assert_eq!(status, 200);
    let (session, session_p95) = latency(&session_client, &format!("{url}/api/session")).await;
    let rate = throughput(&format!("{url}/api/portal"), 16).await;

    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for i in 0..RUNS {
        let (time, status) = sign_in(&url, "bench@example.com", password).await;
        assert_eq!(status, 200);
        known.push(time);
        // Distinct unknown addresses stay under the per-account throttle; 15 failures stay
        // under the per-address one.
        let (time, status) = sign_in(&url, &format!("nobody{i}@example.com"), password).await;
        assert_eq!(status, 401);
        unknown.push(time);
    }
    let (known, unknown) = (median(known), median(unknown));

    // Known and unknown addresses alternate, so both meet the same background load.
    let reset_client = reqwest::Client::new();
    let (mut reset_known, mut reset_unknown) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let (mut k, mut u) = (Vec::new(), Vec::new());
        for i in 0..50 {
            k.push(reset_request(&reset_client, &url, "bench@example.com").await);
            u.push(reset_request(&reset_client, &url, &format!("nobody{i}@example.com")).await);
        }
        reset_known.push(median(k));
        reset_unknown.push(median(u));
    }
    let (reset_known, reset_unknown) = (median(reset_known), median(reset_unknown));

    let (staff, filled) = fill_board(&server).await;
    let mut board = Vec::new();
    for (what, query) in [
        ("first page, by name", "status=active&page=1"),
        ("page 100 of 200", "status=active&page=100"),
        ("last page", "status=active&page=200"),
        (
            "search by name (one match)",
            "q=Client%2007777&status=active&page=1",
        ),
        (
            "search by surname (1,250 matches)",
            "q=liskov&status=all&page=1",
        ),
        ("search with no match", "q=nobody-here&status=all&page=1"),
    ] {
        let url = format!("{url}/api/staff/clients?{query}");
        let (median, p95) = latency(&staff, &url).await;
        board.push((what, median, p95));
    }

    let hooks = webhooks(&url, &staff).await;
    let (openapi, openapi_p95) = latency(&client, &format!("{url}/api/openapi.json")).await;

    println!("\nAPI over loopback ({RUNS} runs; latencies are medians of per-run medians, {REQUESTS_PER_RUN} sequential keep-alive requests a run)");
    println!("| measure | result | budget |");
    println!("|---|---|---|");
    println!(
        "| GET /api/portal latency | {} (p95 {}) | < 1 ms median |",
        ms(portal),
        ms(portal_p95)
    );
    println!(
        "| GET /api/session latency (signed in) | {} (p95 {}) | < 1 ms median |",
        ms(session),
        ms(session_p95)
    );
    println!("| GET /api/portal throughput, 16 connections | {rate:.0} req/s (median of {RUNS} 1 s runs) | |");
    println!(
        "| POST /api/session, right password (argon2id) | {} median of {RUNS} | |",
        ms(known)
    );
    println!("| POST /api/session, unknown email (dummy hash) | {} median of {RUNS} | within a few % of the above |", ms(unknown));
    let gap = (unknown.as_secs_f64() / known.as_secs_f64() - 1.0) * 100.0;
    println!("| unknown vs known sign-in time | {gap:+.1} % | |");
    println!(
        "| POST /api/password-reset, existing account | {} | |",
        ms(reset_known)
    );
    println!(
        "| POST /api/password-reset, unknown address | {} | within a few % of the above |",
        ms(reset_unknown)
    );
    let reset_gap = (reset_unknown.as_secs_f64() / reset_known.as_secs_f64() - 1.0) * 100.0;
    println!("| unknown vs known reset request time | {reset_gap:+.1} % | |");
    println!(
        "\nClients board with {BOARD_CLIENTS} clients (GET /api/staff/clients, 50 a page; filled through the API in {:.1} s)",
        filled.as_secs_f64()
    );
    println!("| board request | median | p95 |");
    println!("|---|---|---|");
    for (what, median, p95) in &board {
        println!("| {what} | {} | {} |", ms(*median), ms(*p95));
    }
    println!(
        "| GET /api/openapi.json latency ({} KB) | {} (p95 {}) | |",
        hooks.openapi_kb,
        ms(openapi),
        ms(openapi_p95)
    );
    println!("\nWebhooks (a receiver on loopback answering 200; {WEBHOOK_EVENTS} clients created one after another)");
    println!("| measure | median | p95 |");
    println!("|---|---|---|");
    println!(
        "| client created -> signed account.created received | {} | {} |",
        ms(hooks.event_to_receiver.0),
        ms(hooks.event_to_receiver.1)
    );
    println!(
        "| POST /api/staff/clients with a webhook subscribed | {} | {} |",
        ms(hooks.create_with_webhook.0),
        ms(hooks.create_with_webhook.1)
    );
    println!(
        "| GET /api/staff/webhooks/{{id}}/deliveries (50 with attempts) | {} | {} |",
        ms(hooks.history.0),
        ms(hooks.history.1)
    );
    if portal >= Duration::from_millis(1) {
        println!("\nOVER BUDGET: GET /api/portal median is not under 1 ms");
    }
}

const WEBHOOK_EVENTS: usize = 200;

struct WebhookNumbers {
    event_to_receiver: (Duration, Duration),
    create_with_webhook: (Duration, Duration),
    history: (Duration, Duration),
    openapi_kb: usize,
}

/// Registers a webhook for `account.created` with a receiver in this process, then creates
/// clients one at a time and times each until its event arrives.
async fn webhooks(url: &str, staff: &reqwest::Client) -> WebhookNumbers {
    let (arrived, mut arrivals) = tokio::sync::mpsc::unbounded_channel::<Instant>();
    let receiver = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |_body: String| {
            let arrived = arrived.clone();
            async move {
                let _ = arrived.send(Instant::now());
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("receiver port");
    let hook_url = format!("http://{}/hook", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, receiver).await });
    let created: serde_json::Value = staff
        .post(format!("{url}/api/staff/webhooks"))
        .json(&serde_json::json!({ "url": hook_url, "events": ["account.created"] }))
        .send()
        .await
        .expect("register webhook")
        .json()
        .await
        .expect("webhook");
    let id = created["webhook"]["id"].as_i64().expect("webhook id");
    let (mut end_to_end, mut answers) = (Vec::new(), Vec::new());
    for i in 0..WEBHOOK_EVENTS {
        let start = Instant::now();
        let response = staff
            .post(format!("{url}/api/staff/clients"))
            .json(&serde_json::json!({
                "name": format!("Hooked {i}"),
                "email": format!("hooked{i}@bench.example.com"),
            }))
            .send()
            .await
            .expect("create client");
        assert_eq!(response.status(), 201);
        answers.push(start.elapsed());
        let at = arrivals.recv().await.expect("a delivery");
        end_to_end.push(at - start);
    }
    let history_url = format!("{url}/api/staff/webhooks/{id}/deliveries");
    let openapi = reqwest::get(format!("{url}/api/openapi.json"))
        .await
        .expect("openapi")
        .bytes()
        .await
        .expect("openapi body");
    WebhookNumbers {
        event_to_receiver: (median(end_to_end.clone()), percentile(end_to_end, 0.95)),
        create_with_webhook: (median(answers.clone()), percentile(answers, 0.95)),
        history: latency(staff, &history_url).await,
        openapi_kb: openapi.len() / 1024,
    }
}
