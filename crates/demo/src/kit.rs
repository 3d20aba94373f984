//! Pieces for tests that play the other actors around a store: a certificate for another local HTTPS
//! server (an app's callback relay) and the owner's browser trusting the test CAs.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};

use crate::error::StoreError;

/// A fresh CA and a server certificate it signed, as PEM.
pub struct ServerCert {
    pub ca_pem: String,
    pub cert_pem: String,
    pub key_pem: String,
}

fn err(e: rcgen::Error) -> StoreError {
    StoreError::Tls(e.to_string())
}

/// A server certificate for `names` (host names or IP addresses) signed by a new CA.
pub fn server_cert(names: &[&str]) -> Result<ServerCert, StoreError> {
    let ca_key = KeyPair::generate().map_err(err)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(err)?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "Handshake test CA");
    let ca = ca_params.self_signed(&ca_key).map_err(err)?;
    let issuer = Issuer::new(ca_params, ca_key);
    let key = KeyPair::generate().map_err(err)?;
    let leaf = CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
        .map_err(err)?
        .signed_by(&key, &issuer)
        .map_err(err)?;
    Ok(ServerCert {
        ca_pem: ca.pem(),
        cert_pem: leaf.pem(),
        key_pem: key.serialize_pem(),
    })
}

/// The owner's browser: trusts exactly these CAs, follows redirects. Send
/// [`crate::LOGGED_IN_COOKIE`] to be the store's logged-in admin.
pub fn browser(ca_pems: &[&str]) -> Result<reqwest::Client, StoreError> {
    let pems: Vec<Vec<u8>> = ca_pems.iter().map(|p| p.as_bytes().to_vec()).collect();
    let tls = crate::tls::client_config(&pems)?;
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .no_proxy()
        .build()
        .map_err(|e| StoreError::Tls(e.to_string()))
}
