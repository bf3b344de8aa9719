//! Fluent files into [`Messages`]: the server does this once per catalog; the app only
//! ever sees the result.

use std::fmt;

use fluent_syntax::ast;

use crate::catalog::{Messages, Piece, Variant};

/// A catalog file that does not parse, defines a message twice, or uses what Portico's
/// renderer does not do (functions, message and term references).
#[derive(Debug)]
pub struct CatalogError(pub Vec<String>);

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.join("; "))
    }
}

impl std::error::Error for CatalogError {}

/// The messages (and their attributes, as `id.attribute`) of one Fluent file.
pub fn compile(source: &str) -> Result<Messages, CatalogError> {
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| CatalogError(errors.iter().map(|e| format!("{e:?}")).collect()))?;
    let mut messages = std::collections::BTreeMap::new();
    let mut errors = Vec::new();
    let mut add = |id: String, pattern: &ast::Pattern<&str>, errors: &mut Vec<String>| match pieces(
        pattern,
    ) {
        Ok(pieces) => {
            if messages.insert(id.clone(), pieces).is_some() {
                errors.push(format!("{id} is defined twice"));
            }
        }
        Err(problem) => errors.push(format!("{id}: {problem}")),
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                if let Some(value) = &message.value {
                    add(id.to_string(), value, &mut errors);
                }
                for attribute in &message.attributes {
                    add(
                        format!("{id}.{}", attribute.id.name),
                        &attribute.value,
                        &mut errors,
                    );
                }
            }
            ast::Entry::Term(term) => {
                errors.push(format!("-{}: terms are not supported", term.id.name))
            }
            _ => {}
        }
    }
    if errors.is_empty() {
        Ok(Messages::from(messages))
    } else {
        Err(CatalogError(errors))
    }
}

fn pieces(pattern: &ast::Pattern<&str>) -> Result<Vec<Piece>, String> {
    // Fluent isolates a placeable only when it shares its pattern with something else.
    let isolate = pattern.elements.len() > 1;
    let mut out: Vec<Piece> = Vec::new();
    for element in &pattern.elements {
        let piece = match element {
            ast::PatternElement::TextElement { value } => Piece::Text(value.to_string()),
            ast::PatternElement::Placeable { expression } => expression_piece(expression, isolate)?,
        };
        // Neighbouring text joins, as the reader sees it.
        if let (Piece::Text(text), Some(Piece::Text(last))) = (&piece, out.last_mut()) {
            last.push_str(text);
        } else {
            out.push(piece);
        }
    }
    Ok(out)
}

fn expression_piece(expression: &ast::Expression<&str>, isolate: bool) -> Result<Piece, String> {
    match expression {
        ast::Expression::Inline(inline) => inline_piece(inline, isolate),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a selector must be a variable".into());
            };
            let mut default = 0;
            let mut compiled = Vec::with_capacity(variants.len());
            for (i, variant) in variants.iter().enumerate() {
                if variant.default {
                    default = i;
                }
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                compiled.push(Variant {
                    key,
                    value: pieces(&variant.value)?,
                });
            }
            Ok(Piece::Select {
                on: id.name.to_string(),
                variants: compiled,
                default,
                isolate,
            })
        }
    }
}

fn inline_piece(inline: &ast::InlineExpression<&str>, isolate: bool) -> Result<Piece, String> {
    match inline {
        ast::InlineExpression::VariableReference { id } => Ok(Piece::Var {
            name: id.name.to_string(),
            isolate,
        }),
        ast::InlineExpression::StringLiteral { value } => Ok(Piece::Text(unescape(value)?)),
        ast::InlineExpression::NumberLiteral { value } => Ok(Piece::Text(value.to_string())),
        ast::InlineExpression::Placeable { expression } => expression_piece(expression, isolate),
        _ => Err("only variables, selects and literals are supported".into()),
    }
}

/// A string literal's escapes: `\"`, `\\` and `\uXXXX`.
fn unescape(value: &str) -> Result<String, String> {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(c @ ('"' | '\\')) => out.push(c),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let code =
                    u32::from_str_radix(&hex, 16).map_err(|_| format!("bad escape \\u{hex}"))?;
                out.push(char::from_u32(code).ok_or_else(|| format!("bad escape \\u{hex}"))?);
            }
            other => return Err(format!("unknown escape \\{other:?}")),
        }
    }
    Ok(out)
}
