//! Field checks shared by the API and the command line, each returning the sentence to
//! show beside the field.

use portico_api::{password, FieldError};

pub const MAX_EMAIL_CHARS: usize = 254;
pub const MAX_NAME_CHARS: usize = 100;

/// In the language of the request being answered (English on the command line).
pub fn email(email: &str) -> Result<(), String> {
    let words = crate::i18n::caller_words();
    let email = email.trim();
    if email.is_empty() {
        return Err(words.text("error-email-empty"));
    }
    if email.chars().count() > MAX_EMAIL_CHARS {
        return Err(words.text_with("error-email-too-long", &[("max", MAX_EMAIL_CHARS.into())]));
    }
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if valid {
        Ok(())
    } else {
        Err(words.text("error-email-invalid"))
    }
}

/// A control character other than tab and line breaks, which only multi-line text allows.
pub fn control_character(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// Text that is shown on one line (names, descriptions): no line breaks (Unicode's line
/// and paragraph separators included), no control characters, and no bidirectional
/// overrides, which can make a name shown to staff read differently from what it is.
/// The message stands under the field, so it says "it".
pub fn one_line(text: &str) -> Result<(), String> {
    if text.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
        return Err(crate::i18n::caller_words().text("error-line-break"));
    }
    let bidi = |c: &char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    match text.chars().find(|c| c.is_control() || bidi(c)) {
        Some(c) => Err(control_message(c)),
        None => Ok(()),
    }
}

/// An invisible character found where it must not be, named by its code point.
pub fn control_message(c: char) -> String {
    let code = format!("{:04X}", c as u32);
    crate::i18n::caller_words().text_with("error-control-character", &[("code", (&code).into())])
}

pub fn name(name: &str) -> Result<(), String> {
    let words = crate::i18n::caller_words();
    let name = name.trim();
    if name.is_empty() {
        return Err(words.text("error-name-empty"));
    }
    one_line(name)?;
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(words.text_with("error-name-too-long", &[("max", MAX_NAME_CHARS.into())]));
    }
    Ok(())
}

/// The policy's verdict as field errors, one per broken rule.
pub fn new_password(
    field: &str,
    candidate: &str,
    email: &str,
    min_chars: usize,
) -> Vec<FieldError> {
    password::check(candidate, email, min_chars)
        .into_iter()
        .map(|violation| FieldError {
            field: field.to_string(),
            message: portico_i18n::policy_message(crate::i18n::caller_words(), &violation),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for ok in [
            "a@example.com",
            "Ada.Lovelace+portal@Example.co.uk",
            "  padded@example.com ",
        ] {
            assert!(email(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_what_cannot_receive_mail() {
        for bad in [
            "",
            "plain",
            "@example.com",
            "a@",
            "a@@b",
            "a b@example.com",
            "a@.com",
            "a@example.",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
        assert!(email(&format!("{}@example.com", "a".repeat(250))).is_err());
    }

    #[test]
    fn names_are_required_and_bounded() {
        assert!(name("Ada Lovelace").is_ok());
        assert!(name("   ").is_err());
        assert!(name(&"n".repeat(101)).is_err());
    }

    #[test]
    fn names_with_line_breaks_or_controls_say_so() {
        const LINE: &str = "Write it on one line, without line breaks.";
        let control = |code: &str| {
            Err(format!(
                "This contains an invisible control character (U+{code}). Remove it and try again."
            ))
        };
        assert_eq!(name("Ada\nLovelace"), Err(LINE.into()));
        assert_eq!(name("Ada\r\nLovelace"), Err(LINE.into()));
        assert_eq!(name("Ada\u{0}"), control("0000"));
        assert_eq!(name("Ada\u{2028}Lovelace"), Err(LINE.into()));
        assert_eq!(name("Ada\u{202E}ecalevol"), control("202E"));
        assert_eq!(name("Ada\tLovelace"), control("0009"));
    }
}
