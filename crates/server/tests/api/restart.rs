//! A crash and a restart: what the dead process had claimed goes out at once, exactly once.

use std::time::{Duration, Instant};

use portico_api::Role;
use portico_server::clock::Clock;
use portico_server::store::Store;
use serde_json::json;

use crate::helpers::*;
use crate::smtp::SmtpServer;

async fn queue_a_reset_email(app: &TestApp) {
    let user = app
        .create_user(Role::Client, "a@example.com", "an old password")
        .await;
    app.post(
        &browser(),
        "/api/password-reset",
        &json!({ "email": user.email }),
    )
    .await;
    app.wait_for_events("mail.queued", 1).await;
}

fn database_url(app: &TestApp) -> String {
    app.database_url.clone()
}

#[tokio::test]
async fn mail_claimed_by_a_server_that_died_goes_out_as_soon_as_the_next_one_starts() {
    let app = spawn_app().await;
    queue_a_reset_email(&app).await;
    // A server claims the message for its 5-minute lease, then dies mid-delivery: its
    // claim carries a name that no running process holds any more.
    let crashed = Store::open(&database_url(&app)).await.unwrap();
    let claimed = crashed
        .claim_due_mail(app.clock.now(), 300, 10)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    drop(crashed);

    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let started = Instant::now();
    // The test clock stands still, so only taking the claim back can send it.
    let restarted = spawn_in(app.data_dir, |_, s| s.smtp_url = Some(url)).await;
    smtp.wait_for(1).await;
    assert!(started.elapsed() < Duration::from_secs(5));
    restarted.wait_for_events("mail.delivered", 1).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(smtp.wait_for(1).await.len(), 1, "exactly once");
    let sent = &restarted.outbox().await[0];
    assert_eq!((sent.status.as_str(), sent.attempts), ("sent", 1));
}

#[tokio::test]
async fn a_live_servers_claims_are_left_alone() {
    let app = spawn_app().await;
    queue_a_reset_email(&app).await;
    // The first server (still running) holds the claim.
    let claimed = app
        .state
        .store
        .claim_due_mail(app.clock.now(), 300, 10)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let clock = app.clock.clone();
    let state = app.state.clone();
    let second = spawn_in(app.data_dir, |_, s| s.smtp_url = Some(url)).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(second.events_of("mail.delivered").await.is_empty());
    assert_eq!(second.outbox().await[0].status, "queued");
    drop((clock, state));
}
