//! Stores that stay connected: saved stores are re-checked when the app starts and on the owner's
//! schedule while it runs, one store and one check at a time. When a key stops working or something
//! new blocks a store, a desktop notification says so, and a click on it opens the reconnect (or the
//! results with the fix) — at once from an idle screen, else through a notice in the wizard
//! (ui/watch.js), so work in progress is never thrown away. What changed is decided by
//! `handshake_connect::watch`, as in the CLI.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::{Action, ActionType, NotificationExt};

use handshake_connect::saved::{SavedStore, SavedStores};
use handshake_connect::watch::{now_rfc3339, Changes, CheckSummary, Watch};
use handshake_engine::{diagnose, no_progress, FindingId, Report};
use handshake_l10n::t;

use crate::commands::check::{options, CheckTarget};
use crate::commands::CheckedReport;
use crate::state::AppState;

/// The first round waits this long after start, so the first screen paints before any check runs.
const FIRST_ROUND_AFTER: Duration = Duration::from_secs(2);
/// How often the schedule is looked at again (a changed interval or a new store applies by then).
const LOOK_AGAIN_AT_MOST: Duration = Duration::from_secs(10 * 60);
const LOOK_AGAIN_AT_LEAST: Duration = Duration::from_secs(30);

/// What the wizard hears about the schedule's checks.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WatchEvent {
    /// A scheduled check of this store started.
    Checking { url: String },
    /// It finished: the summary, what changed, and the report (for the fix).
    Checked {
        url: String,
        last: CheckSummary,
        changes: Changes,
    },
    /// The owner clicked a notification: open the reconnect or the results with the fix.
    Open {
        url: String,
        name: String,
        /// `reconnect` or `fix`.
        action: &'static str,
        checked: Option<Box<CheckedReport>>,
    },
}

/// One notification's destination.
#[derive(Clone)]
struct Alert {
    url: String,
    name: String,
    action: &'static str,
    checked: Option<Box<CheckedReport>>,
}

/// The schedule's shared state: one lock per store (the schedule and Re-check never overlap on a
/// store), the wizard's event channel, and what each notification leads to.
#[derive(Default)]
pub struct Watcher {
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    channel: Mutex<Option<Channel<WatchEvent>>>,
    /// A click that arrived before the wizard listened: delivered when it does.
    pending: Mutex<Option<WatchEvent>>,
    alerts: Mutex<HashMap<i32, Alert>>,
    next_id: Mutex<i32>,
}

impl Watcher {
    fn lock_of(&self, url: &str) -> Arc<tokio::sync::Mutex<()>> {
        self.locks
            .lock()
            .expect("watch locks")
            .entry(url.to_string())
            .or_default()
            .clone()
    }

    /// Waits for the store's running check (if any) to end; held while a check runs.
    pub async fn lock(&self, url: &str) -> tokio::sync::OwnedMutexGuard<()> {
        self.lock_of(url).lock_owned().await
    }

    fn try_lock(&self, url: &str) -> Option<tokio::sync::OwnedMutexGuard<()>> {
        self.lock_of(url).try_lock_owned().ok()
    }

    /// The wizard listens (again, after a reload): a click it missed is delivered now.
    pub fn listen(&self, channel: Channel<WatchEvent>) {
        if let Some(event) = self.pending.lock().expect("pending").take() {
            let _ = channel.send(event);
        }
        *self.channel.lock().expect("channel") = Some(channel);
    }

    fn send(&self, event: WatchEvent) -> bool {
        match self.channel.lock().expect("channel").as_ref() {
            Some(c) => c.send(event).is_ok(),
            None => false,
        }
    }
}

/// Records a finished check of a saved store (scheduled or Re-check): the store list's last
/// verdict, the history, and what changed.
pub fn record(url: &str, summary: CheckSummary) -> Option<Changes> {
    let saved = SavedStores::open_default().ok()?;
    let _ = saved.record_check(url, &summary.at, &summary.verdict);
    Watch::beside(&saved).record(url, summary).ok()
}

/// Starts the schedule. Runs for the life of the app.
pub fn start(app: AppHandle) {
    register_actions(&app);
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_ROUND_AFTER).await;
        loop {
            let wait = round(&app).await;
            tokio::time::sleep(wait).await;
        }
    });
}

/// Checks every store that is due; returns how long to wait before looking again.
async fn round(app: &AppHandle) -> Duration {
    let Ok(saved) = SavedStores::open_default() else {
        return LOOK_AGAIN_AT_MOST;
    };
    let watch = Watch::beside(&saved);
    let stores = saved.list().unwrap_or_default();
    let mut soonest = LOOK_AGAIN_AT_MOST;
    for store in stores {
        let now = time::OffsetDateTime::now_utc();
        match watch.next_due(&store.url) {
            Ok(Some(due)) if due <= now => check_one(app, &store).await,
            Ok(Some(due)) => {
                let until = Duration::try_from(due - now).unwrap_or(LOOK_AGAIN_AT_MOST);
                soonest = soonest.min(until);
            }
            // Off, or the file is unreadable: nothing is checked until the owner changes it.
            _ => {}
        }
    }
    soonest.max(LOOK_AGAIN_AT_LEAST)
}

/// One scheduled check of one store, skipped when a Re-check of it is running.
async fn check_one(app: &AppHandle, store: &SavedStore) {
    let watcher = app.state::<Watcher>();
    let Some(_guard) = watcher.try_lock(&store.url) else {
        return;
    };
    watcher.send(WatchEvent::Checking {
        url: store.url.clone(),
    });
    let state = app.state::<AppState>();
    let target = CheckTarget::Saved {
        url: store.url.clone(),
    };
    let (summary, checked) = match options(state.inner(), &target).await {
        Ok((_, false)) => (CheckSummary::no_keys(now_rfc3339()), None),
        Ok((opts, true)) => match diagnose(opts, no_progress()).await {
            Ok(report) => (
                CheckSummary::of(&report),
                Some(Box::new(CheckedReport::keep(state.inner(), report))),
            ),
            Err(_) => (CheckSummary::failed(now_rfc3339()), None),
        },
        // The keyring could not be read (locked, no Secret Service): nothing was learned about
        // the store; the schedule backs off like any failed check.
        Err(_) => (CheckSummary::failed(now_rfc3339()), None),
    };
    let Some(changes) = record(&store.url, summary.clone()) else {
        return;
    };
    watcher.send(WatchEvent::Checked {
        url: store.url.clone(),
        last: summary,
        changes: changes.clone(),
    });
    if changes.alerts() {
        notify(app, store, &changes, checked);
    }
}

fn register_actions(app: &AppHandle) {
    let n = app.notification();
    let _ = n.register_action_types(vec![
        ActionType::builder("reconnect")
            .actions(vec![
                // "default" is the click on the notification itself (Desktop Notifications spec).
                Action::builder("default", "Reconnect").build(),
                Action::builder("reconnect", "Reconnect").build(),
            ])
            .build(),
        ActionType::builder("fix")
            .actions(vec![
                Action::builder("default", "See the fix").build(),
                Action::builder("fix", "See the fix").build(),
            ])
            .build(),
    ]);
    let handle = app.clone();
    let _ = n.on_action(move |performed| {
        let watcher = handle.state::<Watcher>();
        let id = performed.notification().map(|n| n.id());
        let alert = {
            let alerts = watcher.alerts.lock().expect("alerts");
            id.and_then(|id| alerts.get(&id).cloned())
                // A platform that does not say which notification: the latest one.
                .or_else(|| {
                    alerts
                        .iter()
                        .max_by_key(|(k, _)| **k)
                        .map(|(_, a)| a.clone())
                })
        };
        let Some(alert) = alert else { return };
        if let Some(window) = handle.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
        let event = WatchEvent::Open {
            url: alert.url,
            name: alert.name,
            action: alert.action,
            checked: alert.checked,
        };
        if !watcher.send(event.clone()) {
            *watcher.pending.lock().expect("pending") = Some(event);
        }
    });
}

/// The notification's words: what happened to which store and what a click does, in the app's
/// language (the finding's title comes in the language its check ran in, which is the same).
pub fn alert_text(
    name: &str,
    changes: &Changes,
    report: Option<&Report>,
) -> (String, String, &'static str) {
    let lang = crate::language::current();
    if changes.key_stopped {
        (
            t!(lang, "notify-key-stopped-title", "name" => name),
            t!(lang, "notify-key-stopped-body"),
            "reconnect",
        )
    } else {
        let title = report
            .and_then(|r| {
                changes
                    .new_blocking
                    .first()
                    .and_then(|id| FindingId::parse(id))
                    .and_then(|id| r.finding(id))
            })
            .map(|f| handshake_engine::safe_text::line(&f.title).into_owned());
        (
            t!(lang, "notify-new-problem-title", "name" => name),
            match title {
                Some(finding) => t!(lang, "notify-new-problem-body", "finding" => finding),
                None => t!(lang, "notify-changed-body"),
            },
            "fix",
        )
    }
}

fn notify(
    app: &AppHandle,
    store: &SavedStore,
    changes: &Changes,
    checked: Option<Box<CheckedReport>>,
) {
    let watcher = app.state::<Watcher>();
    let name = if store.display_name.is_empty() {
        store.url.clone()
    } else {
        store.display_name.clone()
    };
    let (title, body, action) = alert_text(&name, changes, checked.as_ref().map(|c| &c.report));
    let id = {
        let mut n = watcher.next_id.lock().expect("ids");
        *n += 1;
        *n
    };
    watcher.alerts.lock().expect("alerts").insert(
        id,
        Alert {
            url: store.url.clone(),
            name,
            action,
            checked,
        },
    );
    let _ = app
        .notification()
        .builder()
        .id(id)
        .title(title)
        .body(body)
        .action_type_id(action)
        .show();
}
