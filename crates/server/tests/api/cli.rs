use std::io::Write;
use std::process::{Command, Stdio};

use crate::helpers::*;

/// `--database-url` when the folder's database is PostgreSQL (see `test_database`).
fn database_flag(data_dir: &std::path::Path) -> Vec<String> {
    match std::fs::read_to_string(data_dir.join("postgres-url")) {
        Ok(url) => vec!["--database-url".into(), url],
        Err(_) => Vec::new(),
    }
}

fn create(data_dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_portico-server"))
        .args([
            "account",
            "create",
            "--data-dir",
            data_dir.to_str().unwrap(),
        ])
        .args(database_flag(data_dir))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn the_cli_creates_accounts_that_can_sign_in() {
    let data = tempfile::tempdir().unwrap();
    // On PostgreSQL, the folder names a fresh database the CLI and the server then share.
    test_database(data.path()).await;
    let out = create(
        data.path(),
        &[
            "--role",
            "client",
            "--email",
            "Cli@Example.com",
            "--name",
            "Cli Person",
            "--password-stdin",
        ],
        Some("a passphrase with spaces \n"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Created client account Cli@Example.com"));

    let dup = create(
        data.path(),
        &[
            "--role",
            "staff",
            "--email",
            "cli@example.com",
            "--name",
            "Dup",
        ],
        None,
    );
    assert!(!dup.status.success());
    assert!(String::from_utf8_lossy(&dup.stderr).contains("already exists"));

    let weak = create(
        data.path(),
        &[
            "--role",
            "client",
            "--email",
            "weak@example.com",
            "--name",
            "Weak",
            "--password-stdin",
        ],
        Some("short\n"),
    );
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("Use at least 8 characters."));

    let src = data.path().to_path_buf();
    let app = spawn_app_with(move |dir| {
        for file in [
            "portico.db",
            "portico.db-wal",
            "portico.db-shm",
            "postgres-url",
            "secret.key",
        ] {
            let from = src.join(file);
            if from.exists() {
                std::fs::copy(&from, dir.join(file)).unwrap();
            }
        }
    })
    .await;
    // Trailing space kept: it is part of the passphrase.
    let response = app
        .sign_in(&browser(), "cli@example.com", "a passphrase with spaces ")
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        app.sign_in(&browser(), "weak@example.com", "short")
            .await
            .status(),
        401
    );
}

fn outbox(app: &TestApp, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_portico-server"))
        .arg("outbox")
        .args(args)
        .args(["--data-dir", app.data_dir.path().to_str().unwrap()])
        .args(["--database-url", &app.database_url])
        .args(["--public-url", &app.url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
async fn without_smtp_the_outbox_cli_shows_the_mail_with_a_working_link() {
    let app = spawn_app().await;
    assert!(outbox(&app, &["list"]).contains("The outbox is empty."));
    let user = app
        .create_user(
            portico_api::Role::Client,
            "reader@example.com",
            "an old password",
        )
        .await;
    app.post(
        &browser(),
        "/api/password-reset",
        &serde_json::json!({ "email": user.email }),
    )
    .await;
    app.wait_for_events("mail.queued", 1).await;

    let list = outbox(&app, &["list"]);
    assert!(list.contains("queued"), "{list}");
    assert!(list.contains("reader@example.com"));
    assert!(list.contains("Reset your Client Portal password"));
    let id = list.split_whitespace().next().unwrap();

    let shown = outbox(&app, &["show", id]);
    assert!(
        shown.contains("To: Test Person <reader@example.com>"),
        "{shown}"
    );
    assert!(shown.contains("--- HTML part ---"));
    let token = token_in(&shown);
    let check = app
        .post(
            &browser(),
            "/api/password-reset/check",
            &serde_json::json!({ "token": token }),
        )
        .await;
    assert_eq!(check.status(), 200);
}
