use portico_api::Role;
use portico_server::clock::Clock;
use serde_json::{json, Value};

use crate::helpers::{browser, json, spawn_app, token_in, TestApp};

async fn create(app: &TestApp, tab: &reqwest::Client, body: Value) -> reqwest::Response {
    app.post(tab, "/api/staff/clients", &body).await
}

#[tokio::test]
async fn every_staff_endpoint_refuses_anonymous_callers_and_clients() {
    let app = spawn_app().await;
    let client = app
        .create_user(Role::Client, "c@example.com", "client password")
        .await;
    let client_tab = app.signed_in(&client).await;
    let id = client.id;
    let endpoints: Vec<(&str, String)> = vec![
        ("GET", "/api/staff/clients".into()),
        ("POST", "/api/staff/clients".into()),
        ("GET", format!("/api/staff/clients/{id}")),
        ("POST", format!("/api/staff/clients/{id}/password")),
        ("POST", format!("/api/staff/clients/{id}/reset")),
        ("POST", format!("/api/staff/clients/{id}/archive")),
        ("POST", format!("/api/staff/clients/{id}/unarchive")),
        ("GET", "/api/staff/outbox".into()),
        ("GET", "/api/staff/outbox/1".into()),
        ("POST", "/api/staff/outbox/1/retry".into()),
        ("GET", "/api/staff/activity".into()),
        ("GET", "/api/staff/activity.csv".into()),
        ("GET", "/api/portal/login-text".into()),
        ("PUT", "/api/portal/login-text".into()),
        ("GET", "/api/staff/settings".into()),
        ("PUT", "/api/staff/settings".into()),
        ("GET", "/api/staff/webhooks".into()),
        ("POST", "/api/staff/webhooks".into()),
        ("DELETE", "/api/staff/webhooks/1".into()),
        ("GET", "/api/staff/webhooks/1/deliveries".into()),
        ("POST", "/api/staff/webhooks/1/test".into()),
        ("POST", "/api/staff/webhooks/1/deliveries/1/retry".into()),
    ];
    for (method, path) in endpoints {
        for (who, tab, expected) in [
            ("anonymous", browser(), 401),
            ("client", client_tab.clone(), 403),
        ] {
            let request = tab.request(method.parse().unwrap(), format!("{}{path}", app.url));
            let request = if method == "GET" {
                request
            } else {
                request.json(&json!({ "name": "X", "email": "x@example.com", "markdown": "x" }))
            };
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), expected, "{who} {method} {path}");
        }
    }
    let (clients, _): (Vec<_>, i64) = app
        .state
        .store
        .client_page(
            "",
            portico_server::store::clients::StatusFilter::All,
            Default::default(),
            1,
            50,
            0,
        )
        .await
        .unwrap();
    assert_eq!(clients.len(), 1, "nothing was created");
}

#[tokio::test]
async fn a_client_created_with_instructions_gets_a_link_and_the_staff_message() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let response = create(
        &app,
        &tab,
        json!({
            "name": "Grace Hopper",
            "email": "Grace@Example.com",
            "send_instructions": true,
            "message": "Welcome aboard!"
        }),
    )
    .await;
    assert_eq!(response.status(), 201);
    let body = json(response).await;
    assert_eq!(
        body["message"],
        "Account successfully created and reset password email sent."
    );
    assert_eq!(body["client"]["password"]["state"], "link_pending");
    assert_eq!(body["client"]["email"], "Grace@Example.com");

    let outbox = app.outbox().await;
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].subject, "Your Client Portal account");
    let text = app.rendered_text(&outbox[0]).await;
    assert!(text.contains("Welcome aboard!"));
    let token = token_in(&text);
    let check = app
        .post(
            &browser(),
            "/api/password-reset/check",
            &json!({ "token": token }),
        )
        .await;
    assert_eq!(check.status(), 200);
    assert!(!app.events_of("account.created").await.is_empty());
}

#[tokio::test]
async fn a_client_created_with_a_password_must_change_it_and_gets_no_mail_unasked() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let body = json(
        create(
            &app,
            &tab,
            json!({ "name": "Alan Turing", "email": "alan@example.com", "password": "enigma machine 1912" }),
        )
        .await,
    )
    .await;
    assert_eq!(body["message"], "Account successfully created.");
    assert_eq!(body["client"]["password"]["state"], "must_change");
    assert!(app.outbox().await.is_empty());

    let kept = json(
        create(
            &app,
            &tab,
            json!({ "name": "Kept", "email": "kept@example.com", "password": "enigma machine 1912", "require_change": false }),
        )
        .await,
    )
    .await;
    assert_eq!(kept["client"]["password"]["state"], "set");
    let none = json(
        create(
            &app,
            &tab,
            json!({ "name": "No Password", "email": "none@example.com" }),
        )
        .await,
    )
    .await;
    assert_eq!(none["client"]["password"]["state"], "never_set");
}

#[tokio::test]
async fn a_duplicate_or_invalid_client_is_refused_per_field_and_creates_nothing() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    create(&app, &tab, json!({ "name": "A", "email": "a@example.com" })).await;
    let dup = create(
        &app,
        &tab,
        json!({ "name": "B", "email": "A@EXAMPLE.com", "send_instructions": true }),
    )
    .await;
    assert_eq!(dup.status(), 400);
    let dup = json(dup).await;
    assert_eq!(dup["fields"][0]["field"], "email");
    assert_eq!(
        dup["fields"][0]["message"],
        "An account with this email already exists."
    );
    assert!(
        app.outbox().await.is_empty(),
        "no instructions for a refused client"
    );

    let bad = json(
        create(
            &app,
            &tab,
            json!({ "name": "", "email": "nope", "password": "123456789" }),
        )
        .await,
    )
    .await;
    let fields: Vec<&str> = bad["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "email", "password"]);
    let page = json(app.get(&tab, "/api/staff/clients").await).await;
    assert_eq!(page["total"], 1);
}

#[tokio::test]
async fn the_board_searches_and_pages_on_the_server() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    for i in 0..60 {
        app.state
            .store
            .create_account(
                portico_server::store::accounts::NewAccount {
                    email: &format!("client{i:02}@example.com"),
                    name: &format!("Client {i:02}"),
                    role: Role::Client,
                    password_hash: None,
                },
                app.clock.now(),
            )
            .await
            .unwrap();
    }
    create(
        &app,
        &tab,
        json!({ "name": "Percy 100%", "email": "percy@example.org" }),
    )
    .await;
    let first = json(app.get(&tab, "/api/staff/clients").await).await;
    assert_eq!(first["total"], 61);
    assert_eq!(first["clients"].as_array().unwrap().len(), 50);
    assert_eq!(first["clients"][0]["name"], "Client 00");
    let second = json(app.get(&tab, "/api/staff/clients?page=2").await).await;
    assert_eq!(second["clients"].as_array().unwrap().len(), 11);

    let by_name = json(app.get(&tab, "/api/staff/clients?q=CLIENT%2042").await).await;
    assert_eq!(by_name["total"], 1);
    let by_email = json(app.get(&tab, "/api/staff/clients?q=example.org").await).await;
    assert_eq!(by_email["clients"][0]["name"], "Percy 100%");
    let literal = json(app.get(&tab, "/api/staff/clients?q=100%25").await).await;
    assert_eq!(literal["total"], 1, "% is a character, not a wildcard");
    let staff_hidden = json(app.get(&tab, "/api/staff/clients?q=sam").await).await;
    assert_eq!(
        staff_hidden["total"], 0,
        "staff accounts are not on the client board"
    );
    let short = json(app.get(&tab, "/api/staff/clients?q=4").await).await;
    assert_eq!(
        short["total"], 15,
        "one character still searches: 04, 14, 24, 34, 40-49, 54"
    );
    create(
        &app,
        &tab,
        json!({ "name": "Ángel Núñez \"Quotes\"", "email": "angel@example.net" }),
    )
    .await;
    let unicode = json(app.get(&tab, "/api/staff/clients?q=%C3%A1NGEL").await).await;
    assert_eq!(unicode["total"], 1, "any letter case, beyond ASCII");
    let quoted = json(app.get(&tab, "/api/staff/clients?q=%22Quotes%22").await).await;
    assert_eq!(quoted["total"], 1, "quotes are characters, not syntax");
    let operators = json(app.get(&tab, "/api/staff/clients?q=Client%20OR%20x*").await).await;
    assert_eq!(
        operators["total"], 0,
        "search operators are not interpreted"
    );
    let bad = app.get(&tab, "/api/staff/clients?status=deleted").await;
    assert_eq!(bad.status(), 400);
}

#[tokio::test]
async fn the_board_sorts_by_name_email_or_last_sign_in_either_way() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    // Names and emails in opposite orders; two of them have signed in, at different times.
    for (name, email) in [
        ("Ada", "zed@example.com"),
        ("Bea", "yan@example.com"),
        ("Cy", "xia@example.com"),
    ] {
        app.create_user(Role::Client, email, "a client password")
            .await;
        sqlx::query("UPDATE accounts SET display_name = $1 WHERE email = $2")
            .bind(name)
            .bind(email)
            .execute(app.state.store.pool())
            .await
            .unwrap();
    }
    for (email, at) in [("zed@example.com", 100), ("xia@example.com", 200)] {
        sqlx::query("UPDATE accounts SET last_sign_in_at = $1 WHERE email = $2")
            .bind(at)
            .bind(email)
            .execute(app.state.store.pool())
            .await
            .unwrap();
    }
    let names = |body: serde_json::Value| -> Vec<String> {
        body["clients"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_string())
            .collect()
    };
    for (query, expected) in [
        ("", ["Ada", "Bea", "Cy"]),
        ("?sort=name&order=desc", ["Cy", "Bea", "Ada"]),
        ("?sort=email", ["Cy", "Bea", "Ada"]),
        ("?sort=email&order=desc", ["Ada", "Bea", "Cy"]),
        // Ascending, "never" is the oldest; descending, the latest first and "never" last.
        ("?sort=last_sign_in", ["Bea", "Ada", "Cy"]),
        ("?sort=last_sign_in&order=desc", ["Cy", "Ada", "Bea"]),
    ] {
        let body = json(app.get(&tab, &format!("/api/staff/clients{query}")).await).await;
        assert_eq!(names(body), expected, "{query}");
    }
    for bad in ["?sort=password", "?order=up"] {
        assert_eq!(
            app.get(&tab, &format!("/api/staff/clients{bad}"))
                .await
                .status(),
            400,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn staff_set_a_password_that_is_shown_once_and_ends_the_clients_sessions() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let client = app
        .create_user(Role::Client, "c@example.com", "client password")
        .await;
    let client_tab = app.signed_in(&client).await;
    let path = format!("/api/staff/clients/{}/password", client.id);

    let weak = app
        .post(&tab, &path, &json!({ "password": "password" }))
        .await;
    assert_eq!(weak.status(), 400);
    let set = app.post(&tab, &path, &json!({})).await;
    assert_eq!(set.status(), 200);
    let set = json(set).await;
    let generated = set["password"].as_str().unwrap().to_string();
    assert_eq!(generated.len(), 29, "{generated}");
    assert_eq!(app.get(&client_tab, "/api/session").await.status(), 401);
    let first = app.sign_in(&browser(), &client.email, &generated).await;
    assert_eq!(
        first.status(),
        403,
        "right password, but it must be replaced"
    );
    assert_eq!(json(first).await["code"], "password_change_required");
    let detail = json(
        app.get(&tab, &format!("/api/staff/clients/{}", client.id))
            .await,
    )
    .await;
    assert_eq!(detail["client"]["password"]["state"], "must_change");
    let notice = &app.outbox().await[0];
    assert!(notice
        .body_text
        .contains("By the people who run the portal"));
    assert!(!notice.body_text.contains(&generated), "never emailed");
    let dump: Vec<(String,)> = sqlx::query_as("SELECT COALESCE(detail, '') FROM events")
        .fetch_all(app.state.store.pool())
        .await
        .unwrap();
    assert!(
        dump.iter().all(|(d,)| !d.contains(&generated)),
        "never logged"
    );
}

#[tokio::test]
async fn staff_send_a_reset_and_see_the_link_until_the_reuse_window_ends() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let client = app
        .create_user(Role::Client, "c@example.com", "client password")
        .await;
    let path = format!("/api/staff/clients/{}/reset", client.id);
    let first = json(app.post(&tab, &path, &json!({})).await).await;
    assert_eq!(first["message"], "Reset password email sent.");
    let link = first["reset_link"]["link"].as_str().unwrap().to_string();
    assert!(link.starts_with(&format!("{}/reset-password#token=", app.url)));
    let again = json(app.post(&tab, &path, &json!({})).await).await;
    assert_eq!(
        again["reset_link"]["link"],
        link.as_str(),
        "same link within the window"
    );
    assert_eq!(app.outbox().await.len(), 2, "sent twice");

    let detail_path = format!("/api/staff/clients/{}", client.id);
    let detail = json(app.get(&tab, &detail_path).await).await;
    assert_eq!(detail["reset_link"]["link"], link.as_str());
    app.clock.advance(16 * 3600);
    let staff = crate::helpers::TestUser {
        id: 0,
        email: "sam@example.com".into(),
        password: "staff password here".into(),
    };
    let tab = app.signed_in(&staff).await; // the earlier session has gone idle
    let later = json(app.get(&tab, &detail_path).await).await;
    assert!(
        later["reset_link"].is_null(),
        "the panel goes after the window"
    );
    assert_eq!(later["client"]["password"]["state"], "link_pending");
}

#[tokio::test]
async fn archived_clients_cannot_be_reset_and_lose_their_sessions() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let client = app
        .create_user(Role::Client, "c@example.com", "client password")
        .await;
    let client_tab = app.signed_in(&client).await;
    let archived = app
        .post(
            &tab,
            &format!("/api/staff/clients/{}/archive", client.id),
            &json!({}),
        )
        .await;
    assert_eq!(json(archived).await["client"]["status"], "archived");
    assert_eq!(app.get(&client_tab, "/api/session").await.status(), 401);

    let reset = app
        .post(
            &tab,
            &format!("/api/staff/clients/{}/reset", client.id),
            &json!({}),
        )
        .await;
    assert_eq!(reset.status(), 409);
    assert_eq!(
        json(reset).await["message"],
        "You cannot reset the password for an archived account."
    );
    let set = app
        .post(
            &tab,
            &format!("/api/staff/clients/{}/password", client.id),
            &json!({}),
        )
        .await;
    assert_eq!(set.status(), 409);
    assert!(app.outbox().await.is_empty());

    let restored = app
        .post(
            &tab,
            &format!("/api/staff/clients/{}/unarchive", client.id),
            &json!({}),
        )
        .await;
    assert_eq!(json(restored).await["client"]["status"], "active");
    assert_eq!(
        app.sign_in(&browser(), &client.email, &client.password)
            .await
            .status(),
        200
    );
    let missing = app
        .post(&tab, "/api/staff/clients/9999/archive", &json!({}))
        .await;
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn the_outbox_lists_shows_without_links_and_retries_failed_mail() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let client = app
        .create_user(Role::Client, "c@example.com", "client password")
        .await;
    app.post(
        &tab,
        &format!("/api/staff/clients/{}/reset", client.id),
        &json!({}),
    )
    .await;
    let page = json(app.get(&tab, "/api/staff/outbox").await).await;
    assert_eq!(page["total"], 1);
    let id = page["messages"][0]["id"].as_i64().unwrap();
    assert_eq!(page["messages"][0]["status"], "queued");
    let shown = json(app.get(&tab, &format!("/api/staff/outbox/{id}")).await).await;
    let body = shown["body_text"].as_str().unwrap();
    assert!(body.contains("[the reset link, filled in when the email is sent]"));
    assert!(!body.contains("#token="));

    let not_failed = app
        .post(&tab, &format!("/api/staff/outbox/{id}/retry"), &json!({}))
        .await;
    assert_eq!(not_failed.status(), 409);
    app.state
        .store
        .mark_mail_attempt_failed(id, "550 mailbox unavailable", None)
        .await
        .unwrap();
    let failed = json(app.get(&tab, "/api/staff/outbox").await).await;
    assert_eq!(failed["messages"][0]["status"], "failed");
    assert_eq!(
        failed["messages"][0]["last_error"],
        "550 mailbox unavailable"
    );
    let retried = app
        .post(&tab, &format!("/api/staff/outbox/{id}/retry"), &json!({}))
        .await;
    assert_eq!(retried.status(), 200);
    assert_eq!(json(retried).await["status"], "queued");
    assert_eq!(app.get(&tab, "/api/staff/outbox/999").await.status(), 404);
}

#[tokio::test]
async fn activity_is_newest_first_and_filters_by_client_and_kind() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let client = app
        .create_user(Role::Client, "c@example.com", "client password")
        .await;
    app.sign_in(&browser(), &client.email, "wrong password")
        .await;
    app.sign_in(&browser(), &client.email, &client.password)
        .await;
    let all = json(app.get(&tab, "/api/staff/activity").await).await;
    assert!(all["total"].as_i64().unwrap() >= 3);
    let mine = json(
        app.get(
            &tab,
            &format!("/api/staff/activity?account_id={}", client.id),
        )
        .await,
    )
    .await;
    let kinds: Vec<&str> = mine["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["sign_in.succeeded", "sign_in.failed"]);
    assert_eq!(mine["entries"][0]["account_email"], "c@example.com");
    let failures = json(
        app.get(&tab, "/api/staff/activity?kind=sign_in.failed")
            .await,
    )
    .await;
    assert_eq!(failures["total"], 1);
    let family = json(
        app.get(
            &tab,
            &format!("/api/staff/activity?kind=sign_in&account_id={}", client.id),
        )
        .await,
    )
    .await;
    assert_eq!(family["total"], 2);
}

#[tokio::test]
async fn clients_added_at_the_same_time_are_all_created() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let mut tasks = Vec::new();
    for i in 0..24 {
        let (tab, url) = (tab.clone(), app.url.clone());
        tasks.push(tokio::spawn(async move {
            tab.post(format!("{url}/api/staff/clients"))
                .json(&json!({ "name": format!("Parallel {i}"), "email": format!("p{i}@example.com") }))
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), 201);
    }
    let board = json(app.get(&tab, "/api/staff/clients?q=parallel").await).await;
    assert_eq!(board["total"], 24);
}

#[tokio::test]
async fn activity_names_who_acted_filters_by_email_and_exports_csv() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let created = create(
        &app,
        &tab,
        json!({ "name": "Ada Lovelace", "email": "ada@example.com", "send_instructions": false }),
    )
    .await;
    assert_eq!(created.status(), 201);
    let id = json(created).await["client"]["id"].as_i64().unwrap();
    let sent = app
        .post(&tab, &format!("/api/staff/clients/{id}/reset"), &json!({}))
        .await;
    assert_eq!(sent.status(), 200);
    // Someone else's event, which the filter must leave out.
    app.create_user(Role::Client, "other@example.com", "other password")
        .await;
    app.sign_in(&browser(), "other@example.com", "wrong password")
        .await;

    let page = json(
        app.get(&tab, "/api/staff/activity?email=ADA@example.com")
            .await,
    )
    .await;
    let entries = page["entries"].as_array().unwrap();
    assert!(!entries.is_empty());
    for entry in entries {
        assert_eq!(entry["account_email"], "ada@example.com", "{entry}");
    }
    let reset = entries
        .iter()
        .find(|e| e["kind"] == "password_reset.requested")
        .expect("the staff reset");
    assert_eq!(reset["account_name"], "Ada Lovelace");
    assert_eq!(reset["actor"]["name"], "Test Person");
    assert!(entries
        .iter()
        .any(|e| e["kind"] == "account.created" && e["actor"]["name"] == "Test Person"));

    let csv = app
        .get(
            &tab,
            "/api/staff/activity.csv?email=ada@example.com&kind=account",
        )
        .await;
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(csv.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    let body = csv.text().await.unwrap();
    let lines: Vec<&str> = body.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 2, "{body}");
    assert!(
        lines[1].contains(",account.created,Ada Lovelace,ada@example.com,,Test Person,"),
        "{body}"
    );
}

#[tokio::test]
async fn a_client_list_status_outside_the_three_is_a_400_naming_the_choices() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let answer = app.get(&tab, "/api/staff/clients?status=deleted").await;
    assert_eq!(answer.status(), 400);
    let body = json(answer).await;
    assert!(
        body["message"].as_str().unwrap().contains("active"),
        "{body}"
    );
}
