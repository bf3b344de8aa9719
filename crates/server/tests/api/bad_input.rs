//! Control characters and line breaks: a clear 400 naming the field, never a 500, and
//! nothing changed.

use std::process::Command;

use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn a_nul_in_the_staff_search_is_a_clear_400() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    for query in ["q=a%00b", "q=%1B%5B31m", "q=line%0Abreak"] {
        let answer = app.get(&tab, &format!("/api/staff/clients?{query}")).await;
        assert_eq!(answer.status(), 400, "{query}");
        let body = json(answer).await;
        assert_eq!(body["code"], "validation");
        assert_eq!(body["fields"][0]["field"], "q");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("invisible control character"),
            "{body}"
        );
    }
    assert_eq!(
        app.get(&tab, "/api/staff/clients?q=ordinary")
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn control_characters_in_any_json_field_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let answer = app
        .post(
            &tab,
            "/api/staff/clients",
            &json!({ "name": "Ada", "email": "ada@example.com\u{0}" }),
        )
        .await;
    assert_eq!(answer.status(), 400);
    let body = json(answer).await;
    assert_eq!(body["fields"][0]["field"], "email");
    assert_eq!(
        body["fields"][0]["message"],
        "This contains an invisible control character (U+0000). Remove it and try again."
    );
    // Sign-in and reset requests too: nothing is looked up or queued.
    for (path, body) in [
        (
            "/api/session",
            json!({ "email": "a@example.com", "password": "pass\u{7}word" }),
        ),
        (
            "/api/password-reset",
            json!({ "email": "a\u{0}@example.com" }),
        ),
    ] {
        let answer = app.post(&browser(), path, &body).await;
        assert_eq!(answer.status(), 400, "{path}");
    }
    // Multi-line text keeps its line breaks and tabs.
    let saved = app
        .put(
            &tab,
            "/api/portal/login-text",
            &json!({ "markdown": "# Welcome\n\n\tindented\r\n" }),
        )
        .await;
    assert!(saved.status().is_success(), "{}", saved.status());
    let page = json(app.get(&tab, "/api/staff/clients").await).await;
    assert_eq!(page["total"], 0, "no client was created");
    assert!(app.outbox().await.is_empty());
}

#[tokio::test]
async fn a_name_with_a_line_break_gets_its_own_message_in_the_api_and_the_cli() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let answer = app
        .post(
            &tab,
            "/api/staff/clients",
            &json!({ "name": "Ada\r\nBcc: x@example.com", "email": "ada@example.com" }),
        )
        .await;
    assert_eq!(answer.status(), 400);
    let body = json(answer).await;
    assert_eq!(body["fields"][0]["field"], "name");
    assert_eq!(
        body["fields"][0]["message"],
        "Write it on one line, without line breaks."
    );

    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_portico-server"))
        .args(["account", "create", "--data-dir"])
        .arg(data.path())
        .args(["--role", "client", "--email", "b@example.com"])
        .args(["--name", "Bea\nTrix"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--name: Write it on one line, without line breaks."),
        "{stderr}"
    );
}
