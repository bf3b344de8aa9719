use portico_api::Role;
use serde_json::{json, Value};

use crate::helpers::{browser, json, spawn_app_configured, spawn_in};

fn chosen() -> Value {
    json!({
        "account_password": false,
        "reset_link_lifetime_secs": 2 * 3600,
        "reset_reuse_window_secs": 3600,
        "first_sign_in_window_secs": 600,
        "min_password_chars": 12,
        "human_check": "off",
        "languages": ["de", "en", "ar"],
        "default_language": "en",
    })
}

#[tokio::test]
async fn the_flags_apply_until_staff_choose_and_then_the_choice_takes_effect() {
    let app = spawn_app_configured(|_, s| s.min_password_chars = 10).await;
    let tab = app.staff_tab().await;
    let shown = json(app.get(&tab, "/api/staff/settings").await).await;
    assert_eq!(
        shown,
        json!({
            "account_password": true,
            "reset_link_lifetime_secs": 86400,
            "reset_reuse_window_secs": 57600,
            "first_sign_in_window_secs": 300,
            "min_password_chars": 10,
            "human_check": "automatic",
            "languages": ["en"],
            "default_language": "en",
        })
    );

    let response = app.put(&tab, "/api/staff/settings", &chosen()).await;
    assert_eq!(response.status(), 200);
    assert_eq!(json(response).await, chosen());
    assert_eq!(
        json(app.get(&tab, "/api/staff/settings").await).await,
        chosen()
    );
    assert_eq!(app.events_of("portal.settings_changed").await.len(), 1);

    // The reset answer names the new lifetime, and the new minimum is enforced.
    let answer = json(
        app.post(
            &browser(),
            "/api/password-reset",
            &json!({ "email": "nobody@example.com" }),
        )
        .await,
    )
    .await;
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .ends_with("It expires in 2 hours."),
        "{answer}"
    );
    let client = app
        .create_user(Role::Client, "c@example.com", "a client password")
        .await;
    let short = app
        .post(
            &tab,
            &format!("/api/staff/clients/{}/password", client.id),
            &json!({ "password": "eleven char", "require_change": false }),
        )
        .await;
    assert_eq!(short.status(), 400);
    assert!(json(short).await.to_string().contains("12"));
}

#[tokio::test]
async fn each_bad_value_is_named_and_nothing_changes() {
    let app = spawn_app_configured(|_, _| {}).await;
    let tab = app.staff_tab().await;
    let before = json(app.get(&tab, "/api/staff/settings").await).await;
    let bad = json!({
        "account_password": true,
        "reset_link_lifetime_secs": 1800,
        "reset_reuse_window_secs": 0,
        "first_sign_in_window_secs": 0,
        "min_password_chars": 4,
        "human_check": "automatic",
    });
    let response = app.put(&tab, "/api/staff/settings", &bad).await;
    assert_eq!(response.status(), 400);
    let body = json(response).await;
    let fields: Vec<&str> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "reset_link_lifetime_secs",
            "first_sign_in_window_secs",
            "min_password_chars"
        ]
    );
    assert_eq!(
        body["fields"][0]["message"],
        "Choose a lifetime from 1 to 168 hours (7 days)."
    );

    let longer_reuse = json!({
        "account_password": true,
        "reset_link_lifetime_secs": 3600,
        "reset_reuse_window_secs": 7200,
        "first_sign_in_window_secs": 300,
        "min_password_chars": 8,
        "human_check": "automatic",
    });
    let body = json(app.put(&tab, "/api/staff/settings", &longer_reuse).await).await;
    assert_eq!(
        body["fields"][0]["message"],
        "The reuse window cannot be longer than the link lifetime (1 hour)."
    );
    assert_eq!(app.get(&tab, "/api/staff/settings").await.status(), 200);
    assert_eq!(
        json(app.get(&tab, "/api/staff/settings").await).await,
        before
    );
    assert!(app.events_of("portal.settings_changed").await.is_empty());
}

#[tokio::test]
async fn saved_settings_survive_a_restart_and_outrank_the_flags() {
    let app = spawn_app_configured(|_, _| {}).await;
    let tab = app.staff_tab().await;
    assert_eq!(
        app.put(&tab, "/api/staff/settings", &chosen())
            .await
            .status(),
        200
    );
    let restarted = spawn_in(app.data_dir, |_, s| s.min_password_chars = 9).await;
    let tab = browser();
    let signed_in = restarted
        .sign_in(&tab, "sam@example.com", "staff password here")
        .await;
    assert_eq!(signed_in.status(), 200);
    assert_eq!(
        json(restarted.get(&tab, "/api/staff/settings").await).await,
        chosen()
    );
}

#[tokio::test]
async fn a_flag_outside_the_consoles_ranges_does_not_block_saving_other_settings() {
    let app = spawn_app_configured(|_, s| s.first_sign_in_window = 2).await;
    let tab = app.staff_tab().await;
    let mut settings = json(app.get(&tab, "/api/staff/settings").await).await;
    assert_eq!(settings["first_sign_in_window_secs"], 2);
    settings["min_password_chars"] = json!(10);
    assert_eq!(
        app.put(&tab, "/api/staff/settings", &settings)
            .await
            .status(),
        200
    );
    settings["first_sign_in_window_secs"] = json!(3);
    let changed = app.put(&tab, "/api/staff/settings", &settings).await;
    assert_eq!(
        changed.status(),
        400,
        "a value staff change is held to the range"
    );
}
