//! Every catalog, compiled into the server.

use portico_api::lang::Lang;

use crate::Area;

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

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;
    use crate::Catalog;

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
    fn every_catalog_loads() {
        for lang in Lang::ALL {
            let sources: Vec<_> = Area::ALL.iter().map(|&area| source(lang, area)).collect();
            Catalog::new(lang, &sources).unwrap_or_else(|e| panic!("{}: {e}", lang.tag()));
        }
    }
}
