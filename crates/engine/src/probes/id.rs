//! Probe identities, their labels, and the dependency graph between them.

use std::fmt;

use handshake_l10n::t;
use serde::{Deserialize, Serialize};

use crate::profile::Resource;
use crate::report::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProbeId {
    Dns,
    Tcp,
    Tls,
    /// GET the store URL, following redirects: finds the URL to use and WordPress's signals.
    Home,
    RestIndex,
    RestIndexQuery,
    /// `/wp-json/` again with a web browser's `User-Agent`: a rule that refuses the app's agent
    /// shows as the one difference.
    RestIndexBrowser,
    /// Unauthenticated POST to the orders route: WooCommerce's JSON 401, or a firewall page?
    RestPost,
    /// Unauthenticated PUT on a nonexistent order: reveals method policies (ModSecurity CRS 911100).
    RestPut,
    /// Deliberately wrong Basic credentials to `wp/v2/users/me`: does the Authorization header reach
    /// WordPress at all? Needs no real credentials.
    AuthHeaderEcho,
    WcAuth,
    WcAuthQuery,
    AuthBasic,
    AuthQuery,
    AuthOAuth,
    /// OAuth signed as if the request were plain HTTP: works only when WordPress does not know it is
    /// reached over HTTPS.
    AuthOAuthHttp,
    AuthAppPassword,
    /// OAuth 1.0a signed for WordPress's own Site Address (the REST index's `home`) instead of the
    /// address used: works only when the two differ and the key and secret are right.
    AuthOAuthSite,
    /// The store's `Date` header against this computer's clock (OAuth 1.0a allows 15 minutes).
    Clock,
    /// WooCommerce's own status report (`wc/v3/system_status`), read with a working key.
    WcSystemStatus,
    /// Webhooks WooCommerce switched to Disabled (`wc/v3/webhooks?status=disabled`).
    WcWebhooks,
    /// `/wc-api/v3/`: the Legacy REST API, asked only when the profile says the app uses it.
    LegacyApi,
    /// The sign-in list request without credentials, to compare with the signed-in answer (a
    /// page cache that ignores credentials answers both alike).
    CacheAnon,
    /// The same signed-in and anonymous requests with a cache-busting parameter each.
    CacheAuthBusted,
    CacheAnonBusted,
    Read(Resource),
    Write(Resource),
}

impl ProbeId {
    pub fn name(&self) -> String {
        match self {
            ProbeId::Dns => "dns".into(),
            ProbeId::Tcp => "tcp".into(),
            ProbeId::Tls => "tls".into(),
            ProbeId::Home => "site.home".into(),
            ProbeId::RestIndex => "rest.index".into(),
            ProbeId::RestIndexQuery => "rest.index_query".into(),
            ProbeId::RestIndexBrowser => "rest.index_browser".into(),
            ProbeId::RestPost => "rest.post".into(),
            ProbeId::RestPut => "rest.put".into(),
            ProbeId::AuthHeaderEcho => "auth.header_echo".into(),
            ProbeId::WcAuth => "wc.auth".into(),
            ProbeId::WcAuthQuery => "wc.auth_query".into(),
            ProbeId::AuthBasic => "auth.basic".into(),
            ProbeId::AuthQuery => "auth.query".into(),
            ProbeId::AuthOAuth => "auth.oauth".into(),
            ProbeId::AuthOAuthHttp => "auth.oauth_http".into(),
            ProbeId::AuthAppPassword => "auth.app_password".into(),
            ProbeId::AuthOAuthSite => "auth.oauth_site_address".into(),
            ProbeId::Clock => "site.clock".into(),
            ProbeId::WcSystemStatus => "wc.system_status".into(),
            ProbeId::WcWebhooks => "wc.webhooks".into(),
            ProbeId::LegacyApi => "wc.legacy_api".into(),
            ProbeId::CacheAnon => "cache.anonymous".into(),
            ProbeId::CacheAuthBusted => "cache.signed_in_busted".into(),
            ProbeId::CacheAnonBusted => "cache.anonymous_busted".into(),
            ProbeId::Read(r) => format!("access.read.{}", r.as_str()),
            ProbeId::Write(r) => format!("access.write.{}", r.as_str()),
        }
    }

    /// Every probe without a resource; with [`Resource::ALL`] for reads and writes, every probe.
    const PLAIN: [ProbeId; 25] = [
        ProbeId::Dns,
        ProbeId::Tcp,
        ProbeId::Tls,
        ProbeId::Home,
        ProbeId::RestIndex,
        ProbeId::RestIndexQuery,
        ProbeId::RestIndexBrowser,
        ProbeId::RestPost,
        ProbeId::RestPut,
        ProbeId::AuthHeaderEcho,
        ProbeId::WcAuth,
        ProbeId::WcAuthQuery,
        ProbeId::AuthBasic,
        ProbeId::AuthQuery,
        ProbeId::AuthOAuth,
        ProbeId::AuthOAuthHttp,
        ProbeId::AuthAppPassword,
        ProbeId::AuthOAuthSite,
        ProbeId::Clock,
        ProbeId::WcSystemStatus,
        ProbeId::WcWebhooks,
        ProbeId::LegacyApi,
        ProbeId::CacheAnon,
        ProbeId::CacheAuthBusted,
        ProbeId::CacheAnonBusted,
    ];

    /// The probe a report's record names ([`ProbeId::name`] read back); `None` for a name this
    /// version does not know (a newer report, or a record the relay added).
    pub fn parse(name: &str) -> Option<ProbeId> {
        let resource = |rest: &str| Resource::ALL.into_iter().find(|r| r.as_str() == rest);
        if let Some(rest) = name.strip_prefix("access.read.") {
            return resource(rest).map(ProbeId::Read);
        }
        if let Some(rest) = name.strip_prefix("access.write.") {
            return resource(rest).map(ProbeId::Write);
        }
        ProbeId::PLAIN.into_iter().find(|p| p.name() == name)
    }

    /// What a person sees next to the spinner, in English.
    pub fn label(&self) -> String {
        self.label_in(Lang::En)
    }

    /// What a person sees next to the spinner, in `lang` (messages `probe-*` in probes.ftl).
    pub fn label_in(&self, lang: Lang) -> String {
        let id = match self {
            ProbeId::Dns => "probe-dns",
            ProbeId::Tcp => "probe-tcp",
            ProbeId::Tls => "probe-tls",
            ProbeId::Home => "probe-home",
            ProbeId::RestIndex => return t!(lang, "probe-rest-index", "path" => "/wp-json/"),
            ProbeId::RestIndexQuery => {
                return t!(lang, "probe-rest-index-query", "path" => "?rest_route=")
            }
            ProbeId::RestIndexBrowser => "probe-rest-index-browser",
            ProbeId::RestPost => "probe-rest-post",
            ProbeId::RestPut => "probe-rest-put",
            ProbeId::AuthHeaderEcho => "probe-auth-header-echo",
            ProbeId::WcAuth => "probe-wc-auth",
            ProbeId::WcAuthQuery => "probe-wc-auth-query",
            ProbeId::AuthBasic => "probe-auth-basic",
            ProbeId::AuthQuery => "probe-auth-query",
            ProbeId::AuthOAuth => "probe-auth-oauth",
            ProbeId::AuthOAuthHttp => "probe-auth-oauth-http",
            ProbeId::AuthAppPassword => "probe-auth-app-password",
            ProbeId::AuthOAuthSite => "probe-auth-oauth-site",
            ProbeId::Clock => "probe-clock",
            ProbeId::WcSystemStatus => "probe-wc-system-status",
            ProbeId::WcWebhooks => "probe-wc-webhooks",
            ProbeId::LegacyApi => return t!(lang, "probe-legacy-api", "path" => "/wc-api/v3/"),
            ProbeId::CacheAnon => "probe-cache-anon",
            ProbeId::CacheAuthBusted => "probe-cache-auth-busted",
            ProbeId::CacheAnonBusted => "probe-cache-anon-busted",
            ProbeId::Read(r) => return t!(lang, "probe-read", "resource" => r.as_str()),
            ProbeId::Write(r) => return t!(lang, "probe-write", "resource" => r.as_str()),
        };
        t!(lang, id)
    }

    pub fn deps(&self) -> Vec<ProbeId> {
        use ProbeId::*;
        match self {
            Dns => vec![],
            Tcp => vec![Dns],
            Tls => vec![Tcp],
            Home => vec![Dns],
            RestIndex | RestIndexQuery | RestIndexBrowser | RestPost | RestPut | AuthHeaderEcho
            | WcAuth | WcAuthQuery => vec![Home],
            AuthBasic | AuthQuery | AuthOAuth | AuthOAuthHttp | AuthAppPassword => vec![Home],
            Clock | LegacyApi => vec![Home],
            AuthOAuthSite => vec![RestIndex, RestIndexQuery, AuthOAuth],
            WcSystemStatus | WcWebhooks | CacheAnon | CacheAuthBusted | CacheAnonBusted
            | Read(_) | Write(_) => vec![
                AuthBasic,
                AuthQuery,
                AuthOAuth,
                AuthOAuthHttp,
                AuthAppPassword,
            ],
        }
    }
}

impl fmt::Display for ProbeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// A probe record's id as a report carries it: a probe this version runs, or a name it does not
/// know (a newer version's report, or a record a newer relay added), kept as written so reading a
/// report and writing it again loses nothing. Written in JSON as the probe's name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordId {
    Probe(ProbeId),
    Unknown(String),
}

impl RecordId {
    /// The probe, when this version knows it.
    pub fn probe(&self) -> Option<ProbeId> {
        match self {
            RecordId::Probe(id) => Some(*id),
            RecordId::Unknown(_) => None,
        }
    }

    /// The name a report writes.
    pub fn name(&self) -> String {
        match self {
            RecordId::Probe(id) => id.name(),
            RecordId::Unknown(name) => name.clone(),
        }
    }

    /// Read back from a report: known names become their probe.
    pub fn parse(name: &str) -> RecordId {
        ProbeId::parse(name).map_or_else(|| RecordId::Unknown(name.to_string()), RecordId::Probe)
    }
}

impl From<ProbeId> for RecordId {
    fn from(id: ProbeId) -> Self {
        RecordId::Probe(id)
    }
}

impl From<&str> for RecordId {
    fn from(name: &str) -> Self {
        RecordId::parse(name)
    }
}

impl PartialEq<ProbeId> for RecordId {
    fn eq(&self, other: &ProbeId) -> bool {
        self.probe() == Some(*other)
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordId::Probe(id) => fmt::Display::fmt(id, f),
            RecordId::Unknown(name) => f.write_str(name),
        }
    }
}

impl Serialize for RecordId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name())
    }
}

impl<'de> Deserialize<'de> for RecordId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(RecordId::parse(&String::deserialize(d)?))
    }
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn every_name_reads_back() {
        let all = ProbeId::PLAIN
            .into_iter()
            .chain(Resource::ALL.into_iter().map(ProbeId::Read))
            .chain(Resource::ALL.into_iter().map(ProbeId::Write));
        for id in all {
            assert_eq!(ProbeId::parse(&id.name()), Some(id), "{id}");
        }
        assert_eq!(ProbeId::parse("access.read.nothing"), None);
        assert_eq!(ProbeId::parse("auth"), None);
    }

    #[test]
    fn record_ids_keep_unknown_names() {
        let known: RecordId = serde_json::from_str("\"rest.index\"").unwrap();
        assert_eq!(known, ProbeId::RestIndex);
        let unknown: RecordId = serde_json::from_str("\"rest.index_v9\"").unwrap();
        assert_eq!(unknown, RecordId::Unknown("rest.index_v9".into()));
        assert_eq!(
            serde_json::to_string(&unknown).unwrap(),
            "\"rest.index_v9\""
        );
        assert_eq!(serde_json::to_string(&known).unwrap(), "\"rest.index\"");
    }
}
