//! The portal's login text: Markdown written by staff, turned into HTML that the sign-in
//! page can insert with `innerHTML`.
//!
//! One renderer for both sides: the server renders what clients see, and the staff
//! console's live preview compiles this same crate to wasm, so the preview cannot drift
//! from the real page. It is pure Rust with no I/O, so it runs unchanged on wasm32.
//!
//! Safety is layered: raw HTML never leaves the Markdown stage, and the generated HTML then
//! goes through an explicit ammonia allow-list that also checks every URL scheme.

mod markdown;
mod sanitize;

/// Longest accepted login text, in characters (Unicode scalar values). Callers enforce it
/// (the API answers 400 above it); `render` itself accepts anything.
pub const MAX_CHARS: usize = 20_000;

/// A link whose URL ends with this marker opens in a new tab; the marker is removed.
pub const EXTERNAL_MARKER: &str = "!external";

/// Markdown in, safe HTML out. Never panics; the same input always gives the same output.
pub fn render(markdown: &str) -> String {
    sanitize::clean(&markdown::to_html(markdown))
}

#[cfg(test)]
mod tests;
