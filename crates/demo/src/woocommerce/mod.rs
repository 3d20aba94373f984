//! WooCommerce's REST routes under `/wc/v3`.

pub(crate) mod data;
pub(crate) mod legacy;
pub(crate) mod resources;
pub(crate) mod webhooks;

use crate::context::Ctx;
use crate::ojson::{oj, J};
use crate::pages::{WC_VERSION, WP_VERSION};
use crate::state::Db;
use crate::wordpress::rest_request::RestRequest;
use crate::wordpress::{auth_required_code, RestOut, WpError};
use data::Resource;

/// Routes under `/wc/v3/` (`rest` is what follows, e.g. `orders/728`). `None`: no such route.
pub(crate) fn dispatch(ctx: &Ctx, rq: &RestRequest, db: &mut Db, rest: &str) -> Option<RestOut> {
    let mut parts = rest.split('/');
    let base = parts.next()?;
    let id = parts.next();
    if parts.next().is_some() {
        return None;
    }
    if let Some(res) = Resource::from_base(base) {
        return match id {
            None => Some(resources::collection(ctx, rq, db, res)),
            Some(id) if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) => {
                Some(resources::item(ctx, rq, db, res, id.parse().unwrap_or(0)))
            }
            _ => None,
        };
    }
    match (base, id, rq.method.as_str()) {
        ("reports", None, "GET" | "HEAD") => Some(reports(ctx, rq)),
        ("system_status", None, "GET" | "HEAD") => Some(system_status(ctx, rq)),
        ("webhooks", None, "GET" | "HEAD") => Some(webhooks::list(ctx, rq)),
        _ => None,
    }
}

/// `wc_rest_check_manager_permissions`: list error with 401/403.
fn manager_check(rq: &RestRequest, cap: &str) -> Result<(), WpError> {
    if rq.can(cap) {
        Ok(())
    } else {
        Err(WpError::new(
            "woocommerce_rest_cannot_view",
            "Sorry, you cannot list resources.",
            auth_required_code(rq.user.is_some()),
        ))
    }
}

fn reports(ctx: &Ctx, rq: &RestRequest) -> RestOut {
    if let Err(e) = manager_check(rq, "view_woocommerce_reports") {
        return e.into();
    }
    let list: Vec<J> = [
        ("sales", "List of sales reports."),
        ("top_sellers", "List of top sellers products."),
        ("coupons/totals", "Coupons totals."),
        ("customers/totals", "Customers totals."),
        ("orders/totals", "Orders totals."),
        ("products/totals", "Products totals."),
        ("reviews/totals", "Reviews totals."),
    ]
    .iter()
    .map(|(slug, description)| {
        oj!({
            "slug": (*slug),
            "description": (*description),
            "_links": {
                "self": [{"href": (ctx.rest_url(&format!("/wc/v3/reports/{slug}")))}],
                "collection": [{"href": (ctx.rest_url("/wc/v3/reports"))}]
            }
        })
    })
    .collect();
    RestOut::ok(J::Arr(list)).header("Allow", "GET")
}

fn system_status(ctx: &Ctx, rq: &RestRequest) -> RestOut {
    if let Err(e) = manager_check(rq, "manage_woocommerce") {
        return e.into();
    }
    let outbound_blocked = !ctx.site().remote_requests;
    let home = ctx.home();
    let body = oj!({
        "environment": {
            "home_url": (home.as_str()),
            "site_url": (home.as_str()),
            "version": WC_VERSION,
            "wp_version": WP_VERSION,
            "wp_multisite": false,
            "wp_memory_limit": 268435456,
            "wp_debug_mode": false,
            "wp_cron": false,
            "language": "en_US",
            "external_object_cache": null,
            "server_info": "Apache/2.4.71 (Debian)",
            "php_version": "8.2.36",
            "php_post_max_size": 8388608,
            "php_max_execution_time": 30,
            "php_max_input_vars": 1000,
            "curl_version": "",
            "suhosin_installed": false,
            "max_upload_size": 2097152,
            "mysql_version": "10.11.11",
            "mysql_version_string": "10.11.11-MariaDB-0+deb12u1",
            "log_directory": "/var/www/html/wp-content/uploads/wc-logs/",
            "log_directory_writable": true,
            "default_timezone": "UTC",
            "fsockopen_or_curl_enabled": true,
            "soapclient_enabled": false,
            "domdocument_enabled": true,
            "gzip_enabled": true,
            "mbstring_enabled": true,
            // WooCommerce's own outgoing tests (a POST to PayPal, a GET to woocommerce.com); a failed
            // request leaves the response `false`.
            "remote_post_successful": (!outbound_blocked),
            "remote_post_response": (if outbound_blocked { J::Bool(false) } else { J::from(200) }),
            "remote_get_successful": (!outbound_blocked),
            "remote_get_response": (if outbound_blocked { J::Bool(false) } else { J::from(200) })
        },
        "active_plugins": (J::Arr(active_plugins(ctx))),
        "settings": {
            "api_enabled": true,
            "force_ssl": false,
            "currency": "EUR",
            "currency_symbol": "&euro;"
        },
        "security": {"secure_connection": (home.starts_with("https://")), "hide_errors": true}
    });
    RestOut::ok(only_fields(body, rq.param(ctx, "_fields").as_deref())).header("Allow", "GET")
}

/// WordPress's `_fields` (`rest_filter_response_fields`): only the top-level keys asked for, of
/// the object or of each object in a list.
pub(crate) fn only_fields(body: J, fields: Option<&str>) -> J {
    let Some(fields) = fields.filter(|f| !f.is_empty()) else {
        return body;
    };
    let wanted: Vec<&str> = fields
        .split(',')
        .map(|f| f.trim().split('.').next().unwrap_or(""))
        .collect();
    match body {
        J::Obj(pairs) => J::Obj(
            pairs
                .into_iter()
                .filter(|(k, _)| wanted.contains(&k.as_str()))
                .collect(),
        ),
        J::Arr(items) => J::Arr(
            items
                .into_iter()
                .map(|item| only_fields(item, Some(fields)))
                .collect(),
        ),
        other => other,
    }
}

/// `active_plugins` of the status report: WooCommerce, and the plugin a scenario is about.
fn active_plugins(ctx: &Ctx) -> Vec<J> {
    let mut list = vec![(
        "woocommerce/woocommerce.php",
        "WooCommerce",
        WC_VERSION,
        "https://woocommerce.com/",
        "Automattic",
    )];
    let site = ctx.site();
    if site.rest_api == crate::scenario::RestApi::DisabledForVisitors {
        list.push((
            "disable-json-api/disable-json-api.php",
            "Disable REST API",
            "1.8",
            "http://wordpress.org/plugins/disable-json-api/",
            "Dave McHale",
        ));
    }
    if site.legacy_api_plugin {
        list.push((
            "woocommerce-legacy-rest-api/woocommerce-legacy-rest-api.php",
            "WooCommerce Legacy REST API",
            "1.0.4",
            "https://github.com/woocommerce/woocommerce-legacy-rest-api",
            "WooCommerce",
        ));
    }
    list.into_iter()
        .map(|(plugin, name, version, url, author)| {
            oj!({
                "plugin": plugin,
                "name": name,
                "version": version,
                "version_latest": version,
                "url": url,
                "author_name": author,
                "author_url": url,
                "network_activated": false
            })
        })
        .collect()
}
