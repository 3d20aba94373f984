//! Server processes: each runs in its own process group (so its workers go with it), is stopped
//! when its handle drops (panics included), and is listed for a watchdog that stops whatever is
//! left if the test process itself dies without unwinding (SIGKILL, abort).

use std::fs::OpenOptions;
use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Running as root: servers then switch their workers to `www-data`, and MariaDB needs `--user`.
pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// The path of a server binary, or a FAILED test naming the Debian packages that provide it.
pub fn require_binary(name: &str, packages: &str) -> PathBuf {
    let path = std::env::var("PATH").unwrap_or_default();
    for dir in path
        .split(':')
        .chain(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
    {
        let candidate = Path::new(dir).join(name);
        if candidate.is_file() {
            return candidate;
        }
    }
    panic!(
        "`{name}` is not installed, and the real-server tests need it. Install it with \
         `sudo apt-get install -y {packages}` (scripts/install-deps.sh test does this)."
    );
}

/// A port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

/// Runs a command to completion: (success, stdout + stderr).
pub fn run(cmd: &mut Command) -> (bool, String) {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// Like [`run`], but a failure fails the test with the command's output.
pub fn run_ok(cmd: &mut Command) -> String {
    let shown = format!("{cmd:?}");
    let (ok, out) = run(cmd);
    assert!(ok, "{shown} failed:\n{out}");
    out
}

pub fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {}: {e}", path.display()));
}

/// The testbed's folder: world-readable (Apache and php-fpm workers run as `www-data`), removed on
/// drop.
pub struct Scratch {
    pub path: PathBuf,
}

impl Scratch {
    pub fn new(label: &str) -> Scratch {
        let path = std::env::temp_dir().join(format!("handshake-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the testbed folder");
        chmod(&path, 0o755);
        Scratch { path }
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.path.join(rel)
    }

    /// A sub-folder with the given mode.
    pub fn dir(&self, rel: &str, mode: u32) -> PathBuf {
        let p = self.join(rel);
        std::fs::create_dir_all(&p).unwrap_or_else(|e| panic!("create {}: {e}", p.display()));
        chmod(&p, mode);
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// The list of process groups the watchdog stops if this process dies first.
#[derive(Clone)]
pub struct Registry {
    file: PathBuf,
}

impl Registry {
    fn add(&self, pgid: i32) {
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.file)
            .expect("open the process list");
        writeln!(f, "{pgid}").expect("write the process list");
    }

    fn remove(&self, pgid: i32) {
        let text = std::fs::read_to_string(&self.file).unwrap_or_default();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| l.trim() != pgid.to_string())
            .collect();
        let _ = std::fs::write(
            &self.file,
            kept.iter().map(|l| format!("{l}\n")).collect::<String>(),
        );
    }
}

/// A shell loop that waits for this test process to go away and then stops every process group
/// still listed, and removes the testbed folder. Normal runs never need it: the handles' `Drop`
/// stop everything first, then stop the watchdog.
pub struct Watchdog {
    child: Child,
    pub registry: Registry,
}

impl Watchdog {
    pub fn start(scratch: &Scratch) -> Watchdog {
        let file = scratch.join("process-groups");
        std::fs::write(&file, "").expect("create the process list");
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; \
             for g in $(cat '{list}' 2>/dev/null); do kill -KILL -$g 2>/dev/null; done; \
             rm -rf '{dir}'",
            pid = std::process::id(),
            list = file.display(),
            dir = scratch.path.display(),
        );
        let child = Command::new("sh")
            .arg("-c")
            .arg(script)
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the watchdog");
        Watchdog {
            child,
            registry: Registry { file },
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

use std::os::unix::process::CommandExt;

/// One server: a process group, its log file, stopped on drop.
pub struct Server {
    pub name: String,
    child: Option<Child>,
    pgid: i32,
    pub log: PathBuf,
    registry: Registry,
}

impl Server {
    /// Starts `cmd` in a new process group, with stdout and stderr appended to `log`.
    pub fn spawn(name: &str, mut cmd: Command, log: PathBuf, registry: &Registry) -> Server {
        let out = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .expect("open the server log");
        let err = out.try_clone().expect("clone the log handle");
        cmd.process_group(0)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err);
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name} ({cmd:?}): {e}"));
        let pgid = child.id() as i32;
        registry.add(pgid);
        Server {
            name: name.to_string(),
            child: Some(child),
            pgid,
            log,
            registry: registry.clone(),
        }
    }

    pub fn is_running(&mut self) -> bool {
        match self.child.as_mut() {
            Some(c) => matches!(c.try_wait(), Ok(None)),
            None => false,
        }
    }

    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    /// Waits until the server accepts connections on `port`; fails the test if it exits or takes
    /// too long, showing its log (and `extra_log`, the server's own error log).
    pub fn wait_for_port(&mut self, port: u16, extra_log: Option<&Path>) {
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let started = Instant::now();
        loop {
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return;
            }
            if !self.is_running() || started.elapsed() > Duration::from_secs(30) {
                let extra = extra_log
                    .and_then(|p| std::fs::read_to_string(p).ok())
                    .unwrap_or_default();
                panic!(
                    "{} did not start listening on 127.0.0.1:{port}\n--- output ---\n{}\n--- error log ---\n{}",
                    self.name,
                    self.log_tail(),
                    extra
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until `path` exists (a socket).
    pub fn wait_for_file(&mut self, path: &Path) {
        let started = Instant::now();
        while !path.exists() {
            if !self.is_running() || started.elapsed() > Duration::from_secs(30) {
                panic!(
                    "{} did not create {}\n--- output ---\n{}",
                    self.name,
                    path.display(),
                    self.log_tail()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGTERM to the whole group, SIGKILL after a grace period, and reap.
    pub fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        // SAFETY: signalling our own child's process group.
        unsafe { libc::kill(-self.pgid, libc::SIGTERM) };
        let started = Instant::now();
        while matches!(child.try_wait(), Ok(None)) && started.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(25));
        }
        // Workers that outlive their parent, or a parent that ignored SIGTERM.
        unsafe { libc::kill(-self.pgid, libc::SIGKILL) };
        let _ = child.kill();
        let _ = child.wait();
        self.registry.remove(self.pgid);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}
