//! A webhook receiver on loopback: keeps every request and answers with scripted statuses,
//! so tests see exactly what the real sender sent, and when.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::{header, HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;

/// Permits of an open gate: more than any test sends, with room to add more.
const OPEN: usize = tokio::sync::Semaphore::MAX_PERMITS / 4;

#[derive(Debug, Clone)]
pub struct Request {
    pub headers: HeaderMap,
    pub body: String,
}

impl Request {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .unwrap_or_else(|| panic!("no {name} header"))
            .to_str()
            .unwrap()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap()
    }
}

#[derive(Default)]
struct Inner {
    received: Vec<Request>,
    /// Statuses for the next requests; 200 once they run out.
    script: VecDeque<u16>,
}

pub struct Receiver {
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    /// While held, requests are kept waiting for an answer until released.
    gate: Arc<tokio::sync::Semaphore>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Receiver {
    /// Answers with `script` in order, then 200.
    pub async fn start(script: &[u16]) -> Receiver {
        Receiver::start_on(0, script).await
    }

    pub async fn start_on(port: u16, script: &[u16]) -> Receiver {
        Receiver::start_with(port, script, OPEN).await
    }

    /// Keeps every request waiting for its answer until [`Receiver::release`].
    pub async fn start_held() -> Receiver {
        Receiver::start_with(0, &[], 0).await
    }

    async fn start_with(port: u16, script: &[u16], permits: usize) -> Receiver {
        let inner = Arc::new(Mutex::new(Inner {
            received: Vec::new(),
            script: script.iter().copied().collect(),
        }));
        let gate = Arc::new(tokio::sync::Semaphore::new(permits));
        let shared = inner.clone();
        let held = gate.clone();
        let app = Router::new().route(
            "/hook",
            post(move |headers: HeaderMap, body: String| {
                let shared = shared.clone();
                let held = held.clone();
                async move {
                    let status = {
                        let mut inner = shared.lock().unwrap();
                        inner.received.push(Request { headers, body });
                        inner.script.pop_front().unwrap_or(200)
                    };
                    held.acquire().await.unwrap().forget();
                    // A redirect points back here: a sender that followed it would be seen.
                    (
                        StatusCode::from_u16(status).unwrap(),
                        [(header::LOCATION, "/hook")],
                        format!("answer {status}"),
                    )
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Receiver {
            url,
            inner,
            gate,
            task,
        }
    }

    /// Lets every waiting and later request have its answer.
    pub fn release(&self) {
        self.gate.add_permits(OPEN);
    }

    pub fn received(&self) -> Vec<Request> {
        self.inner.lock().unwrap().received.clone()
    }

    /// Waits (up to 10 s) until `count` requests have arrived.
    pub async fn wait_for(&self, count: usize) -> Vec<Request> {
        for _ in 0..200 {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} webhook requests after 10 s");
    }
}
