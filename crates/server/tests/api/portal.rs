use portico_api::Role;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn the_public_portal_serves_the_default_login_text_as_html() {
    let app = spawn_app().await;
    let response = app.get(&browser(), "/api/portal").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let body = json(response).await;
    assert_eq!(body["name"], "Client Portal");
    let html = body["login_text_html"].as_str().unwrap();
    assert!(html.starts_with("<h2>Welcome</h2>"), "{html}");
    assert!(html.contains("<strong>Forgot your password?</strong>"));
}

#[tokio::test]
async fn staff_change_the_login_text_and_it_is_sanitised() {
    let app = spawn_app().await;
    let staff = app
        .create_user(Role::Staff, "staff@example.com", "correct horse battery")
        .await;
    let client = app.signed_in(&staff).await;
    let markdown =
        "Hello <script>alert(1)</script> **[help](https://help.example.com/x!external)**";
    let response = app
        .put(
            &client,
            "/api/portal/login-text",
            &json!({ "markdown": markdown }),
        )
        .await;
    assert_eq!(response.status(), 204);
    let html = json(app.get(&browser(), "/api/portal").await).await["login_text_html"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!html.contains("script"), "{html}");
    assert!(
        html.contains(r#"<a href="https://help.example.com/x" target="_blank" rel="noopener noreferrer">help</a>"#),
        "{html}"
    );
    let source = json(app.get(&client, "/api/portal/login-text").await).await;
    assert_eq!(source["markdown"], markdown);
    assert!(app
        .events()
        .await
        .iter()
        .any(|e| e.0 == "portal.login_text_changed"));
}

#[tokio::test]
async fn login_text_over_the_limit_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let staff = app
        .create_user(Role::Staff, "staff@example.com", "correct horse battery")
        .await;
    let client = app.signed_in(&staff).await;
    let before = json(app.get(&browser(), "/api/portal").await).await;
    let response = app
        .put(
            &client,
            "/api/portal/login-text",
            &json!({ "markdown": "é".repeat(20_001) }),
        )
        .await;
    assert_eq!(response.status(), 400);
    let body = json(response).await;
    assert_eq!(body["fields"][0]["field"], "markdown");
    assert_eq!(
        body["message"],
        "The login text is 20001 characters long; the limit is 20000."
    );
    assert_eq!(json(app.get(&browser(), "/api/portal").await).await, before);
    // Exactly at the limit, counted in characters (not bytes), is fine.
    let response = app
        .put(
            &client,
            "/api/portal/login-text",
            &json!({ "markdown": "é".repeat(20_000) }),
        )
        .await;
    assert_eq!(response.status(), 204);
}

#[tokio::test]
async fn only_staff_may_read_or_change_the_login_text_source() {
    let app = spawn_app().await;
    let client_user = app
        .create_user(Role::Client, "c@example.com", "correct horse battery")
        .await;
    let signed_in_client = app.signed_in(&client_user).await;
    for (who, http, status) in [
        ("anonymous", browser(), 401),
        ("client", signed_in_client, 403),
    ] {
        let put = app
            .put(&http, "/api/portal/login-text", &json!({ "markdown": "x" }))
            .await;
        assert_eq!(put.status(), status, "{who} PUT");
        assert_eq!(
            app.get(&http, "/api/portal/login-text").await.status(),
            status,
            "{who} GET"
        );
    }
    assert_eq!(
        json(app.get(&browser(), "/api/portal").await).await["name"],
        "Client Portal"
    );
}
