//! Both vantages at once: this computer's diagnosis and the relay's remote check run concurrently,
//! then the relay's records join the report and the contrast is added
//! ([`handshake_engine::vantage`]). Shared by `handshake doctor --relay` and the wizard.
//!
//! Only the store's address and two `User-Agent` strings go to the relay: never a credential.

use std::time::Duration;

use handshake_engine::diagnose_also_in;
use handshake_engine::vantage::{self, RemoteOutcome};
use handshake_engine::Lang;
use handshake_engine::{DiagnoseOptions, EngineError, ProbeId, ProgressSink, Report};
use handshake_relay_client::client::RelayClient;

/// Where the remote check is asked for.
#[derive(Debug, Clone)]
pub struct RelayTarget {
    pub url: String,
    /// Extra CA to trust for the relay (a private test relay).
    pub ca_pem: Option<String>,
}

/// Runs the local diagnosis and, when a relay is given, the remote check at the same time; the
/// whole run still ends within `opts.timeout`.
pub async fn diagnose_from_both(
    opts: DiagnoseOptions,
    relay: Option<RelayTarget>,
    progress: ProgressSink,
) -> Result<Report, EngineError> {
    Ok(diagnose_from_both_also_in(opts, relay, progress, None)
        .await?
        .0)
}

/// [`diagnose_from_both`], with the report also written in `also` (the probes and the remote
/// check run once): the host e-mail's English copy below the owner's language.
pub async fn diagnose_from_both_also_in(
    opts: DiagnoseOptions,
    relay: Option<RelayTarget>,
    progress: ProgressSink,
    also: Option<Lang>,
) -> Result<(Report, Option<Report>), EngineError> {
    let Some(relay) = relay else {
        return diagnose_also_in(opts, progress, also).await;
    };
    let profile = opts.profile.clone();
    let store = opts.store.to_string();
    let agents = [
        profile.app_user_agent(),
        handshake_engine::BROWSER_USER_AGENT.to_string(),
    ];
    let timeout = opts.timeout;
    let (reports, remote) = tokio::join!(
        diagnose_also_in(opts, progress, also),
        remote_check(&relay, &store, &agents, timeout)
    );
    let (mut report, mut copy) = reports?;
    if let Some(copy) = copy.as_mut() {
        vantage::merge(copy, &relay.url, remote.clone(), &profile);
    }
    vantage::merge(&mut report, &relay.url, remote, &profile);
    Ok((report, copy))
}

/// The relay's answer, or why there is none, in words that blame neither the store nor the owner.
pub async fn remote_check(
    relay: &RelayTarget,
    store_url: &str,
    agents: &[String; 2],
    timeout: Duration,
) -> RemoteOutcome {
    let client = match RelayClient::new(&relay.url, relay.ca_pem.as_deref()) {
        Ok(c) => c,
        Err(e) => return RemoteOutcome::Failed(e.to_string()),
    };
    let asked = client.remote_check(store_url, agents.as_slice());
    match tokio::time::timeout(timeout, asked).await {
        Ok(Ok(answer)) => RemoteOutcome::Ran {
            address: answer.vantage.address,
            label: answer.vantage.label,
            probes: answer
                .probes
                .into_iter()
                .filter_map(|p| {
                    let mut record = p.record;
                    // The browser's run: only its REST index is compared, under its own name.
                    if agents[0] != agents[1] && p.user_agent.as_deref() == Some(agents[1].as_str())
                    {
                        if record.probe_id() != Some(ProbeId::RestIndex) {
                            return None;
                        }
                        record.id = ProbeId::RestIndexBrowser.into();
                    }
                    Some(record)
                })
                .collect(),
        },
        Ok(Err(e)) => RemoteOutcome::Failed(e.to_string()),
        Err(_) => RemoteOutcome::Failed(format!(
            "the relay did not answer within {} s",
            timeout.as_secs()
        )),
    }
}
