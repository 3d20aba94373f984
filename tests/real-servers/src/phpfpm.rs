//! PHP-FPM with its own configuration: one pool on a Unix socket in the testbed folder, for the
//! Apache `proxy_fcgi` site and the nginx site.

use std::path::PathBuf;
use std::process::Command;

use crate::process::{is_root, require_binary, Registry, Scratch, Server};

pub const PACKAGES: &str = "php-fpm php-mysql";

pub struct PhpFpm {
    pub server: Server,
    pub socket: PathBuf,
}

impl PhpFpm {
    pub fn start(scratch: &Scratch, registry: &Registry) -> PhpFpm {
        let binary = find_fpm();
        let dir = scratch.dir("php-fpm", 0o755);
        let socket = dir.join("php-fpm.sock");
        let user = if is_root() {
            "user = www-data\ngroup = www-data\n"
        } else {
            ""
        };
        let conf = dir.join("php-fpm.conf");
        std::fs::write(
            &conf,
            format!(
                "[global]\n\
                 pid = {dir}/php-fpm.pid\n\
                 error_log = {dir}/php-fpm.log\n\
                 daemonize = no\n\
                 [www]\n\
                 {user}\
                 listen = {socket}\n\
                 listen.mode = 0666\n\
                 pm = static\n\
                 pm.max_children = 4\n\
                 catch_workers_output = yes\n\
                 ; Files change between requests (mu-plugins, wp-config.php): never serve a stale copy.\n\
                 php_admin_value[opcache.revalidate_freq] = 0\n",
                dir = dir.display(),
                socket = socket.display(),
            ),
        )
        .expect("write php-fpm.conf");
        let mut cmd = Command::new(binary);
        cmd.arg("-y").arg(&conf).arg("-F");
        let mut server = Server::spawn("php-fpm", cmd, dir.join("php-fpm.out"), registry);
        server.wait_for_file(&socket);
        PhpFpm { server, socket }
    }
}

fn find_fpm() -> PathBuf {
    for dir in ["/usr/sbin", "/usr/local/sbin", "/usr/bin"] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("php-fpm"))
                })
                .collect();
            found.sort();
            if let Some(p) = found.pop() {
                return p;
            }
        }
    }
    require_binary("php-fpm8.2", PACKAGES)
}
