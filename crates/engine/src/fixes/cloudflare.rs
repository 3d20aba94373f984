//! Cloudflare: a WAF custom rule with the Skip action for the API paths, IP Access rules for the
//! app's addresses, a cache-bypass rule, and the SSL mode. Expressions use the Rules language
//! (`starts_with()` is available in WAF custom rules, not in the retired Firewall Rules); the tests
//! parse every generated expression with Cloudflare's wirefilter engine.

use handshake_l10n::t;

use crate::report::{Fix, FixKind};

use super::{fix, Site};

/// Cloudflare's limit on one rule expression.
#[cfg(test)]
const MAX_EXPRESSION_LEN: usize = 4096;

/// `starts_with(http.request.uri.path, "/shop/wp-json/wc/")`.
fn path_starts_with(prefix: &str) -> String {
    format!("starts_with(http.request.uri.path, {})", quote(prefix))
}

/// A Rules-language string literal. Paths come percent-encoded from the URL parser, so escaping is
/// only a guard.
fn quote(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `ip.src in {203.0.113.7 2001:db8::/32}`: the set form takes IPv4, IPv6 and CIDR ranges alike.
fn ip_set(site: &Site<'_>) -> String {
    format!("ip.src in {{{}}}", site.ips().join(" "))
}

/// Which requests skip the firewall. With the app's addresses known, the REST API is opened only to
/// them; without, only WooCommerce's own routes (and the API index apps read first) are opened.
/// The authorization pages (`/wc-auth/v1/`) are opened to everyone: the store owner's browser
/// visits them when approving the app.
pub fn api_skip_expression(site: &Site<'_>, plain_permalinks: bool) -> String {
    let auth = path_starts_with(&site.auth_prefix());
    let mut alternatives = Vec::new();
    if site.has_ips() {
        alternatives.push(format!(
            "({} and {})",
            path_starts_with(&site.rest_prefix()),
            ip_set(site)
        ));
    } else {
        alternatives.push(format!(
            "http.request.uri.path eq {}",
            quote(&site.rest_prefix())
        ));
        alternatives.push(path_starts_with(&site.wc_prefix()));
    }
    alternatives.push(auth);
    if plain_permalinks {
        // `?rest_route=/wc/v3/…`, as sent or percent-encoded.
        let query = "(http.request.uri.query contains \"rest_route=/wc/\" or lower(http.request.uri.query) contains \"rest_route=%2fwc%2f\")";
        let query = if site.has_ips() {
            format!("({query} and {})", ip_set(site))
        } else {
            query.to_string()
        };
        alternatives.push(query);
    }
    alternatives.join(" or ")
}

/// The Skip rule itself: the text is the expression, pasted into the Expression Editor.
pub fn skip_rule(site: &Site<'_>, plain_permalinks: bool) -> Fix {
    fix(
        FixKind::CloudflareRule,
        t!(site.lang, "cloudflare-skip-rule-title"),
        api_skip_expression(site, plain_permalinks),
    )
}

/// Where the Skip rule goes and which boxes to tick: shown before the expression it asks for.
pub fn skip_rule_steps(site: &Site<'_>, ray_id: Option<&str>) -> Fix {
    let mut text =
        t!(site.lang, "cloudflare-skip-steps", "host" => site.host(), "app" => site.app());
    if let Some(ray) = ray_id {
        text.push('\n');
        text.push_str(&t!(site.lang, "cloudflare-skip-steps-ray", "ray" => ray));
    }
    fix(
        FixKind::Instructions,
        t!(site.lang, "cloudflare-skip-steps-title"),
        text,
    )
}

/// IP Access rules (Allow) for each address the app calls from. `None` without addresses: there is
/// nothing to allow, and guessing would open the site to the wrong machines.
pub fn ip_access_rules(site: &Site<'_>) -> Option<Fix> {
    if !site.has_ips() {
        return None;
    }
    let mut text = t!(site.lang, "cloudflare-ip-rules-intro", "host" => site.host());
    text.push('\n');
    // What is typed into Cloudflare's form: its own (English) choices, never translated.
    for ip in site.ips() {
        text.push_str(&format!(
            "{ip}    Allow    This website    Note: {} (WooCommerce API)\n",
            site.app()
        ));
    }
    Some(fix(
        FixKind::CloudflareIpRule,
        t!(site.lang, "cloudflare-ip-rules-title", "app" => site.app()),
        text.trim_end(),
    ))
}

/// A Cache Rule that never caches the REST API or the authorization pages.
pub fn cache_bypass_rule(site: &Site<'_>) -> Fix {
    let expression = format!(
        "{} or {}",
        path_starts_with(&site.rest_prefix()),
        path_starts_with(&site.auth_prefix())
    );
    fix(
        FixKind::CloudflareRule,
        t!(site.lang, "cloudflare-cache-rule-title"),
        expression,
    )
}

/// Flexible SSL makes Cloudflare talk plain HTTP to the store, so WordPress never sees HTTPS.
pub fn ssl_mode_full(site: &Site<'_>) -> Fix {
    fix(
        FixKind::Instructions,
        t!(site.lang, "cloudflare-ssl-full-title"),
        t!(site.lang, "cloudflare-ssl-full", "host" => site.host()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;
    use crate::store_url::StoreUrl;

    #[test]
    fn the_skip_expression_fits_one_cloudflare_rule() {
        let store =
            StoreUrl::parse("https://shop.example/a/long/subfolder/for/the/store/").unwrap();
        let profile = Profile::builtin("default").unwrap();
        let site = Site::new(&store, &profile);
        for plain in [false, true] {
            assert!(api_skip_expression(&site, plain).len() <= MAX_EXPRESSION_LEN);
        }
    }
}
