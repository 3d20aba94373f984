//! Certificates made at start (a small CA and a leaf it signs) and the rustls server config.

use std::path::Path;
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use time::{Duration, OffsetDateTime};

use crate::error::StoreError;
use crate::scenario::CertKind;

/// Names the engine's tests resolve to loopback.
const GOOD_NAMES: &[&str] = &[
    "localhost",
    "127.0.0.1",
    "::1",
    "shop.test",
    "www.shop.test",
];

/// A certificate chain and key ready for rustls, plus the CA PEM clients should trust.
pub(crate) struct Material {
    pub chain: Vec<CertificateDer<'static>>,
    pub key: PrivateKeyDer<'static>,
    pub ca_pem: Option<String>,
}

/// rustls has no default provider here (no aws-lc): install ring once, ignore "already set".
pub(crate) fn install_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

fn rcgen_err(e: rcgen::Error) -> StoreError {
    StoreError::Tls(e.to_string())
}

/// A CA and a leaf for `kind`. For `SelfSigned` the leaf is its own issuer, and the CA that
/// `ca_pem()` returns did not sign it, so trusting that CA does not help.
pub(crate) fn generate(kind: CertKind) -> Result<Material, StoreError> {
    let now = OffsetDateTime::now_utc();

    let ca_key = KeyPair::generate().map_err(rcgen_err)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(rcgen_err)?;
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "Handshake Test Store CA");
    dn.push(DnType::OrganizationName, "Handshake Test");
    ca_params.distinguished_name = dn;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    ca_params.not_before = now - Duration::days(1);
    ca_params.not_after = now + Duration::days(365);
    let ca_cert = ca_params.self_signed(&ca_key).map_err(rcgen_err)?;
    let ca_pem = ca_cert.pem();
    let issuer = Issuer::new(ca_params, ca_key);

    let names: Vec<String> = match kind {
        CertKind::WrongName => vec!["other.test".to_string()],
        _ => GOOD_NAMES.iter().map(|s| s.to_string()).collect(),
    };
    let leaf_key = KeyPair::generate().map_err(rcgen_err)?;
    let mut leaf = CertificateParams::new(names).map_err(rcgen_err)?;
    let mut dn = DistinguishedName::new();
    dn.push(
        DnType::CommonName,
        if kind == CertKind::WrongName {
            "other.test"
        } else {
            "shop.test"
        },
    );
    leaf.distinguished_name = dn;
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    leaf.use_authority_key_identifier_extension = kind != CertKind::SelfSigned;
    if kind == CertKind::Expired {
        leaf.not_before = now - Duration::days(400);
        leaf.not_after = now - Duration::days(30);
    } else {
        leaf.not_before = now - Duration::days(1);
        leaf.not_after = now + Duration::days(90);
    }
    let leaf_cert = if kind == CertKind::SelfSigned {
        leaf.self_signed(&leaf_key).map_err(rcgen_err)?
    } else {
        leaf.signed_by(&leaf_key, &issuer).map_err(rcgen_err)?
    };

    let mut chain = vec![leaf_cert.der().clone()];
    if kind != CertKind::SelfSigned {
        chain.push(ca_cert.der().clone());
    }
    let key = PrivateKeyDer::try_from(leaf_key.serialize_der())
        .map_err(|e| StoreError::Tls(e.to_string()))?;
    Ok(Material {
        chain,
        key,
        ca_pem: Some(ca_pem),
    })
}

/// Certificate chain and key from PEM files (no CA is known then).
pub(crate) fn from_files(cert: &Path, key: &Path) -> Result<Material, StoreError> {
    let read = |p: &Path| {
        std::fs::read(p).map_err(|e| StoreError::Io {
            path: p.display().to_string(),
            source: e,
        })
    };
    let cert_pem = read(cert)?;
    let key_pem = read(key)?;
    let chain = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| StoreError::Tls(format!("{}: {e}", cert.display())))?;
    if chain.is_empty() {
        return Err(StoreError::Tls(format!(
            "{}: no certificate found",
            cert.display()
        )));
    }
    let key = PrivateKeyDer::from_pem_slice(&key_pem)
        .map_err(|e| StoreError::Tls(format!("{}: {e}", key.display())))?;
    Ok(Material {
        chain,
        key,
        ca_pem: None,
    })
}

/// Server config with ALPN h2 and http/1.1 (axum serves both).
pub(crate) fn server_config(m: &Material) -> Result<Arc<rustls::ServerConfig>, StoreError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| StoreError::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(m.chain.clone(), m.key.clone_key())
        .map_err(|e| StoreError::Tls(e.to_string()))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Client config trusting exactly the given PEM CAs (the store's outgoing callback POST).
pub(crate) fn client_config(ca_pems: &[Vec<u8>]) -> Result<rustls::ClientConfig, StoreError> {
    let mut roots = rustls::RootCertStore::empty();
    for pem in ca_pems {
        for cert in CertificateDer::pem_slice_iter(pem) {
            let cert = cert.map_err(|e| StoreError::Tls(e.to_string()))?;
            roots
                .add(cert)
                .map_err(|e| StoreError::Tls(e.to_string()))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| StoreError::Tls(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}
