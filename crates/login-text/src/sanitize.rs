//! The allow-list every rendered login text passes through.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use ammonia::{Builder, UrlRelative};

/// Only what the Markdown renderer itself produces. Everything else, and everything
/// executable (script, style, iframe, object, embed, form, svg, math, ...), is removed.
const TAGS: &[&str] = &[
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];

/// http(s), mail and phone links; relative URLs pass through. No javascript:, data:,
/// vbscript:, file: or anything else.
const SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

fn builder() -> &'static Builder<'static> {
    static BUILDER: OnceLock<Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let attributes: HashMap<&str, HashSet<&str>> = HashMap::from([
            ("a", HashSet::from(["href", "title", "target", "rel"])),
            ("img", HashSet::from(["src", "alt", "title"])),
            ("ol", HashSet::from(["start"])),
        ]);
        let mut builder = Builder::empty();
        builder
            .tags(TAGS.iter().copied().collect())
            .clean_content_tags(HashSet::from(["script", "style"]))
            .tag_attributes(attributes)
            .generic_attributes(HashSet::new())
            .url_schemes(SCHEMES.iter().copied().collect())
            .url_relative(UrlRelative::PassThrough)
            // rel is set only on `!external` links, by the Markdown stage.
            .link_rel(None)
            .strip_comments(true)
            .attribute_filter(keep_attribute);
        builder
    })
}

/// `target` and `rel` survive only with the exact values external links get.
fn keep_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    match (element, attribute) {
        ("a", "target") => (value == "_blank").then_some(Cow::Borrowed(value)),
        ("a", "rel") => (value == "noopener noreferrer").then_some(Cow::Borrowed(value)),
        _ => Some(Cow::Borrowed(value)),
    }
}

pub fn clean(html: &str) -> String {
    builder().clean(html).to_string()
}
