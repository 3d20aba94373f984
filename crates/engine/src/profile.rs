//! Integration profiles: which app is connecting, what it needs, and where it calls from.
//! Fixes are filled with these values (allowlisted IPs, host names, app name).

use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Read,
    Write,
    ReadWrite,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
            Scope::ReadWrite => "read_write",
        }
    }
    pub fn reads(self) -> bool {
        matches!(self, Scope::Read | Scope::ReadWrite)
    }
    pub fn writes(self) -> bool {
        matches!(self, Scope::Write | Scope::ReadWrite)
    }
}

/// WooCommerce resources an integration may need, with the REST route it lives at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resource {
    Orders,
    Products,
    Customers,
    Coupons,
    Reports,
}

impl Resource {
    pub const ALL: [Resource; 5] = [
        Resource::Orders,
        Resource::Products,
        Resource::Customers,
        Resource::Coupons,
        Resource::Reports,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Resource::Orders => "orders",
            Resource::Products => "products",
            Resource::Customers => "customers",
            Resource::Coupons => "coupons",
            Resource::Reports => "reports",
        }
    }

    /// Route below `wc/v3/`.
    pub fn route(self) -> &'static str {
        self.as_str()
    }

    /// The WordPress capability WooCommerce checks before listing this resource.
    pub fn read_capability(self) -> &'static str {
        match self {
            Resource::Orders => "read_private_shop_orders",
            Resource::Products => "read_private_products",
            Resource::Customers => "list_users",
            Resource::Coupons => "read_private_shop_coupons",
            Resource::Reports => "view_woocommerce_reports",
        }
    }

    /// The capability WooCommerce checks before creating one (our write probe's check): customers
    /// need `promote_users` (`wc_rest_check_user_permissions( 'create' )`), which a Shop Manager lacks.
    pub fn create_capability(self) -> Option<&'static str> {
        match self {
            Resource::Orders => Some("publish_shop_orders"),
            Resource::Products => Some("publish_products"),
            Resource::Customers => Some("promote_users"),
            Resource::Coupons => Some("publish_shop_coupons"),
            Resource::Reports => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Shown to the owner on WooCommerce's Approve screen.
    pub name: String,
    #[serde(default = "default_scope")]
    pub scope: Scope,
    #[serde(default = "default_resources")]
    pub resources: Vec<Resource>,
    #[serde(default)]
    pub allow_ips: Vec<String>,
    #[serde(default)]
    pub allow_hosts: Vec<String>,
    #[serde(default)]
    pub callback_host: Option<String>,
    /// The app still calls WooCommerce's Legacy REST API (`/wc-api/v3/`, removed from WooCommerce
    /// 9.0): the doctor then checks that it answers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub legacy_api: bool,
    /// The `User-Agent` the app sends. The doctor sends it too, and contrasts it with a web
    /// browser's: a security rule that refuses the app's agent is then proven, not guessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// Where the addresses came from (a public help page) and when they were read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What Handshake's own requests say they are when the profile names no agent.
pub fn handshake_user_agent() -> String {
    format!(
        "Handshake/{} (WooCommerce connection check)",
        env!("CARGO_PKG_VERSION")
    )
}

/// A current desktop browser's agent, for the contrast with the app's.
pub const BROWSER_USER_AGENT: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/// Longest agent accepted (real ones are well under this).
const MAX_USER_AGENT: usize = 512;

fn default_scope() -> Scope {
    Scope::ReadWrite
}

fn default_resources() -> Vec<Resource> {
    vec![Resource::Orders, Resource::Products]
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            name: "Handshake".to_string(),
            scope: default_scope(),
            resources: default_resources(),
            allow_ips: Vec::new(),
            allow_hosts: Vec::new(),
            callback_host: None,
            legacy_api: false,
            user_agent: None,
            source: None,
        }
    }
}

#[derive(Debug, Error)]
pub enum ProfileError {
    #[error("cannot read profile {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("profile {path} is not valid: {problem}")]
    Invalid {
        path: String,
        problem: ProfileProblem,
    },
}

/// What is wrong inside a profile. Field names and the values found are code: they stay as they
/// are in every language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProfileProblem {
    /// The TOML parser's own words.
    #[error("{0}")]
    Toml(String),
    #[error("no such app profile; known: {}", .0.join(", "))]
    UnknownApp(Vec<String>),
    #[error("name must not be empty")]
    EmptyName,
    #[error("name is longer than the 170 characters WooCommerce keeps")]
    NameTooLong,
    #[error("allow_ips: {0:?} is not an IP address or CIDR range")]
    BadAllowIp(String),
    #[error("user_agent must be 1 to {MAX_USER_AGENT} printable ASCII characters")]
    BadUserAgent,
    #[error("{0:?} is not a host name")]
    BadHost(String),
}

impl ProfileProblem {
    /// The problem in `lang` (messages `error-profile-*`). `Display` stays English for logs.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            ProfileProblem::Toml(e) => e.clone(),
            ProfileProblem::UnknownApp(known) => {
                t!(lang, "error-profile-unknown-app", "known" => known.join(", "))
            }
            ProfileProblem::EmptyName => t!(lang, "error-profile-empty-name", "field" => "name"),
            ProfileProblem::NameTooLong => t!(
                lang,
                "error-profile-name-too-long",
                "field" => "name",
                "max" => 170
            ),
            ProfileProblem::BadAllowIp(ip) => t!(
                lang,
                "error-profile-bad-ip",
                "field" => "allow_ips",
                "value" => format!("{ip:?}")
            ),
            ProfileProblem::BadUserAgent => t!(
                lang,
                "error-profile-bad-user-agent",
                "field" => "user_agent",
                "max" => MAX_USER_AGENT
            ),
            ProfileProblem::BadHost(host) => {
                t!(lang, "error-profile-bad-host", "value" => format!("{host:?}"))
            }
        }
    }
}

impl ProfileError {
    /// The message for a person, in `lang` (messages `error-profile-*`; the path, the system's
    /// words and what is wrong inside the file are values). `Display` stays English for logs.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            ProfileError::Read { path, source } => t!(
                lang,
                "error-profile-read",
                "path" => path.as_str(),
                "error" => source.to_string()
            ),
            ProfileError::Invalid { path, problem } => t!(
                lang,
                "error-profile-invalid",
                "path" => path.as_str(),
                "error" => problem.message_in(lang)
            ),
        }
    }
}

/// Ready profiles for integrations whose public help pages list the addresses to allow.
const BUILTIN: &[(&str, &str)] = &[
    ("default", include_str!("../profiles/default.toml")),
    (
        "lightspeed-x-series",
        include_str!("../profiles/lightspeed-x-series.toml"),
    ),
];

impl Profile {
    /// Names accepted by [`Profile::builtin`].
    pub fn builtin_names() -> Vec<&'static str> {
        BUILTIN.iter().map(|(n, _)| *n).collect()
    }

    /// A ready profile by name (`handshake doctor --app NAME`).
    pub fn builtin(name: &str) -> Result<Profile, ProfileError> {
        let (_, text) =
            BUILTIN
                .iter()
                .find(|(n, _)| *n == name)
                .ok_or_else(|| ProfileError::Invalid {
                    path: name.to_string(),
                    problem: ProfileProblem::UnknownApp(
                        Profile::builtin_names()
                            .into_iter()
                            .map(String::from)
                            .collect(),
                    ),
                })?;
        Profile::from_toml(text, name)
    }

    pub fn from_toml(text: &str, origin: &str) -> Result<Profile, ProfileError> {
        let profile: Profile = toml::from_str(text).map_err(|e| ProfileError::Invalid {
            path: origin.to_string(),
            problem: ProfileProblem::Toml(e.message().to_string()),
        })?;
        profile.validate(origin)?;
        Ok(profile)
    }

    pub fn load(path: &std::path::Path) -> Result<Profile, ProfileError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ProfileError::Read {
            path: origin.clone(),
            source,
        })?;
        Profile::from_toml(&text, &origin)
    }

    /// The agent the app's requests carry: the profile's, or Handshake's own.
    pub fn app_user_agent(&self) -> String {
        self.user_agent.clone().unwrap_or_else(handshake_user_agent)
    }

    fn validate(&self, origin: &str) -> Result<(), ProfileError> {
        let invalid = |problem: ProfileProblem| ProfileError::Invalid {
            path: origin.to_string(),
            problem,
        };
        if self.name.trim().is_empty() {
            return Err(invalid(ProfileProblem::EmptyName));
        }
        if self.name.chars().count() > 170 {
            return Err(invalid(ProfileProblem::NameTooLong));
        }
        for ip in &self.allow_ips {
            if !is_ip_or_cidr(ip) {
                return Err(invalid(ProfileProblem::BadAllowIp(ip.clone())));
            }
        }
        if let Some(agent) = &self.user_agent {
            // It goes into a header as it is: visible ASCII and spaces only.
            if agent.trim().is_empty()
                || agent.len() > MAX_USER_AGENT
                || !agent.chars().all(|c| c == ' ' || c.is_ascii_graphic())
            {
                return Err(invalid(ProfileProblem::BadUserAgent));
            }
        }
        for host in self.allow_hosts.iter().chain(self.callback_host.iter()) {
            if !is_host_name(host) {
                return Err(invalid(ProfileProblem::BadHost(host.clone())));
            }
        }
        Ok(())
    }
}

fn is_ip_or_cidr(s: &str) -> bool {
    let (addr, prefix) = match s.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (s, None),
    };
    let Ok(ip) = addr.parse::<std::net::IpAddr>() else {
        return false;
    };
    match prefix {
        None => true,
        Some(p) => p
            .parse::<u8>()
            .is_ok_and(|p| p <= if ip.is_ipv4() { 32 } else { 128 }),
    }
}

fn is_host_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_errors_in_every_language() {
        let errors = [
            Profile::load(std::path::Path::new("/nonexistent/handshake-profile.toml")).unwrap_err(),
            Profile::builtin("no-such-app").unwrap_err(),
            Profile::from_toml("name = \"\"", "empty.toml").unwrap_err(),
            Profile::from_toml(&format!("name = \"{}\"", "x".repeat(171)), "long.toml")
                .unwrap_err(),
            Profile::from_toml("name = \"A\"\nallow_ips = [\"10.0.0.300\"]", "ip.toml")
                .unwrap_err(),
            Profile::from_toml("name = \"A\"\nuser_agent = \"\"", "ua.toml").unwrap_err(),
            Profile::from_toml("name = \"A\"\nallow_hosts = [\"bad host\"]", "host.toml")
                .unwrap_err(),
        ];
        for e in &errors {
            assert_eq!(e.message_in(handshake_l10n::Lang::En), e.to_string());
            for lang in [handshake_l10n::Lang::De, handshake_l10n::Lang::Es] {
                assert_ne!(e.message_in(lang), e.to_string(), "{lang}: {e}");
                // What is wrong inside the file is worded in the language too (the TOML
                // parser's own words excepted).
                if let ProfileError::Invalid { problem, .. } = e {
                    if !matches!(problem, ProfileProblem::Toml(_)) {
                        assert_ne!(problem.message_in(lang), problem.to_string(), "{lang}");
                    }
                }
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }

    #[test]
    fn parses_contract_example() {
        let p = Profile::from_toml(
            r#"
name = "Acme Sync"
scope = "read_write"
resources = ["orders", "products"]
allow_ips = ["203.0.113.7", "198.51.100.0/24"]
allow_hosts = ["api.acme.example"]
callback_host = "relay.acme.example"
"#,
            "test",
        )
        .unwrap();
        assert_eq!(p.scope, Scope::ReadWrite);
        assert_eq!(p.resources, vec![Resource::Orders, Resource::Products]);
    }

    #[test]
    fn user_agent_is_what_the_app_sends_or_handshake_s_own() {
        let p = Profile::from_toml(
            "name = \"A\"\nuser_agent = \"AcmeSync/2.1 (+https://acme.example)\"",
            "p.toml",
        )
        .unwrap();
        assert_eq!(p.app_user_agent(), "AcmeSync/2.1 (+https://acme.example)");
        assert!(Profile::default()
            .app_user_agent()
            .starts_with("Handshake/"));
        for bad in ["\"\"", "\"a\\nb\"", "\"caf\u{e9}\""] {
            let e = Profile::from_toml(&format!("name = \"A\"\nuser_agent = {bad}"), "p.toml")
                .unwrap_err();
            assert!(e.to_string().contains("user_agent"), "{bad}: {e}");
        }
    }

    #[test]
    fn builtin_profiles_parse() {
        for name in Profile::builtin_names() {
            Profile::builtin(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert_eq!(Profile::builtin("default").unwrap(), Profile::default());
        assert!(Profile::builtin("nope")
            .unwrap_err()
            .to_string()
            .contains("lightspeed-x-series"));
    }

    #[test]
    fn rejects_bad_values_with_specific_messages() {
        let e =
            Profile::from_toml("name = \"A\"\nallow_ips = [\"not-an-ip\"]", "p.toml").unwrap_err();
        assert!(e.to_string().contains("not-an-ip"), "{e}");
        let e = Profile::from_toml("name = \"A\"\nscope = \"admin\"", "p.toml").unwrap_err();
        assert!(e.to_string().contains("p.toml"), "{e}");
        let e =
            Profile::from_toml("name = \"A\"\nresources = [\"refunds\"]", "p.toml").unwrap_err();
        assert!(e.to_string().contains("refunds"), "{e}");
    }
}
