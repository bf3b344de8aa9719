//! Refuses state-changing API requests that another site's page made a browser send.
//!
//! SameSite=Strict cookies already keep sessions out of such requests; this is the second,
//! independent lock. Browsers label requests with `Sec-Fetch-Site`; older ones only send
//! `Origin`, which must then be the portal's public origin. Requests with neither come
//! from scripts and automations, which no web page can forge.

use axum::extract::{Request, State};
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::ApiError;

pub async fn refuse_cross_site(
    State(public_origin): State<std::sync::Arc<str>>,
    request: Request,
    next: Next,
) -> Response {
    if is_cross_site(&request, &public_origin) {
        tracing::warn!(path = request.uri().path(), "refused a cross-site request");
        return ApiError::CrossSite.into_response();
    }
    next.run(request).await
}

fn is_cross_site(request: &Request, public_origin: &str) -> bool {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return false;
    }
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    match headers.get(header::ORIGIN) {
        Some(origin) => origin.as_bytes() != public_origin.as_bytes(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn request(method: Method, headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder().method(method).uri("/api/session");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).unwrap()
    }

    const ORIGIN: &str = "https://portal.example.com";

    #[test]
    fn reads_are_never_refused() {
        assert!(!is_cross_site(
            &request(Method::GET, &[("sec-fetch-site", "cross-site")]),
            ORIGIN
        ));
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(!is_cross_site(
            &request(Method::POST, &[("sec-fetch-site", "same-origin")]),
            ORIGIN
        ));
        for site in ["cross-site", "same-site"] {
            assert!(
                is_cross_site(&request(Method::POST, &[("sec-fetch-site", site)]), ORIGIN),
                "{site}"
            );
        }
    }

    #[test]
    fn origin_must_match_the_public_url_without_fetch_metadata() {
        assert!(!is_cross_site(
            &request(Method::PUT, &[("origin", ORIGIN)]),
            ORIGIN
        ));
        assert!(is_cross_site(
            &request(Method::PUT, &[("origin", "https://evil.example")]),
            ORIGIN
        ));
        assert!(is_cross_site(
            &request(Method::DELETE, &[("origin", "null")]),
            ORIGIN
        ));
    }

    #[test]
    fn scripts_without_browser_headers_pass() {
        assert!(!is_cross_site(&request(Method::POST, &[]), ORIGIN));
    }
}
