//! The live preview's worker. It receives `[sequence, markdown]`, renders with the very
//! code the server uses (`portico_login_text::render`), and answers
//! `[sequence, html, milliseconds]`, after first saying `"ready"`. Running in a worker keeps typing smooth, and being a
//! separate wasm keeps ammonia and html5ever out of every other page.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn now_ms(scope: &DedicatedWorkerGlobalScope) -> f64 {
    Reflect::get(scope, &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<Object>().ok())
        .and_then(|p| {
            let now = Reflect::get(&p, &"now".into()).ok()?;
            now.dyn_into::<js_sys::Function>().ok()?.call0(&p).ok()
        })
        .and_then(|v| v.as_f64())
        .unwrap_or_default()
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let request = Array::from(&event.data());
        let sequence = request.get(0);
        let markdown = request.get(1).as_string().unwrap_or_default();
        let started = now_ms(&reply);
        let html = portico_login_text::render(&markdown);
        let took = now_ms(&reply) - started;
        let answer = Array::of3(
            &sequence,
            &JsValue::from_str(&html),
            &JsValue::from_f64(took),
        );
        let _ = reply.post_message(&answer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrive while the wasm is still loading find no listener and are lost,
    // so the page waits for this before sending any.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
