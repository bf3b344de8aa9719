use super::render;

/// Every start tag in `html` with its attribute names, read the way an HTML tokenizer
/// reads them (quoted values may hold anything), without trusting the sanitiser's format.
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    let chars: Vec<char> = html.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '<' {
            i += 1;
            continue;
        }
        i += 1;
        let name: String = chars[i..]
            .iter()
            .take_while(|c| !c.is_whitespace() && **c != '>')
            .collect();
        i += name.chars().count();
        let mut attributes = Vec::new();
        while i < chars.len() && chars[i] != '>' {
            if chars[i].is_whitespace() || chars[i] == '/' {
                i += 1;
                continue;
            }
            let attribute: String = chars[i..]
                .iter()
                .take_while(|c| !c.is_whitespace() && **c != '=' && **c != '>')
                .collect();
            i += attribute.chars().count();
            if chars.get(i) == Some(&'=') {
                i += 1;
                match chars.get(i) {
                    Some(&quote) if quote == '"' || quote == '\'' => {
                        i += 1;
                        while i < chars.len() && chars[i] != quote {
                            i += 1;
                        }
                        i += 1;
                    }
                    _ => {
                        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '>' {
                            i += 1;
                        }
                    }
                }
            }
            attributes.push(attribute.to_ascii_lowercase());
        }
        found.push((name.to_ascii_lowercase(), attributes));
    }
    found
}

#[test]
fn the_tag_scanner_sees_real_attributes_only() {
    assert_eq!(
        tags(r#"<a href="x" title="a onclick=b">t</a><img src=x onerror=y>"#),
        vec![
            (
                "a".to_string(),
                vec!["href".to_string(), "title".to_string()]
            ),
            ("/a".to_string(), vec![]),
            (
                "img".to_string(),
                vec!["src".to_string(), "onerror".to_string()]
            ),
        ]
    );
}

/// The values of `href` and `src` attributes, as a browser would read them.
fn urls(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(start) = rest.find(attribute) {
            rest = &rest[start + attribute.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            found.push(rest[..end].replace("&amp;", "&"));
            rest = &rest[end..];
        }
    }
    found
}

fn assert_inert(payload: &str) {
    let html = render(payload);
    let lower = html.to_ascii_lowercase();
    for banned in [
        "<script", "<iframe", "<object", "<embed", "<svg", "<math", "<style", "<form", "<meta",
        "<base", "<input", "srcdoc", "<link", "<details", "<video", "<audio", "<body",
    ] {
        assert!(
            !lower.contains(banned),
            "{payload:?} -> {html:?} contains {banned}"
        );
    }
    for (tag, attributes) in tags(&html) {
        for attribute in attributes {
            assert!(
                !attribute.starts_with("on"),
                "{payload:?} -> {html:?}: <{tag} {attribute}>"
            );
            assert!(
                attribute != "style" && attribute != "formaction",
                "{payload:?} -> {html:?}"
            );
        }
    }
    // Browsers strip leading spaces and control characters before reading a scheme; a
    // percent-encoded prefix such as `%20javascript:` is a harmless relative path.
    for url in urls(&html) {
        let scheme: String = url
            .trim_start_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .take_while(|&c| c != ':' && c != '/' && c != '?' && c != '#')
            .collect::<String>()
            .to_ascii_lowercase();
        let has_scheme = url.contains(':') && !url.starts_with('%') && !url.starts_with('/');
        if has_scheme {
            assert!(
                ["http", "https", "mailto", "tel"].contains(&scheme.as_str()),
                "{payload:?} -> {html:?}: scheme {scheme}"
            );
        }
    }
}

#[test]
fn xss_payloads_come_out_inert() {
    let payloads = [
        "<script>alert(1)</script>",
        "<SCRIPT>alert(1)</SCRIPT>",
        "<ScRiPt src=//evil.example/x.js></ScRiPt>",
        "Text <script>alert(1)</script> inline",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](%20javascript:alert(1))",
        "[click]( javascript:alert(1) )",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![img](javascript:alert(1))",
        "![img](data:image/svg+xml,<svg onload=alert(1)>)",
        "[a](https://x\" onmouseover=\"alert(1))",
        "[a](https://example.com \"title\" onmouseover=\"alert(1)\")",
        "[a](https://example.com \"\\\" onmouseover=alert(1) \\\"\")",
        "[\"><img src=x onerror=alert(1)>](https://example.com)",
        "<a href=\"javascript:alert(1)\">raw</a>",
        "<!-- <script>alert(1)</script> -->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "**<img src=x onerror=alert(1)>**",
        "> <iframe src=//evil.example>",
        "- <video><source onerror=alert(1)></video>",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
        "[ext](javascript:alert(1)!external)",
        "[ext](data:text/html,x!external)",
        "<https://example.com/\"onmouseover=\"alert(1)>",
        "<javascript:alert(1)>",
        "[ref][x]\n\n[x]: javascript:alert(1)",
        "<audio src=x onerror=alert(1)>",
        "<link rel=stylesheet href=javascript:alert(1)>",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
    ];
    assert!(payloads.len() >= 30);
    for payload in payloads {
        assert_inert(payload);
    }
}

#[test]
fn code_shows_markup_as_text() {
    assert_eq!(
        render("`<b>x</b>`"),
        "<p><code>&lt;b&gt;x&lt;/b&gt;</code></p>\n"
    );
}

#[test]
fn raw_html_is_removed_but_surrounding_text_stays() {
    assert_eq!(render("<span onclick=x>hi</span>"), "<p>hi</p>\n");
    assert_eq!(
        render("<script>alert(1)</script>\n\nafter"),
        "<p>after</p>\n"
    );
    assert_eq!(render("a <b>bold</b> word"), "<p>a bold word</p>\n");
}

#[test]
fn the_documented_external_link_example_renders_exactly() {
    assert_eq!(
        render("Forgot your password? Request a reset **[here](https://forms.example.com/f/123!external)**."),
        "<p>Forgot your password? Request a reset <strong><a href=\"https://forms.example.com/f/123\" \
         target=\"_blank\" rel=\"noopener noreferrer\">here</a></strong>.</p>\n"
    );
}

#[test]
fn ordinary_links_open_in_the_same_tab() {
    assert_eq!(
        render("[help](https://example.com/help)"),
        "<p><a href=\"https://example.com/help\">help</a></p>\n"
    );
}

#[test]
fn the_marker_only_counts_at_the_very_end() {
    let html = render("[a](https://example.com/!external/page)");
    assert_eq!(
        html,
        "<p><a href=\"https://example.com/!external/page\">a</a></p>\n"
    );
}

#[test]
fn external_links_keep_titles_and_work_by_reference_and_with_special_characters() {
    assert!(
        !render("[a](https://example.com/ \"title\"!external)").contains("<a"),
        "a marker after the title is not part of the URL, so this is no link at all"
    );
    assert_eq!(
        render("[a](<https://example.com/?q=1&r=2!external> \"Say hi\")"),
        "<p><a href=\"https://example.com/?q=1&amp;r=2\" title=\"Say hi\" target=\"_blank\" \
         rel=\"noopener noreferrer\">a</a></p>\n"
    );
    assert_eq!(
        render("See [the form][f].\n\n[f]: https://forms.example.com/f!external"),
        "<p>See <a href=\"https://forms.example.com/f\" target=\"_blank\" rel=\"noopener noreferrer\">the \
         form</a>.</p>\n"
    );
}

#[test]
fn external_links_with_forbidden_schemes_lose_their_url() {
    let html = render("[x](javascript:alert(1)!external)");
    assert!(!html.contains("href"), "{html}");
    assert!(html.contains(">x</a>"), "{html}");
}

#[test]
fn mail_phone_and_relative_links_are_kept() {
    assert_eq!(
        render("[mail](mailto:help@example.com) [call](tel:+15551234) [page](/forgot-password) [rel](help#top)"),
        "<p><a href=\"mailto:help@example.com\">mail</a> <a href=\"tel:+15551234\">call</a> \
         <a href=\"/forgot-password\">page</a> <a href=\"help#top\">rel</a></p>\n"
    );
}

#[test]
fn other_schemes_are_dropped() {
    for url in [
        "ftp://example.com",
        "file:///etc/passwd",
        "data:text/plain,hi",
        "vbscript:x",
    ] {
        let html = render(&format!("[x]({url})"));
        assert_eq!(html, "<p><a>x</a></p>\n", "{url}");
    }
}

#[test]
fn headings_emphasis_lists_and_quotes_render() {
    assert_eq!(render("## Welcome"), "<h2>Welcome</h2>\n");
    assert_eq!(
        render("*a* **b** ~~c~~"),
        "<p><em>a</em> <strong>b</strong> <del>c</del></p>\n"
    );
    assert_eq!(
        render("- one\n- two"),
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
    );
    assert_eq!(
        render("3. three\n4. four"),
        "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n"
    );
    assert_eq!(
        render("> quoted"),
        "<blockquote>\n<p>quoted</p>\n</blockquote>\n"
    );
    assert_eq!(render("a\n\n---\n\nb"), "<p>a</p>\n<hr>\n<p>b</p>\n");
}

#[test]
fn code_blocks_render_escaped() {
    assert_eq!(
        render("```\nlet x = 1 < 2;\n```"),
        "<pre><code>let x = 1 &lt; 2;\n</code></pre>\n"
    );
}

#[test]
fn tables_render_without_inline_styles() {
    let html = render("| Left | Right |\n|:-----|------:|\n| a | b |");
    assert!(html.starts_with("<table>"), "{html}");
    assert!(
        html.contains("<th>Left</th>") && html.contains("<td>b</td>"),
        "{html}"
    );
    assert!(!html.contains("style"), "{html}");
}

#[test]
fn images_keep_safe_sources_and_alt_text() {
    assert_eq!(
        render("![Logo](https://example.com/logo.png \"Our logo\")"),
        "<p><img src=\"https://example.com/logo.png\" alt=\"Logo\" title=\"Our logo\"></p>\n"
    );
}

#[test]
fn output_is_deterministic_and_empty_input_is_fine() {
    let text = "# Hi\n\n[a](https://a.example!external) and [b](/b)";
    assert_eq!(render(text), render(text));
    assert_eq!(render(""), "");
}

#[test]
fn long_and_odd_input_does_not_panic() {
    let long = "[x](https://example.com!external) **bold** <b>".repeat(2_000);
    assert!(render(&long).len() > 1000);
    let nested = format!("{}x{}", "> ".repeat(500), "*".repeat(500));
    let _ = render(&nested);
    let _ = render("\u{0}\u{FEFF}[\u{202E}](https://example.com)");
}
