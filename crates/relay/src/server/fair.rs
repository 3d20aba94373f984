//! Fair shares of the global caps, so a few addresses cannot take all of them: per-address (and
//! per-IPv6-/48) counts of requests in flight, and the long-poll pool, where a full pool makes the
//! heaviest holder give up its oldest long-poll (answered early with the current state, which a
//! desktop simply polls again) rather than turn a newcomer away.

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

/// Requests in flight per address.
pub struct Shares {
    per_ip: usize,
    counts: Mutex<HashMap<String, usize>>,
}

impl Shares {
    pub fn new(per_ip: usize) -> Arc<Shares> {
        Arc::new(Shares {
            per_ip: per_ip.max(1),
            counts: Mutex::new(HashMap::new()),
        })
    }

    /// Counts one request from `ip` until the guard drops, or `None` when its share is used up.
    pub fn enter(self: &Arc<Shares>, ip: IpAddr) -> Option<ShareGuard> {
        let keys = keys(ip, self.per_ip);
        let mut counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        if keys
            .iter()
            .any(|(k, cap)| counts.get(k).copied().unwrap_or(0) >= *cap)
        {
            return None;
        }
        for (k, _) in &keys {
            *counts.entry(k.clone()).or_insert(0) += 1;
        }
        Some(ShareGuard {
            shares: self.clone(),
            keys: keys.into_iter().map(|(k, _)| k).collect(),
        })
    }
}

pub struct ShareGuard {
    shares: Arc<Shares>,
    keys: Vec<String>,
}

impl Drop for ShareGuard {
    fn drop(&mut self) {
        let mut counts = self.shares.counts.lock().unwrap_or_else(|p| p.into_inner());
        for k in &self.keys {
            if let Some(n) = counts.get_mut(k) {
                *n -= 1;
                if *n == 0 {
                    counts.remove(k);
                }
            }
        }
    }
}

struct Poll {
    key: String,
    session: String,
    ended: Arc<Notify>,
}

#[derive(Default)]
struct PoolInner {
    next: u64,
    polls: HashMap<u64, Poll>,
    per_key: HashMap<String, usize>,
    per_session: HashMap<String, usize>,
}

impl PoolInner {
    fn remove(&mut self, id: u64) -> Option<Poll> {
        let poll = self.polls.remove(&id)?;
        for (map, k) in [
            (&mut self.per_key, &poll.key),
            (&mut self.per_session, &poll.session),
        ] {
            if let Some(n) = map.get_mut(k) {
                *n -= 1;
                if *n == 0 {
                    map.remove(k);
                }
            }
        }
        Some(poll)
    }

    /// Ends the oldest long-poll matching `pick`.
    fn end_oldest(&mut self, pick: impl Fn(&Poll) -> bool) {
        let oldest = self
            .polls
            .iter()
            .filter(|(_, p)| pick(p))
            .map(|(id, _)| *id)
            .min();
        if let Some(poll) = oldest.and_then(|id| self.remove(id)) {
            poll.ended.notify_one();
        }
    }
}

/// The long-polls being held.
pub struct LongPolls {
    max: usize,
    per_session: usize,
    inner: Mutex<PoolInner>,
}

impl LongPolls {
    pub fn new(max: usize, per_session: usize) -> Arc<LongPolls> {
        Arc::new(LongPolls {
            max: max.max(1),
            per_session: per_session.max(1),
            inner: Mutex::new(PoolInner::default()),
        })
    }

    /// Holds a long-poll for `session` from `ip`. A session over its limit loses its oldest
    /// long-poll; a full pool takes one from the address holding the most when that address holds
    /// at least two more than this one. `None`: the pool is full and shared evenly already.
    pub fn hold(self: &Arc<LongPolls>, ip: IpAddr, session: &str) -> Option<LongPoll> {
        let key = limit_key(ip);
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if inner.per_session.get(session).copied().unwrap_or(0) >= self.per_session {
            inner.end_oldest(|p| p.session == session);
        }
        if inner.polls.len() >= self.max {
            let mine = inner.per_key.get(&key).copied().unwrap_or(0);
            let heaviest = inner
                .per_key
                .iter()
                .max_by_key(|(_, n)| **n)
                .map(|(k, n)| (k.clone(), *n));
            match heaviest {
                Some((victim, n)) if n >= mine + 2 => inner.end_oldest(|p| p.key == victim),
                _ => return None,
            }
        }
        let id = inner.next;
        inner.next += 1;
        let ended = Arc::new(Notify::new());
        *inner.per_key.entry(key.clone()).or_insert(0) += 1;
        *inner.per_session.entry(session.to_string()).or_insert(0) += 1;
        inner.polls.insert(
            id,
            Poll {
                key,
                session: session.to_string(),
                ended: ended.clone(),
            },
        );
        Some(LongPoll {
            pool: self.clone(),
            id,
            ended,
        })
    }

    pub fn held(&self) -> usize {
        self.inner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .polls
            .len()
    }
}

/// One held long-poll; dropping it frees the place.
pub struct LongPoll {
    pool: Arc<LongPolls>,
    id: u64,
    ended: Arc<Notify>,
}

impl LongPoll {
    /// Resolves when this long-poll must answer now (another took its place).
    pub async fn ended(&self) {
        self.ended.notified().await
    }
}

impl Drop for LongPoll {
    fn drop(&mut self) {
        let mut inner = self.pool.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.remove(self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn shares_count_addresses_and_ipv6_prefixes() {
        let shares = Shares::new(2);
        let a = shares.enter(ip("192.0.2.1")).unwrap();
        let _b = shares.enter(ip("192.0.2.1")).unwrap();
        assert!(shares.enter(ip("192.0.2.1")).is_none());
        assert!(shares.enter(ip("192.0.2.2")).is_some());
        drop(a);
        assert!(shares.enter(ip("192.0.2.1")).is_some());
        // Four /64s of one /48 get 2 each, but the /48 stops at 8.
        let mut held = Vec::new();
        for net in 0..5 {
            for _ in 0..2 {
                if let Some(g) = shares.enter(ip(&format!("2001:db8:0:{net}::1"))) {
                    held.push(g);
                }
            }
        }
        assert_eq!(held.len(), 2 * PREFIX_FACTOR);
    }

    #[tokio::test]
    async fn a_full_pool_takes_from_the_heaviest_and_sessions_keep_two() {
        let pool = LongPolls::new(3, 2);
        let first = pool.hold(ip("192.0.2.1"), "s1").unwrap();
        let _second = pool.hold(ip("192.0.2.1"), "s2").unwrap();
        let _third = pool.hold(ip("192.0.2.1"), "s3").unwrap();
        // Full; the newcomer holds 0 and the heaviest 3: the heaviest's oldest answers now.
        let _new = pool.hold(ip("192.0.2.9"), "d").unwrap();
        tokio::time::timeout(Duration::from_secs(1), first.ended())
            .await
            .unwrap();
        assert_eq!(pool.held(), 3);
        // 192.0.2.9 holds 1, the heaviest 2: evenly shared, so refused.
        assert!(pool.hold(ip("192.0.2.9"), "d2").is_none());
        // A session's third long-poll ends its first.
        let pool = LongPolls::new(10, 2);
        let one = pool.hold(ip("192.0.2.1"), "s").unwrap();
        let _two = pool.hold(ip("192.0.2.1"), "s").unwrap();
        let _three = pool.hold(ip("192.0.2.1"), "s").unwrap();
        tokio::time::timeout(Duration::from_secs(1), one.ended())
            .await
            .unwrap();
        assert_eq!(pool.held(), 2);
    }
}
