//! Live progress for the UI: the engine's probe events, as they happen, over a `tauri::ipc::Channel`.

use std::sync::Arc;

use serde::Serialize;
use tauri::ipc::Channel;

use handshake_engine::Redactor;
use handshake_engine::{Outcome, ProgressEvent, ProgressSink};

/// What the UI receives while a check runs: `{kind: "probe_started", id, label}` and
/// `{kind: "probe_finished", id, label, outcome, summary, duration_ms}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CheckEvent {
    ProbeStarted {
        id: String,
        label: String,
    },
    ProbeFinished {
        id: String,
        label: String,
        outcome: Outcome,
        summary: String,
        duration_ms: u64,
    },
}

impl CheckEvent {
    /// Converts an engine event; the summary is redacted again here because it leaves the process.
    pub fn from_engine(event: ProgressEvent, redactor: &Redactor) -> CheckEvent {
        match event {
            ProgressEvent::Started { id, label } => CheckEvent::ProbeStarted { id, label },
            ProgressEvent::Finished {
                id,
                label,
                outcome,
                summary,
                duration_ms,
            } => CheckEvent::ProbeFinished {
                id,
                label,
                outcome,
                summary: redactor.redact(&summary),
                duration_ms,
            },
        }
    }
}

/// A progress sink that forwards every event to the UI. A closed channel (the window went away)
/// is not an error for the engine: the run simply finishes unobserved.
pub fn channel_sink(channel: Channel<CheckEvent>, redactor: Redactor) -> ProgressSink {
    Arc::new(move |event| {
        let _ = channel.send(CheckEvent::from_engine(event, &redactor));
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use handshake_engine::{Credentials, WooKeys};

    #[test]
    fn events_are_snake_case_and_redacted() {
        let ck = format!("ck_{}", "1".repeat(40));
        let cs = format!("cs_{}", "2".repeat(40));
        let creds = Credentials {
            woo: Some(WooKeys::new(&ck, &cs).unwrap()),
            app_password: None,
        };
        let ev = CheckEvent::from_engine(
            ProgressEvent::Finished {
                id: "auth.query".into(),
                label: "Signing in".into(),
                outcome: Outcome::Pass,
                summary: format!("GET /?consumer_secret={cs}"),
                duration_ms: 12,
            },
            &creds.redactor(),
        );
        let v = serde_json::to_value(&ev).unwrap();
        assert_eq!(v["kind"], "probe_finished");
        assert_eq!(v["duration_ms"], 12);
        assert_eq!(v["outcome"], "pass");
        assert!(!v.to_string().contains(&cs));
    }
}
