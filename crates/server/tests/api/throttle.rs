use portico_api::settings::HumanCheckMode;
use portico_api::Role;

use crate::helpers::*;

#[tokio::test]
async fn repeated_failures_are_throttled_with_retry_after_then_forgiven() {
    // With the human check off: unknown devices wait, as before the check existed.
    let app = spawn_app_configured(|_, s| s.human_check = HumanCheckMode::Off).await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    for _ in 0..5 {
        assert_eq!(
            app.sign_in(&browser(), &user.email, "wrong password")
                .await
                .status(),
            401
        );
    }
    // Blocked now, even with the right password: guessing gets no answer at all.
    let response = app.sign_in(&browser(), &user.email, &user.password).await;
    assert_eq!(response.status(), 429);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(retry_after, 30);
    let body = json(response).await;
    assert_eq!(body["code"], "throttled");
    assert_eq!(body["retry_after_secs"], 30);
    assert_eq!(
        body["message"],
        "Too many attempts. Try again in 30 seconds."
    );
    assert!(app
        .events()
        .await
        .iter()
        .any(|e| e.0 == "sign_in.throttled"));

    app.clock.advance(30);
    assert_eq!(
        app.sign_in(&browser(), &user.email, &user.password)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn unknown_emails_are_throttled_exactly_like_real_ones() {
    let app = spawn_app().await;
    app.create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let mut answers = Vec::new();
    for email in ["a@example.com", "nobody@example.com"] {
        let mut statuses = Vec::new();
        for _ in 0..7 {
            statuses.push(
                app.sign_in(&browser(), email, "wrong password")
                    .await
                    .status()
                    .as_u16(),
            );
        }
        answers.push(statuses);
    }
    assert_eq!(answers[0], answers[1]);
    // Past the free failures an unknown device is asked for a human check, the same way.
    assert_eq!(answers[0], vec![401, 401, 401, 401, 401, 428, 428]);
}

#[tokio::test]
async fn one_address_guessing_across_many_accounts_is_throttled() {
    let app = spawn_app().await;
    for i in 0..30 {
        let status = app
            .sign_in(
                &browser(),
                &format!("user{i}@example.com"),
                "wrong password",
            )
            .await
            .status();
        assert_eq!(status, 401, "attempt {i}");
    }
    let response = app
        .sign_in(&browser(), "fresh@example.com", "wrong password")
        .await;
    assert_eq!(response.status(), 428, "asked for a human check");
    app.clock.advance(15 * 60);
    assert_eq!(
        app.sign_in(&browser(), "fresh@example.com", "wrong")
            .await
            .status(),
        401,
        "never permanent"
    );
}

#[tokio::test]
async fn a_known_device_signs_in_while_the_account_is_throttled_for_unknown_devices() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    // The laptop has signed in before: it carries a device cookie for this account.
    let laptop = app.signed_in(&user).await;
    assert_eq!(
        laptop
            .delete(format!("{}/api/session", app.url))
            .send()
            .await
            .unwrap()
            .status(),
        204,
        "signed out, but still a known device"
    );
    // Someone elsewhere guesses, well past the free failures and through two blocks.
    for round in 0..3 {
        for _ in 0..6 {
            app.sign_in(&browser(), &user.email, "a guess").await;
        }
        let fresh = app.sign_in(&browser(), &user.email, &user.password).await;
        assert_eq!(
            fresh.status(),
            428,
            "round {round}: unknown devices are asked"
        );
        app.clock.advance(60 << round);
    }
    // The owner's laptop is never held up by it.
    assert_eq!(
        app.sign_in(&laptop, &user.email, &user.password)
            .await
            .status(),
        200
    );
    let known_failures = app
        .events_of("sign_in.throttled")
        .await
        .iter()
        .filter(|e| e.account_id == Some(user.id))
        .count();
    assert!(known_failures >= 1, "the blocks are logged");
}

#[tokio::test]
async fn a_known_device_has_its_own_count_and_a_forged_cookie_is_just_unknown() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let laptop = app.signed_in(&user).await;
    let phone = app.signed_in(&user).await;
    for _ in 0..5 {
        assert_eq!(
            app.sign_in(&laptop, &user.email, "typo").await.status(),
            401
        );
    }
    assert_eq!(
        app.sign_in(&laptop, &user.email, &user.password)
            .await
            .status(),
        429,
        "the laptop's own guesses throttle the laptop"
    );
    for client in [&phone, &browser()] {
        assert_eq!(
            app.sign_in(client, &user.email, &user.password)
                .await
                .status(),
            200,
            "but nobody else"
        );
    }
    // A cookie that was not made by this server for this account proves nothing.
    for _ in 0..5 {
        app.sign_in(&browser(), &user.email, "a guess").await;
    }
    let forged = reqwest::Client::new()
        .post(format!("{}/api/session", app.url))
        .header(
            "cookie",
            "portico_device=AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA",
        )
        .json(&serde_json::json!({ "email": user.email, "password": user.password }))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 428, "asked, like any unknown device");
}

#[tokio::test]
async fn throttling_survives_a_restart() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    for _ in 0..5 {
        app.sign_in(&browser(), &user.email, "a guess").await;
    }
    let restarted = spawn_in(app.data_dir, |_, _| {}).await;
    let answer = restarted
        .sign_in(&browser(), &user.email, &user.password)
        .await;
    assert_eq!(answer.status(), 428);
}

#[tokio::test]
async fn the_device_cookie_is_http_only_strict_and_set_only_for_a_right_password() {
    let app = spawn_app().await;
    let user = app
        .create_user(Role::Client, "a@example.com", "correct horse battery")
        .await;
    let wrong = app.sign_in(&browser(), &user.email, "nope").await;
    assert!(!set_cookies(&wrong)
        .iter()
        .any(|c| c.starts_with("portico_device=")));
    let right = app.sign_in(&browser(), &user.email, &user.password).await;
    let device = set_cookies(&right)
        .into_iter()
        .find(|c| c.starts_with("portico_device="))
        .expect("a device cookie");
    for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=15552000"] {
        assert!(device.contains(part), "{device}");
    }
}
