//! Every catalog, compiled into the server.

use portico_api::lang::Lang;

use std::sync::OnceLock;

use crate::{compile, Area, Messages};

macro_rules! catalogs {
    ($($tag:literal),*) => {
        /// The text of one catalog file. The pseudo-locale is English, transformed when
        /// rendered.
        pub fn source(lang: Lang, area: Area) -> &'static str {
            let tag = match lang {
                Lang::Pseudo => "en",
                other => other.tag(),
            };
            match (tag, area) {
                $(
                    ($tag, Area::Client) => include_str!(concat!("../locales/", $tag, "/client.ftl")),
                    ($tag, Area::Account) => include_str!(concat!("../locales/", $tag, "/account.ftl")),
                    ($tag, Area::Console) => include_str!(concat!("../locales/", $tag, "/console.ftl")),
                    ($tag, Area::Mail) => include_str!(concat!("../locales/", $tag, "/mail.ftl")),
                    ($tag, Area::Errors) => include_str!(concat!("../locales/", $tag, "/errors.ftl")),
                )*
                _ => unreachable!("every language has a folder of catalogs"),
            }
        }
    };
}

catalogs!("en", "de", "fr", "es", "ar");

/// One catalog file, compiled once (the pseudo-locale's: English's, transformed). Every
/// file is checked by the tests below, so a
/// catalog that does not compile never ships.
pub fn messages(lang: Lang, area: Area) -> &'static Messages {
    static COMPILED: OnceLock<Vec<Messages>> = OnceLock::new();
    let compiled = COMPILED.get_or_init(|| {
        Lang::ALL
            .iter()
            .flat_map(|&lang| Area::ALL.iter().map(move |&area| (lang, area)))
            .map(|(lang, area)| {
                let compiled = compile(source(lang, area))
                    .unwrap_or_else(|e| panic!("{}/{}.ftl: {e}", lang.tag(), area.name()));
                if lang == Lang::Pseudo {
                    compiled.pseudo()
                } else {
                    compiled
                }
            })
            .collect()
    });
    &compiled[crate::catalog_index(lang, area)]
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Each message and attribute of a catalog file, with the variables it uses.
    fn shape(lang: Lang, area: Area) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source(lang, area))
            .unwrap_or_else(|(_, e)| panic!("{}/{}: {e:?}", lang.tag(), area.name()));
        let mut shape = BTreeMap::new();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name.to_string();
                    if let Some(value) = &message.value {
                        shape.insert(id.clone(), variables(value));
                    }
                    for attribute in &message.attributes {
                        shape.insert(
                            format!("{id}.{}", attribute.id.name),
                            variables(&attribute.value),
                        );
                    }
                }
                ast::Entry::Term(term) => {
                    shape.insert(format!("-{}", term.id.name), variables(&term.value));
                }
                ast::Entry::Junk { content } => {
                    panic!("{}/{}: cannot read {content:?}", lang.tag(), area.name())
                }
                _ => {}
            }
        }
        shape
    }

    fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, &mut found);
            }
        }
        found
    }

    fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, found);
                for variant in variants {
                    found.extend(variables(&variant.value));
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, found),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, found)
            }
            ast::InlineExpression::FunctionReference { arguments, .. }
            | ast::InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for argument in &arguments.positional {
                    inline_variables(argument, found);
                }
                for named in &arguments.named {
                    inline_variables(&named.value, found);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_variables() {
        for area in Area::ALL {
            let english = shape(Lang::En, area);
            for lang in Lang::ALL {
                let other = shape(lang, area);
                let messages = |s: &BTreeMap<String, BTreeSet<String>>| -> BTreeSet<String> {
                    s.keys().filter(|k| !k.starts_with('-')).cloned().collect()
                };
                let missing: Vec<_> = messages(&english)
                    .difference(&messages(&other))
                    .cloned()
                    .collect();
                let extra: Vec<_> = messages(&other)
                    .difference(&messages(&english))
                    .cloned()
                    .collect();
                assert!(
                    missing.is_empty() && extra.is_empty(),
                    "{}/{}.ftl: missing {missing:?}, not in English {extra:?}",
                    lang.tag(),
                    area.name()
                );
                for (id, wanted) in english.iter().filter(|(k, _)| !k.starts_with('-')) {
                    // A translation may leave a variable out (a plural form that spells the
                    // number as a word), never use one English does not give it.
                    let used = &other[id];
                    assert!(
                        used.is_subset(wanted),
                        "{}/{}.ftl: {id} uses {:?}, which English does not give it",
                        lang.tag(),
                        area.name(),
                        used.difference(wanted).collect::<Vec<_>>()
                    );
                }
            }
        }
    }

    #[test]
    fn every_message_renders_as_fluent_bundle_renders_it() {
        use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

        use crate::{Arg, Catalog};

        const NUMBERS: [i64; 11] = [0, 1, 2, 3, 5, 11, 21, 100, 102, 1_000, 1_000_000];
        for lang in Lang::ALL {
            for area in Area::ALL {
                let ours = Catalog::from_messages(lang, [messages(lang, area).clone()]);
                let id: unic_langid::LanguageIdentifier = match lang {
                    Lang::Pseudo => "en",
                    other => other.tag(),
                }
                .parse()
                .unwrap();
                let mut reference = FluentBundle::new(vec![id]);
                reference.set_use_isolating(lang.dir() == crate::Dir::Rtl);
                if lang == Lang::Pseudo {
                    reference.set_transform(Some(crate::pseudo::transform));
                }
                let resource = FluentResource::try_new(source(lang, area).to_string()).unwrap();
                reference.add_resource(resource).unwrap();
                for (key, variables) in shape(lang, area) {
                    let (id, attribute) = match key.split_once('.') {
                        Some((id, attribute)) => (id.to_string(), Some(attribute.to_string())),
                        None => (key.clone(), None),
                    };
                    let message = reference.get_message(&id).unwrap();
                    let pattern = match &attribute {
                        Some(name) => message.get_attribute(name).unwrap().value(),
                        None => message.value().unwrap(),
                    };
                    let mut samples: Vec<Vec<(String, Arg<'static>)>> = vec![variables
                        .iter()
                        .map(|v| (v.clone(), Arg::Text("Ada")))
                        .collect()];
                    for n in NUMBERS {
                        samples.push(
                            variables
                                .iter()
                                .map(|v| (v.clone(), Arg::Number(n)))
                                .collect(),
                        );
                    }
                    for sample in samples {
                        let mut args = FluentArgs::new();
                        for (name, value) in &sample {
                            match value {
                                Arg::Text(text) => args.set(name.clone(), FluentValue::from(*text)),
                                Arg::Number(n) => args.set(name.clone(), FluentValue::from(*n)),
                            }
                        }
                        let mut errors = Vec::new();
                        let expected = reference.format_pattern(pattern, Some(&args), &mut errors);
                        assert!(errors.is_empty(), "{key}: {errors:?}");
                        let given: Vec<(&str, Arg<'_>)> =
                            sample.iter().map(|(n, a)| (n.as_str(), *a)).collect();
                        assert_eq!(
                            ours.text_with(&key, &given),
                            expected,
                            "{}/{}.ftl {key} with {sample:?}",
                            lang.tag(),
                            area.name()
                        );
                    }
                }
            }
        }
    }
}
