//! Which certificate authorities a check trusts: the system's roots, plus an extra CA (`--ca-cert`)
//! for stores behind a private CA and for tests.

use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::CertificateDer;
use rustls::RootCertStore;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum TrustError {
    #[error("cannot read the CA certificate {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} holds no PEM certificate")]
    NoCertificate { path: String },
    #[error("the CA certificate in {path} is not valid: {message}")]
    Invalid { path: String, message: String },
}

impl TrustError {
    /// The message for a person, in `lang` (messages `error-trust-*`; the path and the system's or
    /// the TLS library's own words are values). `Display` stays English for logs.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            TrustError::Read { path, source } => t!(
                lang,
                "error-trust-read",
                "path" => path.as_str(),
                "error" => source.to_string()
            ),
            TrustError::NoCertificate { path } => {
                t!(lang, "error-trust-no-certificate", "path" => path.as_str())
            }
            TrustError::Invalid { path, message } => t!(
                lang,
                "error-trust-invalid",
                "path" => path.as_str(),
                "error" => message.as_str()
            ),
        }
    }
}

/// The crypto provider every TLS config here uses (ring: pure Rust + asm, no C toolchain needed).
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

#[derive(Clone)]
pub struct Trust {
    roots: Arc<RootCertStore>,
    /// The certificates added with `--ca-cert`, also accepted as a server's own certificate
    /// (see [`super::trusted_leaf`]).
    extra: Arc<Vec<CertificateDer<'static>>>,
}

impl std::fmt::Debug for Trust {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Trust({} roots)", self.roots.len())
    }
}

impl Trust {
    /// The system's roots; an unreadable system store just contributes nothing.
    pub fn system() -> Trust {
        let mut roots = RootCertStore::empty();
        let loaded = rustls_native_certs::load_native_certs();
        roots.add_parsable_certificates(loaded.certs);
        Trust {
            roots: Arc::new(roots),
            extra: Arc::default(),
        }
    }

    /// Only the given PEM CAs (tests that must not depend on the machine's store).
    pub fn from_pem(pem: &str, origin: &str) -> Result<Trust, TrustError> {
        let mut t = Trust {
            roots: Arc::new(RootCertStore::empty()),
            extra: Arc::default(),
        };
        t.add_pem(pem, origin)?;
        Ok(t)
    }

    pub fn add_pem(&mut self, pem: &str, origin: &str) -> Result<(), TrustError> {
        use rustls::pki_types::pem::PemObject;
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(pem.as_bytes())
            .collect::<Result<_, _>>()
            .map_err(|e| TrustError::Invalid {
                path: origin.to_string(),
                message: e.to_string(),
            })?;
        if certs.is_empty() {
            return Err(TrustError::NoCertificate {
                path: origin.to_string(),
            });
        }
        let roots = Arc::make_mut(&mut self.roots);
        for cert in &certs {
            roots.add(cert.clone()).map_err(|e| TrustError::Invalid {
                path: origin.to_string(),
                message: e.to_string(),
            })?;
        }
        Arc::make_mut(&mut self.extra).extend(certs);
        Ok(())
    }

    pub fn add_pem_file(&mut self, path: &std::path::Path) -> Result<(), TrustError> {
        let origin = path.display().to_string();
        let pem = std::fs::read_to_string(path).map_err(|source| TrustError::Read {
            path: origin.clone(),
            source,
        })?;
        self.add_pem(&pem, &origin)
    }

    pub fn roots(&self) -> Arc<RootCertStore> {
        self.roots.clone()
    }

    /// WebPKI against these roots, also accepting a server certificate that was itself added
    /// with `--ca-cert`. `None` when there is no root at all (the handshake then fails as
    /// untrusted).
    pub fn verifier(&self) -> Option<Arc<super::trusted_leaf::TrustedLeafVerifier>> {
        let webpki = WebPkiServerVerifier::builder_with_provider(self.roots.clone(), provider())
            .build()
            .ok()?;
        Some(Arc::new(super::trusted_leaf::TrustedLeafVerifier::new(
            webpki,
            self.extra.clone(),
        )))
    }

    /// A client config that verifies certificates against these roots, offering h2 and http/1.1.
    pub fn client_config(&self) -> rustls::ClientConfig {
        let builder = rustls::ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("ring supports the default protocol versions");
        let mut config = match self.verifier() {
            Some(v) => builder
                .dangerous()
                .with_custom_certificate_verifier(v)
                .with_no_client_auth(),
            None => builder
                .with_root_certificates(self.roots.clone())
                .with_no_client_auth(),
        };
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        config
    }

    /// A client config that accepts any certificate. Used only to keep diagnosing a store whose
    /// certificate is broken, and never with credentials.
    pub fn insecure_client_config(&self) -> rustls::ClientConfig {
        let mut config = rustls::ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("ring supports the default protocol versions")
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAnything(provider())))
            .with_no_client_auth();
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        config
    }
}

/// Accepts any certificate (signatures still checked). See `Trust::insecure_client_config`.
#[derive(Debug)]
struct AcceptAnything(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AcceptAnything {
    fn verify_server_cert(
        &self,
        _: &rustls::pki_types::CertificateDer<'_>,
        _: &[rustls::pki_types::CertificateDer<'_>],
        _: &rustls::pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &rustls::pki_types::CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &rustls::pki_types::CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The localised messages say in English exactly what `Display` says.
    #[test]
    fn english_messages_match_display() {
        let errors = [
            TrustError::Read {
                path: "ca.pem".into(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "not found"),
            },
            TrustError::NoCertificate {
                path: "ca.pem".into(),
            },
            TrustError::Invalid {
                path: "ca.pem".into(),
                message: "bad encoding".into(),
            },
        ];
        for e in errors {
            assert_eq!(e.message_in(handshake_l10n::Lang::En), e.to_string());
            assert_ne!(e.message_in(handshake_l10n::Lang::De), e.to_string());
        }
    }
}
