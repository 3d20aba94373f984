//! WordPress from Debian's `wordpress` package, as a site of its own: the package's files copied
//! into the testbed (Debian's own wp-config.php reads /etc/wordpress/config-<host>.php, which a test
//! must not touch), our wp-config.php, and a PHP command-line helper that drives WordPress through
//! its own PHP API (install, application passwords, permalink settings), since Debian 12 has no
//! wp-cli package.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::mariadb::{DB_NAME, DB_PASSWORD, DB_USER};
use crate::process::{require_binary, run_ok};

pub const PACKAGES: &str = "wordpress wordpress-theme-twentytwentythree php-cli php-mysql";
pub const SOURCE: &str = "/usr/share/wordpress";
pub const ADMIN_USER: &str = "admin";
pub const ADMIN_PASSWORD: &str = "testbed-admin-password-1";
/// The line WordPress's own wp-config.php template ends the editable part with; fixes of kind
/// `wp-config` say to paste above it.
pub const STOP_EDITING: &str = "/* That's all, stop editing! Happy publishing. */";

pub struct WordPress {
    pub docroot: PathBuf,
    tool: PathBuf,
    /// The administrator's application password, as WordPress displayed it when it created it.
    pub app_password: String,
    /// The `.htaccess` WordPress itself wrote for "Post name" permalinks.
    pub htaccess: String,
    pub wp_config: String,
}

impl WordPress {
    /// Copies the package's WordPress into `dir/wp`, installs it into the database behind
    /// `db_socket`, creates an application password and turns on "Post name" permalinks.
    pub fn install(dir: &Path, db_socket: &Path) -> WordPress {
        assert!(
            Path::new(SOURCE).join("wp-settings.php").is_file(),
            "WordPress is not installed at {SOURCE}; install it with `sudo apt-get install -y {PACKAGES}`"
        );
        assert!(
            Path::new(SOURCE).join("wp-content/themes/twentytwentythree/style.css").is_file(),
            "WordPress's default theme is missing; install it with `sudo apt-get install -y {PACKAGES}`"
        );
        let docroot = dir.join("wp");
        run_ok(Command::new("cp").arg("-a").arg(SOURCE).arg(&docroot));
        // Debian's wp-config.php and its .htaccess symlink into /etc/wordpress are replaced by the site's own.
        let _ = std::fs::remove_file(docroot.join(".htaccess"));
        let _ = std::fs::remove_file(docroot.join("wp-config.php"));
        WordPress::install_at(docroot, &dir.join("wp-tool.php"), db_socket, DB_NAME)
    }

    /// Installs the WordPress files already in `docroot` (their own wp-config.php and .htaccess
    /// removed) into the database `db_name`, with the helper written to `tool`: the same steps as
    /// [`WordPress::install`] (used for the WooCommerce sites, one database each).
    pub fn install_at(docroot: PathBuf, tool: &Path, db_socket: &Path, db_name: &str) -> WordPress {
        for sub in ["wp-content/mu-plugins", "wp-content/uploads"] {
            std::fs::create_dir_all(docroot.join(sub)).expect("create wp-content folders");
        }
        let wp_config = wp_config(db_socket, db_name);
        std::fs::write(docroot.join("wp-config.php"), &wp_config).expect("write wp-config.php");
        let tool = tool.to_path_buf();
        std::fs::write(
            &tool,
            TOOL.replace("@DOCROOT@", &docroot.display().to_string()),
        )
        .expect("write the WordPress helper");

        let mut wp = WordPress {
            docroot,
            tool,
            app_password: String::new(),
            htaccess: String::new(),
            wp_config,
        };
        let out = wp.tool(
            "127.0.0.1",
            &[
                "install",
                "Handshake Real Store",
                ADMIN_USER,
                "admin@example.com",
                ADMIN_PASSWORD,
            ],
        );
        let json: serde_json::Value = serde_json::from_str(out.lines().last().unwrap_or(""))
            .unwrap_or_else(|e| panic!("the install script did not answer JSON ({e}):\n{out}"));
        wp.app_password = json["app_password"]
            .as_str()
            .expect("an application password")
            .to_string();
        wp.set_permalinks("/%postname%/");
        wp.htaccess = std::fs::read_to_string(wp.docroot.join(".htaccess"))
            .expect("WordPress wrote .htaccess");
        assert!(
            wp.htaccess.contains("RewriteRule . /index.php [L]"),
            "unexpected .htaccess from WordPress:\n{}",
            wp.htaccess
        );
        wp
    }

    /// Runs the helper with WordPress loaded for `host`; returns its output.
    pub fn tool(&self, host: &str, args: &[&str]) -> String {
        let php = require_binary("php", "php-cli");
        run_ok(Command::new(php).arg(&self.tool).arg(host).args(args))
    }

    /// What Settings → Permalinks → Save Changes does: store the structure and rebuild the rewrite
    /// rules, which makes WordPress rewrite its block in `.htaccess` (empty for "Plain").
    pub fn set_permalinks(&self, structure: &str) {
        let out = self.tool("127.0.0.1", &["permalinks", structure]);
        assert!(out.contains("permalink_structure="), "{out}");
    }

    pub fn permalink_structure(&self) -> String {
        self.tool("127.0.0.1", &["option", "permalink_structure"])
            .trim()
            .to_string()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.docroot.join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(&p, text).unwrap_or_else(|e| panic!("write {}: {e}", p.display()));
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_default()
    }

    pub fn remove(&self, rel: &str) {
        let _ = std::fs::remove_file(self.path(rel));
    }

    /// WordPress's block without the `Authorization` line, as WordPress wrote it before 5.6 (and as
    /// many hand-made `.htaccess` files still have it).
    pub fn legacy_htaccess(&self) -> String {
        self.htaccess
            .lines()
            .filter(|l| !l.contains("E=HTTP_AUTHORIZATION"))
            .map(|l| format!("{l}\n"))
            .collect()
    }
}

fn wp_config(db_socket: &Path, db_name: &str) -> String {
    format!(
        r#"<?php
/**
 * Handshake real-server testbed: this site's own settings.
 */
define( 'DB_NAME', '{db_name}' );
define( 'DB_USER', '{DB_USER}' );
define( 'DB_PASSWORD', '{DB_PASSWORD}' );
define( 'DB_HOST', 'localhost:{socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'testbed auth key' );
define( 'SECURE_AUTH_KEY',  'testbed secure auth key' );
define( 'LOGGED_IN_KEY',    'testbed logged in key' );
define( 'NONCE_KEY',        'testbed nonce key' );
define( 'AUTH_SALT',        'testbed auth salt' );
define( 'SECURE_AUTH_SALT', 'testbed secure auth salt' );
define( 'LOGGED_IN_SALT',   'testbed logged in salt' );
define( 'NONCE_SALT',       'testbed nonce salt' );

$table_prefix = 'wp_';

// One site behind several servers, each on its own loopback port: the site's address is the one
// the request came to (WordPress would otherwise redirect to the address saved at install).
if ( isset( $_SERVER['HTTP_HOST'] ) ) {{
	$handshake_scheme = ( ! empty( $_SERVER['HTTPS'] ) && 'off' !== strtolower( $_SERVER['HTTPS'] ) ) ? 'https' : 'http';
	define( 'WP_HOME', $handshake_scheme . '://' . $_SERVER['HTTP_HOST'] );
	define( 'WP_SITEURL', $handshake_scheme . '://' . $_SERVER['HTTP_HOST'] );
}}

// No network beyond loopback: no update checks, no cron requests.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );

define( 'WP_DEBUG', false );

{STOP_EDITING}

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
"#,
        socket = db_socket.display()
    )
}

/// `php wp-tool.php HOST COMMAND ARGS…`, with WordPress loaded as for a request to HOST over HTTPS.
const TOOL: &str = r#"<?php
$_SERVER['HTTP_HOST']       = $argv[1];
$_SERVER['HTTPS']           = 'on';
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
// WordPress writes .htaccess only when it believes it runs on Apache.
$_SERVER['SERVER_SOFTWARE'] = 'Apache';
$command = $argv[2];
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '@DOCROOT@/wp-load.php';

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		// No mail server here: the "new site" notification is dropped.
		add_filter( 'pre_wp_mail', '__return_true' );
		wp_install( $argv[3], $argv[4], $argv[5], true, '', $argv[6] );
		$user = get_user_by( 'login', $argv[4] );
		$created = WP_Application_Passwords::create_new_application_password( $user->ID, array( 'name' => 'Handshake real-server tests' ) );
		if ( is_wp_error( $created ) ) {
			fwrite( STDERR, $created->get_error_message() . "\n" );
			exit( 1 );
		}
		echo json_encode( array( 'user_id' => $user->ID, 'app_password' => WP_Application_Passwords::chunk_password( $created[0] ) ) ), "\n";
		break;

	case 'permalinks':
		// What wp-admin/options-permalink.php does on "Save Changes".
		require_once ABSPATH . 'wp-admin/includes/misc.php';
		require_once ABSPATH . 'wp-admin/includes/file.php';
		global $wp_rewrite;
		$wp_rewrite->set_permalink_structure( $argv[3] );
		flush_rewrite_rules( true );
		echo 'permalink_structure=', get_option( 'permalink_structure' ), "\n";
		break;

	case 'option':
		echo get_option( $argv[3] ), "\n";
		break;

	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
"#;
