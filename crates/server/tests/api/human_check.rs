//! The human check (issue 14): when a request needs one, what the answer says, and which
//! solutions count. A solver written from the ALTCHA format alone answers the challenges.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use portico_api::human_check::{HumanCheckChallenge, HumanCheckSolution};
use portico_api::Role;
use portico_server::clock::Clock;
use portico_server::human_check::{self, Action, Level, LIFETIME_SECS};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::helpers::{browser, json, spawn_app_configured, TestApp};

async fn ask(app: &TestApp, email: &str, solution: Option<&str>) -> reqwest::Response {
    let mut body = json!({ "email": email });
    if let Some(solution) = solution {
        body["human_check"] = solution.into();
    }
    app.post(&browser(), "/api/password-reset", &body).await
}

fn solve(challenge: &HumanCheckChallenge) -> String {
    let number = (0..=challenge.maxnumber)
        .find(|n| {
            let digest = Sha256::digest(format!("{}{n}", challenge.salt));
            digest
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
                == challenge.challenge
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
    let for_sign_in =
        human_check::issue(&app.state.keys, Action::SignIn, Level::Light, now).unwrap();
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
