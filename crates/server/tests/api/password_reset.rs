use portico_api::Role;
use portico_server::clock::Clock;
use serde_json::json;

use crate::helpers::{browser, json, spawn_app, spawn_app_configured, spawn_in, token_in, TestApp};
use crate::smtp::SmtpServer;

const HOUR: i64 = 3600;
const NEW_PASSWORD: &str = "a brand new lighthouse";

async fn ask(app: &TestApp, email: &str) -> reqwest::Response {
    app.post(
        &browser(),
        "/api/password-reset",
        &json!({ "email": email }),
    )
    .await
}

async fn check(app: &TestApp, token: &str) -> reqwest::Response {
    app.post(
        &browser(),
        "/api/password-reset/check",
        &json!({ "token": token }),
    )
    .await
}

/// The token of the newest queued message, as the email would carry it.
async fn newest_token(app: &TestApp) -> String {
    let outbox = app.outbox().await;
    token_in(&app.rendered_text(&outbox[0]).await)
}

#[tokio::test]
async fn known_unknown_and_archived_addresses_get_the_same_answer() {
    let app = spawn_app().await;
    let known = app
        .create_user(Role::Client, "known@example.com", "an old password")
        .await;
    let archived = app
        .create_user(Role::Client, "gone@example.com", "an old password")
        .await;
    app.state
        .store
        .set_status(
            archived.id,
            portico_server::store::accounts::Status::Archived,
        )
        .await
        .unwrap();

    let mut answers = Vec::new();
    for email in [&known.email, "nobody@example.com", &archived.email] {
        let response = ask(&app, email).await;
        assert_eq!(response.status(), 202);
        answers.push(json(response).await);
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0], answers[2]);
    assert_eq!(
        answers[0]["message"],
        "If an account exists for that address, we have emailed a link to reset your password. It expires in 24 hours."
    );

    let requested = app.wait_for_events("password_reset.requested", 3).await;
    let outbox = app.outbox().await;
    assert_eq!(outbox.len(), 1, "only the active account gets mail");
    assert_eq!(outbox[0].to_address, known.email);
    assert!(requested
        .iter()
        .any(|e| e.detail.as_deref() == Some("archived account: nothing sent")));
    assert!(requested
        .iter()
        .any(|e| e.detail.as_deref() == Some("no account with this address: nothing sent")));
    assert_eq!(app.events_of("mail.queued").await.len(), 1);
}

#[tokio::test]
async fn a_malformed_address_is_named_and_nothing_happens() {
    let app = spawn_app().await;
    let response = ask(&app, "not an address").await;
    assert_eq!(response.status(), 400);
    let body = json(response).await;
    assert_eq!(body["fields"][0]["field"], "email");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(app.events_of("password_reset.requested").await.is_empty());
}

#[tokio::test]
async fn the_full_flow_over_smtp_ends_signed_in_with_everything_else_ended() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let app = spawn_app_configured(|_, s| s.smtp_url = Some(url)).await;
    let user = app
        .create_user(Role::Client, "Ada@Example.com", "the old password")
        .await;
    let old_tab = app.signed_in(&user).await;

    assert_eq!(ask(&app, "ada@example.com").await.status(), 202);
    let mail = smtp.wait_for(1).await.remove(0);
    assert_eq!(mail.to, vec!["<Ada@Example.com>".to_string()]);
    assert_eq!(mail.from, "<portico@localhost>");
    assert_eq!(mail.subject(), "Reset your Client Portal password");
    let token = token_in(&mail.text());
    assert!(mail.html().contains(&format!("#token={token}")));
    assert!(mail
        .text()
        .contains(&format!("{}/reset-password#token=", app.url)));

    // The database alone never holds the working link.
    let dump: Vec<(String, String)> = sqlx::query_as("SELECT body_text, body_html FROM outbox")
        .fetch_all(app.state.store.pool())
        .await
        .unwrap();
    assert!(dump
        .iter()
        .all(|(t, h)| !t.contains(&token) && !h.contains(&token)));

    let info = check(&app, &token).await;
    assert_eq!(info.status(), 200);
    let info = json(info).await;
    assert_eq!(info["email"], "Ada@Example.com");
    assert_eq!(info["min_password_chars"], 8);
    // Opening the link does not use it up.
    assert_eq!(check(&app, &token).await.status(), 200);

    let tab = browser();
    let weak = app
        .post(
            &tab,
            "/api/password-reset/complete",
            &json!({ "token": token, "password": "Password1" }),
        )
        .await;
    assert_eq!(weak.status(), 400);
    let weak = json(weak).await;
    assert!(weak["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("most common"));
    let same = app
        .post(
            &tab,
            "/api/password-reset/complete",
            &json!({ "token": token, "password": "the old password" }),
        )
        .await;
    assert_eq!(
        json(same).await["fields"][0]["message"],
        "Choose a password different from your current one."
    );

    let done = app
        .post(
            &tab,
            "/api/password-reset/complete",
            &json!({ "token": token, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(done.status(), 200);
    assert_eq!(json(done).await["role"], "client");
    assert_eq!(
        app.get(&tab, "/api/session").await.status(),
        200,
        "signed in"
    );
    assert_eq!(
        app.get(&old_tab, "/api/session").await.status(),
        401,
        "other sessions end"
    );

    let used = check(&app, &token).await;
    assert_eq!(used.status(), 410);
    assert_eq!(json(used).await["code"], "link_used");
    let again = app
        .post(
            &browser(),
            "/api/password-reset/complete",
            &json!({ "token": token, "password": "yet another passphrase" }),
        )
        .await;
    assert_eq!(json(again).await["code"], "link_used");

    assert_eq!(
        app.sign_in(&browser(), &user.email, &user.password)
            .await
            .status(),
        401
    );
    assert_eq!(
        app.sign_in(&browser(), &user.email, NEW_PASSWORD)
            .await
            .status(),
        200
    );

    let notice = smtp.wait_for(2).await.remove(1);
    assert_eq!(notice.subject(), "Your Client Portal password was changed");
    let text = notice.text();
    assert!(text.contains("With a password reset link"), "{text}");
    assert!(text.contains("127.0.0.1"));
    assert!(text.contains(" UTC"));
    assert!(!text.contains(NEW_PASSWORD), "never the password itself");

    for kind in [
        "password_reset.requested",
        "mail.queued",
        "password_reset.link_opened",
        "password_reset.link_used",
        "password.changed",
    ] {
        let events = app.events_of(kind).await;
        assert!(!events.is_empty(), "{kind}");
        for event in events {
            assert_eq!(event.account_id, Some(user.id), "{kind}");
            assert_eq!(event.ip.as_deref(), Some("127.0.0.1"), "{kind}");
            assert!(event.user_agent.is_some(), "{kind}");
        }
    }
    app.wait_for_events("mail.delivered", 2).await;
}

#[tokio::test]
async fn asking_again_resends_the_same_link_until_the_reuse_window_ends() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;

    ask(&app, &user.email).await;
    app.wait_for_events("mail.queued", 1).await;
    let first = newest_token(&app).await;

    app.clock.advance(HOUR + 1);
    ask(&app, &user.email).await;
    app.wait_for_events("mail.queued", 2).await;
    assert_eq!(
        newest_token(&app).await,
        first,
        "same link within the window"
    );

    app.clock.advance(15 * HOUR);
    ask(&app, &user.email).await;
    app.wait_for_events("mail.queued", 3).await;
    let second = newest_token(&app).await;
    assert_ne!(second, first, "a new link after the window");

    let old = check(&app, &first).await;
    assert_eq!(old.status(), 410);
    assert_eq!(
        json(old).await["code"],
        "invalid_link",
        "the old one stops working"
    );
    assert_eq!(check(&app, &second).await.status(), 200);
}

#[tokio::test]
async fn an_expired_link_says_so_and_can_ask_for_a_new_one() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    ask(&app, &user.email).await;
    app.wait_for_events("mail.queued", 1).await;
    let token = newest_token(&app).await;

    app.clock.advance(24 * HOUR);
    let expired = check(&app, &token).await;
    assert_eq!(expired.status(), 410);
    assert_eq!(json(expired).await["code"], "link_expired");
    let refused = app
        .post(
            &browser(),
            "/api/password-reset/complete",
            &json!({ "token": token, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(json(refused).await["code"], "link_expired");
    assert!(!app
        .events_of("password_reset.link_expired")
        .await
        .is_empty());

    let renewed = app
        .post(
            &browser(),
            "/api/password-reset/renew",
            &json!({ "token": token }),
        )
        .await;
    assert_eq!(renewed.status(), 202);
    app.wait_for_events("mail.queued", 2).await;
    let fresh = newest_token(&app).await;
    assert_ne!(fresh, token);
    assert_eq!(check(&app, &fresh).await.status(), 200);

    let bogus = check(&app, "not-a-real-token").await;
    assert_eq!(json(bogus).await["code"], "invalid_link");
    let renew_bogus = app
        .post(
            &browser(),
            "/api/password-reset/renew",
            &json!({ "token": "nope" }),
        )
        .await;
    assert_eq!(renew_bogus.status(), 410);
}

#[tokio::test]
async fn requests_are_limited_per_address_and_per_ip_without_changing_the_answer() {
    let app = spawn_app_configured(|_, s| s.reset_limit_per_ip = 5).await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    let mut answers = Vec::new();
    for _ in 0..4 {
        answers.push(json(ask(&app, "A@example.com").await).await);
    }
    assert!(answers.windows(2).all(|w| w[0] == w[1]));
    let throttled = app.wait_for_events("password_reset.throttled", 1).await;
    assert_eq!(app.events_of("password_reset.requested").await.len(), 3);
    assert_eq!(
        app.outbox().await.len(),
        3,
        "over the limit nothing is sent"
    );
    assert_eq!(throttled[0].account_id, Some(user.id));

    // Two more addresses from the same IP reach its limit of five; past it a request
    // needs a human check (tests/api/human_check.rs) instead of being ignored.
    ask(&app, "b@example.com").await;
    ask(&app, "c@example.com").await;
    app.wait_for_events("password_reset.requested", 5).await;
    let over = ask(&app, "d@example.com").await;
    assert_eq!(over.status(), 428);
    assert_eq!(json(over).await["code"], "human_check_required");
    app.wait_for_events("human_check.asked", 1).await;

    // Never for good: an hour later the address may ask again.
    app.clock.advance(HOUR + 1);
    ask(&app, &user.email).await;
    app.wait_for_events("password_reset.requested", 6).await;
    app.wait_for_events("mail.queued", 4).await;
}

#[tokio::test]
async fn a_mail_server_that_is_down_loses_nothing() {
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let app = spawn_app_configured(|_, s| {
        s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    })
    .await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    ask(&app, &user.email).await;
    let failed = app.wait_for_events("mail.failed", 1).await;
    assert!(failed[0].detail.as_deref().unwrap().contains("retrying at"));
    let queued = &app.outbox().await[0];
    assert_eq!((queued.status.as_str(), queued.attempts), ("queued", 1));

    let smtp = SmtpServer::start_on(port).await;
    app.clock.advance(10 * 60);
    app.state.mail.queued();
    let mail = smtp.wait_for(1).await.remove(0);
    assert_eq!(mail.subject(), "Reset your Client Portal password");
    app.wait_for_events("mail.delivered", 1).await;
    let sent = &app.outbox().await[0];
    assert_eq!((sent.status.as_str(), sent.attempts), ("sent", 2));
}

#[tokio::test]
async fn queued_mail_survives_a_restart() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    ask(&app, &user.email).await;
    app.wait_for_events("mail.queued", 1).await;
    let token = newest_token(&app).await;
    let data_dir = app.data_dir;

    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let restarted = spawn_in(data_dir, |_, s| s.smtp_url = Some(url)).await;
    let mail = smtp.wait_for(1).await.remove(0);
    assert_eq!(
        token_in(&mail.text()),
        token,
        "the same working link, from the same key file"
    );
    assert_eq!(check(&restarted, &token).await.status(), 200);
}

#[tokio::test]
async fn the_change_notice_names_the_approximate_location_when_geoip_is_configured() {
    let app = spawn_app_configured(|dir, s| {
        let path = dir.join("city.mmdb");
        std::fs::write(
            &path,
            crate::mmdb::city_db([127, 0, 0, 0].into(), 8, "Berlin", "Germany"),
        )
        .unwrap();
        s.geoip_db = Some(path);
    })
    .await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    ask(&app, &user.email).await;
    app.wait_for_events("mail.queued", 1).await;
    let token = newest_token(&app).await;
    let done = app
        .post(
            &browser(),
            "/api/password-reset/complete",
            &json!({ "token": token, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(done.status(), 200);
    let notice = &app.outbox().await[0];
    assert_eq!(notice.subject, "Your Client Portal password was changed");
    assert!(
        notice
            .body_text
            .contains("Approximate location: Berlin, Germany"),
        "{}",
        notice.body_text
    );
    assert!(notice.body_html.contains("Berlin, Germany"));
}

#[tokio::test]
async fn without_geoip_the_notice_leaves_the_location_out() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    ask(&app, &user.email).await;
    app.wait_for_events("mail.queued", 1).await;
    let token = newest_token(&app).await;
    app.post(
        &browser(),
        "/api/password-reset/complete",
        &json!({ "token": token, "password": NEW_PASSWORD }),
    )
    .await;
    let notice = &app.outbox().await[0];
    assert!(notice.body_text.contains("IP address: 127.0.0.1"));
    assert!(!notice.body_text.contains("location"));
}

#[tokio::test]
async fn a_password_changed_any_other_way_kills_outstanding_links() {
    use portico_server::store::events::Actor;
    use portico_server::store::outbox::{MailKind, NewMail};
    use portico_server::store::passwords::{ChangeMethod, PasswordChange};

    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    ask(&app, &user.email).await;
    app.wait_for_events("mail.queued", 1).await;
    let token = newest_token(&app).await;
    assert_eq!(check(&app, &token).await.status(), 200);

    let hash = app
        .state
        .hasher
        .hash(&portico_server::auth::password::Secret::new(
            "set by staff for you".into(),
        ))
        .await
        .unwrap();
    app.state
        .store
        .change_password(
            PasswordChange {
                account_id: user.id,
                password_hash: hash,
                method: ChangeMethod::Staff,
                via_link: None,
                via_ticket: None,
                must_change: true,
                keep_sessions: portico_server::store::passwords::KeepSessions::None,
                api_key: None,
                notification: NewMail {
                    kind: MailKind::PasswordChanged,
                    account_id: Some(user.id),
                    reset_link_id: None,
                    to_address: &user.email,
                    to_name: "Test Person",
                    subject: "changed".into(),
                    body_text: "changed".into(),
                    body_html: "changed".into(),
                },
            },
            &Actor::system(None),
            app.clock.now(),
        )
        .await
        .unwrap();
    let dead = check(&app, &token).await;
    assert_eq!(json(dead).await["code"], "invalid_link");
}

#[tokio::test]
async fn staff_reset_their_password_the_same_way() {
    let app = spawn_app().await;
    let staff = app
        .create_user(Role::Staff, "staff@example.com", "an old password")
        .await;
    ask(&app, &staff.email).await;
    app.wait_for_events("mail.queued", 1).await;
    let token = newest_token(&app).await;
    let done = app
        .post(
            &browser(),
            "/api/password-reset/complete",
            &json!({ "token": token, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(done.status(), 200);
    assert_eq!(
        json(done).await["role"],
        "staff",
        "the app takes staff to /staff"
    );
}
