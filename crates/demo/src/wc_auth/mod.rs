//! WooCommerce's app authorization endpoint (`WC_Auth`): `/wc-auth/v1/{login,authorize,access_granted}`.

mod approve;
mod callback;
pub(crate) mod login_page;

use crate::context::Ctx;
use crate::pages::wc_auth_error;
use crate::request::{php_empty, rawurlencode, urldecode};
use crate::response::{build, Resp, With};
use crate::scenario::Permalinks;

/// The validated request parameters (`make_validation`).
#[derive(Clone, Debug)]
pub(crate) struct AuthData {
    pub app_name: String,
    pub user_id: String,
    pub return_url: String,
    pub callback_url: String,
    pub scope: String,
}

/// `get_formatted_url`: decode once more, add `https://` when there is no scheme.
pub(crate) fn formatted_url(url: &str) -> String {
    let u = urldecode(url);
    if u.contains("://") {
        u
    } else {
        format!("https://{u}")
    }
}

/// PHP `FILTER_VALIDATE_URL`, approximately: ASCII, no spaces, a scheme, and a host for http(s).
fn filter_validate_url(u: &str) -> bool {
    if !u.is_ascii()
        || u.chars()
            .any(|c| c.is_ascii_whitespace() || c.is_ascii_control())
    {
        return false;
    }
    match url::Url::parse(u) {
        Ok(p) => {
            !matches!(p.scheme(), "http" | "https") || p.host_str().is_some_and(|h| !h.is_empty())
        }
        Err(_) => false,
    }
}

fn validate(ctx: &Ctx) -> Result<AuthData, String> {
    let mut values = Vec::new();
    for param in ["app_name", "user_id", "return_url", "callback_url", "scope"] {
        let v = ctx.req.request_param(param);
        if php_empty(v.as_deref()) {
            return Err(format!("Missing parameter {param}"));
        }
        values.push(v.unwrap_or_default());
    }
    let data = AuthData {
        app_name: values[0].clone(),
        user_id: values[1].clone(),
        return_url: values[2].clone(),
        callback_url: values[3].clone(),
        scope: values[4].clone(),
    };
    if !["read", "write", "read_write"].contains(&data.scope.as_str()) {
        return Err(format!("Invalid scope {}", data.scope.trim()));
    }
    for u in [&data.return_url, &data.callback_url] {
        let f = formatted_url(u);
        if !filter_validate_url(&f) {
            return Err(format!("The {f} is not a valid URL"));
        }
    }
    if !formatted_url(&data.callback_url)
        .to_ascii_lowercase()
        .starts_with("https://")
    {
        return Err("The callback_url needs to be over SSL".to_string());
    }
    Ok(data)
}

/// Encodes what `esc_url_raw` would not leave raw in a query value.
fn query_value(v: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'<')
        .add(b'>')
        .add(b'`')
        .add(b'#')
        .add(b'&')
        .add(b'+')
        .add(b'%');
    percent_encoding::utf8_percent_encode(v, SET).to_string()
}

/// `WC_Auth::build_url`. With plain permalinks `wc_get_endpoint_url` makes `?wc-auth/v1=route`,
/// which WooCommerce itself does not route (the flow dead-ends on the home page).
pub(crate) fn build_url(ctx: &Ctx, data: &AuthData, endpoint: &str) -> String {
    let home = ctx.home();
    let base = match ctx.site().permalinks {
        Permalinks::Plain => format!("{home}/?wc-auth/v1={endpoint}"),
        _ => format!("{home}/wc-auth/v1/{endpoint}/"),
    };
    let sep = if base.contains('?') { '&' } else { '?' };
    format!(
        "{base}{sep}app_name={}&user_id={}&return_url={}&callback_url={}&scope={}",
        query_value(data.app_name.trim()),
        query_value(data.user_id.trim()),
        rawurlencode(&formatted_url(&data.return_url)),
        rawurlencode(&formatted_url(&data.callback_url)),
        query_value(data.scope.trim()),
    )
}

/// `wp_redirect()`: 302 with WordPress's marker header.
pub(crate) fn wp_redirect(location: &str) -> Resp {
    build(302, "text/html; charset=UTF-8", "")
        .with("x-redirect-by", "WordPress")
        .with("location", location)
}

pub(crate) async fn serve(ctx: &Ctx<'_>, route: &str) -> Resp {
    let json = ctx.req.wants_json();
    let data = match validate(ctx) {
        Ok(d) => d,
        Err(message) => return wc_auth_error(&message, json),
    };
    let route = route.trim_matches('/').to_ascii_lowercase();
    // --auto-approve acts as the store's admin clicking Approve at once, for a browser that is
    // logged in: one carrying a `wordpress_logged_in_*` cookie, as a real admin's browser does.
    // A client without it (Handshake's own preflight) is a visitor and is sent to the login form.
    let logged_in = ctx.app.auto_approve && is_logged_in(ctx);
    match route.as_str() {
        "login" if logged_in => wp_redirect(&build_url(ctx, &data, "authorize")),
        "login" => login_page::render(ctx, &data),
        "authorize" if logged_in => {
            if ctx.site().permalinks == Permalinks::Plain {
                // The Approve link WooCommerce builds here never routes back to WC_Auth.
                let url = format!(
                    "{}&wc_auth_nonce={}",
                    build_url(ctx, &data, "access_granted"),
                    crate::response::random_hex(10)
                );
                return wp_redirect(&url);
            }
            approve::approve(ctx, &data).await
        }
        "authorize" => wp_redirect(&build_url(ctx, &data, "login")),
        "access_granted" if logged_in => approve::approve(ctx, &data).await,
        _ => wc_auth_error("You do not have permission to access this page", json),
    }
}

/// The cookie WordPress sets for a logged-in user (`wordpress_logged_in_<hash>`).
pub const LOGGED_IN_COOKIE: &str = "wordpress_logged_in_handshake=admin";

pub(crate) fn is_logged_in(ctx: &Ctx) -> bool {
    ctx.req.header("cookie").is_some_and(|c| {
        c.split(';')
            .any(|part| part.trim_start().starts_with("wordpress_logged_in_"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_validates_urls() {
        assert_eq!(formatted_url("relay.test/cb"), "https://relay.test/cb");
        assert_eq!(
            formatted_url("https%3A%2F%2Fa.test%2Fcb"),
            "https://a.test/cb"
        );
        assert!(filter_validate_url("https://a.test/cb"));
        assert!(!filter_validate_url("https://a test/cb"));
        assert!(!filter_validate_url("https://"));
    }
}
