//! The pseudo-locale: English with every letter accented and words 40 % longer. A page
//! shown in it exposes text that never went through a catalog (it stays plain ASCII) and
//! layouts that clip or overflow when a translation runs long.

use std::borrow::Cow;

use crate::catalog::{Messages, Piece};

impl Messages {
    /// These messages (English's) in the pseudo-locale: every text transformed, values
    /// left as they come. Done once, where the catalogs are compiled, so the app renders
    /// the pseudo-locale as any other language and carries no transform.
    pub fn pseudo(&self) -> Messages {
        fn pattern(pieces: &[Piece]) -> Vec<Piece> {
            pieces
                .iter()
                .map(|piece| match piece {
                    Piece::Text(text) => Piece::Text(transform(text).into_owned()),
                    Piece::Var { .. } => piece.clone(),
                    Piece::Select {
                        on,
                        variants,
                        default,
                        isolate,
                    } => Piece::Select {
                        on: on.clone(),
                        variants: variants
                            .iter()
                            .map(|variant| crate::Variant {
                                key: variant.key.clone(),
                                value: pattern(&variant.value),
                            })
                            .collect(),
                        default: *default,
                        isolate: *isolate,
                    },
                })
                .collect()
        }
        Messages::sorted(
            self.entries()
                .iter()
                .map(|(id, pieces)| (id.clone(), pattern(pieces)))
                .collect(),
        )
    }
}

/// How much longer the pseudo-locale's text is, in percent.
const GROWTH_PERCENT: usize = 40;

fn accented(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "àƀçđèƒĝĥíĵķľɱñóƥǫŕšţúṽŵẋýžÀƁÇĐÈƑĜĤÍĴĶĽṀÑÓƤǪŔŠŢÚṼŴẊÝŽ";
    FROM.chars()
        .position(|from| from == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// Fluent's transform for text elements (never the values put into a message).
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    if letters == 0 {
        return Cow::Borrowed(text);
    }
    let mut extra = (letters * GROWTH_PERCENT).div_ceil(100);
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        out.push(accented(c));
        // Vowels are stretched, so words stay words that a reader can still recognise.
        if extra > 0 && "aeiouAEIOU".contains(c) {
            out.push(accented(c.to_ascii_lowercase()));
            extra -= 1;
        }
    }
    // Text with few vowels makes up the rest at its end, before any trailing space.
    let trimmed = out.trim_end().len();
    let tail = out.split_off(trimmed);
    out.extend(std::iter::repeat_n('~', extra));
    out.push_str(&tail);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_is_accented_and_the_text_grows_by_two_fifths() {
        let out = transform("Sign in");
        assert!(out.chars().all(|c| !c.is_ascii_alphabetic()), "{out}");
        assert_eq!(out.chars().count(), 7 + 3);
        let out = transform("Rhythm: ");
        assert!(out.ends_with("~~~: ") || out.ends_with("~~~ "), "{out}");
        assert_eq!(transform(" — "), " — ");
        assert_eq!(transform("3"), "3");
    }
}
