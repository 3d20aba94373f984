//! Real WooCommerce on the testbed, two generations, installed from archives at test time.
//!
//! # Where the code comes from
//! `HANDSHAKE_WOOCOMMERCE_ARCHIVES` names a folder holding `woocommerce-6.6.0.tar.xz`,
//! `woocommerce-9.2.5.tar.xz` and `wordpress-6.6.7.tar.xz` (each one top-level folder, `woocommerce/`
//! or `wordpress/`). Nothing of WooCommerce or WordPress is in this repository: the archives are
//! extracted into the testbed's temporary folder. [`Archives::find`] says exactly what to download
//! from wordpress.org when they are missing; the steps are then NOT RUN (`Steps::not_run`), which
//! FAILS when `CI` is set.
//!
//! # The two generations ([`Generation`])
//! - `wc6.6.0`: WooCommerce 6.6.0 (2022) on Debian's WordPress 6.1.9 (the testbed's own WordPress
//!   package): the pair such a store ran (6.6.0 is "Tested up to: 6.0"; 6.1 came months later),
//!   and it keeps the older generation on the older WordPress instead of on a 2024 core.
//! - `wc9.2.5`: WooCommerce 9.2.5 (2024) on WordPress 6.6.7 from the archive (9.2.5 needs ≥ 6.5).
//!
//! # API (for the steps in `tests/real_servers.rs` and other modules)
//! ```ignore
//! let archives = Archives::find()?;                      // Err(what to download) → steps.not_run
//! let mut store = Store::install(&tb, Generation::Wc925, &archives); // once per generation
//! store.reset();                                         // before each step: files + database back
//! let url = store.apache.url();                          // also apache_fpm, nginx, apache.http_url()…
//! let report = store.doctor(&tb, &url, &store.admin_key); // the doctor with WooCommerce keys
//! let key = store.create_key(store.admin_id, Permissions::Read); // a key as WooCommerce stores it
//! store.revoke_key(&key); store.set_role("admin", "shop_manager"); store.deactivate();
//! store.wc(&["option", "woocommerce_version"]);          // the PHP helper (commands: see WC_TOOL)
//! ```
//! Each store has its own database (`wc_660` / `wc_925` on the testbed's MariaDB), its own folder
//! and its own Apache + mod_php (HTTPS, plain HTTP and the ModSecurity virtual host), Apache +
//! php-fpm and nginx + php-fpm (the testbed's PHP-FPM pool serves every folder). The healthy site
//! keeps `WP_DEBUG` (and so `WP_DEBUG_DISPLAY`) off: WooCommerce 6.6.0 prints PHP 8.2 deprecations
//! into every answer otherwise. `reset` is cheap: files are rewritten, and only the database
//! tables whose `CHECKSUM TABLE` changed are copied back from a snapshot database taken after the
//! install.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use handshake_engine::{Credentials, Profile, Report, WooKeys};

use crate::apache::{Apache, Php};
use crate::mariadb::{DB_PASSWORD, DB_USER};
use crate::nginx::{self, Nginx};
use crate::process::{is_root, require_binary, run, run_ok};
use crate::wordpress::{self, WordPress};
use crate::Testbed;

/// The environment variable naming the folder with the archives.
pub const ARCHIVES_ENV: &str = "HANDSHAKE_WOOCOMMERCE_ARCHIVES";

/// One archive the suite needs: its file name in the folder, the version its header must say,
/// where wordpress.org publishes that release, and the sha256 of the reference build.
pub struct ArchiveSpec {
    pub file: &'static str,
    pub version: &'static str,
    pub download: &'static str,
    pub sha256: &'static str,
}

pub const WOOCOMMERCE_6_6_0: ArchiveSpec = ArchiveSpec {
    file: "woocommerce-6.6.0.tar.xz",
    version: "6.6.0",
    download: "https://downloads.wordpress.org/plugin/woocommerce.6.6.0.zip",
    sha256: "caa4b183e9c7bf9762d409a4bad88d9bfeec411a7f42204ffc5759f9f5be7ce0",
};
pub const WOOCOMMERCE_9_2_5: ArchiveSpec = ArchiveSpec {
    file: "woocommerce-9.2.5.tar.xz",
    version: "9.2.5",
    download: "https://downloads.wordpress.org/plugin/woocommerce.9.2.5.zip",
    sha256: "5f93aa430ce8c91b8678942399268586b689770c0e0ace10c6e3f96061d6fbe4",
};
pub const WORDPRESS_6_6_7: ArchiveSpec = ArchiveSpec {
    file: "wordpress-6.6.7.tar.xz",
    version: "6.6.7",
    download: "https://wordpress.org/wordpress-6.6.7.tar.gz",
    sha256: "78abe89bbfb9800f7868e2c9bc4c9c6cb0732edb2e56c6eef53c6ca8617256f8",
};

/// The folder with the archives, checked.
pub struct Archives {
    pub dir: PathBuf,
}

impl Archives {
    /// The folder named by `HANDSHAKE_WOOCOMMERCE_ARCHIVES`, if it holds every archive; otherwise
    /// what to download and how to make the archives.
    pub fn find() -> Result<Archives, String> {
        let all = [&WOOCOMMERCE_6_6_0, &WOOCOMMERCE_9_2_5, &WORDPRESS_6_6_7];
        let dir = std::env::var_os(ARCHIVES_ENV)
            .filter(|d| !d.is_empty())
            .map(PathBuf::from);
        let missing: Vec<&ArchiveSpec> = match &dir {
            Some(d) => all
                .into_iter()
                .filter(|a| !d.join(a.file).is_file())
                .collect(),
            None => all.to_vec(),
        };
        match dir {
            Some(dir) if missing.is_empty() => Ok(Archives { dir }),
            dir => Err(download_instructions(dir.as_deref(), &missing)),
        }
    }

    pub fn path(&self, spec: &ArchiveSpec) -> PathBuf {
        self.dir.join(spec.file)
    }
}

fn download_instructions(dir: Option<&Path>, missing: &[&ArchiveSpec]) -> String {
    let mut s = match dir {
        None => format!("{ARCHIVES_ENV} is not set: it must name a folder holding the WooCommerce and WordPress archives.\n"),
        Some(d) => format!("{ARCHIVES_ENV}={} lacks {} archive(s).\n", d.display(), missing.len()),
    };
    s.push_str(
        "Download from wordpress.org and repack each as one top-level folder in a .tar.xz:\n",
    );
    for a in missing {
        let top = if a.file.starts_with("woocommerce") {
            "woocommerce"
        } else {
            "wordpress"
        };
        s.push_str(&format!(
            "  {file}: {url}  (unpack; tar -cJf {file} {top}/)  — reference build sha256 {sha}; \
             another packing of the same release has another checksum and is accepted if its \
             version header says {version}\n",
            file = a.file,
            url = a.download,
            sha = a.sha256,
            version = a.version,
        ));
    }
    s.push_str(&format!(
        "then: export {ARCHIVES_ENV}=/that/folder (in CI, .ci/run sets it from the runner's test inputs)."
    ));
    s
}

/// The WooCommerce generations the suite runs, each on its own WordPress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Generation {
    /// WooCommerce 6.6.0 on Debian's WordPress 6.1.9.
    Wc660,
    /// WooCommerce 9.2.5 on WordPress 6.6.7.
    Wc925,
}

impl Generation {
    pub const ALL: [Generation; 2] = [Generation::Wc660, Generation::Wc925];

    /// In every step name of this generation (`HANDSHAKE_REAL_SERVERS_ONLY=wc9.2.5` picks them).
    pub fn label(self) -> &'static str {
        match self {
            Generation::Wc660 => "wc6.6.0",
            Generation::Wc925 => "wc9.2.5",
        }
    }

    pub fn woocommerce(self) -> &'static ArchiveSpec {
        match self {
            Generation::Wc660 => &WOOCOMMERCE_6_6_0,
            Generation::Wc925 => &WOOCOMMERCE_9_2_5,
        }
    }

    /// The WordPress version the store runs on.
    pub fn wordpress_version(self) -> &'static str {
        match self {
            Generation::Wc660 => "6.1.9",
            Generation::Wc925 => WORDPRESS_6_6_7.version,
        }
    }

    fn db_name(self) -> &'static str {
        match self {
            Generation::Wc660 => "wc_660",
            Generation::Wc925 => "wc_925",
        }
    }
}

/// A key's permissions, as WooCommerce stores them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permissions {
    Read,
    Write,
    ReadWrite,
}

impl Permissions {
    pub fn as_str(self) -> &'static str {
        match self {
            Permissions::Read => "read",
            Permissions::Write => "write",
            Permissions::ReadWrite => "read_write",
        }
    }
}

/// A WooCommerce REST API key (test keys only: printed nowhere but assertion messages' truncation).
#[derive(Clone)]
pub struct WooKey {
    pub key_id: u64,
    pub user_id: u64,
    pub consumer_key: String,
    pub consumer_secret: String,
    pub permissions: Permissions,
}

impl WooKey {
    /// The key as the doctor is given it (`HANDSHAKE_CONSUMER_KEY` / `_SECRET`).
    pub fn credentials(&self) -> Credentials {
        Credentials {
            woo: Some(
                WooKeys::new(&self.consumer_key, &self.consumer_secret)
                    .expect("WooCommerce's key shape"),
            ),
            app_password: None,
        }
    }
}

impl std::fmt::Debug for WooKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "WooKey {{ key_id: {}, user_id: {}, …{}, {:?} }}",
            self.key_id,
            self.user_id,
            &self.consumer_key[self.consumer_key.len() - 7..],
            self.permissions
        )
    }
}

/// One WooCommerce store of one generation, with its servers.
pub struct Store {
    pub generation: Generation,
    pub wp: WordPress,
    /// mod_php: HTTPS, plain HTTP and the ModSecurity virtual host.
    pub apache: Apache,
    /// php-fpm through proxy_fcgi: HTTPS.
    pub apache_fpm: Apache,
    pub nginx: Nginx,
    /// The administrator's user id (1) and a read/write key of theirs, made at install.
    pub admin_id: u64,
    pub admin_key: WooKey,
    wc_tool: PathBuf,
    db: Database,
    pub install_time: Duration,
}

impl Store {
    /// Extracts WordPress and WooCommerce into the testbed's folder, installs both into the
    /// generation's own database, activates WooCommerce, runs its installer, makes the admin's
    /// read/write key, snapshots the database and starts the three servers.
    pub fn install(tb: &Testbed, generation: Generation, archives: &Archives) -> Store {
        let started = Instant::now();
        let label = generation.label();
        let dir = tb.scratch.dir(label, 0o755);
        let docroot = dir.join("wp");
        match generation {
            Generation::Wc660 => {
                // Debian's WordPress, as the testbed's own site has it (its checks already ran).
                run_ok(
                    Command::new("cp")
                        .arg("-a")
                        .arg(wordpress::SOURCE)
                        .arg(&docroot),
                );
                let _ = std::fs::remove_file(docroot.join(".htaccess"));
                let _ = std::fs::remove_file(docroot.join("wp-config.php"));
            }
            Generation::Wc925 => {
                extract(&archives.path(&WORDPRESS_6_6_7), &dir);
                std::fs::rename(dir.join("wordpress"), &docroot)
                    .expect("move wordpress/ into place");
            }
        }
        let wp_version =
            std::fs::read_to_string(docroot.join("wp-includes/version.php")).unwrap_or_default();
        assert!(
            wp_version.contains(&format!(
                "$wp_version = '{}'",
                generation.wordpress_version()
            )),
            "{label}: expected WordPress {}",
            generation.wordpress_version()
        );
        let plugins = docroot.join("wp-content/plugins");
        std::fs::create_dir_all(&plugins).expect("create wp-content/plugins");
        let spec = generation.woocommerce();
        extract(&archives.path(spec), &plugins);
        let header = std::fs::read_to_string(plugins.join("woocommerce/woocommerce.php"))
            .unwrap_or_default();
        assert!(
            header.contains(&format!("Version: {}", spec.version)),
            "{}: woocommerce/woocommerce.php does not say Version: {}",
            archives.path(spec).display(),
            spec.version
        );

        let mut db = Database::create(tb.db_socket(), generation.db_name());
        let mut wp = WordPress::install_at(
            docroot.clone(),
            &dir.join("wp-tool.php"),
            tb.db_socket(),
            generation.db_name(),
        );
        let wc_tool = dir.join("wc-tool.php");
        std::fs::write(
            &wc_tool,
            WC_TOOL.replace("@DOCROOT@", &docroot.display().to_string()),
        )
        .expect("write the WooCommerce helper");
        let store_tool = ToolOnly {
            wc_tool: wc_tool.clone(),
        };
        // Each phase in its own PHP process, as the plugin screen and the next request would.
        store_tool.wc(&["activate"]);
        let installed = store_tool.wc(&["wcinstall"]);
        assert!(
            installed.contains(&format!("WC_VERSION={}", spec.version))
                && installed.contains("api_keys_table=yes"),
            "{label}: WooCommerce's installer:\n{installed}"
        );
        // Files PHP writes at run time (logs, uploads) belong to the web server's user.
        if is_root() {
            run_ok(
                Command::new("chown")
                    .arg("-R")
                    .arg("www-data:www-data")
                    .arg(docroot.join("wp-content/uploads")),
            );
        }
        let admin_key = store_tool.create_key(1, Permissions::ReadWrite, "Handshake tests (admin)");
        // WordPress's own .htaccess stays what the testbed's site has ("Post name" saved).
        wp.htaccess = std::fs::read_to_string(docroot.join(".htaccess")).unwrap_or_default();
        db.snapshot();

        let registry = tb.registry();
        let apache = Apache::start(
            &tb.scratch,
            registry,
            &format!("{label}-apache-modphp"),
            &docroot,
            &tb.tls,
            Php::Module,
            true,
            true,
        );
        let apache_fpm = Apache::start(
            &tb.scratch,
            registry,
            &format!("{label}-apache-fpm"),
            &docroot,
            &tb.tls,
            Php::Fpm(tb.fpm_socket().to_path_buf()),
            false,
            false,
        );
        let mut nginx = Nginx::new_named(
            &tb.scratch,
            registry,
            &format!("{label}-nginx"),
            &docroot,
            tb.fpm_socket(),
            &tb.tls,
        );
        nginx.serve(nginx::Site::default());
        Store {
            generation,
            wp,
            apache,
            apache_fpm,
            nginx,
            admin_id: 1,
            admin_key,
            wc_tool,
            db,
            install_time: started.elapsed(),
        }
    }

    /// Puts the store back as installed: the database tables that changed, WordPress's own
    /// `.htaccess` and `wp-config.php`, no maintenance file, debug.log or must-use plugins, no
    /// ModSecurity exclusions, Apache's own environment, and the plain nginx site.
    pub fn reset(&mut self) {
        self.wp.remove(".maintenance");
        self.wp.remove("wp-content/debug.log");
        if let Ok(entries) = std::fs::read_dir(self.wp.path("wp-content/mu-plugins")) {
            for e in entries.flatten() {
                let _ = std::fs::remove_file(e.path());
            }
        }
        self.wp.write("wp-config.php", &self.wp.wp_config.clone());
        self.wp.write(".htaccess", &self.wp.htaccess.clone());
        self.db.restore();
        let empty = "# Local exclusions, loaded before the CRS.\n";
        if std::fs::read_to_string(&self.apache.exclusions).unwrap_or_default() != empty {
            std::fs::write(&self.apache.exclusions, empty).expect("reset the exclusions");
            self.apache.restart();
        }
        if self.nginx.site != nginx::Site::default() {
            self.nginx.serve(nginx::Site::default());
        }
    }

    /// Runs the doctor with `key` and the default profile.
    pub fn doctor(&self, tb: &Testbed, url: &str, key: &WooKey) -> Report {
        tb.doctor_with(url, key.credentials(), Profile::default())
    }

    /// Runs the WooCommerce helper (`WC_TOOL`) with WordPress and WooCommerce loaded.
    pub fn wc(&self, args: &[&str]) -> String {
        ToolOnly {
            wc_tool: self.wc_tool.clone(),
        }
        .wc(args)
    }

    /// A new key for `user_id`, inserted the way WooCommerce stores it (`WC_Auth::create_keys`).
    pub fn create_key(&self, user_id: u64, permissions: Permissions) -> WooKey {
        ToolOnly {
            wc_tool: self.wc_tool.clone(),
        }
        .create_key(user_id, permissions, "Handshake tests")
    }

    /// What WooCommerce → Settings → Advanced → REST API → Revoke does (`remove_key`).
    pub fn revoke_key(&self, key: &WooKey) {
        let out = self.wc(&["revoke", &key.key_id.to_string()]);
        assert!(out.contains("deleted=1"), "{out}");
    }

    /// The key's edit screen: Permissions changed and saved (key and secret stay the same).
    pub fn set_permissions(&self, key: &WooKey, permissions: Permissions) {
        let out = self.wc(&["permissions", &key.key_id.to_string(), permissions.as_str()]);
        assert!(out.contains("updated=1"), "{out}");
    }

    /// Plugins → WooCommerce → Activate.
    pub fn activate(&self) {
        let out = self.wc(&["activate"]);
        assert!(out.contains("woocommerce/woocommerce.php"), "{out}");
    }

    /// One request with the engine's client, signed in with `key` (Basic) when given.
    pub fn request(
        &self,
        tb: &Testbed,
        method: &str,
        url: &str,
        key: Option<&WooKey>,
        body: Option<&str>,
    ) -> handshake_engine::internals::http::Exchange {
        let basic = key.map(|k| (k.consumer_key.as_str(), k.consumer_secret.as_str()));
        tb.rt
            .block_on(tb.client.send(method, url, basic, body, &[]))
    }

    /// Users → Edit → Role, saved (`WP_User::set_role`).
    pub fn set_role(&self, login: &str, role: &str) {
        let out = self.wc(&["role", login, role]);
        assert!(out.contains(&format!("roles={role}")), "{out}");
    }

    /// A new user with `role`; returns its id.
    pub fn create_user(&self, login: &str, role: &str) -> u64 {
        self.wc(&["user", login, role])
            .trim()
            .lines()
            .last()
            .and_then(|l| l.strip_prefix("user_id="))
            .and_then(|n| n.parse().ok())
            .expect("user_id=N")
    }

    /// Users → Delete (`wp_delete_user`, which runs WooCommerce's `delete_user` hooks).
    pub fn delete_user(&self, login: &str) {
        let out = self.wc(&["delete-user", login]);
        assert!(out.contains("deleted=1"), "{out}");
    }

    /// Plugins → WooCommerce → Deactivate (`deactivate_plugins`).
    pub fn deactivate(&self) {
        let out = self.wc(&["deactivate"]);
        assert!(!out.contains("woocommerce/woocommerce.php"), "{out}");
    }

    /// The rows of WooCommerce's key table: `key_id user_id permissions truncated_key`.
    pub fn key_rows(&self) -> String {
        self.db.query(&format!(
            "SELECT key_id, user_id, permissions, truncated_key FROM {}.wp_woocommerce_api_keys ORDER BY key_id",
            self.db.name
        ))
    }
}

/// The helper alone (before the servers exist).
struct ToolOnly {
    wc_tool: PathBuf,
}

impl ToolOnly {
    fn wc(&self, args: &[&str]) -> String {
        let php = require_binary("php", wordpress::PACKAGES);
        run_ok(
            Command::new(php)
                .arg(&self.wc_tool)
                .arg("127.0.0.1")
                .args(args),
        )
    }

    fn create_key(&self, user_id: u64, permissions: Permissions, description: &str) -> WooKey {
        let out = self.wc(&[
            "key",
            &user_id.to_string(),
            permissions.as_str(),
            description,
        ]);
        let json: serde_json::Value = serde_json::from_str(out.trim().lines().last().unwrap_or(""))
            .unwrap_or_else(|e| panic!("the key helper did not answer JSON ({e})"));
        WooKey {
            key_id: json["key_id"].as_u64().expect("key_id"),
            user_id,
            consumer_key: json["consumer_key"].as_str().expect("consumer_key").into(),
            consumer_secret: json["consumer_secret"]
                .as_str()
                .expect("consumer_secret")
                .into(),
            permissions,
        }
    }
}

fn extract(archive: &Path, into: &Path) {
    let tar = require_binary("tar", "tar xz-utils");
    require_binary("xz", "xz-utils");
    run_ok(
        Command::new(tar)
            .arg("-xJf")
            .arg(archive)
            .arg("-C")
            .arg(into)
            .arg("--no-same-owner"),
    );
}

/// A store's database, and a snapshot of it taken after the install (`<name>_snapshot`).
struct Database {
    socket: PathBuf,
    name: String,
    /// `CHECKSUM TABLE` of each table at the snapshot.
    checksums: BTreeMap<String, String>,
}

impl Database {
    fn create(socket: &Path, name: &str) -> Database {
        let db = Database {
            socket: socket.to_path_buf(),
            name: name.to_string(),
            checksums: BTreeMap::new(),
        };
        db.query(&format!(
            "CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
        ));
        db
    }

    /// Runs SQL as WordPress's database user; returns the rows (tab-separated, no header).
    fn query(&self, sql: &str) -> String {
        let client = require_binary("mariadb", crate::mariadb::PACKAGES);
        let (ok, out) = run(Command::new(client)
            .arg("--no-defaults")
            .arg(format!("--socket={}", self.socket.display()))
            .arg(format!("--user={DB_USER}"))
            .arg("--batch")
            .arg("--skip-column-names")
            .arg("--execute")
            .arg(sql)
            // The test database's password, from the environment rather than the command line.
            .env("MYSQL_PWD", DB_PASSWORD));
        assert!(ok, "SQL failed: {sql}\n{out}");
        out
    }

    fn tables(&self) -> Vec<String> {
        self.query(&format!("SHOW TABLES FROM {}", self.name))
            .lines()
            .map(str::to_string)
            .collect()
    }

    fn checksum(&self, tables: &[String]) -> BTreeMap<String, String> {
        if tables.is_empty() {
            return BTreeMap::new();
        }
        let list: Vec<String> = tables
            .iter()
            .map(|t| format!("{}.{t}", self.name))
            .collect();
        self.query(&format!("CHECKSUM TABLE {}", list.join(", ")))
            .lines()
            .filter_map(|l| {
                let (table, sum) = l.split_once('\t')?;
                let table = table.split_once('.').map(|(_, t)| t).unwrap_or(table);
                Some((table.to_string(), sum.to_string()))
            })
            .collect()
    }

    fn snapshot(&mut self) {
        let snap = format!("{}_snapshot", self.name);
        let tables = self.tables();
        let mut sql = format!("CREATE DATABASE {snap};\n");
        for t in &tables {
            sql.push_str(&format!(
                "CREATE TABLE {snap}.{t} LIKE {db}.{t}; INSERT INTO {snap}.{t} SELECT * FROM {db}.{t};\n",
                db = self.name
            ));
        }
        self.query(&sql);
        self.checksums = self.checksum(&tables);
    }

    /// Copies back the tables whose checksum changed, recreates dropped ones and drops new ones.
    fn restore(&self) {
        let snap = format!("{}_snapshot", self.name);
        let db = &self.name;
        let now = self.checksum(&self.tables());
        let mut sql = String::from("SET FOREIGN_KEY_CHECKS=0;\n");
        let mut changed = 0;
        for (t, sum) in &self.checksums {
            match now.get(t) {
                Some(s) if s == sum => {}
                Some(_) => {
                    changed += 1;
                    sql.push_str(&format!(
                        "DELETE FROM {db}.{t}; INSERT INTO {db}.{t} SELECT * FROM {snap}.{t};\n"
                    ));
                }
                None => {
                    changed += 1;
                    sql.push_str(&format!(
                        "CREATE TABLE {db}.{t} LIKE {snap}.{t}; INSERT INTO {db}.{t} SELECT * FROM {snap}.{t};\n"
                    ));
                }
            }
        }
        for t in now.keys().filter(|t| !self.checksums.contains_key(*t)) {
            changed += 1;
            sql.push_str(&format!("DROP TABLE {db}.{t};\n"));
        }
        if changed > 0 {
            self.query(&sql);
        }
    }
}

/// `php wc-tool.php HOST COMMAND ARGS…`, with WordPress (and WooCommerce, once active) loaded as
/// for a request to HOST over HTTPS. Commands: `activate`, `wcinstall`, `deactivate`,
/// `key USER_ID PERMISSIONS DESCRIPTION`, `permissions KEY_ID PERMISSIONS`, `revoke KEY_ID`, `role LOGIN ROLE`, `user LOGIN ROLE`,
/// `delete-user LOGIN`, `option NAME`.
const WC_TOOL: &str = r#"<?php
$_SERVER['HTTP_HOST']       = $argv[1];
$_SERVER['HTTPS']           = 'on';
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
$_SERVER['SERVER_SOFTWARE'] = 'Apache';
$command = $argv[2];
require '@DOCROOT@/wp-load.php';
// No mail server here: WordPress's and WooCommerce's e-mails are dropped.
add_filter( 'pre_wp_mail', '__return_true' );
global $wpdb;

switch ( $command ) {
	case 'activate':
		// What Plugins → Activate does.
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		wp_set_current_user( 1 );
		$r = activate_plugin( 'woocommerce/woocommerce.php' );
		if ( is_wp_error( $r ) ) {
			fwrite( STDERR, $r->get_error_message() . "\n" );
			exit( 1 );
		}
		echo 'active_plugins=', implode( ',', (array) get_option( 'active_plugins' ) ), "\n";
		break;

	case 'wcinstall':
		// WooCommerce loaded as an active plugin: its installer, as the first admin request runs it.
		wp_set_current_user( 1 );
		delete_transient( 'wc_installing' );
		WC_Install::install();
		$tables = $wpdb->get_col( "SHOW TABLES LIKE '{$wpdb->prefix}woocommerce\\_%'" );
		echo 'WC_VERSION=', WC_VERSION, ' db_version=', get_option( 'woocommerce_db_version' ), "\n";
		echo 'api_keys_table=', in_array( $wpdb->prefix . 'woocommerce_api_keys', $tables, true ) ? 'yes' : 'no', "\n";
		break;

	case 'deactivate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		wp_set_current_user( 1 );
		deactivate_plugins( 'woocommerce/woocommerce.php' );
		echo 'active_plugins=', implode( ',', (array) get_option( 'active_plugins' ) ), "\n";
		break;

	case 'key':
		// WC_Auth::create_keys(): the key is stored only as wc_api_hash(), with its last 7 characters.
		$consumer_key    = 'ck_' . wc_rand_hash();
		$consumer_secret = 'cs_' . wc_rand_hash();
		$ok = $wpdb->insert(
			$wpdb->prefix . 'woocommerce_api_keys',
			array(
				'user_id'         => (int) $argv[3],
				'description'     => $argv[5],
				'permissions'     => $argv[4],
				'consumer_key'    => wc_api_hash( $consumer_key ),
				'consumer_secret' => $consumer_secret,
				'truncated_key'   => substr( $consumer_key, -7 ),
			),
			array( '%d', '%s', '%s', '%s', '%s', '%s' )
		);
		if ( ! $ok ) {
			fwrite( STDERR, 'insert failed: ' . $wpdb->last_error . "\n" );
			exit( 1 );
		}
		echo json_encode( array( 'key_id' => $wpdb->insert_id, 'consumer_key' => $consumer_key, 'consumer_secret' => $consumer_secret ) ), "\n";
		break;

	case 'permissions':
		// WC_AJAX::update_api_key() for an existing key: only the permissions change.
		$updated = $wpdb->update( $wpdb->prefix . 'woocommerce_api_keys', array( 'permissions' => $argv[4] ), array( 'key_id' => (int) $argv[3] ), array( '%s' ), array( '%d' ) );
		echo 'updated=', (int) $updated, "\n";
		break;

	case 'revoke':
		// WC_Admin_API_Keys::remove_key().
		$deleted = $wpdb->delete( $wpdb->prefix . 'woocommerce_api_keys', array( 'key_id' => (int) $argv[3] ), array( '%d' ) );
		echo 'deleted=', (int) $deleted, "\n";
		break;

	case 'role':
		$user = get_user_by( 'login', $argv[3] );
		$user->set_role( $argv[4] );
		$user = get_user_by( 'login', $argv[3] );
		echo 'roles=', implode( ',', $user->roles ), "\n";
		break;

	case 'user':
		$id = wp_insert_user( array( 'user_login' => $argv[3], 'user_pass' => wp_generate_password( 24 ), 'user_email' => $argv[3] . '@example.invalid', 'role' => $argv[4] ) );
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		echo 'user_id=', $id, "\n";
		break;

	case 'delete-user':
		// Users → Delete: wp_delete_user() runs the delete_user hooks (WooCommerce's wc_delete_user_data).
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$user = get_user_by( 'login', $argv[3] );
		echo 'deleted=', wp_delete_user( $user->ID, 1 ) ? 1 : 0, "\n";
		break;

	case 'option':
		echo wp_json_encode( get_option( $argv[3] ) ), "\n";
		break;

	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
"#;
