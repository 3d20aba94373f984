//! Credentials typed as secrets: `Debug` never shows them, memory is zeroized on drop (secrecy), and
//! a [`Redactor`] scrubs every form they could take (plain, Basic base64, URL-encoded) from any text
//! that leaves the engine.

use base64::Engine as _;
use secrecy::{ExposeSecret, SecretString};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CredentialError {
    #[error("the consumer key must start with ck_ followed by 40 hexadecimal characters (got {0} characters)")]
    BadConsumerKey(usize),
    #[error("the consumer secret must start with cs_ followed by 40 hexadecimal characters")]
    BadConsumerSecret,
    #[error("{0} is set but {1} is not: both are needed")]
    Incomplete(&'static str, &'static str),
    #[error("the application password must be 24 letters and digits (spaces are fine)")]
    BadAppPassword,
    #[error("the WordPress user name is empty")]
    EmptyUser,
}

impl CredentialError {
    /// The message for a person, in `lang` (messages `error-credentials-*`; variable names and
    /// key shapes are values). `Display` stays English for logs.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            CredentialError::BadConsumerKey(n) => t!(
                lang,
                "error-credentials-consumer-key",
                "prefix" => "ck_",
                "count" => *n
            ),
            CredentialError::BadConsumerSecret => {
                t!(lang, "error-credentials-consumer-secret", "prefix" => "cs_")
            }
            CredentialError::Incomplete(set, missing) => t!(
                lang,
                "error-credentials-incomplete",
                "set" => *set,
                "missing" => *missing
            ),
            CredentialError::BadAppPassword => t!(lang, "error-credentials-app-password"),
            CredentialError::EmptyUser => t!(lang, "error-credentials-empty-user"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct WooKeys {
    /// The consumer key is secret too: anyone with key and secret acts as the store's admin.
    pub consumer_key: SecretString,
    pub consumer_secret: SecretString,
}

#[derive(Debug, Clone)]
pub struct AppPassword {
    pub user: String,
    pub password: SecretString,
}

#[derive(Debug, Clone, Default)]
pub struct Credentials {
    pub woo: Option<WooKeys>,
    pub app_password: Option<AppPassword>,
}

fn is_key(s: &str, prefix: &str) -> bool {
    s.len() == 43 && s.starts_with(prefix) && s[3..].bytes().all(|b| b.is_ascii_hexdigit())
}

impl WooKeys {
    /// Checks the shape WooCommerce generates (`ck_` / `cs_` + 40 hex characters), after trimming the
    /// whitespace and quotes that copy-paste adds.
    pub fn new(key: &str, secret: &str) -> Result<WooKeys, CredentialError> {
        let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
        let secret = secret.trim().trim_matches(|c| c == '"' || c == '\'');
        if !is_key(key, "ck_") {
            return Err(CredentialError::BadConsumerKey(key.len()));
        }
        if !is_key(secret, "cs_") {
            return Err(CredentialError::BadConsumerSecret);
        }
        Ok(WooKeys {
            consumer_key: key.into(),
            consumer_secret: secret.into(),
        })
    }

    /// The last 7 characters, as WooCommerce's key list shows them ("…abc1234").
    pub fn truncated_key(&self) -> String {
        let k = self.consumer_key.expose_secret();
        format!("…{}", &k[k.len().saturating_sub(7)..])
    }
}

impl AppPassword {
    pub fn new(user: &str, password: &str) -> Result<AppPassword, CredentialError> {
        let user = user.trim();
        if user.is_empty() {
            return Err(CredentialError::EmptyUser);
        }
        let compact: String = password.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.len() != 24 || !compact.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(CredentialError::BadAppPassword);
        }
        Ok(AppPassword {
            user: user.to_string(),
            password: password.trim().into(),
        })
    }
}

impl Credentials {
    /// Reads `HANDSHAKE_CONSUMER_KEY`/`_SECRET` and `HANDSHAKE_WP_USER`/`HANDSHAKE_WP_APP_PASSWORD`.
    pub fn from_env() -> Result<Credentials, CredentialError> {
        Credentials::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    pub fn from_lookup(
        get: impl Fn(&str) -> Option<String>,
    ) -> Result<Credentials, CredentialError> {
        const CK: &str = "HANDSHAKE_CONSUMER_KEY";
        const CS: &str = "HANDSHAKE_CONSUMER_SECRET";
        const U: &str = "HANDSHAKE_WP_USER";
        const P: &str = "HANDSHAKE_WP_APP_PASSWORD";
        let woo = match (get(CK), get(CS)) {
            (Some(k), Some(s)) => Some(WooKeys::new(&k, &s)?),
            (Some(_), None) => return Err(CredentialError::Incomplete(CK, CS)),
            (None, Some(_)) => return Err(CredentialError::Incomplete(CS, CK)),
            (None, None) => None,
        };
        let app_password = match (get(U), get(P)) {
            (Some(u), Some(p)) => Some(AppPassword::new(&u, &p)?),
            (Some(_), None) => return Err(CredentialError::Incomplete(U, P)),
            (None, Some(_)) => return Err(CredentialError::Incomplete(P, U)),
            (None, None) => None,
        };
        Ok(Credentials { woo, app_password })
    }

    pub fn is_empty(&self) -> bool {
        self.woo.is_none() && self.app_password.is_none()
    }

    /// A redactor that knows every form of these secrets.
    pub fn redactor(&self) -> Redactor {
        let mut r = Redactor::default();
        if let Some(w) = &self.woo {
            r.add(w.consumer_key.expose_secret());
            r.add(w.consumer_secret.expose_secret());
            r.add_basic(
                w.consumer_key.expose_secret(),
                w.consumer_secret.expose_secret(),
            );
        }
        if let Some(a) = &self.app_password {
            let p = a.password.expose_secret();
            r.add(p);
            r.add(&p.chars().filter(|c| !c.is_whitespace()).collect::<String>());
            r.add_basic(&a.user, p);
        }
        r
    }
}

/// Replaces known secrets in text with `[REDACTED]`.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    needles: Vec<String>,
}

pub const REDACTED: &str = "[REDACTED]";

impl Redactor {
    pub fn add(&mut self, secret: &str) {
        if secret.len() >= 6 {
            self.needles.push(secret.to_string());
            let url_form =
                percent_encoding::utf8_percent_encode(secret, percent_encoding::NON_ALPHANUMERIC)
                    .to_string();
            if url_form != secret {
                self.needles.push(url_form.clone());
                self.needles.push(url_form.replace("%20", "+"));
            }
        }
        // Longest first, so a secret that contains another is replaced whole.
        self.needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        self.needles.dedup();
    }

    fn add_basic(&mut self, user: &str, password: &str) {
        let b64 = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        self.add(&b64);
    }

    pub fn redact(&self, text: &str) -> String {
        let mut out = text.to_string();
        for n in &self.needles {
            if out.contains(n.as_str()) {
                out = out.replace(n.as_str(), REDACTED);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {

    /// The localised messages say in English exactly what `Display` says.
    #[test]
    fn english_messages_match_display() {
        let errors = [
            CredentialError::BadConsumerKey(12),
            CredentialError::BadConsumerSecret,
            CredentialError::Incomplete("HANDSHAKE_CONSUMER_KEY", "HANDSHAKE_CONSUMER_SECRET"),
            CredentialError::BadAppPassword,
            CredentialError::EmptyUser,
        ];
        for e in errors {
            assert_eq!(e.message_in(handshake_l10n::Lang::En), e.to_string());
            assert_ne!(e.message_in(handshake_l10n::Lang::Es), e.to_string());
        }
    }
    use super::*;

    const CK: &str = "ck_0123456789abcdef0123456789abcdef01234567";
    const CS: &str = "cs_76543210fedcba9876543210fedcba9876543210";

    #[test]
    fn validates_key_shapes() {
        assert!(WooKeys::new(CK, CS).is_ok());
        assert!(WooKeys::new(&format!("  '{CK}' "), CS).is_ok());
        assert_eq!(
            WooKeys::new("ck_short", CS).unwrap_err(),
            CredentialError::BadConsumerKey(8)
        );
        assert_eq!(
            WooKeys::new(CK, CK).unwrap_err(),
            CredentialError::BadConsumerSecret
        );
        assert_eq!(WooKeys::new(CK, CS).unwrap().truncated_key(), "…1234567");
    }

    #[test]
    fn env_needs_both_halves() {
        let e =
            Credentials::from_lookup(|n| (n == "HANDSHAKE_CONSUMER_KEY").then(|| CK.to_string()))
                .unwrap_err();
        assert!(e.to_string().contains("HANDSHAKE_CONSUMER_SECRET"));
        assert!(Credentials::from_lookup(|_| None).unwrap().is_empty());
    }

    #[test]
    fn debug_and_redaction_hide_every_form() {
        let creds = Credentials {
            woo: Some(WooKeys::new(CK, CS).unwrap()),
            app_password: Some(AppPassword::new("admin", "abcd EFGH ijkl MNOP qrst UVWX").unwrap()),
        };
        let dbg = format!("{creds:?}");
        assert!(
            !dbg.contains(CS) && !dbg.contains(CK) && !dbg.contains("EFGH"),
            "{dbg}"
        );
        let r = creds.redactor();
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{CK}:{CS}"));
        let text = format!(
            "a {CS} b {basic} c abcd%20EFGH%20ijkl%20MNOP%20qrst%20UVWX d abcdEFGHijklMNOPqrstUVWX"
        );
        let out = r.redact(&text);
        assert!(
            !out.contains(CS) && !out.contains(&basic) && !out.contains("EFGH"),
            "{out}"
        );
    }
}
