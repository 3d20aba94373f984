//! The message files themselves: every file parses, no id is defined twice, and German and Spanish
//! have every English message with the same named values (a translation that drops `$host` would
//! silently lose the store's address).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use handshake_l10n::{message_ids, t, text, Lang};

fn sources(lang: Lang) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code());
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "ftl") {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables_in(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Message id (and `id.attribute`) → the named values it uses, for one language.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (path, source) in sources(lang) {
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables_in(value, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{path}: {id} is defined twice in {lang}"
                );
                for attribute in &m.attributes {
                    let mut vars = BTreeSet::new();
                    variables_in(&attribute.value, &mut vars);
                    out.insert(format!("{id}.{}", attribute.id.name), vars);
                }
            }
        }
    }
    out
}

#[test]
fn every_language_has_every_english_message_with_the_same_values() {
    let english = messages(Lang::En);
    assert!(!english.is_empty());
    for lang in [Lang::De, Lang::Es] {
        let translated = messages(lang);
        let mut problems = Vec::new();
        for (id, vars) in &english {
            match translated.get(id) {
                None => problems.push(format!("{lang}: {id} is missing")),
                Some(v) if v != vars => {
                    problems.push(format!("{lang}: {id} uses {v:?}, English uses {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in translated.keys() {
            if !english.contains_key(id) {
                problems.push(format!("{lang}: {id} has no English original"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn every_message_formats_in_every_language() {
    let ids = message_ids(Lang::En);
    assert!(ids.iter().any(|id| id == "l10n-example"));
    for lang in [Lang::En, Lang::De, Lang::Es, Lang::Pseudo] {
        assert!(t!(lang, "l10n-example", "host" => "shop.example").contains("shop.example"));
    }
    assert_eq!(
        t!(Lang::De, "l10n-example", "host" => "shop.example"),
        "shop.example wird geprüft"
    );
    // Values are never pseudo-localised: they are the store's data, not our words.
    let pseudo = t!(Lang::Pseudo, "l10n-example", "host" => "shop.example");
    assert!(
        pseudo.ends_with("shop.example") && !pseudo.starts_with("Checking"),
        "{pseudo}"
    );
}

#[test]
fn a_missing_message_shows_its_id_and_is_recorded() {
    assert_eq!(
        text(Lang::De, "l10n-no-such-message", None),
        "l10n-no-such-message"
    );
    assert!(handshake_l10n::misses().contains(&"en:l10n-no-such-message".to_string()));
}
