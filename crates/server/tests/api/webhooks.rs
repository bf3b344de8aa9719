use hmac::{Hmac, Mac};
use portico_api::Role;
use portico_server::clock::Clock;
use serde_json::{json, Value};
use sha2::Sha256;

use crate::helpers::{browser, json, postgres_admin, spawn_app, token_in, TestApp};
use crate::receiver::{Receiver, Request};

const ALL_EVENTS: [&str; 4] = [
    "account.created",
    "password.changed",
    "password_reset.requested",
    "password_reset.completed",
];

/// Registers a webhook through the console's endpoint; answers its id and secret.
async fn register(
    app: &TestApp,
    tab: &reqwest::Client,
    url: &str,
    events: &[&str],
) -> (i64, String) {
    let created = app
        .post(
            tab,
            "/api/staff/webhooks",
            &json!({ "url": url, "events": events }),
        )
        .await;
    assert_eq!(created.status(), 201);
    let body = json(created).await;
    (
        body["webhook"]["id"].as_i64().unwrap(),
        body["secret"].as_str().unwrap().to_string(),
    )
}

/// The `v1` signatures of a delivery: one per secret that signs it.
fn signatures(request: &Request) -> Vec<String> {
    let header = request.header("portico-signature");
    let mut parts = header.split(',');
    assert!(parts.next().unwrap().starts_with("t="), "{header}");
    parts
        .map(|part| part.strip_prefix("v1=").expect("v1=...").to_string())
        .collect()
}

/// What a receiver should do: recompute the signature from the secret, time and body, and
/// accept the delivery if any `v1` matches.
fn verify(secret: &str, request: &Request) -> bool {
    let header = request.header("portico-signature");
    let t = header
        .strip_prefix("t=")
        .and_then(|rest| rest.split(',').next())
        .expect("t=...");
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.{}", request.body).as_bytes());
    let expected = portico_server::keys::hex(&mac.finalize().into_bytes());
    signatures(request).contains(&expected)
}

async fn deliveries(app: &TestApp, tab: &reqwest::Client, id: i64) -> Value {
    let answer = app
        .get(tab, &format!("/api/staff/webhooks/{id}/deliveries"))
        .await;
    assert_eq!(answer.status(), 200);
    json(answer).await
}

#[tokio::test]
async fn each_event_is_delivered_signed_to_the_webhooks_that_chose_it() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let everything = Receiver::start(&[]).await;
    let passwords_only = Receiver::start(&[]).await;
    let (_, secret) = register(&app, &tab, &everything.url, &ALL_EVENTS).await;
    let (_, other_secret) = register(&app, &tab, &passwords_only.url, &["password.changed"]).await;
    assert!(
        secret.starts_with("whsec_") && secret.len() > 40,
        "{secret}"
    );
    assert_ne!(secret, other_secret);
    let listed = json(app.get(&tab, "/api/staff/webhooks").await).await;
    assert_eq!(listed["webhooks"][0]["events"], json!(ALL_EVENTS));
    assert!(!listed.to_string().contains(&secret), "shown once only");
    // Not in any table or column, nor the write-ahead log: every byte of the database
    // (a file on SQLite; PostgreSQL's own files are not the test's to read).
    if postgres_admin().is_none() {
        sqlx::query("PRAGMA wal_checkpoint(FULL)")
            .execute(app.state.store.pool())
            .await
            .unwrap();
        for file in ["portico.db", "portico.db-wal"] {
            let path = app.data_dir.path().join(file);
            // The main file must be there; the log may be empty after the checkpoint.
            let bytes = match std::fs::read(&path) {
                Err(_) if file.ends_with("-wal") => Vec::new(),
                read => read.expect("the database file"),
            };
            for secret in [&secret, &other_secret] {
                let rest = &secret.as_bytes()[10..];
                assert!(
                    !bytes.windows(rest.len()).any(|w| w == rest),
                    "the database holds no secret ({file})"
                );
            }
        }
    }

    // account.created, from the console.
    let created = app
        .post(
            &tab,
            "/api/staff/clients",
            &json!({ "name": "Ada Lovelace", "email": "ada@example.com" }),
        )
        .await;
    assert_eq!(created.status(), 201);
    let first = everything.wait_for(1).await.remove(0);
    assert!(verify(&secret, &first));
    assert!(!verify(&other_secret, &first));
    assert_eq!(first.header("content-type"), "application/json");
    assert_eq!(first.header("portico-event-type"), "account.created");
    let event = first.json();
    assert_eq!(event["type"], "account.created");
    assert_eq!(event["id"], first.header("portico-event-id"));
    assert_eq!(event["data"]["account"]["email"], "ada@example.com");
    assert_eq!(event["data"]["account"]["name"], "Ada Lovelace");
    assert_eq!(event["data"]["account"]["role"], "client");
    let account_id = event["data"]["account"]["id"].as_i64().unwrap();

    // password_reset.requested, from the client's own request.
    let asked = app
        .post(
            &browser(),
            "/api/password-reset",
            &json!({ "email": "ada@example.com" }),
        )
        .await;
    assert_eq!(asked.status(), 202);
    let requested = everything.wait_for(2).await.remove(1);
    assert!(verify(&secret, &requested));
    assert_eq!(requested.json()["type"], "password_reset.requested");
    assert!(
        !requested.body.contains("token"),
        "never the link itself: {}",
        requested.body
    );

    // password_reset.completed and password.changed, both from using the link.
    let mail = app.outbox().await.remove(0);
    let token = token_in(&app.rendered_text(&mail).await);
    let completed = app
        .post(
            &browser(),
            "/api/password-reset/complete",
            &json!({ "token": token, "password": "a brand new lighthouse" }),
        )
        .await;
    assert_eq!(completed.status(), 200);
    let received = everything.wait_for(4).await;
    let mut kinds: Vec<String> = received[2..]
        .iter()
        .map(|r| r.json()["type"].as_str().unwrap().to_string())
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["password.changed", "password_reset.completed"]);
    let changed = received
        .iter()
        .find(|r| r.json()["type"] == "password.changed")
        .unwrap()
        .json();
    assert_eq!(changed["data"]["method"], "reset_link");
    assert_eq!(changed["data"]["account"]["id"], account_id);
    assert!(
        !changed.to_string().contains("lighthouse"),
        "never the password"
    );

    // The password-only webhook heard of the change and nothing else, as the same event.
    let only = passwords_only.wait_for(1).await;
    assert!(verify(&other_secret, &only[0]));
    assert_eq!(only[0].json()["id"], changed["id"]);
    // Every event above was queued by now; none of the others follows later.
    app.state.store.webhooks_queued();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(passwords_only.received().len(), 1);
    assert_eq!(everything.received().len(), 4);
}

#[tokio::test]
async fn automation_changes_name_the_key_and_failures_are_retried_with_backoff() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    // Down twice, then up.
    let receiver = Receiver::start(&[500, 503]).await;
    let (id, secret) = register(&app, &tab, &receiver.url, &["password.changed"]).await;
    let client = app
        .create_user(Role::Client, "pat@example.com", "pat's own password")
        .await;
    let key = json(
        app.post(&tab, "/api/staff/api-keys", &json!({ "name": "Zapier" }))
            .await,
    )
    .await["secret"]
        .as_str()
        .unwrap()
        .to_string();
    let updated = reqwest::Client::new()
        .post(format!("{}/api/v1/automations/update-password", app.url))
        .bearer_auth(&key)
        .json(&json!({ "email": client.email }))
        .send()
        .await
        .unwrap();
    assert_eq!(updated.status(), 200);

    let first = receiver.wait_for(1).await.remove(0);
    let event = first.json();
    assert_eq!(event["data"]["method"], "automation");
    assert_eq!(event["data"]["api_key"], "Zapier");
    assert_eq!(event["data"]["require_change"], true);
    let history = deliveries(&app, &tab, id).await;
    let delivery = &history["deliveries"][0];
    assert_eq!(delivery["status"], "pending");
    assert_eq!(delivery["attempts"][0]["status_code"], 500);
    assert_eq!(delivery["attempts"][0]["detail"], "answer 500");
    let due = delivery["next_attempt_at"].as_i64().unwrap();
    assert_eq!(due - app.clock.now(), 30, "the first retry waits the base");

    // Nothing more until it is due, even when the sender looks.
    app.state.store.webhooks_queued();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(receiver.received().len(), 1);

    app.clock.advance(30);
    app.state.store.webhooks_queued();
    receiver.wait_for(2).await;
    let history = deliveries(&app, &tab, id).await;
    let due = history["deliveries"][0]["next_attempt_at"]
        .as_i64()
        .unwrap();
    assert_eq!(due - app.clock.now(), 60, "then twice as long");

    app.clock.advance(60);
    app.state.store.webhooks_queued();
    let received = receiver.wait_for(3).await;
    // Every attempt carries the same body, signed afresh.
    assert!(received
        .iter()
        .all(|r| r.body == first.body && verify(&secret, r)));
    // The third answer is recorded just after it is sent.
    let mut history = deliveries(&app, &tab, id).await;
    for _ in 0..100 {
        if history["deliveries"][0]["status"] == "delivered" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        history = deliveries(&app, &tab, id).await;
    }
    let delivery = &history["deliveries"][0];
    assert_eq!(delivery["status"], "delivered");
    let codes: Vec<Value> = delivery["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status_code"].clone())
        .collect();
    assert_eq!(codes, [json!(500), json!(503), json!(200)]);
    assert!(delivery["next_attempt_at"].is_null());
    assert_eq!(history["webhook"]["last_delivery"], "delivered");
}

#[tokio::test]
async fn a_test_event_tries_the_receiver_and_a_delivery_can_be_retried_by_hand() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    // A port nobody listens on: the attempt fails without an answer.
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{port}/hook");
    let (id, _) = register(&app, &tab, &url, &["account.created"]).await;
    let queued = app
        .post(&tab, &format!("/api/staff/webhooks/{id}/test"), &json!({}))
        .await;
    assert_eq!(queued.status(), 202);
    let delivery_id = json(queued).await["delivery_id"].as_i64().unwrap();
    let delivery = newest_delivery_when(&app, &tab, id, |d| {
        !d["attempts"].as_array().unwrap().is_empty()
    })
    .await;
    assert_eq!(delivery["event_type"], "ping");
    assert!(delivery["attempts"][0]["status_code"].is_null());
    assert!(delivery["attempts"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("could not connect"));

    // The receiver comes up on that port; "Retry now" does not wait for the backoff.
    let receiver = Receiver::start_on(port, &[]).await;
    let retried = app
        .post(
            &tab,
            &format!("/api/staff/webhooks/{id}/deliveries/{delivery_id}/retry"),
            &json!({}),
        )
        .await;
    assert_eq!(retried.status(), 202);
    let ping = receiver.wait_for(1).await.remove(0);
    assert_eq!(ping.json()["type"], "ping");
    assert_eq!(ping.json()["data"], json!({}));
    assert_eq!(
        app.post(
            &tab,
            &format!(
                "/api/staff/webhooks/{}/deliveries/{delivery_id}/retry",
                id + 1
            ),
            &json!({}),
        )
        .await
        .status(),
        404,
        "only through its own webhook"
    );
}

#[tokio::test]
async fn bad_registrations_are_refused_field_by_field_and_change_nothing() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let refused = app
        .post(
            &tab,
            "/api/staff/webhooks",
            &json!({
                "url": "http://hooks.example.com/portico",
                "events": ["password.changed", "password.stolen"],
                "description": "x".repeat(201),
            }),
        )
        .await;
    assert_eq!(refused.status(), 400);
    let body = json(refused).await;
    let fields: Vec<&str> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["url", "events", "description"]);
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("https://"));
    assert!(body["fields"][1]["message"]
        .as_str()
        .unwrap()
        .contains("password.stolen"));
    let none = app
        .post(
            &tab,
            "/api/staff/webhooks",
            &json!({ "url": "https://hooks.example.com/portico", "events": [] }),
        )
        .await;
    assert_eq!(none.status(), 400);
    let listed = json(app.get(&tab, "/api/staff/webhooks").await).await;
    assert_eq!(listed["webhooks"], json!([]));
}

#[tokio::test]
async fn deleting_a_webhook_stops_its_deliveries_and_removes_its_history() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let (id, _) = register(
        &app,
        &tab,
        "https://hooks.example.com/portico",
        &["account.created"],
    )
    .await;
    assert_eq!(app.events_of("webhook.created").await.len(), 1);
    let gone = tab
        .delete(format!("{}/api/staff/webhooks/{id}", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 204);
    assert_eq!(app.events_of("webhook.deleted").await.len(), 1);
    let again = tab
        .delete(format!("{}/api/staff/webhooks/{id}", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 404);
    assert_eq!(
        app.get(&tab, &format!("/api/staff/webhooks/{id}/deliveries"))
            .await
            .status(),
        404
    );
    app.post(
        &tab,
        "/api/staff/clients",
        &json!({ "name": "Ada", "email": "ada@example.com" }),
    )
    .await;
    let queued: i64 = sqlx::query_scalar("SELECT count(*) FROM webhook_deliveries")
        .fetch_one(app.state.store.pool())
        .await
        .unwrap();
    assert_eq!(queued, 0);
}

/// Polls the history until `done` holds for the newest delivery (up to 10 s).
async fn newest_delivery_when(
    app: &TestApp,
    tab: &reqwest::Client,
    id: i64,
    done: impl Fn(&Value) -> bool,
) -> Value {
    for _ in 0..200 {
        let history = deliveries(app, tab, id).await;
        let newest = &history["deliveries"][0];
        if done(newest) {
            return newest.clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the newest delivery never got there");
}

#[tokio::test]
async fn a_delivery_cannot_be_sent_again_while_an_attempt_is_under_way() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let receiver = Receiver::start_held().await;
    let (id, _) = register(&app, &tab, &receiver.url, &["account.created"]).await;
    let queued = app
        .post(&tab, &format!("/api/staff/webhooks/{id}/test"), &json!({}))
        .await;
    let delivery_id = json(queued).await["delivery_id"].as_i64().unwrap();
    receiver.wait_for(1).await;
    let sending = newest_delivery_when(&app, &tab, id, |d| d["sending"] == true).await;
    assert_eq!(sending["status"], "pending");
    assert!(sending["attempts"].as_array().unwrap().is_empty());

    let retry = format!("/api/staff/webhooks/{id}/deliveries/{delivery_id}/retry");
    let refused = app.post(&tab, &retry, &json!({})).await;
    assert_eq!(refused.status(), 409);
    let body = json(refused).await;
    assert_eq!(body["code"], "conflict");
    assert!(body["message"].as_str().unwrap().contains("being sent"));

    receiver.release();
    let delivered = newest_delivery_when(&app, &tab, id, |d| d["status"] == "delivered").await;
    assert_eq!(delivered["sending"], false);
    assert_eq!(delivered["attempts"].as_array().unwrap().len(), 1);
    assert_eq!(
        receiver.received().len(),
        1,
        "the refused retry sent nothing"
    );

    // Finished, it may be sent again: the same event, once more.
    assert_eq!(app.post(&tab, &retry, &json!({})).await.status(), 202);
    let received = receiver.wait_for(2).await;
    assert_eq!(received[1].body, received[0].body);
}

#[tokio::test]
async fn a_redirect_is_a_failed_attempt_and_is_not_followed() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    // Its redirect points back at itself: following it would show as a second request.
    let receiver = Receiver::start(&[307]).await;
    let (id, _) = register(&app, &tab, &receiver.url, &["account.created"]).await;
    app.post(&tab, &format!("/api/staff/webhooks/{id}/test"), &json!({}))
        .await;
    let failed = newest_delivery_when(&app, &tab, id, |d| {
        !d["attempts"].as_array().unwrap().is_empty()
    })
    .await;
    assert_eq!(failed["status"], "pending");
    assert_eq!(failed["attempts"][0]["status_code"], 307);
    assert_eq!(
        failed["next_attempt_at"].as_i64().unwrap() - app.clock.now(),
        30,
        "retried later like any failure"
    );
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(receiver.received().len(), 1);
}

#[tokio::test]
async fn a_rolled_secret_signs_beside_the_previous_one_for_a_day() {
    let app = spawn_app().await;
    let staff = app
        .create_user(Role::Staff, "sam@example.com", "staff password here")
        .await;
    let tab = app.signed_in(&staff).await;
    let receiver = Receiver::start(&[]).await;
    let (id, old) = register(&app, &tab, &receiver.url, &["account.created"]).await;
    let ping = |tab: reqwest::Client, n: usize| {
        let (app, receiver) = (&app, &receiver);
        async move {
            let queued = app
                .post(&tab, &format!("/api/staff/webhooks/{id}/test"), &json!({}))
                .await;
            assert_eq!(queued.status(), 202);
            receiver.wait_for(n).await.remove(n - 1)
        }
    };
    assert_eq!(signatures(&ping(tab.clone(), 1).await).len(), 1);

    let rolled = app
        .post(
            &tab,
            &format!("/api/staff/webhooks/{id}/secret"),
            &json!({}),
        )
        .await;
    assert_eq!(rolled.status(), 200);
    let rolled = json(rolled).await;
    let new = rolled["secret"].as_str().unwrap().to_string();
    assert!(new.starts_with("whsec_") && new != old);
    assert_eq!(rolled["webhook"]["secret_prefix"], new[..10]);
    let until = rolled["webhook"]["previous_secret_until"].as_i64().unwrap();
    assert_eq!(until - app.clock.now(), 24 * 3600);
    let listed = json(app.get(&tab, "/api/staff/webhooks").await).await;
    assert_eq!(listed["webhooks"][0]["previous_secret_until"], until);
    assert!(!listed.to_string().contains(&new), "shown once only");

    // For a day, both: a receiver on either secret accepts the delivery.
    let during = ping(tab.clone(), 2).await;
    assert_eq!(signatures(&during).len(), 2);
    assert!(verify(&new, &during) && verify(&old, &during));

    // The new secret was lost before the receiver had it: rolling again a little later keeps
    // the one the receiver still uses signing, beside the lost one and the newest.
    app.clock.advance(20 * 60);
    let roll = || {
        let (app, tab) = (&app, &tab);
        async move {
            app.post(tab, &format!("/api/staff/webhooks/{id}/secret"), &json!({}))
                .await
        }
    };
    let again = json(roll().await).await;
    let newest = again["secret"].as_str().unwrap().to_string();
    assert_eq!(
        again["webhook"]["previous_secret_until"].as_i64().unwrap() - app.clock.now(),
        24 * 3600
    );
    let later = ping(tab.clone(), 3).await;
    assert_eq!(signatures(&later).len(), 3);
    assert!([&newest, &new, &old].iter().all(|s| verify(s, &later)));

    // Three earlier secrets at once at most: then rolling waits for the oldest to stop.
    assert_eq!(roll().await.status(), 200);
    let refused = roll().await;
    assert_eq!(refused.status(), 409);
    let message = json(refused).await["message"].as_str().unwrap().to_string();
    assert!(message.contains("in about 24 hours"), "{message}");
    let current = json(app.get(&tab, "/api/staff/webhooks").await).await["webhooks"][0]
        ["secret_prefix"]
        .clone();
    assert_ne!(current, json!(newest[..10]), "the third roll took");

    // A day after the last roll, only the current secret signs.
    app.clock.advance(24 * 3600);
    // A day later: a new session, as for anyone.
    let tab = app.signed_in(&staff).await;
    let after = ping(tab.clone(), 4).await;
    assert_eq!(signatures(&after).len(), 1);
    assert!([&newest, &new, &old].iter().all(|s| !verify(s, &after)));
    let listed = json(app.get(&tab, "/api/staff/webhooks").await).await;
    assert!(listed["webhooks"][0]["previous_secret_until"].is_null());
    assert_eq!(app.events_of("webhook.secret_rolled").await.len(), 3);

    assert_eq!(
        app.post(
            &tab,
            &format!("/api/staff/webhooks/{}/secret", id + 1),
            &json!({})
        )
        .await
        .status(),
        404
    );
}
