//! WooCommerce's `auth/form-login.php` inside its auth header/footer templates.

use super::{build_url, AuthData};
use crate::context::Ctx;
use crate::pages::WC_VERSION;
use crate::request::esc_html;
use crate::response::{build, nocache, random_hex, Resp};

/// `esc_url` for an attribute: `&` becomes `&#038;`.
fn esc_url(u: &str) -> String {
    u.replace('&', "&#038;")
        .replace('"', "%22")
        .replace('\'', "&#039;")
}

pub(crate) fn render(ctx: &Ctx, data: &AuthData) -> Resp {
    let home = ctx.home();
    let app = esc_html(data.app_name.trim());
    let redirect = esc_url(&build_url(ctx, data, "authorize"));
    let cancel = {
        let ret = super::formatted_url(&data.return_url);
        let sep = if ret.contains('?') { '&' } else { '?' };
        esc_url(&format!(
            "{ret}{sep}success=0&user_id={}",
            data.user_id.trim()
        ))
    };
    let referer = esc_html(&ctx.req.target);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n\
         \t<meta name=\"viewport\" content=\"width=device-width\" />\n\
         \t<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n\
         \t<meta name=\"robots\" content=\"noindex, nofollow\" />\n\
         \t<title>Application authentication request</title>\n\
         \t<link rel='stylesheet' id='woocommerce-auth-css' href='{home}/wp-content/plugins/woocommerce/assets/css/auth.css?ver={WC_VERSION}' media='all' />\n\
         </head>\n<body class=\"wc-auth wp-core-ui\">\n\
         \t<h1 id=\"wc-logo\"><img src=\"{home}/wp-content/plugins/woocommerce/assets/images/woocommerce_logo.png\" alt=\"WooCommerce\" /></h1>\n\
         \t<div class=\"wc-auth-content\">\n\
         <h1>{app} would like to connect to your store</h1>\n\n\
         <p>To connect to Handshake Test Shop you need to be logged in. Log in to your store below, or <a href=\"{cancel}\">cancel and return to {app}</a></p>\n\n\
         <form method=\"post\" class=\"wc-auth-login\">\n\
         \t<p class=\"form-row form-row-wide\">\n\
         \t\t<label for=\"username\">Username or email address&nbsp;<span class=\"required\">*</span></label>\n\
         \t\t<input type=\"text\" class=\"input-text\" name=\"username\" id=\"username\" value=\"\" />\n\
         \t</p>\n\
         \t<p class=\"form-row form-row-wide\">\n\
         \t\t<label for=\"password\">Password&nbsp;<span class=\"required\">*</span></label>\n\
         \t\t<input class=\"input-text\" type=\"password\" name=\"password\" id=\"password\" />\n\
         \t</p>\n\
         \t<p class=\"wc-auth-actions\">\n\
         \t\t<input type=\"hidden\" id=\"woocommerce-login-nonce\" name=\"woocommerce-login-nonce\" value=\"{nonce}\" /><input type=\"hidden\" name=\"_wp_http_referer\" value=\"{referer}\" />\n\
         \t\t<button type=\"submit\" class=\"button button-large button-primary wc-auth-login-button\" name=\"login\" value=\"Login\">Login</button>\n\
         \t\t<input type=\"hidden\" name=\"redirect\" value=\"{redirect}\" />\n\
         \t</p>\n\
         </form>\n\
         \t\t</div>\n\
         \t</body>\n</html>\n",
        nonce = random_hex(10),
    );
    let mut r = build(200, "text/html; charset=UTF-8", html);
    nocache(&mut r);
    r
}
