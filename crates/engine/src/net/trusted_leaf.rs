//! A certificate the owner trusts directly (`--ca-cert` with the store's own certificate) is
//! accepted as the store's certificate, as the apps that will connect accept it.
//!
//! `openssl req -x509` makes self-signed certificates marked `CA:TRUE`. WebPKI refuses a CA
//! certificate as a server's certificate (`CaUsedAsEndEntity`), but OpenSSL — under PHP's curl,
//! Python's requests and Node alike — accepts a server certificate that is itself in the trust
//! store, whatever its basic constraints. So when the certificate the server presents is byte for
//! byte one of the extra trusted certificates, it is accepted if it is valid for the name and
//! within its dates; every other certificate goes through WebPKI unchanged.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};

#[derive(Debug)]
pub struct TrustedLeafVerifier {
    inner: Arc<WebPkiServerVerifier>,
    /// Certificates trusted explicitly (not the system's roots).
    extra: Arc<Vec<CertificateDer<'static>>>,
}

impl TrustedLeafVerifier {
    pub fn new(
        inner: Arc<WebPkiServerVerifier>,
        extra: Arc<Vec<CertificateDer<'static>>>,
    ) -> TrustedLeafVerifier {
        TrustedLeafVerifier { inner, extra }
    }
}

impl ServerCertVerifier for TrustedLeafVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let webpki = self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        if webpki.is_ok() || !self.extra.iter().any(|c| c.as_ref() == end_entity.as_ref()) {
            return webpki;
        }
        // Trusted as it is: what is left to check is the name and the dates.
        let parsed = rustls::server::ParsedCertificate::try_from(end_entity)?;
        rustls::client::verify_server_name(&parsed, server_name)?;
        let (_, cert) = x509_parser::parse_x509_certificate(end_entity.as_ref())
            .map_err(|_| rustls::Error::InvalidCertificate(CertificateError::BadEncoding))?;
        let at = x509_parser::time::ASN1Time::from_timestamp(now.as_secs() as i64)
            .map_err(|_| rustls::Error::InvalidCertificate(CertificateError::BadEncoding))?;
        let validity = cert.validity();
        if at < validity.not_before {
            return Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidYet,
            ));
        }
        if at > validity.not_after {
            return Err(rustls::Error::InvalidCertificate(CertificateError::Expired));
        }
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
