//! A real-server testbed for the doctor: WordPress (Debian's package) on MariaDB, served by Apache
//! with mod_php (plus a ModSecurity + OWASP CRS virtual host), by Apache with php-fpm, and by nginx
//! with php-fpm, all on 127.0.0.1 over HTTPS with a private CA the probes are told to trust.
//!
//! Every server runs from its own configuration in one temporary folder, on free ports, and is
//! stopped when the [`Testbed`] drops (panics included). A missing server binary FAILS the test
//! with the package to install: CI installs them (scripts/install-deps.sh test).

pub mod apache;
pub mod approve;
pub mod authorize;
pub mod compare;
pub mod doctor;
pub mod faults;
pub mod mariadb;
pub mod nginx;
pub mod phpfpm;
pub mod process;
pub mod tls;
pub mod vantage;
pub mod wizard;
pub mod woocommerce;
pub mod wordpress;

use std::time::{Duration, Instant};

use handshake_engine::{Credentials, Profile, Report};

use apache::{Apache, Php};
use mariadb::MariaDb;
use nginx::Nginx;
use phpfpm::PhpFpm;
use process::{Scratch, Watchdog};
use tls::TlsFiles;
use wordpress::WordPress;

pub struct Testbed {
    pub rt: tokio::runtime::Runtime,
    pub tls: TlsFiles,
    pub wp: WordPress,
    /// mod_php: HTTPS, plain HTTP and the ModSecurity virtual host.
    pub apache: Apache,
    /// php-fpm through proxy_fcgi: HTTPS.
    pub apache_fpm: Apache,
    pub nginx: Nginx,
    pub client: doctor::Client,
    // Dropped in this order, after the servers above: PHP-FPM, then the database, then the
    // watchdog, then the folder.
    fpm: PhpFpm,
    db: MariaDb,
    watchdog: Watchdog,
    pub scratch: Scratch,
    pub setup_time: Duration,
}

impl Testbed {
    pub fn start() -> Testbed {
        let started = Instant::now();
        let scratch = Scratch::new("real-servers");
        let watchdog = Watchdog::start(&scratch);
        let registry = watchdog.registry.clone();
        let tls = tls::generate(&scratch.dir("tls", 0o755));
        let db = MariaDb::start(&scratch, &registry);
        let wp = WordPress::install(&scratch.path, &db.socket);
        let fpm = PhpFpm::start(&scratch, &registry);
        let apache = Apache::start(
            &scratch,
            &registry,
            "apache-modphp",
            &wp.docroot,
            &tls,
            Php::Module,
            true,
            true,
        );
        let apache_fpm = Apache::start(
            &scratch,
            &registry,
            "apache-fpm",
            &wp.docroot,
            &tls,
            Php::Fpm(fpm.socket.clone()),
            false,
            false,
        );
        let mut nginx = Nginx::new(&scratch, &registry, &wp.docroot, &fpm.socket, &tls);
        nginx.serve(nginx::Site::default());
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        let client = doctor::Client::new(&tls.ca_pem);
        Testbed {
            rt,
            tls,
            wp,
            apache,
            apache_fpm,
            nginx,
            client,
            fpm,
            db,
            watchdog,
            scratch,
            setup_time: started.elapsed(),
        }
    }

    /// The database server's socket (the WooCommerce sites keep their own databases on it).
    pub fn db_socket(&self) -> &std::path::Path {
        &self.db.socket
    }

    /// PHP-FPM's socket (one pool serves every site's folder).
    pub fn fpm_socket(&self) -> &std::path::Path {
        &self.fpm.socket
    }

    /// The watchdog's process list, for servers started beside the testbed's own.
    pub fn registry(&self) -> &process::Registry {
        &self.watchdog.registry
    }

    /// The administrator's application password, as an app would be given it.
    pub fn credentials(&self) -> Credentials {
        doctor::app_password_credentials(wordpress::ADMIN_USER, &self.wp.app_password)
    }

    /// Runs the doctor with the application password and the default profile.
    pub fn doctor(&self, url: &str) -> Report {
        self.doctor_with(url, self.credentials(), Profile::default())
    }

    pub fn doctor_with(&self, url: &str, credentials: Credentials, profile: Profile) -> Report {
        self.rt
            .block_on(doctor::run(url, &self.tls.ca_pem, credentials, profile))
    }

    /// One request with the engine's HTTP client; `auth` uses the admin's application password.
    pub fn request(
        &self,
        method: &str,
        url: &str,
        auth: bool,
        body: Option<&str>,
    ) -> handshake_engine::internals::http::Exchange {
        let basic = auth.then_some((wordpress::ADMIN_USER, self.wp.app_password.as_str()));
        self.rt
            .block_on(self.client.send(method, url, basic, body, &[]))
    }

    /// Stops PHP-FPM (both the Apache + php-fpm and the nginx site then lose PHP).
    pub fn stop_php_fpm(&mut self) {
        self.fpm.server.stop();
    }

    /// Starts PHP-FPM again (what `systemctl start php8.2-fpm` does on a host).
    pub fn start_php_fpm(&mut self) {
        if self.fpm.server.is_running() {
            return;
        }
        // A socket left behind would make the wait below return before the new master listens.
        let _ = std::fs::remove_file(&self.fpm.socket);
        self.fpm = PhpFpm::start(&self.scratch, &self.watchdog.registry);
    }

    /// Puts the site back as installed: WordPress's own .htaccess, "Post name" permalinks, the
    /// original wp-config.php, no maintenance file, debug.log or test plugins, no ModSecurity
    /// exclusions, PHP-FPM running, and the plain nginx site.
    pub fn reset(&mut self) {
        self.start_php_fpm();
        // Files first: the WordPress helper itself stops at a maintenance file or a broken plugin.
        self.wp.remove(".maintenance");
        self.wp.remove("wp-content/debug.log");
        if let Ok(entries) = std::fs::read_dir(self.wp.path("wp-content/mu-plugins")) {
            for e in entries.flatten() {
                let _ = std::fs::remove_file(e.path());
            }
        }
        self.wp.write("wp-config.php", &self.wp.wp_config.clone());
        if self.wp.permalink_structure() != "/%postname%/" {
            self.wp.set_permalinks("/%postname%/");
        }
        self.wp.write(".htaccess", &self.wp.htaccess.clone());
        let empty = "# Local exclusions, loaded before the CRS.\n";
        if std::fs::read_to_string(&self.apache.exclusions).unwrap_or_default() != empty {
            std::fs::write(&self.apache.exclusions, empty).expect("reset the exclusions");
            self.apache.restart();
        }
        if self.nginx.site != nginx::Site::default() {
            self.nginx.serve(nginx::Site::default());
        }
    }
}

impl Drop for Testbed {
    fn drop(&mut self) {
        // Web servers first (they hold connections to PHP-FPM), then PHP, then the database.
        self.nginx.stop();
        self.apache.stop();
        self.apache_fpm.stop();
        self.fpm.server.stop();
        self.db.server.stop();
        let _ = &self.watchdog;
    }
}

/// Runs named steps, each isolated with `catch_unwind` so one failure does not hide the others,
/// and prints how long each took. `finish` fails the test if any step failed.
#[derive(Default)]
pub struct Steps {
    results: Vec<(String, Duration, Result<(), String>)>,
    /// Steps that could not run here (what they need is missing), with why.
    not_run: Vec<(String, String)>,
}

impl Steps {
    /// `HANDSHAKE_REAL_SERVERS_ONLY=text` runs only the steps whose name contains `text` (while
    /// working on one of them).
    pub fn run(&mut self, name: &str, step: impl FnOnce()) {
        if Steps::selected(name) {
            self.run_always(name, step);
        }
    }

    /// Like [`Steps::run`], whatever `HANDSHAKE_REAL_SERVERS_ONLY` says (what selected steps need,
    /// such as installing a WooCommerce store).
    pub fn run_always(&mut self, name: &str, step: impl FnOnce()) {
        eprintln!("[real-servers] {name} …");
        let started = Instant::now();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(step)).map_err(|e| {
            e.downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        });
        let took = started.elapsed();
        eprintln!(
            "[real-servers] {name}: {} in {:.1?}",
            if outcome.is_ok() { "ok" } else { "FAILED" },
            took
        );
        self.results.push((name.to_string(), took, outcome));
    }

    /// Whether `HANDSHAKE_REAL_SERVERS_ONLY` selects the step `name` (always, when unset).
    pub fn selected(name: &str) -> bool {
        match std::env::var("HANDSHAKE_REAL_SERVERS_ONLY") {
            Ok(only) if !only.is_empty() => name.contains(&only),
            _ => true,
        }
    }

    /// Reports `name` as NOT RUN because `why` (what is missing and how to get it). When `CI` is
    /// set this is a failure instead: CI must run every step.
    pub fn not_run(&mut self, name: &str, why: &str) {
        if !Steps::selected(name) {
            return;
        }
        if std::env::var_os("CI").is_some() {
            eprintln!("[real-servers] {name}: FAILED (CI is set, and this step cannot run)");
            self.results.push((
                name.to_string(),
                Duration::ZERO,
                Err(format!(
                    "CI must run this step, but it cannot run here:\n{why}"
                )),
            ));
        } else {
            eprintln!("[real-servers] {name}: NOT RUN");
            self.not_run.push((name.to_string(), why.to_string()));
        }
    }

    pub fn summary(&self) -> String {
        let mut lines: Vec<String> = self
            .results
            .iter()
            .map(|(n, t, r)| {
                format!(
                    "{:<70} {:>7.1?}  {}",
                    n,
                    t,
                    if r.is_ok() { "ok" } else { "FAILED" }
                )
            })
            .collect();
        lines.extend(
            self.not_run
                .iter()
                .map(|(n, _)| format!("{n:<70}      –   NOT RUN")),
        );
        let mut why: Vec<&str> = self.not_run.iter().map(|(_, w)| w.as_str()).collect();
        why.dedup();
        lines.extend(why.into_iter().map(|w| format!("NOT RUN because:\n{w}")));
        lines.join("\n")
    }

    pub fn finish(self) {
        eprintln!("[real-servers] summary:\n{}", self.summary());
        let failed: Vec<String> = self
            .results
            .iter()
            .filter_map(|(n, _, r)| r.as_ref().err().map(|e| format!("--- {n}:\n{e}")))
            .collect();
        assert!(
            failed.is_empty(),
            "{} step(s) failed:\n{}",
            failed.len(),
            failed.join("\n")
        );
    }
}
