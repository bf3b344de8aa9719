use portico_api::Role;
use serde_json::{json, Value};

use crate::helpers::{browser, json, spawn_app, spawn_app_configured, TestApp};

/// A new key's secret, made through the console's endpoint.
pub(crate) async fn new_key(app: &TestApp, tab: &reqwest::Client, name: &str) -> (i64, String) {
    let created = app
        .post(tab, "/api/staff/api-keys", &json!({ "name": name }))
        .await;
    assert_eq!(created.status(), 201);
    let body = json(created).await;
    (
        body["key"]["id"].as_i64().unwrap(),
        body["secret"].as_str().unwrap().to_string(),
    )
}

pub(crate) async fn call(app: &TestApp, key: &str, action: &str, body: Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/api/v1/automations/{action}", app.url))
        .bearer_auth(key)
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn keys_are_shown_once_stored_hashed_listed_and_revoked() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let (id, secret) = new_key(&app, &tab, "Zapier").await;
    assert!(secret.starts_with("pk_") && secret.len() >= 40, "{secret}");
    let stored: Vec<(Vec<u8>,)> = sqlx::query_as("SELECT secret_mac FROM api_keys")
        .fetch_all(app.state.store.pool())
        .await
        .unwrap();
    assert_ne!(stored[0].0, secret.as_bytes(), "only a MAC is stored");
    let listed = json(app.get(&tab, "/api/staff/api-keys").await).await;
    assert_eq!(listed["keys"][0]["name"], "Zapier");
    assert!(listed["keys"][0]["last_used_at"].is_null());
    assert!(!listed.to_string().contains(&secret), "never listed again");

    let client = app
        .create_user(Role::Client, "Pat@Example.com", "pat's own password")
        .await;
    assert_eq!(
        call(
            &app,
            &secret,
            "send-reset",
            json!({ "email": client.email })
        )
        .await
        .status(),
        200
    );
    let listed = json(app.get(&tab, "/api/staff/api-keys").await).await;
    assert!(listed["keys"][0]["last_used_at"].is_i64());

    let revoked = app
        .post(
            &tab,
            &format!("/api/staff/api-keys/{id}/revoke"),
            &json!({}),
        )
        .await;
    assert!(json(revoked).await["revoked_at"].is_i64());
    let refused = call(
        &app,
        &secret,
        "send-reset",
        json!({ "email": client.email }),
    )
    .await;
    assert_eq!(refused.status(), 401);
    assert!(refused.headers().contains_key("www-authenticate"));
    assert_eq!(app.events_of("api_key.created").await.len(), 1);
    assert_eq!(app.events_of("api_key.revoked").await.len(), 1);
}

#[tokio::test]
async fn key_management_is_for_staff_only_and_names_are_checked() {
    let app = spawn_app().await;
    let client = app
        .create_user(Role::Client, "c@example.com", "client password")
        .await;
    let client_tab = app.signed_in(&client).await;
    for (tab, expected) in [(browser(), 401), (client_tab, 403)] {
        assert_eq!(
            app.get(&tab, "/api/staff/api-keys").await.status(),
            expected
        );
        assert_eq!(
            app.post(&tab, "/api/staff/api-keys", &json!({ "name": "x" }))
                .await
                .status(),
            expected
        );
        assert_eq!(
            app.post(&tab, "/api/staff/api-keys/1/revoke", &json!({}))
                .await
                .status(),
            expected
        );
    }
    let tab = app.staff_tab().await;
    let blank = app
        .post(&tab, "/api/staff/api-keys", &json!({ "name": "  " }))
        .await;
    assert_eq!(blank.status(), 400);
    assert_eq!(
        app.post(&tab, "/api/staff/api-keys/999/revoke", &json!({}))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn update_password_generates_or_checks_and_returns_what_was_set() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let (_, key) = new_key(&app, &tab, "Onboarding flow").await;
    let client = app
        .create_user(Role::Client, "Pat@Example.com", "pat's own password")
        .await;

    let generated = call(
        &app,
        &key,
        "update-password",
        json!({ "email": "Pat@Example.com" }),
    )
    .await;
    assert_eq!(generated.status(), 200);
    let generated = json(generated).await;
    let password = generated["password"].as_str().unwrap();
    assert_eq!(password.len(), 29);
    assert_eq!(generated["generated"], true);
    assert_eq!(generated["require_change"], true);
    // The client must choose their own at the next sign-in.
    let first = app.sign_in(&browser(), &client.email, password).await;
    assert_eq!(json(first).await["code"], "password_change_required");
    let changed = app.events_of("password.changed").await;
    assert_eq!(
        changed[0].detail.as_deref(),
        Some("automation (API key \"Onboarding flow\")")
    );
    assert!(app
        .outbox()
        .await
        .iter()
        .any(|m| m.body_text.contains("By an automation")));
    assert!(
        !app.outbox()
            .await
            .iter()
            .any(|m| m.body_text.contains(password)),
        "never emailed by Portico"
    );

    let chosen = call(
        &app,
        &key,
        "update-password",
        json!({ "email": "Pat@Example.com", "password": "a phrase the flow chose", "require_change": false }),
    )
    .await;
    assert_eq!(chosen.status(), 200);
    assert_eq!(json(chosen).await["password"], "a phrase the flow chose");
    assert_eq!(
        app.sign_in(&browser(), &client.email, "a phrase the flow chose")
            .await
            .status(),
        200
    );

    let weak = call(
        &app,
        &key,
        "update-password",
        json!({ "email": "Pat@Example.com", "password": "password" }),
    )
    .await;
    assert_eq!(weak.status(), 422);
    assert_eq!(json(weak).await["fields"][0]["field"], "password");
}

#[tokio::test]
async fn emails_match_exactly_and_archived_or_unknown_accounts_are_refused() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let (_, key) = new_key(&app, &tab, "CRM").await;
    let client = app
        .create_user(Role::Client, "Pat@Example.com", "pat's own password")
        .await;
    for email in ["pat@example.com", "nobody@example.com", "sam@example.com"] {
        let answer = call(&app, &key, "update-password", json!({ "email": email })).await;
        assert_eq!(answer.status(), 404, "{email}");
    }
    app.post(
        &tab,
        &format!("/api/staff/clients/{}/archive", client.id),
        &json!({}),
    )
    .await;
    for action in ["update-password", "send-reset"] {
        let answer = call(&app, &key, action, json!({ "email": "Pat@Example.com" })).await;
        assert_eq!(answer.status(), 409, "{action}");
    }
    for bad in ["", "pk_not-a-real-key"] {
        let answer = call(
            &app,
            bad,
            "send-reset",
            json!({ "email": "Pat@Example.com" }),
        )
        .await;
        assert_eq!(answer.status(), 401);
    }
    let unsigned = reqwest::Client::new()
        .post(format!("{}/api/v1/automations/send-reset", app.url))
        .json(&json!({ "email": "Pat@Example.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 401);
}

#[tokio::test]
async fn send_reset_follows_the_link_rules_and_returns_the_link() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let (_, key) = new_key(&app, &tab, "Help desk").await;
    app.create_user(Role::Client, "Pat@Example.com", "pat's own password")
        .await;
    let first = json(
        call(
            &app,
            &key,
            "send-reset",
            json!({ "email": "Pat@Example.com" }),
        )
        .await,
    )
    .await;
    let link = first["link"].as_str().unwrap();
    assert!(link.starts_with(&format!("{}/reset-password#token=", app.url)));
    assert_eq!(
        first["expires_at"].as_i64().unwrap() - first["sent_at"].as_i64().unwrap(),
        24 * 3600
    );
    let again = json(
        call(
            &app,
            &key,
            "send-reset",
            json!({ "email": "Pat@Example.com" }),
        )
        .await,
    )
    .await;
    assert_eq!(
        again["link"], first["link"],
        "within the reuse window: the same link"
    );
}

#[tokio::test]
async fn each_key_is_limited_per_minute() {
    let app = spawn_app_configured(|_, s| s.api_requests_per_minute = 3).await;
    let tab = app.staff_tab().await;
    let (_, key) = new_key(&app, &tab, "Busy").await;
    let (_, other) = new_key(&app, &tab, "Quiet").await;
    for _ in 0..3 {
        assert_eq!(
            call(
                &app,
                &key,
                "send-reset",
                json!({ "email": "nobody@example.com" })
            )
            .await
            .status(),
            404
        );
    }
    let limited = call(
        &app,
        &key,
        "send-reset",
        json!({ "email": "nobody@example.com" }),
    )
    .await;
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
    assert_eq!(
        call(
            &app,
            &other,
            "send-reset",
            json!({ "email": "nobody@example.com" })
        )
        .await
        .status(),
        404,
        "another key is not held back"
    );
    app.clock.advance(60);
    assert_eq!(
        call(
            &app,
            &key,
            "send-reset",
            json!({ "email": "nobody@example.com" })
        )
        .await
        .status(),
        404
    );
}
