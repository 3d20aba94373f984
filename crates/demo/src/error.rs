//! Errors of starting a store.

/// Why a store could not start.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unknown scenario `{name}`; valid scenarios: {valid}")]
    UnknownScenario { name: String, valid: String },
    #[error("scenario `{0}` makes its own certificate; do not pass certificate files")]
    CertificateFilesNotAllowed(String),
    #[error("TLS setup failed: {0}")]
    Tls(String),
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        #[source]
        source: std::io::Error,
    },
}
