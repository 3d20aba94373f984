//! nginx from Debian's package with a configuration of its own: one HTTPS server for the WordPress
//! folder, the usual WordPress `try_files` and a PHP location handing `.php` to PHP-FPM (as
//! Debian's snippets/fastcgi-php.conf does). Each test writes the lines it needs into the server
//! block or the PHP block and (re)starts it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::{free_port, is_root, require_binary, run, Registry, Scratch, Server};
use crate::tls::TlsFiles;

pub const PACKAGES: &str = "nginx";

/// The site's variable parts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Site {
    /// Lines inside `server { }`, above the locations (allow/deny, extra locations).
    pub server_lines: String,
    /// Lines at the end of `location ~ \.php$ { }`, after the fastcgi_param lines.
    pub php_lines: String,
    /// A TLS-terminating reverse proxy instead of PHP: `location / { proxy_pass URL; … }` with
    /// the `Host` passed on and these lines added (`proxy_set_header X-Forwarded-Proto …`).
    pub proxy: Option<(String, String)>,
}

pub struct Nginx {
    pub port: u16,
    dir: PathBuf,
    docroot: PathBuf,
    fpm_socket: PathBuf,
    cert: PathBuf,
    key: PathBuf,
    registry: Registry,
    server: Option<Server>,
    pub site: Site,
}

impl Nginx {
    pub fn new(
        scratch: &Scratch,
        registry: &Registry,
        docroot: &Path,
        fpm_socket: &Path,
        tls: &TlsFiles,
    ) -> Nginx {
        Nginx::new_named(scratch, registry, "nginx", docroot, fpm_socket, tls)
    }

    /// Like [`Nginx::new`], with its files in the testbed folder's `label` (one per site).
    pub fn new_named(
        scratch: &Scratch,
        registry: &Registry,
        label: &str,
        docroot: &Path,
        fpm_socket: &Path,
        tls: &TlsFiles,
    ) -> Nginx {
        require_binary("nginx", PACKAGES);
        let dir = scratch.dir(label, 0o755);
        for sub in ["body", "fastcgi", "proxy", "uwsgi", "scgi"] {
            std::fs::create_dir_all(dir.join("temp").join(sub)).expect("create nginx temp folders");
        }
        Nginx {
            port: free_port(),
            dir,
            docroot: docroot.to_path_buf(),
            fpm_socket: fpm_socket.to_path_buf(),
            cert: tls.cert.clone(),
            key: tls.key.clone(),
            registry: registry.clone(),
            server: None,
            site: Site::default(),
        }
    }

    /// Writes the configuration for `site`, checks it with `nginx -t` and (re)starts nginx.
    pub fn serve(&mut self, site: Site) {
        self.stop();
        self.site = site;
        let conf = self.dir.join("nginx.conf");
        std::fs::write(&conf, self.config()).expect("write nginx.conf");
        let nginx = require_binary("nginx", PACKAGES);
        let error_log = self.dir.join("error.log");
        let (ok, out) = run(Command::new(&nginx)
            .arg("-t")
            .arg("-p")
            .arg(&self.dir)
            .arg("-e")
            .arg(&error_log)
            .arg("-c")
            .arg(&conf));
        assert!(
            ok,
            "nginx -t rejects the site:\n{}\n---\n{out}",
            self.config()
        );
        let mut cmd = Command::new(nginx);
        cmd.arg("-p")
            .arg(&self.dir)
            .arg("-e")
            .arg(&error_log)
            .arg("-c")
            .arg(&conf);
        let mut server = Server::spawn("nginx", cmd, self.dir.join("nginx.out"), &self.registry);
        server.wait_for_port(self.port, Some(&error_log));
        self.server = Some(server);
    }

    pub fn url(&self) -> String {
        format!("https://127.0.0.1:{}/", self.port)
    }

    pub fn stop(&mut self) {
        if let Some(mut s) = self.server.take() {
            s.stop();
        }
    }

    pub fn config(&self) -> String {
        let d = self.dir.display();
        let locations = match &self.site.proxy {
            Some((upstream, lines)) => format!(
                "    location / {{\n      proxy_pass {upstream};\n      proxy_set_header Host $http_host;\n{}\n    }}\n",
                indent(lines, "      ")
            ),
            None => format!(
                "    location / {{\n\
                 \x20     try_files $uri $uri/ /index.php?$args;\n\
                 \x20   }}\n\
                 \x20   location ~ \\.php$ {{\n\
                 \x20     fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n\
                 \x20     try_files $fastcgi_script_name =404;\n\
                 \x20     set $path_info $fastcgi_path_info;\n\
                 \x20     fastcgi_param PATH_INFO $path_info;\n\
                 \x20     fastcgi_index index.php;\n\
                 \x20     include /etc/nginx/fastcgi.conf;\n\
                 \x20     fastcgi_pass unix:{sock};\n\
                 {php_lines}\n\
                 \x20   }}\n",
                sock = self.fpm_socket.display(),
                php_lines = indent(&self.site.php_lines, "      "),
            ),
        };
        let user = if is_root() {
            "user www-data www-data;\n"
        } else {
            ""
        };
        format!(
            "# Handshake real-server testbed: nginx with its own configuration.\n\
             {user}daemon off;\n\
             master_process on;\n\
             worker_processes 1;\n\
             pid {d}/nginx.pid;\n\
             events {{ worker_connections 128; }}\n\
             http {{\n\
             \x20 include /etc/nginx/mime.types;\n\
             \x20 default_type application/octet-stream;\n\
             \x20 access_log {d}/access.log;\n\
             \x20 client_body_temp_path {d}/temp/body;\n\
             \x20 fastcgi_temp_path {d}/temp/fastcgi;\n\
             \x20 proxy_temp_path {d}/temp/proxy;\n\
             \x20 uwsgi_temp_path {d}/temp/uwsgi;\n\
             \x20 scgi_temp_path {d}/temp/scgi;\n\
             \x20 server {{\n\
             \x20   listen 127.0.0.1:{port} ssl;\n\
             \x20   server_name 127.0.0.1;\n\
             \x20   ssl_certificate {cert};\n\
             \x20   ssl_certificate_key {key};\n\
             \x20   root {root};\n\
             \x20   index index.php index.html;\n\
             {server_lines}\n\
             {locations}\
             \x20 }}\n\
             }}\n",
            port = self.port,
            cert = self.cert.display(),
            key = self.key.display(),
            root = self.docroot.display(),
            server_lines = indent(&self.site.server_lines, "    "),
        )
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        self.stop();
    }
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| format!("{prefix}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
