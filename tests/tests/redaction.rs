//! A run with known credentials never shows them: not in the JSON report, not in the human report,
//! not in probe summaries, whatever the scenario.

use handshake_tests::{secret_needles, start, Run};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn reports_never_contain_a_secret() {
    for scenario in [
        "healthy",
        "auth-header-stripped",
        "secret-mismatch",
        "key-revoked",
        "https-not-detected",
        "read-only-key",
        "cloudflare-post-authstrip",
    ] {
        let store = start(scenario).await;
        let report = Run::against(&store).report().await;
        let json = serde_json::to_string(&report).unwrap();
        let debug = format!("{report:?}");
        for needle in secret_needles() {
            assert!(
                !json.contains(&needle),
                "{scenario}: the JSON report contains a secret ({}…)",
                &needle[..6]
            );
            assert!(
                !debug.contains(&needle),
                "{scenario}: the report's Debug contains a secret ({}…)",
                &needle[..6]
            );
        }
        store.shutdown().await;
    }
}
