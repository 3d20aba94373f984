//! `wp-admin/authorize-application.php`: WordPress's own app approval (application passwords).
//! Visitors go to the login screen; with `auto_approve`, a logged-in admin approves at once and the
//! browser is sent to `success_url` with `site_url`, `user_login` and the new `password`.

use crate::context::Ctx;
use crate::pages::wp_die;
use crate::request::rawurlencode;
use crate::response::{build, Resp, With};
use crate::scenario::Owner;
use crate::state::normalize_app_password;

const NOT_ALLOWED: &str = "The Authorize Application request is not allowed.";
const TITLE: &str = "Cannot Authorize Application";

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && [8, 4, 4, 4, 12]
            .iter()
            .zip(&groups)
            .all(|(n, g)| g.len() == *n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// `wp_is_authorize_application_redirect_url_valid` (WordPress ≥ 6.3.2): a scheme and a host, and
/// plain http only for 127.0.0.1 and [::1].
fn redirect_url_error(raw: &str) -> Option<&'static str> {
    let Ok(url) = url::Url::parse(raw) else {
        return Some("Invalid URL format.");
    };
    if url.host_str().is_none() || matches!(url.scheme(), "javascript" | "data") {
        return Some("Invalid URL format.");
    }
    let loopback = matches!(url.host_str(), Some("127.0.0.1") | Some("[::1]"));
    if url.scheme() == "http" && !loopback {
        return Some("The URL must be served over a secure connection.");
    }
    None
}

fn redirect(location: &str) -> Resp {
    build(302, "text/html; charset=UTF-8", "")
        .with("location", location)
        .with("x-redirect-by", "WordPress")
}

fn with_params(base: &str, params: &[(&str, &str)]) -> String {
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", rawurlencode(v)))
        .collect();
    format!(
        "{base}{}{}",
        if base.contains('?') { '&' } else { '?' },
        query.join("&")
    )
}

pub(crate) fn serve(ctx: &Ctx<'_>) -> Resp {
    let home = ctx.home();
    if !(ctx.app.auto_approve && crate::wc_auth::is_logged_in(ctx)) {
        // Not logged in: wp-admin sends the visitor to the login screen.
        let back = rawurlencode(&format!("{home}{}", ctx.req.target));
        return redirect(&format!("{home}/wp-login.php?redirect_to={back}&reauth=1"));
    }
    let success_url = ctx.req.get("success_url").unwrap_or("").to_string();
    let reject_url = ctx.req.get("reject_url").unwrap_or("").to_string();
    let app_id = ctx.req.get("app_id").unwrap_or("");
    let mut errors = Vec::new();
    if !app_id.is_empty() && !is_uuid(app_id) {
        errors.push("The application ID must be a UUID.");
    }
    for url in [&success_url, &reject_url]
        .into_iter()
        .filter(|u| !u.is_empty())
    {
        if let Some(e) = redirect_url_error(url) {
            errors.push(e);
        }
    }
    if !errors.is_empty() {
        return wp_die(
            &format!("{NOT_ALLOWED} {}", errors.join(" ")),
            TITLE,
            400,
            false,
        );
    }
    if !ctx.is_ssl() {
        return wp_die(
            "Application passwords are not available.",
            TITLE,
            501,
            false,
        );
    }
    if ctx.site().owner == Owner::Denies {
        let target = if reject_url.is_empty() {
            with_params(&success_url, &[("success", "false")])
        } else {
            reject_url
        };
        return redirect(&target);
    }
    // WordPress shows the new password in groups of four.
    let raw: String = crate::response::random_hex(24).chars().take(24).collect();
    let password: String = raw
        .chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(admin) = ctx.app.store.lock().users.iter_mut().find(|u| u.id == 1) {
        admin.app_passwords.push(normalize_app_password(&password));
    }
    if success_url.is_empty() {
        let page = format!("<p>Your new password for {}: <kbd>{password}</kbd></p><p>Be sure to save this in a safe location. You will not be able to retrieve it.</p>", ctx.req.get("app_name").unwrap_or(""));
        return build(200, "text/html; charset=UTF-8", page);
    }
    redirect(&with_params(
        &success_url,
        &[
            ("site_url", &home),
            ("user_login", "admin"),
            ("password", &password),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_like_wordpress() {
        assert!(is_uuid("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        assert!(!is_uuid("not-a-uuid"));
        assert_eq!(redirect_url_error("http://127.0.0.1:5000/done"), None);
        assert_eq!(redirect_url_error("https://app.example/done"), None);
        assert_eq!(
            redirect_url_error("http://localhost:5000/done"),
            Some("The URL must be served over a secure connection.")
        );
        assert_eq!(redirect_url_error("nope"), Some("Invalid URL format."));
    }
}
