//! ModSecurity (v2 on Apache, v3 on nginx) exclusions for the OWASP Core Rule Set, scoped to the
//! store's API path. Rule ids come from the range ModSecurity reserves for local rules (1–99,999);
//! the tests load every rule into Apache with mod_security2 and the CRS, and replay the requests.

use handshake_l10n::t;

use crate::report::{Fix, FixKind};

use super::{fix, Site};

/// Ids of the rules below. Unusual on purpose: a clash with an existing id stops the server.
pub const METHOD_RULE_ID: u32 = 77911;
pub const APP_ADDRESS_RULE_ID: u32 = 77912;
pub const AUTH_PAGES_RULE_ID: u32 = 77913;

const WHERE: &str = "# Put it in a file loaded BEFORE the Core Rule Set (Debian/Ubuntu: /etc/modsecurity/crs/REQUEST-900-EXCLUSION-RULES-BEFORE-CRS.conf;\n\
# cPanel: WHM → ModSecurity Tools → Rules List → Add Rule), then reload the web server.";

/// CRS rule 911100 ("Method is not allowed by policy") refuses PUT, PATCH and DELETE, which the
/// WooCommerce API uses to update and delete. This removes that one rule for those methods on the
/// API path only.
pub fn allow_api_methods(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: let the WooCommerce REST API ({rest}) use PUT, PATCH and DELETE.\n\
         # Removes only CRS rule 911100 (\"Method is not allowed by policy\"), only for those methods on that path.\n\
         {WHERE}\n\
         SecRule REQUEST_URI \"@beginsWith {rest}\" \\\n\
         \x20   \"id:{METHOD_RULE_ID},phase:1,pass,nolog,t:none,chain\"\n\
         \x20   SecRule REQUEST_METHOD \"@rx ^(?:PUT|PATCH|DELETE)$\" \\\n\
         \x20       \"t:none,ctl:ruleRemoveById=911100\"",
        rest = site.rest_prefix(),
    );
    fix(
        FixKind::Modsecurity,
        t!(site.lang, "modsecurity-methods-title"),
        text,
    )
}

/// For requests blocked on content (anomaly score), not method: the app's own addresses are only
/// logged, not blocked, on the WooCommerce API path. `None` without addresses.
pub fn detection_only_for_app(site: &Site<'_>) -> Option<Fix> {
    if !site.has_ips() {
        return None;
    }
    let text = format!(
        "# Handshake: requests from {app}'s servers to the WooCommerce API ({wc}) are logged, not blocked.\n\
         {WHERE}\n\
         SecRule REMOTE_ADDR \"@ipMatch {ips}\" \\\n\
         \x20   \"id:{APP_ADDRESS_RULE_ID},phase:1,pass,nolog,t:none,chain\"\n\
         \x20   SecRule REQUEST_URI \"@beginsWith {wc}\" \\\n\
         \x20       \"t:none,ctl:ruleEngine=DetectionOnly\"",
        app = site.app(),
        wc = site.wc_prefix(),
        ips = site.ips().join(","),
    );
    Some(fix(
        FixKind::Modsecurity,
        t!(site.lang, "modsecurity-app-title", "app" => site.app()),
        text,
    ))
}

/// The authorization URL carries `return_url` and `callback_url` in its query string, which the
/// CRS remote-file-inclusion rules (931xxx) read as an attack (woocommerce/woocommerce#10678).
pub fn allow_auth_page_urls(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: the app authorization pages ({auth}) carry return_url and callback_url in the address;\n\
         # the CRS remote-file-inclusion rules (tag attack-rfi) mistake them for an attack. Removes only those rules, only there.\n\
         {WHERE}\n\
         SecRule REQUEST_URI \"@beginsWith {auth}\" \\\n\
         \x20   \"id:{AUTH_PAGES_RULE_ID},phase:1,pass,nolog,t:none,ctl:ruleRemoveByTag=attack-rfi\"",
        auth = site.auth_prefix(),
    );
    fix(
        FixKind::Modsecurity,
        t!(site.lang, "modsecurity-auth-pages-title"),
        text,
    )
}
