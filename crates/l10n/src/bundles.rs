//! One Fluent bundle per language, built once from the embedded message files.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::Lang;

const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));
const DE: &str = include_str!(concat!(env!("OUT_DIR"), "/de.ftl"));
const ES: &str = include_str!(concat!(env!("OUT_DIR"), "/es.ftl"));

type Bundle = FluentBundle<FluentResource>;

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Pseudo => EN,
        Lang::De => DE,
        Lang::Es => ES,
    }
}

fn pseudo(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, false)
}

fn build(lang: Lang) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // No Unicode isolation marks around values: hosts, paths and codes must stay copyable as is.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    // The files are ours and checked by tests: a broken entry is skipped, never a crash.
    let resource = match FluentResource::try_new(source(lang).to_string()) {
        Ok(r) => r,
        Err((r, _errors)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let slot = match lang {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Es => 2,
        Lang::Pseudo => 3,
    };
    BUNDLES[slot].get_or_init(|| build(lang))
}

static MISSES: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// The message `id` (or `id.attribute`) in `lang`. A message missing in German or Spanish falls
/// back to English; one missing everywhere (a bug) shows its id and is recorded in [`misses`].
pub fn text(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    if let Some(text) = format(bundle(lang), id, args) {
        return text;
    }
    if lang != Lang::En {
        if let Some(text) = format(bundle(Lang::En), id, args) {
            record(lang, id);
            return text;
        }
    }
    record(Lang::En, id);
    id.to_string()
}

fn record(lang: Lang, id: &str) {
    if let Ok(mut misses) = MISSES.lock() {
        misses.insert(format!("{}:{id}", lang.code()));
    }
}

/// Messages asked for that a language lacks (`de:auth-key-invalid-title`), or that could not be
/// formatted with the values given: what tests assert is empty after rendering everything.
pub fn misses() -> Vec<String> {
    MISSES
        .lock()
        .map(|m| m.iter().cloned().collect())
        .unwrap_or_default()
}

/// Every message id in `lang`'s files, in file order (tests compare languages with it).
pub fn message_ids(lang: Lang) -> Vec<String> {
    let resource = match FluentResource::try_new(source(lang).to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}
