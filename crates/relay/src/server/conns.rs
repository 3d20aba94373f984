//! Open connections: a global cap and a per-address cap, each connection's busy/idle state (for the
//! idle timeout), and making room when full: the connection idle the longest is closed or, when none
//! is idle, the oldest of the address holding the most (if it holds at least two more than the
//! newcomer's). So neither idle sockets nor a few addresses' busy ones can keep a client out.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

/// One connection's shared state.
pub struct Conn {
    /// Requests being served on it (HTTP/2 may have several).
    active: AtomicUsize,
    /// When it last became idle (or was opened).
    idle_since: Mutex<Instant>,
    /// Told to close (to make room for a newer connection).
    pub evict: Notify,
}

impl Conn {
    fn new() -> Conn {
        Conn {
            active: AtomicUsize::new(0),
            idle_since: Mutex::new(Instant::now()),
            evict: Notify::new(),
        }
    }

    /// `None` while a request is being served, else since when the connection has been idle.
    pub fn idle_since(&self) -> Option<Instant> {
        let since = *self.idle_since.lock().unwrap_or_else(|p| p.into_inner());
        (self.active.load(Ordering::SeqCst) == 0).then_some(since)
    }

    /// Marks a request as being served until the returned guard drops.
    pub fn busy(self: &Arc<Conn>) -> Busy {
        self.active.fetch_add(1, Ordering::SeqCst);
        Busy(self.clone())
    }
}

pub struct Busy(Arc<Conn>);

impl Drop for Busy {
    fn drop(&mut self) {
        // Stamp before decrementing, so an idle reading never sees a stale stamp.
        *self.0.idle_since.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
        self.0.active.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Why a connection was not admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnRefusal {
    PerAddress,
    Full,
}

struct Entry {
    key: Option<String>,
    conn: Arc<Conn>,
}

#[derive(Default)]
struct Inner {
    next: u64,
    open: HashMap<u64, Entry>,
    per_key: HashMap<String, usize>,
}

/// The registry of open connections.
pub struct Conns {
    max: usize,
    max_per_key: usize,
    /// Idle this long before a connection may be closed to make room (a new connection is "idle"
    /// until its first request arrives, and must get the chance to send it).
    min_idle: Duration,
    inner: Mutex<Inner>,
}

impl Conns {
    pub fn new(max: usize, max_per_key: usize, min_idle: Duration) -> Arc<Conns> {
        Arc::new(Conns {
            max: max.max(1),
            max_per_key: max_per_key.max(1),
            min_idle,
            inner: Mutex::new(Inner::default()),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Admits a connection from `key` (`None`: exempt from the per-address cap, e.g. a trusted
    /// proxy). When every slot is taken, another is told to close (see the module) and this one is
    /// admitted; if none may be closed, it is refused.
    pub fn admit(self: &Arc<Conns>, key: Option<String>) -> Result<Slot, ConnRefusal> {
        let mut inner = self.lock();
        if let Some(k) = &key {
            if inner.per_key.get(k).copied().unwrap_or(0) >= self.max_per_key {
                return Err(ConnRefusal::PerAddress);
            }
        }
        if inner.open.len() >= self.max {
            let now = Instant::now();
            let victim = inner
                .open
                .iter()
                .filter_map(|(id, e)| e.conn.idle_since().map(|since| (since, *id)))
                .filter(|(since, _)| now.duration_since(*since) >= self.min_idle)
                .min();
            let victim = victim.map(|(_, id)| id).or_else(|| {
                let mine = key
                    .as_ref()
                    .and_then(|k| inner.per_key.get(k).copied())
                    .unwrap_or(0);
                let (heaviest, n) = inner.per_key.iter().max_by_key(|(_, n)| **n)?;
                (*n >= mine + 2).then(|| {
                    inner
                        .open
                        .iter()
                        .filter(|(_, e)| e.key.as_ref() == Some(heaviest))
                        .map(|(id, _)| *id)
                        .min()
                })?
            });
            let Some(id) = victim else {
                return Err(ConnRefusal::Full);
            };
            // Forget it now (its slot is ours); it closes on its own once told.
            if let Some(entry) = Self::remove(&mut inner, id) {
                entry.conn.evict.notify_one();
            }
        }
        let id = inner.next;
        inner.next += 1;
        let conn = Arc::new(Conn::new());
        if let Some(k) = &key {
            *inner.per_key.entry(k.clone()).or_insert(0) += 1;
        }
        inner.open.insert(
            id,
            Entry {
                key,
                conn: conn.clone(),
            },
        );
        Ok(Slot {
            conns: self.clone(),
            id,
            conn,
        })
    }

    fn remove(inner: &mut Inner, id: u64) -> Option<Entry> {
        let entry = inner.open.remove(&id)?;
        if let Some(k) = &entry.key {
            if let Some(n) = inner.per_key.get_mut(k) {
                *n -= 1;
                if *n == 0 {
                    inner.per_key.remove(k);
                }
            }
        }
        Some(entry)
    }

    /// Connections currently counted.
    pub fn open(&self) -> usize {
        self.lock().open.len()
    }
}

/// A counted connection; dropping it frees the slot.
pub struct Slot {
    conns: Arc<Conns>,
    id: u64,
    pub conn: Arc<Conn>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut inner = self.conns.lock();
        Conns::remove(&mut inner, self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_connection_is_not_closed_before_it_could_send() {
        let conns = Conns::new(1, 5, Duration::from_secs(60));
        let _fresh = conns.admit(Some("a".into())).unwrap();
        assert_eq!(conns.admit(Some("b".into())).err(), Some(ConnRefusal::Full));
    }

    #[tokio::test]
    async fn per_address_cap_and_eviction_of_the_longest_idle() {
        let conns = Conns::new(2, 1, Duration::ZERO);
        let a = conns.admit(Some("a".into())).unwrap();
        assert_eq!(
            conns.admit(Some("a".into())).err(),
            Some(ConnRefusal::PerAddress)
        );
        let _a_busy = a.conn.busy();
        let b = conns.admit(Some("b".into())).unwrap();
        // Full: `b` is idle and `a` is busy, so `b` makes room.
        let c = conns.admit(None).unwrap();
        assert_eq!(conns.open(), 2);
        tokio::time::timeout(Duration::from_secs(1), b.conn.evict.notified())
            .await
            .expect("the idle connection is told to close");
        drop(b);
        assert_eq!(conns.open(), 2, "the evicted slot was already handed over");
        let _c_busy = c.conn.busy();
        assert_eq!(conns.admit(None).err(), Some(ConnRefusal::Full));
        drop(a);
        let _a = conns.admit(Some("a".into())).unwrap();
        // Full and nobody idle: "c" (exempt) and "a" (1) are not two ahead of "z" (0).
        let _a_busy = _a.conn.busy();
        assert_eq!(conns.admit(Some("z".into())).err(), Some(ConnRefusal::Full));

        // Busy everywhere, but "x" holds two: a newcomer takes its oldest.
        let conns = Conns::new(2, 5, Duration::ZERO);
        let x1 = conns.admit(Some("x".into())).unwrap();
        let x2 = conns.admit(Some("x".into())).unwrap();
        let (_b1, _b2) = (x1.conn.busy(), x2.conn.busy());
        let _y = conns.admit(Some("y".into())).unwrap();
        tokio::time::timeout(Duration::from_secs(1), x1.conn.evict.notified())
            .await
            .expect("the heaviest address's oldest connection is told to close");
    }
}
