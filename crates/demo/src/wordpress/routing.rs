//! How a request reaches WordPress: pretty `/wp-json/` and `/wc-auth/` paths need rewrite
//! rules; `?rest_route=` and `?wc-auth-version=&wc-auth-route=` work on index.php regardless.

use crate::apache;
use crate::context::Ctx;
use crate::pages;
use crate::response::Resp;
use crate::scenario::Permalinks;
use crate::wc_auth;
use crate::wordpress::rest;

/// Where a request lands inside WordPress.
pub(crate) enum Target {
    Rest(String),
    WcAuth(String),
    Home,
    /// A pretty path WordPress does not know: its theme 404.
    NotFound,
    /// A path that never reaches WordPress (no rewrite): Apache's 404.
    ApacheNotFound,
    AuthorizeApplication,
    /// `/wc-api/vN/…` or `?wc-api-version=&wc-api-route=`: the Legacy REST API's rules.
    LegacyApi,
}

fn is_index_php(path: &str) -> bool {
    path == "/" || path == "/index.php"
}

pub(crate) fn classify(ctx: &Ctx) -> Target {
    let req = ctx.req;
    let site = ctx.site();
    let path = req.path.as_str();
    if is_index_php(path) {
        if let Some(route) = req.get("rest_route") {
            return Target::Rest(route.to_string());
        }
        let legacy = (req.get("wc-api-version"), req.get("wc-api-route"));
        if site.woocommerce
            && matches!(legacy, (Some(v), Some(r)) if !v.is_empty() && !r.is_empty())
        {
            return Target::LegacyApi;
        }
        let version = req.get("wc-auth-version").unwrap_or("");
        let route = req.get("wc-auth-route").unwrap_or("");
        if site.woocommerce && !version.is_empty() && !route.is_empty() {
            return Target::WcAuth(route.to_string());
        }
        return Target::Home;
    }
    if path == "/wp-admin/authorize-application.php" {
        return Target::AuthorizeApplication;
    }
    // Without rewrite rules (plain permalinks or no .htaccess block) Apache looks for a file.
    if site.permalinks != Permalinks::Pretty {
        return Target::ApacheNotFound;
    }
    // WP::parse_request matches the path with its slashes trimmed.
    let trimmed = path.trim_matches('/');
    if trimmed == "wp-json" || trimmed.starts_with("wp-json/") {
        return Target::Rest(trimmed.strip_prefix("wp-json").unwrap_or("").to_string());
    }
    // `^wc-api/v([1-3]{1})/?$` and `^wc-api/v([1-3]{1})(.*)?`
    if site.woocommerce
        && trimmed
            .strip_prefix("wc-api/v")
            .is_some_and(|v| v.starts_with(['1', '2', '3']))
    {
        return Target::LegacyApi;
    }
    if let Some(rest) = trimmed.strip_prefix("wc-auth/v1/") {
        if site.woocommerce && site.wc_auth_rewrite {
            return Target::WcAuth(rest.to_string());
        }
    }
    Target::NotFound
}

pub(crate) async fn serve(ctx: &Ctx<'_>) -> Resp {
    let home = ctx.home();
    let root = ctx.rest_root();
    let woo = ctx.site().woocommerce;
    match classify(ctx) {
        Target::Rest(route) => rest::serve(ctx, &route),
        Target::WcAuth(route) => wc_auth::serve(ctx, &route).await,
        Target::Home => pages::home_page(&home, &root, woo),
        Target::NotFound => pages::not_found_page(&home, &root, woo),
        Target::ApacheNotFound => apache::not_found(ctx.req),
        Target::AuthorizeApplication => super::authorize_application::serve(ctx),
        Target::LegacyApi => crate::woocommerce::legacy::serve(ctx),
    }
}
