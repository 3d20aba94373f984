//! The faults, made the way they happen on real sites. Each returns the URL to diagnose; call
//! [`Testbed::reset`] first.

use crate::nginx::Site;
use crate::Testbed;

/// What a security plugin or a hand-edited .htaccess writes to "disable the REST API".
pub const HTACCESS_BLOCKS_WP_JSON: &str =
    "# Block the REST API\nRewriteEngine On\nRewriteCond %{REQUEST_URI} wp-json [NC]\nRewriteRule .* - [R=403,L]\n\n";
/// An IP deny for the address the doctor runs from.
pub const HTACCESS_DENIES_LOOPBACK: &str =
    "<RequireAll>\nRequire all granted\nRequire not ip 127.0.0.1\n</RequireAll>\n\n";
pub const NGINX_DENIES_LOOPBACK: &str = "deny 127.0.0.1;\nallow all;\n";
/// A "hardening" line that hides credentials from PHP.
pub const NGINX_STRIPS_AUTHORIZATION: &str =
    "# Hardening: PHP never sees credentials.\nfastcgi_param HTTP_AUTHORIZATION \"\";";
pub const REST_DISABLING_PLUGIN: &str = "<?php\n/* Plugin Name: Disable the REST API */\n\
add_filter( 'rest_authentication_errors', function ( $result ) {\n\
\treturn new WP_Error( 'rest_disabled', 'The REST API has been disabled on this site.', array( 'status' => 401 ) );\n} );\n";
/// A plugin that triggers a PHP 8 warning on every request ("Trying to access array offset on
/// value of type bool").
pub const WARNING_PLUGIN: &str = "<?php\n/* Plugin Name: An old plugin */\nadd_action( 'init', function () {\n\
\t$settings = get_option( 'old_plugin_settings' );\n\tif ( $settings['enabled'] ) {\n\t\tdo_action( 'old_plugin_loaded' );\n\t}\n} );\n";

/// A must-use plugin that calls a function that does not exist once the REST API starts: PHP stops
/// with a fatal error on every API request, and WordPress answers with its critical-error message.
pub const FATAL_PLUGIN: &str = "<?php\n/* Plugin Name: Broken shipping rates */\n\
add_action( 'rest_api_init', function () {\n\tbroken_shipping_register_routes();\n} );\n";
/// Two redirect rules that undo each other: an SEO rule that strips trailing slashes and an older
/// rule that adds one to every address without a file extension.
pub const HTACCESS_SLASH_STRIP: &str = "# SEO: no trailing slashes\nRewriteEngine On\n\
RewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule ^(.+)/$ /$1 [R=301,L]\n\n";
pub const HTACCESS_SLASH_ADD: &str = "# Directory-style addresses end with a slash\nRewriteEngine On\n\
RewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_URI} !\\.[a-z0-9]+$ [NC]\nRewriteRule ^(.*[^/])$ /$1/ [R=301,L]\n\n";

impl Testbed {
    /// Settings → Permalinks → Plain, saved: WordPress empties its .htaccess block.
    pub fn fault_plain_permalinks(&mut self) -> String {
        self.wp.set_permalinks("");
        self.apache.url()
    }

    pub fn fault_htaccess_blocks_wp_json(&mut self) -> String {
        self.wp.write(
            ".htaccess",
            &format!("{HTACCESS_BLOCKS_WP_JSON}{}", self.wp.htaccess),
        );
        self.apache.url()
    }

    pub fn fault_apache_ip_deny(&mut self) -> String {
        self.wp.write(
            ".htaccess",
            &format!("{HTACCESS_DENIES_LOOPBACK}{}", self.wp.htaccess),
        );
        self.apache.url()
    }

    pub fn fault_nginx_ip_deny(&mut self) -> String {
        self.nginx.serve(Site {
            server_lines: NGINX_DENIES_LOOPBACK.into(),
            ..Site::default()
        });
        self.nginx.url()
    }

    /// The ModSecurity virtual host (CRS on, no exclusions).
    pub fn fault_modsecurity(&mut self) -> String {
        self.apache.modsecurity_url()
    }

    /// Apache + php-fpm with WordPress's block as written before 5.6 (no Authorization line).
    pub fn fault_fpm_strips_authorization(&mut self) -> String {
        self.wp.write(".htaccess", &self.wp.legacy_htaccess());
        self.apache_fpm.url()
    }

    pub fn fault_nginx_strips_authorization(&mut self) -> String {
        self.nginx.serve(Site {
            php_lines: NGINX_STRIPS_AUTHORIZATION.into(),
            ..Site::default()
        });
        self.nginx.url()
    }

    /// http:// answers 301 to https:// (another port); returns the http URL.
    pub fn fault_https_redirect(&mut self) -> String {
        let redirect = format!(
            "RewriteEngine On\nRewriteCond %{{HTTPS}} off\nRewriteRule ^(.*)$ https://127.0.0.1:{}%{{REQUEST_URI}} [R=301,L]\n\n",
            self.apache.https_port
        );
        self.wp
            .write(".htaccess", &format!("{redirect}{}", self.wp.htaccess));
        self.apache.http_url()
    }

    /// What WordPress writes while it updates (`$upgrading` older than 10 minutes is ignored).
    pub fn fault_maintenance(&mut self) -> String {
        self.wp
            .write(".maintenance", "<?php $upgrading = time(); ?>");
        self.apache.url()
    }

    pub fn fault_rest_disabled(&mut self) -> String {
        self.wp.write(
            "wp-content/mu-plugins/disable-rest-api.php",
            REST_DISABLING_PLUGIN,
        );
        self.apache.url()
    }

    /// WP_DEBUG on (WP_DEBUG_DISPLAY defaults to true) and a plugin with a PHP warning.
    pub fn fault_php_warnings(&mut self) -> String {
        self.wp
            .write("wp-content/mu-plugins/old-plugin.php", WARNING_PLUGIN);
        self.wp.write("wp-config.php", &self.debug_wp_config());
        self.apache.url()
    }

    pub fn debug_wp_config(&self) -> String {
        self.wp.wp_config.replace(
            "define( 'WP_DEBUG', false );",
            "define( 'WP_DEBUG', true );",
        )
    }

    /// An HTTP password on the whole site, as "password protect directory" writes it: AuthType Basic
    /// with an htpasswd file (bcrypt, from Apache's own `htpasswd`) at the top of .htaccess.
    pub fn fault_http_password(&mut self) -> String {
        let dir = self.scratch.dir("htpasswd", 0o755);
        let file = dir.join(".htpasswd");
        let mut child =
            std::process::Command::new(crate::process::require_binary("htpasswd", "apache2-utils"))
                .args(["-c", "-i", "-B"])
                .arg(&file)
                .arg("staging")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("start htpasswd");
        // The password goes through stdin, never the command line.
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("htpasswd's stdin")
            .write_all(b"only-the-testers-know\n")
            .expect("write the password");
        assert!(
            child.wait().expect("htpasswd runs").success(),
            "htpasswd failed"
        );
        crate::process::chmod(&file, 0o644);
        let auth = format!(
            "AuthType Basic\nAuthName \"Staging site\"\nAuthUserFile {}\nRequire valid-user\n\n",
            file.display()
        );
        self.wp
            .write(".htaccess", &format!("{auth}{}", self.wp.htaccess));
        self.apache.url()
    }

    /// The two trailing-slash rules above WordPress's block.
    pub fn fault_slash_redirect_loop(&mut self) -> String {
        self.wp.write(
            ".htaccess",
            &format!(
                "{HTACCESS_SLASH_STRIP}{HTACCESS_SLASH_ADD}{}",
                self.wp.htaccess
            ),
        );
        self.apache.url()
    }

    pub fn fault_php_fatal(&mut self) -> String {
        self.wp
            .write("wp-content/mu-plugins/broken-shipping.php", FATAL_PLUGIN);
        self.apache.url()
    }
}
