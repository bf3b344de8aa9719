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
        ("/reset-password", "app"),
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
