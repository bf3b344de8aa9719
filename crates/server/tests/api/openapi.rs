//! `GET /api/openapi.json`: the generated contract, and checks that it covers the server.

use portico_api::Role;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{browser, json, spawn_app, TestApp};

async fn document(app: &TestApp) -> Value {
    let response = browser()
        .get(format!("{}/api/openapi.json", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    json(response).await
}

/// Every (method, path) pair the document lists, paths as the server sees them.
fn operations(doc: &Value) -> Vec<(Method, String)> {
    let mut found = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            found.push((method.to_uppercase().parse().unwrap(), path.clone()));
        }
    }
    found
}

#[tokio::test]
async fn the_document_is_openapi_3_1_describing_portico() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1."),
        "{}",
        doc["openapi"]
    );
    assert_eq!(doc["info"]["title"], "Portico");
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(doc["servers"][0]["url"], "/");
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["session_cookie"]["in"], "cookie");
    assert_eq!(schemes["session_cookie"]["name"], "portico_session");
    assert_eq!(schemes["api_key"]["scheme"], "bearer");
}

#[tokio::test]
async fn the_automations_list_every_answer_they_give() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    for (action, extra) in [("update-password", &["422"][..]), ("send-reset", &[])] {
        let operation = &doc["paths"][format!("/api/v1/automations/{action}")]["post"];
        assert_eq!(operation["security"][0]["api_key"], serde_json::json!([]));
        let responses = operation["responses"].as_object().unwrap();
        for status in ["200", "400", "401", "404", "409", "429"]
            .iter()
            .chain(extra)
        {
            assert!(responses.contains_key(*status), "{action}: no {status}");
        }
        assert!(responses["429"]["headers"]["Retry-After"].is_object());
        assert!(responses["401"]["headers"]["WWW-Authenticate"].is_object());
    }
    let send_reset = &doc["paths"]["/api/v1/automations/send-reset"]["post"]["responses"];
    assert!(
        send_reset.get("422").is_none(),
        "send-reset sets no password"
    );
}

/// Undocumented routes would have to be added with axum's own `.route(..)`, bypassing
/// `routes!`; no route module does that.
#[test]
fn every_route_module_registers_through_routes_macro() {
    let mut folders = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/routes")];
    let mut files = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.iter().any(|f| f.ends_with("staff/clients.rs")));
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        for bypass in [
            ".route(",
            ".route_service(",
            ".nest_service(",
            "axum::routing",
        ] {
            assert!(
                !source.contains(bypass),
                "{} uses {bypass}: register handlers with routes!(..) so they are documented",
                path.display()
            );
        }
    }
}

/// On every documented path, each method the document leaves out is one the server does
/// not answer (405), and each it lists is one the server does answer.
#[tokio::test]
async fn the_server_answers_exactly_the_documented_methods() {
    let app = spawn_app().await;
    let staff = app
        .create_user(Role::Staff, "sam@example.com", "staff password here")
        .await;
    let tab = app.signed_in(&staff).await;
    let doc = document(&app).await;
    let documented = operations(&doc);
    assert!(documented.len() > 30, "{documented:?}");
    for path in doc["paths"].as_object().unwrap().keys() {
        // An id no row has: handlers may answer 404, but not 405.
        let concrete = path.replace("{id}", "999999");
        for method in [
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::DELETE,
            Method::PATCH,
        ] {
            let listed = documented.contains(&(method.clone(), path.clone()));
            let response = tab
                .request(method.clone(), format!("{}{concrete}", app.url))
                .header("content-type", "application/json")
                .body("{}")
                .send()
                .await
                .unwrap();
            let not_allowed = response.status() == StatusCode::METHOD_NOT_ALLOWED;
            assert_eq!(
                listed,
                !not_allowed,
                "{method} {path} answered {} but the document {} it",
                response.status(),
                if listed { "lists" } else { "leaves out" }
            );
        }
    }
}

fn same_route(app_path: &str, doc_path: &str) -> bool {
    let (a, d): (Vec<_>, Vec<_>) = (app_path.split('/').collect(), doc_path.split('/').collect());
    a.len() == d.len()
        && a.iter()
            .zip(&d)
            .all(|(a, d)| a == d || a.starts_with('{') || d.starts_with('{'))
}

/// The app's one HTTP module names every endpoint the app calls; each is in the document.
#[tokio::test]
async fn every_endpoint_the_app_calls_is_documented() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src/api.rs"),
    )
    .unwrap();
    let mut checked = 0;
    for piece in source.split('"').skip(1).step_by(2) {
        let Some(rest) = piece.strip_prefix("/api/") else {
            continue;
        };
        let called = format!("/api/{}", rest.split('?').next().unwrap());
        assert!(
            paths.iter().any(|p| same_route(&called, p)),
            "the app calls {called}, which the document lacks"
        );
        checked += 1;
    }
    assert!(checked > 25, "found only {checked} calls in src/api.rs");
}

#[tokio::test]
async fn the_document_is_self_consistent() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let text = doc.to_string();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for reference in text.split("\"#/components/schemas/").skip(1) {
        let name = reference.split('"').next().unwrap();
        assert!(schemas.contains_key(name), "dangling $ref to {name}");
    }
    let schemes = doc["components"]["securitySchemes"].as_object().unwrap();
    let mut ids = std::collections::HashSet::new();
    for (method, path) in operations(&doc) {
        let operation = &doc["paths"][&path][method.as_str().to_lowercase()];
        let id = operation["operationId"].as_str().unwrap();
        assert!(ids.insert(id.to_string()), "operationId {id} is used twice");
        assert!(
            operation["tags"][0].is_string(),
            "{method} {path} has no tag"
        );
        for requirement in operation["security"].as_array().into_iter().flatten() {
            for scheme in requirement.as_object().unwrap().keys() {
                assert!(
                    schemes.contains_key(scheme),
                    "{method} {path}: no scheme {scheme}"
                );
            }
        }
        if method != Method::GET {
            let refused = operation["responses"]["403"]["description"].as_str();
            assert!(
                refused.is_some_and(|d| d.contains("cross_site")),
                "{method} {path} does not document the cross-site refusal"
            );
        }
    }
}

#[tokio::test]
async fn malformed_paths_and_queries_answer_in_the_error_shape() {
    let app = spawn_app().await;
    let staff = app
        .create_user(Role::Staff, "sam@example.com", "staff password here")
        .await;
    let tab = app.signed_in(&staff).await;
    for path in [
        "/api/staff/clients/abc",
        "/api/staff/outbox/99999999999999999999",
        "/api/staff/clients?page=first",
        "/api/staff/activity?account_id=x",
    ] {
        let response = app.get(&tab, path).await;
        assert_eq!(response.status(), 400, "{path}");
        let body = json(response).await;
        assert_eq!(body["code"], "validation", "{path}: {body}");
    }
    let response = tab
        .delete(format!("{}/api/account/sessions/one", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(json(response).await["code"], "validation");
}

#[tokio::test]
async fn a_webhook_chooses_from_the_named_events() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let names: Vec<&str> = portico_api::webhooks::EVENTS
        .iter()
        .map(|(name, _)| *name)
        .collect();
    let chosen = &doc["components"]["schemas"]["NewWebhook"]["properties"]["events"];
    assert_eq!(chosen["minItems"], 1, "{chosen}");
    assert_eq!(
        chosen["items"]["enum"],
        serde_json::json!(names),
        "{chosen}"
    );
    let listed = &doc["components"]["schemas"]["WebhookSummary"]["properties"]["events"];
    assert_eq!(
        listed["items"]["enum"],
        serde_json::json!(names),
        "{listed}"
    );
}
