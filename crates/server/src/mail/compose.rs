//! The emails Portico sends, each as a plain-text and an HTML part that say the same thing,
//! including who sent it and why.

use portico_api::branding::Logo;

use portico_i18n::{Arg, Catalog, Dir, Lang};

use crate::clock::Timestamp;
use crate::i18n;
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
    Facts(Vec<(String, String)>),
}

/// The logo's height in an email, in CSS pixels: a letterhead, not a banner.
const MAIL_LOGO_HEIGHT: u32 = 40;

/// One email in one language: its words, and the variables every sentence may use.
struct Letter<'a> {
    words: &'static Catalog,
    from: &'a Sender<'a>,
    to: &'a Recipient<'a>,
}

impl Letter<'_> {
    fn new<'a>(lang: Lang, from: &'a Sender<'a>, to: &'a Recipient<'a>) -> Letter<'a> {
        Letter {
            words: i18n::words(lang),
            from,
            to,
        }
    }

    /// A sentence that may name the portal, its address and the recipient.
    fn say(&self, id: &str) -> String {
        self.say_with(id, &[])
    }

    fn say_with(&self, id: &str, more: &[(&str, Arg<'_>)]) -> String {
        let mut args = vec![
            ("portal", Arg::Text(self.from.portal_name)),
            ("url", Arg::Text(self.from.public_url)),
            ("email", Arg::Text(self.to.email)),
            ("name", Arg::Text(self.to.name)),
        ];
        args.extend_from_slice(more);
        self.words.text_with(id, &args)
    }

    /// "The link works once and expires in 24 hours (…)."
    fn expiry(&self, id: &str, expires_at: Timestamp, now: Timestamp) -> String {
        let duration = i18n::duration(self.words, expires_at - now);
        let when = i18n::date_time(self.words, expires_at);
        self.say_with(
            id,
            &[("duration", (&duration).into()), ("when", (&when).into())],
        )
    }

    fn compose(&self, subject: String, blocks: &[Block], why: String) -> Composed {
        let from = self.from;
        let greeting = self.say("greeting");
        let lang = self.words.lang();
        let rtl = lang.dir() == Dir::Rtl;
        let mut text = format!("{greeting}\n\n");
        let mut html = format!(
            "<!doctype html><html lang=\"{}\" dir=\"{}\"><body style=\"font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a\">",
            lang.tag(),
            lang.dir().as_str()
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
        html.push_str(&format!("<p>{}</p>", escape(&greeting)));
        for block in blocks {
            match block {
                Block::Text(paragraph) => {
                    text.push_str(paragraph);
                    text.push_str("\n\n");
                    html.push_str(&format!("<p>{}</p>", escape(paragraph)));
                }
                Block::Link { label, url } => {
                    text.push_str(&format!("{label}:\n{url}\n\n"));
                    let paste = self
                        .words
                        .text_with("paste-link", &[("link", Arg::Text(url))]);
                    html.push_str(&format!(
                        "<p><a href=\"{url}\" style=\"display:inline-block;padding:10px 16px;background:{accent};color:#fff;text-decoration:none;border-radius:6px\">{}</a></p><p style=\"font-size:13px\">{}</p>",
                        escape(label),
                        escape(&paste),
                        url = escape(url),
                        accent = escape(from.accent)
                    ));
                }
                Block::Facts(facts) => {
                    // Mail clients know few logical properties: the side is spelled out.
                    let (start, end) = if rtl {
                        ("right", "left")
                    } else {
                        ("left", "right")
                    };
                    html.push_str(
                        "<table role=\"presentation\" style=\"border-collapse:collapse\">",
                    );
                    for (label, value) in facts {
                        text.push_str(&format!("{label}: {value}\n"));
                        html.push_str(&format!(
                            "<tr><th scope=\"row\" style=\"text-align:{start};padding:2px 0;padding-{end}:12px\">{}</th><td>{}</td></tr>",
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
}

/// The reset email, in `lang`. Its link is the marker, filled in at delivery.
pub fn reset_link(
    lang: Lang,
    from: &Sender<'_>,
    to: &Recipient<'_>,
    expires_at: Timestamp,
    now: Timestamp,
) -> Composed {
    let letter = Letter::new(lang, from, to);
    letter.compose(
        letter.say("reset-subject"),
        &[
            Block::Text(letter.say("reset-intro")),
            Block::Link {
                label: letter.say("reset-button"),
                url: RESET_LINK_MARKER.into(),
            },
            Block::Text(letter.expiry("reset-expiry", expires_at, now)),
            Block::Text(letter.say("reset-ignore")),
        ],
        letter.say("reset-why"),
    )
}

/// The instructions staff send with a new account, in `lang`: a link to choose a
/// password, and their own message when they wrote one.
pub fn welcome(
    lang: Lang,
    from: &Sender<'_>,
    to: &Recipient<'_>,
    message: Option<&str>,
    expires_at: Timestamp,
    now: Timestamp,
) -> Composed {
    let letter = Letter::new(lang, from, to);
    let login = format!("{}/login", from.public_url);
    let mut blocks = vec![Block::Text(
        letter.say_with("welcome-intro", &[("login", (&login).into())]),
    )];
    if let Some(message) = message.map(str::trim).filter(|m| !m.is_empty()) {
        blocks.push(Block::Text(letter.say("welcome-message")));
        blocks.push(Block::Text(message.to_string()));
    }
    blocks.push(Block::Link {
        label: letter.say("welcome-button"),
        url: RESET_LINK_MARKER.into(),
    });
    blocks.push(Block::Text(letter.expiry(
        "welcome-expiry",
        expires_at,
        now,
    )));
    letter.compose(
        letter.say("welcome-subject"),
        &blocks,
        letter.say("welcome-why"),
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

pub fn password_changed(
    lang: Lang,
    from: &Sender<'_>,
    to: &Recipient<'_>,
    change: &ChangeDetails,
) -> Composed {
    let letter = Letter::new(lang, from, to);
    let how = match change.method {
        ChangeMethod::ResetLink => "changed-how-reset-link",
        ChangeMethod::InPortal => "changed-how-in-portal",
        ChangeMethod::Staff => "changed-how-staff",
        ChangeMethod::Automation => "changed-how-automation",
        ChangeMethod::FirstSignIn => "changed-how-first-sign-in",
    };
    let mut facts = vec![
        (
            letter.say("changed-when"),
            i18n::date_time(letter.words, change.at),
        ),
        (letter.say("changed-how"), letter.say(how)),
        (letter.say("changed-ip"), change.ip.clone()),
    ];
    if let Some(location) = &change.location {
        facts.push((letter.say("changed-location"), location.clone()));
    }
    facts.push((letter.say("changed-device"), change.device.clone()));
    letter.compose(
        letter.say("changed-subject"),
        &[
            Block::Text(letter.say("changed-intro")),
            Block::Facts(facts),
            Block::Text(letter.say("changed-was-you")),
            Block::Text(letter.say("changed-not-you")),
            Block::Link {
                label: letter.say("changed-button"),
                url: NOT_ME_MARKER.into(),
            },
        ],
        letter.say("changed-why"),
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
        let mail = reset_link(Lang::En, &FROM, &TO, 86_400, 0);
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
        let mail = welcome(Lang::En, &FROM, &TO, Some("See you <soon>"), 86_400, 0);
        assert_eq!(mail.subject, "Your Acme <Portal> account");
        assert!(mail.text.contains("See you <soon>"));
        assert!(mail.html.contains("See you &lt;soon&gt;"));
        assert!(mail.text.contains(RESET_LINK_MARKER));
        let plain = welcome(Lang::En, &FROM, &TO, Some("  "), 86_400, 0);
        assert!(!plain.text.contains("A message from"));
    }

    #[test]
    fn the_plain_text_part_never_points_at_a_button_it_does_not_have() {
        for mail in [
            reset_link(Lang::En, &FROM, &TO, 86_400 - 60, 0),
            welcome(Lang::En, &FROM, &TO, None, 86_400, 0),
        ] {
            assert!(
                !mail.text.to_lowercase().contains("button"),
                "{}",
                mail.text
            );
        }
        let resent = reset_link(Lang::En, &FROM, &TO, 86_400 - 60, 0);
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
        let mail = reset_link(Lang::En, &from, &TO, 86_400, 0);
        assert!(mail.html.contains(
            r#"<img src="https://portal.example.com/api/portal/logo?v=abc" alt="Acme &lt;Portal&gt;" width="120" height="40">"#
        ), "{}", mail.html);
        assert!(mail.html.contains("background:#7a003c"));
        assert!(!mail.text.contains("logo"));
    }

    #[test]
    fn every_email_is_written_whole_in_every_language() {
        // The catalogs are strict under test: a missing message or variable panics here.
        let change = ChangeDetails {
            at: 1_795_417_500,
            method: ChangeMethod::InPortal,
            ip: "203.0.113.9".into(),
            device: "Firefox 120 on Linux".into(),
            location: Some("Berlin, Germany".into()),
        };
        for lang in Lang::ALL {
            for mail in [
                reset_link(lang, &FROM, &TO, 3_600, 0),
                welcome(lang, &FROM, &TO, Some("Hi"), 86_400, 0),
                password_changed(lang, &FROM, &TO, &change),
            ] {
                let html_lang = format!(
                    "<html lang=\"{}\" dir=\"{}\">",
                    lang.tag(),
                    lang.dir().as_str()
                );
                assert!(
                    mail.html
                        .starts_with(&format!("<!doctype html>{html_lang}")),
                    "{}",
                    mail.html
                );
                assert!(mail.subject.contains("Acme <Portal>"), "{}", mail.subject);
                assert!(!mail.text.contains("{$"), "{}", mail.text);
            }
        }
        let german = reset_link(Lang::De, &FROM, &TO, 86_400, 0);
        assert_eq!(
            german.subject,
            "Setzen Sie Ihr Passwort für Acme <Portal> zurück"
        );
        assert!(german
            .text
            .contains("läuft in 24 Stunden ab (2. Januar 1970, 00:00 Uhr UTC)"));
        let arabic = password_changed(Lang::Ar, &FROM, &TO, &change);
        assert!(arabic.html.contains("text-align:right"));
        assert!(arabic.text.contains("لم أكن أنا"));
    }

    #[test]
    fn html_part_escapes_every_name() {
        let mail = reset_link(Lang::En, &FROM, &TO, 86_400, 0);
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
        let mail = password_changed(Lang::En, &FROM, &TO, &change);
        for body in [&mail.text, &mail.html] {
            for needle in [
                "23 November 2026, 07:05 UTC",
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
            Lang::En,
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
