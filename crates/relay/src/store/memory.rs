//! Sessions in this process's memory: the default for a single instance. Ordered indexes keep
//! limit checks and expiry O(log n) however many sessions are pending.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::Mutex;

use futures::future::BoxFuture;

use super::{
    CreateLimits, PayloadState, PutOutcome, ReturnOutcome, SessionMeta, SessionStore, SessionView,
    StoreError, TakeOutcome, WindowHit, MAX_ATTEMPTS,
};
use crate::protocol::Attempt;

struct Entry {
    meta: SessionMeta,
    returned: Option<ReturnOutcome>,
    payload_state: PayloadState,
    sealed: Option<Vec<u8>>,
    attempts: VecDeque<Attempt>,
}

struct Inner {
    sessions: HashMap<String, Entry>,
    /// Pending (live, not delivered) sessions by expiry: counts toward the limits.
    pending: BTreeSet<(u64, String)>,
    /// Pending sessions per address (`a:`) and per IPv6 /48 (`p:`).
    pending_per: HashMap<String, usize>,
    /// Every record by the time it may be forgotten.
    by_retention: BTreeSet<(u64, String)>,
    /// Finished (delivered or expired) records, oldest to forget first.
    finished: BTreeSet<(u64, String)>,
    /// Finished records kept at most (the latest limits a create was given).
    max_retained: usize,
}

impl Default for Inner {
    fn default() -> Inner {
        Inner {
            sessions: HashMap::new(),
            pending: BTreeSet::new(),
            pending_per: HashMap::new(),
            by_retention: BTreeSet::new(),
            finished: BTreeSet::new(),
            max_retained: usize::MAX,
        }
    }
}

/// The counters a session's creator is counted under.
fn counted_as(meta: &SessionMeta) -> Vec<String> {
    let mut keys = vec![format!("a:{}", meta.created_ip)];
    if !meta.created_prefix.is_empty() && meta.created_prefix != meta.created_ip {
        keys.push(format!("p:{}", meta.created_prefix));
    }
    keys
}

impl Inner {
    fn count(&self, key: &str) -> usize {
        self.pending_per.get(key).copied().unwrap_or(0)
    }

    /// No longer pending: the record is kept (payload-free) among the finished ones.
    fn unpend(&mut self, expires_ms: u64, id: &str) {
        if !self.pending.remove(&(expires_ms, id.to_string())) {
            return;
        }
        let Some(entry) = self.sessions.get(id) else {
            return;
        };
        let retain_until = entry.meta.retain_until_ms;
        for key in counted_as(&entry.meta) {
            if let Some(n) = self.pending_per.get_mut(&key) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    self.pending_per.remove(&key);
                }
            }
        }
        self.finished.insert((retain_until, id.to_string()));
        while self.finished.len() > self.max_retained {
            match self.finished.first().cloned() {
                Some((_, oldest)) => self.forget(&oldest),
                None => break,
            }
        }
    }

    /// Drops a record entirely (a finished one only: pending ones are never forgotten early).
    fn forget(&mut self, id: &str) {
        if let Some(entry) = self.sessions.remove(id) {
            let until = entry.meta.retain_until_ms;
            self.by_retention.remove(&(until, id.to_string()));
            self.finished.remove(&(until, id.to_string()));
        }
    }

    /// Ends every session whose time is up: no longer pending, sealed payload dropped.
    fn expire(&mut self, now_ms: u64) {
        while let Some((exp, id)) = self.pending.first().cloned() {
            if exp > now_ms {
                break;
            }
            self.unpend(exp, &id);
            if let Some(entry) = self.sessions.get_mut(&id) {
                entry.sealed = None;
            }
        }
        while let Some((until, id)) = self.by_retention.first().cloned() {
            if until > now_ms {
                break;
            }
            self.by_retention.remove(&(until, id.clone()));
            self.finished.remove(&(until, id.clone()));
            self.sessions.remove(&id);
        }
    }
}

/// Window counters kept at most; past it the expired ones are dropped, then new keys are refused.
const MAX_WINDOWS: usize = 100_000;

/// The in-process store. Everything is lost on restart (sessions last minutes anyway).
#[derive(Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
    /// Fixed-window counters: key → (window end, hits).
    windows: Mutex<HashMap<String, (u64, u32)>>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves consistent data (every method is short and
        // panic-free), so recover rather than take the whole relay down.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl SessionStore for MemoryStore {
    fn create<'a>(
        &'a self,
        meta: &'a SessionMeta,
        limits: CreateLimits,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut inner = self.lock();
            inner.max_retained = limits.max_retained;
            inner.expire(now_ms);
            if inner.pending.len() >= limits.max_pending {
                return Err(StoreError::TooManyPending(limits.max_pending));
            }
            let keys = counted_as(meta);
            if inner.count(&keys[0]) >= limits.max_per_ip {
                return Err(StoreError::TooManyForIp(limits.max_per_ip));
            }
            if keys
                .get(1)
                .is_some_and(|k| inner.count(k) >= limits.max_per_prefix)
            {
                return Err(StoreError::TooManyForPrefix(limits.max_per_prefix));
            }
            if inner.sessions.contains_key(&meta.id) {
                return Err(StoreError::Conflict);
            }
            inner.pending.insert((meta.expires_ms, meta.id.clone()));
            for key in keys {
                *inner.pending_per.entry(key).or_insert(0) += 1;
            }
            inner
                .by_retention
                .insert((meta.retain_until_ms, meta.id.clone()));
            inner.sessions.insert(
                meta.id.clone(),
                Entry {
                    meta: meta.clone(),
                    returned: None,
                    payload_state: PayloadState::None,
                    sealed: None,
                    attempts: VecDeque::new(),
                },
            );
            Ok(())
        })
    }

    fn get<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<Option<SessionView>, StoreError>> {
        Box::pin(async move {
            let inner = self.lock();
            Ok(inner.sessions.get(id).map(|e| SessionView {
                meta: e.meta.clone(),
                returned: e.returned,
                payload: e.payload_state,
                attempts: e.attempts.iter().cloned().collect(),
            }))
        })
    }

    fn put_payload<'a>(
        &'a self,
        id: &'a str,
        sealed: Vec<u8>,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<PutOutcome, StoreError>> {
        Box::pin(async move {
            let mut inner = self.lock();
            let Some(entry) = inner.sessions.get_mut(id) else {
                return Ok(PutOutcome::Unknown);
            };
            if now_ms >= entry.meta.expires_ms {
                return Ok(PutOutcome::Expired);
            }
            if entry.payload_state != PayloadState::None {
                return Ok(PutOutcome::AlreadyReceived);
            }
            entry.payload_state = PayloadState::Received;
            entry.sealed = Some(sealed);
            Ok(PutOutcome::Stored)
        })
    }

    fn forget_payload<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut inner = self.lock();
            if let Some(entry) = inner.sessions.get_mut(id) {
                if entry.payload_state == PayloadState::Received {
                    entry.payload_state = PayloadState::None;
                    entry.sealed = None;
                }
            }
            Ok(())
        })
    }

    fn set_return<'a>(
        &'a self,
        id: &'a str,
        outcome: ReturnOutcome,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let mut inner = self.lock();
            Ok(match inner.sessions.get_mut(id) {
                Some(entry) => {
                    entry.returned = Some(outcome);
                    true
                }
                None => false,
            })
        })
    }

    fn add_attempt<'a>(
        &'a self,
        meta: &'a SessionMeta,
        attempt: &'a Attempt,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut inner = self.lock();
            if let Some(entry) = inner.sessions.get_mut(&meta.id) {
                entry.attempts.push_back(attempt.clone());
                while entry.attempts.len() > MAX_ATTEMPTS {
                    entry.attempts.pop_front();
                }
            }
            Ok(())
        })
    }

    fn take_payload<'a>(
        &'a self,
        meta: &'a SessionMeta,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<TakeOutcome, StoreError>> {
        Box::pin(async move {
            let mut inner = self.lock();
            let Some(entry) = inner.sessions.get_mut(&meta.id) else {
                return Ok(TakeOutcome::Unknown);
            };
            match entry.payload_state {
                PayloadState::Delivered => return Ok(TakeOutcome::AlreadyDelivered),
                _ if now_ms >= entry.meta.expires_ms => return Ok(TakeOutcome::Expired),
                PayloadState::None => return Ok(TakeOutcome::NotReady),
                PayloadState::Received => {}
            }
            let Some(sealed) = entry.sealed.take() else {
                return Ok(TakeOutcome::Expired);
            };
            entry.payload_state = PayloadState::Delivered;
            let expires = entry.meta.expires_ms;
            inner.unpend(expires, &meta.id);
            Ok(TakeOutcome::Taken(sealed))
        })
    }

    fn sweep(&self, now_ms: u64) -> BoxFuture<'_, Result<(), StoreError>> {
        Box::pin(async move {
            self.lock().expire(now_ms);
            Ok(())
        })
    }

    fn ping(&self) -> BoxFuture<'_, Result<(), StoreError>> {
        Box::pin(async { Ok(()) })
    }

    fn hit_window<'a>(
        &'a self,
        key: &'a str,
        limit: u32,
        window_ms: u64,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<WindowHit, StoreError>> {
        Box::pin(async move {
            let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
            if !windows.contains_key(key) && windows.len() >= MAX_WINDOWS {
                windows.retain(|_, (end, _)| *end > now_ms);
                if windows.len() >= MAX_WINDOWS {
                    return Err(StoreError::Backend("too many limit counters".into()));
                }
            }
            let entry = windows.entry(key.to_string()).or_insert((0, 0));
            if entry.0 <= now_ms {
                *entry = (now_ms.saturating_add(window_ms), 0);
            }
            entry.1 = entry.1.saturating_add(1);
            Ok(WindowHit {
                allowed: entry.1 <= limit,
                retry_after_ms: entry.0 - now_ms,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn window_counts_then_opens_again() {
        let store = MemoryStore::new();
        for _ in 0..3 {
            assert!(store.hit_window("k", 3, 1_000, 10).await.unwrap().allowed);
        }
        let refused = store.hit_window("k", 3, 1_000, 500).await.unwrap();
        assert_eq!(
            refused,
            WindowHit {
                allowed: false,
                retry_after_ms: 510
            }
        );
        assert!(
            store
                .hit_window("other", 3, 1_000, 500)
                .await
                .unwrap()
                .allowed
        );
        assert!(
            store
                .hit_window("k", 3, 1_000, 1_010)
                .await
                .unwrap()
                .allowed
        );
    }

    fn meta(id: &str, ip: &str, expires_ms: u64) -> SessionMeta {
        SessionMeta {
            id: id.to_string(),
            token_hash: [1; 32],
            public_key: [2; 32],
            store_url: None,
            created_ip: ip.to_string(),
            created_prefix: String::new(),
            created_ms: 0,
            expires_ms,
            retain_until_ms: expires_ms + 1_000,
        }
    }

    const LIMITS: CreateLimits = CreateLimits {
        max_pending: 10,
        max_per_ip: 1,
        max_per_prefix: 10,
        max_retained: 10,
    };

    #[tokio::test]
    async fn expiry_frees_the_address_slot_and_drops_the_payload() {
        let store = MemoryStore::new();
        store
            .create(&meta("a", "1.2.3.4", 100), LIMITS, 0)
            .await
            .unwrap();
        assert!(matches!(
            store.create(&meta("b", "1.2.3.4", 100), LIMITS, 50).await,
            Err(StoreError::TooManyForIp(1))
        ));
        assert_eq!(
            store.put_payload("a", vec![9], 50).await.unwrap(),
            PutOutcome::Stored
        );
        store
            .create(&meta("b", "1.2.3.4", 300), LIMITS, 100)
            .await
            .unwrap();
        let a = store.get("a").await.unwrap().unwrap();
        assert_eq!(
            store.take_payload(&a.meta, 150).await.unwrap(),
            TakeOutcome::Expired
        );
        store.sweep(1_100).await.unwrap();
        assert!(
            store.get("a").await.unwrap().is_none(),
            "forgotten after retention"
        );
    }

    #[tokio::test]
    async fn payload_is_taken_once_and_an_uncertain_store_can_be_undone() {
        let store = MemoryStore::new();
        let m = meta("a", "1.2.3.4", 1_000);
        store.create(&m, LIMITS, 0).await.unwrap();
        assert_eq!(
            store.take_payload(&m, 1).await.unwrap(),
            TakeOutcome::NotReady
        );
        store.put_payload("a", vec![1], 1).await.unwrap();
        store.forget_payload("a").await.unwrap();
        assert_eq!(
            store.take_payload(&m, 1).await.unwrap(),
            TakeOutcome::NotReady
        );
        store.put_payload("a", vec![2], 1).await.unwrap();
        assert_eq!(
            store.put_payload("a", vec![3], 1).await.unwrap(),
            PutOutcome::AlreadyReceived
        );
        assert_eq!(
            store.take_payload(&m, 2).await.unwrap(),
            TakeOutcome::Taken(vec![2])
        );
        assert_eq!(
            store.take_payload(&m, 3).await.unwrap(),
            TakeOutcome::AlreadyDelivered
        );
        // Delivery frees the address's slot.
        store
            .create(&meta("b", "1.2.3.4", 1_000), LIMITS, 4)
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn finished_records_are_bounded_and_pending_ones_kept() {
        let store = MemoryStore::new();
        let limits = CreateLimits {
            max_pending: 2,
            max_per_ip: 10,
            max_per_prefix: 10,
            max_retained: 1,
        };
        for (i, id) in ["a", "b"].iter().enumerate() {
            let m = meta(id, "1.2.3.4", 100 + i as u64);
            store.create(&m, limits, 0).await.unwrap();
            store.put_payload(id, vec![1], 1).await.unwrap();
            store.take_payload(&m, 2).await.unwrap();
        }
        assert!(
            store.get("a").await.unwrap().is_none(),
            "oldest finished forgotten"
        );
        assert!(store.get("b").await.unwrap().is_some());
        store
            .create(&meta("c", "1.2.3.4", 500), limits, 3)
            .await
            .unwrap();
        store
            .create(&meta("d", "1.2.3.4", 500), limits, 3)
            .await
            .unwrap();
        assert!(matches!(
            store.create(&meta("e", "1.2.3.4", 500), limits, 3).await,
            Err(StoreError::TooManyPending(2))
        ));
        assert_eq!(store.lock().sessions.len(), 3, "2 pending + 1 retained");
    }

    #[tokio::test]
    async fn an_ipv6_prefix_has_its_own_limit() {
        let store = MemoryStore::new();
        let limits = CreateLimits {
            max_pending: 100,
            max_per_ip: 2,
            max_per_prefix: 3,
            max_retained: 10,
        };
        let mut made = 0;
        for net in 0..4 {
            for n in 0..2 {
                let mut m = meta(
                    &format!("{net}-{n}"),
                    &format!("2001:db8:0:{net}::/64"),
                    100,
                );
                m.created_prefix = "2001:db8:0::/48".into();
                if store.create(&m, limits, 0).await.is_ok() {
                    made += 1;
                }
            }
        }
        assert_eq!(made, 3);
    }
}
