//! Serves the built app from memory: `login.html` (the sign-in bundle) for `/login` and
//! `/forgot-password`, `reset.html` and `choose.html` (the light bundles where a password is
//! chosen) for `/reset-password` and `/choose-password`, `staff.html` for the console under
//! `/staff`,
//! `index.html` for every other unknown path
//! so deep links reach the client-side router, precompressed variants when the browser
//! accepts them, and cache headers that let hashed assets live forever while the pages
//! are always revalidated.
//!
//! `dist/` is a few megabytes and changes only with a new build (the server is restarted
//! then), so it is read once at start. Every answer is a complete body in memory, which
//! hyper writes together with the head in one `writev`: no file I/O on the blocking pool
//! per request, and no second packet for a kept-alive client to wait on.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use bytes::Bytes;
use sha2::{Digest, Sha256};

/// One file, with its precompressed variants when the build made them.
struct Asset {
    content_type: HeaderValue,
    identity: Variant,
    brotli: Option<Variant>,
    gzip: Option<Variant>,
    immutable: bool,
}

struct Variant {
    body: Bytes,
    etag: HeaderValue,
}

impl Variant {
    fn new(body: Vec<u8>, encoding: &str) -> Variant {
        let etag = HeaderValue::from_str(&format!("\"{}{encoding}\"", content_digest(&body)))
            .expect("hex is a valid header value");
        Variant {
            body: body.into(),
            etag,
        }
    }
}

pub struct StaticFiles {
    assets: HashMap<String, Asset>,
}

/// A page the server answers with when the path names no file.
const INDEX: &str = "/index.html";
const LOGIN: &str = "/login.html";
const STAFF: &str = "/staff.html";
const RESET: &str = "/reset.html";
const CHOOSE: &str = "/choose.html";
/// The paths `login.html` serves: the two pages of a signed-out visitor.
pub const LOGIN_PAGES: [&str; 2] = ["/login", "/forgot-password"];
/// Where a client chooses a password from a reset email (`reset.html`) or at first
/// sign-in (`choose.html`): a bundle each, so each is as light as the sign-in page.
pub const RESET_PAGE: &str = "/reset-password";
pub const CHOOSE_PAGE: &str = "/choose-password";

impl StaticFiles {
    /// Reads every file under `dir` (a missing folder serves nothing but 404s).
    pub fn load(dir: &Path) -> anyhow::Result<StaticFiles> {
        let mut assets = HashMap::new();
        if !dir.join("index.html").exists() {
            tracing::warn!(path = %dir.display(), "the app is not built; run `cargo xtask serve`");
        }
        let mut pending = vec![dir.to_path_buf()];
        while let Some(folder) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries {
                let path = entry?.path();
                if path.is_dir() {
                    pending.push(path);
                    continue;
                }
                let name = path.to_string_lossy();
                if name.ends_with(".br") || name.ends_with(".gz") {
                    continue;
                }
                let Some(url) = path
                    .strip_prefix(dir)
                    .ok()
                    .and_then(|p| p.to_str())
                    .map(|p| format!("/{}", p.replace('\\', "/")))
                else {
                    continue;
                };
                let read_variant = |suffix: &str, encoding: &str| {
                    std::fs::read(format!("{name}{suffix}"))
                        .ok()
                        .map(|body| Variant::new(body, encoding))
                };
                let content_type = mime_guess::from_path(&path)
                    .first_raw()
                    .map(HeaderValue::from_static)
                    .unwrap_or(HeaderValue::from_static("application/octet-stream"));
                let asset = Asset {
                    content_type,
                    identity: Variant::new(std::fs::read(&path)?, ""),
                    brotli: read_variant(".br", "-br"),
                    gzip: read_variant(".gz", "-gz"),
                    immutable: is_hashed_asset(&url),
                };
                assets.insert(url, asset);
            }
        }
        Ok(StaticFiles { assets })
    }

    /// The asset a path names, or the page that stands in for it.
    fn find(&self, path: &str) -> Option<&Asset> {
        let page = if LOGIN_PAGES.contains(&path) {
            LOGIN
        } else if path == RESET_PAGE {
            RESET
        } else if path == CHOOSE_PAGE {
            CHOOSE
        } else if path == "/staff" || path.starts_with("/staff/") {
            STAFF
        } else if path.ends_with('/') {
            return self
                .assets
                .get(&format!("{path}index.html"))
                .or_else(|| self.assets.get(INDEX));
        } else {
            return self.assets.get(path).or_else(|| self.assets.get(INDEX));
        };
        self.assets.get(page)
    }
}

pub fn router(static_dir: &Path) -> anyhow::Result<Router> {
    let files = Arc::new(StaticFiles::load(static_dir)?);
    Ok(Router::new().fallback(serve).with_state(files))
}

async fn serve(State(files): State<Arc<StaticFiles>>, request: Request) -> Response {
    let method = request.method();
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, HeaderValue::from_static("GET, HEAD"))],
        )
            .into_response();
    }
    let path = request.uri().path();
    let Some(asset) = files.find(path) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let headers = request.headers();
    let (variant, encoding) = match accepted(headers) {
        Accepted { brotli: true, .. } if asset.brotli.is_some() => (asset.brotli.as_ref(), "br"),
        Accepted { gzip: true, .. } if asset.gzip.is_some() => (asset.gzip.as_ref(), "gzip"),
        _ => (Some(&asset.identity), ""),
    };
    let variant = variant.unwrap_or(&asset.identity);
    // A page standing in for an unknown path is never immutable, even if the path looked
    // hashed: `find` returns the page's own asset.
    let cache_control = if asset.immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut response = if matches_etag(headers, &variant.etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let body = if request.method() == Method::HEAD {
            Body::empty()
        } else {
            Body::from(variant.body.clone())
        };
        let mut response = Response::new(body);
        let out = response.headers_mut();
        out.insert(header::CONTENT_TYPE, asset.content_type.clone());
        out.insert(
            header::CONTENT_LENGTH,
            HeaderValue::from(variant.body.len()),
        );
        if !encoding.is_empty() {
            out.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        response
    };
    let out = response.headers_mut();
    out.insert(header::ETAG, variant.etag.clone());
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    if asset.brotli.is_some() || asset.gzip.is_some() {
        out.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}

#[derive(Default)]
pub(crate) struct Accepted {
    pub brotli: bool,
    pub gzip: bool,
}

/// Which encodings `Accept-Encoding` allows (`q=0` refuses one).
pub(crate) fn accepted(headers: &HeaderMap) -> Accepted {
    let mut accepted = Accepted::default();
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            match coding.as_str() {
                "br" => accepted.brotli = !refused,
                "gzip" => accepted.gzip = !refused,
                _ => {}
            }
        }
    }
    accepted
}

/// 96 bits of the content's SHA-256 in hex: names a version in ETags and URLs.
pub fn content_digest(bytes: &[u8]) -> String {
    crate::keys::hex(&Sha256::digest(bytes)[..12])
}

/// Whether `If-None-Match` names `etag` (in a list, weakly, or as `*`).
pub fn matches_etag(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let Some(wanted) = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let etag = etag.to_str().unwrap_or_default();
    wanted.split(',').any(|tag| {
        let tag = tag.trim();
        tag == "*" || tag.trim_start_matches("W/") == etag
    })
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
    use super::*;

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

    #[test]
    fn encodings_follow_accept_encoding_and_q_zero_refuses() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::ACCEPT_ENCODING,
                HeaderValue::from_str(value).unwrap(),
            );
            let a = accepted(&headers);
            (a.brotli, a.gzip)
        };
        assert_eq!(with("gzip, deflate, br, zstd"), (true, true));
        assert_eq!(with("gzip"), (false, true));
        assert_eq!(with("br;q=0, gzip;q=0.5"), (false, true));
        assert_eq!(with("identity"), (false, false));
    }

    #[test]
    fn pages_stand_in_for_unknown_paths_and_files_answer_for_themselves() {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in [
            ("index.html", "app"),
            ("login.html", "sign-in"),
            ("reset.html", "reset"),
            ("choose.html", "first password"),
            ("staff.html", "console"),
            ("app-0123456789abcdef.js", "js"),
        ] {
            std::fs::write(dir.path().join(name), body).unwrap();
        }
        let files = StaticFiles::load(dir.path()).unwrap();
        let body = |path: &str| files.find(path).map(|a| a.identity.body.clone());
        for page in LOGIN_PAGES {
            assert_eq!(body(page).unwrap(), "sign-in", "{page}");
        }
        assert_eq!(body(RESET_PAGE).unwrap(), "reset");
        assert_eq!(body(CHOOSE_PAGE).unwrap(), "first password");
        assert_eq!(body("/staff/clients/7").unwrap(), "console");
        assert_eq!(body("/account/devices").unwrap(), "app");
        assert_eq!(body("/").unwrap(), "app");
        assert_eq!(body("/app-0123456789abcdef.js").unwrap(), "js");
        assert!(files.find("/app-0123456789abcdef.js").unwrap().immutable);
        assert_eq!(
            files.find("/app-0123456789abcdef.js").unwrap().content_type,
            "text/javascript"
        );
    }
}
