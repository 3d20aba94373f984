//! The shape of `scenarios/*.toml`: what a scenario changes about the site, what answers in front
//! of WordPress, and what a test must see. Plain data; nothing here knows how a request is served.

use std::collections::BTreeMap;

use serde::Deserialize;

/// One file of `scenarios/`: a family of scenarios.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct File {
    pub scenario: Vec<Data>,
}

/// One scenario, as written in its file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Data {
    pub name: String,
    pub summary: String,
    /// The `error` findings a correct diagnosis proves (test key and app password, default
    /// profile). `None` when the plain run shows nothing about the scenario; `findings_note` says
    /// which test diagnoses it instead.
    pub findings: Option<Vec<String>>,
    pub findings_note: Option<String>,
    #[serde(default)]
    pub site: Site,
    #[serde(default)]
    pub listen: Listen,
    /// Set on every answer (the front's own headers: `server`, `cf-ray`…).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Set only on answers WordPress made (a CDN's cache status).
    #[serde(default)]
    pub origin_headers: BTreeMap<String, String>,
    /// Answers in front of WordPress: the first rule that matches answers instead of it.
    #[serde(default)]
    pub front: Vec<Rule>,
    /// What happens to matching answers on the way out (a named behaviour each).
    #[serde(default)]
    pub after: Vec<After>,
    /// Requests the table test sends and what each must get.
    #[serde(default)]
    pub check: Vec<Check>,
}

/// What the scenario changes inside "PHP" (WordPress and WooCommerce themselves).
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
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
    /// WordPress's Site Address: the address asked for, or `localhost` on the same port.
    pub site_address: SiteAddress,
    pub rest_api: RestApi,
    /// The server's clock minus the real time (its `Date` header and OAuth timestamp check).
    pub clock_offset_secs: i64,
    /// What the owner clicks on the approval page.
    pub owner: Owner,
    /// What happens to the store's outgoing POST of new keys.
    pub key_delivery: KeyDelivery,
    /// WooCommerce's status report: outgoing requests work.
    pub remote_requests: bool,
    /// One webhook was disabled by WooCommerce after failed deliveries.
    pub webhook_disabled: bool,
    /// The Legacy REST API plugin is active and enabled.
    pub legacy_api_plugin: bool,
}

impl Default for Site {
    fn default() -> Site {
        Site {
            permalinks: Permalinks::Pretty,
            woocommerce: true,
            wc_auth_rewrite: true,
            strip_authorization: false,
            ssl_hidden: false,
            ignore_credentials: false,
            key: KeySetup::Normal,
            site_address: SiteAddress::Requested,
            rest_api: RestApi::Open,
            clock_offset_secs: 0,
            owner: Owner::Approves,
            key_delivery: KeyDelivery::Posted,
            remote_requests: true,
            webhook_disabled: false,
            legacy_api_plugin: false,
        }
    }
}

/// How the WordPress site routes pretty URLs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Permalinks {
    Pretty,
    Plain,
    /// Pretty permalinks configured, but no rewrite rules reach WordPress.
    NoRewrite,
}

/// How the scenario sets up the test key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum KeySetup {
    Normal,
    Missing,
    WrongSecret,
    ReadOnly,
    /// The key belongs to a shop clerk without customer, coupon and report capabilities.
    Clerk,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum SiteAddress {
    Requested,
    Localhost,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum RestApi {
    Open,
    /// Refused for everyone (401 rest_disabled).
    Disabled,
    /// Refused for visitors only (the Disable REST API plugin, listed in the status report).
    DisabledForVisitors,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Owner {
    Approves,
    Denies,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum KeyDelivery {
    Posted,
    /// The host's firewall blocks the outgoing POST (cURL error 7).
    Blocked,
    /// A security plugin empties the POST's body.
    Emptied,
}

/// The listeners and certificates.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct Listen {
    /// Any certificate but `good` makes the store serve TLS whatever it was asked.
    pub cert: CertKind,
    /// Plain HTTP only, whatever TLS was asked.
    pub plain: bool,
    /// A second, HTTPS listener (the target of redirects to https).
    pub https_listener: bool,
    /// The HTTPS listener answers plain HTTP as Apache's mod_ssl does (a named behaviour).
    pub plain_http_answer: bool,
}

/// How the TLS certificate of the scenario is made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum CertKind {
    #[default]
    Good,
    Expired,
    WrongName,
    SelfSigned,
}

/// Which requests a rule applies to: every condition given must hold.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct When {
    /// A REST request in any form (`/wp-json…` or `?rest_route=`).
    pub rest: Option<bool>,
    /// The authorization endpoint in any form.
    pub wc_auth: Option<bool>,
    /// POST, PUT, PATCH or DELETE.
    pub write: Option<bool>,
    pub methods: Option<Vec<String>>,
    /// The path is one of these.
    pub paths: Option<Vec<String>>,
    /// The path starts with one of these.
    pub path_prefix: Option<Vec<String>>,
    /// The path contains this, ignoring case.
    pub path_contains: Option<String>,
    /// The raw query string contains one of these, ignoring case.
    pub query_contains: Option<Vec<String>>,
    /// The User-Agent is a browser's.
    pub browser: Option<bool>,
    /// The request came over TLS.
    pub tls: Option<bool>,
    /// The Accept or Content-Type header names JSON (`wp_is_json_request()`).
    pub wants_json: Option<bool>,
    /// The request comes from the app's servers' address.
    pub from_app_servers: Option<bool>,
    /// The host (without port) is exactly this.
    pub host: Option<String>,
    /// The host does not start with this.
    pub host_not_prefix: Option<String>,
    /// A condition only code can decide (see `faults::matcher`).
    pub matcher: Option<String>,
}

/// A rule in front of WordPress: when it matches, this answer is sent instead.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Rule {
    #[serde(flatten)]
    pub when: When,
    #[serde(flatten)]
    pub answer: Answer,
}

/// An answer: fixed (status, content type, body), a page made from a template with this data, a
/// redirect, or a named behaviour. `headers` are added to any of them.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Answer {
    pub status: Option<u16>,
    pub content_type: Option<String>,
    /// The body; `{name}` placeholders are filled (see `faults::fill`).
    pub body: Option<String>,
    /// The body from `scenarios/pages/<name>.html` (a vendor's page), placeholders filled.
    pub body_file: Option<String>,
    /// `apache` (Apache's canned error page) or `wp-die` (WordPress's `wp_die()`), filled with
    /// `status`, `title` and `text`.
    pub page: Option<String>,
    pub title: Option<String>,
    pub text: Option<String>,
    /// A 301 to this address (`{scheme}`, `{host}`, `{port}`, `{authority}`, `{target}`,
    /// `{https_port}` are filled in), sent by `redirect_by`: `apache` or `wordpress`.
    pub redirect: Option<String>,
    pub redirect_by: Option<String>,
    /// An answer only code can give (see `faults::behaviour`).
    pub behaviour: Option<String>,
    pub headers: BTreeMap<String, String>,
}

/// A change to answers on the way out, for matching requests.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct After {
    #[serde(flatten)]
    pub when: When,
    pub behaviour: String,
}

/// A request the table test sends, and what its answer must be.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// `METHOD /target`, e.g. `GET /wp-json/`.
    pub request: String,
    /// `key` (the test key over Basic), `key-in-query`, `app-password`, or none.
    pub auth: Option<String>,
    /// Request headers to send.
    #[serde(default)]
    pub send_headers: BTreeMap<String, String>,
    pub send_body: Option<String>,
    /// Send to the second (HTTPS) listener instead.
    #[serde(default)]
    pub https_listener: bool,
    /// Send with this host name (resolved to the store).
    pub host: Option<String>,
    pub status: Option<u16>,
    /// Exact header values; an empty value means the header is absent. `{port}`, `{base}` and
    /// `{https_base}` are filled in.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// The exact body (`{port}` and `{base}` filled in).
    pub body: Option<String>,
    #[serde(default)]
    pub body_starts: Option<String>,
    #[serde(default)]
    pub body_ends: Option<String>,
    /// Text the body must contain (parts that change per request, like ids and times, left out).
    #[serde(default)]
    pub body_has: Vec<String>,
    #[serde(default)]
    pub body_lacks: Vec<String>,
    /// The body is not JSON.
    #[serde(default)]
    pub body_not_json: bool,
}
