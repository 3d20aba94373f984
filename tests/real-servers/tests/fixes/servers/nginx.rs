//! A throwaway nginx on loopback. The site's PHP location answers with the URI it was handed, so a
//! test can tell whether a request was routed to WordPress's index.php.

use std::process::{Child, Command, Stdio};

use super::http::wait_for_port;
use super::{free_port, require_binary, run, Workdir};

pub const PACKAGES: &str = "nginx";

#[derive(Default)]
pub struct Setup {
    /// Lines inside `server { }`, before the PHP location.
    pub server_lines: String,
    /// Lines inside `location ~ \.php$ { }`.
    pub php_lines: String,
    /// Lines inside `http { }`.
    pub http_lines: String,
}

pub struct Nginx {
    /// Holds the site's files until the server is gone.
    _work: Workdir,
    pub port: u16,
    child: Child,
}

impl Nginx {
    /// `nginx -t` on the site: Ok, or nginx's complaint.
    pub fn check(setup: &Setup) -> Result<(), String> {
        let work = Workdir::new("nginx-t");
        let conf = write_site(&work, free_port(), setup);
        config_test(&work, &conf)
    }

    pub fn start(setup: &Setup) -> Nginx {
        let nginx = require_binary("nginx", PACKAGES);
        let work = Workdir::new("nginx");
        let port = free_port();
        let conf = write_site(&work, port, setup);
        if let Err(e) = config_test(&work, &conf) {
            panic!("nginx -t rejected the test site:\n{e}");
        }
        let child = Command::new(nginx)
            .arg("-p")
            .arg(&work.path)
            .arg("-e")
            .arg(work.join("error.log"))
            .arg("-c")
            .arg(&conf)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nginx");
        let log_path = work.join("error.log");
        wait_for_port(port, "nginx", || {
            std::fs::read_to_string(&log_path).unwrap_or_default()
        });
        Nginx {
            _work: work,
            port,
            child,
        }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // master_process off: one process.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn config_test(work: &Workdir, conf: &std::path::Path) -> Result<(), String> {
    let nginx = require_binary("nginx", PACKAGES);
    let (ok, out) = run(Command::new(nginx)
        .arg("-t")
        .arg("-p")
        .arg(&work.path)
        .arg("-e")
        .arg(work.join("error.log"))
        .arg("-c")
        .arg(conf));
    if ok && out.contains("test is successful") {
        Ok(())
    } else {
        Err(out)
    }
}

fn write_site(work: &Workdir, port: u16, setup: &Setup) -> std::path::PathBuf {
    work.write("www/index.html", "home\n");
    let dir = work.path.display().to_string();
    std::fs::create_dir_all(work.join("tmp")).expect("tmp");
    let conf = format!(
        "daemon off;\nmaster_process off;\npid {dir}/nginx.pid;\nerror_log {dir}/error.log;\nevents {{}}\n\
         http {{\n  access_log off;\n  client_body_temp_path {dir}/tmp/body;\n  proxy_temp_path {dir}/tmp/proxy;\n\
         \x20 fastcgi_temp_path {dir}/tmp/fastcgi;\n  uwsgi_temp_path {dir}/tmp/uwsgi;\n  scgi_temp_path {dir}/tmp/scgi;\n\
         {http}\n\
         \x20 server {{\n    listen 127.0.0.1:{port};\n    server_name shop.example.com;\n    root {dir}/www;\n\
         {server}\n\
         \x20   location ~ \\.php$ {{\n{php}\n      return 200 \"php uri=$uri request_uri=$request_uri\\n\";\n    }}\n  }}\n}}\n",
        http = setup.http_lines,
        server = setup.server_lines,
        php = setup.php_lines,
    );
    work.write("nginx.conf", &conf)
}
