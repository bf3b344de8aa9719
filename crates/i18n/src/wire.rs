//! The compiled catalogs on the wire: the server writes them, the app reads them, both
//! here, so the two ends cannot drift.
//!
//! JSON, so a person can read it, in a shape made for this one job:
//!
//! ```text
//! { "id": [piece, …], … }                           ids in ascending order
//! piece = "text"
//!       | { "v": "name", "i": true }                   a variable ("i": isolated)
//!       | { "s": "on", "d": 1, "i": true,            a select on a variable
//!           "w": [ ["key", [piece, …]], … ] }          its variants; "d" the default's index
//! ```
//!
//! Why not serde: its derives for these nested enums were the largest part of the
//! localisation's cost in the light bundles (about 10 KB of wasm before compression, for
//! the reset page), where this reader is a fraction of that. It accepts any JSON the
//! writer could have written, and nothing it could not.

use crate::catalog::{Messages, Piece, Variant};

impl Messages {
    /// The catalog as served.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{");
        for (i, (id, pattern)) in self.entries().iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(&mut out, id);
            out.push(':');
            write_pattern(&mut out, pattern);
        }
        out.push('}');
        out
    }

    /// A catalog as [`Messages::to_json`] writes it; `None` for anything else.
    pub fn from_json(json: &str) -> Option<Messages> {
        let mut reader = Reader {
            rest: json.trim_start(),
        };
        let mut entries: Vec<(String, Vec<Piece>)> = Vec::new();
        reader.expect('{')?;
        if !reader.eat('}') {
            loop {
                let id = reader.string()?;
                // Ascending ids, so lookups can search by halves.
                if entries.last().is_some_and(|(last, _)| *last >= id) {
                    return None;
                }
                reader.expect(':')?;
                entries.push((id, reader.pattern()?));
                if reader.eat('}') {
                    break;
                }
                reader.expect(',')?;
            }
        }
        reader
            .rest
            .trim_start()
            .is_empty()
            .then(|| Messages::sorted(entries))
    }
}

fn write_pattern(out: &mut String, pattern: &[Piece]) {
    out.push('[');
    for (i, piece) in pattern.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match piece {
            Piece::Text(text) => write_str(out, text),
            Piece::Var { name, isolate } => {
                out.push_str("{\"v\":");
                write_str(out, name);
                if *isolate {
                    out.push_str(",\"i\":true");
                }
                out.push('}');
            }
            Piece::Select {
                on,
                variants,
                default,
                isolate,
            } => {
                out.push_str("{\"s\":");
                write_str(out, on);
                out.push_str(&format!(",\"d\":{default}"));
                if *isolate {
                    out.push_str(",\"i\":true");
                }
                out.push_str(",\"w\":[");
                for (i, variant) in variants.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push('[');
                    write_str(out, &variant.key);
                    out.push(',');
                    write_pattern(out, &variant.value);
                    out.push(']');
                }
                out.push_str("]}");
            }
        }
    }
    out.push(']');
}

fn write_str(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    /// Takes `c`, after any white space, if it comes next.
    fn eat(&mut self, c: char) -> bool {
        self.rest = self.rest.trim_start();
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, c: char) -> Option<()> {
        self.eat(c).then_some(())
    }

    fn string(&mut self) -> Option<String> {
        self.expect('"')?;
        let mut out = String::new();
        let mut chars = self.rest.char_indices();
        loop {
            let (at, c) = chars.next()?;
            match c {
                '"' => {
                    self.rest = &self.rest[at + 1..];
                    return Some(out);
                }
                '\\' => {
                    let escaped = match chars.next()?.1 {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        'u' => {
                            let mut code = 0;
                            for _ in 0..4 {
                                code = code * 16 + chars.next()?.1.to_digit(16)?;
                            }
                            // The writer escapes only control characters, never a
                            // surrogate half.
                            char::from_u32(code)?
                        }
                        c @ ('"' | '\\' | '/') => c,
                        _ => return None,
                    };
                    out.push(escaped);
                }
                c if u32::from(c) < 0x20 => return None,
                c => out.push(c),
            }
        }
    }

    fn number(&mut self) -> Option<usize> {
        self.rest = self.rest.trim_start();
        let digits = self.rest.len()
            - self
                .rest
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let number = self.rest[..digits].parse().ok()?;
        self.rest = &self.rest[digits..];
        Some(number)
    }

    fn boolean(&mut self) -> Option<bool> {
        self.rest = self.rest.trim_start();
        for (word, value) in [("true", true), ("false", false)] {
            if let Some(rest) = self.rest.strip_prefix(word) {
                self.rest = rest;
                return Some(value);
            }
        }
        None
    }

    fn pattern(&mut self) -> Option<Vec<Piece>> {
        let mut pieces = Vec::new();
        self.expect('[')?;
        if self.eat(']') {
            return Some(pieces);
        }
        loop {
            pieces.push(self.piece()?);
            if self.eat(']') {
                return Some(pieces);
            }
            self.expect(',')?;
        }
    }

    fn piece(&mut self) -> Option<Piece> {
        self.rest = self.rest.trim_start();
        if self.rest.starts_with('"') {
            return self.string().map(Piece::Text);
        }
        self.expect('{')?;
        let mut variable = None;
        let mut select = None;
        let mut default = None;
        let mut isolate = false;
        let mut variants = None;
        loop {
            let key = self.string()?;
            self.expect(':')?;
            match key.as_str() {
                "v" if variable.is_none() => variable = Some(self.string()?),
                "s" if select.is_none() => select = Some(self.string()?),
                "d" if default.is_none() => default = Some(self.number()?),
                "i" => isolate = self.boolean()?,
                "w" if variants.is_none() => variants = Some(self.variants()?),
                _ => return None,
            }
            if self.eat('}') {
                break;
            }
            self.expect(',')?;
        }
        match (variable, select, default, variants) {
            (Some(name), None, None, None) => Some(Piece::Var { name, isolate }),
            (None, Some(on), Some(default), Some(variants)) if default < variants.len() => {
                Some(Piece::Select {
                    on,
                    variants,
                    default,
                    isolate,
                })
            }
            _ => None,
        }
    }

    fn variants(&mut self) -> Option<Vec<Variant>> {
        let mut variants = Vec::new();
        self.expect('[')?;
        loop {
            self.expect('[')?;
            let key = self.string()?;
            self.expect(',')?;
            let value = self.pattern()?;
            self.expect(']')?;
            variants.push(Variant { key, value });
            if self.eat(']') {
                return Some(variants);
            }
            self.expect(',')?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Piece {
        Piece::Text(s.into())
    }

    fn sample() -> Messages {
        Messages::sorted(vec![
            (
                "a".into(),
                vec![text("Plain \"quoted\" \\ text\nnext\u{1}")],
            ),
            (
                "b".into(),
                vec![
                    text("Hello "),
                    Piece::Var {
                        name: "name".into(),
                        isolate: true,
                    },
                ],
            ),
            (
                "c".into(),
                vec![Piece::Select {
                    on: "count".into(),
                    variants: vec![
                        Variant {
                            key: "one".into(),
                            value: vec![text("one item")],
                        },
                        Variant {
                            key: "other".into(),
                            value: vec![
                                Piece::Var {
                                    name: "count".into(),
                                    isolate: false,
                                },
                                text(" مواد"),
                            ],
                        },
                    ],
                    default: 1,
                    isolate: false,
                }],
            ),
            ("d".into(), vec![]),
        ])
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let messages = sample();
        let json = messages.to_json();
        assert_eq!(Messages::from_json(&json), Some(messages));
        assert_eq!(Messages::from_json("{}"), Some(Messages::sorted(vec![])));
    }

    #[test]
    fn the_writer_writes_json_a_standard_reader_accepts() {
        let json = sample().to_json();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["b"][1], serde_json::json!({ "v": "name", "i": true }));
        assert_eq!(value["c"][0]["w"][0][0], "one");
    }

    #[test]
    fn white_space_and_escapes_a_json_writer_may_use_are_read() {
        let json = " { \"a\" : [ \"x\\/y\\u00e9\\t\" , { \"i\" : false , \"v\" : \"n\" } ] } ";
        let messages = Messages::from_json(json).unwrap();
        assert_eq!(
            messages.get("a"),
            Some(
                &[
                    text("x/yé\t"),
                    Piece::Var {
                        name: "n".into(),
                        isolate: false
                    }
                ][..]
            )
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "[]",
            "{\"a\":[\"x\"]",
            "{\"a\":[\"x\"]} tail",
            "{\"b\":[],\"a\":[]}",
            "{\"a\":[],\"a\":[]}",
            "{\"a\":[1]}",
            "{\"a\":[{\"v\":\"n\",\"s\":\"m\"}]}",
            "{\"a\":[{\"v\":\"n\",\"x\":1}]}",
            "{\"a\":[{\"s\":\"n\",\"d\":1,\"w\":[[\"one\",[]]]}]}",
            "{\"a\":[\"\\q\"]}",
            "{\"a\":[\"\\ud800\"]}",
            "{\"a\":[\"raw\u{1}control\"]}",
            "{\"a\":[\"unterminated]}",
        ] {
            assert_eq!(Messages::from_json(bad), None, "{bad:?}");
        }
    }
}

#[cfg(all(test, feature = "embedded"))]
mod every_catalog {
    use crate::{messages, Area, Lang, Messages};

    #[test]
    fn every_catalog_survives_the_wire() {
        for lang in Lang::ALL {
            for area in Area::ALL {
                let compiled = messages(lang, area);
                let read = Messages::from_json(&compiled.to_json());
                assert_eq!(
                    read.as_ref(),
                    Some(compiled),
                    "{}/{}",
                    lang.tag(),
                    area.name()
                );
            }
        }
    }
}
