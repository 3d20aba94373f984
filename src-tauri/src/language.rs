//! The wizard's language: chosen once from `HANDSHAKE_LANG` (tests), the owner's saved choice
//! (`settings.json` beside the saved-store list) or the OS, switched from the UI, and passed to every
//! engine call. The UI gets every `wizard-` message of the language at once, with its named values
//! left as `{name}` tokens that ui/strings.js fills in.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::RwLock;

use handshake_l10n::{FluentArgs, Lang};
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Forces the language (the e2e tests' pseudo-locale: `HANDSHAKE_LANG=en-XA`); never saved.
pub const LANG_ENV: &str = "HANDSHAKE_LANG";

/// The English wizard messages: the names of each message's values are read from them.
const WIZARD_EN: &str = include_str!("../../crates/l10n/locales/en/wizard.ftl");

static CURRENT: RwLock<Option<Lang>> = RwLock::new(None);

/// The language every engine call, export and message of this run uses now.
pub fn current() -> Lang {
    if let Some(lang) = *CURRENT.read().expect("language lock") {
        return lang;
    }
    let lang = initial();
    *CURRENT.write().expect("language lock") = Some(lang);
    lang
}

fn initial() -> Lang {
    if let Some(lang) = std::env::var(LANG_ENV)
        .ok()
        .and_then(|v| Lang::from_tag(&v))
    {
        return lang;
    }
    settings_path()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|text| serde_json::from_str::<Settings>(&text).ok())
        .and_then(|s| s.lang)
        .unwrap_or_else(Lang::from_os)
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Lang>,
}

/// `settings.json` in the app's config folder (next to `stores.json`, so `HANDSHAKE_CONFIG_DIR`
/// moves both).
fn settings_path() -> Option<PathBuf> {
    let stores = handshake_connect::saved::SavedStores::open_default().ok()?;
    Some(stores.path().parent()?.join("settings.json"))
}

/// Switches the language and remembers the owner's choice.
pub fn choose(lang: Lang) -> Result<(), AppError> {
    *CURRENT.write().expect("language lock") = Some(lang);
    let path = settings_path().ok_or_else(|| AppError::Settings {
        detail: "no config folder".into(),
    })?;
    let failed = |e: std::io::Error| AppError::Settings {
        detail: format!("{}: {e}", path.display()),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(failed)?;
    }
    let text =
        serde_json::to_string_pretty(&Settings { lang: Some(lang) }).expect("settings serialize");
    // Written beside and renamed over, so a crash never leaves half a file.
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, text).map_err(failed)?;
    std::fs::rename(&tmp, &path).map_err(failed)
}

/// The names of a message's values (`{ $host }` → `host`), from its English text.
fn variables(id: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut inside = false;
    for line in WIZARD_EN.lines() {
        if !line.starts_with([' ', '\t']) {
            inside = line.split_once(" =").is_some_and(|(name, _)| name == id);
        }
        if !inside {
            continue;
        }
        for part in line.split('$').skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Every `wizard-` message in `lang`, its values as `{name}` tokens.
pub fn wizard_messages(lang: Lang) -> BTreeMap<String, String> {
    handshake_l10n::message_ids(Lang::En)
        .into_iter()
        .filter(|id| id.starts_with("wizard-"))
        .map(|id| {
            let names = variables(&id);
            let text = if names.is_empty() {
                handshake_l10n::text(lang, &id, None)
            } else {
                let mut args = FluentArgs::new();
                for name in &names {
                    args.set(name.clone(), format!("{{{name}}}"));
                }
                handshake_l10n::text(lang, &id, Some(&args))
            };
            (id, text)
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct Choice {
    pub code: &'static str,
    pub name: &'static str,
}

/// What the UI needs to speak a language: its tag, the switch's choices, and the messages.
#[derive(Debug, Serialize)]
pub struct UiLanguage {
    pub lang: Lang,
    pub choices: Vec<Choice>,
    pub messages: BTreeMap<String, String>,
}

pub fn ui_language_of(lang: Lang) -> UiLanguage {
    UiLanguage {
        lang,
        // The pseudo-locale (tests) is listed only while it is on.
        choices: Lang::CHOICES
            .iter()
            .chain((!Lang::CHOICES.contains(&lang)).then_some(&lang))
            .map(|l| Choice {
                code: l.code(),
                name: l.native_name(),
            })
            .collect(),
        messages: wizard_messages(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIZARD_DE: &str = include_str!("../../crates/l10n/locales/de/wizard.ftl");
    const WIZARD_ES: &str = include_str!("../../crates/l10n/locales/es/wizard.ftl");

    #[test]
    fn values_become_tokens_in_every_language() {
        for lang in [Lang::En, Lang::De, Lang::Es, Lang::Pseudo] {
            let m = wizard_messages(lang);
            assert!(m.len() > 300, "{lang}: {}", m.len());
            let check = &m["wizard-check-progress"];
            assert!(
                check.contains("{done}") && check.contains("{started}"),
                "{lang}: {check}"
            );
        }
        assert_eq!(
            wizard_messages(Lang::En)["wizard-check-title-store"],
            "Checking {host}"
        );
        assert_eq!(
            wizard_messages(Lang::De)["wizard-check-title-store"],
            "{host} wird geprüft"
        );
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }

    /// The UI fills in values but chooses nothing: a selector would reach it unresolved.
    #[test]
    fn no_selectors_in_wizard_messages() {
        for (lang, text) in [("en", WIZARD_EN), ("de", WIZARD_DE), ("es", WIZARD_ES)] {
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                assert!(
                    !line.contains("->"),
                    "{lang}/wizard.ftl has a selector: {line}"
                );
            }
        }
    }

    /// Every message id ui/strings.js names exists, every wizard message is used, and every
    /// `S.` path in ui/ names a key of strings.js.
    #[test]
    fn every_message_the_ui_uses_exists() {
        let strings = include_str!("../../ui/strings.js");
        let ids: Vec<String> = handshake_l10n::message_ids(Lang::En)
            .into_iter()
            .filter(|id| id.starts_with("wizard-"))
            .collect();
        let mut used = Vec::new();
        for call in ["m('", "f('", "p('"] {
            for part in strings.split(call).skip(1) {
                let id = format!("wizard-{}", part.split('\'').next().unwrap());
                if call == "p('" {
                    for form in ["one", "other"] {
                        used.push(format!("{id}-{form}"));
                    }
                } else {
                    used.push(id);
                }
            }
        }
        // Families looked up by a key at run time: `k('prefix', key)`.
        for part in strings.split("k('").skip(1) {
            let prefix = format!("wizard-{}-", part.split('\'').next().unwrap());
            assert!(
                ids.iter().any(|id| id.starts_with(&prefix)),
                "no messages {prefix}*"
            );
            used.extend(ids.iter().filter(|id| id.starts_with(&prefix)).cloned());
        }
        for id in &used {
            assert!(
                ids.contains(id),
                "ui/strings.js uses {id}, which wizard.ftl lacks"
            );
        }
        for id in &ids {
            assert!(
                used.contains(id),
                "{id} in wizard.ftl is used nowhere in ui/strings.js"
            );
        }

        let keys: Vec<&str> = strings
            .lines()
            .filter_map(|l| l.trim().split_once(':').map(|(k, _)| k.trim_matches('\'')))
            .chain(strings.lines().filter_map(|l| {
                l.trim()
                    .split_once('(')
                    .map(|(k, _)| k)
                    .filter(|k| k.chars().all(|c| c.is_ascii_alphanumeric()))
            }))
            .collect();
        let ui = [
            include_str!("../../ui/app.js"),
            include_str!("../../ui/nav.js"),
            include_str!("../../ui/watch.js"),
            include_str!("../../ui/screens/authorize.js"),
            include_str!("../../ui/screens/connect.js"),
            include_str!("../../ui/screens/done.js"),
            include_str!("../../ui/screens/explain.js"),
            include_str!("../../ui/screens/host_email.js"),
            include_str!("../../ui/screens/progress.js"),
            include_str!("../../ui/screens/results.js"),
            include_str!("../../ui/screens/store_watch.js"),
            include_str!("../../ui/screens/url.js"),
            include_str!("../../ui/screens/vantages.js"),
            include_str!("../../ui/screens/welcome.js"),
        ];
        for source in ui {
            for part in source.split("S.").skip(1) {
                let path: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
                    .collect();
                for key in path.split('.').filter(|k| !k.is_empty()) {
                    if ["map", "filter", "length"].contains(&key) {
                        continue;
                    }
                    assert!(
                        keys.contains(&key),
                        "ui uses S.{path}, and strings.js has no key {key}"
                    );
                }
            }
        }
    }
}
