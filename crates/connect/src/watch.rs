//! Stores that stay connected: what each check of a saved store showed (no secret: a verdict, whether
//! the key worked, the ids of the blocking findings), what changed since the check before, and when
//! the next scheduled check is due. Kept as JSON beside the saved-store list (`watch.json`), so the
//! CLI's `stores --check` and the wizard compare checks the same way.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use handshake_engine::{FindingId, Report, Severity, Verdict};

use crate::saved::{read_json, update_json, SavedError, SavedStores};

/// Checks kept per store: enough to see what changed, small enough to read at every start.
pub const KEPT_CHECKS: usize = 20;
/// The schedule the owner starts with: every six hours.
pub const DEFAULT_EVERY_MINUTES: u32 = 360;
/// The shortest interval an owner may set: a store is never probed more often than this.
pub const MIN_EVERY_MINUTES: u32 = 15;
/// The longest: a week.
pub const MAX_EVERY_MINUTES: u32 = 7 * 24 * 60;
/// Failed checks wait longer and longer, up to this.
pub const MAX_BACKOFF: Duration = Duration::from_secs(24 * 60 * 60);

/// Whether the saved key signed in at a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyState {
    /// Something could be read or written with it.
    Works,
    /// The store said it does not know the key or the secret (revoked, regenerated, deleted).
    Rejected,
    /// No key was in the keyring.
    Missing,
    /// The check could not tell (the store was unreachable, or blocked every request).
    Unknown,
}

/// One check, without a secret or a word of store text: safe to keep on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckSummary {
    /// When the check started (RFC 3339).
    pub at: String,
    /// `healthy`, `problems`, `unreachable`, `no-keys`, or `failed` (the check itself could not run).
    pub verdict: String,
    pub key: KeyState,
    /// The ids of the error findings, sorted.
    pub blocking: Vec<String>,
}

pub(crate) fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Healthy => "healthy",
        Verdict::Problems => "problems",
        Verdict::Unreachable => "unreachable",
    }
}

impl CheckSummary {
    /// A check made with the store's saved key.
    pub fn of(report: &Report) -> CheckSummary {
        let rejected = report.credentials_refused();
        let works = report.signed_in();
        let mut blocking: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.id.as_str().to_string())
            .collect();
        blocking.sort();
        blocking.dedup();
        CheckSummary {
            at: report.started_at.clone(),
            verdict: verdict_word(report.verdict).into(),
            key: if rejected {
                KeyState::Rejected
            } else if works {
                KeyState::Works
            } else {
                KeyState::Unknown
            },
            blocking,
        }
    }

    /// The keyring had no key for the store.
    pub fn no_keys(at: String) -> CheckSummary {
        CheckSummary {
            at,
            verdict: "no-keys".into(),
            key: KeyState::Missing,
            blocking: vec![],
        }
    }

    /// The check could not run (no network on this computer, a broken certificate file…).
    pub fn failed(at: String) -> CheckSummary {
        CheckSummary {
            at,
            verdict: "failed".into(),
            key: KeyState::Unknown,
            blocking: vec![],
        }
    }

    /// A failure that backs the schedule off: the store or the check could not be reached.
    pub fn is_failure(&self) -> bool {
        matches!(self.verdict.as_str(), "unreachable" | "failed")
    }
}

/// What changed from one check to the next.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// The previous verdict, when it differs.
    pub verdict_was: Option<String>,
    /// The key worked (or was just connected) and now the store refuses it, or it is gone.
    pub key_stopped: bool,
    /// The key was refused before and works now.
    pub key_works_again: bool,
    /// Blocking findings that were not there before.
    pub new_blocking: Vec<String>,
    /// How many of them are news beside the key: when the key stopped working, the findings that
    /// say so are that same news, said once.
    pub new_besides_key: usize,
    /// Blocking findings that are gone.
    pub resolved: Vec<String>,
    /// No check before this one: compared with the moment of connecting (the key worked then).
    pub first: bool,
}

impl Changes {
    /// Compares a check with the one before it. Without one, with the moment the store was
    /// connected: its key worked and nothing blocked it.
    pub fn between(previous: Option<&CheckSummary>, now: &CheckSummary) -> Changes {
        let (prev_key, prev_blocking, prev_verdict) = match previous {
            Some(p) => (p.key, p.blocking.as_slice(), Some(p.verdict.as_str())),
            None => (KeyState::Works, &[][..], None),
        };
        // A check that could not see the key says nothing about it: compare with the last known.
        let key_stopped = prev_key == KeyState::Works
            && matches!(now.key, KeyState::Rejected | KeyState::Missing);
        let key_works_again = matches!(prev_key, KeyState::Rejected | KeyState::Missing)
            && now.key == KeyState::Works;
        // An unreachable store hides its findings: nothing is "resolved" or "new" from that.
        let comparable = !now.is_failure() && !previous.is_some_and(CheckSummary::is_failure);
        let new_blocking = if comparable || previous.is_none() {
            now.blocking
                .iter()
                .filter(|id| !prev_blocking.contains(id))
                .cloned()
                .collect()
        } else {
            vec![]
        };
        let resolved = if comparable {
            prev_blocking
                .iter()
                .filter(|id| !now.blocking.contains(id))
                .cloned()
                .collect()
        } else {
            vec![]
        };
        let new_besides_key = new_blocking
            .iter()
            .filter(|id| {
                !(key_stopped && FindingId::parse(id).is_some_and(FindingId::refuses_credentials))
            })
            .count();
        Changes {
            new_besides_key,
            verdict_was: prev_verdict
                .filter(|v| *v != now.verdict)
                .map(str::to_string),
            key_stopped,
            key_works_again,
            new_blocking,
            resolved,
            first: previous.is_none(),
        }
    }

    /// Worth a desktop notification: the key stopped working, or something new blocks the app.
    pub fn alerts(&self) -> bool {
        self.key_stopped || !self.new_blocking.is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.verdict_was.is_none()
            && !self.key_stopped
            && !self.key_works_again
            && self.new_blocking.is_empty()
            && self.resolved.is_empty()
    }

    /// One line for the terminal: `the key stopped working; new: waf.cloudflare; fixed: …`.
    pub fn describe(&self) -> String {
        self.describe_in(handshake_l10n::Lang::En)
    }

    /// [`describe`](Changes::describe) in `lang` (messages `watch-*`; ids and verdicts are codes).
    pub fn describe_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        let mut parts = Vec::new();
        if self.key_stopped {
            parts.push(t!(lang, "watch-key-stopped"));
        }
        if self.key_works_again {
            parts.push(t!(lang, "watch-key-works-again"));
        }
        if !self.new_blocking.is_empty() {
            parts.push(t!(lang, "watch-new", "ids" => self.new_blocking.join(", ")));
        }
        if !self.resolved.is_empty() {
            parts.push(t!(lang, "watch-fixed", "ids" => self.resolved.join(", ")));
        }
        if parts.is_empty() {
            match &self.verdict_was {
                Some(v) => t!(lang, "watch-was", "verdict" => verdict_in(lang, v)),
                None if self.first => t!(lang, "watch-first"),
                None => t!(lang, "watch-unchanged"),
            }
        } else {
            parts.join("; ")
        }
    }
}

/// A verdict code (`healthy`, `problems`, `unreachable`, `no-keys`) as a word of `lang`; in
/// English the code itself. An unknown code is shown as it is.
pub fn verdict_in(lang: handshake_l10n::Lang, code: &str) -> String {
    let id = match code {
        "healthy" => "verdict-healthy",
        "problems" => "verdict-problems",
        "unreachable" => "verdict-unreachable",
        "no-keys" => "verdict-no-keys",
        other => return other.to_string(),
    };
    handshake_l10n::t!(lang, id)
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct StoreChecks {
    checks: Vec<CheckSummary>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct File {
    /// The owner's interval; 0 turns scheduled checks off.
    every_minutes: u32,
    #[serde(default)]
    stores: std::collections::BTreeMap<String, StoreChecks>,
}

impl Default for File {
    fn default() -> Self {
        File {
            every_minutes: DEFAULT_EVERY_MINUTES,
            stores: Default::default(),
        }
    }
}

/// The check history and schedule, in `watch.json` next to `stores.json`.
#[derive(Debug, Clone)]
pub struct Watch {
    path: PathBuf,
}

fn parse_time(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

impl Watch {
    pub fn beside(saved: &SavedStores) -> Watch {
        Watch::at(saved.path().parent().unwrap_or(Path::new(".")))
    }

    pub fn at(dir: &Path) -> Watch {
        Watch {
            path: dir.join("watch.json"),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn read(&self) -> Result<File, SavedError> {
        read_json(&self.path)
    }

    /// Changes the file under its lock: the CLI and the wizard may record checks at the same time.
    fn update<R>(&self, change: impl FnOnce(&mut File) -> (R, bool)) -> Result<R, SavedError> {
        update_json(&self.path, change)
    }

    /// The owner's interval in minutes; 0 means scheduled checks are off.
    pub fn every_minutes(&self) -> Result<u32, SavedError> {
        Ok(self.read()?.every_minutes)
    }

    /// Sets the interval: 0 (off) or between [`MIN_EVERY_MINUTES`] and [`MAX_EVERY_MINUTES`]
    /// (other values are brought into that range). Returns the value kept.
    pub fn set_every_minutes(&self, minutes: u32) -> Result<u32, SavedError> {
        let minutes = if minutes == 0 {
            0
        } else {
            minutes.clamp(MIN_EVERY_MINUTES, MAX_EVERY_MINUTES)
        };
        self.update(|file| {
            file.every_minutes = minutes;
            ((), true)
        })?;
        Ok(minutes)
    }

    /// The store's checks, oldest first.
    pub fn history(&self, url: &str) -> Result<Vec<CheckSummary>, SavedError> {
        Ok(self
            .read()?
            .stores
            .get(url)
            .map(|s| s.checks.clone())
            .unwrap_or_default())
    }

    /// The last check and what changed from the one before it.
    pub fn last_change(&self, url: &str) -> Result<Option<(CheckSummary, Changes)>, SavedError> {
        let history = self.history(url)?;
        Ok(history.last().map(|now| {
            let before = history.len().checked_sub(2).map(|i| &history[i]);
            (now.clone(), Changes::between(before, now))
        }))
    }

    /// Adds a check to the store's history and says what changed since the one before.
    pub fn record(&self, url: &str, summary: CheckSummary) -> Result<Changes, SavedError> {
        self.update(|file| {
            let entry = file.stores.entry(url.to_string()).or_default();
            let changes = Changes::between(entry.checks.last(), &summary);
            entry.checks.push(summary);
            let excess = entry.checks.len().saturating_sub(KEPT_CHECKS);
            entry.checks.drain(..excess);
            (changes, true)
        })
    }

    /// Forgets a store's history (the store was forgotten).
    pub fn forget(&self, url: &str) -> Result<(), SavedError> {
        self.update(|file| ((), file.stores.remove(url).is_some()))
    }

    /// When the store's next scheduled check is due: `None` when the schedule is off. A store
    /// never checked is due now; after a check, the owner's interval; after failed checks in a
    /// row, the interval doubled for each (at most [`MAX_BACKOFF`], never less than the interval).
    pub fn next_due(&self, url: &str) -> Result<Option<OffsetDateTime>, SavedError> {
        let file = self.read()?;
        let checks = file
            .stores
            .get(url)
            .map(|s| s.checks.as_slice())
            .unwrap_or_default();
        Ok(next_due(file.every_minutes, checks))
    }
}

/// The schedule's arithmetic, apart from the file (see [`Watch::next_due`]).
pub fn next_due(every_minutes: u32, checks: &[CheckSummary]) -> Option<OffsetDateTime> {
    if every_minutes == 0 {
        return None;
    }
    let Some(last) = checks.iter().rev().find_map(|c| parse_time(&c.at)) else {
        return Some(OffsetDateTime::UNIX_EPOCH);
    };
    let every = Duration::from_secs(u64::from(every_minutes) * 60);
    let failures = checks.iter().rev().take_while(|c| c.is_failure()).count() as u32;
    let wait = every
        .checked_mul(1u32 << failures.min(10))
        .unwrap_or(MAX_BACKOFF)
        .min(MAX_BACKOFF.max(every));
    Some(last + wait)
}

/// Now, in the format checks are recorded in.
pub fn now_rfc3339() -> String {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0)
        .unwrap_or(now)
        .format(&Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
