//! The solver's Web Worker. Once its wasm is running it says `{ready: true}` (a message
//! posted before that would find no handler and be lost); the page then posts
//! `{salt, challenge, maxnumber}`, and the worker answers `{tried}` now and then while it
//! searches, then `{number, took}` (milliseconds), or `{failed: true}` when the challenge
//! has no answer it can find.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok();
            let text = |name: &str| field(name).and_then(|v| v.as_string());
            let reply = |pairs: &[(&str, JsValue)]| {
                let message = js_sys::Object::new();
                for (name, value) in pairs {
                    let _ = js_sys::Reflect::set(&message, &JsValue::from_str(name), value);
                }
                let _ = reply_to.post_message(&message);
            };
            let started = js_sys::Date::now();
            let found = match (
                text("salt"),
                text("challenge"),
                field("maxnumber").and_then(|v| v.as_f64()),
            ) {
                (Some(salt), Some(challenge), Some(max)) => {
                    portico_pow::solve(&salt, &challenge, max as u64, |tried| {
                        reply(&[("tried", JsValue::from_f64(tried as f64))])
                    })
                }
                _ => None,
            };
            match found {
                Some(number) => reply(&[
                    ("number", JsValue::from_f64(number as f64)),
                    (
                        "took",
                        JsValue::from_f64((js_sys::Date::now() - started).round()),
                    ),
                ]),
                None => reply(&[("failed", JsValue::TRUE)]),
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page wants it; the handler with it.
    on_message.forget();
    let ready = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ready, &JsValue::from_str("ready"), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
