//! Drives the real app: a private X server (Xvfb), tauri-driver (which starts WebKitWebDriver, which
//! starts the app), and a fantoccini WebDriver session. Every missing piece is a failure with the
//! command that installs it, never a skip: CI runs these tests.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub use fantoccini::Locator;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

/// One app at a time: the machine has few cores and each app is a WebKit browser.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The app under test: HANDSHAKE_E2E_APP (for example the installed package's
/// /usr/bin/handshake-desktop, to run the same tests against a release), else this build's binary
/// beside the running test (`target/<profile>/deps/<test>` → `target/<profile>/handshake-desktop`).
pub fn app_binary() -> String {
    if let Ok(app) = std::env::var("HANDSHAKE_E2E_APP") {
        return app;
    }
    let exe = std::env::current_exe().expect("the test's own path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("tests run from target/<profile>/deps");
    let app = profile_dir.join("handshake-desktop");
    assert!(
        app.is_file(),
        "{} is not built: cargo build --locked -p handshake-desktop",
        app.display()
    );
    app.display().to_string()
}

/// The workspace's root (screenshots, docs).
pub fn workspace_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("tests/desktop-driver is inside the workspace")
        .to_path_buf()
}

/// The desktop app's folder (src-tauri: its node_modules hold axe-core).
pub fn manifest_dir() -> PathBuf {
    workspace_dir().join("src-tauri")
}

pub fn require(program: &str, hint: &str) -> PathBuf {
    let from_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(program))
            .find(|p| p.is_file())
    });
    let from_cargo = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|d| d.join("bin").join(program))
        .filter(|p| p.is_file());
    from_path.or(from_cargo).unwrap_or_else(|| {
        panic!("{program} is not installed: {hint} (scripts/install-deps.sh test does it)")
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("local addr")
        .port()
}

/// Ends a process the polite way (SIGTERM: tauri-driver then stops WebKitWebDriver and the app);
/// SIGKILL only if it is still there after a few seconds.
fn terminate(child: &mut Child) {
    if child.try_wait().ok().flatten().is_some() {
        return;
    }
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let until = Instant::now() + Duration::from_secs(5);
    while Instant::now() < until {
        if child.try_wait().ok().flatten().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// tauri-driver, stopped with SIGTERM when dropped: also when a test panics half-way.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        terminate(&mut self.0);
    }
}

pub struct Xvfb {
    child: Child,
    pub display: String,
}

impl Xvfb {
    pub fn start() -> Xvfb {
        let program = require("Xvfb", "apt-get install xvfb xauth");
        for n in 90..190u32 {
            if Path::new(&format!("/tmp/.X{n}-lock")).exists()
                || Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
            {
                continue;
            }
            let mut child = Command::new(&program)
                .args([
                    format!(":{n}").as_str(),
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("Xvfb starts");
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
            let until = Instant::now() + Duration::from_secs(10);
            while Instant::now() < until {
                if child.try_wait().ok().flatten().is_some() {
                    break; // another display grabbed this number meanwhile: try the next
                }
                if socket.exists() {
                    return Xvfb {
                        child,
                        display: format!(":{n}"),
                    };
                }
                std::thread::sleep(Duration::from_millis(25));
            }
            terminate(&mut child);
        }
        panic!("no free X display between :90 and :189");
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}

/// A running app under WebDriver, with its own X display, config folder and home folder.
pub struct App {
    pub client: Client,
    _driver: Driver,
    pub xvfb: Xvfb,
    pub home: tempfile::TempDir,
    _serial: tokio::sync::MutexGuard<'static, ()>,
}

pub struct Launch {
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

impl App {
    /// One try at starting tauri-driver on the given ports and opening a session with the app.
    async fn attempt_session(
        driver_bin: &Path,
        xvfb: &Xvfb,
        home: &tempfile::TempDir,
        config: &Path,
        launch: &Launch,
        port: u16,
        native_port: u16,
    ) -> Result<(Client, Driver), String> {
        let mut cmd = Command::new(driver_bin);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("DISPLAY", &xvfb.display)
        // The app's own saved-store list, and a home folder whose Downloads the test can read.
        .env("HANDSHAKE_CONFIG_DIR", config)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env("XDG_CACHE_HOME", home.path().join(".cache"))
        .env_remove("WAYLAND_DISPLAY")
        // The app follows the system's language; tests that do not set one see an English system.
        .env("LC_ALL", "en_US.UTF-8")
        .env("LANG", "en_US.UTF-8")
        .env("LANGUAGE", "en_US")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
        for (k, v) in &launch.env {
            cmd.env(k, v);
        }
        let mut driver = Driver(cmd.spawn().expect("tauri-driver starts"));
        let until = Instant::now() + Duration::from_secs(20);
        // tauri-driver listens at once; WebKitWebDriver (behind it) a moment later. Wait for both.
        while TcpStream::connect(("127.0.0.1", port)).is_err()
            || TcpStream::connect(("127.0.0.1", native_port)).is_err()
        {
            if Instant::now() > until || driver.0.try_wait().ok().flatten().is_some() {
                return Err(format!("tauri-driver (port {port}) and WebKitWebDriver (port {native_port}) did not both listen"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": app_binary(), "args": &launch.args },
        });
        let caps = match caps {
            Value::Object(m) => m,
            _ => unreachable!(),
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .map_err(|e| format!("WebDriver session with the app: {e}"))?;
        Ok((client, driver))
    }

    pub async fn start(launch: Launch) -> App {
        let serial = ONE_AT_A_TIME.lock().await;
        let driver_bin = require("tauri-driver", "cargo install tauri-driver --locked");
        require("WebKitWebDriver", "apt-get install webkit2gtk-driver");
        let xvfb = Xvfb::start();
        let home = tempfile::tempdir().expect("temp home");
        let config = home.path().join("config");
        std::fs::create_dir_all(home.path().join(".cache")).expect("cache folder");
        std::fs::create_dir_all(home.path().join(".config")).expect("config folder");
        // The two ports are chosen free but may be taken by another test's server before the
        // drivers bind them (WebKitWebDriver then exits with "Unable to listen"): try again with
        // new ports rather than fail the test on a race that says nothing about the app.
        let mut attempt = 0;
        let (client, driver) = loop {
            attempt += 1;
            let port = free_port();
            let native_port = free_port();
            match Self::attempt_session(
                &driver_bin,
                &xvfb,
                &home,
                &config,
                &launch,
                port,
                native_port,
            )
            .await
            {
                Ok(started) => break started,
                Err(why) if attempt < 3 => {
                    eprintln!("desktop driver, attempt {attempt}: {why}; retrying")
                }
                Err(why) => panic!("{why}"),
            }
        };
        let app = App {
            client,
            _driver: driver,
            xvfb,
            home,
            _serial: serial,
        };
        app.wait_for("[data-screen=welcome]", 20).await;
        app
    }

    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config")
    }

    pub fn downloads(&self) -> PathBuf {
        self.home.path().join("Downloads")
    }

    /// Ends the session (the app quits), then tauri-driver and Xvfb (dropped with `self`).
    pub async fn stop(self) {
        let _ = self.client.clone().close().await;
    }

    pub async fn wait_for(&self, css: &str, secs: u64) -> fantoccini::elements::Element {
        match self
            .client
            .wait()
            .at_most(Duration::from_secs(secs))
            .for_element(Locator::Css(css))
            .await
        {
            Ok(el) => el,
            Err(e) => panic!(
                "{css} did not appear within {secs} s: {e}\n{}",
                self.page_text().await
            ),
        }
    }

    /// The first element matching `css`, waiting up to 5 s for it: screens render data they load
    /// (saved stores, scenarios) a moment after they appear.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.wait_for(css, 5).await
    }

    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Clicks `css`, then waits up to `secs` for `then`. A click that lands while its list is
    /// drawn again (a scheduled check that ends re-renders the saved stores) reaches no handler,
    /// for a person as for this driver; while `css` is still on show after a few seconds, it is
    /// clicked again, as the owner would.
    pub async fn click_until(&self, css: &str, then: &str, secs: u64) {
        let until = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Ok(button) = self.client.find(Locator::Css(css)).await {
                let _ = button.click().await;
            }
            let again = Instant::now() + Duration::from_secs(5);
            loop {
                if self.client.find(Locator::Css(then)).await.is_ok() {
                    return;
                }
                if Instant::now() > until {
                    panic!(
                        "{then} did not appear within {secs} s of clicking {css}:\n{}",
                        self.page_text().await
                    );
                }
                let still_there = self.client.find(Locator::Css(css)).await.is_ok();
                if still_there && Instant::now() > again {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of {css}: {e}"))
    }

    /// An attribute of the first element matching `css`.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.find(css)
            .await
            .attr(name)
            .await
            .unwrap_or_else(|e| panic!("{name} of {css}: {e}"))
    }

    /// The `value` of a form field.
    pub async fn value(&self, css: &str) -> Option<String> {
        self.find(css)
            .await
            .prop("value")
            .await
            .unwrap_or_else(|e| panic!("value of {css}: {e}"))
    }

    /// Types into a form field.
    pub async fn type_into(&self, css: &str, text: &str) {
        self.find(css)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into {css}: {e}"));
    }

    /// The approval address the wizard shows once "Authorize in the browser" is clicked.
    pub async fn approval_link(&self) -> String {
        self.wait_for("#authorize-link", 30).await;
        self.value("#authorize-link")
            .await
            .expect("the approval address is shown")
    }

    /// The Done screen's access matrix: what the app may do with a resource (`yes`, `no`, …) in
    /// the `read` or `write` column.
    pub async fn access(&self, resource: &str, column: &str) -> Option<String> {
        let nth = if column == "read" { 1 } else { 2 };
        self.attr(
            &format!("#access-matrix tr[data-resource={resource}] td:nth-of-type({nth})"),
            "data-access",
        )
        .await
    }

    /// The verdict on the results screen (`healthy`, `problems`, `unreachable`).
    pub async fn verdict(&self) -> String {
        self.attr("#verdict", "data-verdict")
            .await
            .unwrap_or_default()
    }

    /// Welcome screen: picks a demo scenario and starts it.
    pub async fn start_demo(&self, scenario: &str) {
        self.until(
            "scenarios loaded",
            "document.querySelectorAll('#scenario option').length > 10",
            10,
        )
        .await;
        self.find("#scenario")
            .await
            .select_by_value(scenario)
            .await
            .unwrap_or_else(|e| panic!("scenario {scenario}: {e}"));
        self.click("#try-demo").await;
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    pub async fn page_text(&self) -> String {
        match self
            .client
            .execute(
                "return document.body ? document.body.innerText : ''",
                vec![],
            )
            .await
        {
            Ok(Value::String(s)) => s,
            other => format!("{other:?}"),
        }
    }

    /// Polls a JS expression until it is true.
    pub async fn until(&self, what: &str, expr: &str, secs: u64) {
        let until = Instant::now() + Duration::from_secs(secs);
        loop {
            if self.js(&format!("return !!({expr})")).await == Value::Bool(true) {
                return;
            }
            if Instant::now() > until {
                panic!(
                    "{what}: still not true after {secs} s ({expr})\n{}",
                    self.page_text().await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The screen's name (`data-screen` of the visible screen).
    pub async fn screen(&self) -> String {
        self.js(
            "const s = document.querySelector('[data-screen]'); return s ? s.dataset.screen : ''",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Saves a PNG of the window's page as NAME.png: to target/screenshots on every run, and to the
    /// checked-in docs/screenshots (which the README shows) when HANDSHAKE_UPDATE_SCREENSHOTS=1, so a
    /// test run does not leave the working tree modified.
    pub async fn screenshot(&self, name: &str) {
        // Let transitions and fonts settle.
        tokio::time::sleep(Duration::from_millis(250)).await;
        // WebKitGTK answers a WebDriver screenshot after the page's next repaint, and with the
        // DMA-BUF renderer off (as the app runs) a settled page never repaints: keep a 1-pixel,
        // practically transparent mark changing while the screenshot is taken, then remove it.
        self.js(
            "const d = document.createElement('div'); d.id = 'e2e-repaint'; \
             Object.assign(d.style, { position: 'fixed', left: '0', top: '0', width: '1px', height: '1px', \
             pointerEvents: 'none', background: 'rgba(0,0,0,0.01)' }); document.body.append(d); \
             let on = false; window.__e2eRepaint = setInterval(() => { on = !on; \
             d.style.background = on ? 'rgba(0,0,0,0.02)' : 'rgba(0,0,0,0.01)'; }, 50); return true",
        )
        .await;
        let png = tokio::time::timeout(Duration::from_secs(20), self.client.screenshot())
            .await
            .unwrap_or_else(|_| panic!("screenshot {name}: no answer within 20 s"))
            .unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
        self.js("clearInterval(window.__e2eRepaint); document.getElementById('e2e-repaint').remove(); return true")
            .await;
        assert!(
            png.starts_with(b"\x89PNG"),
            "screenshot {name} is not a PNG"
        );
        let mut dirs = vec![workspace_dir().join("target/screenshots")];
        if std::env::var_os("HANDSHAKE_UPDATE_SCREENSHOTS").is_some_and(|v| v == "1") {
            dirs.push(workspace_dir().join("docs/screenshots"));
        }
        for dir in dirs {
            std::fs::create_dir_all(&dir).expect("screenshot folder");
            std::fs::write(dir.join(format!("{name}.png")), &png).expect("screenshot written");
        }
    }

    /// Runs axe-core (WCAG 2.1 A and AA: labels, names, contrast, landmarks…) on the current screen and
    /// fails on any violation.
    pub async fn check_accessibility(&self, screen: &str) {
        let axe = manifest_dir().join("node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe).unwrap_or_else(|e| {
            panic!(
                "{}: {e}: run `npm install` in src-tauri (scripts/install-deps.sh test does it)",
                axe.display()
            )
        });
        if self.js("return typeof window.axe === 'object'").await != Value::Bool(true) {
            self.js(&format!("{source}\n;return true;")).await;
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            window.axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            }).then(
                (r) => done(r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ` +
                    v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join('\n    '))),
                (e) => done([`axe failed: ${e}`]),
            );
        "#;
        let result = self
            .client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("axe on {screen}: {e}"));
        let violations: Vec<String> = serde_json::from_value(result).expect("a list of violations");
        assert!(
            violations.is_empty(),
            "accessibility violations on the {screen} screen:\n{}",
            violations.join("\n")
        );
    }

    /// What the X clipboard holds (read with xclip, as another program would paste it).
    pub fn clipboard(&self) -> String {
        let xclip = require("xclip", "apt-get install xclip");
        let out = Command::new(xclip)
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", &self.xvfb.display)
            .output()
            .expect("xclip runs");
        assert!(
            out.status.success(),
            "xclip: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 clipboard")
    }
}
