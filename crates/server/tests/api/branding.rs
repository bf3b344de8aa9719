//! The portal's name, colours and logo: saved by staff, checked, and used by every page
//! and email.

use portico_api::Role;
use serde_json::json;

use crate::helpers::*;
use crate::smtp::SmtpServer;

/// A 2 × 3 PNG header: all the server reads of an image.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&width.to_be_bytes());
    png.extend_from_slice(&height.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    png
}

async fn upload(
    app: &TestApp,
    tab: &reqwest::Client,
    bytes: Vec<u8>,
    declared: &str,
) -> reqwest::Response {
    tab.put(format!("{}/api/staff/branding/logo", app.url))
        .header("content-type", declared)
        .body(bytes)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_new_name_and_accent_reach_pages_the_theme_and_emails() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let app = spawn_app_configured(|_, s| s.smtp_url = Some(url)).await;
    let staff = app.staff_tab().await;
    let response = app
        .put(
            &staff,
            "/api/staff/branding",
            &json!({ "name": "  Acme Clients  ", "accent": "#7A003C", "accent_dark": null }),
        )
        .await;
    assert_eq!(response.status(), 200);
    let saved = json(response).await;
    assert_eq!(saved["name"], "Acme Clients");
    assert_eq!(saved["accent"], "#7a003c");
    assert_eq!(
        json(app.get(&browser(), "/api/portal").await).await["name"],
        "Acme Clients"
    );

    let theme = app.get(&browser(), "/api/portal/theme.css").await;
    assert_eq!(theme.status(), 200);
    assert_eq!(theme.headers()["content-type"], "text/css; charset=utf-8");
    assert_eq!(theme.headers()["cache-control"], "no-cache");
    let etag = theme.headers()["etag"].to_str().unwrap().to_string();
    let css = theme.text().await.unwrap();
    assert!(css.contains("--accent:#7a003c"), "{css}");
    assert!(
        css.contains("prefers-color-scheme: dark"),
        "a dark partner is derived: {css}"
    );
    let again = browser()
        .get(format!("{}/api/portal/theme.css", app.url))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    let client = app
        .create_user(Role::Client, "ada@example.com", "the old password")
        .await;
    let sent = app
        .post(
            &browser(),
            "/api/password-reset",
            &json!({ "email": client.email }),
        )
        .await;
    assert_eq!(sent.status(), 202);
    let mail = smtp.wait_for(1).await.remove(0);
    assert_eq!(mail.subject(), "Reset your Acme Clients password");
    let parsed = mail.parsed();
    let from = parsed.from().unwrap().first().unwrap();
    assert_eq!(from.name(), Some("Acme Clients"));
    assert!(
        mail.html().contains("background:#7a003c"),
        "{}",
        mail.html()
    );
    assert!(app
        .events()
        .await
        .iter()
        .any(|e| e.0 == "portal.branding_changed"));
}

#[tokio::test]
async fn a_colour_with_poor_contrast_is_refused_and_nothing_changes() {
    let app = spawn_app().await;
    let staff = app.staff_tab().await;
    let before = json(app.get(&staff, "/api/staff/branding").await).await;
    let response = app
        .put(
            &staff,
            "/api/staff/branding",
            &json!({ "name": "Acme", "accent": "#ffd400", "accent_dark": "#1f4ed8" }),
        )
        .await;
    assert_eq!(response.status(), 400);
    let body = json(response).await;
    let fields: Vec<_> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fields, ["accent", "accent_dark"]);
    let message = body["fields"][0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("#ffd400 has a contrast of 1."),
        "{message}"
    );
    assert!(message.contains("at least 4.5:1"), "{message}");
    for bad in [
        json!({ "name": "", "accent": null, "accent_dark": null }),
        json!({ "name": "A", "accent": "red", "accent_dark": null }),
    ] {
        assert_eq!(
            app.put(&staff, "/api/staff/branding", &bad).await.status(),
            400
        );
    }
    assert_eq!(
        json(app.get(&staff, "/api/staff/branding").await).await,
        before
    );
    assert_eq!(before["name"], "Client Portal");
}

#[tokio::test]
async fn a_logo_is_checked_by_its_content_and_served_with_its_type() {
    let app = spawn_app().await;
    let staff = app.staff_tab().await;
    // Declared as a PNG, but an SVG with a script: refused for what it is.
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec();
    let refused = upload(&app, &staff, svg, "image/png").await;
    assert_eq!(refused.status(), 400);
    let body = json(refused).await;
    assert_eq!(body["fields"][0]["field"], "logo");
    assert_eq!(
        body["fields"][0]["message"],
        "Choose a PNG, JPEG or WebP image (SVG is not accepted)."
    );
    let mut too_big = png(10, 10);
    too_big.resize(256 * 1024 + 1, 0);
    assert_eq!(
        upload(&app, &staff, too_big, "image/png").await.status(),
        413
    );
    assert_eq!(app.get(&browser(), "/api/portal/logo").await.status(), 404);

    // Declared as anything: the bytes decide.
    let saved = upload(&app, &staff, png(120, 40), "application/octet-stream").await;
    assert_eq!(saved.status(), 200);
    let logo = json(saved).await["logo"].clone();
    assert_eq!(
        (logo["width"].as_u64(), logo["height"].as_u64()),
        (Some(120), Some(40))
    );
    let url = logo["url"].as_str().unwrap().to_string();
    assert!(url.starts_with("/api/portal/logo?v="), "{url}");
    assert_eq!(
        json(app.get(&browser(), "/api/portal").await).await["logo"],
        logo
    );

    let served = app.get(&browser(), &url).await;
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.headers()["x-content-type-options"], "nosniff");
    assert_eq!(
        served.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(
        served.bytes().await.unwrap().as_ref(),
        png(120, 40).as_slice()
    );
    // Without its version the address may change meaning, so it is revalidated.
    let bare = app.get(&browser(), "/api/portal/logo").await;
    assert_eq!(bare.headers()["cache-control"], "no-cache");

    let removed = staff
        .delete(format!("{}/api/staff/branding/logo", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 200);
    assert!(json(removed).await["logo"].is_null());
    assert_eq!(app.get(&browser(), &url).await.status(), 404);
}

#[tokio::test]
async fn only_staff_change_the_branding() {
    let app = spawn_app().await;
    let client = app
        .create_user(Role::Client, "ada@example.com", "the old password")
        .await;
    let tab = app.signed_in(&client).await;
    let update = json!({ "name": "Mine now", "accent": null, "accent_dark": null });
    assert_eq!(
        app.put(&tab, "/api/staff/branding", &update).await.status(),
        403
    );
    assert_eq!(
        app.put(&browser(), "/api/staff/branding", &update)
            .await
            .status(),
        401
    );
    assert_eq!(
        upload(&app, &tab, png(1, 1), "image/png").await.status(),
        403
    );
    assert_eq!(
        json(app.get(&browser(), "/api/portal").await).await["name"],
        "Client Portal"
    );
}
