//! A throwaway Apache on loopback: prefork, mod_rewrite, mod_setenvif, mod_cgi, optionally
//! ModSecurity 2 with Debian's recommended settings and the OWASP CRS. `index.php` in the document
//! root and in `/shop/` is a CGI shell script that prints what PHP would see (REQUEST_URI, the
//! Authorization variables, the method), so a test can tell what reached "WordPress".

use std::process::{Child, Command, Stdio};

use super::http::wait_for_port;
use super::{free_port, require_binary, run, Workdir};

pub const PACKAGES: &str = "apache2 libapache2-mod-security2 modsecurity-crs";
const MODULES: &str = "/usr/lib/apache2/modules";
const CRS_SETUP: &str = "/etc/modsecurity/crs/crs-setup.conf";
const CRS_RULES: &str = "/usr/share/modsecurity-crs/rules/*.conf";
const MODSEC_RECOMMENDED: &str = "/etc/modsecurity/modsecurity.conf-recommended";

/// Prints what reached the "application".
const ECHO_SCRIPT: &str = "#!/bin/sh\n\
printf 'Content-Type: text/plain\\r\\n\\r\\n'\n\
echo \"REQUEST_URI=$REQUEST_URI\"\n\
echo \"METHOD=$REQUEST_METHOD\"\n\
echo \"HTTP_AUTHORIZATION=$HTTP_AUTHORIZATION\"\n\
echo \"REDIRECT_HTTP_AUTHORIZATION=$REDIRECT_HTTP_AUTHORIZATION\"\n";

/// WordPress's rewrite block as sites had it before 5.6 (no Authorization line), for a folder.
pub fn legacy_wordpress_block(base: &str) -> String {
    format!(
        "# BEGIN WordPress\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteBase {base}\nRewriteRule ^index\\.php$ - [L]\n\
         RewriteCond %{{REQUEST_FILENAME}} !-f\nRewriteCond %{{REQUEST_FILENAME}} !-d\nRewriteRule . {base}index.php [L]\n</IfModule>\n# END WordPress\n"
    )
}

#[derive(Default)]
pub struct Setup {
    /// (path below the document root, contents): `.htaccess` files and the like.
    pub files: Vec<(String, String)>,
    /// Rules loaded before the CRS; `Some` switches ModSecurity on.
    pub modsecurity_rules: Option<String>,
    pub paranoia_level: Option<u8>,
    /// Extra lines inside `<Directory docroot>` (for `apache2 -t` of snippets).
    pub directory_lines: String,
}

pub struct Apache {
    pub work: Workdir,
    pub port: u16,
    child: Child,
}

impl Apache {
    /// Writes the site and checks it with `apache2 -t` (Ok) or returns Apache's complaint (Err).
    pub fn check(setup: &Setup) -> Result<(), String> {
        let work = Workdir::new("apache-t");
        let conf = write_site(&work, free_port(), setup);
        config_test(&conf)
    }

    pub fn start(setup: &Setup) -> Apache {
        let apache = require_binary("apache2", PACKAGES);
        let work = Workdir::new("apache");
        let port = free_port();
        let conf = write_site(&work, port, setup);
        if let Err(e) = config_test(&conf) {
            panic!("apache2 -t rejected the test site:\n{e}");
        }
        let child = Command::new(apache)
            .arg("-X")
            .arg("-f")
            .arg(&conf)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start apache2");
        let log_path = work.join("error.log");
        wait_for_port(port, "apache2", || {
            std::fs::read_to_string(&log_path).unwrap_or_default()
        });
        Apache { work, port, child }
    }

    pub fn error_log(&self) -> String {
        self.work.read("error.log")
    }
}

impl Drop for Apache {
    fn drop(&mut self) {
        // Started with -X: one process, so killing it stops the server.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn config_test(conf: &std::path::Path) -> Result<(), String> {
    let apache = require_binary("apache2", PACKAGES);
    let (ok, out) = run(Command::new(apache).arg("-t").arg("-f").arg(conf));
    if ok && out.contains("Syntax OK") {
        Ok(())
    } else {
        Err(out)
    }
}

fn write_site(work: &Workdir, port: u16, setup: &Setup) -> std::path::PathBuf {
    for script in ["www/index.php", "www/shop/index.php"] {
        work.write(script, ECHO_SCRIPT);
    }
    for (rel, text) in &setup.files {
        work.write(&format!("www/{rel}"), text);
    }
    let dir = work.path.display().to_string();
    let mut conf = format!(
        "ServerRoot {dir}\nServerName shop.example.com\nPidFile {dir}/httpd.pid\nDefaultRuntimeDir {dir}\nMutex file:{dir} default\n\
         ErrorLog {dir}/error.log\nLogLevel warn\nListen 127.0.0.1:{port}\nTypesConfig /etc/mime.types\n\
         LoadModule mpm_prefork_module {MODULES}/mod_mpm_prefork.so\n\
         LoadModule authz_core_module {MODULES}/mod_authz_core.so\n\
         LoadModule authz_host_module {MODULES}/mod_authz_host.so\n\
         LoadModule rewrite_module {MODULES}/mod_rewrite.so\n\
         LoadModule setenvif_module {MODULES}/mod_setenvif.so\n\
         LoadModule mime_module {MODULES}/mod_mime.so\n\
         LoadModule cgi_module {MODULES}/mod_cgi.so\n\
         User www-data\nGroup www-data\n\
         DocumentRoot {dir}/www\n\
         <Directory />\n  AllowOverride None\n  Require all denied\n</Directory>\n\
         <Directory {dir}/www>\n  AllowOverride All\n  Options +ExecCGI +FollowSymLinks\n  AddHandler cgi-script .php\n  Require all granted\n{lines}\n</Directory>\n",
        lines = setup.directory_lines,
    );
    if let Some(rules) = &setup.modsecurity_rules {
        work.write("modsecurity-local.conf", rules);
        let paranoia = setup
            .paranoia_level
            .map(|pl| format!("SecAction \"id:900000,phase:1,nolog,pass,t:none,setvar:tx.paranoia_level={pl}\"\n"))
            .unwrap_or_default();
        conf.push_str(&format!(
            "LoadModule unique_id_module {MODULES}/mod_unique_id.so\n\
             LoadModule security2_module {MODULES}/mod_security2.so\n\
             Include {MODSEC_RECOMMENDED}\n\
             SecRuleEngine On\nSecAuditEngine Off\nSecDataDir {dir}\nSecTmpDir {dir}\n\
             SecUnicodeMapFile /etc/modsecurity/unicode.mapping 20127\n\
             {paranoia}\
             Include {dir}/modsecurity-local.conf\n\
             Include {CRS_SETUP}\n\
             Include {CRS_RULES}\n"
        ));
    }
    work.write("httpd.conf", &conf)
}
