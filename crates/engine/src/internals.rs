//! The engine's insides, for the workspace's tests, benchmarks and fuzz targets only (cargo feature
//! `internals`). Nothing here is a promise: front ends use the crate's top level.

pub mod catalog {
    pub use crate::catalog::*;
}
pub mod credential_scope {
    pub use crate::credential_scope::*;
}
pub mod firewall {
    pub use crate::firewall::*;
}
pub mod fixes {
    pub use crate::fixes::*;
}
pub mod http {
    pub use crate::http::*;
}
pub mod net {
    pub use crate::net::trust::provider;
    pub mod tls_check {
        pub use crate::net::tls_check::*;
    }
}
pub mod oauth1 {
    pub use crate::oauth1::*;
}
pub mod plain_words {
    pub use crate::plain_words::*;
}
pub mod probes {
    pub use crate::probes::*;
}
pub mod wp {
    pub use crate::wp::*;
}
