use portico_api::Role;

use crate::helpers::*;

#[tokio::test]
async fn repeated_failures_are_throttled_with_retry_after_then_forgiven() {
    let app = spawn_app().await;
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
    assert_eq!(answers[0], vec![401, 401, 401, 401, 401, 429, 429]);
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
    assert_eq!(response.status(), 429);
    app.clock.advance(15 * 60);
    assert_eq!(
        app.sign_in(&browser(), "fresh@example.com", "wrong")
            .await
            .status(),
        401,
        "never permanent"
    );
}
