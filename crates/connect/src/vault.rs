//! Credentials in the OS keyring, one entry per store. Nothing secret is ever written anywhere else.

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use handshake_engine::{AppPassword, Credentials, WooKeys};

/// The keyring "service" every entry is filed under.
pub const SERVICE: &str = "handshake-woocommerce";

#[derive(Debug, Error)]
pub enum VaultError {
    #[error("the system keyring is not available: {0}")]
    Unavailable(String),
    #[error("the keyring refused access: {0}")]
    Denied(String),
    #[error("the keyring entry for {0} is damaged; forget the store and connect it again")]
    Corrupt(String),
}

impl VaultError {
    /// The message for a person, in `lang` (messages `error-vault-*`; the keyring's own words and
    /// the store are values). `Display` stays English for logs.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            VaultError::Unavailable(why) => {
                t!(lang, "error-vault-unavailable", "error" => why.as_str())
            }
            VaultError::Denied(why) => t!(lang, "error-vault-denied", "error" => why.as_str()),
            VaultError::Corrupt(store) => {
                t!(lang, "error-vault-corrupt", "store" => store.as_str())
            }
        }
    }
}

/// What is stored, as JSON inside the keyring secret. Typed secrets: `Debug` redacts.
#[derive(Serialize, Deserialize)]
struct Stored {
    #[serde(skip_serializing_if = "Option::is_none")]
    consumer_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    consumer_secret: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wp_user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wp_app_password: Option<String>,
}

impl Drop for Stored {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        for s in [
            &mut self.consumer_key,
            &mut self.consumer_secret,
            &mut self.wp_app_password,
        ]
        .into_iter()
        .flatten()
        {
            s.zeroize();
        }
    }
}

fn entry(store_key: &str) -> Result<keyring::Entry, VaultError> {
    keyring::Entry::new(SERVICE, store_key).map_err(map_err)
}

fn map_err(e: keyring::Error) -> VaultError {
    match e {
        keyring::Error::NoStorageAccess(inner) => VaultError::Denied(inner.to_string()),
        keyring::Error::PlatformFailure(inner) => VaultError::Unavailable(inner.to_string()),
        other => VaultError::Unavailable(other.to_string()),
    }
}

/// Saves (or replaces) the credentials for a store, keyed by its normalized URL.
pub fn save(store_key: &str, creds: &Credentials) -> Result<(), VaultError> {
    let stored = Stored {
        consumer_key: creds
            .woo
            .as_ref()
            .map(|w| w.consumer_key.expose_secret().to_string()),
        consumer_secret: creds
            .woo
            .as_ref()
            .map(|w| w.consumer_secret.expose_secret().to_string()),
        wp_user: creds.app_password.as_ref().map(|a| a.user.clone()),
        wp_app_password: creds
            .app_password
            .as_ref()
            .map(|a| a.password.expose_secret().to_string()),
    };
    let json = SecretString::from(
        serde_json::to_string(&stored).map_err(|e| VaultError::Corrupt(e.to_string()))?,
    );
    entry(store_key)?
        .set_password(json.expose_secret())
        .map_err(map_err)
}

/// The credentials saved for a store; `Ok(None)` when there are none (a normal state).
pub fn load(store_key: &str) -> Result<Option<Credentials>, VaultError> {
    let secret = match entry(store_key)?.get_password() {
        Ok(s) => SecretString::from(s),
        Err(keyring::Error::NoEntry) => return Ok(None),
        Err(e) => return Err(map_err(e)),
    };
    let stored: Stored = serde_json::from_str(secret.expose_secret())
        .map_err(|_| VaultError::Corrupt(store_key.to_string()))?;
    let woo = match (&stored.consumer_key, &stored.consumer_secret) {
        (Some(k), Some(s)) => {
            Some(WooKeys::new(k, s).map_err(|_| VaultError::Corrupt(store_key.to_string()))?)
        }
        _ => None,
    };
    let app_password = match (&stored.wp_user, &stored.wp_app_password) {
        (Some(u), Some(p)) => {
            Some(AppPassword::new(u, p).map_err(|_| VaultError::Corrupt(store_key.to_string()))?)
        }
        _ => None,
    };
    Ok(Some(Credentials { woo, app_password }))
}

/// Removes a store's entry; `Ok(false)` when there was none.
pub fn delete(store_key: &str) -> Result<bool, VaultError> {
    match entry(store_key)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring::Error::NoEntry) => Ok(false),
        Err(e) => Err(map_err(e)),
    }
}
