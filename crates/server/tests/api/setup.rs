use portico_api::Role;
use serde_json::json;

use crate::helpers::*;

fn token_of(link: &str) -> String {
    link.split_once("#token=").unwrap().1.to_string()
}

#[tokio::test]
async fn a_fresh_install_issues_a_setup_link_in_the_url_fragment() {
    let app = spawn_app().await;
    let link = app.setup_link.clone().expect("no staff yet");
    assert!(
        link.starts_with(&format!("{}/setup#token=", app.url)),
        "{link}"
    );
    assert_eq!(token_of(&link).len(), 43);
}

#[tokio::test]
async fn the_setup_link_creates_the_first_staff_account_once() {
    let app = spawn_app().await;
    let token = token_of(app.setup_link.as_ref().unwrap());
    let check = app
        .post(&browser(), "/api/setup/check", &json!({"token": token}))
        .await;
    assert_eq!(check.status(), 204);

    let client = browser();
    let body = json!({"token": token, "name": "Sam Owner", "email": "owner@example.com", "password": "a long passphrase"});
    let response = app.post(&client, "/api/setup", &body).await;
    assert_eq!(response.status(), 201);
    assert_eq!(json(response).await["role"], "staff");
    assert_eq!(
        json(app.get(&client, "/api/session").await).await["email"],
        "owner@example.com"
    );

    let again = app.post(&browser(), "/api/setup", &body).await;
    assert_eq!(again.status(), 410);
    assert_eq!(json(again).await["code"], "invalid_link");
    let check = app
        .post(&browser(), "/api/setup/check", &json!({"token": token}))
        .await;
    assert_eq!(check.status(), 410);
}

#[tokio::test]
async fn setup_links_expire_after_an_hour() {
    let app = spawn_app().await;
    let token = token_of(app.setup_link.as_ref().unwrap());
    app.clock.advance(60 * 60);
    let body = json!({"token": token, "name": "Sam", "email": "owner@example.com", "password": "a long passphrase"});
    let response = app.post(&browser(), "/api/setup", &body).await;
    assert_eq!(response.status(), 410);
}

#[tokio::test]
async fn a_forged_token_or_bad_fields_create_nothing() {
    let app = spawn_app().await;
    let token = token_of(app.setup_link.as_ref().unwrap());
    let forged = json!({"token": "A".repeat(43), "name": "Sam", "email": "owner@example.com", "password": "a long passphrase"});
    assert_eq!(
        app.post(&browser(), "/api/setup", &forged).await.status(),
        410
    );

    let bad = json!({"token": token, "name": " ", "email": "not-an-email", "password": "short"});
    let response = app.post(&browser(), "/api/setup", &bad).await;
    assert_eq!(response.status(), 400);
    let fields: Vec<String> = json(response).await["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fields, ["name", "email", "password"]);
    assert!(!app.state.store.active_staff_exists().await.unwrap());
    // The link still works after a refused attempt.
    let check = app
        .post(&browser(), "/api/setup/check", &json!({"token": token}))
        .await;
    assert_eq!(check.status(), 204);
}

#[tokio::test]
async fn no_link_is_issued_once_staff_exist() {
    let first = spawn_app().await;
    first
        .create_user(Role::Staff, "staff@example.com", "correct horse battery")
        .await;
    let link = portico_server::setup_link::issue_if_needed(
        &first.state.store,
        &first.state.keys,
        &first.url,
        first.data_dir.path(),
        0,
    )
    .await
    .unwrap();
    assert!(link.is_none());
}
