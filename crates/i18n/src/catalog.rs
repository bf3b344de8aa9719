//! One language's messages, and rendering them with their variables.

use std::fmt;

use portico_api::lang::{Dir, Lang};

/// A piece of a message's pattern, as compiled from Fluent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text, as written.
    Text(String),
    /// A variable's value. `isolate`: in right-to-left text it is wrapped in isolation
    /// marks, as Fluent does with a placeable that shares its pattern with other pieces.
    Var { name: String, isolate: bool },
    /// One of several patterns, picked by a variable: by its exact number, else its
    /// plural category, else by text; else the default.
    Select {
        on: String,
        variants: Vec<Variant>,
        default: usize,
        isolate: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// A number ("1") or a name ("one", "other").
    pub key: String,
    pub value: Vec<Piece>,
}

/// A catalog file's messages: id (or `id.attribute`) → pattern, in ascending order of id.
/// What the server sends (see `wire`). A sorted list rather than a map: the light bundles
/// carry no map's code, and a lookup searches by halves all the same.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Messages(Vec<(String, Vec<Piece>)>);

impl Messages {
    /// `entries` in ascending order of id, each id once.
    pub(crate) fn sorted(entries: Vec<(String, Vec<Piece>)>) -> Messages {
        debug_assert!(entries.windows(2).all(|w| w[0].0 < w[1].0));
        Messages(entries)
    }

    pub fn entries(&self) -> &[(String, Vec<Piece>)] {
        &self.0
    }

    pub fn get(&self, id: &str) -> Option<&[Piece]> {
        let at = self
            .0
            .binary_search_by(|(key, _)| key.as_str().cmp(id))
            .ok()?;
        Some(&self.0[at].1)
    }
}

impl From<std::collections::BTreeMap<String, Vec<Piece>>> for Messages {
    fn from(map: std::collections::BTreeMap<String, Vec<Piece>>) -> Messages {
        Messages(map.into_iter().collect())
    }
}

/// A value put into a message: text as it is, or a number that also picks plural forms.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(number: i64) -> Self {
        Arg::Number(number)
    }
}

impl From<usize> for Arg<'_> {
    fn from(number: usize) -> Self {
        Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg<'_> {
    fn from(number: u64) -> Self {
        Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg<'_> {
    fn from(number: u32) -> Self {
        Arg::Number(number.into())
    }
}

/// First strong isolate and pop directional isolate: keep a value's own direction.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

pub struct Catalog {
    lang: Lang,
    /// Its files; a later file's message wins over an earlier one's.
    files: Vec<Messages>,
    /// Panic on a message that is missing or names a variable it was not given, instead
    /// of showing its id: for tests, so a misspelled id or variable fails them.
    strict: bool,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// The messages of several catalog files in `lang`. A later file's message replaces an
    /// earlier one's.
    pub fn from_messages(lang: Lang, files: impl IntoIterator<Item = Messages>) -> Catalog {
        Catalog {
            lang,
            files: files.into_iter().collect(),
            strict: false,
        }
    }

    fn get(&self, id: &str) -> Option<&[Piece]> {
        self.files.iter().rev().find_map(|file| file.get(id))
    }

    /// This catalog, panicking on any message it cannot render whole.
    pub fn strict(mut self) -> Catalog {
        self.strict = true;
        self
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// A message without variables.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// A message (or `id.attribute`) with its variables. A missing message shows as its
    /// id, so a page still says something while a catalog is incomplete; a strict catalog
    /// panics instead.
    pub fn text_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        // Strictness is for the server's tests; the browser never pays for its messages.
        let strict = self.strict && cfg!(not(target_arch = "wasm32"));
        let Some(pattern) = self.get(id) else {
            if strict {
                panic!("{}: no message {id}", self.lang.tag());
            }
            return id.to_string();
        };
        let mut out = String::new();
        let mut missing = Vec::new();
        self.render(pattern, args, &mut out, &mut missing);
        if strict && !missing.is_empty() {
            panic!(
                "{}: {id} was not given {}",
                self.lang.tag(),
                missing.join(", ")
            );
        }
        out
    }

    fn render<'p>(
        &self,
        pattern: &'p [Piece],
        args: &[(&str, Arg<'_>)],
        out: &mut String,
        missing: &mut Vec<&'p str>,
    ) {
        let isolating = self.lang.dir() == Dir::Rtl;
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
        for piece in pattern {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Var { name, isolate } => {
                    let wrap = isolating && *isolate;
                    if wrap {
                        out.push(FSI);
                    }
                    match arg(name) {
                        Some(Arg::Text(text)) => out.push_str(text),
                        Some(Arg::Number(number)) => out.push_str(&number.to_string()),
                        None => {
                            // As Fluent shows a variable it was not given.
                            missing.push(name);
                            out.push_str(&format!("{{${name}}}"));
                        }
                    }
                    if wrap {
                        out.push(PDI);
                    }
                }
                Piece::Select {
                    on,
                    variants,
                    default,
                    isolate,
                } => {
                    let chosen = match arg(on) {
                        Some(Arg::Number(n)) => {
                            let category = crate::plural::category(self.lang, n);
                            variants
                                .iter()
                                .position(|v| v.key.parse::<i64>().ok() == Some(n))
                                .or_else(|| variants.iter().position(|v| v.key == category))
                        }
                        Some(Arg::Text(text)) => variants.iter().position(|v| v.key == text),
                        None => {
                            missing.push(on);
                            None
                        }
                    };
                    let Some(variant) = variants.get(chosen.unwrap_or(*default)) else {
                        continue;
                    };
                    let wrap = isolating && *isolate;
                    if wrap {
                        out.push(FSI);
                    }
                    self.render(&variant.value, args, out, missing);
                    if wrap {
                        out.push(PDI);
                    }
                }
            }
        }
    }
}

#[cfg(all(test, feature = "compile"))]
mod tests {
    use super::*;
    use crate::compile;

    const EN: &str = "greet = Hello { $name }\nitems = { $count ->\n    [one] one item\n   *[other] { $count } items\n}\n";
    const AR: &str = "greet = مرحبا { $name }\nitems = { $count ->\n    [zero] لا عناصر\n    [one] عنصر واحد\n    [two] عنصران\n    [few] { $count } عناصر\n    [many] { $count } عنصرًا\n   *[other] { $count } عنصر\n}\n";

    fn catalog(lang: Lang, source: &str) -> Catalog {
        Catalog::from_messages(lang, [compile(source).unwrap()]).strict()
    }

    #[test]
    fn variables_and_plurals_follow_the_language() {
        let en = catalog(Lang::En, EN);
        assert_eq!(
            en.text_with("greet", &[("name", "Ada".into())]),
            "Hello Ada"
        );
        assert_eq!(en.text_with("items", &[("count", 1i64.into())]), "one item");
        assert_eq!(en.text_with("items", &[("count", 5i64.into())]), "5 items");
        let ar = catalog(Lang::Ar, AR);
        assert_eq!(ar.text_with("items", &[("count", 2i64.into())]), "عنصران");
        assert_eq!(
            ar.text_with("items", &[("count", 3i64.into())]),
            "\u{2068}3\u{2069} عناصر"
        );
        // In right-to-left text a name keeps its own direction.
        assert_eq!(
            ar.text_with("greet", &[("name", "Ada".into())]),
            "مرحبا \u{2068}Ada\u{2069}"
        );
    }

    #[test]
    fn the_pseudo_locale_accents_the_words_but_not_the_values() {
        let pseudo = Catalog::from_messages(Lang::Pseudo, [compile(EN).unwrap().pseudo()]);
        let text = pseudo.text_with("greet", &[("name", "Ada".into())]);
        assert!(text.starts_with("Ĥèèľľó"), "{text}");
        assert!(text.ends_with("Ada"), "{text}");
        let items = pseudo.text_with("items", &[("count", 5i64.into())]);
        assert!(
            items.starts_with("5 ") && !items.contains("items"),
            "{items}"
        );
    }

    #[test]
    fn a_lax_catalog_shows_a_missing_id_and_a_strict_one_panics() {
        let en = Catalog::from_messages(Lang::En, [compile(EN).unwrap()]);
        assert_eq!(en.text("nowhere"), "nowhere");
        assert_eq!(en.text("greet"), "Hello {$name}");
        let strict = catalog(Lang::En, EN);
        let missing =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| strict.text("nowhere")));
        assert!(missing.is_err());
        let misspelled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            strict.text_with("greet", &[("nmae", "x".into())])
        }));
        assert!(misspelled.is_err());
    }

    #[test]
    fn broken_doubled_and_unsupported_messages_are_refused() {
        assert!(compile("greet = {").is_err());
        assert!(compile(&format!("{EN}{EN}")).is_err());
        assert!(compile("a = { NUMBER($n) }").is_err());
        assert!(compile("-brand = Acme\na = { -brand }").is_err());
    }

    #[test]
    fn the_compiled_form_survives_the_wire() {
        let messages = compile(AR).unwrap();
        assert_eq!(Messages::from_json(&messages.to_json()), Some(messages));
    }

    #[test]
    fn a_later_file_wins() {
        let later = compile("greet = Hi { $name }").unwrap();
        let both = Catalog::from_messages(Lang::En, [compile(EN).unwrap(), later]);
        assert_eq!(both.text_with("greet", &[("name", "Ada".into())]), "Hi Ada");
        assert_eq!(
            both.text_with("items", &[("count", 1i64.into())]),
            "one item"
        );
    }
}
