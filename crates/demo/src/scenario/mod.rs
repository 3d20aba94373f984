//! The scenarios, read from `scenarios/*.toml` (compiled in): names (a contract), summaries, what
//! each changes about the site, what answers in front of it, and what a diagnosis must find.

mod data;

use std::sync::OnceLock;

pub use data::Check;
pub(crate) use data::{
    Answer, CertKind, Data, KeyDelivery, KeySetup, Owner, Permalinks, RestApi, Site, SiteAddress,
    When,
};

/// The scenario files, in the order `scenarios()` lists them.
const FILES: &[(&str, &str)] = &[
    (
        "wordpress.toml",
        include_str!("../../scenarios/wordpress.toml"),
    ),
    ("servers.toml", include_str!("../../scenarios/servers.toml")),
    (
        "firewalls.toml",
        include_str!("../../scenarios/firewalls.toml"),
    ),
    ("keys.toml", include_str!("../../scenarios/keys.toml")),
    ("tls.toml", include_str!("../../scenarios/tls.toml")),
    ("hostile.toml", include_str!("../../scenarios/hostile.toml")),
    (
        "authorization.toml",
        include_str!("../../scenarios/authorization.toml"),
    ),
    (
        "woocommerce.toml",
        include_str!("../../scenarios/woocommerce.toml"),
    ),
];

/// Vendors' pages, too long to repeat in each scenario that sends them (`body_file`).
const PAGES: &[(&str, &str)] = &[
    ("akamai", include_str!("../../scenarios/pages/akamai.html")),
    (
        "cloudflare-1020",
        include_str!("../../scenarios/pages/cloudflare-1020.html"),
    ),
    (
        "cloudflare-challenge",
        include_str!("../../scenarios/pages/cloudflare-challenge.html"),
    ),
    (
        "imunify360",
        include_str!("../../scenarios/pages/imunify360.html"),
    ),
    (
        "siteground",
        include_str!("../../scenarios/pages/siteground.html"),
    ),
    ("sucuri", include_str!("../../scenarios/pages/sucuri.html")),
    (
        "unknown-waf",
        include_str!("../../scenarios/pages/unknown-waf.html"),
    ),
    (
        "wordfence-lockout",
        include_str!("../../scenarios/pages/wordfence-lockout.html"),
    ),
    (
        "wordfence-pattern",
        include_str!("../../scenarios/pages/wordfence-pattern.html"),
    ),
];

/// The page `body_file` names.
pub(crate) fn page(name: &str) -> Option<&'static str> {
    PAGES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// A scenario: its data, read once.
pub(crate) type Scenario = &'static Data;

fn all() -> &'static [Data] {
    static ALL: OnceLock<Vec<Data>> = OnceLock::new();
    ALL.get_or_init(|| {
        FILES
            .iter()
            .flat_map(|(name, text)| match toml::from_str::<data::File>(text) {
                Ok(f) => f.scenario,
                // The files are compiled in and a test reads every one: a mistake is a bug.
                Err(e) => panic!("scenarios/{name}: {e}"),
            })
            .collect()
    })
}

pub(crate) fn find(name: &str) -> Option<Scenario> {
    all().iter().find(|s| s.name == name)
}

/// A scenario's name and one-line summary, and what the table test checks.
#[derive(Clone, Copy, Debug)]
pub struct ScenarioInfo {
    pub name: &'static str,
    pub summary: &'static str,
    data: Scenario,
}

impl ScenarioInfo {
    /// The one-line summary in `lang` (`scenario-<name>` in locales/*/scenarios.ftl); the English
    /// message is `summary` itself, byte for byte.
    pub fn summary_in(&self, lang: handshake_l10n::Lang) -> String {
        handshake_l10n::text(lang, &format!("scenario-{}", self.name), None)
    }

    /// The `error` findings a diagnosis with the test credentials must prove, exactly; `None` when
    /// another test diagnoses the scenario (see `findings_note`).
    pub fn findings(&self) -> Option<&'static [String]> {
        self.data.findings.as_deref()
    }

    /// Which test diagnoses the scenario when `findings` is `None`, or why the findings are what
    /// they are.
    pub fn findings_note(&self) -> Option<&'static str> {
        self.data.findings_note.as_deref()
    }

    /// Requests to send and what each must get.
    pub fn checks(&self) -> &'static [Check] {
        &self.data.check
    }

    /// The store serves plain HTTP whatever it is asked.
    pub fn plain_only(&self) -> bool {
        self.data.listen.plain
    }
}

/// All scenarios, in a stable order.
pub fn scenarios() -> &'static [ScenarioInfo] {
    static INFOS: OnceLock<Vec<ScenarioInfo>> = OnceLock::new();
    INFOS.get_or_init(|| {
        all()
            .iter()
            .map(|d| ScenarioInfo {
                name: &d.name,
                summary: &d.summary,
                data: d,
            })
            .collect()
    })
}

impl Data {
    /// TLS scenarios always serve TLS (a tls-* scenario over plain HTTP would test nothing).
    pub(crate) fn forces_tls(&self) -> bool {
        self.listen.cert != CertKind::Good
    }
}

#[cfg(test)]
mod tests {
    use handshake_l10n::Lang;

    use super::*;

    #[test]
    fn every_file_reads_and_names_are_unique() {
        let names: Vec<&str> = scenarios().iter().map(|s| s.name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "a name is used twice");
        assert!(find("nope").is_none());
        assert!(names.len() >= 40);
        for s in scenarios() {
            for rule in &s.data.front {
                if let Some(file) = &rule.answer.body_file {
                    assert!(page(file).is_some(), "{}: no page {file}", s.name);
                }
            }
            assert!(
                s.findings().is_some() || s.findings_note().is_some(),
                "{}: neither findings nor a note saying which test diagnoses it",
                s.name
            );
        }
    }

    #[test]
    fn summaries_in_every_language_with_english_unchanged() {
        for s in scenarios() {
            assert_eq!(s.summary_in(Lang::En), s.summary, "{}", s.name);
            for lang in [Lang::De, Lang::Es] {
                let text = s.summary_in(lang);
                assert_ne!(
                    text, s.summary,
                    "{} is not translated into {lang:?}",
                    s.name
                );
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }
}
