//! The scenario table: names (a contract), summaries, and what each one changes about the site.

use crate::state::KeySetup;

/// A scenario's name and one-line summary.
#[derive(Clone, Copy, Debug)]
pub struct ScenarioInfo {
    pub name: &'static str,
    pub summary: &'static str,
}

macro_rules! scenarios {
    ($( $variant:ident = $name:literal : $summary:literal ),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Scenario { $( $variant ),* }

        const INFOS: &[ScenarioInfo] = &[ $( ScenarioInfo { name: $name, summary: $summary } ),* ];

        impl Scenario {
            pub(crate) fn parse(name: &str) -> Option<Scenario> {
                match name { $( $name => Some(Scenario::$variant), )* _ => None }
            }
            #[allow(dead_code)]
            pub(crate) fn name(self) -> &'static str {
                match self { $( Scenario::$variant => $name ),* }
            }
        }
    };
}

scenarios! {
    Healthy = "healthy": "WordPress 6.1 + WooCommerce 6.6 with no fault",
    PlainPermalinks = "plain-permalinks": "plain permalinks: /wp-json/ is an Apache 404, ?rest_route= works, keys cannot authenticate",
    RewriteMissing = "rewrite-missing": "pretty permalinks advertised but the rewrite rules are missing: /wp-json/ is an Apache 404",
    RestBlockedHtaccess = "rest-blocked-htaccess": ".htaccess rule answers 403 for any URI containing wp-json; ?rest_route= passes",
    IpBlocked = "ip-blocked": "the client's IP is denied: every request gets the Apache 403 page",
    IpBlockedNginx = "ip-blocked-nginx": "nginx denies the client's IP (deny in the server block): every request gets nginx's 403 page",
    Modsecurity = "modsecurity": "ModSecurity CRS: PUT/PATCH/DELETE (and attack-looking payloads) get the Apache 403 page",
    Modsecurity406 = "modsecurity-406": "shared-host ModSecurity: URLs in the query string and POSTs to /wp-json/ get 406 Not Acceptable",
    AuthHeaderStripped = "auth-header-stripped": "the Authorization header never reaches PHP: Basic and OAuth headers are lost, query keys work",
    AuthHeaderStrippedNginx = "auth-header-stripped-nginx": "nginx + PHP-FPM blanks the Authorization header (fastcgi_param HTTP_AUTHORIZATION \"\"): Basic and OAuth headers are lost, query keys work",
    HttpRedirectHttps = "http-redirect-https": "plain HTTP answers 301 to HTTPS on another port (a second, healthy TLS listener)",
    WwwRedirect = "www-redirect": "hosts without www. are redirected (301) to www.<host>",
    CredentialsIgnored = "credentials-ignored": "a security plugin makes every REST request anonymous (determine_current_user → 0): keys in the header, the query string and OAuth signatures are all answered as no credentials",
    OtherHostRedirect = "other-host-redirect": "the store moved to another host name: requests to 127.0.0.1 are redirected (301) to localhost, the same store",
    Maintenance = "maintenance": "WordPress maintenance mode: 503 with Retry-After: 600",
    RestDisabled = "rest-disabled": "a plugin disables the REST API for everyone (401 rest_disabled)",
    RestDisabledAnon = "rest-disabled-anon": "the Disable REST API plugin: only authenticated requests reach the REST API",
    InvalidJson = "invalid-json": "WP_DEBUG on and a plugin's PHP warning: printed before REST JSON bodies for clients that do not ask for JSON (Accept: */*)",
    PageCache = "page-cache": "a page cache serves stale copies of the REST index and /wc-auth/ pages",
    NotWordpress = "not-wordpress": "a static nginx site with no WordPress at all",
    WoocommerceInactive = "woocommerce-inactive": "WordPress without WooCommerce: no wc/v3 namespace, no /wc-auth/",
    AuthEndpointStale = "auth-endpoint-stale": "stale rewrite rules: /wc-auth/v1/authorize is a WordPress 404, the query form works",
    CloudflareBlock = "cloudflare-block": "Cloudflare custom rule blocks /wp-json/ and /wc-auth/ (Error 1020)",
    CloudflareChallenge = "cloudflare-challenge": "Cloudflare managed challenge on /wp-json/ and /wc-auth/ (cf-mitigated: challenge)",
    CloudflarePostAuthstrip = "cloudflare-post-authstrip": "Cloudflare blocks writes to /wp-json/ and the origin strips Authorization",
    Sucuri = "sucuri": "Sucuri firewall blocks REST writes and /wc-auth/",
    Wordfence = "wordfence": "Wordfence limits access to the REST API (503 block page)",
    Imunify360 = "imunify360": "Imunify360 bot protection answers non-browser REST requests with a 200 HTML challenge",
    Siteground = "siteground": "SiteGround's sgcaptcha answers REST and /wc-auth/ GETs with 202",
    Akamai = "akamai": "Akamai denies REST requests (Access Denied, Reference #18.…)",
    WafUnknown = "waf-unknown": "an unidentified firewall blocks REST requests with its own 403 page",
    RateLimited = "rate-limited": "REST requests get 429 Too Many Requests with Retry-After: 60",
    HttpsNotDetected = "https-not-detected": "TLS terminates before WordPress, which thinks it is HTTP: Basic/query keys ignored",
    HttpOnly = "http-only": "plain HTTP only: Basic auth ignored, OAuth 1.0a works",
    KeyRevoked = "key-revoked": "the test consumer key does not exist (revoked or never created)",
    SecretMismatch = "secret-mismatch": "the test consumer key exists with a different secret",
    ReadOnlyKey = "read-only-key": "the test key has read permission only",
    MissingCapability = "missing-capability": "the test key belongs to a shop_clerk without customer, coupon and report capabilities",
    TlsExpired = "tls-expired": "the TLS certificate has expired",
    TlsWrongName = "tls-wrong-name": "the TLS certificate is only valid for other.test",
    TlsSelfSigned = "tls-self-signed": "the TLS certificate is self-signed, not issued by the test CA",
    SlowDrip = "slow-drip": "REST bodies arrive one byte every 500 ms",
    NeverEndingBody = "never-ending-body": "REST responses send headers and then an endless body",
    GzipBomb = "gzip-bomb": "REST responses are gzip bodies that inflate to more than 1 GiB",
    RedirectLoop = "redirect-loop": "REST requests redirect to themselves forever",
    HeaderFlood = "header-flood": "REST responses carry 5000 headers",
    HttpPassword = "http-password": "an HTTP password (Apache Basic auth) protects the whole site: every request gets 401 with WWW-Authenticate",
    RedirectLoopFlexibleSsl = "redirect-loop-flexible-ssl": "Cloudflare's \"Flexible\" SSL in front of a site that forces https: every address redirects (301) to itself",
    CloudflareBlocksAppServers = "cloudflare-blocks-app-servers": "Cloudflare blocks datacenter traffic by address: requests from the app's servers (127.0.0.2) get Error 1020, everyone else gets the store",
    WordfenceUserAgent = "wordfence-user-agent": "Wordfence blocks every request whose User-Agent is not a browser's (an advanced-blocking pattern): apps are refused, browsers answered",
    RedirectLoopSlash = "redirect-loop-slash": "an .htaccess rule strips the trailing slash from REST addresses and WordPress adds it back (301 ↔ 301)",
    WpCriticalError = "wp-critical-error": "a plugin's PHP fatal error on REST requests: WordPress answers 500 \"There has been a critical error on this website.\"",
    Nginx502 = "nginx-502": "nginx with PHP-FPM stopped: every WordPress page gets nginx's 502 Bad Gateway",
    Htaccess500 = "htaccess-500": "a broken line in .htaccess: every request gets Apache's 500 Internal Server Error page",
    ApiSilent = "api-silent": "REST requests are accepted and never answered",
    GatewayJson403 = "gateway-json-403": "an unnamed gateway refuses REST writes with its own JSON 403 (no known firewall's signature)",
    PlainHttpToTlsPort = "plain-http-to-tls-port": "WordPress's address is http:// on its HTTPS port: http redirects (301) to http://host:<https port>/, where Apache answers 400 \"You're speaking plain HTTP to an SSL-enabled server port\"",
    OddStatus = "odd-status": "something in front of WordPress answers every REST request with 418 I'm a teapot",
    TerminalEscapes = "terminal-escapes": "REST errors, pages and headers carry terminal escapes (clear screen, window title, OSC 52 clipboard), NULs, C1 controls and bidi overrides",
    OwnerDenies = "owner-denies": "app authorization: the owner clicks Deny (return_url gets success=0)",
    OutboundBlocked = "outbound-blocked": "app authorization: the host's firewall blocks the store's outgoing POST of the keys (cURL error 7)",
    CallbackMangled = "callback-mangled": "app authorization: a security plugin empties the outgoing POST, so the callback refuses it",
    ClockSkew = "clock-skew": "the server's clock is 2 hours behind: its Date header says so and WooCommerce refuses OAuth 1.0a signatures (\"Invalid timestamp.\")",
    SiteUrlMismatch = "site-url-mismatch": "WordPress's Site Address is https://localhost:<port> while the app uses 127.0.0.1 (an alias without a front-end redirect, as in headless setups): approval links and OAuth signatures follow the Site Address",
    SiteUrlMismatchHttp = "site-url-mismatch-http": "site-url-mismatch on a plain-HTTP store, where keys work only as OAuth 1.0a signatures: a signature for 127.0.0.1 is refused, one for the Site Address accepted",
    RemotePostBlocked = "remote-post-blocked": "the host blocks outgoing requests: WooCommerce's status report says remote_post_successful and remote_get_successful are false",
    WebhooksDisabled = "webhooks-disabled": "WooCommerce disabled a webhook after failed deliveries (one other webhook is active)",
    LegacyApiRemoved = "legacy-api-removed": "WooCommerce without the Legacy REST API: /wc-api/v3/ answers 404 woocommerce_api_disabled (as every scenario does; named for apps that use it)",
    LegacyApiPlugin = "legacy-api-plugin": "the WooCommerce Legacy REST API plugin is active and enabled: /wc-api/v3/ answers its index",
    SilentCache = "silent-cache": "a page cache keyed on the URL alone, with no header of its own: a visitor's copy of the wc/v3 list answers is replayed to signed-in requests",
}

impl ScenarioInfo {
    /// The one-line summary in `lang` (`scenario-<name>` in locales/*/scenarios.ftl); the English
    /// message is `summary` itself, byte for byte.
    pub fn summary_in(&self, lang: handshake_l10n::Lang) -> String {
        handshake_l10n::text(lang, &format!("scenario-{}", self.name), None)
    }
}

/// All scenarios, in a stable order.
pub fn scenarios() -> &'static [ScenarioInfo] {
    INFOS
}

/// How the WordPress site routes pretty URLs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Permalinks {
    Pretty,
    Plain,
    /// Pretty permalinks configured, but no rewrite rules reach WordPress.
    NoRewrite,
}

/// What the scenario changes inside "PHP" (the origin WordPress), as opposed to in front of it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Site {
    pub permalinks: Permalinks,
    pub woocommerce: bool,
    /// `/wc-auth/v1/...` is routed by the rewrite rules.
    pub wc_auth_rewrite: bool,
    /// The Authorization header is dropped before PHP sees it.
    pub strip_authorization: bool,
    /// WordPress's `is_ssl()` is false even over TLS.
    pub ssl_hidden: bool,
    /// Every REST request runs as a visitor, whatever credentials it carries.
    pub ignore_credentials: bool,
    pub key: KeySetup,
}

/// How the TLS certificate of the scenario is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CertKind {
    Good,
    Expired,
    WrongName,
    SelfSigned,
}

impl Scenario {
    pub(crate) fn site(self) -> Site {
        use Scenario::*;
        Site {
            permalinks: match self {
                PlainPermalinks => Permalinks::Plain,
                RewriteMissing => Permalinks::NoRewrite,
                _ => Permalinks::Pretty,
            },
            woocommerce: self != WoocommerceInactive,
            wc_auth_rewrite: self != AuthEndpointStale,
            strip_authorization: matches!(
                self,
                AuthHeaderStripped | AuthHeaderStrippedNginx | CloudflarePostAuthstrip
            ),
            ssl_hidden: self == HttpsNotDetected,
            ignore_credentials: self == CredentialsIgnored,
            key: match self {
                KeyRevoked => KeySetup::Missing,
                SecretMismatch => KeySetup::WrongSecret,
                ReadOnlyKey => KeySetup::ReadOnly,
                MissingCapability => KeySetup::Clerk,
                _ => KeySetup::Normal,
            },
        }
    }

    pub(crate) fn cert(self) -> CertKind {
        match self {
            Scenario::TlsExpired => CertKind::Expired,
            Scenario::TlsWrongName => CertKind::WrongName,
            Scenario::TlsSelfSigned => CertKind::SelfSigned,
            _ => CertKind::Good,
        }
    }

    /// TLS scenarios always serve TLS (a tls-* scenario over plain HTTP would test nothing).
    pub(crate) fn forces_tls(self) -> bool {
        self.cert() != CertKind::Good
    }

    /// The site is served by nginx (its `Server` header and error pages), not Apache.
    pub(crate) fn nginx(self) -> bool {
        matches!(
            self,
            Scenario::IpBlockedNginx | Scenario::AuthHeaderStrippedNginx | Scenario::Nginx502
        )
    }

    /// The server's clock minus the real time, in seconds (its `Date` header and WooCommerce's
    /// OAuth timestamp check use it).
    pub(crate) fn clock_offset_secs(self) -> i64 {
        match self {
            Scenario::ClockSkew => -2 * 3600,
            _ => 0,
        }
    }

    pub(crate) fn forces_plain(self) -> bool {
        matches!(
            self,
            Scenario::HttpOnly
                | Scenario::HttpRedirectHttps
                | Scenario::PlainHttpToTlsPort
                | Scenario::SiteUrlMismatchHttp
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for info in scenarios() {
            assert_eq!(Scenario::parse(info.name).unwrap().name(), info.name);
        }
        assert!(Scenario::parse("nope").is_none());
        assert!(scenarios().len() >= 40);
    }
}

#[cfg(test)]
mod summaries {
    use handshake_l10n::Lang;

    use super::scenarios;

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
