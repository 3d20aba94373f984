//! What WooCommerce itself knows, read with a key that works: its status report
//! (`GET wc/v3/system_status`, the same data as WooCommerce → Status) and the webhooks it has
//! switched to Disabled. Both need the `manage_woocommerce` capability; a read key suffices for GET.
//! Both only read: nothing on the store changes.

use std::time::Instant;

use serde_json::Value;

use super::auth::working_method;
use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeResult, Results};
use crate::http::{Exchange, ProbeRequest};
use crate::report::Outcome;

/// Only the sections the doctor reads: WooCommerce then skips the slow ones (database sizes,
/// theme template scans). Older versions ignore `_fields` and send everything.
const STATUS_FIELDS: &str = "environment,active_plugins";

pub async fn run(id: ProbeId, ctx: &Context, results: &Results) -> ProbeResult {
    let Some(base) = results.home().map(|h| h.base.clone()) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    };
    let Some((method_probe, auth)) = working_method(ctx, results) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-method"));
    };
    let url = match id {
        ProbeId::WcSystemStatus => {
            let mut u = base.join("wp-json/wc/v3/system_status");
            u.query_pairs_mut().append_pair("_fields", STATUS_FIELDS);
            u
        }
        ProbeId::WcWebhooks => {
            let mut u = base.join("wp-json/wc/v3/webhooks");
            u.query_pairs_mut()
                .append_pair("status", "disabled")
                .append_pair("per_page", "100");
            u
        }
        _ => {
            return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-not-status"))
        }
    };
    let started = Instant::now();
    let fetched = ctx
        .client
        .fetch(&ProbeRequest::get(url).with_auth(auth).following(), false)
        .await;
    let (outcome, summary) = match fetched.last() {
        None => (Outcome::Error, fetched.error_text_in(ctx.lang)),
        // The key's user may not manage WooCommerce: nothing to read, nothing wrong.
        Some(e) if matches!(e.status, 401 | 403) => (
            Outcome::Skipped,
            handshake_l10n::t!(ctx.lang, "probe-status-not-manager",
                "answer" => super::auth::describe(e, ctx.lang),
                "probe" => method_probe.to_string()),
        ),
        Some(e) => match id {
            ProbeId::WcSystemStatus => match StatusReport::from_exchange(e) {
                Some(r) => (
                    if r.remote_post == Some(false) {
                        Outcome::Fail
                    } else {
                        Outcome::Pass
                    },
                    r.summary_in(ctx.lang),
                ),
                None => (Outcome::Fail, super::auth::describe(e, ctx.lang)),
            },
            _ => match disabled_webhooks(e) {
                Some(list) if list.is_empty() => (
                    Outcome::Pass,
                    handshake_l10n::t!(ctx.lang, "probe-status-no-webhook-disabled"),
                ),
                Some(list) => (
                    Outcome::Fail,
                    handshake_l10n::t!(ctx.lang, "probe-status-webhooks-disabled", "count" => list.len()),
                ),
                None => (Outcome::Fail, super::auth::describe(e, ctx.lang)),
            },
        },
    };
    ProbeResult::http(id, (outcome, summary), started, fetched)
}

/// The parts of WooCommerce's status report the doctor uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusReport {
    pub home_url: Option<String>,
    pub site_url: Option<String>,
    pub wc_version: Option<String>,
    pub wp_version: Option<String>,
    pub multisite: Option<bool>,
    /// WooCommerce's test POST (to PayPal's address) and GET (to woocommerce.com): `None` when
    /// the report does not carry the test.
    pub remote_post: Option<bool>,
    pub remote_post_response: Option<String>,
    pub remote_get: Option<bool>,
    pub remote_get_response: Option<String>,
    /// Active plugins by name, as WordPress lists them.
    pub plugins: Vec<Plugin>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plugin {
    /// `wordfence/wordfence.php`
    pub file: String,
    pub name: String,
    pub version: String,
}

impl StatusReport {
    pub fn from_exchange(e: &Exchange) -> Option<StatusReport> {
        if e.status != 200 {
            return None;
        }
        StatusReport::from_json(e.json()?)
    }

    pub fn from_json(v: &Value) -> Option<StatusReport> {
        let env = v.get("environment")?.as_object()?;
        let s = |k: &str| env.get(k).and_then(Value::as_str).map(str::to_string);
        let b = |k: &str| env.get(k).and_then(Value::as_bool);
        // `remote_post_response` is a status code, or the WP_Error message when the request failed.
        let response = |k: &str| match env.get(k) {
            Some(Value::String(t)) if !t.is_empty() => Some(t.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let plugins = v
            .get("active_plugins")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(|p| {
                        let get = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("");
                        let name = get("name");
                        (!name.is_empty()).then(|| Plugin {
                            file: get("plugin").to_string(),
                            name: name.to_string(),
                            version: get("version").to_string(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        Some(StatusReport {
            home_url: s("home_url"),
            site_url: s("site_url"),
            wc_version: s("version"),
            wp_version: s("wp_version"),
            multisite: b("wp_multisite"),
            remote_post: b("remote_post_successful"),
            remote_post_response: response("remote_post_response"),
            remote_get: b("remote_get_successful"),
            remote_get_response: response("remote_get_response"),
            plugins,
        })
    }

    /// Active plugins that filter requests (firewalls, login guards, REST switches).
    pub fn security_plugins(&self) -> Vec<&Plugin> {
        self.plugins
            .iter()
            .filter(|p| matches_any(p, SECURITY_PLUGINS))
            .collect()
    }

    /// Active plugins that keep copies of pages.
    pub fn cache_plugins(&self) -> Vec<&Plugin> {
        self.plugins
            .iter()
            .filter(|p| matches_any(p, CACHE_PLUGINS))
            .collect()
    }

    /// One line for the checklist and the report's probe list, in English (the tests' reference).
    #[cfg(test)]
    pub fn summary(&self) -> String {
        self.summary_in(handshake_l10n::Lang::En)
    }

    /// [`summary`](StatusReport::summary) in `lang`: versions, plugin names and WooCommerce's
    /// own answers are values.
    pub fn summary_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        let mut parts = Vec::new();
        if let Some(v) = &self.wc_version {
            parts.push(match &self.wp_version {
                Some(w) => {
                    t!(lang, "probe-status-versions", "wc" => v.as_str(), "wp" => w.as_str())
                }
                None => t!(lang, "probe-status-version", "wc" => v.as_str()),
            });
        }
        if let Some(m) = self.multisite {
            parts.push(if m {
                t!(lang, "probe-status-multisite-yes")
            } else {
                t!(lang, "probe-status-multisite-no")
            });
        }
        match self.remote_post {
            Some(true) => parts.push(t!(lang, "probe-status-post-works")),
            Some(false) => parts.push(match &self.remote_post_response {
                Some(r) => t!(lang, "probe-status-post-failed-because", "response" => r.as_str()),
                None => t!(lang, "probe-status-post-failed"),
            }),
            None => {}
        }
        if self.remote_get == Some(false) {
            parts.push(t!(lang, "probe-status-get-failed"));
        }
        let names = |list: Vec<&Plugin>| -> String {
            list.iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let security = self.security_plugins();
        if !security.is_empty() {
            parts.push(t!(lang, "probe-status-security-plugins", "names" => names(security)));
        }
        let cache = self.cache_plugins();
        if !cache.is_empty() {
            parts.push(t!(lang, "probe-status-cache-plugins", "names" => names(cache)));
        }
        if parts.is_empty() {
            t!(lang, "probe-status-read")
        } else {
            parts.join("; ")
        }
    }
}

/// Plugin folders (the part before `/` in `wordfence/wordfence.php`) of well-known security and
/// REST-restricting plugins.
const SECURITY_PLUGINS: &[&str] = &[
    "wordfence",
    "sucuri-scanner",
    "better-wp-security",
    "ithemes-security-pro",
    "all-in-one-wp-security-and-firewall",
    "ninjafirewall",
    "wp-simple-firewall",
    "defender-security",
    "wp-cerber",
    "bulletproof-security",
    "malcare-security",
    "jetpack-protect",
    "disable-json-api",
    "disable-wp-rest-api",
    "hide-my-wp",
    "wps-hide-login",
    "limit-login-attempts-reloaded",
    "cleantalk-spam-protect",
];

/// Plugin folders of well-known page-cache plugins.
const CACHE_PLUGINS: &[&str] = &[
    "wp-super-cache",
    "w3-total-cache",
    "wp-rocket",
    "litespeed-cache",
    "wp-fastest-cache",
    "sg-cachepress",
    "breeze",
    "hummingbird-performance",
    "cache-enabler",
    "comet-cache",
    "swift-performance-lite",
    "nitropack",
    "wp-optimize",
    "cloudflare",
    "varnish-http-purge",
];

fn matches_any(p: &Plugin, folders: &[&str]) -> bool {
    let folder = p.file.split('/').next().unwrap_or("");
    folders.contains(&folder)
}

/// A webhook WooCommerce lists as Disabled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisabledWebhook {
    pub id: u64,
    pub name: String,
    pub topic: String,
    /// Scheme, host and path only: a query string may carry a token.
    pub delivery_url: String,
}

/// The webhooks in a `wc/v3/webhooks?status=disabled` answer; `None` when it is not that list.
pub fn disabled_webhooks(e: &Exchange) -> Option<Vec<DisabledWebhook>> {
    if e.status != 200 {
        return None;
    }
    let list = e.json()?.as_array()?;
    Some(
        list.iter()
            .filter(|w| w.get("status").and_then(Value::as_str) == Some("disabled"))
            .map(|w| {
                let s = |k: &str| w.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                DisabledWebhook {
                    id: w.get("id").and_then(Value::as_u64).unwrap_or(0),
                    name: s("name"),
                    topic: s("topic"),
                    delivery_url: without_query(&s("delivery_url")),
                }
            })
            .collect(),
    )
}

fn without_query(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            u.set_query(None);
            u.set_fragment(None);
            let _ = u.set_password(None);
            let _ = u.set_username("");
            u.to_string()
        }
        Err(_) => url.split(['?', '#']).next().unwrap_or("").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_status_report() {
        let v = json!({
            "environment": {
                "home_url": "https://shop.example", "site_url": "https://shop.example/wp",
                "version": "9.4.2", "wp_version": "6.7.1", "wp_multisite": false,
                "remote_post_successful": false, "remote_post_response": "cURL error 7: Failed to connect",
                "remote_get_successful": true, "remote_get_response": 200
            },
            "active_plugins": [
                {"plugin": "wordfence/wordfence.php", "name": "Wordfence Security", "version": "7.11.0"},
                {"plugin": "wp-super-cache/wp-cache.php", "name": "WP Super Cache", "version": "1.12.0"},
                {"plugin": "woocommerce/woocommerce.php", "name": "WooCommerce", "version": "9.4.2"}
            ]
        });
        let r = StatusReport::from_json(&v).unwrap();
        assert_eq!(r.remote_post, Some(false));
        assert_eq!(
            r.remote_post_response.as_deref(),
            Some("cURL error 7: Failed to connect")
        );
        assert_eq!(r.remote_get_response.as_deref(), Some("200"));
        assert_eq!(r.security_plugins()[0].name, "Wordfence Security");
        assert_eq!(r.cache_plugins()[0].name, "WP Super Cache");
        assert_eq!(
            r.summary(),
            "WooCommerce 9.4.2 on WordPress 6.7.1; multisite: no; its outgoing test POST failed (cURL error 7: Failed to connect); security plugins: Wordfence Security; cache plugins: WP Super Cache"
        );
    }

    #[test]
    fn delivery_urls_lose_their_query() {
        assert_eq!(
            without_query("https://u:p@hooks.example/in?token=abc#x"),
            "https://hooks.example/in"
        );
    }
}
