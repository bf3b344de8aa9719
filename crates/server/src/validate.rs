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
/// `what` names it in the message ("the name").
pub fn one_line(text: &str, what: &str) -> Result<(), String> {
    if text.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
        return Err(format!("Write {what} on one line, without line breaks."));
    }
    let bidi = |c: &char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if let Some(c) = text.chars().find(|c| c.is_control() || bidi(c)) {
        return Err(format!(
            "Remove the control character (U+{:04X}) from {what}.",
            c as u32
        ));
    }
    Ok(())
}

pub fn name(name: &str) -> Result<(), String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("Enter a name.".into());
    }
    one_line(name, "the name")?;
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "Use a name of at most {MAX_NAME_CHARS} characters."
        ));
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
        assert_eq!(
            name("Ada\nLovelace"),
            Err("Write the name on one line, without line breaks.".into())
        );
        assert_eq!(
            name("Ada\r\nLovelace"),
            Err("Write the name on one line, without line breaks.".into())
        );
        assert_eq!(
            name("Ada\u{0}"),
            Err("Remove the control character (U+0000) from the name.".into())
        );
        assert_eq!(
            name("Ada\u{2028}Lovelace"),
            Err("Write the name on one line, without line breaks.".into())
        );
        assert_eq!(
            name("Ada\u{202E}ecalevol"),
            Err("Remove the control character (U+202E) from the name.".into())
        );
        assert_eq!(
            name("Ada\tLovelace"),
            Err("Remove the control character (U+0009) from the name.".into())
        );
    }
}
