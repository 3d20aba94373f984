//! Saved stores: the non-secret facts about each connected store (URL, name, last check and verdict,
//! which key), kept as JSON in the platform's config directory. Secrets live in [`crate::vault`].

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Overrides the config directory (tests, portable installs).
pub const CONFIG_DIR_ENV: &str = "HANDSHAKE_CONFIG_DIR";

#[derive(Debug, Error)]
pub enum SavedError {
    #[error("no config directory could be found for this user")]
    NoConfigDir,
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is damaged ({message}); it was left as is")]
    Corrupt { path: String, message: String },
}

impl SavedError {
    /// The message for a person, in `lang` (messages `error-saved-*`; paths and the system's own
    /// words are values). `Display` stays English for logs.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            SavedError::NoConfigDir => t!(lang, "error-saved-no-config-dir"),
            SavedError::Read { path, source } => t!(
                lang,
                "error-saved-read",
                "path" => path.as_str(),
                "error" => source.to_string()
            ),
            SavedError::Write { path, source } => t!(
                lang,
                "error-saved-write",
                "path" => path.as_str(),
                "error" => source.to_string()
            ),
            SavedError::Corrupt { path, message } => t!(
                lang,
                "error-saved-corrupt",
                "path" => path.as_str(),
                "error" => message.as_str()
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedStore {
    /// Normalized base URL: also the keyring entry's name.
    pub url: String,
    pub display_name: String,
    pub connected_at: String,
    #[serde(default)]
    pub last_check: Option<String>,
    #[serde(default)]
    pub last_verdict: Option<String>,
    /// How the store was connected: "woocommerce-keys" or "application-password".
    pub auth_kind: String,
    /// The key's last 7 characters as WooCommerce lists them, to find it under REST API keys.
    #[serde(default)]
    pub key_hint: Option<String>,
    #[serde(default)]
    pub key_permissions: Option<String>,
    #[serde(default)]
    pub key_id: Option<u64>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    stores: Vec<SavedStore>,
}

#[derive(Debug, Clone)]
pub struct SavedStores {
    path: PathBuf,
}

impl SavedStores {
    /// The user's store list in the platform config directory (or `$HANDSHAKE_CONFIG_DIR`).
    pub fn open_default() -> Result<SavedStores, SavedError> {
        let dir = match std::env::var_os(CONFIG_DIR_ENV) {
            Some(d) => PathBuf::from(d),
            None => directories::ProjectDirs::from("", "", "handshake")
                .ok_or(SavedError::NoConfigDir)?
                .config_dir()
                .to_path_buf(),
        };
        Ok(SavedStores::at(&dir))
    }

    pub fn at(dir: &Path) -> SavedStores {
        SavedStores {
            path: dir.join("stores.json"),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn read(&self) -> Result<File, SavedError> {
        read_json(&self.path)
    }

    /// Changes the list under the file's lock (see [`update_json`]).
    fn update<R>(&self, change: impl FnOnce(&mut File) -> (R, bool)) -> Result<R, SavedError> {
        update_json(&self.path, change)
    }

    pub fn list(&self) -> Result<Vec<SavedStore>, SavedError> {
        Ok(self.read()?.stores)
    }

    pub fn get(&self, url: &str) -> Result<Option<SavedStore>, SavedError> {
        Ok(self.read()?.stores.into_iter().find(|s| s.url == url))
    }

    /// Adds or replaces the store with the same URL.
    pub fn upsert(&self, store: SavedStore) -> Result<(), SavedError> {
        self.update(|file| {
            file.stores.retain(|s| s.url != store.url);
            file.stores.push(store);
            file.stores.sort_by(|a, b| a.url.cmp(&b.url));
            ((), true)
        })
    }

    pub fn record_check(&self, url: &str, at: &str, verdict: &str) -> Result<(), SavedError> {
        self.update(|file| match file.stores.iter_mut().find(|s| s.url == url) {
            Some(s) => {
                s.last_check = Some(at.to_string());
                s.last_verdict = Some(verdict.to_string());
                ((), true)
            }
            None => ((), false),
        })
    }

    /// Removes a store; `Ok(None)` when it was not saved.
    pub fn remove(&self, url: &str) -> Result<Option<SavedStore>, SavedError> {
        self.update(|file| {
            let pos = file.stores.iter().position(|s| s.url == url);
            let removed = pos.map(|p| file.stores.remove(p));
            let changed = removed.is_some();
            (removed, changed)
        })
    }
}

/// A JSON file of the app's own (no secrets): missing means empty, unreadable or corrupt is an error
/// that names the file.
pub(crate) fn read_json<T: serde::de::DeserializeOwned + Default>(
    path: &Path,
) -> Result<T, SavedError> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| SavedError::Corrupt {
            path: path.display().to_string(),
            message: e.to_string(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(source) => Err(SavedError::Read {
            path: path.display().to_string(),
            source,
        }),
    }
}

/// Writes a temporary file beside `path` (a name of its own, so two writers never share one),
/// flushes it to disk, then renames it over `path`: a reader sees the old file or the new one, never
/// half of either, and a crash leaves the old one.
fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), SavedError> {
    let err = |source| SavedError::Write {
        path: path.display().to_string(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(err)?;
    let text = serde_json::to_string_pretty(value).expect("plain data serializes");
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{}.", name.as_deref().unwrap_or("file")))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    tmp.write_all(text.as_bytes()).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

/// Reads, changes and writes one of the app's JSON files while holding an advisory lock, so that
/// two processes (the CLI's `stores --check` and the wizard's scheduled checks both record checks)
/// never lose each other's changes. `change` returns its result and whether it changed anything;
/// nothing is written when it did not. A damaged file is an error and is left as it is.
///
/// The lock is on a file of its own (`NAME.lock`, never removed): the data file is replaced by a
/// rename at every write, so a lock on it would be a lock on the file that was just replaced.
pub(crate) fn update_json<T, R>(
    path: &Path,
    change: impl FnOnce(&mut T) -> (R, bool),
) -> Result<R, SavedError>
where
    T: Serialize + serde::de::DeserializeOwned + Default,
{
    let lock_path = path.with_extension("json.lock");
    let err = |source| SavedError::Write {
        path: lock_path.display().to_string(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(err)?;
    // fs4's call by name: std's inherent File::lock is newer than the workspace's rust-version.
    fs4::FileExt::lock(&lock).map_err(err)?;
    let result = (|| {
        let mut value: T = read_json(path)?;
        let (result, changed) = change(&mut value);
        if changed {
            write_json(path, &value)?;
        }
        Ok(result)
    })();
    // Closing the file releases the lock too; unlocking first says so.
    let _ = fs4::FileExt::unlock(&lock);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The localised messages of the saved-store and keyring errors say in English exactly what
    /// `Display` says.
    #[test]
    fn english_messages_match_display() {
        use crate::vault::VaultError;
        use handshake_l10n::Lang;
        let io = || std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied");
        let saved = [
            SavedError::NoConfigDir,
            SavedError::Read {
                path: "stores.json".into(),
                source: io(),
            },
            SavedError::Write {
                path: "stores.json".into(),
                source: io(),
            },
            SavedError::Corrupt {
                path: "stores.json".into(),
                message: "EOF".into(),
            },
        ];
        for e in saved {
            assert_eq!(e.message_in(Lang::En), e.to_string());
            assert_ne!(e.message_in(Lang::De), e.to_string());
        }
        let vault = [
            VaultError::Unavailable("no D-Bus".into()),
            VaultError::Denied("locked".into()),
            VaultError::Corrupt("https://shop.example/".into()),
        ];
        for e in vault {
            assert_eq!(e.message_in(Lang::En), e.to_string());
            assert_ne!(e.message_in(Lang::Es), e.to_string());
        }
    }

    fn sample(url: &str) -> SavedStore {
        SavedStore {
            url: url.into(),
            display_name: "Shop".into(),
            connected_at: "2026-11-23T12:00:00Z".into(),
            last_check: None,
            last_verdict: None,
            auth_kind: "woocommerce-keys".into(),
            key_hint: Some("…abc1234".into()),
            key_permissions: Some("read_write".into()),
            key_id: Some(7),
        }
    }

    #[test]
    fn upsert_list_check_remove() {
        let dir = tempfile::tempdir().unwrap();
        let saved = SavedStores::at(dir.path());
        assert!(saved.list().unwrap().is_empty());
        saved.upsert(sample("https://b.test/")).unwrap();
        saved.upsert(sample("https://a.test/")).unwrap();
        saved.upsert(sample("https://a.test/")).unwrap();
        assert_eq!(
            saved
                .list()
                .unwrap()
                .iter()
                .map(|s| s.url.as_str())
                .collect::<Vec<_>>(),
            vec!["https://a.test/", "https://b.test/"]
        );
        saved
            .record_check("https://a.test/", "2026-11-23T13:00:00Z", "healthy")
            .unwrap();
        assert_eq!(
            saved
                .get("https://a.test/")
                .unwrap()
                .unwrap()
                .last_verdict
                .as_deref(),
            Some("healthy")
        );
        assert!(saved.remove("https://a.test/").unwrap().is_some());
        assert!(saved.remove("https://a.test/").unwrap().is_none());
    }

    #[test]
    fn damaged_file_is_reported_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let saved = SavedStores::at(dir.path());
        std::fs::write(saved.path(), "{not json").unwrap();
        assert!(matches!(saved.list(), Err(SavedError::Corrupt { .. })));
        assert!(saved.upsert(sample("https://a.test/")).is_err());
        assert_eq!(std::fs::read_to_string(saved.path()).unwrap(), "{not json");
    }
}
