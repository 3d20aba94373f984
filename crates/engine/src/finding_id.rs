//! Stable finding ids (listed in docs/contract.md). An id names a cause, not a symptom.

use serde::{Deserialize, Serialize};

macro_rules! finding_ids {
    ($($variant:ident => $id:literal),+ $(,)?) => {
        /// Every cause the engine can prove. The string form is part of the public contract.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum FindingId { $($variant),+ }

        impl FindingId {
            pub const ALL: &'static [FindingId] = &[$(FindingId::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(FindingId::$variant => $id),+ }
            }

            pub fn parse(s: &str) -> Option<FindingId> {
                match s { $($id => Some(FindingId::$variant),)+ _ => None }
            }
        }
    };
}

finding_ids! {
    NetDns => "net.dns",
    NetConnect => "net.connect",
    NetBlocksAppServers => "net.blocks_app_servers",
    NetBlocksThisComputer => "net.blocks_this_computer",
    TlsCertificate => "tls.certificate",
    TlsMissing => "tls.missing",
    HttpRedirect => "http.redirect",
    HttpMaintenance => "http.maintenance",
    HttpRateLimited => "http.rate_limited",
    HttpBasicAuth => "http.basic_auth",
    HttpRedirectLoop => "http.redirect_loop",
    HttpServerError => "http.server_error",
    HttpUnresponsive => "http.unresponsive",
    HttpOversized => "http.oversized",
    SiteNotWordpress => "site.not_wordpress",
    SiteUrlMismatch => "site.url_mismatch",
    RestPlainPermalinks => "rest.plain_permalinks",
    RestBlocked => "rest.blocked",
    RestDisabled => "rest.disabled",
    RestInvalidJson => "rest.invalid_json",
    RestCached => "rest.cached",
    WcInactive => "wc.inactive",
    WcAuthEndpoint => "wc.auth_endpoint",
    WcWebhooksDisabled => "wc.webhooks_disabled",
    WcRemotePostFailed => "wc.remote_post_failed",
    WcLegacyApi => "wc.legacy_api",
    WafCloudflare => "waf.cloudflare",
    WafSucuri => "waf.sucuri",
    WafWordfence => "waf.wordfence",
    WafModsecurity => "waf.modsecurity",
    WafImunify360 => "waf.imunify360",
    WafSiteground => "waf.siteground",
    WafAkamai => "waf.akamai",
    WafUnknown => "waf.unknown",
    AuthHeaderStripped => "auth.header_stripped",
    AuthKeyInvalid => "auth.key_invalid",
    AuthSecretInvalid => "auth.secret_invalid",
    AuthHttpsRequired => "auth.https_required",
    AuthHttpsNotDetected => "auth.https_not_detected",
    AuthReadOnly => "auth.read_only",
    AuthCapability => "auth.capability",
    AuthAppPasswordInvalid => "auth.app_password_invalid",
    AuthClockSkew => "auth.clock_skew",
    CallbackNotReceived => "callback.not_received",
    CallbackRejected => "callback.rejected",
    ConnectDenied => "connect.denied",
    ConnectTimeout => "connect.timeout",
    ConnectRelayUnreachable => "connect.relay_unreachable",
    SiteUnexplained => "site.unexplained",
}

impl std::fmt::Display for FindingId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for FindingId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FindingId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        FindingId::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown finding id {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for id in FindingId::ALL {
            assert_eq!(FindingId::parse(id.as_str()), Some(*id));
            assert!(seen.insert(id.as_str()), "duplicate id {id}");
        }
    }
}

#[cfg(test)]
mod contract {
    use super::FindingId;

    /// The repo's contract lists every id the engine can report, so the two cannot drift apart.
    #[test]
    fn every_id_is_in_the_contract() {
        let contract = include_str!("../../../docs/contract.md");
        for id in FindingId::ALL {
            assert!(
                contract.contains(&format!("`{}`", id.as_str())),
                "{} is missing from docs/contract.md",
                id.as_str()
            );
        }
    }
}
