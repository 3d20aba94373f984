//! What the analysis proved about one cause, handed to the catalog that words the finding and fills
//! its fixes. Every field is optional: each finding uses the ones that apply.

// The server's kind is read by the response classifier; the details only carry it.
pub use crate::firewall::ServerKind;
use crate::firewall::Vendor;

/// How a connection to the store failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectFailure {
    /// The server's machine turned the connection away (nothing listens on the port).
    Refused,
    /// Nothing answered within the time limit (a firewall dropping packets, a server overloaded).
    TimedOut,
    /// The connection was accepted, then closed without any answer.
    ClosedWithoutAnswer,
    /// Something answered, but not in HTTP (another service on the port, http/https mixed up).
    NotHttp,
    /// Anything else the socket reported.
    Failed,
}

/// Which credentials the run used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CredentialKind {
    #[default]
    None,
    WooCommerceKeys,
    ApplicationPassword,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    pub server: ServerKind,
    pub credentials: CredentialKind,
    /// Firewall that answered (for `waf.*`), the marker that proved it (`cf-mitigated: challenge`,
    /// `Error 1020`, `x-sucuri-block: …`) and its incident/ray id when the page shows one.
    pub vendor: Option<Vendor>,
    pub marker: Option<String>,
    pub incident_id: Option<String>,
    /// Requests that were blocked (`POST /wp-json/wc/v3/orders`) and ones that passed, for contrast.
    pub blocked_requests: Vec<String>,
    pub passed_requests: Vec<String>,
    /// Only these methods were blocked (ModSecurity CRS 911100 method policy: PUT, PATCH, DELETE).
    pub blocked_methods: Vec<String>,
    /// Every request, even the home page, was refused (typical of an IP deny).
    pub blocks_everything: bool,
    /// `?rest_route=/` reached WordPress while `/wp-json/` did not.
    pub query_route_works: bool,
    /// The home page advertises `?rest_route=` as its API root (permalinks are set to Plain).
    pub permalinks_plain: bool,
    /// WordPress/WooCommerce error answer seen (`rest_disabled`, `woocommerce_rest_cannot_view`…).
    pub rest_code: Option<String>,
    pub rest_message: Option<String>,
    /// For `rest.disabled`: only visitors without credentials are refused.
    pub anonymous_only: bool,
    /// For `http.redirect`: where the store URL leads, and whether a POST turned into a GET.
    pub redirect_from: Option<String>,
    pub redirect_to: Option<String>,
    pub redirect_status: Option<u16>,
    pub post_becomes_get: bool,
    /// The redirect leads outside the address the owner entered (another host, scheme or port):
    /// nothing went there with credentials, and the owner must confirm the new address.
    pub redirect_elsewhere: bool,
    /// That redirect came over plain http, where anyone on the network path can forge it.
    pub redirect_over_http: bool,
    /// The address to use when it is not where the redirect led: Apache answered there "You're
    /// speaking plain HTTP to an SSL-enabled server port", so its https form.
    pub redirect_use: Option<String>,
    /// For `http.maintenance` and `http.rate_limited`.
    pub retry_after: Option<String>,
    /// For `tls.*`: the problem in plain words (expired on …, issued for …, self-signed, chain).
    pub tls_problem: Option<String>,
    /// For `tls.certificate`: the same problem as the TLS check found it, so the catalog words it in
    /// the reader's language (`tls_problem` stays the English line).
    pub tls_cert_problem: Option<crate::net::tls_check::CertProblem>,
    /// For `rest.cached`: the headers that show a cache answered.
    pub cache_signals: Vec<String>,
    /// For `rest.invalid_json`: what came before or instead of the JSON (`PHP Warning: …`, `BOM`).
    pub body_prefix: Option<String>,
    /// For `auth.capability`: resource → capability the key's user lacks.
    pub missing_capabilities: Vec<(String, String)>,
    /// For `auth.read_only`: the key's permission as WooCommerce reported it.
    pub key_permission: Option<String>,
    /// For `net.*`: the resolver's or socket's error.
    pub network_error: Option<String>,
    /// For `net.connect`: what happened when connecting, so the words say it (refused, no answer in
    /// time, or an answer that is not HTTP).
    pub connect_failure: Option<ConnectFailure>,
    /// For `wc.auth_endpoint`: the query form `?wc-auth-version=1&wc-auth-route=authorize` works
    /// while `/wc-auth/v1/authorize` does not (stale rewrite rules).
    pub auth_query_form_works: bool,
    /// For `callback.*`: the callback URL WooCommerce was asked to POST the keys to (its host is
    /// named in fixes; the profile's `callback_host` is the fallback).
    pub callback_url: Option<String>,
    /// For `callback.not_received`: the error WooCommerce showed after Approve
    /// (`A valid URL was not provided.`, `cURL error 60: …`, `cURL error 28: …`).
    pub callback_error: Option<String>,
    /// For `callback.rejected`: the status the callback answered instead of 200.
    pub callback_status: Option<u16>,
    /// For `auth.clock_skew`: the store's clock minus this computer's in seconds (from its `Date`
    /// header), whether this computer says its clock is synchronized, and WooCommerce's refusal.
    pub clock_skew_secs: Option<i64>,
    pub local_clock_synced: Option<bool>,
    pub oauth_refusal: Option<String>,
    /// For `site.url_mismatch`: WordPress's Site Address (`home`) and WordPress Address (`url`),
    /// the address the app uses, and how they differ (scheme, host, port, folder).
    pub site_home: Option<String>,
    pub site_url: Option<String>,
    pub app_address: Option<String>,
    pub url_differences: Vec<UrlDifference>,
    /// For `wc.webhooks_disabled`: "name (topic) → delivery URL" per disabled webhook.
    pub webhooks: Vec<String>,
    /// For `wc.remote_post_failed`: what WooCommerce's own outgoing test got.
    pub remote_post_response: Option<String>,
    /// For `site.unexplained`: the requests sent (`GET /wp-json/` and how it signed in), what came
    /// back for each (status, server, content type, a short body excerpt), and the causes the
    /// evidence rules out; the catalog words them.
    pub sent: Vec<Sent>,
    pub received: Vec<Received>,
    pub ruled_out: Vec<RuledOut>,
    /// For `http.basic_auth`: the `WWW-Authenticate` challenge as sent (`Basic realm="Staging"`).
    pub auth_challenge: Option<String>,
    /// For `http.basic_auth`: the API's own addresses (`/wp-json/…`, `/wc-auth/…`) answered without
    /// the password; only pages and the `?rest_route=` forms ask for it.
    pub api_exempt: bool,
    /// For `http.redirect_loop`: what the redirects showed.
    pub redirect_loop: Option<RedirectLoop>,
    /// For `http.server_error`: which kind of 5xx answered.
    pub server_error: Option<ServerError>,
    /// For `http.unresponsive` and `http.oversized`: what was measured, one entry per kind of
    /// measurement with the requests it was seen on; the catalog words it.
    pub measured: Vec<Measured>,
    /// For `site.unexplained`: the reason a server's own error page states, quoted as it is
    /// ("You're speaking plain HTTP to an SSL-enabled server port"), the address that answered
    /// with it, and the address form it asks for.
    pub page_says: Option<String>,
    pub page_url: Option<String>,
    pub page_wants: Option<String>,
    /// For `net.blocks_app_servers`, `net.blocks_this_computer` and a `site.unexplained` between
    /// vantages: what this computer and the relay each saw.
    pub contrast: Option<crate::vantage::Contrast>,
}

/// How WordPress's Site Address differs from the app's address: what WordPress uses, then what
/// the app uses (lowercase hosts; folders as `/store/`, `/` for none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlDifference {
    Scheme {
        wordpress: String,
        app: String,
    },
    /// Only `www.` in front of the same domain.
    Www {
        wordpress: String,
        app: String,
    },
    Domain {
        wordpress: String,
        app: String,
    },
    Port {
        wordpress: u16,
        app: u16,
    },
    Folder {
        wordpress: String,
        app: String,
    },
}

/// A request `site.unexplained` cites (`GET /wp-json/wc/v3/orders`, or the step's name when
/// nothing answered) and how it signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub request: String,
    pub with: SignIn,
}

/// How a request signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignIn {
    KeyInHeader,
    KeyInQuery,
    OAuth,
    AppPassword,
    WrongBasic,
    SignedIn,
    Anonymous,
}

/// What came back for a request `site.unexplained` cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    /// An answer: its status, `Server` header and content type when sent, and the start of its
    /// body (`None` when empty).
    Answer {
        status: u16,
        server: Option<String>,
        content_type: Option<String>,
        body: Option<String>,
    },
    /// No answer, with the network's own error.
    Nothing { error: String },
}

/// A cause the answers rule out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuledOut {
    /// No known firewall's block page or header came back (`seen` words it for sign-ins).
    KnownFirewall { seen: bool },
    /// WordPress's own JSON error did not come back.
    PluginRefusing,
    /// The answers are not the web server's own error pages.
    ServerRule,
    /// `works` (GET /wp-json/) was answered.
    ApiBlockedOutright { works: String },
    /// The key in the query string was refused too.
    StrippedHeaderAlone,
    /// The signed request did not get WooCommerce's `message` ("Consumer key is invalid").
    RevokedKey { message: String },
    /// WordPress's own error did not come back.
    RestSwitchedOff,
    /// The answer to `/wp-json/` is not the web server's refusal page.
    ServerRuleWpJson,
    /// The home page shows WordPress.
    NoWordPress,
    /// `url` answered with the web server's own 400 page, which names its reason.
    MissingWordPress { url: String },
}

/// One measurement and the requests (`GET /wp-json/`) it was seen on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    pub requests: Vec<String>,
    pub what: Measurement,
}

/// What was measured of an answer that did not come in time or went past the size caps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Measurement {
    /// No complete answer within `limit`; `took` when the step ran clearly longer than that.
    NoAnswer {
        limit: std::time::Duration,
        took: Option<std::time::Duration>,
    },
    /// HTTP/2: the header block went past the client's header-list limit.
    HeaderBlockTooLarge,
    /// HTTP/1.1: the headers went past the size an HTTP client accepts.
    HeadersTooLarge,
    /// The body reached the cap of `cap_mib` MiB, after unpacking `encoding` when one was
    /// declared; `content_length` as the answer declared it.
    BodyCut {
        status: u16,
        cap_mib: usize,
        encoding: Option<String>,
        content_length: Option<String>,
    },
}

/// A redirect chain that never ends: its URLs in order, and the part that repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RedirectLoop {
    /// `https://shop.example.com/wp-json/ → 301` for every hop seen.
    pub chain: Vec<String>,
    /// The URLs that alternate (one URL when it redirects to itself); empty when every hop led to
    /// a new address until the limit.
    pub cycle: Vec<String>,
    pub pattern: LoopPattern,
    /// A hop carried Cloudflare's headers (`cf-ray`, `server: cloudflare`).
    pub cloudflare: bool,
    /// Addresses whose redirect WordPress itself sent (`X-Redirect-By: WordPress`).
    pub by_wordpress: Vec<String>,
    /// Addresses whose redirect came with the web server's own "moved" page (a server rule).
    pub by_server: Vec<String>,
}

/// How the looping URLs differ, which names the pair of rules that fight.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LoopPattern {
    /// An address redirects to itself (behind a proxy that talks plain HTTP to the site, e.g.
    /// Cloudflare's "Flexible" SSL mode, while the site insists on HTTPS).
    SelfRedirect,
    /// `http://` ↔ `https://`.
    Scheme,
    /// `www.` ↔ the bare domain.
    Www,
    /// With ↔ without a trailing slash.
    TrailingSlash,
    /// Every hop leads to yet another address.
    Endless,
    #[default]
    Other,
}

/// Which kind of 5xx answered the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerError {
    /// WordPress's "There has been a critical error on this website." (a PHP fatal error); the
    /// plugin or theme folder when the answer names a file in one.
    WordPressCritical {
        plugin: Option<String>,
        theme: Option<String>,
    },
    /// 502/504 from a proxy or gateway in front of PHP (`server` names it when it said).
    Gateway { status: u16, server: Option<String> },
    /// The web server's own 500 page: it failed before WordPress ran (`.htaccess`, PHP handler).
    ServerPage { status: u16, server: Option<String> },
    /// Any other 5xx: the status and who said it.
    Other { status: u16, server: Option<String> },
}
