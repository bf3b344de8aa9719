//! `cargo xtask bench` part 1: API latency and throughput over loopback, against the real
//! release binary started on port 0 with a fresh data folder. Prints medians.

mod bench_support;

use std::time::{Duration, Instant};

use bench_support::{median, ms, percentile, root, start_on, Server};

const RUNS: usize = 15;
const REQUESTS_PER_RUN: usize = 200;

/// High limits, so that every known-address request does the full work (a link and an
/// email) rather than the cheaper throttled path, and filling the board with 10,000
/// clients is not stopped for a human check after the staff allowance.
const RESET_LIMITS: [&str; 6] = [
    "--reset-limit-per-address",
    "100000",
    "--reset-limit-per-ip",
    "100000",
    "--staff-sends-allowance",
    "1000000",
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

/// One figure of the report: its section, what it measures, the result, the budget.
struct Row {
    section: String,
    measure: String,
    result: String,
    budget: &'static str,
}

#[derive(Default)]
struct Report {
    rows: Vec<Row>,
}

impl Report {
    fn add(
        &mut self,
        section: &str,
        measure: impl Into<String>,
        result: String,
        budget: &'static str,
    ) {
        self.rows.push(Row {
            section: section.to_string(),
            measure: measure.into(),
            result,
            budget,
        });
    }
}

fn with_p95((median, p95): (Duration, Duration)) -> String {
    format!("{} (p95 {})", ms(median), ms(p95))
}

const LATENCY: &str = "API over loopback (latencies: median of per-run medians, 15 runs of 200 sequential keep-alive requests; p95 over all)";
const BOARD: &str = "Clients board with 10,000 clients (GET /api/staff/clients, 50 a page)";
const HOOKS: &str =
    "Webhooks (a receiver on loopback answering 200; 200 clients created one after another)";

/// With `PORTICO_BENCH_POSTGRES` (an admin URL; `cargo xtask bench --database postgres`
/// starts a throwaway cluster and sets it) every figure is measured on SQLite and on
/// PostgreSQL and printed side by side, followed by sign-in throughput with one instance
/// and with two on the same database.
#[tokio::main]
async fn main() {
    let postgres = std::env::var("PORTICO_BENCH_POSTGRES")
        .ok()
        .filter(|url| !url.is_empty());
    let mut columns = vec![("SQLite", measure(None).await)];
    if let Some(admin) = &postgres {
        let url = fresh_database(admin).await;
        columns.push(("PostgreSQL", measure(Some(&url)).await));
    }
    print_side_by_side(&columns);
    if let Some(admin) = &postgres {
        instances(admin).await;
    }
}

fn print_side_by_side(columns: &[(&str, Report)]) {
    let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
    let mut section = "";
    for (i, row) in columns[0].1.rows.iter().enumerate() {
        if row.section != section {
            section = &row.section;
            println!("\n{section}");
            println!("| measure | {} | budget |", names.join(" | "));
            println!("|---|{}---|", "---|".repeat(names.len()));
        }
        let results: Vec<&str> = columns
            .iter()
            .map(|(_, report)| report.rows[i].result.as_str())
            .collect();
        println!(
            "| {} | {} | {} |",
            row.measure,
            results.join(" | "),
            row.budget
        );
    }
}

/// A new, empty database on the cluster `admin` points at.
async fn fresh_database(admin: &str) -> String {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .expect("the bench PostgreSQL cluster answers");
    let name = format!("portico_bench_{}", std::process::id());
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
        .execute(&mut conn)
        .await
        .expect("dropping an old bench database");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("creating the bench database");
    let mut url = url::Url::parse(admin).expect("an admin URL");
    url.set_path(&name);
    url.to_string()
}

/// Every API figure, on SQLite (`None`) or on the PostgreSQL database `database`.
async fn measure(database: Option<&str>) -> Report {
    let server = start_on(&root().join("dist"), &RESET_LIMITS, database, None);
    let url = server.url.clone();
    let password = "bench password that is long";
    server.create_account("client", "bench@example.com", password);
    let mut report = Report::default();

    let client = reqwest::Client::new();
    let portal = latency(&client, &format!("{url}/api/portal")).await;
    report.add(
        LATENCY,
        "GET /api/portal latency",
        with_p95(portal),
        "< 1 ms median",
    );
    let session_client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("client");
    let status = session_client
        .post(format!("{url}/api/session"))
        .json(&serde_json::json!({ "email": "bench@example.com", "password": password }))
        .send()
        .await
        .expect("sign-in")
        .status();
    assert_eq!(status, 200);
    let session = latency(&session_client, &format!("{url}/api/session")).await;
    report.add(
        LATENCY,
        "GET /api/session latency (signed in)",
        with_p95(session),
        "< 1 ms median",
    );
    let rate = throughput(&format!("{url}/api/portal"), 16).await;
    report.add(
        LATENCY,
        "GET /api/portal throughput, 16 connections",
        format!("{rate:.0} req/s"),
        "",
    );

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
    report.add(
        LATENCY,
        "POST /api/session, right password (argon2id)",
        ms(known),
        "",
    );
    report.add(
        LATENCY,
        "POST /api/session, unknown email (dummy hash)",
        ms(unknown),
        "within a few % of the above",
    );
    let gap = (unknown.as_secs_f64() / known.as_secs_f64() - 1.0) * 100.0;
    report.add(
        LATENCY,
        "unknown vs known sign-in time",
        format!("{gap:+.1} %"),
        "",
    );

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
    report.add(
        LATENCY,
        "POST /api/password-reset, existing account",
        ms(reset_known),
        "",
    );
    report.add(
        LATENCY,
        "POST /api/password-reset, unknown address",
        ms(reset_unknown),
        "within a few % of the above",
    );
    let reset_gap = (reset_unknown.as_secs_f64() / reset_known.as_secs_f64() - 1.0) * 100.0;
    report.add(
        LATENCY,
        "unknown vs known reset request time",
        format!("{reset_gap:+.1} %"),
        "",
    );

    let (staff, filled) = fill_board(&server).await;
    report.add(
        BOARD,
        format!("filling the board through the API ({BOARD_CLIENTS} POSTs, 8 at a time)"),
        format!("{:.1} s", filled.as_secs_f64()),
        "",
    );
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
        report.add(BOARD, what, with_p95(latency(&staff, &url).await), "");
    }

    let hooks = webhooks(&url, &staff).await;
    report.add(
        HOOKS,
        "client created -> signed account.created received",
        with_p95(hooks.event_to_receiver),
        "",
    );
    report.add(
        HOOKS,
        "POST /api/staff/clients with a webhook subscribed",
        with_p95(hooks.create_with_webhook),
        "",
    );
    report.add(
        HOOKS,
        "GET /api/staff/webhooks/{id}/deliveries (50 with attempts)",
        with_p95(hooks.history),
        "",
    );
    let openapi = latency(&client, &format!("{url}/api/openapi.json")).await;
    report.add(
        HOOKS,
        format!("GET /api/openapi.json latency ({} KB)", hooks.openapi_kb),
        with_p95(openapi),
        "",
    );
    if portal.0 >= Duration::from_millis(1) {
        println!("\nOVER BUDGET: GET /api/portal median is not under 1 ms");
    }
    report
}

/// Sign-ins per second (right password, 8 clients at a time for 5 s), with one instance
/// on the PostgreSQL database and with two on the same database, the clients split
/// between them.
async fn instances(admin: &str) {
    let database = fresh_database(admin).await;
    let password = "bench password that is long";
    let one = start_on(&root().join("dist"), &[], Some(&database), None);
    one.create_account("client", "bench@example.com", password);
    let single = sign_in_rate(std::slice::from_ref(&one.url), password).await;
    let two = start_on(
        &root().join("dist"),
        &[],
        Some(&database),
        Some(&one.secret_key()),
    );
    let both = sign_in_rate(&[one.url.clone(), two.url.clone()], password).await;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("\nSign-in throughput on PostgreSQL (POST /api/session, right password; 8 clients for 5 s; {cores} cores shared by everything)");
    println!("| instances | sign-ins/s | median | p95 |");
    println!("|---|---|---|---|");
    for (n, (rate, times)) in [(1, single), (2, both)] {
        println!(
            "| {n} | {rate:.1} | {} | {} |",
            ms(median(times.clone())),
            ms(percentile(times, 0.95))
        );
    }
    println!("(argon2id is the cost of a sign-in: instances add throughput as far as they add cores, so on one machine two share the same cores.)");
}

async fn sign_in_rate(urls: &[String], password: &str) -> (f64, Vec<Duration>) {
    const CLIENTS: usize = 8;
    let window = Duration::from_secs(5);
    let deadline = Instant::now() + window;
    let mut tasks = Vec::new();
    for n in 0..CLIENTS {
        let url = urls[n % urls.len()].clone();
        let password = password.to_string();
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut times = Vec::new();
            while Instant::now() < deadline {
                let start = Instant::now();
                let response = client
                    .post(format!("{url}/api/session"))
                    .json(
                        &serde_json::json!({ "email": "bench@example.com", "password": password }),
                    )
                    .send()
                    .await
                    .expect("sign-in");
                assert_eq!(response.status(), 200);
                response.bytes().await.expect("body");
                times.push(start.elapsed());
            }
            times
        }));
    }
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await.expect("sign-in task"));
    }
    (times.len() as f64 / window.as_secs_f64(), times)
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
