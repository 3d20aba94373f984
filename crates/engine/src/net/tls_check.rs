//! The TLS check: one handshake that records the certificate and what is wrong with it (expired,
//! wrong name, unknown issuer, incomplete chain) instead of just failing, so the owner is told which.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};
use thiserror::Error;

use super::trust::{provider, Trust};

#[derive(Debug, Error)]
pub enum TlsCheckError {
    #[error("could not connect: {0}")]
    Connect(String),
    #[error("the TLS handshake failed: {0}")]
    Handshake(String),
    #[error("the TLS handshake did not finish in time")]
    Timeout,
}

/// What is wrong with the certificate, in terms an owner can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertProblem {
    Expired {
        not_after: String,
    },
    NotYetValid {
        not_before: String,
    },
    WrongName {
        host: String,
        names: Vec<String>,
    },
    /// Self-signed, or signed by a CA nobody trusts.
    UntrustedIssuer {
        issuer: String,
        self_signed: bool,
    },
    Other(String),
}

impl std::fmt::Display for CertProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CertProblem::Expired { not_after } => write!(f, "the certificate expired on {not_after}"),
            CertProblem::NotYetValid { not_before } => write!(f, "the certificate is not valid before {not_before}"),
            CertProblem::WrongName { host, names } => {
                write!(f, "the certificate is for {} but the store is {host}", if names.is_empty() { "no host name".to_string() } else { names.join(", ") })
            }
            CertProblem::UntrustedIssuer { self_signed: true, .. } => write!(f, "the certificate is self-signed, so no app trusts it"),
            CertProblem::UntrustedIssuer { issuer, .. } => write!(
                f,
                "the certificate's issuer ({issuer}) is not trusted: the chain is incomplete (intermediate certificate missing) or the CA is private"
            ),
            CertProblem::Other(m) => write!(f, "the certificate is not valid: {m}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct TlsReport {
    pub problem: Option<CertProblem>,
    pub protocol: String,
    pub subject_names: Vec<String>,
    pub issuer: String,
    pub not_after: String,
}

/// Verifier that asks the real WebPKI verifier and remembers its answer, then lets the handshake
/// finish so the certificate can be described.
#[derive(Debug)]
struct Recording {
    inner: Arc<crate::net::trusted_leaf::TrustedLeafVerifier>,
    verdict: Mutex<Option<Result<(), rustls::Error>>>,
    leaf: Mutex<Option<CertificateDer<'static>>>,
}

impl ServerCertVerifier for Recording {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verdict = self
            .inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            .map(|_| ());
        *self.verdict.lock().unwrap_or_else(|p| p.into_inner()) = Some(verdict);
        *self.leaf.lock().unwrap_or_else(|p| p.into_inner()) =
            Some(end_entity.clone().into_owned());
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(m, c, d)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(m, c, d)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// Connects to `addr`, handshakes as `host`, and describes the certificate.
pub async fn check(
    trust: &Trust,
    host: &str,
    addr: SocketAddr,
    timeout: Duration,
) -> Result<TlsReport, TlsCheckError> {
    let inner = trust.verifier().ok_or_else(|| {
        TlsCheckError::Handshake("no trusted certificate authority is configured".into())
    })?;
    let recording = Arc::new(Recording {
        inner,
        verdict: Mutex::new(None),
        leaf: Mutex::new(None),
    });
    let mut config = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsCheckError::Handshake(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(recording.clone())
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let server_name = ServerName::try_from(host.to_string())
        .map_err(|e| TlsCheckError::Handshake(e.to_string()))?;
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));

    let handshake = async {
        let tcp = tokio::net::TcpStream::connect(addr)
            .await
            .map_err(|e| TlsCheckError::Connect(e.to_string()))?;
        connector
            .connect(server_name, tcp)
            .await
            .map_err(|e| TlsCheckError::Handshake(e.to_string()))
    };
    let stream = tokio::time::timeout(timeout, handshake)
        .await
        .map_err(|_| TlsCheckError::Timeout)??;
    let (_, conn) = stream.get_ref();
    let protocol = conn
        .protocol_version()
        .map(|v| format!("{v:?}"))
        .unwrap_or_default()
        .replace("TLSv1_", "TLS 1.");

    let verdict = recording
        .verdict
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take();
    let leaf = recording
        .leaf
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take();
    let described = leaf
        .as_ref()
        .map(|c| describe(c.as_ref()))
        .unwrap_or_default();
    let problem = match verdict {
        Some(Ok(())) => None,
        Some(Err(e)) => Some(problem_from(e, host, &described)),
        None => Some(CertProblem::Other("the server sent no certificate".into())),
    };
    Ok(TlsReport {
        problem,
        protocol,
        subject_names: described.names,
        issuer: described.issuer,
        not_after: described.not_after,
    })
}

#[derive(Default)]
struct Described {
    names: Vec<String>,
    issuer: String,
    not_before: String,
    not_after: String,
    self_signed: bool,
}

fn describe(der: &[u8]) -> Described {
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(der) else {
        return Described::default();
    };
    let mut names: Vec<String> = cert
        .subject_alternative_name()
        .ok()
        .flatten()
        .map(|san| {
            san.value
                .general_names
                .iter()
                .filter_map(|n| match n {
                    x509_parser::extensions::GeneralName::DNSName(d) => Some(d.to_string()),
                    x509_parser::extensions::GeneralName::IPAddress(ip) => ip_from_bytes(ip),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    if names.is_empty() {
        if let Some(cn) = cert
            .subject()
            .iter_common_name()
            .next()
            .and_then(|c| c.as_str().ok())
        {
            names.push(cn.to_string());
        }
    }
    let date = |t: x509_parser::time::ASN1Time| {
        t.to_datetime()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| t.to_string())
    };
    Described {
        names,
        issuer: cert.issuer().to_string(),
        not_before: date(cert.validity().not_before),
        not_after: date(cert.validity().not_after),
        self_signed: cert.issuer() == cert.subject(),
    }
}

fn ip_from_bytes(b: &[u8]) -> Option<String> {
    match b.len() {
        4 => Some(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()),
        16 => <[u8; 16]>::try_from(b)
            .ok()
            .map(|a| std::net::Ipv6Addr::from(a).to_string()),
        _ => None,
    }
}

fn problem_from(e: rustls::Error, host: &str, d: &Described) -> CertProblem {
    match e {
        rustls::Error::InvalidCertificate(c) => match c {
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                CertProblem::Expired {
                    not_after: d.not_after.clone(),
                }
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                CertProblem::NotYetValid {
                    not_before: d.not_before.clone(),
                }
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                CertProblem::WrongName {
                    host: host.to_string(),
                    names: d.names.clone(),
                }
            }
            CertificateError::UnknownIssuer => CertProblem::UntrustedIssuer {
                issuer: d.issuer.clone(),
                self_signed: d.self_signed,
            },
            other => CertProblem::Other(certificate_error_words(&other)),
        },
        other => CertProblem::Other(other.to_string()),
    }
}

/// A certificate error in words a person can act on; never a Rust debug string.
fn certificate_error_words(e: &CertificateError) -> String {
    // WebPKI's own reasons arrive wrapped as `Other`; their names are stable identifiers.
    let name = format!("{e:?}");
    let known: &[(&str, &str)] = &[
        ("CaUsedAsEndEntity", "the server presents a certificate authority's certificate (CA:TRUE) as its own, and it is not one this computer trusts directly"),
        ("EndEntityUsedAsCa", "a site certificate was used to sign another certificate"),
        ("UnsupportedSignatureAlgorithm", "the certificate is signed with an algorithm that is not accepted"),
        ("UnsupportedCertVersion", "the certificate's format version is not supported"),
        ("RequiredEkuNotFound", "the certificate is not made for web servers (its extended key usage lacks serverAuth)"),
        ("BadDer", "the certificate is malformed"),
        ("BadEncoding", "the certificate is malformed"),
        ("BadSignature", "the certificate's signature does not match"),
        ("Revoked", "the certificate was revoked by its issuer"),
        ("NameConstraintViolation", "the certificate's name breaks its issuer's name constraints"),
    ];
    known
        .iter()
        .find(|(id, _)| name.contains(id))
        .map(|(_, words)| words.to_string())
        .unwrap_or_else(|| "the certificate could not be verified".to_string())
}
