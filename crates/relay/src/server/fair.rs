//! Fair shares of the global caps, so a few addresses cannot take all of them: each address (and
//! IPv6 /48) holds at most its share of a pool, and a full pool makes the heaviest holder give up
//! its oldest place (a long-poll answers early with the current state, which a desktop simply polls
//! again; a body upload gets 503) rather than turn a newcomer away.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

use crate::client_ip::{limit_key, prefix_key};

/// An IPv6 /48 may hold this many times one address's share.
pub const PREFIX_FACTOR: usize = 4;

/// The keys an address is counted under, with their caps: the address (IPv6 /64) and, for IPv6,
/// its /48.
fn keys(ip: IpAddr, per_ip: usize) -> Vec<(String, usize)> {
    let address = limit_key(ip);
    let prefix = prefix_key(ip);
    let mut keys = vec![(format!("a:{address}"), per_ip)];
    if prefix != address {
        keys.push((format!("p:{prefix}"), per_ip.saturating_mul(PREFIX_FACTOR)));
    }
    keys
}

/// Why a place was not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolRefusal {
    /// The address (or its /48) holds its share already.
    AddressShare,
    /// Full, and shared evenly enough that nobody gives up a place.
    Full,
}

struct Hold {
    /// The address key first, then its /48's (IPv6).
    keys: Vec<String>,
    session: Option<String>,
    ended: Arc<Notify>,
}

#[derive(Default)]
struct PoolInner {
    next: u64,
    holds: HashMap<u64, Hold>,
    per_key: HashMap<String, usize>,
    per_session: HashMap<String, usize>,
}

fn decrement(map: &mut HashMap<String, usize>, key: &str) {
    if let Some(n) = map.get_mut(key) {
        *n -= 1;
        if *n == 0 {
            map.remove(key);
        }
    }
}

impl PoolInner {
    fn remove(&mut self, id: u64) -> Option<Hold> {
        let hold = self.holds.remove(&id)?;
        for k in &hold.keys {
            decrement(&mut self.per_key, k);
        }
        if let Some(s) = &hold.session {
            decrement(&mut self.per_session, s);
        }
        Some(hold)
    }

    /// Ends the oldest place matching `pick`: its holder is told to answer now.
    fn end_oldest(&mut self, pick: impl Fn(&Hold) -> bool) {
        let oldest = self
            .holds
            .iter()
            .filter(|(_, h)| pick(h))
            .map(|(id, _)| *id)
            .min();
        if let Some(hold) = oldest.and_then(|id| self.remove(id)) {
            hold.ended.notify_one();
        }
    }
}

/// Places for requests that may take long (long-polls, body uploads), shared fairly: each address
/// and IPv6 /48 up to its share; when full, the address holding the most gives up its oldest place
/// if it holds at least two more than the newcomer's address. Whoever loses a place is told (see
/// [`Place::ended`]) and answers at once: a long-poll with the current state, a body upload with 503.
pub struct Pool {
    max: usize,
    per_ip: usize,
    per_session: usize,
    inner: Mutex<PoolInner>,
}

impl Pool {
    /// `per_session`: places one session may hold (0: no limit); a newer one ends its oldest.
    pub fn new(max: usize, per_ip: usize, per_session: usize) -> Arc<Pool> {
        Arc::new(Pool {
            max: max.max(1),
            per_ip: per_ip.max(1),
            per_session,
            inner: Mutex::new(PoolInner::default()),
        })
    }

    pub fn hold(self: &Arc<Pool>, ip: IpAddr, session: Option<&str>) -> Result<Place, PoolRefusal> {
        let keys = keys(ip, self.per_ip);
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(s) = session.filter(|_| self.per_session > 0) {
            if inner.per_session.get(s).copied().unwrap_or(0) >= self.per_session {
                inner.end_oldest(|h| h.session.as_deref() == Some(s));
            }
        }
        if keys
            .iter()
            .any(|(k, cap)| inner.per_key.get(k).copied().unwrap_or(0) >= *cap)
        {
            return Err(PoolRefusal::AddressShare);
        }
        if inner.holds.len() >= self.max {
            let mine = inner.per_key.get(&keys[0].0).copied().unwrap_or(0);
            let heaviest = inner
                .per_key
                .iter()
                .filter(|(k, _)| k.starts_with("a:"))
                .max_by_key(|(_, n)| **n)
                .map(|(k, n)| (k.clone(), *n));
            match heaviest {
                Some((victim, n)) if n >= mine + 2 => inner.end_oldest(|h| h.keys[0] == victim),
                _ => return Err(PoolRefusal::Full),
            }
        }
        let id = inner.next;
        inner.next += 1;
        for (k, _) in &keys {
            *inner.per_key.entry(k.clone()).or_insert(0) += 1;
        }
        if let Some(s) = session {
            *inner.per_session.entry(s.to_string()).or_insert(0) += 1;
        }
        let ended = Arc::new(Notify::new());
        inner.holds.insert(
            id,
            Hold {
                keys: keys.into_iter().map(|(k, _)| k).collect(),
                session: session.map(str::to_string),
                ended: ended.clone(),
            },
        );
        Ok(Place {
            pool: self.clone(),
            id,
            ended,
        })
    }

    /// Places held now.
    pub fn held(&self) -> usize {
        self.inner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .holds
            .len()
    }
}

/// A held place; dropping it frees it.
pub struct Place {
    pool: Arc<Pool>,
    id: u64,
    ended: Arc<Notify>,
}

impl Place {
    /// The signal that this place was given to another (shared with the handler).
    pub fn preempt(&self) -> Preempt {
        Preempt(self.ended.clone())
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        let mut inner = self.pool.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.remove(self.id);
    }
}

/// Resolves when the request's place was given to another; handlers that wait (body reads,
/// long-polls) answer at once then.
#[derive(Clone)]
pub struct Preempt(Arc<Notify>);

impl Preempt {
    pub async fn ended(&self) {
        self.0.notified().await
    }

    /// For requests served without a place (never ends).
    pub fn never() -> Preempt {
        Preempt(Arc::new(Notify::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    async fn ended(place: &Place) {
        tokio::time::timeout(Duration::from_secs(1), place.preempt().ended())
            .await
            .expect("told to end");
    }

    #[test]
    fn shares_count_addresses_and_ipv6_prefixes() {
        let pool = Pool::new(100, 2, 0);
        let a = pool.hold(ip("192.0.2.1"), None).unwrap();
        let _b = pool.hold(ip("192.0.2.1"), None).unwrap();
        assert_eq!(
            pool.hold(ip("192.0.2.1"), None).err(),
            Some(PoolRefusal::AddressShare)
        );
        assert!(pool.hold(ip("192.0.2.2"), None).is_ok());
        drop(a);
        assert!(pool.hold(ip("192.0.2.1"), None).is_ok());
        // Five /64s of one /48 could take 2 each, but the /48 stops at 8.
        let mut held = Vec::new();
        for net in 0..5 {
            for _ in 0..2 {
                if let Ok(p) = pool.hold(ip(&format!("2001:db8:0:{net}::1")), None) {
                    held.push(p);
                }
            }
        }
        assert_eq!(held.len(), 2 * PREFIX_FACTOR);
    }

    #[tokio::test]
    async fn a_full_pool_takes_from_the_heaviest_and_sessions_keep_two() {
        let pool = Pool::new(3, 10, 2);
        let first = pool.hold(ip("192.0.2.1"), Some("s1")).unwrap();
        let _second = pool.hold(ip("192.0.2.1"), Some("s2")).unwrap();
        let _third = pool.hold(ip("192.0.2.1"), Some("s3")).unwrap();
        // Full; the newcomer holds 0 and the heaviest 3: the heaviest's oldest answers now.
        let _new = pool.hold(ip("192.0.2.9"), Some("d")).unwrap();
        ended(&first).await;
        assert_eq!(pool.held(), 3);
        // 192.0.2.9 holds 1, the heaviest 2: evenly shared, so refused.
        assert_eq!(
            pool.hold(ip("192.0.2.9"), Some("d2")).err(),
            Some(PoolRefusal::Full)
        );
        // A session's third long-poll ends its first.
        let pool = Pool::new(10, 10, 2);
        let one = pool.hold(ip("192.0.2.1"), Some("s")).unwrap();
        let _two = pool.hold(ip("192.0.2.1"), Some("s")).unwrap();
        let _three = pool.hold(ip("192.0.2.1"), Some("s")).unwrap();
        ended(&one).await;
        assert_eq!(pool.held(), 2);
    }
}
