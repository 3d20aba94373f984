//! The report: what a diagnosis hands to every renderer (terminal, JSON, wizard, exports).
//! Shapes follow `handshake.report/1` in docs/contract.md.

use serde::{Deserialize, Serialize};

use crate::finding_id::FindingId;
use crate::probes::RecordId;
pub use handshake_l10n::Lang;

pub const REPORT_SCHEMA: &str = "handshake.report/1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Healthy,
    Problems,
    Unreachable,
}

/// One observation that supports a finding. Never holds a secret: built from redacted exchanges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub probe: String,
    /// e.g. `GET /wp-json/` (path and redacted query, relative to the store origin).
    pub request: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixKind {
    CloudflareRule,
    CloudflareIpRule,
    Htaccess,
    Nginx,
    Modsecurity,
    Wordfence,
    Sucuri,
    WordpressSetting,
    WpConfig,
    PhpSnippet,
    WoocommerceSetting,
    HostingSupport,
    Instructions,
}

impl FixKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FixKind::CloudflareRule => "cloudflare-rule",
            FixKind::CloudflareIpRule => "cloudflare-ip-rule",
            FixKind::Htaccess => "htaccess",
            FixKind::Nginx => "nginx",
            FixKind::Modsecurity => "modsecurity",
            FixKind::Wordfence => "wordfence",
            FixKind::Sucuri => "sucuri",
            FixKind::WordpressSetting => "wordpress-setting",
            FixKind::WpConfig => "wp-config",
            FixKind::PhpSnippet => "php-snippet",
            FixKind::WoocommerceSetting => "woocommerce-setting",
            FixKind::HostingSupport => "hosting-support",
            FixKind::Instructions => "instructions",
        }
    }
}

/// A fix ready to paste: `text` is exactly what goes on the clipboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub kind: FixKind,
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub id: FindingId,
    pub severity: Severity,
    pub title: String,
    /// What is wrong, in one sentence a store owner can read: no request, path, status code or
    /// probe name. Absent from reports written before it existed.
    #[serde(default)]
    pub summary: String,
    /// What to do about it, in one such sentence.
    #[serde(default)]
    pub action: String,
    /// The technical explanation: what was sent, what came back, and why that means this cause.
    pub explanation: String,
    pub evidence: Vec<Evidence>,
    pub fixes: Vec<Fix>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Fail,
    Skipped,
    Error,
}

/// Where a probe ran from. A record without one ran on this computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vantage {
    /// The relay's remote check: the app's servers' side of the network.
    Relay,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeRecord {
    pub id: RecordId,
    pub outcome: Outcome,
    pub duration_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// One line a person can read: what the probe saw.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// `"relay"` for the relay's remote check; absent for probes run on this computer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vantage: Option<Vantage>,
    /// A firewall's block page or the web server's own error page answered instead of WordPress:
    /// the contrast between vantages names it only from this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<BlockSeen>,
}

/// Who refused a probe's request, as its answer showed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockSeen {
    /// `cloudflare`, `sucuri`, `wordfence`, `modsecurity`, `imunify360`, `siteground`, `akamai`,
    /// `litespeed`, `imperva`, `unknown` (a block page with no known signature), or `server` (the web
    /// server's own error page, as an address or `.htaccess` deny gives).
    pub by: String,
    /// What proved it (`cf-mitigated: block`, `Apache's own 403 page`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub marker: String,
    /// The page's Ray ID, Block ID or reference number, when it shows one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident_id: Option<String>,
}

/// The relay's remote check (`doctor --relay`): where it ran from, or why it did not run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemoteCheck {
    /// The relay that was asked.
    pub relay: String,
    /// The address its probes left from, when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The relay's description of where it runs.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Why the check did not run (the relay unreachable, the target refused, rate limited). Never
    /// a fault of the store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub tool_version: String,
    pub store_url: String,
    pub started_at: String,
    pub duration_ms: u64,
    pub verdict: Verdict,
    /// The store's home page leads to another address than the one entered (another host, scheme
    /// or port). Nothing went there with credentials: the owner confirms it by checking again
    /// with this address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirects_to: Option<String>,
    pub findings: Vec<Finding>,
    pub probes: Vec<ProbeRecord>,
    /// Present when the relay was asked to check the store from the app's servers' side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_check: Option<RemoteCheck>,
    /// The language of every sentence in the report (titles, explanations, fix instructions);
    /// ids, evidence and pasted code are the same in every language.
    #[serde(default)]
    pub lang: Lang,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    pub fn finding(&self, id: FindingId) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// Escapes every control character in the report's text ([`crate::safe_text`]): one-line
    /// fields lose newlines too, explanations and fix texts keep theirs. The engine does this
    /// before handing a report out; renderers do it again, as their last line of defence.
    pub fn sanitise(&mut self) {
        use crate::safe_text::{clean_block, clean_line};
        clean_line(&mut self.store_url);
        clean_line(&mut self.started_at);
        clean_line(&mut self.tool_version);
        if let Some(to) = &mut self.redirects_to {
            clean_line(to);
        }
        for f in &mut self.findings {
            clean_line(&mut f.title);
            clean_line(&mut f.summary);
            clean_line(&mut f.action);
            clean_block(&mut f.explanation);
            for e in &mut f.evidence {
                clean_line(&mut e.probe);
                clean_line(&mut e.request);
                clean_line(&mut e.detail);
            }
            for fix in &mut f.fixes {
                clean_line(&mut fix.title);
                clean_block(&mut fix.text);
            }
        }
        for p in &mut self.probes {
            if let RecordId::Unknown(name) = &mut p.id {
                clean_line(name);
            }
            clean_line(&mut p.summary);
            if let Some(b) = &mut p.block {
                clean_line(&mut b.by);
                clean_line(&mut b.marker);
                if let Some(id) = &mut b.incident_id {
                    clean_line(id);
                }
            }
        }
        if let Some(r) = &mut self.remote_check {
            clean_line(&mut r.relay);
            clean_line(&mut r.label);
            for text in r.address.iter_mut().chain(r.error.iter_mut()) {
                clean_line(text);
            }
        }
    }

    /// A sanitised copy, for renderers that receive a report from elsewhere (a file, the wizard).
    pub fn sanitised(&self) -> Report {
        let mut r = self.clone();
        r.sanitise();
        r
    }
}

#[cfg(test)]
mod vantage_tests {
    use super::*;

    #[test]
    fn vantage_appears_only_when_set() {
        let mut record = ProbeRecord {
            id: "rest.index".into(),
            outcome: Outcome::Pass,
            duration_ms: 3,
            http_status: Some(200),
            summary: String::new(),
            vantage: None,
            block: None,
        };
        let local = serde_json::to_value(&record).unwrap();
        assert!(local.get("vantage").is_none(), "{local}");
        record.vantage = Some(Vantage::Relay);
        let remote = serde_json::to_value(&record).unwrap();
        assert_eq!(remote["vantage"], "relay");
        let back: ProbeRecord = serde_json::from_value(remote).unwrap();
        assert_eq!(back.vantage, Some(Vantage::Relay));
        let old: ProbeRecord = serde_json::from_value(local).unwrap();
        assert_eq!(old.vantage, None);
    }
}
