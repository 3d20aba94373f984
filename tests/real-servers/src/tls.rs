//! The testbed's HTTPS certificate: a private CA (the probes are told to trust it, as with
//! `--ca-cert`) and a server certificate for 127.0.0.1 and localhost, written as PEM files for
//! Apache and nginx.

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use time::{Duration, OffsetDateTime};

pub struct TlsFiles {
    pub ca_pem: String,
    /// Server certificate followed by the CA (the chain servers send).
    pub cert: PathBuf,
    pub key: PathBuf,
}

pub fn generate(dir: &std::path::Path) -> TlsFiles {
    let now = OffsetDateTime::now_utc();
    let ca_key = KeyPair::generate().expect("CA key");
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "Handshake real-server testbed CA");
    ca.distinguished_name = dn;
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    ca.not_before = now - Duration::days(1);
    ca.not_after = now + Duration::days(30);
    let ca_cert = ca.self_signed(&ca_key).expect("CA certificate");
    let ca_pem = ca_cert.pem();
    let issuer = Issuer::new(ca, ca_key);

    let key = KeyPair::generate().expect("server key");
    let mut leaf = CertificateParams::new(vec!["localhost".to_string()]).expect("server params");
    leaf.subject_alt_names
        .push(SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "127.0.0.1");
    leaf.distinguished_name = dn;
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    leaf.use_authority_key_identifier_extension = true;
    leaf.not_before = now - Duration::days(1);
    leaf.not_after = now + Duration::days(30);
    let leaf_cert = leaf.signed_by(&key, &issuer).expect("server certificate");

    let cert = dir.join("server.crt");
    let key_path = dir.join("server.key");
    std::fs::write(&cert, format!("{}{}", leaf_cert.pem(), ca_pem)).expect("write the certificate");
    std::fs::write(&key_path, key.serialize_pem()).expect("write the key");
    // Read by the servers' parent processes (root or the test user), never by workers.
    crate::process::chmod(&key_path, 0o600);
    TlsFiles {
        ca_pem,
        cert,
        key: key_path,
    }
}
