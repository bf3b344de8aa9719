//! Behind a reverse proxy: the client address comes from the forwarding headers only when
//! the connection is from a trusted proxy.

use portico_api::Role;
use serde_json::json;

use crate::helpers::*;

/// 127.0.0.2 plays the proxy; 127.0.0.3 is a client connecting directly.
async fn behind_proxy() -> TestApp {
    spawn_app_configured(|_, s| {
        s.trusted_proxies =
            portico_server::http::proxy::TrustedProxies::parse("127.0.0.2").unwrap();
        // The cap would otherwise hold the proxy to one connection.
        s.max_connections_per_ip = 1;
    })
    .await
}

async fn sign_in_via(
    app: &TestApp,
    client: &reqwest::Client,
    forwarded: &[(&str, &str)],
    email: &str,
    password: &str,
) -> u16 {
    let mut request = client
        .post(format!("{}/api/session", app.url))
        .json(&json!({ "email": email, "password": password }));
    for (name, value) in forwarded {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap().status().as_u16()
}

async fn last_sign_in_ip(app: &TestApp) -> Option<String> {
    // Newest first.
    app.events_of("sign_in.succeeded")
        .await
        .first()
        .unwrap()
        .ip
        .clone()
}

#[tokio::test]
async fn a_trusted_proxy_says_who_the_client_is() {
    let app = behind_proxy().await;
    let user = app
        .create_user(Role::Client, "cleo@example.com", "correct horse battery")
        .await;
    let proxy = client_from("127.0.0.2");
    // The right-most entry the proxy did not vouch for: the first was forged by the client.
    let status = sign_in_via(
        &app,
        &proxy,
        &[("x-forwarded-for", "1.2.3.4, 203.0.113.9")],
        &user.email,
        &user.password,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(last_sign_in_ip(&app).await.as_deref(), Some("203.0.113.9"));
    let status = sign_in_via(
        &app,
        &proxy,
        &[("forwarded", r#"for="[2001:db8:cafe::17]:4711";proto=https"#)],
        &user.email,
        &user.password,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        last_sign_in_ip(&app).await.as_deref(),
        Some("2001:db8:cafe::17")
    );
}

#[tokio::test]
async fn a_forged_header_from_anyone_else_is_ignored() {
    let app = behind_proxy().await;
    let user = app
        .create_user(Role::Client, "cleo@example.com", "correct horse battery")
        .await;
    let direct = client_from("127.0.0.3");
    let status = sign_in_via(
        &app,
        &direct,
        &[
            ("x-forwarded-for", "203.0.113.9"),
            ("forwarded", "for=203.0.113.9"),
        ],
        &user.email,
        &user.password,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(last_sign_in_ip(&app).await.as_deref(), Some("127.0.0.3"));

    // And with no trusted proxies configured, not even 127.0.0.2 is believed.
    let plain = spawn_app().await;
    let user = plain
        .create_user(Role::Client, "cleo@example.com", "correct horse battery")
        .await;
    let status = sign_in_via(
        &plain,
        &client_from("127.0.0.2"),
        &[("x-forwarded-for", "203.0.113.9")],
        &user.email,
        &user.password,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(last_sign_in_ip(&plain).await.as_deref(), Some("127.0.0.2"));
}

#[tokio::test]
async fn throttles_count_each_client_behind_the_proxy_apart() {
    let app = behind_proxy().await;
    let user = app
        .create_user(Role::Client, "cleo@example.com", "correct horse battery")
        .await;
    // The proxy's kept-alive connection carries both clients' requests.
    let proxy = client_from("127.0.0.2");
    let attacker = [("x-forwarded-for", "203.0.113.66")];
    for i in 0..30 {
        let status = sign_in_via(
            &app,
            &proxy,
            &attacker,
            &format!("u{i}@example.com"),
            "wrong",
        )
        .await;
        assert_eq!(status, 401, "attempt {i}");
    }
    let status = sign_in_via(&app, &proxy, &attacker, "next@example.com", "wrong").await;
    assert_eq!(
        status, 428,
        "the attacker's address is past its free failures"
    );
    // Another client through the same proxy is not held up by the attacker.
    let status = sign_in_via(
        &app,
        &proxy,
        &[("x-forwarded-for", "198.51.100.20")],
        &user.email,
        &user.password,
    )
    .await;
    assert_eq!(status, 200);
    // The connection cap (1 here) does not apply to the proxy: it carries many clients.
    // Each client keeps its connection open (kept alive) while the next one connects.
    let mut held = Vec::new();
    for _ in 0..4 {
        let connection = client_from("127.0.0.2");
        let answer = connection
            .get(format!("{}/api/portal", app.url))
            .send()
            .await;
        assert_eq!(answer.unwrap().status(), 200);
        held.push(connection);
    }
}

#[tokio::test]
async fn reset_requests_are_limited_per_forwarded_client() {
    let app = spawn_app_configured(|_, s| {
        s.trusted_proxies =
            portico_server::http::proxy::TrustedProxies::parse("127.0.0.0/30").unwrap();
        s.reset_limit_per_ip = 2;
    })
    .await;
    let proxy = client_from("127.0.0.2");
    let ask = |ip: &'static str, email: String| {
        proxy
            .post(format!("{}/api/password-reset", app.url))
            .header("x-forwarded-for", ip)
            .json(&json!({ "email": email }))
            .send()
    };
    for i in 0..2 {
        let status = ask("203.0.113.66", format!("a{i}@example.com"))
            .await
            .unwrap()
            .status();
        assert_eq!(status, 202);
    }
    let over = ask("203.0.113.66", "a9@example.com".into()).await.unwrap();
    assert_eq!(over.status(), 428, "past the allowance of 203.0.113.66");
    let other = ask("198.51.100.20", "b@example.com".into()).await.unwrap();
    assert_eq!(other.status(), 202, "another client has its own allowance");
}
