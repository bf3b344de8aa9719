//! Under load and faults: reset requests limited at the door, slow and oversized requests
//! cut off, connections capped per address. Raw TCP where the point is what a misbehaving
//! client does.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use portico_api::Role;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::helpers::*;

const HOUR: i64 = 3600;

fn addr(app: &TestApp) -> SocketAddr {
    app.url
        .trim_start_matches("http://")
        .parse()
        .expect("the test server's address")
}

/// A connection from `from` (any 127.x address reaches the loopback server).
async fn connect_from(app: &TestApp, from: &str) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket
        .bind(SocketAddr::new(from.parse().unwrap(), 0))
        .unwrap();
    socket.connect(addr(app)).await.unwrap()
}

/// POSTs JSON on a connection of its own from `from`; the answer's head.
async fn post_from(server: SocketAddr, from: &str, path: &str, body: &str) -> String {
    let socket = TcpSocket::new_v4().unwrap();
    socket
        .bind(SocketAddr::new(from.parse().unwrap(), 0))
        .unwrap();
    let mut stream = socket.connect(server).await.unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    read_answer(&mut stream, Duration::from_secs(5)).await
}

/// A browser-like client whose connections come from `from`.
/// Reads until the server answers or closes: the answer's text ("" when it just closed).
async fn read_answer(stream: &mut TcpStream, within: Duration) -> String {
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => {
                answer.extend_from_slice(&buf[..n]);
                if answer.windows(4).any(|w| w == b"\r\n\r\n") {
                    break;
                }
            }
            Err(_) => panic!("no answer and no close within {within:?}"),
        }
    }
    String::from_utf8_lossy(&answer).into_owned()
}

async fn ask(app: &TestApp, client: &reqwest::Client, email: &str) -> reqwest::Response {
    app.post(client, "/api/password-reset", &json!({ "email": email }))
        .await
}

#[tokio::test]
async fn reset_limits_are_counted_at_the_door_and_survive_a_restart() {
    let app = spawn_app_configured(|_, s| s.reset_limit_per_address = 2).await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    for _ in 0..2 {
        assert_eq!(ask(&app, &browser(), &user.email).await.status(), 202);
    }
    app.wait_for_events("password_reset.requested", 2).await;
    let restarted = spawn_in(app.data_dir, |_, s| s.reset_limit_per_address = 2).await;
    let answer = ask(&restarted, &browser(), "A@Example.com").await;
    assert_eq!(answer.status(), 202, "the same answer over the limit");
    let throttled = restarted
        .wait_for_events("password_reset.throttled", 1)
        .await;
    assert!(throttled[0].detail.as_deref().unwrap().contains("address"));
    assert_eq!(
        restarted.outbox().await.len(),
        2,
        "nothing sent over the limit"
    );
    // Many more: the log says so once, and nothing reaches the queue.
    for _ in 0..20 {
        ask(&restarted, &browser(), &user.email).await;
    }
    restarted.clock.advance(1);
    ask(&restarted, &browser(), "b@example.com").await;
    restarted
        .wait_for_events("password_reset.requested", 3)
        .await;
    assert_eq!(
        restarted.events_of("password_reset.throttled").await.len(),
        1
    );
    restarted.clock.advance(HOUR);
    ask(&restarted, &browser(), &user.email).await;
    restarted
        .wait_for_events("password_reset.requested", 4)
        .await;
    assert_eq!(restarted.outbox().await.len(), 3);
}

#[tokio::test]
async fn a_flood_from_one_address_does_not_delay_another_clients_email() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "real@example.com", "an old password")
        .await;
    let url = format!("{}/api/password-reset", app.url);
    let stop = Instant::now() + Duration::from_secs(3);
    let mut flood = tokio::task::JoinSet::new();
    for worker in 0..16 {
        let url = url.clone();
        flood.spawn(async move {
            let client = client_from("127.0.0.1");
            let mut sent = 0u32;
            while Instant::now() < stop {
                let email = format!("flood-{worker}-{sent}@example.com");
                let answer = client
                    .post(&url)
                    .json(&json!({ "email": email }))
                    .send()
                    .await
                    .unwrap();
                // Past its hourly allowance the address is asked for a human check, which
                // a flood does not solve.
                assert!(
                    matches!(answer.status().as_u16(), 202 | 428),
                    "{}",
                    answer.status()
                );
                sent += 1;
            }
            sent
        });
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let asked = Instant::now();
    assert_eq!(
        ask(&app, &client_from("127.0.0.2"), &user.email)
            .await
            .status(),
        202
    );
    loop {
        let queued = app
            .outbox()
            .await
            .iter()
            .any(|m| m.to_address == user.email);
        if queued {
            break;
        }
        assert!(
            asked.elapsed() < Duration::from_secs(1),
            "the real client's email was not queued within 1 s of a flood"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let flooded: u32 = flood.join_all().await.into_iter().sum();
    assert!(flooded > 200, "the flood sent {flooded} requests");
    // The door let through the flood's hourly allowance and not one request more, and
    // the flood's questions were one event, not thousands of disk writes.
    assert_eq!(app.events_of("human_check.asked").await.len(), 1);
    let handled = app.events_of("password_reset.requested").await;
    let from_flood = handled
        .iter()
        .filter(|e| e.ip.as_deref() == Some("127.0.0.1"))
        .count();
    assert_eq!(from_flood, 20, "the per-IP allowance, {flooded} asked");
}

#[tokio::test]
async fn a_flood_from_many_addresses_does_not_crowd_out_a_real_client() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "real@example.com", "an old password")
        .await;
    let stop = Instant::now() + Duration::from_secs(3);
    let mut flood = tokio::task::JoinSet::new();
    // 16 senders, each with 100 addresses of its own, each address under its hourly
    // allowance: the door admits all of it, and only the queue stands in the way.
    let server = addr(&app);
    for worker in 0..16u32 {
        flood.spawn(async move {
            let mut sent = 0u32;
            while Instant::now() < stop && sent < 100 * 19 {
                let from = format!("127.1.{worker}.{}", sent % 100 + 1);
                let body = format!(r#"{{"email":"flood-{worker}-{sent}@example.com"}}"#);
                let answer = post_from(server, &from, "/api/password-reset", &body).await;
                assert!(answer.starts_with("HTTP/1.1 202"), "{answer}");
                sent += 1;
            }
            sent
        });
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let asked = Instant::now();
    ask(&app, &client_from("127.0.0.2"), &user.email).await;
    while !app
        .outbox()
        .await
        .iter()
        .any(|m| m.to_address == user.email)
    {
        // Its request waits behind none of the flood's: at most the batch the worker
        // is on (the margin is for a CI machine running other tests beside this one).
        assert!(
            asked.elapsed() < Duration::from_secs(2),
            "the real client's email was not queued within 2 s"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let flooded: u32 = flood.join_all().await.into_iter().sum();
    assert!(flooded > 1000, "the flood sent {flooded} requests");
}

#[tokio::test]
async fn a_request_past_its_deadline_gets_503_and_breaks_nothing_after_it() {
    let app = spawn_app_configured(|_, s| s.request_timeout = 1).await;
    for i in 0..3 {
        app.create_user(
            Role::Client,
            &format!("u{i}@example.com"),
            "a password here",
        )
        .await;
    }
    // Someone holds the database's write lock: a wrong password's count must wait.
    let pool = app.state.store.pool();
    let mut held = if postgres_admin().is_some() {
        let mut tx = pool.begin().await.unwrap();
        sqlx::query("LOCK TABLE sign_in_throttle, events IN ACCESS EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx
    } else {
        pool.begin_with("BEGIN IMMEDIATE").await.unwrap()
    };
    sqlx::query("SELECT 1").execute(&mut *held).await.unwrap();
    let answer = app
        .sign_in(&browser(), "u0@example.com", "wrong password")
        .await;
    assert_eq!(answer.status(), 503);
    assert_eq!(answer.headers()["retry-after"], "5");
    assert_eq!(json(answer).await["code"], "unavailable");
    tokio::time::sleep(Duration::from_millis(500)).await;
    held.rollback().await.unwrap();
    // Every pooled connection still works: no transaction was left half open.
    for i in 0..20 {
        let answer = app
            .sign_in(
                &browser(),
                &format!("u{}@example.com", i % 3),
                "wrong again",
            )
            .await;
        assert!(
            [401, 428].contains(&answer.status().as_u16()),
            "attempt {i}: {}",
            answer.status()
        );
    }
}

#[tokio::test]
async fn a_declared_body_over_the_limit_gets_413_before_it_is_sent() {
    let app = spawn_app().await;
    let mut stream = connect_from(&app, "127.0.0.1").await;
    stream
        .write_all(
            b"POST /api/password-reset HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 10000000000\r\n\r\n",
        )
        .await
        .unwrap();
    let answer = read_answer(&mut stream, Duration::from_secs(2)).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}

#[tokio::test]
async fn a_chunked_body_over_the_limit_gets_413() {
    let app = spawn_app().await;
    let mut stream = connect_from(&app, "127.0.0.1").await;
    stream
        .write_all(
            b"POST /api/password-reset HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Transfer-Encoding: chunked\r\n\r\n",
        )
        .await
        .unwrap();
    // No Content-Length: the body is read up to the limit, then refused.
    let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, "a".repeat(64 * 1024));
    for _ in 0..20 {
        if stream.write_all(chunk.as_bytes()).await.is_err() {
            break;
        }
    }
    let answer = read_answer(&mut stream, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("payload_too_large"), "{answer}");
}

#[tokio::test]
async fn half_sent_headers_are_disconnected_after_the_header_timeout() {
    let app = spawn_app_configured(|_, s| s.header_timeout = 1).await;
    let mut stream = connect_from(&app, "127.0.0.1").await;
    stream
        .write_all(b"GET /api/portal HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    let answer = read_answer(&mut stream, Duration::from_secs(5)).await;
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 408"),
        "{answer}"
    );
    assert!(started.elapsed() >= Duration::from_millis(900));
    // So is a connection that sends nothing at all.
    let mut idle = connect_from(&app, "127.0.0.1").await;
    let answer = read_answer(&mut idle, Duration::from_secs(5)).await;
    assert!(answer.is_empty() || answer.starts_with("HTTP/1.1 408"));
}

#[tokio::test]
async fn a_body_that_stops_arriving_gets_408() {
    let app = spawn_app_configured(|_, s| s.body_timeout = 1).await;
    let mut stream = connect_from(&app, "127.0.0.1").await;
    stream
        .write_all(
            b"POST /api/password-reset HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"email\":",
        )
        .await
        .unwrap();
    let answer = read_answer(&mut stream, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

#[tokio::test]
async fn connections_from_one_address_are_capped_and_others_still_get_answers() {
    let app = spawn_app_configured(|_, s| s.max_connections_per_ip = 20).await;
    let mut held = Vec::new();
    for _ in 0..20 {
        let mut stream = connect_from(&app, "127.0.0.1").await;
        stream
            .write_all(b"GET /api/portal HTTP/1.1\r\n")
            .await
            .unwrap();
        held.push(stream);
    }
    // The 21st is closed at once, before it can send anything.
    let mut over = connect_from(&app, "127.0.0.1").await;
    let _ = over
        .write_all(b"GET /api/portal HTTP/1.1\r\nHost: x\r\n\r\n")
        .await;
    assert_eq!(read_answer(&mut over, Duration::from_secs(2)).await, "");
    // Another address is unaffected, and fast.
    let other = client_from("127.0.0.2");
    let started = Instant::now();
    let answer = other
        .get(format!("{}/api/portal", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    assert!(started.elapsed() < Duration::from_millis(500));
    // A slot frees when a held connection ends.
    held.pop();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut again = connect_from(&app, "127.0.0.1").await;
    again
        .write_all(b"GET /api/portal HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let answer = read_answer(&mut again, Duration::from_secs(2)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn answers_go_out_without_waiting_for_nagle() {
    // With Nagle on, a kept-alive connection's second answer (head and body written
    // apart) waits for the client's delayed ACK: about 40 ms each on Linux.
    let app = spawn_app().await;
    let client = browser();
    let mut times = Vec::new();
    for _ in 0..30 {
        let started = Instant::now();
        let answer = client
            .get(format!("{}/login", app.url))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
        answer.bytes().await.unwrap();
        times.push(started.elapsed());
    }
    times.sort();
    assert!(
        times[times.len() / 2] < Duration::from_millis(20),
        "median {:?}",
        times[times.len() / 2]
    );
}
