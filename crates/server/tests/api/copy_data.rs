//! Moving and keeping data: `backup` while the server runs, and `copy-data` from a
//! populated SQLite portal into PostgreSQL, after which everything still works.

use std::process::Command;

use portico_api::Role;
use serde_json::json;

use crate::helpers::*;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_portico-server"))
        .args(args)
        .output()
        .unwrap()
}

fn sqlite_url(dir: &std::path::Path) -> String {
    format!("sqlite://{}/portico.db", dir.display())
}

#[tokio::test]
async fn a_backup_taken_while_the_server_runs_holds_everything_and_opens() {
    let app = spawn_app_configured(|dir, s| s.database_url = Some(sqlite_url(dir))).await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let tab = app.signed_in(&user).await;
    let file = app.data_dir.path().join("backup.db");
    let out = run(&[
        "backup",
        "--data-dir",
        app.data_dir.path().to_str().unwrap(),
        "--to",
        file.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("accounts") && printed.contains("secret key"),
        "{printed}"
    );
    // The server went on meanwhile; the copy is a database of its own that a server
    // (with the same key) starts on, and the session made before it still works there.
    assert_eq!(app.get(&tab, "/api/session").await.status(), 200);
    let restored = tempfile::tempdir().unwrap();
    std::fs::copy(&file, restored.path().join("portico.db")).unwrap();
    std::fs::copy(
        app.data_dir.path().join("secret.key"),
        restored.path().join("secret.key"),
    )
    .unwrap();
    let back = spawn_in(restored, |dir, s| s.database_url = Some(sqlite_url(dir))).await;
    assert_eq!(back.get(&tab, "/api/session").await.status(), 200);
    // A second backup to the same file is refused, not overwritten.
    let again = run(&[
        "backup",
        "--data-dir",
        app.data_dir.path().to_str().unwrap(),
        "--to",
        file.to_str().unwrap(),
    ]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[tokio::test]
async fn copy_data_moves_a_sqlite_portal_to_postgres_where_everything_still_works() {
    if postgres_admin().is_none() {
        eprintln!("skipped: copy-data needs PostgreSQL (PORTICO_TEST_POSTGRES)");
        return;
    }
    let old = spawn_app_configured(|dir, s| s.database_url = Some(sqlite_url(dir))).await;
    let staff = old.staff_tab().await;
    let mut clients = Vec::new();
    for n in 0..3 {
        let email = format!("client{n}@example.com");
        clients.push(
            old.create_user(Role::Client, &email, &format!("password number {n}"))
                .await,
        );
    }
    let signed_in = old.signed_in(&clients[0]).await;
    // A client without a password yet, with a live reset link in the outbox.
    old.post(
        &staff,
        "/api/staff/clients",
        &json!({ "name": "New Client", "email": "new@example.com", "send_instructions": true }),
    )
    .await;
    let mail = old
        .outbox()
        .await
        .into_iter()
        .find(|m| m.to_address == "new@example.com")
        .expect("the welcome email");
    let token = token_in(&old.rendered_text(&mail).await);
    old.put(
        &staff,
        "/api/portal/login-text",
        &json!({ "markdown": "Moved **safely**" }),
    )
    .await;

    // A fresh PostgreSQL database: migrations seed the default portal, nothing else.
    let target_dir = tempfile::tempdir().unwrap();
    let target = test_database(target_dir.path()).await.unwrap();
    let out = run(&["copy-data", "--from", &old.database_url, "--to", &target]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("counts checked"), "{printed}");

    // Into a database that now holds data: refused, and nothing changes.
    let again = run(&["copy-data", "--from", &old.database_url, "--to", &target]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("not empty"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );

    let key = secret_key(&old);
    let new = spawn_in(target_dir, move |_, s| s.secret_key = Some(key)).await;
    assert!(new.database_url.starts_with("postgres"));
    assert!(new.setup_link.is_none(), "the staff account came along");
    assert_eq!(
        new.state.store.counts().await.unwrap(),
        old.state.store.counts().await.unwrap(),
        "every table, row for row"
    );
    for client in &clients {
        assert_eq!(
            new.sign_in(&browser(), &client.email, &client.password)
                .await
                .status(),
            200,
            "{}",
            client.email
        );
    }
    assert_eq!(new.get(&signed_in, "/api/session").await.status(), 200);
    let check = new
        .post(
            &browser(),
            "/api/password-reset/check",
            &json!({ "token": token }),
        )
        .await;
    assert_eq!(check.status(), 200, "the live link still works");
    let portal = json(new.get(&browser(), "/api/portal").await).await;
    assert!(portal["login_text_html"]
        .as_str()
        .unwrap()
        .contains("<strong>safely</strong>"));
    // New rows get ids after the copied ones.
    let later = new
        .create_user(Role::Client, "later@example.com", "a later password")
        .await;
    assert!(later.id > clients[2].id);
}
