//! MariaDB for WordPress: a fresh data directory in the testbed folder, a Unix socket only (no TCP
//! port at all), and a `wordpress` database with its own user created at start.

use std::path::PathBuf;
use std::process::Command;

use crate::process::{is_root, require_binary, run_ok, Registry, Scratch, Server};

pub const PACKAGES: &str = "mariadb-server";
pub const DB_NAME: &str = "wordpress";
pub const DB_USER: &str = "wp";
pub const DB_PASSWORD: &str = "wp-testbed-password";
/// The WooCommerce sites' databases (and their snapshots) are named `wc_…`; the same user may
/// create them (`woocommerce::Store`).
pub const WC_DB_PATTERN: &str = "wc\\_%";

pub struct MariaDb {
    pub server: Server,
    pub socket: PathBuf,
}

impl MariaDb {
    pub fn start(scratch: &Scratch, registry: &Registry) -> MariaDb {
        let install = require_binary("mariadb-install-db", PACKAGES);
        let mariadbd = require_binary("mariadbd", PACKAGES);
        let dir = scratch.dir("mariadb", 0o755);
        let data = dir.join("data");
        let mut cmd = Command::new(install);
        cmd.arg("--no-defaults")
            .arg(format!("--datadir={}", data.display()))
            .arg("--auth-root-authentication-method=socket")
            .arg("--skip-test-db");
        if is_root() {
            cmd.arg("--user=root");
        }
        run_ok(&mut cmd);

        let init = dir.join("init.sql");
        std::fs::write(
            &init,
            format!(
                "CREATE DATABASE IF NOT EXISTS {DB_NAME};\n\
                 CREATE USER IF NOT EXISTS '{DB_USER}'@'localhost' IDENTIFIED BY '{DB_PASSWORD}';\n\
                 GRANT ALL ON {DB_NAME}.* TO '{DB_USER}'@'localhost';\n\
                 GRANT ALL ON `{WC_DB_PATTERN}`.* TO '{DB_USER}'@'localhost';\n"
            ),
        )
        .expect("write init.sql");
        let socket = dir.join("mysqld.sock");
        let mut cmd = Command::new(mariadbd);
        cmd.arg("--no-defaults")
            .arg(format!("--datadir={}", data.display()))
            .arg(format!("--socket={}", socket.display()))
            .arg(format!("--pid-file={}", dir.join("mysqld.pid").display()))
            .arg(format!("--init-file={}", init.display()))
            .arg("--skip-networking")
            .arg("--skip-log-bin")
            .arg("--innodb-buffer-pool-size=32M")
            .arg("--innodb-log-file-size=16M");
        if is_root() {
            cmd.arg("--user=root");
        }
        let mut server = Server::spawn("mariadbd", cmd, dir.join("mysqld.log"), registry);
        server.wait_for_file(&socket);
        // The socket appears before the init file has run: wait for "ready for connections".
        let started = std::time::Instant::now();
        while !std::fs::read_to_string(&server.log)
            .unwrap_or_default()
            .contains("ready for connections")
        {
            assert!(
                server.is_running(),
                "mariadbd stopped:\n{}",
                server.log_tail()
            );
            assert!(
                started.elapsed().as_secs() < 30,
                "mariadbd is not ready:\n{}",
                server.log_tail()
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        MariaDb { server, socket }
    }
}
