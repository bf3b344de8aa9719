use crate::helpers::*;

const SECURITY_HEADERS: [(&str, &str); 3] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
];

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/api/portal",
        "/api/session",
        "/api/nope",
        "/",
        "/login",
        "/app-0123456789abcdef.js",
    ] {
        let response = app.get(&browser(), path).await;
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap();
        for directive in [
            "script-src 'self' 'wasm-unsafe-eval'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "default-src 'none'",
        ] {
            assert!(csp.contains(directive), "{path}: {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{path}");
        for (name, value) in SECURITY_HEADERS {
            assert_eq!(response.headers()[name], value, "{path} {name}");
        }
    }
}

#[tokio::test]
async fn deep_links_fall_back_to_the_app_and_are_revalidated() {
    let app = spawn_app().await;
    for (path, page) in [
        ("/", "app"),
        ("/login", "sign-in"),
        ("/reset-password", "reset"),
        ("/forgot-password", "sign-in"),
        ("/choose-password", "first password"),
        ("/staff", "console"),
        ("/staff/clients/7", "console"),
        ("/some/deep/link", "app"),
    ] {
        let response = app.get(&browser(), path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        let body = response.text().await.unwrap();
        assert!(
            body.contains(&format!("<title>{page}</title>")),
            "{path}: {body}"
        );
    }
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_sent_precompressed() {
    let app = spawn_app().await;
    let response = reqwest::Client::builder()
        .no_brotli()
        .build()
        .unwrap()
        .get(format!("{}/app-0123456789abcdef.js", app.url))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"fake-brotli");
}

#[tokio::test]
async fn unknown_api_paths_answer_json_not_the_app() {
    let app = spawn_app().await;
    let response = app.get(&browser(), "/api/nope").await;
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(json(response).await["code"], "not_found");
}

#[tokio::test]
async fn pages_revalidate_with_their_etag_and_only_get_and_head_are_served() {
    let app = spawn_app().await;
    let client = browser();
    let first = app.get(&client, "/login").await;
    let etag = first.headers()["etag"].to_str().unwrap().to_string();
    let again = client
        .get(format!("{}/login", app.url))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["cache-control"], "no-cache");
    let head = client
        .head(format!("{}/login", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["content-type"], "text/html");
    let post = client
        .post(format!("{}/login", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 405);
}
