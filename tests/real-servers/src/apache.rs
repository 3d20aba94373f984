//! Apache 2.4 from Debian's packages with a configuration of its own (ServerRoot in the testbed
//! folder, modules loaded from /usr/lib/apache2/modules), serving the WordPress folder with
//! `AllowOverride All` like a typical host. Two flavours, as separate instances:
//! - `mod_php` (prefork MPM): HTTPS, plain HTTP (for the http→https redirect), and a second HTTPS
//!   virtual host with ModSecurity 2 and the OWASP CRS switched on;
//! - `php-fpm` through `proxy_fcgi` (event MPM): HTTPS, where PHP only sees the `Authorization`
//!   header if the configuration passes it on.
//!
//! Debian's defaults that clients can see are kept (`ServerTokens OS`, `ServerSignature On`).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::{free_port, is_root, require_binary, run, Registry, Scratch, Server};
use crate::tls::TlsFiles;

pub const PACKAGES: &str = "apache2 libapache2-mod-php libapache2-mod-security2 modsecurity-crs";
const MODULES: &str = "/usr/lib/apache2/modules";
const MODSEC_RECOMMENDED: &str = "/etc/modsecurity/modsecurity.conf-recommended";
const CRS_SETUP: &str = "/etc/modsecurity/crs/crs-setup.conf";
const CRS_RULES: &str = "/usr/share/modsecurity-crs/rules/*.conf";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Php {
    /// mod_php in the prefork MPM.
    Module,
    /// PHP-FPM on this socket through mod_proxy_fcgi (event MPM).
    Fpm(PathBuf),
}

pub struct Apache {
    pub label: String,
    pub https_port: u16,
    pub http_port: Option<u16>,
    /// The HTTPS virtual host with ModSecurity + CRS on (`SecRuleEngine On`).
    pub modsecurity_port: Option<u16>,
    /// Loaded before the CRS rules (Debian: /etc/modsecurity/crs/REQUEST-900-EXCLUSION-RULES-BEFORE-CRS.conf).
    pub exclusions: PathBuf,
    dir: PathBuf,
    conf: PathBuf,
    registry: Registry,
    server: Option<Server>,
    /// Extra environment for the server process (libfaketime's `LD_PRELOAD` and `FAKETIME`).
    env: Vec<(String, String)>,
}

impl Apache {
    #[allow(clippy::too_many_arguments)]
    pub fn start(
        scratch: &Scratch,
        registry: &Registry,
        label: &str,
        docroot: &Path,
        tls: &TlsFiles,
        php: Php,
        with_http: bool,
        with_modsecurity: bool,
    ) -> Apache {
        require_binary("apache2", PACKAGES);
        let dir = scratch.dir(label, 0o755);
        let https_port = free_port();
        let http_port = with_http.then(free_port);
        let modsecurity_port = with_modsecurity.then(free_port);
        let exclusions = dir.join("REQUEST-900-EXCLUSION-RULES-BEFORE-CRS.conf");
        std::fs::write(&exclusions, "# Local exclusions, loaded before the CRS.\n")
            .expect("write the exclusions file");
        let conf = dir.join("apache2.conf");
        let text = config(
            &dir,
            docroot,
            tls,
            &php,
            https_port,
            http_port,
            modsecurity_port,
            &exclusions,
        );
        std::fs::write(&conf, text).expect("write apache2.conf");
        let (ok, out) = run(Command::new(require_binary("apache2", PACKAGES))
            .arg("-t")
            .arg("-f")
            .arg(&conf));
        assert!(ok, "apache2 -t rejects the {label} configuration:\n{out}");
        let mut apache = Apache {
            label: label.to_string(),
            https_port,
            http_port,
            modsecurity_port,
            exclusions,
            dir,
            conf,
            registry: registry.clone(),
            server: None,
            env: Vec::new(),
        };
        apache.launch();
        apache
    }

    fn launch(&mut self) {
        let mut cmd = Command::new(require_binary("apache2", PACKAGES));
        cmd.arg("-f").arg(&self.conf).arg("-DFOREGROUND");
        cmd.envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let mut server = Server::spawn(
            &self.label,
            cmd,
            self.dir.join("apache2.out"),
            &self.registry,
        );
        let error_log = self.dir.join("error.log");
        for port in [Some(self.https_port), self.http_port, self.modsecurity_port]
            .into_iter()
            .flatten()
        {
            server.wait_for_port(port, Some(&error_log));
        }
        self.server = Some(server);
    }

    /// Stops and starts again (after a change to the server configuration or the ModSecurity
    /// exclusions, which Apache reads only at start). Fails the test if the new configuration does
    /// not load.
    pub fn restart(&mut self) {
        if let Some(mut s) = self.server.take() {
            s.stop();
        }
        let (ok, out) = run(Command::new(require_binary("apache2", PACKAGES))
            .arg("-t")
            .arg("-f")
            .arg(&self.conf));
        assert!(
            ok,
            "apache2 -t rejects the {} configuration:\n{out}",
            self.label
        );
        self.launch();
    }

    /// Restarts with this environment for the server process (empty: its own again).
    pub fn restart_with_env(&mut self, env: &[(&str, &str)]) {
        self.env = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.restart();
    }

    pub fn url(&self) -> String {
        format!("https://127.0.0.1:{}/", self.https_port)
    }

    pub fn http_url(&self) -> String {
        format!(
            "http://127.0.0.1:{}/",
            self.http_port.expect("this Apache has a plain HTTP port")
        )
    }

    pub fn modsecurity_url(&self) -> String {
        format!(
            "https://127.0.0.1:{}/",
            self.modsecurity_port.expect("this Apache has ModSecurity")
        )
    }

    pub fn error_log(&self) -> String {
        let text = std::fs::read_to_string(self.dir.join("error.log")).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    pub fn stop(&mut self) {
        if let Some(mut s) = self.server.take() {
            s.stop();
        }
    }
}

impl Drop for Apache {
    fn drop(&mut self) {
        self.stop();
    }
}

fn module(name: &str, file: &str) -> String {
    format!("LoadModule {name} {MODULES}/{file}\n")
}

#[allow(clippy::too_many_arguments)]
fn config(
    dir: &Path,
    docroot: &Path,
    tls: &TlsFiles,
    php: &Php,
    https_port: u16,
    http_port: Option<u16>,
    modsecurity_port: Option<u16>,
    exclusions: &Path,
) -> String {
    let d = dir.display();
    let mut c = format!(
        "# Handshake real-server testbed: Apache with its own configuration.\n\
         ServerRoot {d}\n\
         ServerName 127.0.0.1\n\
         ServerTokens OS\n\
         ServerSignature On\n\
         TraceEnable Off\n\
         PidFile {d}/apache2.pid\n\
         DefaultRuntimeDir {d}\n\
         Mutex file:{d} default\n\
         ErrorLog {d}/error.log\n\
         LogLevel warn\n\
         TypesConfig /etc/mime.types\n\
         Timeout 60\n"
    );
    for port in [Some(https_port), http_port, modsecurity_port]
        .into_iter()
        .flatten()
    {
        c.push_str(&format!("Listen 127.0.0.1:{port}\n"));
    }
    match php {
        Php::Module => {
            c.push_str(&module("mpm_prefork_module", "mod_mpm_prefork.so"));
            // Debian's MaxRequestWorkers (150): one doctor run against a redirect loop left enough
            // kept-alive connections (each holding a prefork worker for KeepAliveTimeout) to use up 16.
            c.push_str(
                "StartServers 2\nMinSpareServers 2\nMaxSpareServers 4\nMaxRequestWorkers 150\n",
            );
        }
        Php::Fpm(_) => {
            c.push_str(&module("mpm_event_module", "mod_mpm_event.so"));
            c.push_str("StartServers 1\nServerLimit 2\nThreadsPerChild 16\nMaxRequestWorkers 32\n");
        }
    }
    for (name, file) in [
        ("authz_core_module", "mod_authz_core.so"),
        ("authz_host_module", "mod_authz_host.so"),
        // Debian enables these by default: an HTTP password (AuthType Basic + htpasswd) in .htaccess.
        ("authn_core_module", "mod_authn_core.so"),
        ("authn_file_module", "mod_authn_file.so"),
        ("authz_user_module", "mod_authz_user.so"),
        ("auth_basic_module", "mod_auth_basic.so"),
        ("access_compat_module", "mod_access_compat.so"),
        ("rewrite_module", "mod_rewrite.so"),
        ("setenvif_module", "mod_setenvif.so"),
        ("mime_module", "mod_mime.so"),
        ("dir_module", "mod_dir.so"),
        ("socache_shmcb_module", "mod_socache_shmcb.so"),
        ("ssl_module", "mod_ssl.so"),
    ] {
        c.push_str(&module(name, file));
    }
    if is_root() {
        c.push_str("User www-data\nGroup www-data\n");
    }
    c.push_str(&format!(
        "LogFormat \"%h \\\"%r\\\" %>s %{{local}}p\" testbed\n\
         CustomLog {d}/access.log testbed\n\
         DirectoryIndex index.php index.html\n\
         SSLSessionCache shmcb:{d}/ssl_scache(512000)\n"
    ));
    match php {
        Php::Module => {
            c.push_str(&module("php_module", &mod_php_file()));
            c.push_str(
                "<FilesMatch \".+\\.ph(ar|p|tml)$\">\n  SetHandler application/x-httpd-php\n</FilesMatch>\n\
                 # Files change between requests (mu-plugins, wp-config.php): never serve a stale copy.\n\
                 php_admin_value opcache.revalidate_freq 0\n",
            );
        }
        Php::Fpm(socket) => {
            c.push_str(&module("proxy_module", "mod_proxy.so"));
            c.push_str(&module("proxy_fcgi_module", "mod_proxy_fcgi.so"));
            // Debian's conf-available/php8.2-fpm.conf.
            c.push_str(&format!(
                "<FilesMatch \".+\\.ph(ar|p|tml)$\">\n  SetHandler \"proxy:unix:{}|fcgi://localhost\"\n</FilesMatch>\n",
                socket.display()
            ));
        }
    }
    c.push_str(&format!(
        "DocumentRoot {docroot}\n\
         <Directory />\n  Options FollowSymLinks\n  AllowOverride None\n  Require all denied\n</Directory>\n\
         <Directory {docroot}>\n  Options FollowSymLinks\n  AllowOverride All\n  Require all granted\n</Directory>\n\
         <FilesMatch \"^\\.ht\">\n  Require all denied\n</FilesMatch>\n\
         <VirtualHost 127.0.0.1:{https_port}>\n  SSLEngine on\n  SSLCertificateFile {cert}\n  SSLCertificateKeyFile {key}\n</VirtualHost>\n",
        docroot = docroot.display(),
        cert = tls.cert.display(),
        key = tls.key.display(),
    ));
    if let Some(port) = modsecurity_port {
        let data = dir.join("modsecurity");
        std::fs::create_dir_all(&data).expect("create the ModSecurity data folder");
        crate::process::chmod(&data, 0o777);
        c.push_str(&module("unique_id_module", "mod_unique_id.so"));
        c.push_str(&module("security2_module", "mod_security2.so"));
        // Debian's security2.conf + owasp-crs.load, with this testbed's folders; the engine is
        // switched on only in the ModSecurity virtual host.
        c.push_str(&format!(
            "Include {MODSEC_RECOMMENDED}\n\
             SecRuleEngine Off\n\
             SecAuditEngine Off\n\
             SecDataDir {data}\n\
             SecTmpDir {data}\n\
             SecUnicodeMapFile /etc/modsecurity/unicode.mapping 20127\n\
             Include {CRS_SETUP}\n\
             IncludeOptional {exclusions}\n\
             Include {CRS_RULES}\n\
             <VirtualHost 127.0.0.1:{port}>\n  SSLEngine on\n  SSLCertificateFile {cert}\n  SSLCertificateKeyFile {key}\n  SecRuleEngine On\n</VirtualHost>\n",
            data = data.display(),
            exclusions = exclusions.display(),
            cert = tls.cert.display(),
            key = tls.key.display(),
        ));
    }
    c
}

/// `libphp8.2.so` (or whichever PHP version the distribution ships).
fn mod_php_file() -> String {
    let mut found: Vec<String> = std::fs::read_dir(MODULES)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| n.starts_with("libphp") && n.ends_with(".so"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.pop().unwrap_or_else(|| {
        panic!("mod_php is not installed (no {MODULES}/libphp*.so); install it with `sudo apt-get install -y {PACKAGES}`")
    })
}
