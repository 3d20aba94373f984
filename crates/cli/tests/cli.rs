//! The `handshake` binary as users and scripts see it: exit statuses, `--json` printing exactly one
//! report, bad input refused with a specific message, and no secret in any output.

use std::path::PathBuf;
use std::process::{Command, Output};

use handshake_demo as demo_store;

const BIN: &str = env!("CARGO_BIN_EXE_handshake");

struct Store {
    store: demo_store::RunningStore,
    ca: tempfile::NamedTempFile,
    _rt: tokio::runtime::Runtime,
}

fn store(scenario: &str) -> Store {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let store = rt
        .block_on(demo_store::start(demo_store::StoreOptions::new(scenario)))
        .unwrap();
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), store.ca_pem().unwrap()).unwrap();
    Store { store, ca, _rt: rt }
}

fn handshake(args: &[&str], env: &[(&str, &str)]) -> Output {
    let config = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(BIN);
    // The English the assertions read, whatever the system's language.
    cmd.env("HANDSHAKE_LANG", "en");
    cmd.args(args)
        .env_remove("HANDSHAKE_CONSUMER_KEY")
        .env_remove("HANDSHAKE_CONSUMER_SECRET");
    cmd.env_remove("HANDSHAKE_WP_USER")
        .env_remove("HANDSHAKE_WP_APP_PASSWORD");
    cmd.env("HANDSHAKE_CONFIG_DIR", config.path());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("handshake runs")
}

fn ca_arg(s: &Store) -> PathBuf {
    s.ca.path().to_path_buf()
}

#[test]
fn json_report_is_one_document_with_contract_fields_and_exit_codes() {
    let healthy = store("healthy");
    let out = handshake(
        &[
            "doctor",
            healthy.store.url().as_str(),
            "--json",
            "--ca-cert",
            ca_arg(&healthy).to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("stdout is exactly one JSON document");
    assert_eq!(report["schema"], "handshake.report/1");
    assert_eq!(report["verdict"], "healthy");
    for field in [
        "tool_version",
        "store_url",
        "started_at",
        "duration_ms",
        "findings",
        "probes",
    ] {
        assert!(report.get(field).is_some(), "missing {field}");
    }

    let blocked = store("cloudflare-block");
    let out = handshake(
        &[
            "doctor",
            blocked.store.url().as_str(),
            "--json",
            "--ca-cert",
            ca_arg(&blocked).to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["verdict"], "problems");
    let f = &report["findings"][0];
    assert_eq!(f["id"], "waf.cloudflare");
    assert!(f["fixes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["kind"] == "cloudflare-rule"));
}

#[test]
fn bad_input_exits_2_with_a_specific_message_and_no_report() {
    for (args, needle) in [
        (vec!["doctor", "ftp://shop.example"], "scheme"),
        (vec!["doctor", "   "], "empty"),
        (vec!["doctor", "shop.test", "--timeout", "0"], "timeout"),
        (
            vec![
                "doctor",
                "shop.test",
                "--profile",
                "/nonexistent/profile.toml",
            ],
            "profile",
        ),
        (
            vec!["doctor", "shop.test", "--app", "no-such-app"],
            "lightspeed",
        ),
        (
            vec!["doctor", "shop.test", "--resolve", "shop.test=not-an-ip"],
            "not an IP",
        ),
        (
            vec!["demo", "--scenario", "no-such-scenario"],
            "unknown scenario",
        ),
        (vec!["forget", "never-saved.test"], "not saved"),
    ] {
        let out = handshake(&args, &[]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.to_lowercase().contains(&needle.to_lowercase()),
            "{args:?}: {stderr}"
        );
        assert!(
            out.stdout.is_empty()
                || !String::from_utf8_lossy(&out.stdout).contains("handshake.report"),
            "{args:?}"
        );
    }
    let out = handshake(
        &["doctor", "shop.test"],
        &[("HANDSHAKE_CONSUMER_KEY", "ck_short")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("HANDSHAKE_CONSUMER_SECRET"));
}

#[test]
fn secrets_never_appear_in_any_output() {
    use base64::Engine as _;
    let s = store("auth-header-stripped");
    let env = [
        ("HANDSHAKE_CONSUMER_KEY", demo_store::TEST_CONSUMER_KEY),
        (
            "HANDSHAKE_CONSUMER_SECRET",
            demo_store::TEST_CONSUMER_SECRET,
        ),
        ("HANDSHAKE_WP_USER", demo_store::TEST_WP_USER),
        (
            "HANDSHAKE_WP_APP_PASSWORD",
            demo_store::TEST_WP_APP_PASSWORD,
        ),
    ];
    let basic = base64::engine::general_purpose::STANDARD.encode(format!(
        "{}:{}",
        demo_store::TEST_CONSUMER_KEY,
        demo_store::TEST_CONSUMER_SECRET
    ));
    for json in [true, false] {
        let mut args = vec![
            "doctor",
            s.store.url().as_str(),
            "--ca-cert",
            s.ca.path().to_str().unwrap(),
        ];
        if json {
            args.push("--json");
        }
        let out = handshake(&args, &env);
        assert_eq!(out.status.code(), Some(1), "finds the stripped header");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        for secret in [
            demo_store::TEST_CONSUMER_SECRET,
            demo_store::TEST_CONSUMER_KEY,
            demo_store::TEST_WP_APP_PASSWORD,
            &basic,
        ] {
            assert!(
                !all.contains(secret),
                "output contains a secret (json={json})"
            );
        }
        assert!(all.contains("auth.header_stripped"));
    }
}

/// `doctor --host-email`: a message a host's support engineer can act on, with no secret in it.
#[test]
fn host_email_names_the_cause_the_evidence_and_the_fix_without_secrets() {
    let s = store("auth-header-stripped");
    let env = [
        ("HANDSHAKE_CONSUMER_KEY", demo_store::TEST_CONSUMER_KEY),
        (
            "HANDSHAKE_CONSUMER_SECRET",
            demo_store::TEST_CONSUMER_SECRET,
        ),
        ("HANDSHAKE_WP_USER", demo_store::TEST_WP_USER),
        (
            "HANDSHAKE_WP_APP_PASSWORD",
            demo_store::TEST_WP_APP_PASSWORD,
        ),
    ];
    let url = s.store.url().to_string();
    let out = handshake(
        &[
            "doctor",
            &url,
            "--host-email",
            "--ca-cert",
            s.ca.path().to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(out.status.code(), Some(1), "the exit status is the check's");
    let mail = String::from_utf8(out.stdout).unwrap();
    assert!(mail.starts_with("Subject: WooCommerce store "), "{mail}");
    assert!(
        mail.contains(&url) && mail.contains("[auth.header_stripped"),
        "{mail}"
    );
    assert!(
        mail.contains("What the tool saw:") && mail.contains(" → HTTP "),
        "{mail}"
    );
    assert!(mail.contains("The fix ("), "{mail}");
    for secret in [
        demo_store::TEST_CONSUMER_SECRET,
        demo_store::TEST_CONSUMER_KEY,
        demo_store::TEST_WP_APP_PASSWORD,
    ] {
        assert!(!mail.contains(secret), "the e-mail contains a secret");
    }
    let both = handshake(&["doctor", &url, "--host-email", "--json"], &[]);
    assert_eq!(
        both.status.code(),
        Some(2),
        "--host-email replaces the report"
    );
}

/// The error ids of a `--json` report.
fn error_ids_of(out: &Output) -> Vec<String> {
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON report");
    let mut ids: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn demo_runs_the_authorization_scenarios_and_the_www_redirect_to_their_verdicts() {
    // The authorization faults show only in the connect flow: the demo runs it against its relay.
    for (scenario, id) in [
        ("owner-denies", "connect.denied"),
        ("outbound-blocked", "connect.timeout"),
        ("callback-mangled", "callback.rejected"),
    ] {
        let out = handshake(&["demo", "--scenario", scenario, "--json"], &[]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{scenario}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(error_ids_of(&out), vec![id.to_string()], "{scenario}");
    }
    // www. needs a host name: the demo names its store shop.test.
    let out = handshake(&["demo", "--scenario", "www-redirect", "--json"], &[]);
    assert_eq!(error_ids_of(&out), vec!["http.redirect".to_string()]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        report["redirects_to"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://www.shop.test:")),
        "{report}"
    );
}

#[test]
fn demo_lists_scenarios_and_runs_one() {
    let out = handshake(&["demo", "--list"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let list = String::from_utf8_lossy(&out.stdout);
    assert!(
        list.contains("healthy") && list.contains("cloudflare-block"),
        "{list}"
    );
    let out = handshake(&["demo", "--scenario", "plain-permalinks"], &[]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("rest.plain_permalinks") && text.contains("Settings → Permalinks"),
        "{text}"
    );
}

/// A reader that stops early (`handshake … | head -1`) ends the program quietly, as with any Unix
/// tool: no panic, no backtrace on the terminal.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_handshake"))
        .env("HANDSHAKE_LANG", "en")
        .args(["demo", "--list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start handshake");
    // Close the reading end before the program writes anything.
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    let status = child.wait().expect("wait");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !status.success() || stderr.is_empty(),
        "{status:?} {stderr}"
    );
}
