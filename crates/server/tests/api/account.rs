use portico_api::Role;
use portico_server::clock::Clock;
use serde_json::{json, Value};

use crate::helpers::{
    browser, json, set_cookies, spawn_app, spawn_app_configured, TestApp, TestUser,
};
use crate::receiver::Receiver;

const TEMPORARY: &str = "temporary words from staff";

/// A client whose password staff set with "Require change at next sign-in".
async fn client_with_staff_password(app: &TestApp) -> TestUser {
    let staff = app
        .create_user(Role::Staff, "sam@example.com", "staff password here")
        .await;
    let client = app
        .create_user(Role::Client, "kim@example.com", "the client's own one")
        .await;
    let staff_tab = app.signed_in(&staff).await;
    let set = app
        .post(
            &staff_tab,
            &format!("/api/staff/clients/{}/password", client.id),
            &json!({ "password": TEMPORARY, "require_change": true }),
        )
        .await;
    assert_eq!(set.status(), 200);
    TestUser {
        password: TEMPORARY.into(),
        ..client
    }
}

async fn choose(app: &TestApp, tab: &reqwest::Client, password: &str) -> reqwest::Response {
    app.post(
        tab,
        "/api/session/password-change",
        &json!({ "password": password }),
    )
    .await
}

#[tokio::test]
async fn a_staff_set_password_leads_to_choosing_ones_own_before_any_session() {
    let app = spawn_app().await;
    let client = client_with_staff_password(&app).await;
    let tab = browser();
    let answer = app.sign_in(&tab, &client.email, TEMPORARY).await;
    assert_eq!(answer.status(), 403);
    let cookies = set_cookies(&answer);
    assert!(
        cookies.iter().any(|c| c.starts_with("portico_ticket=")
            && c.contains("HttpOnly")
            && c.contains("SameSite=Strict")),
        "{cookies:?}"
    );
    assert!(
        !cookies
            .iter()
            .any(|c| c.starts_with("portico_session=") && !c.starts_with("portico_session=;")),
        "no session: {cookies:?}"
    );
    assert_eq!(json(answer).await["code"], "password_change_required");
    assert_eq!(app.get(&tab, "/api/session").await.status(), 401);

    let step = json(app.get(&tab, "/api/session/password-change").await).await;
    assert_eq!(step["email"], "kim@example.com");
    assert_eq!(step["min_password_chars"], 8);
    assert!(step["expires_at"].as_i64().unwrap() - app.clock.now() == 300);

    let same = choose(&app, &tab, TEMPORARY).await;
    assert_eq!(same.status(), 400, "the temporary password cannot stay");
    let weak = choose(&app, &tab, "password1").await;
    assert_eq!(weak.status(), 400);

    let done = choose(&app, &tab, "kim picks her own words").await;
    assert_eq!(done.status(), 200);
    assert_eq!(json(done).await["email"], "kim@example.com");
    assert_eq!(app.get(&tab, "/api/session").await.status(), 200);
    assert_eq!(
        app.get(&tab, "/api/session/password-change").await.status(),
        401,
        "the ticket is used up"
    );
    assert!(app
        .outbox()
        .await
        .iter()
        .any(|m| m.body_text.contains("signing in for the first time")));
    assert_eq!(
        app.events_of("sign_in.password_change_required")
            .await
            .len(),
        1
    );

    // Only the first sign-in: from now on the new password opens a session at once.
    let again = app
        .sign_in(&browser(), &client.email, "kim picks her own words")
        .await;
    assert_eq!(again.status(), 200);
    assert_eq!(
        app.sign_in(&browser(), &client.email, TEMPORARY)
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn any_other_password_change_kills_an_open_ticket() {
    let app = spawn_app().await;
    let client = client_with_staff_password(&app).await;
    let leaked = browser();
    assert_eq!(
        app.sign_in(&leaked, &client.email, TEMPORARY)
            .await
            .status(),
        403
    );
    // Staff replace the temporary password (say it leaked) before the window closes.
    let staff_tab = browser();
    app.sign_in(&staff_tab, "sam@example.com", "staff password here")
        .await;
    let replaced = app
        .post(
            &staff_tab,
            &format!("/api/staff/clients/{}/password", client.id),
            &json!({ "password": "a second temporary one", "require_change": true }),
        )
        .await;
    assert_eq!(replaced.status(), 200);
    assert_eq!(
        app.get(&leaked, "/api/session/password-change")
            .await
            .status(),
        401
    );
    assert_eq!(
        choose(&app, &leaked, "the leaker's own choice")
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn the_window_closes_and_signing_in_again_opens_a_new_one() {
    let app = spawn_app().await;
    let client = client_with_staff_password(&app).await;
    let tab = browser();
    assert_eq!(
        app.sign_in(&tab, &client.email, TEMPORARY).await.status(),
        403
    );
    app.clock.advance(301);
    let late = app.get(&tab, "/api/session/password-change").await;
    assert_eq!(late.status(), 410);
    let late = choose(&app, &tab, "too late for this one").await;
    assert_eq!(late.status(), 410);
    assert_eq!(json(late).await["code"], "ticket_expired");
    assert_eq!(app.get(&tab, "/api/session").await.status(), 401);

    assert_eq!(
        app.sign_in(&tab, &client.email, TEMPORARY).await.status(),
        403
    );
    app.clock.advance(200);
    assert_eq!(
        choose(&app, &tab, "in time with this one").await.status(),
        200
    );
}

#[tokio::test]
async fn the_window_is_the_portal_setting_and_other_accounts_never_see_the_step() {
    let app = spawn_app_configured(|_, s| s.first_sign_in_window = 60).await;
    let client = client_with_staff_password(&app).await;
    let tab = browser();
    app.sign_in(&tab, &client.email, TEMPORARY).await;
    let step = json(app.get(&tab, "/api/session/password-change").await).await;
    assert_eq!(step["expires_at"].as_i64().unwrap() - app.clock.now(), 60);

    let ordinary = app
        .create_user(Role::Client, "ordinary@example.com", "an ordinary password")
        .await;
    let answer = app
        .sign_in(&browser(), &ordinary.email, &ordinary.password)
        .await;
    assert_eq!(answer.status(), 200);
    assert!(!set_cookies(&answer)
        .iter()
        .any(|c| c.starts_with("portico_ticket")));
}

#[tokio::test]
async fn an_api_caller_gets_a_structured_error_and_never_a_session() {
    let app = spawn_app().await;
    let client = client_with_staff_password(&app).await;
    let caller = reqwest::Client::new();
    let answer = app.sign_in(&caller, &client.email, TEMPORARY).await;
    assert_eq!(answer.status(), 403);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["code"], "password_change_required");
    assert!(body["message"].as_str().unwrap().contains("new password"));
}

async fn signed_in_twice(app: &TestApp) -> (TestUser, reqwest::Client, reqwest::Client) {
    let user = app
        .create_user(Role::Client, "lee@example.com", "lee's first password")
        .await;
    let laptop = app.signed_in(&user).await;
    let phone = app.signed_in(&user).await;
    (user, laptop, phone)
}

fn change_body(current: &str, new: &str, sign_out_others: bool) -> Value {
    json!({ "current_password": current, "new_password": new, "sign_out_others": sign_out_others })
}

#[tokio::test]
async fn changing_the_password_signs_out_other_devices_when_asked_and_notifies() {
    let app = spawn_app().await;
    let (user, laptop, phone) = signed_in_twice(&app).await;
    let policy = json(app.get(&laptop, "/api/account/password").await).await;
    assert_eq!(policy["email"], "lee@example.com");
    let changed = app
        .post(
            &laptop,
            "/api/account/password",
            &change_body(&user.password, "lee's second password", true),
        )
        .await;
    assert_eq!(changed.status(), 200);
    let changed = json(changed).await;
    assert_eq!(changed["signed_out"], 1);
    assert_eq!(
        changed["message"],
        "Your password has been changed, and 1 other device was signed out."
    );
    assert_eq!(app.get(&laptop, "/api/session").await.status(), 200);
    assert_eq!(app.get(&phone, "/api/session").await.status(), 401);
    assert!(app
        .outbox()
        .await
        .iter()
        .any(|m| m.body_text.contains("From the account page")));

    // Staying signed in elsewhere is a choice too.
    let tablet = app
        .sign_in(&browser(), &user.email, "lee's second password")
        .await;
    assert_eq!(tablet.status(), 200);
    let kept = app
        .post(
            &laptop,
            "/api/account/password",
            &change_body("lee's second password", "lee's third password", false),
        )
        .await;
    assert_eq!(json(kept).await["signed_out"], 0);
    assert_eq!(app.get(&laptop, "/api/session").await.status(), 200);
}

#[tokio::test]
async fn a_wrong_current_password_is_named_throttled_and_changes_nothing() {
    let app = spawn_app().await;
    let (user, laptop, _) = signed_in_twice(&app).await;
    let wrong = app
        .post(
            &laptop,
            "/api/account/password",
            &change_body("not it", "a brand new password", true),
        )
        .await;
    assert_eq!(wrong.status(), 400);
    assert_eq!(json(wrong).await["fields"][0]["field"], "current_password");
    let mut throttled = false;
    for _ in 0..10 {
        let answer = app
            .post(
                &laptop,
                "/api/account/password",
                &change_body("still not it", "a brand new password", true),
            )
            .await;
        if answer.status() == 429 {
            assert!(answer.headers().contains_key("retry-after"));
            throttled = true;
            break;
        }
    }
    assert!(throttled, "guessing is slowed down like sign-in");
    assert_eq!(
        app.sign_in(&laptop, &user.email, &user.password)
            .await
            .status(),
        429,
        "the same counter as sign-in on this device"
    );
    // The laptop is a known device: its guesses count against it alone, so they block
    // neither the phone nor a browser the account has never used.
    assert_eq!(
        app.sign_in(&browser(), &user.email, &user.password)
            .await
            .status(),
        200
    );
    app.clock.advance(3600);
    assert_eq!(
        app.sign_in(&browser(), &user.email, &user.password)
            .await
            .status(),
        200,
        "never a permanent lockout"
    );
}

#[tokio::test]
async fn with_the_setting_off_clients_cannot_change_it_here_but_staff_can() {
    let app = spawn_app().await;
    let staff = app
        .create_user(Role::Staff, "sam@example.com", "staff password here")
        .await;
    let staff_tab = app.signed_in(&staff).await;
    let mut settings = json(app.get(&staff_tab, "/api/staff/settings").await).await;
    settings["account_password"] = json!(false);
    assert_eq!(
        app.put(&staff_tab, "/api/staff/settings", &settings)
            .await
            .status(),
        200
    );
    let (user, laptop, _) = signed_in_twice(&app).await;
    let session = json(app.get(&laptop, "/api/session").await).await;
    assert_eq!(session["can_change_password"], false);
    assert_eq!(
        json(app.get(&laptop, "/api/account/password").await).await["code"],
        "feature_disabled"
    );
    let refused = app
        .post(
            &laptop,
            "/api/account/password",
            &change_body(&user.password, "a brand new password", true),
        )
        .await;
    assert_eq!(refused.status(), 403);
    assert_eq!(
        json(app.get(&staff_tab, "/api/session").await).await["can_change_password"],
        true
    );
}

#[tokio::test]
async fn devices_are_listed_and_can_be_signed_out_one_or_all_others() {
    let app = spawn_app().await;
    let (user, laptop, phone) = signed_in_twice(&app).await;
    let third = app.signed_in(&user).await;
    let list = json(app.get(&laptop, "/api/account/sessions").await).await;
    let sessions = list["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 3);
    assert_eq!(sessions.iter().filter(|s| s["current"] == true).count(), 1);
    assert!(sessions.iter().all(|s| s["ip"] == "127.0.0.1"));

    let phone_id = json(app.get(&phone, "/api/account/sessions").await).await["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == true)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let ended = laptop
        .delete(format!("{}/api/account/sessions/{phone_id}", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(ended.status(), 204);
    assert_eq!(app.get(&phone, "/api/session").await.status(), 401);

    // Someone else's session is not one's own to end.
    let other = app
        .create_user(Role::Client, "other@example.com", "other's own password")
        .await;
    let other_tab = app.signed_in(&other).await;
    let foreign = other_tab
        .delete(format!("{}/api/account/sessions/{phone_id}", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 404);

    let all = app
        .post(&laptop, "/api/account/sessions/sign-out-others", &json!({}))
        .await;
    assert_eq!(json(all).await["signed_out"], 1);
    assert_eq!(app.get(&third, "/api/session").await.status(), 401);
    assert_eq!(app.get(&laptop, "/api/session").await.status(), 200);
    assert_eq!(
        app.get(&browser(), "/api/account/sessions").await.status(),
        401
    );
}

#[tokio::test]
async fn the_well_known_change_password_url_leads_to_the_account_page() {
    let app = spawn_app().await;
    let answer = app.get(&browser(), "/.well-known/change-password").await;
    assert_eq!(answer.status(), 302);
    assert_eq!(answer.headers()["location"], "/account/password");
}

/// The "This wasn't me" token in the newest password-changed email to `email`.
async fn not_me_token(app: &TestApp, email: &str) -> String {
    let mail = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.to_address == email && m.kind == "password_changed")
        .max_by_key(|m| m.id)
        .expect("a password-changed email");
    assert!(
        !mail.body_text.contains("/not-me#"),
        "stored without the link"
    );
    let text = app.rendered_text(&mail).await;
    let start = text.find("/not-me#token=").expect("a not-me link") + "/not-me#token=".len();
    text[start..]
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn this_wasnt_me_signs_out_everywhere_and_sends_a_fresh_reset_link_once() {
    let app = spawn_app().await;
    let receiver = Receiver::start(&[]).await;
    let registered = app
        .post(
            &app.staff_tab().await,
            "/api/staff/webhooks",
            &json!({ "url": receiver.url, "events": ["password.changed"] }),
        )
        .await;
    assert_eq!(registered.status(), 201);
    let (user, laptop, phone) = signed_in_twice(&app).await;
    let changed = app
        .post(
            &laptop,
            "/api/account/password",
            &change_body(&user.password, "an intruder's choice", false),
        )
        .await;
    assert_eq!(changed.status(), 200);
    assert_eq!(
        receiver.wait_for(1).await[0].json()["data"]["method"],
        "in_portal"
    );
    let token = not_me_token(&app, &user.email).await;

    let anyone = browser();
    let check = app
        .post(&anyone, "/api/not-me/check", &json!({ "token": token }))
        .await;
    assert_eq!(json(check).await["email"], "lee@example.com");
    let done = app
        .post(&anyone, "/api/not-me", &json!({ "token": token }))
        .await;
    assert_eq!(done.status(), 200);
    assert!(json(done).await["message"]
        .as_str()
        .unwrap()
        .contains("signed out everywhere"));
    assert_eq!(app.get(&laptop, "/api/session").await.status(), 401);
    assert_eq!(app.get(&phone, "/api/session").await.status(), 401);
    assert_eq!(
        app.sign_in(&browser(), &user.email, "an intruder's choice")
            .await
            .status(),
        401,
        "whoever set that password cannot use it"
    );
    assert!(app
        .outbox()
        .await
        .iter()
        .any(|m| m.to_address == user.email && m.kind == "reset_link"));
    assert_eq!(app.events_of("account.secured").await.len(), 1);
    // Systems that mirror password state hear that the password no longer works.
    let secured = receiver.wait_for(2).await[1].json();
    assert_eq!(secured["type"], "password.changed");
    assert_eq!(secured["data"]["method"], "not_me");
    assert_eq!(secured["data"]["account"]["email"], user.email);

    let again = app
        .post(&anyone, "/api/not-me", &json!({ "token": token }))
        .await;
    assert_eq!(again.status(), 410);
    assert_eq!(json(again).await["code"], "link_used");
}

#[tokio::test]
async fn a_forged_or_old_not_me_link_does_nothing() {
    let app = spawn_app().await;
    let (user, laptop, _) = signed_in_twice(&app).await;
    app.post(
        &laptop,
        "/api/account/password",
        &change_body(&user.password, "an intruder's choice", false),
    )
    .await;
    let token = not_me_token(&app, &user.email).await;
    let (id, mac) = token.split_once('.').unwrap();
    for forged in [
        format!("{}.{mac}", id.parse::<i64>().unwrap() + 1),
        format!("{id}.{}", "A".repeat(mac.len())),
        "nonsense".to_string(),
    ] {
        let answer = app
            .post(&browser(), "/api/not-me", &json!({ "token": forged }))
            .await;
        assert_eq!(answer.status(), 410, "{forged}");
        assert_eq!(json(answer).await["code"], "invalid_link");
    }
    assert_eq!(app.get(&laptop, "/api/session").await.status(), 200);
    app.clock.advance(7 * 24 * 3600);
    let late = app
        .post(&browser(), "/api/not-me", &json!({ "token": token }))
        .await;
    assert_eq!(json(late).await["code"], "link_expired");
    assert!(
        app.events_of("account.secured").await.is_empty(),
        "nothing was done"
    );
}
