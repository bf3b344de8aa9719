//! Markdown to (not yet trusted) HTML with pulldown-cmark.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::EXTERNAL_MARKER;

pub fn to_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // Whether each open link was an `!external` one, so its end tag matches its start.
    let mut open_links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).filter_map(move |event| match event {
        // Raw HTML is dropped outright: login text is Markdown, and the cheapest safe
        // HTML is the HTML that never gets through.
        Event::Html(_) | Event::InlineHtml(_) => None,
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => match dest_url.strip_suffix(EXTERNAL_MARKER) {
            Some(url) => {
                open_links.push(true);
                Some(Event::InlineHtml(CowStr::from(external_link_open(
                    url, &title,
                ))))
            }
            None => {
                open_links.push(false);
                Some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
        },
        Event::End(TagEnd::Link) => match open_links.pop() {
            Some(true) => Some(Event::InlineHtml(CowStr::Borrowed("</a>"))),
            _ => Some(Event::End(TagEnd::Link)),
        },
        other => Some(other),
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Our own `<a>` for an external link. Added after raw HTML was removed, so it is the only
/// hand-written HTML in the stream; every value is escaped, and ammonia still vets the URL.
fn external_link_open(url: &str, title: &str) -> String {
    let mut tag = format!("<a href=\"{}\"", escape(url));
    if !title.is_empty() {
        tag.push_str(&format!(" title=\"{}\"", escape(title)));
    }
    tag.push_str(" target=\"_blank\" rel=\"noopener noreferrer\">");
    tag
}

fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
