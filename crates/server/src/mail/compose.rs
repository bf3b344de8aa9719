//! The emails Portico sends, each as a plain-text and an HTML part that say the same thing,
//! including who sent it and why.

use portico_api::branding::Logo;

use crate::clock::{format_utc, human_duration, Timestamp};
use crate::portal::Rendered;
use crate::store::outbox::{NOT_ME_MARKER, RESET_LINK_MARKER};
use crate::store::passwords::ChangeMethod;

/// Who is writing: the portal's name, address and branding.
pub struct Sender<'a> {
    pub portal_name: &'a str,
    pub public_url: &'a str,
    /// `#rrggbb`, checked when saved, for the button.
    pub accent: &'a str,
    pub logo: Option<&'a Logo>,
}

impl<'a> Sender<'a> {
    pub fn of(portal: &'a Rendered, public_url: &'a str) -> Sender<'a> {
        Sender {
            portal_name: &portal.name,
            public_url,
            accent: &portal.mail_accent,
            logo: portal.branding.logo.as_ref(),
        }
    }
}

pub struct Recipient<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Paragraphs become text lines and `<p>` elements; `Link` paragraphs become a button.
enum Block {
    Text(String),
    Link { label: String, url: String },
    Facts(Vec<(&'static str, String)>),
}

/// The logo's height in an email, in CSS pixels: a letterhead, not a banner.
const MAIL_LOGO_HEIGHT: u32 = 40;

fn compose(
    from: &Sender<'_>,
    subject: String,
    greeting: &str,
    blocks: &[Block],
    why: String,
) -> Composed {
    let mut text = format!("{greeting}\n\n");
    let mut html = String::from(
        "<!doctype html><html><body style=\"font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a\">",
    );
    if let Some(logo) = from.logo {
        // Sized in the markup, so a mail client that blocks images keeps the layout and
        // shows the portal's name instead.
        let height = MAIL_LOGO_HEIGHT.min(logo.height);
        let width =
            (u64::from(logo.width) * u64::from(height) / u64::from(logo.height.max(1))).max(1);
        html.push_str(&format!(
            "<p><img src=\"{}{}\" alt=\"{}\" width=\"{width}\" height=\"{height}\"></p>",
            escape(from.public_url),
            escape(&logo.url),
            escape(from.portal_name)
        ));
    }
    html.push_str(&format!("<p>{}</p>", escape(greeting)));
    for block in blocks {
        match block {
            Block::Text(paragraph) => {
                text.push_str(paragraph);
                text.push_str("\n\n");
                html.push_str(&format!("<p>{}</p>", escape(paragraph)));
            }
            Block::Link { label, url } => {
                text.push_str(&format!("{label}:\n{url}\n\n"));
                html.push_str(&format!(
                    "<p><a href=\"{url}\" style=\"display:inline-block;padding:10px 16px;background:{accent};color:#fff;text-decoration:none;border-radius:6px\">{}</a></p><p style=\"font-size:13px\">Or paste this address into your browser: {url}</p>",
                    escape(label),
                    url = escape(url),
                    accent = escape(from.accent)
                ));
            }
            Block::Facts(facts) => {
                html.push_str("<table role=\"presentation\" style=\"border-collapse:collapse\">");
                for (label, value) in facts {
                    text.push_str(&format!("{label}: {value}\n"));
                    html.push_str(&format!(
                        "<tr><th scope=\"row\" style=\"text-align:left;padding:2px 12px 2px 0\">{}</th><td>{}</td></tr>",
                        escape(label),
                        escape(value)
                    ));
                }
                text.push('\n');
                html.push_str("</table>");
            }
        }
    }
    text.push_str("-- \n");
    text.push_str(&why);
    text.push('\n');
    html.push_str(&format!(
        "<hr><p style=\"font-size:13px;color:#555\">{}</p></body></html>",
        escape(&why)
    ));
    Composed {
        subject,
        text,
        html,
    }
}

/// The reset email. Its link is the marker, filled in at delivery.
pub fn reset_link(
    from: &Sender<'_>,
    to: &Recipient<'_>,
    expires_at: Timestamp,
    now: Timestamp,
) -> Composed {
    compose(
        from,
        format!("Reset your {} password", from.portal_name),
        &format!("Hello {},", to.name),
        &[
            Block::Text(format!(
                "Someone, hopefully you, asked to reset the password of your {} account ({}). Choose a new one with the link below.",
                from.portal_name, to.email
            )),
            Block::Link {
                label: "Choose a new password".into(),
                url: RESET_LINK_MARKER.into(),
            },
            Block::Text(format!(
                "The link works once and expires in {} ({}).",
                human_duration(expires_at - now),
                format_utc(expires_at)
            )),
            Block::Text(
                "If you didn't ask for this, you can ignore this email: your password stays as it is."
                    .into(),
            ),
        ],
        format!(
            "{} ({}) sent this email because a password reset was requested for this address.",
            from.portal_name, from.public_url
        ),
    )
}

/// The instructions staff send with a new account: a link to choose a password, and
/// their own message when they wrote one.
pub fn welcome(
    from: &Sender<'_>,
    to: &Recipient<'_>,
    message: Option<&str>,
    expires_at: Timestamp,
    now: Timestamp,
) -> Composed {
    let mut blocks = vec![Block::Text(format!(
        "An account at {} has been created for you ({}). Choose your password with the link below, then sign in at {}/login.",
        from.portal_name, to.email, from.public_url
    ))];
    if let Some(message) = message.map(str::trim).filter(|m| !m.is_empty()) {
        blocks.push(Block::Text(format!("A message from {}:", from.portal_name)));
        blocks.push(Block::Text(message.to_string()));
    }
    blocks.push(Block::Link {
        label: "Choose your password".into(),
        url: RESET_LINK_MARKER.into(),
    });
    blocks.push(Block::Text(format!(
        "The link works once and expires in {} ({}). When it has expired, ask for a new one with Forgot your password? on the sign-in page.",
        human_duration(expires_at - now),
        format_utc(expires_at)
    )));
    compose(
        from,
        format!("Your {} account", from.portal_name),
        &format!("Hello {},", to.name),
        &blocks,
        format!(
            "{} ({}) sent this email because its staff created an account for this address.",
            from.portal_name, from.public_url
        ),
    )
}

/// What the account holder is told about a password change.
pub struct ChangeDetails {
    pub at: Timestamp,
    pub method: ChangeMethod,
    pub ip: String,
    /// "Firefox 120 on Linux".
    pub device: String,
    /// "Berlin, Germany", when a GeoIP database is configured and knows the address.
    pub location: Option<String>,
}

pub fn password_changed(from: &Sender<'_>, to: &Recipient<'_>, change: &ChangeDetails) -> Composed {
    let how = match change.method {
        ChangeMethod::ResetLink => "With a password reset link sent to this address",
        ChangeMethod::InPortal => "From the account page, by someone signed in as you",
        ChangeMethod::Staff => "By the people who run the portal",
        ChangeMethod::Automation => "By an automation connected to the portal",
        ChangeMethod::FirstSignIn => {
            "When signing in for the first time with a password the portal's staff set"
        }
    };
    let mut facts = vec![
        ("When", format_utc(change.at)),
        ("How", how.to_string()),
        ("IP address", change.ip.clone()),
    ];
    if let Some(location) = &change.location {
        facts.push(("Approximate location", location.clone()));
    }
    facts.push(("Device", change.device.clone()));
    compose(
        from,
        format!("Your {} password was changed", from.portal_name),
        &format!("Hello {},", to.name),
        &[
            Block::Text(format!(
                "The password of your {} account ({}) was just changed.",
                from.portal_name, to.email
            )),
            Block::Facts(facts),
            Block::Text("If this was you, there is nothing more to do.".into()),
            Block::Text(
                "If it wasn't you, someone may know your password or be able to read your email. Use the link below: it signs you out everywhere and emails you a link to choose a new password. Then tell the people who run this portal."
                    .into(),
            ),
            Block::Link {
                label: "This wasn't me".into(),
                url: NOT_ME_MARKER.into(),
            },
        ],
        format!(
            "{} ({}) sends this email after every password change of your account, whoever made it.",
            from.portal_name, from.public_url
        ),
    )
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
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

#[cfg(test)]
mod tests {
    use super::*;

    const FROM: Sender<'static> = Sender {
        portal_name: "Acme <Portal>",
        public_url: "https://portal.example.com",
        accent: "#1f4ed8",
        logo: None,
    };
    const TO: Recipient<'static> = Recipient {
        name: "Ada \"<b>\"",
        email: "ada@example.com",
    };

    #[test]
    fn reset_email_carries_the_marker_not_a_link_and_says_why() {
        let mail = reset_link(&FROM, &TO, 86_400, 0);
        assert_eq!(mail.subject, "Reset your Acme <Portal> password");
        for body in [&mail.text, &mail.html] {
            assert!(body.contains(RESET_LINK_MARKER));
            assert!(body.contains("expires in 24 hours"));
            assert!(body.contains("https://portal.example.com"));
            assert!(body.contains("a password reset was requested"));
        }
    }

    #[test]
    fn welcome_carries_the_staff_message_escaped_and_a_link() {
        let mail = welcome(&FROM, &TO, Some("See you <soon>"), 86_400, 0);
        assert_eq!(mail.subject, "Your Acme <Portal> account");
        assert!(mail.text.contains("See you <soon>"));
        assert!(mail.html.contains("See you &lt;soon&gt;"));
        assert!(mail.text.contains(RESET_LINK_MARKER));
        let plain = welcome(&FROM, &TO, Some("  "), 86_400, 0);
        assert!(!plain.text.contains("A message from"));
    }

    #[test]
    fn the_plain_text_part_never_points_at_a_button_it_does_not_have() {
        for mail in [
            reset_link(&FROM, &TO, 86_400 - 60, 0),
            welcome(&FROM, &TO, None, 86_400, 0),
        ] {
            assert!(
                !mail.text.to_lowercase().contains("button"),
                "{}",
                mail.text
            );
        }
        let resent = reset_link(&FROM, &TO, 86_400 - 60, 0);
        assert!(
            resent.text.contains("expires in 24 hours"),
            "{}",
            resent.text
        );
    }

    #[test]
    fn the_logo_heads_the_html_part_sized_and_named() {
        let logo = Logo {
            url: "/api/portal/logo?v=abc".into(),
            width: 300,
            height: 100,
        };
        let from = Sender {
            accent: "#7a003c",
            logo: Some(&logo),
            ..FROM
        };
        let mail = reset_link(&from, &TO, 86_400, 0);
        assert!(mail.html.contains(
            r#"<img src="https://portal.example.com/api/portal/logo?v=abc" alt="Acme &lt;Portal&gt;" width="120" height="40">"#
        ), "{}", mail.html);
        assert!(mail.html.contains("background:#7a003c"));
        assert!(!mail.text.contains("logo"));
    }

    #[test]
    fn html_part_escapes_every_name() {
        let mail = reset_link(&FROM, &TO, 86_400, 0);
        assert!(!mail.html.contains("<b>"));
        assert!(mail.html.contains("Ada &quot;&lt;b&gt;&quot;"));
        assert!(mail.html.contains("Acme &lt;Portal&gt;"));
    }

    #[test]
    fn change_notice_names_time_place_device_and_method() {
        let change = ChangeDetails {
            at: 1_795_417_500,
            method: ChangeMethod::ResetLink,
            ip: "203.0.113.9".into(),
            device: "Firefox 120 on Linux".into(),
            location: Some("Berlin, Germany".into()),
        };
        let mail = password_changed(&FROM, &TO, &change);
        for body in [&mail.text, &mail.html] {
            for needle in [
                "2026-11-23 07:05 UTC",
                "203.0.113.9",
                "Firefox 120 on Linux",
                "Berlin, Germany",
                "password reset link",
                NOT_ME_MARKER,
            ] {
                assert!(body.contains(needle), "{needle} missing");
            }
        }
        let without = password_changed(
            &FROM,
            &TO,
            &ChangeDetails {
                location: None,
                ..change
            },
        );
        assert!(!without.text.contains("location"));
    }
}
