//! Serves the built app: precompressed files when the browser accepts them, `login.html`
//! (the sign-in bundle) for `/login`, `staff.html` for the console under `/staff`,
//! `index.html` for every other path so deep links reach
//! the client-side router, and cache headers that
//! let hashed assets live forever while `index.html` is always revalidated.

use std::path::Path;

use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};

pub fn router(static_dir: &Path) -> Router {
    let index = static_dir.join("index.html");
    if !index.exists() {
        tracing::warn!(path = %index.display(), "the app is not built; run `cargo xtask serve`");
    }
    let fallback = ServeFile::new(index)
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(static_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(fallback);
    // The sign-in page is a document of its own with a lighter bundle.
    let login = ServeFile::new(static_dir.join("login.html"))
        .precompressed_br()
        .precompressed_gzip();
    // So is the staff console, loaded only by staff.
    let staff = ServeFile::new(static_dir.join("staff.html"))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .route_service("/login", login)
        .route_service("/staff", staff.clone())
        .route_service("/staff/{*rest}", staff)
        .fallback_service(files)
        .layer(axum::middleware::from_fn(cache_control))
}

async fn cache_control(request: Request, next: Next) -> Response {
    let immutable = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let value = if immutable && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Trunk names built assets `name-<hash>.ext`, the hash a 64-bit number in hex (leading
/// zeros dropped, so usually 16 digits, sometimes fewer); their content never changes.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((_, hash)) => {
            (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(is_hashed_asset("/portico-app-1a2b3c4d5e6f7a8b.js"));
        assert!(is_hashed_asset("/portico-app-1a2b3c4d5e6f7a8b_bg.wasm"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(is_hashed_asset("/portico-app-933e40447d6c4e3_bg.wasm"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/login"));
        assert!(!is_hashed_asset("/favicon.svg"));
        assert!(!is_hashed_asset("/some-name.js"));
        assert!(!is_hashed_asset("/forgot-password"));
    }
}
