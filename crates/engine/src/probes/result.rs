//! What a probe leaves behind: an outcome for the checklist and typed evidence for the analysis.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use super::id::ProbeId;
use crate::http::{Exchange, Fetched};
use crate::net::tls_check::TlsReport;
use crate::report::{Outcome, ProbeRecord};
use crate::store_url::StoreUrl;

#[derive(Debug, Clone)]
pub enum ProbeData {
    None,
    /// The resolver or socket error, when the network steps failed.
    NetError(String),
    Addresses(Vec<SocketAddr>),
    Connected(SocketAddr),
    Tls(TlsReport),
    Home(HomeData),
    Http(Fetched),
    /// An HTTP answer with this computer's clock read around it (the `Date` comparison).
    Clock(super::clock::ClockReading),
}

/// What the home page probe established for every later probe.
#[derive(Debug, Clone)]
pub struct HomeData {
    /// The store URL to use from now on (after redirects within the entered origin and the
    /// https→http fallback). Never another host: see `elsewhere`.
    pub base: StoreUrl,
    /// The home page redirected outside the address the owner entered (another host, scheme or
    /// port): where it leads. Nothing is sent there with credentials until the owner confirms it.
    pub elsewhere: Option<StoreUrl>,
    /// That redirect (or one before it) came over plain http, where anyone on the path can forge it.
    pub elsewhere_over_http: bool,
    pub fetched: Fetched,
    /// https was assumed, failed, and plain http answered.
    pub fell_back_to_http: bool,
    /// Why https failed, when it did.
    pub https_error: Option<String>,
    /// The certificate is broken: later probes use the insecure client and send no credentials.
    pub insecure_tls: bool,
}

impl HomeData {
    /// May probes send the store's credentials to `base`? Why not, when they may not.
    pub fn credentials_refused(
        &self,
        entered: &StoreUrl,
        lang: handshake_l10n::Lang,
    ) -> Option<String> {
        if let Some(other) = &self.elsewhere {
            return Some(handshake_l10n::t!(
                lang,
                "probe-skip-credentials-elsewhere",
                "address" => other.to_string()
            ));
        }
        if !entered.allows_credentials_at(self.base.as_url()) {
            return Some(handshake_l10n::t!(
                lang,
                "probe-skip-credentials-other-origin",
                "entered" => entered.as_url().origin().ascii_serialization(),
                "other" => self.base.as_url().origin().ascii_serialization()
            ));
        }
        None
    }
}

#[derive(Debug, Clone)]
pub struct ProbeResult {
    pub id: ProbeId,
    pub outcome: Outcome,
    pub duration: Duration,
    pub summary: String,
    pub data: ProbeData,
}

impl ProbeResult {
    pub fn skipped(id: ProbeId, why: &str) -> ProbeResult {
        ProbeResult {
            id,
            outcome: Outcome::Skipped,
            duration: Duration::ZERO,
            summary: why.to_string(),
            data: ProbeData::None,
        }
    }

    /// The result of an HTTP probe: its verdict and the whole exchange for the analysis.
    pub fn http(
        id: ProbeId,
        (outcome, summary): (Outcome, String),
        started: std::time::Instant,
        fetched: Fetched,
    ) -> ProbeResult {
        ProbeResult {
            id,
            outcome,
            duration: started.elapsed(),
            summary,
            data: ProbeData::Http(fetched),
        }
    }

    /// The last response this probe got (after redirects), if any.
    pub fn exchange(&self) -> Option<&Exchange> {
        match &self.data {
            ProbeData::Http(f) => f.last(),
            ProbeData::Home(h) => h.fetched.last(),
            ProbeData::Clock(c) => c.fetched.last(),
            _ => None,
        }
    }

    pub fn fetched(&self) -> Option<&Fetched> {
        match &self.data {
            ProbeData::Http(f) => Some(f),
            ProbeData::Home(h) => Some(&h.fetched),
            ProbeData::Clock(c) => Some(&c.fetched),
            _ => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        self.exchange().map(|e| e.status)
    }

    pub fn record(&self) -> ProbeRecord {
        ProbeRecord {
            id: self.id.into(),
            outcome: self.outcome,
            duration_ms: self.duration.as_millis() as u64,
            http_status: self.status(),
            summary: self.summary.clone(),
            vantage: None,
            block: self.exchange().and_then(crate::vantage::block::seen),
        }
    }
}

/// Finished probes, by id. Shared read-only with the probes that depend on them.
#[derive(Debug, Clone, Default)]
pub struct Results {
    map: HashMap<ProbeId, Arc<ProbeResult>>,
}

impl Results {
    pub fn insert(&mut self, r: ProbeResult) {
        self.map.insert(r.id, Arc::new(r));
    }
    pub fn get(&self, id: ProbeId) -> Option<&ProbeResult> {
        self.map.get(&id).map(|a| a.as_ref())
    }
    pub fn contains(&self, id: ProbeId) -> bool {
        self.map.contains_key(&id)
    }
    pub fn home(&self) -> Option<&HomeData> {
        match self.get(ProbeId::Home).map(|r| &r.data) {
            Some(ProbeData::Home(h)) => Some(h),
            _ => None,
        }
    }
    /// The exchange of a probe, if it ran and got an answer.
    pub fn exchange(&self, id: ProbeId) -> Option<&Exchange> {
        self.get(id).and_then(|r| r.exchange())
    }
    pub fn all(&self) -> impl Iterator<Item = &ProbeResult> {
        self.map.values().map(|a| a.as_ref())
    }
}
