//! Two instances on one PostgreSQL database, on different ports: what one does, the other
//! sees. These run when the suite runs on PostgreSQL (`cargo xtask test` does both); on
//! SQLite, one server owns its file and there is nothing to share.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use portico_api::settings::HumanCheckMode;
use portico_api::Role;
use portico_server::clock::Clock;
use portico_server::store::accounts::NewAccount;
use serde_json::json;

use crate::automations::{call, new_key};
use crate::helpers::*;
use crate::smtp::{Received, SmtpServer};

/// The first instance, when the suite runs on PostgreSQL.
async fn first_instance(
    configure: impl FnOnce(&std::path::Path, &mut portico_server::config::Settings),
) -> Option<TestApp> {
    if postgres_admin().is_none() {
        eprintln!("skipped: several instances need PostgreSQL (PORTICO_TEST_POSTGRES)");
        return None;
    }
    Some(spawn_app_configured(configure).await)
}

#[tokio::test]
async fn a_session_made_on_one_instance_works_on_the_other_and_ends_on_both() {
    let Some(one) = first_instance(|_, _| {}).await else {
        return;
    };
    let two = spawn_beside(&one, |_, _| {}).await;
    let user = one
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    // One cookie jar: cookies for 127.0.0.1 go to both ports, as they would to one
    // host name behind a proxy.
    let tab = browser();
    assert_eq!(
        one.sign_in(&tab, &user.email, &user.password)
            .await
            .status(),
        200
    );
    let me = two.get(&tab, "/api/session").await;
    assert_eq!(me.status(), 200);
    assert_eq!(json(me).await["email"], "a@example.com");
    assert_eq!(two.delete(&tab, "/api/session").await.status(), 204);
    assert_eq!(one.get(&tab, "/api/session").await.status(), 401);
}

#[tokio::test]
async fn sign_in_failures_on_one_instance_count_on_the_other() {
    let Some(one) = first_instance(|_, s| s.human_check = HumanCheckMode::Off).await else {
        return;
    };
    let two = spawn_beside(&one, |_, s| s.human_check = HumanCheckMode::Off).await;
    let user = one
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    // Five failures block the address for a while (see throttle.rs), wherever they land.
    for app in [&one, &two, &one, &two, &one] {
        assert_eq!(
            app.sign_in(&browser(), &user.email, "wrong password")
                .await
                .status(),
            401
        );
    }
    let blocked = two.sign_in(&browser(), &user.email, &user.password).await;
    assert_eq!(blocked.status(), 429);
    assert_eq!(json(blocked).await["code"], "throttled");
}

#[tokio::test]
async fn login_text_saved_on_one_instance_is_served_by_the_other_within_a_second() {
    let Some(one) = first_instance(|_, _| {}).await else {
        return;
    };
    let two = spawn_beside(&one, |_, _| {}).await;
    let staff = one.staff_tab().await;
    // The second instance's listener has to be listening before the save.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for (round, markdown) in ["**Welcome** to the portal", "Closed for _maintenance_"]
        .into_iter()
        .enumerate()
    {
        let saved = one
            .put(
                &staff,
                "/api/portal/login-text",
                &json!({ "markdown": markdown }),
            )
            .await;
        assert_eq!(saved.status(), 204);
        let started = Instant::now();
        let expected = ["<strong>Welcome</strong>", "<em>maintenance</em>"][round];
        loop {
            let portal = json(two.get(&browser(), "/api/portal").await).await;
            if portal["login_text_html"]
                .as_str()
                .unwrap()
                .contains(expected)
            {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(1),
                "the other instance still serves {portal}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    // Settings follow the same way.
    let mut settings = json(one.get(&staff, "/api/staff/settings").await).await;
    settings["min_password_chars"] = json!(14);
    assert_eq!(
        one.put(&staff, "/api/staff/settings", &settings)
            .await
            .status(),
        200
    );
    let started = Instant::now();
    while two.state.settings.min_password_chars() != 14 {
        assert!(started.elapsed() < Duration::from_secs(1));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn api_key_limits_count_requests_on_every_instance() {
    let Some(one) = first_instance(|_, s| s.api_requests_per_minute = 4).await else {
        return;
    };
    let two = spawn_beside(&one, |_, s| s.api_requests_per_minute = 4).await;
    let staff = one.staff_tab().await;
    let (_, key) = new_key(&one, &staff, "sync").await;
    let nobody = json!({ "email": "nobody@example.com" });
    for app in [&one, &two, &one, &two] {
        let admitted = call(app, &key, "send-reset", nobody.clone()).await;
        assert_eq!(admitted.status(), 404, "no such client, but admitted");
    }
    for app in [&two, &one] {
        let refused = call(app, &key, "send-reset", nobody.clone()).await;
        assert_eq!(refused.status(), 429);
    }
}

#[tokio::test]
async fn setup_links_printed_by_instances_starting_together_all_work_once() {
    let Some(one) = first_instance(|_, _| {}).await else {
        return;
    };
    let two = spawn_beside(&one, |_, _| {}).await;
    let links = [one.setup_link.clone(), two.setup_link.clone()].map(Option::unwrap);
    let tokens = links.map(|link| link.split_once("#token=").unwrap().1.to_string());
    assert_ne!(tokens[0], tokens[1]);
    for (app, token) in [(&one, &tokens[0]), (&two, &tokens[1])] {
        let check = app
            .post(&browser(), "/api/setup/check", &json!({ "token": token }))
            .await;
        assert_eq!(check.status(), 204, "the other instance did not retire it");
    }
    // Both used at once, on different instances: one staff account, one refusal.
    let form = |token: &str, email: &str| json!({ "token": token, "name": "Sam", "email": email, "password": "a staff password" });
    let (tab_one, tab_two) = (browser(), browser());
    let (form_one, form_two) = (
        form(&tokens[0], "one@example.com"),
        form(&tokens[1], "two@example.com"),
    );
    let (a, b) = tokio::join!(
        one.post(&tab_one, "/api/setup", &form_one),
        two.post(&tab_two, "/api/setup", &form_two),
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses[0], 201, "{statuses:?}");
    assert!(statuses[1] >= 400, "{statuses:?}");
    let staff: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE role = 'staff'")
        .fetch_one(one.state.store.pool())
        .await
        .unwrap();
    assert_eq!(staff, 1);
}

/// `count` clients with reset emails queued through the instances in turn.
async fn request_resets(apps: &[&TestApp], count: usize) -> Vec<String> {
    let mut emails = Vec::new();
    for n in 0..count {
        let email = format!("client{n}@example.com");
        apps[0]
            .state
            .store
            .create_account(
                NewAccount {
                    email: &email,
                    name: &format!("Client {n}"),
                    role: Role::Client,
                    password_hash: None,
                },
                0,
            )
            .await
            .unwrap();
        let app = apps[n % apps.len()];
        let response = app
            .post(
                &browser(),
                "/api/password-reset",
                &json!({ "email": email }),
            )
            .await;
        assert_eq!(response.status(), 202);
        emails.push(email);
    }
    emails
}

/// Each address got exactly one message.
fn assert_once_each(received: &[Received], emails: &[String]) {
    let mut by_address: HashMap<String, usize> = HashMap::new();
    for message in received {
        for to in &message.to {
            let address = to.trim_matches(|c| c == '<' || c == '>').to_string();
            *by_address.entry(address).or_default() += 1;
        }
    }
    for email in emails {
        assert_eq!(by_address.get(email), Some(&1), "{email}: {by_address:?}");
    }
    assert_eq!(by_address.len(), emails.len());
}

fn busy_instance(s: &mut portico_server::config::Settings, smtp: String) {
    s.smtp_url = Some(smtp);
    // A hundred requests from the test's one address, all meant.
    s.reset_limit_per_ip = 1_000;
    s.human_check = HumanCheckMode::Off;
}

#[tokio::test]
async fn a_hundred_reset_emails_go_out_exactly_once_with_both_senders_running() {
    let relay = SmtpServer::start().await;
    let url = relay.url();
    let Some(one) = first_instance(|_, s| busy_instance(s, url.clone())).await else {
        return;
    };
    let two = spawn_beside(&one, |_, s| busy_instance(s, url.clone())).await;
    let emails = request_resets(&[&one, &two], 100).await;
    let received = relay.wait_for_within(100, Duration::from_secs(60)).await;
    // Anything sent twice would arrive within this.
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(relay.received().len(), 100);
    assert_once_each(&received, &emails);
    let outbox = one.outbox().await;
    assert!(outbox
        .iter()
        .all(|m| m.status.as_str() == "sent" && m.attempts == 1));
}

/// A second instance as its own process, so the test can kill it.
fn spawn_process(app: &TestApp, smtp: &str, dist: &std::path::Path) -> Child {
    let data_dir = tempfile::tempdir().unwrap().keep();
    Command::new(env!("CARGO_BIN_EXE_portico-server"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .arg("--data-dir")
        .arg(&data_dir)
        .arg("--static-dir")
        .arg(dist)
        .args(["--database-url", &app.database_url, "--smtp-url", smtp])
        .env("PORTICO_SECRET_KEY", secret_key(app))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[tokio::test]
async fn killing_an_instance_mid_delivery_loses_and_duplicates_nothing() {
    // Slow relays, so both instances hold messages in flight at once.
    let survivor_relay = SmtpServer::start_holding(Duration::from_millis(500)).await;
    let doomed_relay = SmtpServer::start_holding(Duration::from_secs(5)).await;
    let url = survivor_relay.url();
    let Some(survivor) = first_instance(|_, s| busy_instance(s, url)).await else {
        return;
    };
    let emails = request_resets(&[&survivor], 100).await;
    let dist = fake_dist();
    let mut doomed = spawn_process(&survivor, &doomed_relay.url(), dist.path());
    // Killed (SIGKILL: no goodbye) while the relay holds its first messages: it has
    // claimed a batch and had none confirmed.
    doomed_relay.wait_for_holding().await;
    doomed.kill().unwrap();
    doomed.wait().unwrap();
    // The survivor takes the dead instance's claims back within its watch period (10 s)
    // instead of waiting out the 5-minute lease.
    let received = survivor_relay
        .wait_for_within(100, Duration::from_secs(60))
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(doomed_relay.received().is_empty());
    assert!(doomed_relay.abandoned() >= 1);
    assert_eq!(survivor_relay.received().len(), 100);
    assert_once_each(&received, &emails);
    let outbox = survivor.outbox().await;
    assert_eq!(outbox.len(), 100);
    assert!(outbox.iter().all(|m| m.status.as_str() == "sent"));
}

/// The claims themselves, without the senders' pacing: several instances claiming side by
/// side as fast as they can never take the same message twice, and together take all.
#[tokio::test]
async fn instances_claiming_at_once_never_claim_a_message_twice() {
    let Some(app) = first_instance(|_, _| {}).await else {
        return;
    };
    const MESSAGES: i64 = 300;
    sqlx::query(
        "INSERT INTO outbox (created_at, kind, to_address, to_name, subject, body_text,
             body_html, next_attempt_at)
         SELECT 0, 'reset_link', 'x' || n || '@example.com', 'X', 's', 't', 'h', 0
         FROM generate_series(1, $1) AS n",
    )
    .bind(MESSAGES)
    .execute(app.state.store.pool())
    .await
    .unwrap();
    // The live instance's clock, so its own mailer sees these claims as live too.
    let now = app.clock.now();
    let mut claimers = Vec::new();
    for _ in 0..6 {
        let store = portico_server::store::Store::open(&app.database_url)
            .await
            .unwrap();
        // Each claimer holds its instance lock, as a running server does: the live
        // instance's watcher takes back the claims of holders without one, as crashed.
        let lock = store.hold_instance_lock().await.unwrap();
        claimers.push(tokio::spawn(async move {
            let _alive = lock;
            let mut claimed = Vec::new();
            loop {
                let batch = store.claim_due_mail(now, 300, 5).await.unwrap();
                if batch.is_empty() {
                    return claimed;
                }
                claimed.extend(batch.into_iter().map(|m| m.id));
            }
        }));
    }
    let mut all = Vec::new();
    for claimer in claimers {
        all.extend(claimer.await.unwrap());
    }
    let total = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), total, "a message was claimed twice");
    assert_eq!(total as i64, MESSAGES);
}

/// Failure counts are read and written back: without a lock, two instances counting at
/// once would each write "one more" over the same old count and lose failures.
#[tokio::test]
async fn failures_counted_at_once_on_several_instances_all_count() {
    let Some(app) = first_instance(|_, _| {}).await else {
        return;
    };
    const EACH: i64 = 25;
    let mut counters = Vec::new();
    for _ in 0..4 {
        let store = portico_server::store::Store::open(&app.database_url)
            .await
            .unwrap();
        counters.push(tokio::spawn(async move {
            for _ in 0..EACH {
                store
                    .count_failure("account", "a@example.com", |current| {
                        let mut next = current.unwrap_or_default();
                        next.failures += 1;
                        next
                    })
                    .await
                    .unwrap();
            }
        }));
    }
    for counter in counters {
        counter.await.unwrap();
    }
    let count = app
        .state
        .store
        .failure_count("account", "a@example.com")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(count.failures, 4 * EACH);
}

/// Each door counts what reaches its own server; before an email goes out, the worker
/// counts what every instance handled, so spreading requests over instances gains nothing.
#[tokio::test]
async fn reset_limits_count_requests_handled_by_every_instance() {
    let limited = |s: &mut portico_server::config::Settings| {
        s.reset_limit_per_ip = 2;
        s.reset_limit_per_address = 1;
        s.human_check = HumanCheckMode::Off;
    };
    let Some(one) = first_instance(|_, s| limited(s)).await else {
        return;
    };
    let two = spawn_beside(&one, |_, s| limited(s)).await;
    for n in 0..4 {
        one.create_user(
            Role::Client,
            &format!("c{n}@example.com"),
            "a password here",
        )
        .await;
    }
    let ask = |app: &TestApp, email: &str| {
        let (url, email) = (app.url.clone(), email.to_string());
        async move {
            reqwest::Client::new()
                .post(format!("{url}/api/password-reset"))
                .json(&json!({ "email": email }))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    // Per address: the second request for c0, on the other instance, sends nothing.
    assert_eq!(ask(&one, "c0@example.com").await, 202);
    one.wait_for_events("password_reset.requested", 1).await;
    assert_eq!(ask(&two, "c0@example.com").await, 202);
    two.wait_for_events("password_reset.throttled", 1).await;
    // Per IP: two addresses from this IP on one instance, a third on the other.
    assert_eq!(ask(&one, "c1@example.com").await, 202);
    one.wait_for_events("password_reset.requested", 2).await;
    assert_eq!(ask(&two, "c2@example.com").await, 202);
    two.wait_for_events("password_reset.throttled", 2).await;
    let sent: Vec<String> = one
        .outbox()
        .await
        .into_iter()
        .map(|m| m.to_address)
        .collect();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(!sent.contains(&"c2@example.com".to_string()));
}
