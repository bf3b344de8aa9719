//! The human check (issue 14): when a request needs one, what the answer says, and which
//! solutions count. A solver written from the ALTCHA format alone answers the challenges.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use portico_api::human_check::{HumanCheckChallenge, HumanCheckSolution};
use portico_api::settings::HumanCheckMode;
use portico_api::Role;
use portico_server::clock::Clock;
use portico_server::human_check::{self, Action, Ask, Level, LIFETIME_SECS};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::automations::{call, new_key};
use crate::helpers::{browser, json, spawn_app, spawn_app_configured, TestApp};

/// POSTs `body` from `client`, with `solution` in the `Human-Check` header if there is one.
async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    body: &Value,
    solution: Option<&str>,
) -> reqwest::Response {
    let mut request = client.post(format!("{}{path}", app.url)).json(body);
    if let Some(solution) = solution {
        request = request.header("Human-Check", solution);
    }
    request.send().await.unwrap()
}

async fn ask(app: &TestApp, email: &str, solution: Option<&str>) -> reqwest::Response {
    let body = json!({ "email": email });
    post(app, &browser(), "/api/password-reset", &body, solution).await
}

async fn sign_in(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
    solution: Option<&str>,
) -> reqwest::Response {
    let body = json!({ "email": email, "password": password });
    post(app, client, "/api/session", &body, solution).await
}

fn solve(challenge: &HumanCheckChallenge) -> String {
    let number = (0..=challenge.maxnumber)
        .find(|n| {
            let digest = Sha256::digest(format!("{}{n}", challenge.salt));
            portico_server::keys::hex(&digest) == challenge.challenge
        })
        .expect("every challenge has a solution");
    let solution = HumanCheckSolution::answer(challenge, number, Some(20));
    STANDARD.encode(serde_json::to_vec(&solution).unwrap())
}

/// The 428's body: its message and the challenge it carries.
async fn asked(response: reqwest::Response) -> (String, HumanCheckChallenge) {
    assert_eq!(response.status(), 428);
    let body: Value = json(response).await;
    assert_eq!(body["code"], "human_check_required");
    let challenge = serde_json::from_value(body["human_check"].clone()).unwrap();
    (body["message"].as_str().unwrap().to_string(), challenge)
}

#[tokio::test]
async fn past_its_allowance_an_address_is_asked_for_a_check_and_a_solved_one_gets_the_link() {
    let app = spawn_app_configured(|_, s| s.reset_limit_per_ip = 2).await;
    let user = app
        .create_user(Role::Client, "ada@example.com", "an old password")
        .await;
    for email in ["x@example.com", "y@example.com"] {
        assert_eq!(ask(&app, email, None).await.status(), 202);
    }
    let (message, challenge) = asked(ask(&app, &user.email, None).await).await;
    assert!(message.contains("needs a human check"), "{message}");
    assert_eq!(challenge.maxnumber, Level::Light.max_number());
    assert!(challenge.salt.contains("action=reset_request"));
    let asked_events = app.wait_for_events("human_check.asked", 1).await;
    assert_eq!(asked_events[0].email.as_deref(), Some("ada@example.com"));
    app.wait_for_events("password_reset.requested", 2).await;

    // Solved: the request goes through, and the link is sent.
    let solution = solve(&challenge);
    assert_eq!(ask(&app, &user.email, Some(&solution)).await.status(), 202);
    app.wait_for_events("human_check.passed", 1).await;
    app.wait_for_events("password_reset.requested", 3).await;
    app.wait_for_events("mail.queued", 1).await;

    // Once only.
    let (message, _) = asked(ask(&app, "z@example.com", Some(&solution)).await).await;
    assert!(message.contains("already been used"), "{message}");
    // A flood of questions is one event an hour, not one each.
    asked(ask(&app, "z@example.com", None).await).await;
    assert_eq!(app.events_of("human_check.asked").await.len(), 1);
    assert_eq!(app.events_of("human_check.failed").await.len(), 0);
}

#[tokio::test]
async fn wrong_expired_and_other_action_solutions_are_refused_each_with_its_reason() {
    let app = spawn_app_configured(|_, s| s.reset_limit_per_ip = 1).await;
    assert_eq!(ask(&app, "x@example.com", None).await.status(), 202);
    let (_, challenge) = asked(ask(&app, "a@example.com", None).await).await;

    let mut wrong: Value =
        serde_json::from_slice(&STANDARD.decode(solve(&challenge)).unwrap()).unwrap();
    wrong["number"] = (wrong["number"].as_u64().unwrap() + 1).into();
    let wrong = STANDARD.encode(wrong.to_string());
    let (message, _) = asked(ask(&app, "a@example.com", Some(&wrong)).await).await;
    assert!(message.contains("not correct"), "{message}");

    let (message, _) = asked(ask(&app, "a@example.com", Some("not base64!")).await).await;
    assert!(message.contains("could not be read"), "{message}");

    let now = app.clock.now();
    let sign_in_ask = Ask {
        action: Action::SignIn,
        level: Level::Light,
        source: "a@example.com",
    };
    let for_sign_in = human_check::issue(&app.state.keys, sign_in_ask, now).unwrap();
    let (message, _) = asked(ask(&app, "a@example.com", Some(&solve(&for_sign_in))).await).await;
    assert!(message.contains("issued for something else"), "{message}");

    let late = solve(&challenge);
    app.clock.advance(LIFETIME_SECS + 1);
    let (message, _) = asked(ask(&app, "a@example.com", Some(&late)).await).await;
    assert!(message.contains("expired"), "{message}");
    // Nothing refused was let through: only the first request was ever taken.
    app.wait_for_events("password_reset.requested", 1).await;
    assert_eq!(app.events_of("password_reset.requested").await.len(), 1);
}

#[tokio::test]
async fn the_difficulty_rises_with_the_requests_past_the_allowance() {
    let app = spawn_app_configured(|_, s| s.reset_limit_per_ip = 1).await;
    assert_eq!(ask(&app, "x@example.com", None).await.status(), 202);
    let mut levels = Vec::new();
    for i in 0..6 {
        let email = format!("u{i}@example.com");
        let (_, challenge) = asked(ask(&app, &email, None).await).await;
        levels.push(challenge.maxnumber);
        assert_eq!(
            ask(&app, &email, Some(&solve(&challenge))).await.status(),
            202
        );
    }
    let (_, next) = asked(ask(&app, "v@example.com", None).await).await;
    levels.push(next.maxnumber);
    assert_eq!(levels[..5], [Level::Light.max_number(); 5]);
    assert_eq!(levels[5..], [Level::Firm.max_number(); 2]);
    assert_eq!(app.events_of("human_check.passed").await.len(), 6);
}

#[tokio::test]
async fn sign_in_past_the_free_failures_asks_unknown_devices_and_a_solved_check_lets_the_person_in()
{
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "ada@example.com", "correct horse battery")
        .await;
    for _ in 0..5 {
        let guess = sign_in(&app, &browser(), &user.email, "a guess", None).await;
        assert_eq!(guess.status(), 401);
    }
    // The person, on a new phone: asked, where before checks they got 429.
    let phone = browser();
    let (message, challenge) =
        asked(sign_in(&app, &phone, &user.email, &user.password, None).await).await;
    assert!(message.contains("needs a human check"), "{message}");
    assert!(challenge.salt.contains("action=sign_in"));
    assert_eq!(challenge.maxnumber, Level::Light.max_number());
    let solution = solve(&challenge);
    let signed_in = sign_in(&app, &phone, &user.email, &user.password, Some(&solution)).await;
    assert_eq!(signed_in.status(), 200);
    assert_eq!(app.events_of("human_check.passed").await.len(), 1);
    assert_eq!(app.events_of("human_check.asked").await.len(), 1);

    // The attacker's every further guess, past the free ones again, costs a check, and
    // the checks grow harder.
    let attacker = browser();
    for _ in 0..5 {
        let guess = sign_in(&app, &attacker, &user.email, "a guess", None).await;
        assert_eq!(guess.status(), 401);
    }
    let mut levels = Vec::new();
    for _ in 0..8 {
        let (_, challenge) =
            asked(sign_in(&app, &attacker, &user.email, "a guess", None).await).await;
        levels.push(challenge.maxnumber);
        let solution = solve(&challenge);
        let guess = sign_in(&app, &attacker, &user.email, "a guess", Some(&solution)).await;
        assert_eq!(guess.status(), 401, "checked, then the password is wrong");
    }
    assert_eq!(levels[0], Level::Light.max_number());
    assert_eq!(*levels.last().unwrap(), Level::Firm.max_number());
    // Questions to one account are one event an hour, however many.
    assert_eq!(app.events_of("human_check.asked").await.len(), 1);
}

#[tokio::test]
async fn a_challenge_got_on_a_throwaway_email_or_at_a_lower_level_does_not_answer_for_another() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "ada@example.com", "correct horse battery")
        .await;
    for email in ["throwaway@example.com", &user.email] {
        for _ in 0..5 {
            sign_in(&app, &browser(), email, "a guess", None).await;
        }
    }
    let (_, cheap) =
        asked(sign_in(&app, &browser(), "throwaway@example.com", "x", None).await).await;
    let (message, _) = asked(
        sign_in(
            &app,
            &browser(),
            &user.email,
            "a guess",
            Some(&solve(&cheap)),
        )
        .await,
    )
    .await;
    assert!(message.contains("issued for something else"), "{message}");

    // A light challenge kept while the account's level rose to firm.
    let (_, early) = asked(sign_in(&app, &browser(), &user.email, "x", None).await).await;
    for _ in 0..5 {
        let (_, c) = asked(sign_in(&app, &browser(), &user.email, "x", None).await).await;
        sign_in(&app, &browser(), &user.email, "x", Some(&solve(&c))).await;
    }
    let (message, now) =
        asked(sign_in(&app, &browser(), &user.email, "x", Some(&solve(&early))).await).await;
    assert!(
        message.contains("easier than this request now needs"),
        "{message}"
    );
    assert_eq!(now.maxnumber, Level::Firm.max_number());
}

#[tokio::test]
async fn a_known_device_is_never_asked_even_when_the_portal_always_asks() {
    let app = spawn_app_configured(|_, s| s.human_check = HumanCheckMode::Always).await;
    let user = app
        .create_user(Role::Client, "ada@example.com", "correct horse battery")
        .await;
    let laptop = browser();
    let (_, challenge) =
        asked(sign_in(&app, &laptop, &user.email, &user.password, None).await).await;
    let first = sign_in(
        &app,
        &laptop,
        &user.email,
        &user.password,
        Some(&solve(&challenge)),
    )
    .await;
    assert_eq!(first.status(), 200, "a new device: asked first");
    // Under attack from elsewhere, and in "always" mode: the laptop just signs in.
    for _ in 0..8 {
        let (_, challenge) = asked(sign_in(&app, &browser(), &user.email, "x", None).await).await;
        sign_in(&app, &browser(), &user.email, "x", Some(&solve(&challenge))).await;
    }
    let again = sign_in(&app, &laptop, &user.email, &user.password, None).await;
    assert_eq!(again.status(), 200);
}

#[tokio::test]
async fn with_the_check_off_limits_refuse_and_ignore_as_before() {
    let app = spawn_app_configured(|_, s| {
        s.human_check = HumanCheckMode::Off;
        s.reset_limit_per_ip = 1;
    })
    .await;
    for _ in 0..5 {
        sign_in(&app, &browser(), "ada@example.com", "a guess", None).await;
    }
    let refused = sign_in(&app, &browser(), "ada@example.com", "a guess", None).await;
    assert_eq!(refused.status(), 429);
    assert_eq!(ask(&app, "x@example.com", None).await.status(), 202);
    assert_eq!(
        ask(&app, "y@example.com", None).await.status(),
        202,
        "ignored"
    );
    app.wait_for_events("password_reset.throttled", 1).await;
    assert!(app.events_of("human_check.asked").await.is_empty());
}

#[tokio::test]
async fn the_portal_setting_wins_over_the_flag_and_bad_values_are_refused() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let mut settings = json(app.get(&tab, "/api/staff/settings").await).await;
    assert_eq!(settings["human_check"], "automatic");
    settings["human_check"] = "always".into();
    assert_eq!(
        app.put(&tab, "/api/staff/settings", &settings)
            .await
            .status(),
        200
    );
    asked(ask(&app, "x@example.com", None).await).await;
    settings["human_check"] = "sometimes".into();
    let bad = app.put(&tab, "/api/staff/settings", &settings).await;
    assert!(bad.status().is_client_error(), "{}", bad.status());
    let kept = json(app.get(&tab, "/api/staff/settings").await).await;
    assert_eq!(kept["human_check"], "always");
}

#[tokio::test]
async fn staff_past_their_allowance_are_asked_for_each_send_until_the_window_passes() {
    let app = spawn_app_configured(|_, s| {
        s.staff_sends_allowance = 3;
        s.staff_sends_window = 600;
    })
    .await;
    let tab = app.staff_tab().await;
    let mut ids = Vec::new();
    for i in 0..3 {
        // The first with its instructions email: still one send.
        let body = json!({ "name": format!("Client {i}"), "email": format!("c{i}@example.com"), "send_instructions": i == 0 });
        let created = post(&app, &tab, "/api/staff/clients", &body, None).await;
        assert_eq!(created.status(), 201);
        ids.push(json(created).await["client"]["id"].as_i64().unwrap());
    }
    // The fourth send in ten minutes: a reset email.
    let path = format!("/api/staff/clients/{}/reset", ids[0]);
    let (_, challenge) = asked(post(&app, &tab, &path, &json!({}), None).await).await;
    assert!(challenge.salt.contains("action=staff_send_reset"));
    let sent = post(&app, &tab, &path, &json!({}), Some(&solve(&challenge))).await;
    assert_eq!(sent.status(), 200);
    // A solution for a reset does not add a client.
    let (_, for_reset) = asked(post(&app, &tab, &path, &json!({}), None).await).await;
    let body = json!({ "name": "Late", "email": "late@example.com", "send_instructions": true });
    let (message, challenge) = asked(
        post(
            &app,
            &tab,
            "/api/staff/clients",
            &body,
            Some(&solve(&for_reset)),
        )
        .await,
    )
    .await;
    assert!(message.contains("issued for something else"), "{message}");
    assert!(challenge.salt.contains("action=staff_create_client"));
    let created = post(
        &app,
        &tab,
        "/api/staff/clients",
        &body,
        Some(&solve(&challenge)),
    )
    .await;
    assert_eq!(created.status(), 201);
    // Another staff member is not held up, and ten quiet minutes reset the count.
    let other = app
        .create_user(Role::Staff, "kim@example.com", "staff password two")
        .await;
    let kim = app.signed_in(&other).await;
    assert_eq!(
        post(&app, &kim, &path, &json!({}), None).await.status(),
        200
    );
    app.clock.advance(601);
    assert_eq!(
        post(&app, &tab, &path, &json!({}), None).await.status(),
        200
    );
    assert_eq!(app.events_of("human_check.passed").await.len(), 2);
    assert_eq!(app.events_of("human_check.asked").await.len(), 1);
}

#[tokio::test]
async fn automation_keys_are_never_asked_their_per_key_limit_stays() {
    let app = spawn_app_configured(|_, s| {
        s.staff_sends_allowance = 1;
        s.api_requests_per_minute = 5;
    })
    .await;
    let tab = app.staff_tab().await;
    let mut settings = json(app.get(&tab, "/api/staff/settings").await).await;
    settings["human_check"] = "always".into();
    let saved = app.put(&tab, "/api/staff/settings", &settings).await;
    assert_eq!(saved.status(), 200);
    app.create_user(Role::Client, "ada@example.com", "correct horse battery")
        .await;
    let (_, key) = new_key(&app, &tab, "Nightly").await;
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let answer = call(
            &app,
            &key,
            "send-reset",
            json!({ "email": "ada@example.com" }),
        )
        .await;
        statuses.push(answer.status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 200, 200, 200, 429]);
    assert!(app.events_of("human_check.asked").await.is_empty());
}

#[tokio::test]
async fn a_script_is_told_what_to_do_in_its_language() {
    use portico_api::lang::Lang;
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let mut settings = json(app.get(&tab, "/api/staff/settings").await).await;
    settings["human_check"] = "always".into();
    settings["languages"] = json!(["en", "de"]);
    let saved = app.put(&tab, "/api/staff/settings", &settings).await;
    assert_eq!(saved.status(), 200);
    let german = browser()
        .post(format!("{}/api/password-reset", app.url))
        .header("Origin", app.url.as_str())
        .header("Accept-Language", "de-CH, en;q=0.5")
        .json(&json!({ "email": "x@example.com" }))
        .send()
        .await
        .unwrap();
    let (message, _) = asked(german).await;
    let expected = portico_server::i18n::words(Lang::De).text_with(
        "error-human-check-missing",
        &[
            ("field", "`human_check`".into()),
            ("header", "`Human-Check`".into()),
        ],
    );
    assert_eq!(message, expected);
    assert!(message.contains("`Human-Check`"), "{message}");
    let (message, _) = asked(ask(&app, "x@example.com", None).await).await;
    assert!(message.contains("needs a human check"), "{message}");
}
