//! The saved stores' schedule as the wizard sees it: the owner's interval, each store's last check
//! and what changed since the one before, and the live events of scheduled checks.

use serde::Serialize;
use tauri::ipc::Channel;
use tauri::State;

use handshake_connect::saved::SavedStores;
use handshake_connect::watch::{Changes, CheckSummary, Watch};

use crate::error::AppError;
use crate::watch::{WatchEvent, Watcher};

#[derive(Debug, Serialize)]
pub struct StoreWatchView {
    pub url: String,
    pub last: CheckSummary,
    pub changes: Changes,
}

#[derive(Debug, Serialize)]
pub struct WatchView {
    /// The owner's interval; 0 means scheduled checks are off.
    pub every_minutes: u32,
    /// Stores checked at least once since they were connected.
    pub stores: Vec<StoreWatchView>,
}

#[tauri::command(rename_all = "snake_case")]
pub fn watch_status() -> Result<WatchView, AppError> {
    let saved = SavedStores::open_default()?;
    let watch = Watch::beside(&saved);
    let mut stores = Vec::new();
    for s in saved.list()? {
        if let Some((last, changes)) = watch.last_change(&s.url)? {
            stores.push(StoreWatchView {
                url: s.url,
                last,
                changes,
            });
        }
    }
    Ok(WatchView {
        every_minutes: watch.every_minutes()?,
        stores,
    })
}

/// Sets how often saved stores are re-checked (minutes; 0 turns it off). Returns the value kept.
#[tauri::command(rename_all = "snake_case")]
pub fn set_watch_interval(minutes: u32) -> Result<u32, AppError> {
    Ok(Watch::beside(&SavedStores::open_default()?).set_every_minutes(minutes)?)
}

/// The wizard listens to scheduled checks and to clicks on their notifications.
#[tauri::command(rename_all = "snake_case")]
pub fn watch_events(watcher: State<'_, Watcher>, on_event: Channel<WatchEvent>) {
    watcher.listen(on_event);
}
