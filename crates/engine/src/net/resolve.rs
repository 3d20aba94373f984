//! Name resolution through the system resolver (what the app and the owner's browser use), with
//! `--resolve HOST=ADDR` overrides so a store can be checked on a new server before DNS moves, and so
//! tests can name loopback servers without sending a DNS query anywhere.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use thiserror::Error;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ResolveError {
    #[error("the host name {host} does not resolve ({reason})")]
    NotFound { host: String, reason: String },
    #[error("the host name {host} resolved to no address")]
    Empty { host: String },
}

/// A `--resolve` value that is not `HOST=ADDRESS` (`spec` is the value as given).
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum OverrideError {
    #[error("{spec:?}: expected HOST=ADDRESS")]
    Shape { spec: String },
    #[error("{spec:?}: {addr:?} is not an IP address")]
    NotAnIp { spec: String, addr: String },
    #[error("{spec:?}: the host name is empty")]
    EmptyHost { spec: String },
}

impl OverrideError {
    /// The message for a person, in `lang` (messages `error-resolve-*`; what was typed is a
    /// value). `Display` stays English for logs.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            OverrideError::Shape { spec } => t!(
                lang,
                "error-resolve-shape",
                "spec" => format!("{spec:?}"),
                "shape" => "HOST=ADDRESS"
            ),
            OverrideError::NotAnIp { spec, addr } => t!(
                lang,
                "error-resolve-not-an-ip",
                "spec" => format!("{spec:?}"),
                "address" => format!("{addr:?}")
            ),
            OverrideError::EmptyHost { spec } => {
                t!(lang, "error-resolve-empty-host", "spec" => format!("{spec:?}"))
            }
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Resolver {
    overrides: Arc<HashMap<String, Vec<IpAddr>>>,
    /// Answer only from the overrides (tests and demos: no DNS query leaves the machine).
    offline: bool,
}

impl Resolver {
    pub fn with_overrides(overrides: HashMap<String, Vec<IpAddr>>) -> Resolver {
        let overrides = overrides
            .into_iter()
            .map(|(h, a)| (h.to_ascii_lowercase(), a))
            .collect();
        Resolver {
            overrides: Arc::new(overrides),
            offline: false,
        }
    }

    /// Resolves only the given names and IP literals; every other name fails as unknown.
    pub fn offline(overrides: HashMap<String, Vec<IpAddr>>) -> Resolver {
        Resolver {
            offline: true,
            ..Resolver::with_overrides(overrides)
        }
    }

    /// Parses `HOST=ADDR` (or curl's `HOST:PORT:ADDR`, port ignored) into an override entry.
    pub fn parse_override(spec: &str) -> Result<(String, IpAddr), OverrideError> {
        let (host, addr) = if let Some((h, a)) = spec.split_once('=') {
            (h.to_string(), a.to_string())
        } else {
            let parts: Vec<&str> = spec.splitn(3, ':').collect();
            match parts.as_slice() {
                [h, _port, a] => (h.to_string(), a.to_string()),
                _ => {
                    return Err(OverrideError::Shape {
                        spec: spec.to_string(),
                    })
                }
            }
        };
        let addr = addr.trim_matches(|c| c == '[' || c == ']');
        let ip: IpAddr = addr.parse().map_err(|_| OverrideError::NotAnIp {
            spec: spec.to_string(),
            addr: addr.to_string(),
        })?;
        if host.is_empty() {
            return Err(OverrideError::EmptyHost {
                spec: spec.to_string(),
            });
        }
        Ok((host.to_ascii_lowercase(), ip))
    }

    pub async fn lookup(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, ResolveError> {
        let host_lc = host.trim_end_matches('.').to_ascii_lowercase();
        if let Some(ips) = self.overrides.get(&host_lc) {
            return Ok(ips.iter().map(|ip| SocketAddr::new(*ip, port)).collect());
        }
        if let Ok(ip) = host_lc
            .trim_matches(|c| c == '[' || c == ']')
            .parse::<IpAddr>()
        {
            return Ok(vec![SocketAddr::new(ip, port)]);
        }
        if self.offline {
            return Err(ResolveError::NotFound {
                host: host.to_string(),
                reason: "no such host (offline resolver)".into(),
            });
        }
        let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host_lc.as_str(), port))
            .await
            .map_err(|e| ResolveError::NotFound {
                host: host.to_string(),
                reason: e.to_string(),
            })?
            .collect();
        if addrs.is_empty() {
            return Err(ResolveError::Empty {
                host: host.to_string(),
            });
        }
        Ok(addrs)
    }
}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let this = self.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs = this
                .lookup(&host, 0)
                .await
                .map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)?;
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_override_forms() {
        assert_eq!(
            Resolver::parse_override("shop.test=127.0.0.1").unwrap(),
            ("shop.test".into(), "127.0.0.1".parse().unwrap())
        );
        assert_eq!(
            Resolver::parse_override("Shop.Test:443:[::1]").unwrap(),
            ("shop.test".into(), "::1".parse().unwrap())
        );
        assert!(Resolver::parse_override("shop.test=nope")
            .unwrap_err()
            .to_string()
            .contains("not an IP"));
        assert!(Resolver::parse_override("garbage").is_err());
    }

    #[test]
    fn override_errors_in_every_language() {
        for spec in ["garbage", "shop.test=nope", "=127.0.0.1"] {
            let e = Resolver::parse_override(spec).unwrap_err();
            assert_eq!(e.message_in(handshake_l10n::Lang::En), e.to_string());
            for lang in [handshake_l10n::Lang::De, handshake_l10n::Lang::Es] {
                let message = e.message_in(lang);
                assert_ne!(message, e.to_string(), "{lang}");
                assert!(message.contains(&format!("{spec:?}")), "{message}");
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }

    #[tokio::test]
    async fn overrides_win_and_literals_pass_through() {
        let r = Resolver::with_overrides(
            [("shop.test".to_string(), vec!["127.0.0.1".parse().unwrap()])].into(),
        );
        assert_eq!(
            r.lookup("SHOP.test.", 8443).await.unwrap(),
            vec!["127.0.0.1:8443".parse().unwrap()]
        );
        assert_eq!(
            r.lookup("::1", 80).await.unwrap(),
            vec!["[::1]:80".parse().unwrap()]
        );
    }
}
