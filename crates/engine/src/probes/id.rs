//! Probe identities, their labels, and the dependency graph between them.

use std::fmt;

use crate::profile::Resource;

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

    /// What a person sees next to the spinner.
    pub fn label(&self) -> String {
        match self {
            ProbeId::Dns => "Looking up the store's address".into(),
            ProbeId::Tcp => "Connecting to the store".into(),
            ProbeId::Tls => "Checking the HTTPS certificate".into(),
            ProbeId::Home => "Opening the store's home page".into(),
            ProbeId::RestIndex => "Reaching the REST API at /wp-json/".into(),
            ProbeId::RestIndexQuery => "Reaching the REST API with ?rest_route=".into(),
            ProbeId::RestIndexBrowser => "Reaching the REST API as a web browser".into(),
            ProbeId::RestPost => "Sending a POST to the WooCommerce API".into(),
            ProbeId::RestPut => "Sending an update (PUT) to the WooCommerce API".into(),
            ProbeId::AuthHeaderEcho => "Checking that login headers reach WordPress".into(),
            ProbeId::WcAuth => "Checking WooCommerce's app authorization page".into(),
            ProbeId::WcAuthQuery => "Checking the authorization page's fallback address".into(),
            ProbeId::AuthBasic => "Signing in with the API key (header)".into(),
            ProbeId::AuthQuery => "Signing in with the API key (query string)".into(),
            ProbeId::AuthOAuth => "Signing in with the API key (OAuth signature)".into(),
            ProbeId::AuthOAuthHttp => "Checking that WordPress knows it is on HTTPS".into(),
            ProbeId::AuthAppPassword => "Signing in with the application password".into(),
            ProbeId::AuthOAuthSite => "Signing for WordPress's own Site Address".into(),
            ProbeId::Clock => "Comparing the store's clock with this computer's".into(),
            ProbeId::WcSystemStatus => "Reading WooCommerce's own status report".into(),
            ProbeId::WcWebhooks => "Looking for webhooks WooCommerce switched off".into(),
            ProbeId::LegacyApi => "Checking the Legacy REST API (/wc-api/v3/)".into(),
            ProbeId::CacheAnon => "Asking the API the same question without signing in".into(),
            ProbeId::CacheAuthBusted => "Asking again signed in, past any page cache".into(),
            ProbeId::CacheAnonBusted => {
                "Asking again without signing in, past any page cache".into()
            }
            ProbeId::Read(r) => format!("Reading {}", r.as_str()),
            ProbeId::Write(r) => format!(
                "Checking permission to write {} (nothing is changed)",
                r.as_str()
            ),
        }
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
