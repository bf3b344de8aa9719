//! The portal builder's live preview renderer: `render(markdown)` is the very function the
//! server uses (`portico_login_text::render`), so what staff see is what clients get.
//!
//! It is a wasm module of its own, built by Trunk beside the staff console (wasm-bindgen's
//! no-modules output, `window.wasm_bindgen.render`) and loaded only when the builder opens,
//! so ammonia and html5ever never weigh on any other page. Rendering 4 KB takes well under
//! a millisecond, so it runs on the page's own thread: a worker's message round trip
//! costs more than the render itself.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn render(markdown: &str) -> String {
    portico_login_text::render(markdown)
}

fn main() {}
