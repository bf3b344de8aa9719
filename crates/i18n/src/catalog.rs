//! One language's messages, from one or more catalog files.

use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use portico_api::lang::{Dir, Lang};
use unic_langid::LanguageIdentifier;

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

impl From<u32> for Arg<'_> {
    fn from(number: u32) -> Self {
        Arg::Number(number.into())
    }
}

/// A catalog file that does not parse, or that defines a message twice.
#[derive(Debug)]
pub struct CatalogError(pub Vec<String>);

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.join("; "))
    }
}

impl std::error::Error for CatalogError {}

pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
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
    /// The messages of `sources` (the text of catalog files) in `lang`. The pseudo-locale
    /// takes the English files.
    pub fn new<S: ToString>(lang: Lang, sources: &[S]) -> Result<Catalog, CatalogError> {
        let id: LanguageIdentifier = match lang {
            // Plural rules and number forms of English; only the letters change.
            Lang::Pseudo => "en".parse(),
            other => other.tag().parse(),
        }
        .map_err(|e: unic_langid::LanguageIdentifierError| CatalogError(vec![e.to_string()]))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks keep a name or an address in its own direction inside a line of
        // the other; left-to-right text has no use for them, and they would sit invisible in
        // every copied line and subject.
        bundle.set_use_isolating(lang.dir() == Dir::Rtl);
        if lang == Lang::Pseudo {
            bundle.set_transform(Some(crate::pseudo::transform));
        }
        let mut errors = Vec::new();
        for source in sources {
            match FluentResource::try_new(source.to_string()) {
                Ok(resource) => {
                    if let Err(duplicates) = bundle.add_resource(resource) {
                        errors.extend(duplicates.iter().map(ToString::to_string));
                    }
                }
                Err((_, parse)) => errors.extend(parse.iter().map(ToString::to_string)),
            }
        }
        if errors.is_empty() {
            Ok(Catalog {
                lang,
                bundle,
                strict: false,
            })
        } else {
            Err(CatalogError(errors))
        }
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
        self.bundle.has_message(id)
    }

    /// A message without variables.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// A message with its variables. A missing message shows as its id, so a page still
    /// says something while a catalog is incomplete; strict catalogs panic instead.
    pub fn text_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.attribute_with(id, None, args)
    }

    /// A message's attribute (`id.name`), such as an input's label beside its hint.
    pub fn attribute_with(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, Arg<'_>)],
    ) -> String {
        let message = self.bundle.get_message(id);
        let pattern = message.as_ref().and_then(|m| match attribute {
            Some(name) => m.get_attribute(name).map(|a| a.value()),
            None => m.value(),
        });
        let Some(pattern) = pattern else {
            assert!(
                !self.strict,
                "{}: no message {id}{}",
                self.lang.tag(),
                attribute.map(|a| format!(".{a}")).unwrap_or_default()
            );
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match *value {
                Arg::Text(text) => FluentValue::from(text),
                Arg::Number(number) => FluentValue::from(number),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        assert!(
            !self.strict || errors.is_empty(),
            "{}: {id}: {errors:?}",
            self.lang.tag()
        );
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "greet = Hello { $name }\nitems = { $count ->\n    [one] one item\n   *[other] { $count } items\n}\n";
    const AR: &str = "greet = مرحبا { $name }\nitems = { $count ->\n    [zero] لا عناصر\n    [one] عنصر واحد\n    [two] عنصران\n    [few] { $count } عناصر\n    [many] { $count } عنصرًا\n   *[other] { $count } عنصر\n}\n";

    #[test]
    fn variables_and_plurals_follow_the_language() {
        let en = Catalog::new(Lang::En, &[EN]).unwrap().strict();
        assert_eq!(
            en.text_with("greet", &[("name", "Ada".into())]),
            "Hello Ada"
        );
        assert_eq!(en.text_with("items", &[("count", 1i64.into())]), "one item");
        assert_eq!(en.text_with("items", &[("count", 5i64.into())]), "5 items");
        let ar = Catalog::new(Lang::Ar, &[AR]).unwrap().strict();
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
        let pseudo = Catalog::new(Lang::Pseudo, &[EN]).unwrap().strict();
        let text = pseudo.text_with("greet", &[("name", "Ada".into())]);
        assert!(text.starts_with("Ĥèèľľó"), "{text}");
        assert!(text.ends_with("Ada"), "{text}");
    }

    #[test]
    fn a_lax_catalog_shows_a_missing_id_and_a_strict_one_panics() {
        let en = Catalog::new(Lang::En, &[EN]).unwrap();
        assert_eq!(en.text("nowhere"), "nowhere");
        let strict = Catalog::new(Lang::En, &[EN]).unwrap().strict();
        let missing =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| strict.text("nowhere")));
        assert!(missing.is_err());
        let misspelled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            strict.text_with("greet", &[("nmae", "x".into())])
        }));
        assert!(misspelled.is_err());
    }

    #[test]
    fn broken_and_doubled_messages_are_refused() {
        assert!(Catalog::new(Lang::En, &["greet = {"]).is_err());
        assert!(Catalog::new(Lang::En, &[EN, EN]).is_err());
    }
}
