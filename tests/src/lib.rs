//! Shared test helpers: start a scenario store on loopback and diagnose it with the engine, the way
//! the CLI and the wizard do, without any DNS query leaving the machine.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

pub use demo_store::RunningStore;
use handshake_demo as demo_store;
use handshake_engine::{
    diagnose, no_progress, AppPassword, Credentials, DiagnoseOptions, Profile, Report, StoreUrl,
    Trust, WooKeys,
};

pub mod binaries;
pub mod trap;

pub async fn start(scenario: &str) -> RunningStore {
    demo_store::start(demo_store::StoreOptions::new(scenario))
        .await
        .unwrap_or_else(|e| panic!("scenario {scenario} did not start: {e}"))
}

/// Options to diagnose `store` as the CLI would: trusting its CA, no DNS query leaving the machine.
pub fn diagnose_options(store: &RunningStore) -> DiagnoseOptions {
    let mut opts =
        DiagnoseOptions::new(StoreUrl::parse(store.url().as_str()).expect("store URL parses"));
    opts.trust = Trust::from_pem(store.ca_pem().expect("the store serves TLS"), "store CA")
        .expect("store CA parses");
    opts.offline_dns = true;
    opts
}

pub fn test_credentials() -> Credentials {
    Credentials {
        woo: Some(
            WooKeys::new(
                demo_store::TEST_CONSUMER_KEY,
                demo_store::TEST_CONSUMER_SECRET,
            )
            .unwrap(),
        ),
        app_password: Some(
            AppPassword::new(demo_store::TEST_WP_USER, demo_store::TEST_WP_APP_PASSWORD).unwrap(),
        ),
    }
}

/// Every form a secret could leak in: key, secret, app password (with and without spaces), and the
/// Basic header values.
pub fn secret_needles() -> Vec<String> {
    use base64::Engine as _;
    let b64 = |s: String| base64::engine::general_purpose::STANDARD.encode(s);
    vec![
        demo_store::TEST_CONSUMER_SECRET.to_string(),
        demo_store::TEST_CONSUMER_KEY.to_string(),
        demo_store::TEST_WP_APP_PASSWORD.to_string(),
        demo_store::TEST_WP_APP_PASSWORD.replace(' ', ""),
        b64(format!(
            "{}:{}",
            demo_store::TEST_CONSUMER_KEY,
            demo_store::TEST_CONSUMER_SECRET
        )),
        b64(format!(
            "{}:{}",
            demo_store::TEST_WP_USER,
            demo_store::TEST_WP_APP_PASSWORD
        )),
    ]
}

pub struct Run {
    pub url: String,
    pub credentials: Option<Credentials>,
    pub profile: Profile,
    pub timeout: Duration,
    pub resolve: HashMap<String, Vec<IpAddr>>,
    pub ca_pem: Option<String>,
}

impl Run {
    pub fn against(store: &RunningStore) -> Run {
        Run {
            url: store.url().to_string(),
            credentials: Some(test_credentials()),
            profile: Profile::default(),
            timeout: Duration::from_secs(15),
            resolve: HashMap::new(),
            ca_pem: store.ca_pem().map(str::to_string),
        }
    }

    pub async fn report(self) -> Report {
        let store = StoreUrl::parse(&self.url).expect("test URL parses");
        let mut opts = DiagnoseOptions::new(store);
        opts.trust = match &self.ca_pem {
            Some(pem) => Trust::from_pem(pem, "test CA").unwrap(),
            None => Trust::system(),
        };
        opts.credentials = self.credentials.unwrap_or_default();
        opts.profile = self.profile;
        opts.timeout = self.timeout;
        opts.resolve = self.resolve;
        opts.offline_dns = true;
        diagnose(opts, no_progress()).await.expect("diagnosis runs")
    }
}

/// The ids of the findings with severity `error`, sorted.
pub fn error_ids(report: &Report) -> Vec<String> {
    let mut ids: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity == handshake_engine::Severity::Error)
        .map(|f| f.id.to_string())
        .collect();
    ids.sort();
    ids
}

pub fn all_ids(report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| format!("{}:{:?}", f.id, f.severity))
        .collect()
}
