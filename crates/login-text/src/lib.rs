//! TEMPORARY STUB (being replaced by the real renderer).
pub const MAX_CHARS: usize = 20_000;
pub fn render(markdown: &str) -> String {
    ammonia::clean(markdown)
}
