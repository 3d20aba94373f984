//! WordPress and WooCommerce: admin settings (click paths), `wp-config.php` lines and PHP snippets.
//! The PHP is checked with `php -l` in the tests.

use handshake_l10n::t;

use crate::report::{Fix, FixKind, Lang};

use super::{fix, Site};

/// The line of wp-config.php the snippets go above (WordPress's own words, never translated).
const WP_CONFIG_MARKER: &str = "/* That's all, stop editing! Happy publishing. */";

/// The comment that says where a wp-config.php snippet goes.
fn wp_config_where(lang: Lang) -> String {
    format!(
        "// {}",
        t!(lang, "wordpress-wp-config-where", "marker" => WP_CONFIG_MARKER)
    )
}

pub fn permalinks_post_name(site: &Site<'_>) -> Fix {
    fix(
        FixKind::WordpressSetting,
        t!(site.lang, "wordpress-permalinks-title"),
        t!(site.lang, "wordpress-permalinks", "admin" => site.link("wp-admin/options-permalink.php")),
    )
}

/// Saving the permalink page rebuilds WordPress's rewrite rules (fixes a stale `/wc-auth/v1/`).
pub fn resave_permalinks(site: &Site<'_>) -> Fix {
    fix(
        FixKind::WordpressSetting,
        t!(site.lang, "wordpress-resave-permalinks-title"),
        t!(site.lang, "wordpress-resave-permalinks", "admin" => site.link("wp-admin/options-permalink.php")),
    )
}

/// Behind a proxy or CDN that ends HTTPS, tell WordPress the visitor used HTTPS.
pub fn https_behind_proxy(lang: Lang) -> Fix {
    fix(
        FixKind::WpConfig,
        t!(lang, "wordpress-https-proxy-title"),
        format!(
            "// {comment}\n\
             {where_}\n\
             if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && false !== strpos( strtolower( $_SERVER['HTTP_X_FORWARDED_PROTO'] ), 'https' ) ) {{\n\
             \x20   $_SERVER['HTTPS'] = 'on';\n\
             }}",
            comment = t!(lang, "wordpress-https-proxy-comment"),
            where_ = wp_config_where(lang),
        ),
    )
}

/// `WP_HTTP_BLOCK_EXTERNAL` blocks every outgoing request except `WP_ACCESSIBLE_HOSTS`, including
/// WooCommerce's POST of the keys to the app.
pub fn accessible_hosts(site: &Site<'_>, callback_host: &str) -> Fix {
    let lang = site.lang;
    fix(
        FixKind::WpConfig,
        t!(lang, "wordpress-accessible-hosts-title", "host" => callback_host),
        format!(
            "// {comment}\n\
             {where_}\n\
             // {already}\n\
             if ( ! defined( 'WP_ACCESSIBLE_HOSTS' ) ) {{\n\
             \x20   define( 'WP_ACCESSIBLE_HOSTS', '{callback_host}' );\n\
             }}",
            comment = t!(lang, "wordpress-accessible-hosts-comment", "host" => callback_host),
            where_ = wp_config_where(lang),
            already = t!(lang, "wordpress-accessible-hosts-already", "host" => callback_host),
        ),
    )
}

/// PHP notices printed into API answers break the JSON.
pub fn hide_php_notices(lang: Lang) -> Fix {
    fix(
        FixKind::WpConfig,
        t!(lang, "wordpress-php-notices-title"),
        format!(
            "// {comment}\n\
             {where_}\n\
             // {already}\n\
             if ( ! defined( 'WP_DEBUG_DISPLAY' ) ) {{\n\
             \x20   define( 'WP_DEBUG_DISPLAY', false );\n\
             }}\n\
             @ini_set( 'display_errors', '0' );",
            comment = t!(lang, "wordpress-php-notices-comment"),
            where_ = wp_config_where(lang),
            already = t!(lang, "wordpress-php-notices-already"),
        ),
    )
}

/// A must-use plugin that lets WooCommerce's API routes past the plugin that disables the REST
/// API, and nothing else. It removes only the detected error code, so WooCommerce's own
/// authentication errors still reach the app. Its header stays English: WordPress shows it in
/// the plugin list as it is.
pub fn mu_plugin_allow_wc_routes(site: &Site<'_>, rest_code: &str) -> Fix {
    let code = php_single_quoted(rest_code);
    let app = php_comment(site.app());
    let text = format!(
        "<?php\n\
         /**\n\
         \x20* Plugin Name: Handshake - allow the WooCommerce REST API\n\
         \x20* Description: Lets requests to the WooCommerce API (wc/...) past the plugin that disables the REST API, for {app}. Every other route stays disabled.\n\
         \x20*\n\
         \x20* Save as wp-content/mu-plugins/handshake-allow-wc-rest.php (create the mu-plugins folder if needed).\n\
         \x20* Delete the file to undo.\n\
         \x20*/\n\
         add_filter( 'rest_authentication_errors', function ( $result ) {{\n\
         \x20   if ( ! is_wp_error( $result ) || '{code}' !== $result->get_error_code() ) {{\n\
         \x20       return $result;\n\
         \x20   }}\n\
         \x20   $route = isset( $GLOBALS['wp']->query_vars['rest_route'] ) ? (string) $GLOBALS['wp']->query_vars['rest_route'] : '';\n\
         \x20   if ( 0 === strpos( ltrim( $route, '/' ), 'wc/' ) ) {{\n\
         \x20       return null;\n\
         \x20   }}\n\
         \x20   return $result;\n\
         }}, 1000 );\n"
    );
    fix(
        FixKind::PhpSnippet,
        t!(site.lang, "wordpress-mu-plugin-title"),
        text,
    )
}

pub fn finish_maintenance(site: &Site<'_>) -> Fix {
    fix(
        FixKind::Instructions,
        t!(site.lang, "wordpress-maintenance-title"),
        t!(site.lang, "wordpress-maintenance",
            "base" => site.base(), "host" => site.host(), "rest" => site.rest_prefix(),
            "notice" => "Briefly unavailable for scheduled maintenance"),
    )
}

pub fn activate_woocommerce(site: &Site<'_>) -> Fix {
    fix(
        FixKind::WordpressSetting,
        t!(site.lang, "wordpress-activate-wc-title"),
        t!(site.lang, "wordpress-activate-wc", "plugins" => site.link("wp-admin/plugins.php")),
    )
}

/// Create a new key the app can use (the secret is shown once). `permission` is WooCommerce's own
/// option ("Read/Write").
pub fn new_api_key(site: &Site<'_>, permission: &str) -> Fix {
    fix(
        FixKind::WoocommerceSetting,
        t!(site.lang, "wordpress-new-key-title", "app" => site.app()),
        t!(site.lang, "wordpress-new-key",
            "keys" => site.link("wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys"),
            "app" => site.app(), "permission" => permission),
    )
}

pub fn key_permission_read_write(site: &Site<'_>, permission: &str) -> Fix {
    fix(
        FixKind::WoocommerceSetting,
        t!(site.lang, "wordpress-key-permission-title", "permission" => permission),
        t!(site.lang, "wordpress-key-permission",
            "keys" => site.link("wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys"),
            "app" => site.app(), "permission" => permission),
    )
}

/// `admin_only`: a missing capability that WooCommerce's Shop Manager role lacks too
/// (`promote_users`, checked before creating customers), so only an Administrator will do.
/// `missing` is already in the site's language.
pub fn key_user_role(site: &Site<'_>, missing: &str, admin_only: bool) -> Fix {
    let id = if admin_only {
        "wordpress-key-user-role-admin"
    } else {
        "wordpress-key-user-role"
    };
    fix(
        FixKind::WordpressSetting,
        t!(site.lang, "wordpress-key-user-role-title"),
        t!(site.lang, id,
            "missing" => missing,
            "keys" => site.link("wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys"),
            "app" => site.app()),
    )
}

pub fn new_application_password(site: &Site<'_>) -> Fix {
    fix(
        FixKind::WordpressSetting,
        t!(site.lang, "wordpress-app-password-title", "app" => site.app()),
        t!(site.lang, "wordpress-app-password",
            "profile" => site.link("wp-admin/profile.php"), "app" => site.app()),
    )
}

/// The site address WordPress itself uses; a mismatch makes every request redirect.
pub fn site_address(site: &Site<'_>, url: &str) -> Fix {
    fix(
        FixKind::WordpressSetting,
        t!(site.lang, "wordpress-site-address-title"),
        t!(site.lang, "wordpress-site-address",
            "general" => site.link("wp-admin/options-general.php"),
            "url" => url.trim_end_matches('/')),
    )
}

/// Text safe inside a PHP single-quoted string (error codes are plain words, but never trust that).
fn php_single_quoted(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .collect()
}

/// Text safe inside a `/* … */` comment.
fn php_comment(value: &str) -> String {
    value.replace("*/", "* /")
}
