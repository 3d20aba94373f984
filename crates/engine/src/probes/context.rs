//! Everything a probe may use: the shared client, the store, credentials and the profile.

use std::time::Duration;

use crate::credentials::Credentials;
use crate::http::HttpClient;
use crate::net::trust::Trust;
use crate::profile::{Profile, Resource};
use crate::store_url::StoreUrl;

use super::id::ProbeId;

#[derive(Debug)]
pub struct Context {
    pub client: HttpClient,
    pub trust: Trust,
    /// The URL as the owner gave it (normalized). Later probes use the home probe's `base`.
    pub store: StoreUrl,
    pub credentials: Credentials,
    pub profile: Profile,
    /// Bound for one network step (connect, handshake) inside the run's deadline.
    pub step_timeout: Duration,
    /// The language of probe labels and findings.
    pub lang: crate::report::Lang,
}

impl Context {
    /// The probes this run needs, given what credentials and profile it has.
    pub fn plan(&self) -> Vec<ProbeId> {
        use ProbeId::*;
        let mut plan = vec![
            Dns,
            Tcp,
            Tls,
            Home,
            RestIndex,
            RestIndexQuery,
            RestIndexBrowser,
            RestPost,
            RestPut,
            AuthHeaderEcho,
            WcAuth,
            WcAuthQuery,
            Clock,
        ];
        if self.profile.legacy_api {
            plan.push(LegacyApi);
        }
        if self.credentials.woo.is_some() {
            plan.extend([AuthBasic, AuthQuery, AuthOAuth, AuthOAuthHttp]);
            plan.extend([CacheAnon, CacheAuthBusted, CacheAnonBusted, AuthOAuthSite]);
        }
        if self.credentials.app_password.is_some() {
            plan.push(AuthAppPassword);
        }
        if !self.credentials.is_empty() {
            plan.extend([WcSystemStatus, WcWebhooks]);
            let mut resources: Vec<Resource> = self.profile.resources.clone();
            resources.sort();
            resources.dedup();
            for r in &resources {
                if self.profile.scope.reads() || self.profile.scope.writes() {
                    plan.push(Read(*r));
                }
                if self.profile.scope.writes() && r.create_capability().is_some() {
                    plan.push(Write(*r));
                }
            }
        }
        plan
    }
}
