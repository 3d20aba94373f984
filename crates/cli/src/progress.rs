//! Live progress: a spinner with the running probes on a terminal, one plain line per finished probe
//! otherwise, nothing at all for `--json`.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use handshake_engine::{safe_text, Outcome, ProgressEvent, ProgressSink};
use indicatif::{ProgressBar, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    sink: ProgressSink,
}

pub fn mark(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Pass => "✓",
        Outcome::Fail => "✗",
        Outcome::Skipped => "–",
        Outcome::Error => "!",
    }
}

/// One finished probe; the summary quotes the store, so it is escaped (again) on its way out.
fn line(outcome: Outcome, label: &str, summary: &str, duration_ms: u64) -> String {
    format!(
        "  {} {} — {} ({duration_ms} ms)",
        mark(outcome),
        safe_text::line(label),
        safe_text::line(summary)
    )
}

impl Progress {
    pub fn new(quiet: bool) -> Progress {
        if quiet {
            return Progress {
                bar: None,
                sink: Arc::new(|_| {}),
            };
        }
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(90));
            let running: Arc<Mutex<BTreeMap<String, String>>> = Arc::default();
            let b = bar.clone();
            let sink: ProgressSink = Arc::new(move |event| {
                let mut running = running.lock().unwrap_or_else(|p| p.into_inner());
                match event {
                    ProgressEvent::Started { id, label } => {
                        running.insert(id, label);
                    }
                    ProgressEvent::Finished {
                        id,
                        label,
                        outcome,
                        summary,
                        duration_ms,
                    } => {
                        running.remove(&id);
                        b.println(line(outcome, &label, &summary, duration_ms));
                    }
                }
                let now: Vec<&str> = running.values().map(String::as_str).take(3).collect();
                b.set_message(if now.is_empty() {
                    String::new()
                } else {
                    now.join(" · ")
                });
            });
            Progress {
                bar: Some(bar),
                sink,
            }
        } else {
            let sink: ProgressSink = Arc::new(|event| {
                if let ProgressEvent::Finished {
                    label,
                    outcome,
                    summary,
                    duration_ms,
                    ..
                } = event
                {
                    println!("{}", line(outcome, &label, &summary, duration_ms));
                }
            });
            Progress { bar: None, sink }
        }
    }

    pub fn sink(&self) -> ProgressSink {
        self.sink.clone()
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
