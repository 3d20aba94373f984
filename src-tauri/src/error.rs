//! The one error type every command returns. It crosses to the UI as `{code, message, detail?}`:
//! `code` is stable (the UI's strings.js maps it to the words a store owner reads), `message` is a
//! plain English fallback, `detail` an optional value to show (a host name, a scheme, a path).
//! Nothing secret is ever put in an error.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use thiserror::Error;

use handshake_connect::flow::ConnectError;
use handshake_connect::saved::SavedError;
use handshake_connect::vault::VaultError;
use handshake_engine::CredentialError;
use handshake_engine::{EngineError, StoreUrlError};

#[derive(Debug, Error, PartialEq, Eq)]
pub enum AppError {
    #[error("Enter your store's address.")]
    UrlEmpty,
    #[error("That does not look like a web address.")]
    UrlUnparsable { detail: String },
    #[error("Only https:// and http:// addresses are supported.")]
    UrlScheme { scheme: String },
    #[error("The address has no host name.")]
    UrlNoHost,
    #[error("The address must not contain a user name or password.")]
    UrlHasCredentials,
    #[error("The host name is not valid.")]
    UrlBadHost { host: String },
    #[error(
        "That is not a web address (javascript:, data:, mailto: and the like cannot be checked)."
    )]
    UrlNotWeb { scheme: String },
    #[error("Port 0 cannot be used: leave the port out, or enter the one the store uses.")]
    UrlPortZero,

    #[error("The consumer key must be ck_ followed by 40 letters and digits.")]
    KeyFormat,
    #[error("The consumer secret must be cs_ followed by 40 letters and digits.")]
    SecretFormat,

    #[error("The check was cancelled.")]
    Cancelled,
    #[error("The check could not run.")]
    CheckFailed { detail: String },

    #[error("There is no demo problem with that name.")]
    DemoUnknownScenario { name: String },
    #[error("The demo store could not start.")]
    DemoStart { detail: String },

    #[error("The system keyring is not available.")]
    KeyringUnavailable { detail: String },
    #[error("The system keyring refused access.")]
    KeyringDenied { detail: String },
    #[error("The saved keys for this store are damaged.")]
    KeyringCorrupt,

    #[error("The list of saved stores could not be read or written.")]
    SavedStores { detail: String },

    #[error("That report is no longer available; run the check again.")]
    ReportNotFound,
    #[error("The text could not be put on the clipboard.")]
    Clipboard { detail: String },
    #[error("The report could not be saved.")]
    Export { detail: String },
    #[error("The page could not be opened.")]
    Open { detail: String },

    #[error("No relay is set up for approving in the browser (start the app with --relay URL).")]
    AuthorizeNoRelay,
    #[error("The relay address is not valid.")]
    AuthorizeBadRelay { detail: String },
    #[error("That is not a WooCommerce approval address.")]
    AuthorizeBadLink,

    #[error("The language could not be saved.")]
    Settings { detail: String },
}

impl AppError {
    /// Stable codes: the UI and support scripts depend on them. Add, never rename.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::UrlEmpty => "url.empty",
            AppError::UrlUnparsable { .. } => "url.unparsable",
            AppError::UrlScheme { .. } => "url.scheme",
            AppError::UrlNoHost => "url.no_host",
            AppError::UrlHasCredentials => "url.credentials",
            AppError::UrlBadHost { .. } => "url.bad_host",
            AppError::UrlNotWeb { .. } => "url.not_web",
            AppError::UrlPortZero => "url.port_zero",
            AppError::KeyFormat => "keys.key_format",
            AppError::SecretFormat => "keys.secret_format",
            AppError::Cancelled => "check.cancelled",
            AppError::CheckFailed { .. } => "check.failed",
            AppError::DemoUnknownScenario { .. } => "demo.unknown_scenario",
            AppError::DemoStart { .. } => "demo.start_failed",
            AppError::KeyringUnavailable { .. } => "keyring.unavailable",
            AppError::KeyringDenied { .. } => "keyring.denied",
            AppError::KeyringCorrupt => "keyring.corrupt",
            AppError::SavedStores { .. } => "saved.failed",
            AppError::ReportNotFound => "report.not_found",
            AppError::Clipboard { .. } => "clipboard.failed",
            AppError::Export { .. } => "export.failed",
            AppError::Open { .. } => "open.failed",
            AppError::AuthorizeNoRelay => "authorize.no_relay",
            AppError::AuthorizeBadRelay { .. } => "authorize.bad_relay",
            AppError::AuthorizeBadLink => "authorize.bad_link",
            AppError::Settings { .. } => "settings.failed",
        }
    }

    /// A value the UI may show next to its own sentence.
    pub fn detail(&self) -> Option<&str> {
        match self {
            AppError::UrlUnparsable { detail }
            | AppError::CheckFailed { detail }
            | AppError::DemoStart { detail }
            | AppError::KeyringUnavailable { detail }
            | AppError::KeyringDenied { detail }
            | AppError::SavedStores { detail }
            | AppError::Clipboard { detail }
            | AppError::Export { detail }
            | AppError::Open { detail }
            | AppError::AuthorizeBadRelay { detail }
            | AppError::Settings { detail } => Some(detail),
            AppError::UrlScheme { scheme } | AppError::UrlNotWeb { scheme } => Some(scheme),
            AppError::UrlBadHost { host } => Some(host),
            AppError::DemoUnknownScenario { name } => Some(name),
            _ => None,
        }
    }
}

impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("AppError", 3)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("message", &self.to_string())?;
        s.serialize_field("detail", &self.detail())?;
        s.end()
    }
}

impl From<StoreUrlError> for AppError {
    fn from(e: StoreUrlError) -> Self {
        match e {
            StoreUrlError::Empty => AppError::UrlEmpty,
            StoreUrlError::Unparsable(input, _) => AppError::UrlUnparsable { detail: input },
            StoreUrlError::UnsupportedScheme(scheme) => AppError::UrlScheme { scheme },
            StoreUrlError::NoHost => AppError::UrlNoHost,
            StoreUrlError::HasCredentials => AppError::UrlHasCredentials,
            StoreUrlError::BadHost(host) => AppError::UrlBadHost { host },
            StoreUrlError::NotWebAddress(scheme) => AppError::UrlNotWeb { scheme },
            StoreUrlError::PortZero => AppError::UrlPortZero,
        }
    }
}

impl From<CredentialError> for AppError {
    fn from(e: CredentialError) -> Self {
        match e {
            CredentialError::BadConsumerSecret => AppError::SecretFormat,
            // Only WooCommerce keys are pasted in the wizard; anything else about them is the key.
            _ => AppError::KeyFormat,
        }
    }
}

impl From<EngineError> for AppError {
    fn from(e: EngineError) -> Self {
        AppError::CheckFailed {
            detail: e.to_string(),
        }
    }
}

impl From<VaultError> for AppError {
    fn from(e: VaultError) -> Self {
        match e {
            VaultError::Unavailable(detail) => AppError::KeyringUnavailable { detail },
            VaultError::Denied(detail) => AppError::KeyringDenied { detail },
            VaultError::Corrupt(_) => AppError::KeyringCorrupt,
        }
    }
}

impl From<SavedError> for AppError {
    fn from(e: SavedError) -> Self {
        AppError::SavedStores {
            detail: e.to_string(),
        }
    }
}

impl From<ConnectError> for AppError {
    fn from(e: ConnectError) -> Self {
        match e {
            ConnectError::Engine(e) => e.into(),
            ConnectError::Vault(e) => e.into(),
            ConnectError::Saved(e) => e.into(),
            ConnectError::BadRelay(detail) => AppError::AuthorizeBadRelay { detail },
            ConnectError::Cancelled => AppError::Cancelled,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_code_message_and_detail() {
        let v = serde_json::to_value(AppError::from(StoreUrlError::UnsupportedScheme(
            "ftp".into(),
        )))
        .unwrap();
        assert_eq!(v["code"], "url.scheme");
        assert_eq!(v["detail"], "ftp");
        assert!(v["message"].as_str().unwrap().contains("https://"));
        let v = serde_json::to_value(AppError::Cancelled).unwrap();
        assert_eq!(v["code"], "check.cancelled");
        assert!(v["detail"].is_null());
    }

    #[test]
    fn url_errors_map_one_to_one() {
        for (input, code) in [
            ("", "url.empty"),
            ("ftp://example.com", "url.scheme"),
            ("https://user:pw@example.com", "url.credentials"),
            ("exa mple.com", "url.unparsable"),
        ] {
            let e: AppError = handshake_engine::StoreUrl::parse(input).unwrap_err().into();
            assert_eq!(e.code(), code, "{input:?}");
        }
    }

    #[test]
    fn key_shape_errors_name_the_field() {
        let e: AppError = handshake_engine::WooKeys::new("ck_short", "cs_short")
            .unwrap_err()
            .into();
        assert_eq!(e, AppError::KeyFormat);
        let ck = format!("ck_{}", "a".repeat(40));
        let e: AppError = handshake_engine::WooKeys::new(&ck, "nope")
            .unwrap_err()
            .into();
        assert_eq!(e, AppError::SecretFormat);
    }
}
