//! Click paths in security products and host panels (Wordfence, Sucuri, Imunify360, SiteGround,
//! Akamai) and in the plugins that disable or cache the REST API, with the app's addresses filled in.

use handshake_l10n::t;

use crate::report::{Fix, FixKind, Lang};

use super::{fix, Site};

/// "203.0.113.7\n2001:db8::7", or a sentence saying the app's provider publishes them.
fn address_lines(site: &Site<'_>) -> String {
    if site.has_ips() {
        site.ips().join("\n")
    } else {
        t!(site.lang, "plugins-addresses-unknown", "app" => site.app())
    }
}

pub fn wordfence_allowlist(site: &Site<'_>) -> Fix {
    let text = t!(site.lang, "plugins-wordfence",
        "addresses" => address_lines(site), "wc" => site.wc_prefix());
    fix(
        FixKind::Wordfence,
        t!(site.lang, "plugins-wordfence-title", "app" => site.app()),
        text,
    )
}

pub fn sucuri_allowlist(site: &Site<'_>, block_id: Option<&str>) -> Fix {
    let mut text = t!(site.lang, "plugins-sucuri",
        "host" => site.host(), "addresses" => address_lines(site), "wc" => site.wc_prefix());
    if let Some(id) = block_id {
        text.push('\n');
        text.push_str(&t!(site.lang, "plugins-sucuri-block-id", "id" => id));
    }
    fix(
        FixKind::Sucuri,
        t!(site.lang, "plugins-sucuri-title", "app" => site.app()),
        text,
    )
}

/// The command a server's root runs to let `ip` through Imunify360: pasted as it is, never
/// translated.
pub(crate) fn imunify360_command(ip: &str, comment: &str) -> String {
    format!("imunify360-agent whitelist ip add {ip} --comment \"{comment}\"")
}

/// Imunify360 is run by the host; the owner's panel may show it, but usually support must act.
pub fn imunify360_steps(site: &Site<'_>) -> Fix {
    let mut text = t!(site.lang, "plugins-imunify360",
        "app" => site.app(), "addresses" => address_lines(site));
    for ip in site.ips() {
        text.push('\n');
        text.push_str(&imunify360_command(
            ip,
            &format!("{} (WooCommerce API)", site.app()),
        ));
    }
    if !site.has_ips() {
        text.push_str(&format!(
            "\n{}  ({})",
            imunify360_command("ADDRESS", "WooCommerce API"),
            t!(site.lang, "plugins-imunify360-once")
        ));
    }
    fix(
        FixKind::Instructions,
        t!(site.lang, "plugins-imunify360-title", "app" => site.app()),
        text,
    )
}

pub fn siteground_steps(site: &Site<'_>) -> Fix {
    let text = t!(site.lang, "plugins-siteground",
        "app" => site.app(), "host" => site.host(), "addresses" => address_lines(site));
    fix(
        FixKind::Instructions,
        t!(site.lang, "plugins-siteground-title"),
        text,
    )
}

pub fn akamai_steps(site: &Site<'_>, reference: Option<&str>) -> Fix {
    let reference = reference
        .map(|r| format!(" (Reference #{r})"))
        .unwrap_or_default();
    let text = t!(site.lang, "plugins-akamai",
        "reference" => reference, "host" => site.host(), "app" => site.app(),
        "wc" => site.wc_prefix(), "auth" => site.auth_prefix(), "addresses" => address_lines(site));
    fix(
        FixKind::Instructions,
        t!(site.lang, "plugins-akamai-title"),
        text,
    )
}

/// How to find the plugin (or snippet) that refuses REST requests, by the error code it sends.
pub fn find_rest_disabling_plugin(lang: Lang, rest_code: Option<&str>) -> Fix {
    let likely = match rest_code {
        Some("rest_cannot_access") => t!(lang, "plugins-rest-likely-disable-rest-api"),
        Some("rest_login_required") => t!(lang, "plugins-rest-likely-disable-wp-rest-api"),
        Some("rest_not_logged_in")
        | Some("rest_forbidden")
        | Some("rest_disabled")
        | Some(_)
        | None => {
            t!(lang, "plugins-rest-likely-security")
        }
    };
    fix(
        FixKind::Instructions,
        t!(lang, "plugins-rest-title"),
        t!(lang, "plugins-rest", "likely" => likely),
    )
}

/// Caching plugins and the paths they must never cache.
pub fn exclude_from_page_cache(site: &Site<'_>) -> Fix {
    fix(
        FixKind::Instructions,
        t!(site.lang, "plugins-cache-title"),
        t!(site.lang, "plugins-cache", "rest" => site.rest_prefix(), "auth" => site.auth_prefix()),
    )
}
