//! The browser's `fetch`, and nothing more: a request is a method, a same-origin path and
//! an optional body; an answer is its status and its text or JSON.
//!
//! Why not gloo-net: it brings the `http` crate and `wasm-streams` (about 2 KB of brotli
//! in the reset bundle) and reads JSON with serde_json, whose error messages cost far more
//! (see `from_js`). The light bundles have a weight budget, and this is all they need.

mod from_js;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// No usable answer: offline, the request refused by the browser, or a body that is not
/// what was expected. The API layer turns it into its own "couldn't reach the server".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failed;

pub struct Request {
    method: &'static str,
    url: String,
    /// The `content-type` and the body, together: a body always says what it is.
    body: Option<(String, JsValue)>,
    /// Further headers, such as a solved human check.
    headers: Vec<(&'static str, String)>,
}

impl Request {
    fn new(method: &'static str, url: &str) -> Request {
        Request {
            method,
            url: url.to_string(),
            body: None,
            headers: Vec::new(),
        }
    }

    pub fn get(url: &str) -> Request {
        Request::new("GET", url)
    }

    pub fn post(url: &str) -> Request {
        Request::new("POST", url)
    }

    pub fn put(url: &str) -> Request {
        Request::new("PUT", url)
    }

    pub fn delete(url: &str) -> Request {
        Request::new("DELETE", url)
    }

    /// `body` as JSON.
    pub fn json<B: Serialize + ?Sized>(self, body: &B) -> Result<Request, Failed> {
        let text = serde_json::to_string(body).map_err(|_| Failed)?;
        Ok(self.body("application/json", JsValue::from_str(&text)))
    }

    /// Any body the browser can send (a `File` is sent as it is, never read into memory).
    pub fn body(mut self, content_type: &str, body: impl Into<JsValue>) -> Request {
        self.body = Some((content_type.to_string(), body.into()));
        self
    }

    /// `name: value`, when there is a value.
    pub fn header(mut self, name: &'static str, value: Option<String>) -> Request {
        if let Some(value) = value {
            self.headers.push((name, value));
        }
        self
    }

    pub async fn send(self) -> Result<Response, Failed> {
        let init = web_sys::RequestInit::new();
        init.set_method(self.method);
        let headers = web_sys::Headers::new().map_err(|_| Failed)?;
        for (name, value) in &self.headers {
            headers.set(name, value).map_err(|_| Failed)?;
        }
        if let Some((content_type, body)) = &self.body {
            headers
                .set("content-type", content_type)
                .map_err(|_| Failed)?;
            init.set_body(body);
        }
        init.set_headers(&headers);
        let window = web_sys::window().ok_or(Failed)?;
        let answer = JsFuture::from(window.fetch_with_str_and_init(&self.url, &init))
            .await
            .map_err(|_| Failed)?;
        answer
            .dyn_into::<web_sys::Response>()
            .map(Response)
            .map_err(|_| Failed)
    }
}

pub struct Response(web_sys::Response);

impl Response {
    /// A 2xx status.
    pub fn ok(&self) -> bool {
        self.0.ok()
    }

    pub async fn text(self) -> Result<String, Failed> {
        let promise = self.0.text().map_err(|_| Failed)?;
        let text = JsFuture::from(promise).await.map_err(|_| Failed)?;
        text.as_string().ok_or(Failed)
    }

    pub async fn json<T: DeserializeOwned>(self) -> Result<T, Failed> {
        let promise = self.0.json().map_err(|_| Failed)?;
        let value = JsFuture::from(promise).await.map_err(|_| Failed)?;
        from_js::from_value(value).map_err(|_| Failed)
    }
}
