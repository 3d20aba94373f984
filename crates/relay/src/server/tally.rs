//! Refusals counted, not logged one by one: a flood of rate-limited requests or refused connections
//! would otherwise write a log line each (megabytes in seconds). Every interval, one line per kind
//! with its total and the addresses refused most.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

/// How often the counts are logged by default.
pub const INTERVAL: Duration = Duration::from_secs(10);
/// Addresses named per kind in one summary line.
const TOP: usize = 5;
/// Distinct addresses counted per interval; beyond it they are counted under "(others)".
const MAX_KEYS: usize = 10_000;

/// One kind's refusals over an interval.
#[derive(Debug, PartialEq, Eq)]
pub struct Summary {
    pub kind: &'static str,
    pub total: u64,
    /// The addresses refused most, with their counts.
    pub top: Vec<(String, u64)>,
}

#[derive(Default)]
pub struct Tally {
    counts: Mutex<HashMap<&'static str, HashMap<String, u64>>>,
}

impl Tally {
    pub fn add(&self, kind: &'static str, key: &str) {
        let mut counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let per_key = counts.entry(kind).or_default();
        if let Some(n) = per_key.get_mut(key) {
            *n += 1;
        } else if per_key.len() < MAX_KEYS {
            per_key.insert(key.to_string(), 1);
        } else {
            *per_key.entry("(others)".to_string()).or_insert(0) += 1;
        }
    }

    /// Takes the counts so far: per kind, the total and the top addresses.
    pub fn drain(&self) -> Vec<Summary> {
        let counts = std::mem::take(&mut *self.counts.lock().unwrap_or_else(|p| p.into_inner()));
        let mut out: Vec<_> = counts
            .into_iter()
            .map(|(kind, per_key)| {
                let total = per_key.values().sum();
                let mut top: Vec<_> = per_key.into_iter().collect();
                top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                top.truncate(TOP);
                Summary { kind, total, top }
            })
            .collect();
        out.sort_by_key(|s| s.kind);
        out
    }

    /// Logs one line per kind refused since the last call (`every`: the interval, for the line).
    pub fn log(&self, every: Duration) {
        for Summary { kind, total, top } in self.drain() {
            let top = top
                .iter()
                .map(|(k, n)| format!("{k}={n}"))
                .collect::<Vec<_>>()
                .join(" ");
            tracing::warn!(kind, total, top = %top, secs = every.as_secs(), "refused");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_kind_and_address() {
        let tally = Tally::default();
        for _ in 0..3 {
            tally.add("rate_limited", "192.0.2.1");
        }
        tally.add("rate_limited", "192.0.2.2");
        tally.add("connection cap", "192.0.2.3");
        let drained = tally.drain();
        assert_eq!(drained.len(), 2);
        let summary = &drained[1];
        assert_eq!((summary.kind, summary.total), ("rate_limited", 4));
        assert_eq!(summary.top[0], ("192.0.2.1".to_string(), 3));
        assert!(tally.drain().is_empty(), "drained");
    }
}
