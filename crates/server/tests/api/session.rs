use std::time::{Duration, Instant};

use portico_api::Role;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn signing_in_sets_an_http_only_strict_cookie_and_returns_the_account() {
    let app = spawn_app().await;
    app.create_user(Role::Client, "Ada@Example.com", "correct horse battery")
        .await;
    let client = browser();
    let response = app
        .sign_in(&client, "Ada@Example.com", "correct horse battery")
        .await;
    assert_eq!(response.status(), 200);
    let cookie = set_cookies(&response).remove(0);
    assert!(cookie.starts_with("portico_session="), "{cookie}");
    for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=7200"] {
        assert!(cookie.contains(part), "{cookie} lacks {part}");
    }
    assert!(!cookie.contains("Secure"), "plain http public URL");
    let body = json(response).await;
    assert_eq!(
        body,
        json!({"name": "Test Person", "email": "Ada@Example.com", "role": "client", "can_change_password": true})
    );
    let me = app.get(&client, "/api/session").await;
    assert_eq!(me.status(), 200);
    assert_eq!(json(me).await["email"], "Ada@Example.com");
}

#[tokio::test]
async fn the_email_matches_in_any_case_and_with_stray_spaces() {
    let app = spawn_app().await;
    app.create_user(Role::Client, "Ada@Example.com", "correct horse battery")
        .await;
    let response = app
        .sign_in(&browser(), "  ada@EXAMPLE.com ", "correct horse battery")
        .await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn session_ids_are_long_random_and_stored_only_as_macs() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let first = session_token(&app.sign_in(&browser(), &user.email, &user.password).await);
    let second = session_token(&app.sign_in(&browser(), &user.email, &user.password).await);
    assert_ne!(first, second);
    assert!(first.len() >= 22, "at least 128 bits");
    let stored: Vec<Vec<u8>> = sqlx::query_scalar("SELECT id_mac FROM sessions")
        .fetch_all(app.state.store.pool())
        .await
        .unwrap();
    assert_eq!(stored.len(), 2);
    for mac in stored {
        assert_ne!(mac, first.as_bytes());
        assert_ne!(mac, second.as_bytes());
        assert!(!String::from_utf8_lossy(&mac).contains(&first));
    }
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    app.create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let wrong = app
        .sign_in(&browser(), "a@example.com", "wrong password")
        .await;
    let unknown = app
        .sign_in(&browser(), "nobody@example.com", "wrong password")
        .await;
    assert_eq!(wrong.status(), 401);
    assert_eq!(unknown.status(), 401);
    assert!(set_cookies(&wrong).is_empty() && set_cookies(&unknown).is_empty());
    let (wrong, unknown) = (json(wrong).await, json(unknown).await);
    assert_eq!(wrong, unknown);
    assert_eq!(wrong["code"], "invalid_credentials");
    assert_eq!(wrong["message"], "The email or password is incorrect.");
}

#[tokio::test]
async fn unknown_emails_take_about_as_long_as_wrong_passwords() {
    let app = spawn_app().await;
    for i in 0..3 {
        app.create_user(
            Role::Client,
            &format!("a{i}@example.com"),
            "correct horse battery",
        )
        .await;
    }
    // Nine wrong passwords (three per account, under the throttle's free failures) and
    // nine unknown addresses: every attempt runs its argon2 verification.
    async fn median(app: &TestApp, emails: impl Iterator<Item = String>) -> Duration {
        let mut times = Vec::new();
        for (i, email) in emails.enumerate() {
            let start = Instant::now();
            let response = app.sign_in(&browser(), &email, &format!("wrong {i}")).await;
            times.push(start.elapsed());
            assert_eq!(response.status(), 401);
        }
        times.sort();
        times[times.len() / 2]
    }
    let known = median(&app, (0..9).map(|i| format!("a{}@example.com", i % 3))).await;
    let unknown = median(&app, (0..9).map(|i| format!("nobody{i}@example.com"))).await;
    let ratio = known.as_secs_f64() / unknown.as_secs_f64();
    assert!(
        (0.5..2.0).contains(&ratio),
        "known {known:?} vs unknown {unknown:?}"
    );
}

#[tokio::test]
async fn archived_accounts_cannot_sign_in_and_their_sessions_end() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let client = app.signed_in(&user).await;
    app.state
        .store
        .set_status(user.id, portico_server::store::accounts::Status::Archived)
        .await
        .unwrap();
    assert_eq!(app.get(&client, "/api/session").await.status(), 401);
    let response = app.sign_in(&browser(), &user.email, &user.password).await;
    assert_eq!(response.status(), 403);
    assert_eq!(json(response).await["code"], "account_archived");
    // Without the right password an archived account looks like any other failure.
    let response = app.sign_in(&browser(), &user.email, "wrong password").await;
    assert_eq!(json(response).await["code"], "invalid_credentials");
}

#[tokio::test]
async fn an_account_without_a_password_cannot_sign_in() {
    let app = spawn_app().await;
    app.state
        .store
        .create_account(
            portico_server::store::accounts::NewAccount {
                email: "nopw@example.com",
                name: "No Password",
                role: Role::Client,
                password_hash: None,
            },
            0,
        )
        .await
        .unwrap();
    let response = app.sign_in(&browser(), "nopw@example.com", "").await;
    assert_eq!(response.status(), 400);
    let response = app
        .sign_in(&browser(), "nopw@example.com", "anything at all")
        .await;
    assert_eq!(json(response).await["code"], "invalid_credentials");
}

#[tokio::test]
async fn empty_fields_and_bad_json_are_named_and_change_nothing() {
    let app = spawn_app().await;
    let response = app.sign_in(&browser(), " ", "").await;
    assert_eq!(response.status(), 400);
    let body = json(response).await;
    assert_eq!(body["code"], "validation");
    assert_eq!(body["fields"][0]["field"], "email");
    assert_eq!(body["fields"][1]["field"], "password");
    let response = browser()
        .post(format!("{}/api/session", app.url))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(json(response).await["code"], "validation");
    assert!(app.events().await.is_empty());
}

#[tokio::test]
async fn signing_out_ends_the_session_for_good() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let client = browser();
    let token = session_token(&app.sign_in(&client, &user.email, &user.password).await);
    let response = client
        .delete(format!("{}/api/session", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert!(set_cookies(&response)[0].contains("Max-Age=0"));
    assert_eq!(
        get_with_token(&app, "/api/session", &token).await.status(),
        401
    );
    assert_eq!(app.get(&client, "/api/session").await.status(), 401);
}

#[tokio::test]
async fn signing_in_again_replaces_the_previous_session() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let client = browser();
    let first = session_token(&app.sign_in(&client, &user.email, &user.password).await);
    let second = session_token(&app.sign_in(&client, &user.email, &user.password).await);
    assert_ne!(first, second);
    assert_eq!(
        get_with_token(&app, "/api/session", &first).await.status(),
        401
    );
    assert_eq!(
        get_with_token(&app, "/api/session", &second).await.status(),
        200
    );
}

#[tokio::test]
async fn sessions_end_after_the_idle_limit() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let client = app.signed_in(&user).await;
    app.clock.advance(29 * 60);
    assert_eq!(
        app.get(&client, "/api/session").await.status(),
        200,
        "activity resets idleness"
    );
    app.clock.advance(29 * 60);
    assert_eq!(app.get(&client, "/api/session").await.status(), 200);
    app.clock.advance(30 * 60);
    assert_eq!(app.get(&client, "/api/session").await.status(), 401);
}

#[tokio::test]
async fn sessions_end_at_their_absolute_limit_however_active() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let client = app.signed_in(&user).await;
    for _ in 0..5 {
        app.clock.advance(20 * 60);
        assert_eq!(app.get(&client, "/api/session").await.status(), 200);
    }
    app.clock.advance(20 * 60);
    assert_eq!(
        app.get(&client, "/api/session").await.status(),
        401,
        "2 hours after sign-in"
    );
}

#[tokio::test]
async fn every_sign_in_outcome_is_recorded_with_address_and_browser() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let client = reqwest::Client::builder()
        .user_agent("TestBrowser/1.0")
        .build()
        .unwrap();
    app.sign_in(&client, &user.email, "wrong password").await;
    app.sign_in(&client, "nobody@example.com", "wrong password")
        .await;
    app.sign_in(&client, &user.email, &user.password).await;
    let events = app.events().await;
    let expected_ip = Some("127.0.0.1".to_string());
    let expected_ua = Some("TestBrowser/1.0".to_string());
    assert_eq!(
        events,
        vec![
            (
                "sign_in.succeeded".into(),
                Some(user.id),
                expected_ip.clone(),
                expected_ua.clone()
            ),
            (
                "sign_in.failed".into(),
                None,
                expected_ip.clone(),
                expected_ua.clone()
            ),
            (
                "sign_in.failed".into(),
                Some(user.id),
                expected_ip,
                expected_ua
            ),
        ]
    );
}

#[tokio::test]
async fn cross_site_requests_that_change_state_are_refused() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let body = json!({"email": user.email, "password": user.password});
    for (name, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ] {
        let response = browser()
            .post(format!("{}/api/session", app.url))
            .header(name, value)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{name}: {value}");
        assert_eq!(json(response).await["code"], "cross_site");
    }
    let same = browser()
        .post(format!("{}/api/session", app.url))
        .header("origin", app.url.as_str())
        .header("sec-fetch-site", "same-origin")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), 200);
}

#[tokio::test]
async fn an_absurdly_long_email_is_just_another_wrong_email() {
    let app = spawn_app().await;
    let email = format!("{}@example.com", "a".repeat(200_000));
    let response = app.sign_in(&browser(), &email, "wrong password").await;
    assert_eq!(response.status(), 401);
    assert_eq!(json(response).await["code"], "invalid_credentials");
    // Past the body limit it is not read at all.
    let email = format!("{}@example.com", "a".repeat(1_000_000));
    let response = app.sign_in(&browser(), &email, "wrong password").await;
    assert_eq!(response.status(), 413);
    assert_eq!(json(response).await["code"], "payload_too_large");
}

#[tokio::test]
async fn session_state_answers_200_signed_in_or_not() {
    let app = spawn_app().await;
    let anonymous = app.get(&browser(), "/api/session/state").await;
    assert_eq!(anonymous.status(), 200);
    assert_eq!(json(anonymous).await, json!("signed_out"));
    let user = app
        .create_user(Role::Client, "c@example.com", "client password")
        .await;
    let tab = app.signed_in(&user).await;
    let signed_in = json(app.get(&tab, "/api/session/state").await).await;
    assert_eq!(signed_in["signed_in"]["email"], "c@example.com");
    assert_eq!(signed_in["signed_in"]["role"], "client");
}
