//! Languages: the settings that enable them, the emails written in the reader's language,
//! and the catalogs the app fetches.

use portico_api::Role;
use portico_server::store::outbox::StoredMail;
use serde_json::{json, Value};

use crate::helpers::{browser, json, spawn_app, TestApp};

/// Staff enable `languages` with `default` and answer the tab they did it in.
async fn enable(app: &TestApp, languages: &[&str], default: &str) -> reqwest::Client {
    let tab = app.staff_tab().await;
    set_languages(app, &tab, languages, default).await;
    tab
}

/// Staff, in `tab`, change the enabled languages and the default.
async fn set_languages(app: &TestApp, tab: &reqwest::Client, languages: &[&str], default: &str) {
    let mut settings = json(app.get(tab, "/api/staff/settings").await).await;
    settings["languages"] = json!(languages);
    settings["default_language"] = json!(default);
    let saved = app.put(tab, "/api/staff/settings", &settings).await;
    assert_eq!(saved.status(), 200);
}

/// The only message in the outbox, once the reset worker has queued it.
async fn the_mail(app: &TestApp) -> StoredMail {
    for _ in 0..100 {
        if let [mail] = app.outbox().await.as_slice() {
            return mail.clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("no mail was queued");
}

async fn ask_for_reset(app: &TestApp, accept_language: &str) {
    let response = browser()
        .post(format!("{}/api/password-reset", app.url))
        .header("Accept-Language", accept_language)
        .json(&json!({ "email": "ada@example.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
}

#[tokio::test]
async fn a_reset_email_speaks_the_browsers_first_enabled_language() {
    let app = spawn_app().await;
    enable(&app, &["en", "de", "ar"], "en").await;
    app.create_user(Role::Client, "ada@example.com", "an old password")
        .await;
    ask_for_reset(&app, "fr-CH, fr;q=0.9, de-AT;q=0.8, en;q=0.5").await;
    let mail = the_mail(&app).await;
    assert_eq!(
        mail.subject,
        "Setzen Sie Ihr Passwort für Client Portal zurück"
    );
    assert!(mail.body_html.contains("<html lang=\"de\" dir=\"ltr\">"));
}

#[tokio::test]
async fn a_browser_asking_for_no_enabled_language_gets_the_portals_default() {
    let app = spawn_app().await;
    enable(&app, &["en", "es"], "es").await;
    app.create_user(Role::Client, "ada@example.com", "an old password")
        .await;
    // French is spoken by Portico but not enabled on this portal.
    ask_for_reset(&app, "fr").await;
    let mail = the_mail(&app).await;
    assert_eq!(mail.subject, "Restablece tu contraseña de Client Portal");
}

#[tokio::test]
async fn staffs_instructions_to_a_new_client_use_the_portals_default() {
    let app = spawn_app().await;
    let tab = enable(&app, &["en", "ar"], "ar").await;
    let created = app
        .post(
            &tab,
            "/api/staff/clients",
            &json!({ "name": "Ada", "email": "ada@example.com", "send_instructions": true }),
        )
        .await;
    assert_eq!(created.status(), 201);
    let mail = the_mail(&app).await;
    assert!(mail.subject.contains("حسابك في"), "{}", mail.subject);
    assert!(mail.body_html.contains("dir=\"rtl\""));
}

#[tokio::test]
async fn languages_are_checked_before_anything_is_saved() {
    let app = spawn_app().await;
    let tab = app.staff_tab().await;
    let before = json(app.get(&tab, "/api/staff/settings").await).await;
    for (languages, default, field) in [
        (json!([]), "en", "languages"),
        (json!(["en", "en"]), "en", "languages"),
        (json!(["en", "en-XA"]), "en", "languages"),
        (json!(["en", "fr"]), "de", "default_language"),
    ] {
        let mut settings = before.clone();
        settings["languages"] = languages;
        settings["default_language"] = json!(default);
        let refused = app.put(&tab, "/api/staff/settings", &settings).await;
        let status = refused.status();
        let body: Value = json(refused).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(body["fields"][0]["field"], field, "{body}");
    }
    // A language Portico does not speak is bad input, named as such.
    let mut settings = before.clone();
    settings["languages"] = json!(["en", "pt"]);
    let refused = app.put(&tab, "/api/staff/settings", &settings).await;
    assert!(refused.status() == 400 || refused.status() == 422);
    assert_eq!(
        json(app.get(&tab, "/api/staff/settings").await).await,
        before
    );
}

#[tokio::test]
async fn the_app_fetches_only_its_own_catalogs_revalidated_by_etag() {
    let app = spawn_app().await;
    let tab = browser();
    let catalog = app.get(&tab, "/i18n/de/client.json").await;
    assert_eq!(catalog.status(), 200);
    assert_eq!(catalog.headers()["content-type"], "application/json");
    assert_eq!(catalog.headers()["cache-control"], "no-cache");
    let etag = catalog.headers()["etag"].clone();
    let compiled = portico_i18n::Messages::from_json(&catalog.text().await.unwrap()).unwrap();
    let german = portico_i18n::Catalog::from_messages(portico_i18n::Lang::De, [compiled]);
    assert_eq!(german.text("sign-in-title"), "Anmelden");
    let again = tab
        .get(format!("{}/i18n/de/client.json", app.url))
        .header("If-None-Match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    // Compressed for a browser that takes brotli, as the pages' other files are.
    let compressed = tab
        .get(format!("{}/i18n/de/client.json", app.url))
        .header("Accept-Encoding", "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    assert_eq!(compressed.headers()["content-encoding"], "br");
    assert_eq!(compressed.headers()["vary"], "accept-encoding");
    let packed = compressed.bytes().await.unwrap();
    let mut unpacked = Vec::new();
    brotli::BrotliDecompress(&mut &packed[..], &mut unpacked).unwrap();
    let compiled =
        portico_i18n::Messages::from_json(std::str::from_utf8(&unpacked).unwrap()).unwrap();
    assert_eq!(
        portico_i18n::Catalog::from_messages(portico_i18n::Lang::De, [compiled])
            .text("sign-in-title"),
        "Anmelden"
    );
    assert!(packed.len() * 2 < unpacked.len());
    for hidden in [
        "/i18n/de/mail.json",
        "/i18n/de/errors.json",
        "/i18n/pt/client.json",
        "/i18n/de/client.ftl",
    ] {
        let status = app.get(&tab, hidden).await.status();
        assert_eq!(status, 404, "{hidden}");
    }
    // The pseudo-locale's catalog is English's, transformed where it is compiled.
    let pseudo = app.get(&tab, "/i18n/en-XA/client.json").await;
    assert_eq!(pseudo.status(), 200);
    let pseudo = portico_i18n::Messages::from_json(&pseudo.text().await.unwrap()).unwrap();
    let title = portico_i18n::Catalog::from_messages(portico_i18n::Lang::Pseudo, [pseudo])
        .text("sign-in-title");
    assert!(
        title.starts_with('Š') && !title.chars().any(|c| c.is_ascii_alphabetic()),
        "{title}"
    );
}

#[tokio::test]
async fn the_portal_answers_in_the_first_offered_language_asked_for() {
    let app = spawn_app().await;
    enable(&app, &["en", "de", "ar"], "de").await;
    let tab = browser();
    let portal = |query: &'static str| {
        let (app, tab) = (&app, &tab);
        async move { json(app.get(tab, &format!("/api/portal{query}")).await).await }
    };
    let asked = portal("?languages=fr-CH,ar,en").await;
    assert_eq!(asked["language"], "ar");
    assert_eq!(asked["languages"], json!(["en", "de", "ar"]));
    assert_eq!(asked["name"], "Client Portal");
    assert_eq!(portal("?languages=pt").await["language"], "de");
    assert_eq!(portal("").await["language"], "de");
    let from_header = tab
        .get(format!("{}/api/portal", app.url))
        .header("Accept-Language", "es, ar;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(from_header.headers()["vary"], "accept-language");
    assert_eq!(json(from_header).await["language"], "ar");
    // The pseudo-locale only with --pseudo-locale.
    assert_eq!(portal("?languages=en-XA").await["language"], "de");
}

#[tokio::test]
async fn the_reset_answer_speaks_the_pages_language_and_is_the_same_for_every_address() {
    let app = spawn_app().await;
    enable(&app, &["en", "fr"], "en").await;
    app.create_user(Role::Client, "ada@example.com", "an old password")
        .await;
    let mut answers = Vec::new();
    for email in ["ada@example.com", "nobody@example.com"] {
        let response = browser()
            .post(format!("{}/api/password-reset", app.url))
            .header("Accept-Language", "fr")
            .json(&json!({ "email": email }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 202);
        answers.push(json(response).await);
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(
        answers[0]["message"],
        "Si un compte existe pour cette adresse, nous vous avons envoyé un lien pour réinitialiser votre mot de passe. Il expire dans 24 heures."
    );
}

/// What `message` says in `lang`, from the catalogs the server speaks.
fn words(lang: portico_api::lang::Lang, message: &str) -> String {
    portico_server::i18n::words(lang).text(message)
}

#[tokio::test]
async fn refusals_speak_the_callers_language_or_the_portals_default() {
    use portico_api::lang::Lang;
    let app = spawn_app().await;
    enable(&app, &["en", "de", "fr"], "fr").await;
    app.create_user(Role::Client, "ada@example.com", "an old password")
        .await;
    let sign_in = |accept: &'static str| {
        let url = format!("{}/api/session", app.url);
        async move {
            let response = browser()
                .post(url)
                .header("Accept-Language", accept)
                .json(&json!({ "email": "ada@example.com", "password": "not the one" }))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 401);
            json(response).await["message"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    let german = sign_in("de-DE, en;q=0.5").await;
    assert_eq!(german, words(Lang::De, "error-invalid-credentials"));
    assert_ne!(german, words(Lang::En, "error-invalid-credentials"));
    // Spanish is not enabled: the portal's default, French.
    assert_eq!(
        sign_in("es").await,
        words(Lang::Fr, "error-invalid-credentials")
    );

    // The password policy's sentences too, beside the field.
    let ada = app
        .create_user(Role::Client, "bo@example.com", "bo's old password")
        .await;
    let tab = app.signed_in(&ada).await;
    let response = tab
        .post(format!("{}/api/account/password", app.url))
        .header("Accept-Language", "de")
        .header("Origin", app.url.as_str())
        .json(&json!({ "current_password": "bo's old password", "new_password": "short", "sign_out_others": false }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let body = json(response).await;
    assert_eq!(body["fields"][0]["field"], "new_password");
    let expected = portico_i18n::policy_message(
        portico_server::i18n::words(Lang::De),
        &portico_api::password::PolicyViolation::TooShort { min: 8 },
    );
    assert_eq!(body["fields"][0]["message"], expected.as_str());
    assert_ne!(expected, words(Lang::En, "policy-too-short"));
}

/// Staff in the console's German get the console forms' sentences in German too: each
/// field's problem and what an action did.
/// `request` from a same-site page of a German browser, with `body`.
async fn in_german(
    request: reqwest::RequestBuilder,
    app: &TestApp,
    body: Value,
) -> reqwest::Response {
    request
        .header("Accept-Language", "de")
        .header("Origin", app.url.as_str())
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn staff_forms_speak_the_callers_language() {
    use portico_api::lang::Lang;
    let app = spawn_app().await;
    let tab = enable(&app, &["en", "de"], "en").await;
    let post = |path: &'static str, body: Value| {
        in_german(tab.post(format!("{}{path}", app.url)), &app, body)
    };
    let refused = post(
        "/api/staff/webhooks",
        json!({ "url": "http://hooks.example.com/x", "events": [], "description": "a\nb" }),
    )
    .await;
    assert_eq!(refused.status(), 400);
    let body = json(refused).await;
    let message = |field: &str| {
        body["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["field"] == field)
            .map(|f| f["message"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(
        message("url"),
        words(Lang::De, "error-webhook-url-plain-http")
    );
    assert_eq!(
        message("events"),
        words(Lang::De, "error-webhook-events-empty")
    );
    assert_eq!(message("description"), words(Lang::De, "error-line-break"));
    assert_ne!(
        message("url"),
        words(Lang::En, "error-webhook-url-plain-http")
    );

    let created = post(
        "/api/staff/clients",
        json!({ "name": "Ada", "email": "ada@example.com" }),
    )
    .await;
    assert_eq!(created.status(), 201);
    assert_eq!(
        json(created).await["message"],
        words(Lang::De, "client-created").as_str()
    );
    let taken = post(
        "/api/staff/clients",
        json!({ "name": "Ada", "email": "ada@example.com" }),
    )
    .await;
    assert_eq!(taken.status(), 400);
    assert_eq!(
        json(taken).await["fields"][0]["message"],
        words(Lang::De, "error-email-taken").as_str()
    );
}

#[tokio::test]
async fn the_login_text_is_per_language_and_falls_back_to_the_default() {
    let app = spawn_app().await;
    let tab = enable(&app, &["en", "de", "fr"], "en").await;
    let save = |markdown: &'static str, language: Option<&'static str>| {
        let (app, tab) = (&app, &tab);
        async move {
            let mut body = json!({ "markdown": markdown });
            if let Some(language) = language {
                body["language"] = json!(language);
            }
            app.put(tab, "/api/portal/login-text", &body).await.status()
        }
    };
    let shown = |language: &'static str| {
        let app = &app;
        async move {
            let response = browser()
                .get(format!("{}/api/portal?languages={language}", app.url))
                .send()
                .await
                .unwrap();
            json(response).await["login_text_html"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    assert_eq!(save("Welcome", None).await, 204);
    assert_eq!(save("Willkommen", Some("de")).await, 204);
    assert!(shown("en").await.contains("Welcome"));
    assert!(shown("de").await.contains("Willkommen"));
    // French has none of its own: the default's.
    assert!(shown("fr").await.contains("Welcome"));

    let source = json(app.get(&tab, "/api/portal/login-text?language=fr").await).await;
    assert_eq!(source["markdown"], "");
    assert_eq!(source["language"], "fr");
    assert_eq!(source["fallback"], "Welcome");
    let default = json(app.get(&tab, "/api/portal/login-text").await).await;
    assert_eq!(default["markdown"], "Welcome");
    assert_eq!(default["language"], "en");
    assert!(default.get("fallback").is_none());

    // Emptied, German shows the default's again; a language not enabled is refused.
    assert_eq!(save("", Some("de")).await, 204);
    assert!(shown("de").await.contains("Welcome"));
    assert_eq!(save("Hola", Some("es")).await, 400);
    assert_eq!(
        app.get(&tab, "/api/portal/login-text?language=es")
            .await
            .status(),
        400
    );

    // A new default brings its own text to the languages without one.
    assert_eq!(save("Bonjour", Some("fr")).await, 204);
    set_languages(&app, &tab, &["en", "de", "fr"], "fr").await;
    assert!(shown("de").await.contains("Bonjour"));
    assert!(shown("en").await.contains("Welcome"));
}

#[tokio::test]
async fn the_account_keeps_the_language_its_holder_chose() {
    let app = spawn_app().await;
    let staff = enable(&app, &["en", "de", "fr"], "en").await;
    let ada = app
        .create_user(Role::Client, "ada@example.com", "an old password")
        .await;

    // Picked on the sign-in page: saved with the sign-in.
    let tab = browser();
    let response = app
        .post(
            &tab,
            "/api/session",
            &json!({ "email": ada.email, "password": ada.password, "language": "de" }),
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(json(response).await["language"], "de");
    assert_eq!(
        json(app.get(&tab, "/api/session").await).await["language"],
        "de"
    );

    // Changed in the account menu; emails follow it whatever the asking browser says.
    let changed = app
        .put(&tab, "/api/account/language", &json!({ "language": "fr" }))
        .await;
    assert_eq!(changed.status(), 200);
    assert_eq!(json(changed).await["language"], "fr");
    ask_for_reset(&app, "en").await;
    assert_eq!(
        the_mail(&app).await.subject,
        "Réinitialisez votre mot de passe Client Portal"
    );

    // A language the portal does not offer is refused, and changes nothing.
    let refused = app
        .put(&tab, "/api/account/language", &json!({ "language": "es" }))
        .await;
    assert_eq!(refused.status(), 400);
    assert_eq!(json(refused).await["fields"][0]["field"], "language");
    assert_eq!(
        json(app.get(&tab, "/api/session").await).await["language"],
        "fr"
    );

    // Once the portal stops offering it, the app negotiates anew.
    set_languages(&app, &staff, &["en", "de"], "en").await;
    assert!(json(app.get(&tab, "/api/session").await)
        .await
        .get("language")
        .is_none());
}

#[tokio::test]
async fn the_portal_builders_refusals_speak_the_callers_language() {
    use portico_api::branding::{check_accent, BrandingProblem, Scheme};
    use portico_api::lang::Lang;
    use portico_api::settings::SettingsProblem;
    use portico_i18n::{branding_message, settings_message};
    let app = spawn_app().await;
    let tab = enable(&app, &["en", "de"], "en").await;
    let german = portico_server::i18n::words(Lang::De);
    let put = |path: &'static str, body: Value| {
        in_german(tab.put(format!("{}{path}", app.url)), &app, body)
    };
    let first_message = |body: Value| body["fields"][0]["message"].as_str().unwrap().to_string();

    let mut settings = json(app.get(&tab, "/api/staff/settings").await).await;
    settings["reset_reuse_window_secs"] = json!(48 * 3600);
    let refused = put("/api/staff/settings", settings).await;
    assert_eq!(refused.status(), 400);
    let message = first_message(json(refused).await);
    let expected = settings_message(
        german,
        &SettingsProblem::ReuseLongerThanLifetime {
            lifetime_secs: 24 * 3600,
        },
    );
    assert_eq!(message, expected);
    assert!(message.contains("24 Stunden"), "{message}");

    let refused = put(
        "/api/staff/branding",
        json!({ "name": "Acme", "accent": "#ffd400", "accent_dark": null }),
    )
    .await;
    assert_eq!(refused.status(), 400);
    let message = first_message(json(refused).await);
    let problem = check_accent("#ffd400", Scheme::Light).unwrap_err();
    assert_eq!(message, branding_message(german, &problem));
    // German writes the decimal comma.
    assert!(message.contains("4,5:1"), "{message}");

    let refused = tab
        .put(format!("{}/api/staff/branding/logo", app.url))
        .header("Accept-Language", "de")
        .header("content-type", "image/png")
        .body(&b"<svg xmlns='http://www.w3.org/2000/svg'/>"[..])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
    assert_eq!(
        first_message(json(refused).await),
        branding_message(german, &BrandingProblem::LogoType)
    );
}
