//! Saved stores: the list on the welcome screen, forgetting one, and the page to revoke its key.

use serde::Serialize;
use tauri::AppHandle;
use tauri_plugin_opener::OpenerExt;

use handshake_connect::revoke;
use handshake_connect::saved::{SavedStore, SavedStores};
use handshake_connect::vault;
use handshake_engine::StoreUrl;

use crate::error::AppError;

/// A saved store as the UI sees it: no secret, only the key's last characters as WooCommerce lists them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SavedStoreView {
    pub url: String,
    pub display_name: String,
    pub connected_at: String,
    pub last_check: Option<String>,
    pub last_verdict: Option<String>,
    pub key_hint: Option<String>,
    pub key_permissions: Option<String>,
}

impl From<SavedStore> for SavedStoreView {
    fn from(s: SavedStore) -> Self {
        SavedStoreView {
            url: s.url,
            display_name: s.display_name,
            connected_at: s.connected_at,
            last_check: s.last_check,
            last_verdict: s.last_verdict,
            key_hint: s.key_hint,
            key_permissions: s.key_permissions,
        }
    }
}

#[tauri::command(rename_all = "snake_case")]
pub fn list_saved_stores() -> Result<Vec<SavedStoreView>, AppError> {
    Ok(SavedStores::open_default()?
        .list()?
        .into_iter()
        .map(SavedStoreView::from)
        .collect())
}

/// Removes a store from this computer: its keyring entry and its line in the list. The key itself
/// stays valid in WooCommerce until the owner revokes it there.
#[tauri::command(rename_all = "snake_case")]
pub async fn forget_store(url: String) -> Result<(), AppError> {
    tokio::task::spawn_blocking(move || {
        vault::delete(&url)?;
        let saved = SavedStores::open_default()?;
        saved.remove(&url)?;
        handshake_connect::watch::Watch::beside(&saved).forget(&url)?;
        Ok(())
    })
    .await
    .map_err(|e| AppError::KeyringUnavailable {
        detail: e.to_string(),
    })?
}

/// Opens WooCommerce's REST API keys page (where keys are revoked) in the browser.
#[tauri::command(rename_all = "snake_case")]
pub fn open_keys_page(app: AppHandle, url: String) -> Result<(), AppError> {
    let store = StoreUrl::parse(&url)?;
    app.opener()
        .open_url(revoke::woocommerce_keys_page(&store), None::<&str>)
        .map_err(|e| AppError::Open {
            detail: e.to_string(),
        })
}
