//! Where a check run on someone else's behalf may connect (the relay's remote check): public
//! addresses only, on the ports WooCommerce stores use, each host resolved once per check and
//! connected to only at the addresses that were checked, so a DNS answer that changes between
//! lookups (rebinding) cannot move a request onto the relay's own network.
//!
//! A check from the owner's computer has no such policy: it goes where the owner points.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use futures::future::BoxFuture;
use thiserror::Error;
use tokio::sync::OnceCell;
use url::{Host, Url};

use super::resolve::ResolveError;

/// The ports WooCommerce stores answer on (WordPress's own `wp_safe_remote_*` allows 80, 443, 8080).
pub const DEFAULT_PORTS: [u16; 4] = [80, 443, 8080, 8443];

/// Why an address may not be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Forbidden {
    Unspecified,
    Loopback,
    Private,
    /// 100.64.0.0/10, carrier-grade NAT.
    SharedAddressSpace,
    LinkLocal,
    Multicast,
    Broadcast,
    Documentation,
    Benchmarking,
    /// 192.0.0.0/24 and 2001::/23: IETF protocol assignments (Teredo among them).
    ProtocolAssignment,
    /// 240.0.0.0/4, 192.88.99.0/24, 64:ff9b:1::/48, 100::/64 and IPv6 outside 2000::/3.
    Reserved,
    UniqueLocal,
    SiteLocal,
}

impl Forbidden {
    pub fn describe(self) -> &'static str {
        match self {
            Forbidden::Unspecified => "an unspecified address",
            Forbidden::Loopback => "a loopback address",
            Forbidden::Private => "a private address",
            Forbidden::SharedAddressSpace => "a carrier-grade NAT address (100.64.0.0/10)",
            Forbidden::LinkLocal => "a link-local address",
            Forbidden::Multicast => "a multicast address",
            Forbidden::Broadcast => "the broadcast address",
            Forbidden::Documentation => "a documentation address",
            Forbidden::Benchmarking => "a benchmarking address (198.18.0.0/15)",
            Forbidden::ProtocolAssignment => "an IETF protocol-assignment address",
            Forbidden::Reserved => "a reserved address",
            Forbidden::UniqueLocal => "a unique-local (private) IPv6 address",
            Forbidden::SiteLocal => "a site-local (private) IPv6 address",
        }
    }
}

/// A forbidden address and, for IPv6 forms that carry an IPv4 address, the one inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressRule {
    pub kind: Forbidden,
    pub embedded: Option<Ipv4Addr>,
}

fn v4_rule(ip: Ipv4Addr) -> Option<Forbidden> {
    let [a, b, c, _] = ip.octets();
    let kind = match (a, b, c) {
        (0, _, _) => Forbidden::Unspecified,
        (10, _, _) => Forbidden::Private,
        (100, 64..=127, _) => Forbidden::SharedAddressSpace,
        (127, _, _) => Forbidden::Loopback,
        (169, 254, _) => Forbidden::LinkLocal,
        (172, 16..=31, _) => Forbidden::Private,
        (192, 0, 0) => Forbidden::ProtocolAssignment,
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => Forbidden::Documentation,
        (192, 88, 99) => Forbidden::Reserved,
        (192, 168, _) => Forbidden::Private,
        (198, 18..=19, _) => Forbidden::Benchmarking,
        (224..=239, _, _) => Forbidden::Multicast,
        _ if ip == Ipv4Addr::BROADCAST => Forbidden::Broadcast,
        (240..=255, _, _) => Forbidden::Reserved,
        _ => return None,
    };
    Some(kind)
}

/// The IPv4 address an IPv6 form stands for: mapped (`::ffff:a.b.c.d`), compatible (`::a.b.c.d`),
/// NAT64 (`64:ff9b::a.b.c.d`) and 6to4 (`2002:aabb:ccdd::`). Connecting to these reaches (or
/// is translated to) that IPv4 address, so the IPv4 rules apply.
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    let o = ip.octets();
    let tail = Ipv4Addr::new(o[12], o[13], o[14], o[15]);
    match s {
        [0, 0, 0, 0, 0, 0xffff, _, _] => Some(tail),
        // `::` and `::1` are themselves, not IPv4-compatible forms.
        [0, 0, 0, 0, 0, 0, hi, _] if hi != 0 => Some(tail),
        [0x64, 0xff9b, 0, 0, 0, 0, _, _] => Some(tail),
        [0x2002, _, _, ..] => Some(Ipv4Addr::new(o[2], o[3], o[4], o[5])),
        _ => None,
    }
}

fn v6_rule(ip: Ipv6Addr) -> Option<Forbidden> {
    let s = ip.segments();
    if ip.is_unspecified() {
        return Some(Forbidden::Unspecified);
    }
    if ip.is_loopback() {
        return Some(Forbidden::Loopback);
    }
    let kind = match s[0] {
        0xff00..=0xffff => Forbidden::Multicast,
        0xfe80..=0xfebf => Forbidden::LinkLocal,
        0xfec0..=0xfeff => Forbidden::SiteLocal,
        0xfc00..=0xfdff => Forbidden::UniqueLocal,
        0x2001 if s[1] < 0x0200 => Forbidden::ProtocolAssignment,
        0x2001 if s[1] == 0x0db8 => Forbidden::Documentation,
        0x3fff if s[1] < 0x1000 => Forbidden::Documentation,
        0x0064 if s[1] == 0xff9b && s[2] == 0x0001 => Forbidden::Reserved,
        0x0100 if s[1..4] == [0, 0, 0] => Forbidden::Reserved,
        // Only global unicast (2000::/3) is routed on the internet.
        first if !(0x2000..=0x3fff).contains(&first) => Forbidden::Reserved,
        _ => return None,
    };
    Some(kind)
}

/// Why `ip` may not be reached by a remote check, or `None` for a public address.
pub fn address_rule(ip: IpAddr) -> Option<AddressRule> {
    match ip {
        IpAddr::V4(v4) => v4_rule(v4).map(|kind| AddressRule {
            kind,
            embedded: None,
        }),
        IpAddr::V6(v6) => {
            if let Some(inner) = embedded_v4(v6) {
                let compatible = v6.segments()[..6] == [0; 6];
                return match v4_rule(inner) {
                    Some(kind) => Some(AddressRule {
                        kind,
                        embedded: Some(inner),
                    }),
                    // The deprecated IPv4-compatible form (`::a.b.c.d`) is routed nowhere.
                    None if compatible => Some(AddressRule {
                        kind: Forbidden::Reserved,
                        embedded: Some(inner),
                    }),
                    // A public IPv4 address inside a mapped, NAT64 or 6to4 form is public.
                    None => None,
                };
            }
            v6_rule(v6).map(|kind| AddressRule {
                kind,
                embedded: None,
            })
        }
    }
}

/// A request the policy does not let out. Nothing was sent.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum Refused {
    #[error("only http and https addresses can be checked, not {0}:")]
    Scheme(String),
    #[error("the address has no host name")]
    NoHost,
    #[error("the address carries a user name or password; the remote check takes no credentials")]
    Credentials,
    #[error("port {port} is not a port WooCommerce stores use (allowed: {allowed})")]
    Port { port: u16, allowed: String },
    #[error("{host} is {what}: the remote check reaches only public addresses")]
    Address {
        host: String,
        address: IpAddr,
        what: String,
    },
    #[error("{host} has no {family} address, and the remote check leaves from {from}")]
    Family {
        host: String,
        family: &'static str,
        from: IpAddr,
    },
    #[error("the check already made {0} requests, its limit")]
    RequestBudget(usize),
    #[error("the check already visited {0} host names, its limit")]
    TooManyHosts(usize),
}

impl Refused {
    /// A stable name for the rule (the relay's `rule` field).
    pub fn rule(&self) -> &'static str {
        match self {
            Refused::Scheme(_) => "scheme",
            Refused::NoHost => "no_host",
            Refused::Credentials => "credentials",
            Refused::Port { .. } => "port",
            Refused::Address { .. } => "address",
            Refused::Family { .. } => "address_family",
            Refused::RequestBudget(_) => "request_budget",
            Refused::TooManyHosts(_) => "host_budget",
        }
    }
}

/// What stopped a request before it was sent: the policy, or a name that does not resolve.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum AdmitError {
    #[error(transparent)]
    Refused(#[from] Refused),
    #[error(transparent)]
    Resolve(#[from] ResolveError),
}

/// Name resolution behind the policy. The system's resolver in production; tests give answers that
/// change between lookups, to show only the first one is used.
pub trait Lookup: Send + Sync + 'static {
    fn lookup<'a>(&'a self, host: &'a str) -> BoxFuture<'a, Result<Vec<IpAddr>, ResolveError>>;
}

/// The operating system's resolver (`getaddrinfo`).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemLookup;

impl Lookup for SystemLookup {
    fn lookup<'a>(&'a self, host: &'a str) -> BoxFuture<'a, Result<Vec<IpAddr>, ResolveError>> {
        Box::pin(async move {
            let addrs: Vec<IpAddr> = tokio::net::lookup_host((host, 0))
                .await
                .map_err(|e| ResolveError::NotFound {
                    host: host.to_string(),
                    reason: e.to_string(),
                })?
                .map(|a| a.ip())
                .collect();
            if addrs.is_empty() {
                return Err(ResolveError::Empty {
                    host: host.to_string(),
                });
            }
            Ok(addrs)
        })
    }
}

/// Fixed answers (tests, benchmarks); every other name does not resolve.
#[derive(Debug, Clone, Default)]
pub struct StaticLookup(pub HashMap<String, Vec<IpAddr>>);

impl Lookup for StaticLookup {
    fn lookup<'a>(&'a self, host: &'a str) -> BoxFuture<'a, Result<Vec<IpAddr>, ResolveError>> {
        let answer = self
            .0
            .get(host)
            .cloned()
            .ok_or_else(|| ResolveError::NotFound {
                host: host.to_string(),
                reason: "no such host".into(),
            });
        Box::pin(async move { answer })
    }
}

/// The rules. One policy serves every check; each check gets its own [`Guard`].
#[derive(Clone)]
pub struct NetPolicy {
    /// Tests only: loopback and private addresses may be reached (on any port).
    pub allow_private: bool,
    /// Tests only: these exact addresses count as public (a "public" store on loopback).
    pub allow_addresses: Vec<IpAddr>,
    /// Ports public targets may use.
    pub ports: Vec<u16>,
    /// Outgoing connections leave from this local address (and only its family is used).
    pub local_address: Option<IpAddr>,
    /// Requests one check may send (redirect hops included).
    pub max_requests: usize,
    /// Host names one check may resolve.
    pub max_hosts: usize,
    /// Largest body kept per answer, after decompression.
    pub body_cap: usize,
    pub lookup: Arc<dyn Lookup>,
}

impl std::fmt::Debug for NetPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NetPolicy")
            .field("allow_private", &self.allow_private)
            .field("allow_addresses", &self.allow_addresses)
            .field("ports", &self.ports)
            .field("local_address", &self.local_address)
            .field("max_requests", &self.max_requests)
            .field("body_cap", &self.body_cap)
            .finish_non_exhaustive()
    }
}

impl Default for NetPolicy {
    fn default() -> NetPolicy {
        NetPolicy {
            allow_private: false,
            allow_addresses: Vec::new(),
            ports: DEFAULT_PORTS.to_vec(),
            local_address: None,
            // Two agents × six probes, each with a redirect or two, and the home page's fallbacks.
            max_requests: 64,
            max_hosts: 4,
            body_cap: 1024 * 1024,
            lookup: Arc::new(SystemLookup),
        }
    }
}

impl NetPolicy {
    fn may_reach(&self, ip: IpAddr) -> Result<(), AddressRule> {
        match address_rule(ip) {
            Some(rule) if !self.allow_private && !self.allow_addresses.contains(&ip) => Err(rule),
            _ => Ok(()),
        }
    }
}

type Pinned = Arc<OnceCell<Result<Vec<IpAddr>, AdmitError>>>;

/// One check's state under a policy: the addresses each host resolved to (pinned for the whole
/// check) and the requests sent so far.
pub struct Guard {
    policy: Arc<NetPolicy>,
    pins: Mutex<HashMap<String, Pinned>>,
    requests: AtomicUsize,
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guard")
            .field("requests", &self.requests.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Guard {
    pub fn new(policy: Arc<NetPolicy>) -> Arc<Guard> {
        Arc::new(Guard {
            policy,
            pins: Mutex::new(HashMap::new()),
            requests: AtomicUsize::new(0),
        })
    }

    pub fn policy(&self) -> &NetPolicy {
        &self.policy
    }

    /// Requests sent so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }

    /// Counts one request, or refuses it past the budget.
    pub fn take_request(&self) -> Result<(), Refused> {
        let n = self.requests.fetch_add(1, Ordering::Relaxed);
        if n >= self.policy.max_requests {
            return Err(Refused::RequestBudget(self.policy.max_requests));
        }
        Ok(())
    }

    /// May a request go to `url`? Checks the scheme, user info, every address the host stands for
    /// (resolving it once per check) and the port. Returns the addresses it may connect to.
    pub async fn admit(&self, url: &Url) -> Result<Vec<IpAddr>, AdmitError> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Refused::Scheme(url.scheme().to_string()).into());
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Refused::Credentials.into());
        }
        // The URL parser has already read decimal, octal and hex IPv4 spellings as addresses.
        let addresses = match url.host() {
            None => return Err(Refused::NoHost.into()),
            Some(Host::Ipv4(ip)) => self.checked(&ip.to_string(), vec![IpAddr::V4(ip)], false)?,
            Some(Host::Ipv6(ip)) => {
                self.checked(&format!("[{ip}]"), vec![IpAddr::V6(ip)], false)?
            }
            Some(Host::Domain(name)) => self.addresses(name).await?,
        };
        let port = url.port_or_known_default().unwrap_or(0);
        let private_target = addresses
            .iter()
            .all(|ip| address_rule(*ip).is_some() && !self.policy.allow_addresses.contains(ip));
        let port_allowed = self.policy.ports.contains(&port)
            // Test servers on loopback listen on whatever port they got.
            || (self.policy.allow_private && private_target);
        if !port_allowed {
            let allowed: Vec<String> = self.policy.ports.iter().map(u16::to_string).collect();
            return Err(Refused::Port {
                port,
                allowed: allowed.join(", "),
            }
            .into());
        }
        Ok(addresses)
    }

    /// The checked addresses of a host name: looked up once per check, every answer checked, the
    /// result (or the refusal) kept for every later request of the check.
    pub async fn addresses(&self, host: &str) -> Result<Vec<IpAddr>, AdmitError> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let cell = {
            let mut pins = self.pins.lock().unwrap_or_else(|p| p.into_inner());
            if !pins.contains_key(&host) && pins.len() >= self.policy.max_hosts {
                return Err(Refused::TooManyHosts(self.policy.max_hosts).into());
            }
            pins.entry(host.clone()).or_default().clone()
        };
        cell.get_or_init(|| async {
            // A bracketed or numeric name that reached here is an address, judged as one.
            if let Ok(ip) = host
                .trim_matches(|c| c == '[' || c == ']')
                .parse::<IpAddr>()
            {
                return self.checked(&host, vec![ip], false);
            }
            let answer = self.policy.lookup.lookup(&host).await?;
            self.checked(&host, answer, true)
        })
        .await
        .clone()
    }

    /// Every address must be allowed (one private answer among public ones refuses the host: that
    /// mix is how rebinding services hedge), and of the family the check leaves from. For a name
    /// (`named`) the refusal says what kind of address it stands for, not which: the relay's own
    /// DNS view of its network is nobody else's business.
    fn checked(
        &self,
        host: &str,
        answer: Vec<IpAddr>,
        named: bool,
    ) -> Result<Vec<IpAddr>, AdmitError> {
        for ip in &answer {
            if let Err(rule) = self.policy.may_reach(*ip) {
                let what = match (named, rule.embedded) {
                    (true, _) => format!("a name for {}", rule.kind.describe()),
                    (false, Some(inner)) => format!("{} ({inner})", rule.kind.describe()),
                    (false, None) => rule.kind.describe().to_string(),
                };
                return Err(Refused::Address {
                    host: host.to_string(),
                    address: *ip,
                    what,
                }
                .into());
            }
        }
        let usable: Vec<IpAddr> = match self.policy.local_address {
            Some(from) => answer
                .into_iter()
                .filter(|ip| ip.is_ipv4() == from.is_ipv4())
                .collect(),
            None => answer,
        };
        if usable.is_empty() {
            if let Some(from) = self.policy.local_address {
                return Err(Refused::Family {
                    host: host.to_string(),
                    family: if from.is_ipv4() { "IPv4" } else { "IPv6" },
                    from,
                }
                .into());
            }
            return Err(ResolveError::Empty {
                host: host.to_string(),
            }
            .into());
        }
        Ok(usable)
    }
}

/// The HTTP stack's resolver under a guard: answers only with the pinned, checked addresses.
#[derive(Clone)]
pub struct GuardResolver(pub Arc<Guard>);

impl reqwest::dns::Resolve for GuardResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let guard = self.0.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs = guard
                .addresses(&host)
                .await
                .map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)?;
            Ok(Box::new(addrs.into_iter().map(|ip| SocketAddr::new(ip, 0))) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(s: &str) -> Option<Forbidden> {
        address_rule(s.parse().unwrap()).map(|r| r.kind)
    }

    #[test]
    fn every_forbidden_range_is_refused() {
        use Forbidden::*;
        let cases = [
            ("0.0.0.0", Unspecified),
            ("0.1.2.3", Unspecified),
            ("10.0.0.1", Private),
            ("10.255.255.255", Private),
            ("100.64.0.1", SharedAddressSpace),
            ("100.127.255.254", SharedAddressSpace),
            ("127.0.0.1", Loopback),
            ("127.255.0.9", Loopback),
            ("169.254.169.254", LinkLocal),
            ("172.16.0.1", Private),
            ("172.31.255.255", Private),
            ("192.0.0.8", ProtocolAssignment),
            ("192.0.2.10", Documentation),
            ("192.88.99.1", Reserved),
            ("192.168.1.1", Private),
            ("198.18.0.1", Benchmarking),
            ("198.19.255.1", Benchmarking),
            ("198.51.100.7", Documentation),
            ("203.0.113.9", Documentation),
            ("224.0.0.1", Multicast),
            ("239.255.255.250", Multicast),
            ("240.0.0.1", Reserved),
            ("255.255.255.255", Broadcast),
            ("::", Unspecified),
            ("::1", Loopback),
            ("::ffff:127.0.0.1", Loopback),
            ("::ffff:7f00:1", Loopback),
            ("::ffff:10.1.2.3", Private),
            ("::ffff:169.254.169.254", LinkLocal),
            ("::127.0.0.1", Loopback),
            ("64:ff9b::7f00:1", Loopback),
            ("64:ff9b::a9fe:a9fe", LinkLocal),
            ("64:ff9b:1::1", Reserved),
            ("2002:7f00:1::", Loopback),
            ("2002:c0a8:101::1", Private),
            ("100::1", Reserved),
            ("2001::1", ProtocolAssignment),
            ("2001:0:4136:e378:8000:63bf:3fff:fdd2", ProtocolAssignment),
            ("2001:db8::1", Documentation),
            ("3fff::1", Documentation),
            ("fc00::1", UniqueLocal),
            ("fd12:3456::1", UniqueLocal),
            ("fe80::1", LinkLocal),
            ("febf::1", LinkLocal),
            ("fec0::1", SiteLocal),
            ("ff02::1", Multicast),
            ("::2", Reserved),
            ("4000::1", Reserved),
        ];
        for (ip, want) in cases {
            assert_eq!(rule(ip), Some(want), "{ip}");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for ip in [
            "1.1.1.1",
            "93.184.215.14",
            "100.63.255.255",
            "100.128.0.1",
            "172.15.255.255",
            "172.32.0.1",
            "192.0.1.1",
            "198.17.255.255",
            "198.20.0.1",
            "223.255.255.255",
            "2606:4700::6810:84e5",
            "2a00:1450:4001:82b::200e",
            "::ffff:93.184.215.14",
            "64:ff9b::5db8:d70e",
            "2002:5db8:d70e::1",
        ] {
            assert_eq!(rule(ip), None, "{ip}");
        }
    }

    #[tokio::test]
    async fn ip_spellings_are_read_as_the_url_parser_reads_them() {
        let guard = Guard::new(Arc::new(NetPolicy {
            lookup: Arc::new(StaticLookup::default()),
            ..NetPolicy::default()
        }));
        for spelling in [
            "http://2130706433/",
            "http://0x7f000001/",
            "http://0177.0.0.1/",
            "http://0x7f.0.0.1/",
            "http://127.1/",
            "http://127.0.1/",
            "http://017700000001/",
            "http://[::ffff:127.0.0.1]/",
            "http://[0:0:0:0:0:ffff:7f00:1]/",
            "http://[::1]/",
            "http://0/",
            "http://169.254.169.254./",
        ] {
            let url = Url::parse(spelling).unwrap();
            match guard.admit(&url).await {
                Err(AdmitError::Refused(Refused::Address { .. })) => {}
                other => panic!("{spelling}: {other:?}"),
            }
        }
    }

    #[tokio::test]
    async fn scheme_port_and_user_info_are_refused() {
        let guard = Guard::new(Arc::new(NetPolicy {
            lookup: Arc::new(StaticLookup(
                [(
                    "shop.example".to_string(),
                    vec!["93.184.215.14".parse().unwrap()],
                )]
                .into(),
            )),
            ..NetPolicy::default()
        }));
        let refused = |s: &str| {
            let guard = guard.clone();
            let url = Url::parse(s).unwrap();
            async move { guard.admit(&url).await.unwrap_err() }
        };
        assert!(matches!(
            refused("ftp://shop.example/").await,
            AdmitError::Refused(Refused::Scheme(_))
        ));
        assert!(matches!(
            refused("http://shop.example:22/").await,
            AdmitError::Refused(Refused::Port { port: 22, .. })
        ));
        assert!(matches!(
            refused("https://user:pw@shop.example/").await,
            AdmitError::Refused(Refused::Credentials)
        ));
        for ok in [
            "http://shop.example/",
            "https://shop.example/",
            "http://shop.example:8080/",
            "https://shop.example:8443/",
        ] {
            assert!(guard.admit(&Url::parse(ok).unwrap()).await.is_ok(), "{ok}");
        }
    }

    #[tokio::test]
    async fn one_private_answer_refuses_the_host() {
        let guard = Guard::new(Arc::new(NetPolicy {
            lookup: Arc::new(StaticLookup(
                [(
                    "mixed.example".to_string(),
                    vec![
                        "93.184.215.14".parse().unwrap(),
                        "10.0.0.5".parse().unwrap(),
                    ],
                )]
                .into(),
            )),
            ..NetPolicy::default()
        }));
        let e = guard
            .admit(&Url::parse("https://mixed.example/").unwrap())
            .await
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "mixed.example is a name for a private address: the remote check reaches only public addresses"
        );
    }
}
