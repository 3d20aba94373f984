//! WordPress and WooCommerce: admin settings (click paths), `wp-config.php` lines and PHP snippets.
//! The PHP is checked with `php -l` in the tests.

use crate::report::{Fix, FixKind};

use super::{fix, Site};

const WP_CONFIG_WHERE: &str =
    "// Paste in wp-config.php above the line /* That's all, stop editing! Happy publishing. */";

pub fn permalinks_post_name(site: &Site<'_>) -> Fix {
    fix(
        FixKind::WordpressSetting,
        "Turn on pretty permalinks",
        format!(
            "In WordPress ({admin}), go to Settings → Permalinks, choose \"Post name\" (any option except \"Plain\" works) \
             and click Save Changes.",
            admin = site.link("wp-admin/options-permalink.php")
        ),
    )
}

/// Saving the permalink page rebuilds WordPress's rewrite rules (fixes a stale `/wc-auth/v1/`).
pub fn resave_permalinks(site: &Site<'_>) -> Fix {
    fix(
        FixKind::WordpressSetting,
        "Rebuild WordPress's address rules",
        format!(
            "In WordPress, open Settings → Permalinks ({admin}) and click Save Changes without changing anything. \
             This rebuilds the rules that route /wc-auth/v1/ to WooCommerce.",
            admin = site.link("wp-admin/options-permalink.php")
        ),
    )
}

/// Behind a proxy or CDN that ends HTTPS, tell WordPress the visitor used HTTPS.
pub fn https_behind_proxy() -> Fix {
    fix(
        FixKind::WpConfig,
        "Tell WordPress the site is served over HTTPS behind a proxy (wp-config.php)",
        format!(
            "// Handshake: the proxy or CDN in front of the site ends HTTPS; tell WordPress the request was secure.\n\
             {WP_CONFIG_WHERE}\n\
             if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && false !== strpos( strtolower( $_SERVER['HTTP_X_FORWARDED_PROTO'] ), 'https' ) ) {{\n\
             \x20   $_SERVER['HTTPS'] = 'on';\n\
             }}"
        ),
    )
}

/// `WP_HTTP_BLOCK_EXTERNAL` blocks every outgoing request except `WP_ACCESSIBLE_HOSTS`, including
/// WooCommerce's POST of the keys to the app.
pub fn accessible_hosts(callback_host: &str) -> Fix {
    fix(
        FixKind::WpConfig,
        format!("Allow WordPress to reach {callback_host} (wp-config.php)"),
        format!(
            "// Handshake: WP_HTTP_BLOCK_EXTERNAL stops WordPress from sending the new keys to {callback_host}.\n\
             {WP_CONFIG_WHERE}\n\
             // If wp-config.php already defines WP_ACCESSIBLE_HOSTS, add {callback_host} to that line instead (comma-separated).\n\
             if ( ! defined( 'WP_ACCESSIBLE_HOSTS' ) ) {{\n\
             \x20   define( 'WP_ACCESSIBLE_HOSTS', '{callback_host}' );\n\
             }}"
        ),
    )
}

/// PHP notices printed into API answers break the JSON.
pub fn hide_php_notices() -> Fix {
    fix(
        FixKind::WpConfig,
        "Stop PHP warnings from being printed into API answers (wp-config.php)",
        format!(
            "// Handshake: keep PHP notices out of the pages and API answers (they still go to the log).\n\
             {WP_CONFIG_WHERE}\n\
             // If WP_DEBUG_DISPLAY is already defined in this file, change that line to false instead.\n\
             if ( ! defined( 'WP_DEBUG_DISPLAY' ) ) {{\n\
             \x20   define( 'WP_DEBUG_DISPLAY', false );\n\
             }}\n\
             @ini_set( 'display_errors', '0' );"
        ),
    )
}

/// A must-use plugin that lets WooCommerce's API routes past the plugin that disables the REST
/// API, and nothing else. It removes only the detected error code, so WooCommerce's own
/// authentication errors still reach the app.
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
    fix(FixKind::PhpSnippet, "Or, if you want to keep the REST API disabled for everything else: allow only WooCommerce's routes", text)
}

pub fn finish_maintenance(site: &Site<'_>) -> Fix {
    fix(
        FixKind::Instructions,
        "End maintenance mode",
        format!(
            "WordPress shows \"Briefly unavailable for scheduled maintenance\" while it updates, and removes the notice when done. \
             If it stays for more than 10 minutes, an update was interrupted:\n\
             1. With your host's File Manager or FTP, open the WordPress folder ({base} on {host}) and delete the file named .maintenance.\n\
             2. Log in to WordPress, go to Dashboard → Updates and run the interrupted update again.\n\
             If a maintenance-mode plugin (for example WP Maintenance Mode, SeedProd or LightStart) is on, switch it off or exclude {rest}.",
            base = site.base(),
            host = site.host(),
            rest = site.rest_prefix(),
        ),
    )
}

pub fn activate_woocommerce(site: &Site<'_>) -> Fix {
    fix(
        FixKind::WordpressSetting,
        "Activate WooCommerce",
        format!(
            "In WordPress ({plugins}), go to Plugins → Installed Plugins and click Activate under WooCommerce \
             (install it first with Plugins → Add New if it is missing). If it is already active, update it to a current version.",
            plugins = site.link("wp-admin/plugins.php")
        ),
    )
}

/// Create a new key the app can use (the secret is shown once).
pub fn new_api_key(site: &Site<'_>, permission: &str) -> Fix {
    fix(
        FixKind::WoocommerceSetting,
        format!("Create a new WooCommerce API key for {}", site.app()),
        format!(
            "1. In WordPress, go to WooCommerce → Settings → Advanced → REST API ({keys}).\n\
             2. Click Add key. Description: {app}. User: an Administrator or Shop Manager. Permissions: {permission}.\n\
             3. Click Generate API key and copy the consumer key and consumer secret into {app} right away: the secret is shown only once.\n\
             4. Delete the old key from the list if {app} no longer uses it.",
            keys = site.link("wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys"),
            app = site.app(),
        ),
    )
}

pub fn key_permission_read_write(site: &Site<'_>, permission: &str) -> Fix {
    fix(
        FixKind::WoocommerceSetting,
        format!("Give the key {permission} permission"),
        format!(
            "1. In WordPress, go to WooCommerce → Settings → Advanced → REST API ({keys}).\n\
             2. Click the key {app} uses (match the last characters shown in the Consumer key column), set Permissions to {permission} and click Save changes.\n\
             The key and secret stay the same, so nothing changes in {app}.",
            keys = site.link("wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys"),
            app = site.app(),
        ),
    )
}

/// `admin_only`: a missing capability that WooCommerce's Shop Manager role lacks too
/// (`promote_users`, checked before creating customers), so only an Administrator will do.
pub fn key_user_role(site: &Site<'_>, missing: &str, admin_only: bool) -> Fix {
    let (role, who, restore) = if admin_only {
        (
            "Administrator (a Shop Manager may not create customers: WooCommerce checks promote_users)",
            "an Administrator",
            "",
        )
    } else {
        (
            "Shop Manager (or Administrator)",
            "an Administrator or Shop Manager",
            " If a role-editor plugin changed the Shop Manager role, restore the missing capabilities there.",
        )
    };
    fix(
        FixKind::WordpressSetting,
        "Give the key's user a role that can manage the store",
        format!(
            "An API key acts as the WordPress user it belongs to, and that user lacks {missing}.\n\
             1. In WooCommerce → Settings → Advanced → REST API ({keys}), note the User of the key {app} uses.\n\
             2. In Users → All Users, edit that user and set Role to {role}, then click Update User.\n\
             Or create a new key under {who} and give it to {app}.{restore}",
            keys = site.link("wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys"),
            app = site.app(),
        ),
    )
}

pub fn new_application_password(site: &Site<'_>) -> Fix {
    fix(
        FixKind::WordpressSetting,
        format!("Create a new application password for {}", site.app()),
        format!(
            "1. In WordPress, go to Users → Profile ({profile}) of the user {app} signs in as.\n\
             2. Under Application Passwords, type \"{app}\" as the name and click Add New Application Password.\n\
             3. Copy the password shown (spaces included or not, both work) into {app} with that user's login name: it is shown only once.\n\
             If there is no Application Passwords section, the site is not on HTTPS or a plugin (often a security plugin) turned the feature off.",
            profile = site.link("wp-admin/profile.php"),
            app = site.app(),
        ),
    )
}

/// The site address WordPress itself uses; a mismatch makes every request redirect.
pub fn site_address(site: &Site<'_>, url: &str) -> Fix {
    fix(
        FixKind::WordpressSetting,
        "Check WordPress's own address",
        format!(
            "In WordPress ({general}), go to Settings → General: \"WordPress Address (URL)\" and \"Site Address (URL)\" should both be {url} \
             (without the trailing slash). Change them only if they differ, then click Save Changes.",
            general = site.link("wp-admin/options-general.php"),
            url = url.trim_end_matches('/'),
        ),
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
