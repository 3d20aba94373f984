//! Click paths in security products and host panels (Wordfence, Sucuri, Imunify360, SiteGround,
//! Akamai) and in the plugins that disable or cache the REST API, with the app's addresses filled in.

use crate::report::{Fix, FixKind};

use super::{fix, Site};

/// "203.0.113.7\n2001:db8::7", or a sentence saying the app's provider publishes them.
fn address_lines(site: &Site<'_>) -> String {
    if site.has_ips() {
        site.ips().join("\n")
    } else {
        format!(
            "(the addresses {} calls from: ask {} for them)",
            site.app(),
            site.app()
        )
    }
}

pub fn wordfence_allowlist(site: &Site<'_>) -> Fix {
    let text = format!(
        "1. In WordPress, go to Wordfence → Firewall → All Firewall Options.\n\
         2. Open Advanced Firewall Options. In \"Allowlisted IP addresses that bypass all rules\", add these lines:\n\
         {addresses}\n\
         3. Click Save Changes.\n\
         4. If the request was blocked by a firewall rule rather than an IP block, open Wordfence → Tools → Live Traffic, \
         find the blocked request to {wc} and click \"Add Param to Firewall Allowlist\".\n\
         5. If it was rate limiting, go to Wordfence → All Options → Rate Limiting and set \"If anyone's requests exceed\" \
         to a higher number (or Unlimited) for crawlers and humans.",
        addresses = address_lines(site),
        wc = site.wc_prefix(),
    );
    fix(
        FixKind::Wordfence,
        format!("Wordfence: allowlist {}'s servers", site.app()),
        text,
    )
}

pub fn sucuri_allowlist(site: &Site<'_>, block_id: Option<&str>) -> Fix {
    let mut text = format!(
        "1. Log in to the Sucuri dashboard, open Firewall (WAF) and select {host}.\n\
         2. Go to Access Control. Under Allow IP Addresses (whitelist), add each of these and click Allow:\n\
         {addresses}\n\
         (Sucuri accepts single addresses, or ranges ending in /24, /16 or /8.)\n\
         3. Under Allowlist URL Paths (whitelist URL paths), add {wc} so the API is not filtered.\n\
         4. Changes apply within a few minutes.",
        host = site.host(),
        addresses = address_lines(site),
        wc = site.wc_prefix(),
    );
    if let Some(id) = block_id {
        text.push_str(&format!(
            "\n5. The block page showed Block ID {id}: in Audit Trails you can see the rule behind it."
        ));
    }
    fix(
        FixKind::Sucuri,
        format!(
            "Sucuri: allowlist {}'s servers and the API path",
            site.app()
        ),
        text,
    )
}

/// Imunify360 is run by the host; the owner's panel may show it, but usually support must act.
pub fn imunify360_steps(site: &Site<'_>) -> Fix {
    let mut text = format!(
        "If your hosting panel has an Imunify360 page (cPanel or Plesk → Imunify360 → Firewall → White List), \
         add each of these addresses with the comment \"{app} (WooCommerce API)\":\n{addresses}\n\
         Otherwise send your host the support message below. On a server you run yourself, as root:",
        app = site.app(),
        addresses = address_lines(site),
    );
    for ip in site.ips() {
        text.push_str(&format!(
            "\nimunify360-agent whitelist ip add {ip} --comment \"{} (WooCommerce API)\"",
            site.app()
        ));
    }
    if !site.has_ips() {
        text.push_str("\nimunify360-agent whitelist ip add ADDRESS --comment \"WooCommerce API\"  (once per address the app gives you)");
    }
    fix(
        FixKind::Instructions,
        format!("Imunify360: allowlist {}'s servers", site.app()),
        text,
    )
}

pub fn siteground_steps(site: &Site<'_>) -> Fix {
    let text = format!(
        "SiteGround's bot protection answers with a CAPTCHA page that an app cannot solve, and it cannot be switched off from \
         Site Tools. Contact SiteGround support (Site Tools → Help → Contact us) with the message below and ask them to allowlist \
         {app}'s addresses for {host}:\n{addresses}\n\
         Also check Site Tools → Security → Blocked Traffic and remove any of these addresses if listed.",
        app = site.app(),
        host = site.host(),
        addresses = address_lines(site),
    );
    fix(
        FixKind::Instructions,
        "SiteGround: ask support to allowlist the app",
        text,
    )
}

pub fn akamai_steps(site: &Site<'_>, reference: Option<&str>) -> Fix {
    let reference = reference
        .map(|r| format!(" (Reference #{r})"))
        .unwrap_or_default();
    let text = format!(
        "Akamai is configured by whoever manages your Akamai account (often your agency or IT team). Ask them to:\n\
         1. Look up the denied request{reference} in Akamai Control Center → Security Center / Web Security Analytics.\n\
         2. In the App & API Protector (or Kona Site Defender) security configuration for {host}, add a client list with \
         {app}'s addresses and an exception for the paths {wc} and {auth}:\n{addresses}\n\
         3. Activate the configuration on the production network.",
        host = site.host(),
        app = site.app(),
        wc = site.wc_prefix(),
        auth = site.auth_prefix(),
        addresses = address_lines(site),
    );
    fix(
        FixKind::Instructions,
        "Akamai: add an exception for the WooCommerce API",
        text,
    )
}

/// How to find the plugin (or snippet) that refuses REST requests, by the error code it sends.
pub fn find_rest_disabling_plugin(rest_code: Option<&str>) -> Fix {
    let likely = match rest_code {
        Some("rest_cannot_access") => {
            "The error code rest_cannot_access comes from the plugin \"Disable REST API\": open Settings → Disable REST API, \
             choose the role \"Unauthenticated\" and tick the routes starting with /wc/ (and /wp/v2 if the app needs it), then Save."
        }
        Some("rest_login_required") => {
            "The error code rest_login_required comes from the plugin \"Disable WP REST API\": it has no settings, so deactivate it \
             under Plugins → Installed Plugins, or add the php-snippet fix below."
        }
        Some("rest_not_logged_in") | Some("rest_forbidden") | Some("rest_disabled") | Some(_) | None => {
            "Security plugins that can do this: Solid Security (iThemes) → Settings → Advanced → WordPress Tweaks → REST API; \
             All-In-One Security → Firewall → \"Disallow unauthorized REST requests\"; Perfmatters → General → Disable REST API; \
             WP Hide & Security Enhancer; Clearfy; Hide My WP. Set the option to allow the REST API (or allow it for WooCommerce)."
        }
    };
    let text = format!(
        "1. {likely}\n\
         2. If no plugin setting explains it, search your theme's functions.php and the files in wp-content/mu-plugins for \
         \"rest_authentication_errors\" or \"rest_enabled\": a code snippet there blocks the API.\n\
         3. Still unsure: deactivate plugins one at a time (Plugins → Installed Plugins) and run Handshake again after each."
    );
    fix(
        FixKind::Instructions,
        "Find what disables the REST API",
        text,
    )
}

/// Caching plugins and the paths they must never cache.
pub fn exclude_from_page_cache(site: &Site<'_>) -> Fix {
    let text = format!(
        "Never cache {rest} and {auth}:\n\
         - WP Rocket: Settings → WP Rocket → Advanced Rules → Never Cache URL(s): add {rest}(.*) and {auth}(.*)\n\
         - LiteSpeed Cache: LiteSpeed Cache → Cache → Excludes → Do Not Cache URIs: add {rest} and {auth}\n\
         - W3 Total Cache: Performance → Page Cache → Advanced → Never cache the following pages: add {rest}.* and {auth}.*\n\
         - WP Super Cache: Settings → WP Super Cache → Advanced → Accepted Filenames & Rejected URIs: add wp-json and wc-auth\n\
         - Host caches (SiteGround, Kinsta, WP Engine, Cloudways/Varnish): ask support to exclude these paths.\n\
         Then purge the whole cache once.",
        rest = site.rest_prefix(),
        auth = site.auth_prefix(),
    );
    fix(
        FixKind::Instructions,
        "Exclude the API from page caching",
        text,
    )
}
