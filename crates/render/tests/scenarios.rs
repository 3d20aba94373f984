//! Every scenario of the scenario store, diagnosed once and rendered in every form: the JSON is
//! checked against the contract's schema (docs/report.schema.json), and each form is a snapshot
//! (tests/snapshots/), with what changes from run to run (ports, dates, timings) redacted.
//!
//! Update after a reviewed change of wording: `INSTA_UPDATE=always cargo test -p handshake-render
//! --test scenarios` (or `cargo insta review`), then read the diff.

use std::time::Duration;

use handshake_demo as demo_store;
use handshake_engine::{
    diagnose, no_progress, AppPassword, Credentials, DiagnoseOptions, FindingId, Report, StoreUrl,
    Trust, WooKeys,
};
use handshake_l10n::Lang;
use handshake_render::{render, Format};
use serde_json::Value;

/// One scenario's report, diagnosed as the CLI's `demo` does (with the test key and application
/// password, trusting the store's CA, no DNS query leaving the machine).
async fn report_of(scenario: &'static str) -> (&'static str, Report) {
    let store = demo_store::start(demo_store::StoreOptions::new(scenario))
        .await
        .unwrap_or_else(|e| panic!("scenario {scenario} did not start: {e}"));
    let mut opts = DiagnoseOptions::new(StoreUrl::parse(store.url().as_str()).unwrap());
    if let Some(pem) = store.ca_pem() {
        opts.trust = Trust::from_pem(pem, "store CA").unwrap();
    }
    opts.offline_dns = true;
    opts.lang = Lang::En;
    // Long enough that a silent or dripping store is cut off by each request's own limit (8 s),
    // never by the whole run's: which of the two ends a request first is a race on a busy machine,
    // and would change the report from run to run.
    opts.timeout = Duration::from_secs(60);
    opts.credentials = Credentials {
        woo: WooKeys::new(
            demo_store::TEST_CONSUMER_KEY,
            demo_store::TEST_CONSUMER_SECRET,
        )
        .ok(),
        app_password: AppPassword::new(demo_store::TEST_WP_USER, demo_store::TEST_WP_APP_PASSWORD)
            .ok(),
    };
    let report = diagnose(opts, no_progress())
        .await
        .unwrap_or_else(|e| panic!("scenario {scenario}: {e}"));
    store.shutdown().await;
    (scenario, report)
}

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/report.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("docs/report.schema.json"))
        .expect("the schema is JSON")
}

/// The schema with every object closed (`additionalProperties: false`): a field the tool writes
/// that the schema does not describe fails here, while readers keep the open schema.
fn closed(mut schema: Value) -> Value {
    fn close(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if map.get("type").and_then(Value::as_str) == Some("object") {
                    map.insert("additionalProperties".into(), Value::Bool(false));
                }
                map.values_mut().for_each(close);
            }
            Value::Array(items) => items.iter_mut().for_each(close),
            _ => {}
        }
    }
    close(&mut schema);
    schema
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("docs/report.schema.json is a valid JSON Schema")
}

fn problems(validator: &jsonschema::Validator, json: &Value) -> Vec<String> {
    validator
        .iter_errors(json)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Ports, dates and timings differ run to run; everything else is what the owner reads.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    for (pattern, with) in [
        // Loopback stores on a free port.
        (
            r"(127\.0\.0\.\d+|localhost|\[::1\]|shop\.test):\d{2,5}",
            "$1:[port]",
        ),
        // When the check ran, and dates in certificates or headers.
        (
            r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?",
            "[datetime]",
        ),
        (r"\b\d{4}-\d\d-\d\d\b", "[date]"),
        (
            r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d( GMT)?",
            "[http-date]",
        ),
        // A store that drips its answer is cut off by the step's or the whole run's time limit,
        // whichever comes first on a busy machine: both say the same thing.
        (
            r"no complete answer after [0-9.]+ ?m?s, when the run(&#39;|')s time limit was reached|no answer within [0-9.]+ ?m?s",
            "[no answer in time]",
        ),
        // Timings: JSON fields and times in words.
        (r#""duration_ms": \d+"#, r#""duration_ms": "[ms]""#),
        (r"\b\d+(\.\d+)? ?(ms|s)\b", "[time]"),
        // Apache's error page names its port.
        (r"\bPort \d{2,5}\b", "Port [port]"),
        // Cache-busting query values and OAuth 1.0a's nonce and clock, new for every request.
        (r"_handshake=[A-Za-z0-9]+", "_handshake=[nonce]"),
        (r"oauth_nonce=[A-Za-z0-9]+", "oauth_nonce=[nonce]"),
        (r"oauth_timestamp=\d+", "oauth_timestamp=[timestamp]"),
        // Block pages' incident ids, new for every request: Cloudflare's Ray ID, Akamai's reference.
        (r"\b[0-9a-f]{16}-[A-Z]{3}\b", "[ray-id]"),
        (r"\b18\.[0-9a-f]+\.\d+\.[0-9a-f]+\b", "[reference]"),
        (
            r#""tool_version": "[^"]*""#,
            r#""tool_version": "[version]""#,
        ),
        (
            r"WooCommerce \d+\.\d+\.\d+(-[a-z0-9.]+)?\b",
            "WooCommerce [version]",
        ),
    ] {
        s.add_filter(pattern, with);
    }
    s
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_scenarios_report_in_every_form() {
    // Concurrently: each scenario has its own store on its own port.
    let runs: Vec<_> = demo_store::scenarios()
        .iter()
        .map(|s| tokio::spawn(report_of(s.name)))
        .collect();
    let mut reports = Vec::new();
    for run in runs {
        reports.push(run.await.expect("scenario task"));
    }

    let open = validator(&schema());
    let strict = validator(&closed(schema()));
    let mut wrong = Vec::new();
    for (scenario, report) in &reports {
        // The bytes `handshake doctor --json` prints.
        let text = render(report, Format::Json, report.lang);
        let json: Value = serde_json::from_str(&text).expect("the JSON form is JSON");
        for p in problems(&open, &json) {
            wrong.push(format!("{scenario}: {p}"));
        }
        for p in problems(&strict, &json) {
            wrong.push(format!("{scenario}: not in the schema: {p}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "reports that break docs/report.schema.json:\n{}",
        wrong.join("\n")
    );

    let settings = settings();
    settings.bind(|| {
        for (scenario, report) in &reports {
            for format in Format::ALL {
                let text = render(report, format, report.lang);
                insta::assert_snapshot!(format!("{scenario}.{}", format.extension()), text);
            }
        }
    });
}

/// The schema names every finding id the engine has, and no other.
#[test]
fn the_schema_lists_every_finding_id() {
    let schema = schema();
    let listed: Vec<&str> = schema["$defs"]["finding_id"]["enum"]
        .as_array()
        .expect("finding_id is an enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let ids: Vec<&str> = FindingId::ALL.iter().map(|id| id.as_str()).collect();
    assert_eq!(listed, ids);
}

/// A report that breaks the contract is refused: the test above can fail.
#[test]
fn the_schema_refuses_what_the_contract_forbids() {
    let v = validator(&schema());
    let good = serde_json::json!({
        "schema": "handshake.report/1", "tool_version": "0.1.0",
        "store_url": "https://shop.example.com/", "started_at": "2026-01-01T12:00:00Z",
        "duration_ms": 412, "verdict": "problems", "lang": "en", "probes": [],
        "findings": [{ "id": "waf.cloudflare", "severity": "error", "title": "t",
            "explanation": "e", "evidence": [], "fixes": [] }]
    });
    assert!(v.is_valid(&good), "{:?}", problems(&v, &good));
    for (path, bad) in [
        ("/verdict", serde_json::json!("fine")),
        ("/findings/0/severity", serde_json::json!("fatal")),
        ("/findings/0/id", serde_json::json!("waf.guess")),
        ("/started_at", serde_json::json!("yesterday")),
        ("/schema", serde_json::json!("handshake.report/2")),
    ] {
        let mut report = good.clone();
        *report.pointer_mut(path).unwrap() = bad;
        assert!(!v.is_valid(&report), "{path} accepted");
    }
    let mut report = good.clone();
    report.as_object_mut().unwrap().remove("findings");
    assert!(!v.is_valid(&report));
    let strict = validator(&closed(schema()));
    let mut report = good;
    report["secret"] = serde_json::json!("x");
    assert!(!strict.is_valid(&report));
}
