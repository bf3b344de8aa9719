//! Solving a human check in the browser: the challenge goes to the solver's own Web
//! Worker (`crates/pow`, built by Trunk with a loader beside the sign-in bundle), so the
//! page stays responsive, and the page hears how far the search has got.

use std::future::Future;

use leptos::prelude::*;
use portico_api::human_check::{HumanCheckChallenge, HumanCheckSolution};
use portico_api::{ErrorBody, ErrorCode};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::api;

/// While a human check runs: the share of the search done so far; `None` otherwise. The
/// console shares one (`provide`), shown in its layout; the sign-in pages keep their own.
#[derive(Clone, Copy)]
pub struct Checking(pub RwSignal<Option<f64>>);

impl Checking {
    pub fn local() -> Checking {
        Checking(RwSignal::new(None))
    }

    /// Called once by the console's root, so every page shares one.
    pub fn provide() {
        provide_context(Checking::local());
    }

    pub fn get() -> Checking {
        expect_context::<Checking>()
    }
}

/// How many challenges one request may be asked before giving up: a solution the server
/// refuses (it expired while the tab slept, say) comes back with a new challenge.
const ROUNDS: usize = 3;

/// Sends a request that may need a human check. `send` makes the request, with the solved
/// challenge (none at first). When the answer asks for a check, the challenge is solved in
/// a worker while `checking` shows how far it got, and the request goes again: no extra
/// click. A check that cannot finish comes back as an error with a sentence to show.
pub async fn send_checked<T, Fut>(
    checking: Checking,
    send: impl Fn(Option<String>) -> Fut,
) -> Result<T, api::Error>
where
    Fut: Future<Output = Result<T, api::Error>>,
{
    let mut solution = None;
    let mut round = 0;
    let outcome = loop {
        let err = match send(solution.take()).await {
            Ok(answer) => break Ok(answer),
            Err(err) => err,
        };
        let Some(challenge) = err.human_check() else {
            break Err(err);
        };
        round += 1;
        if round > ROUNDS {
            break Err(unfinished(
                "We couldn't finish checking that you're not a robot. Please try again in a few minutes.",
            ));
        }
        checking.0.set(Some(0.0));
        let progress = checking.0;
        match solve(&challenge, move |done| progress.set(Some(done))).await {
            // Found: the bar fills while the request goes out again.
            Ok(solved) => {
                checking.0.set(Some(1.0));
                solution = Some(solved);
            }
            Err(CheckFailed) => {
                break Err(unfinished(
                    "We couldn't finish checking that you're not a robot in this browser. Please try again.",
                ))
            }
        }
    };
    checking.0.set(None);
    outcome
}

/// A check that could not finish, as an error the page shows like any other.
fn unfinished(message: &str) -> api::Error {
    api::Error::Api(ErrorBody {
        code: ErrorCode::HumanCheckRequired,
        message: message.to_string(),
        fields: Vec::new(),
        retry_after_secs: None,
        human_check: None,
    })
}

/// The worker's script: Trunk's loader for `portico-pow` (`data-loader-shim`).
const WORKER: &str = "/portico-pow_loader.js";

/// The check could not run here (no workers, the script missing) or found nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckFailed;

/// Solves `challenge` in a worker; `progress` hears the share of the range tried so far
/// (0 to 1). Answers the solution as the API takes it: ALTCHA's JSON, base64-encoded.
async fn solve(
    challenge: &HumanCheckChallenge,
    progress: impl Fn(f64) + 'static,
) -> Result<String, CheckFailed> {
    let worker = web_sys::Worker::new(WORKER).map_err(|_| CheckFailed)?;
    let answer = search(&worker, challenge, progress).await;
    worker.terminate();
    let answer = answer?;
    let number = field(&answer, "number")
        .and_then(|n| n.as_f64())
        .ok_or(CheckFailed)?;
    let took = field(&answer, "took").and_then(|t| t.as_f64());
    let solution = HumanCheckSolution::answer(challenge, number as u64, took.map(|t| t as u64));
    let json = serde_json::to_string(&solution).map_err(|_| CheckFailed)?;
    // The JSON is ASCII (hex, digits and the salt's parameters), which is what btoa takes.
    web_sys::window()
        .ok_or(CheckFailed)?
        .btoa(&json)
        .map_err(|_| CheckFailed)
}

/// Posts the challenge once the worker is ready, and waits for its final message.
async fn search(
    worker: &web_sys::Worker,
    challenge: &HumanCheckChallenge,
    progress: impl Fn(f64) + 'static,
) -> Result<JsValue, CheckFailed> {
    let mut settle = None;
    let done = js_sys::Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle.ok_or(CheckFailed)?;
    let max = challenge.maxnumber.max(1) as f64;
    let message = js_sys::Object::new();
    for (name, value) in [
        ("salt", JsValue::from_str(&challenge.salt)),
        ("challenge", JsValue::from_str(&challenge.challenge)),
        ("maxnumber", JsValue::from_f64(challenge.maxnumber as f64)),
    ] {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(name), &value);
    }
    let failed = reject.clone();
    let to_worker = worker.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if field(&data, "ready").is_some() {
                // Only now is the worker listening.
                if to_worker.post_message(&message).is_err() {
                    let _ = failed.call0(&JsValue::NULL);
                }
            } else if let Some(tried) = field(&data, "tried").and_then(|t| t.as_f64()) {
                progress((tried / max).min(1.0));
            } else if field(&data, "number").is_some() {
                let _ = resolve.call1(&JsValue::NULL, &data);
            } else {
                let _ = failed.call0(&JsValue::NULL);
            }
        });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        let _ = reject.call0(&JsValue::NULL);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The handlers live until the answer is in; dropping them after is safe because the
    // caller terminates the worker next.
    let answer = JsFuture::from(done).await.map_err(|_| CheckFailed);
    worker.set_onmessage(None);
    worker.set_onerror(None);
    drop((on_message, on_error));
    answer
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined())
}
