//! The refusal thresholds, and the per-address request rate limiter.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Every limit the relay enforces. Defaults suit one vendor's production relay.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body (WooCommerce's callback is about 250 bytes).
    pub max_body_bytes: usize,
    /// Deepest JSON nesting accepted (WooCommerce's callback is a flat object: depth 1).
    pub max_json_depth: usize,
    /// Live sessions one address (IPv6: one /64) may hold.
    pub max_sessions_per_ip: usize,
    /// Live sessions one IPv6 /48 may hold (one site's network; an IPv4 address counts alone).
    pub max_sessions_per_prefix: usize,
    /// Live sessions in total.
    pub max_pending_sessions: usize,
    /// Finished or expired (payload-free) records kept to answer "delivered"/"expired"; past it the
    /// oldest is forgotten early. Memory holds at most `max_pending_sessions + max_retained` records.
    pub max_retained: usize,
    /// Sustained requests per minute per address.
    pub rate_per_minute: u32,
    /// Requests an address may make in a burst.
    pub rate_burst: u32,
    /// Requests being served at once (long-polls included, callbacks not: they have their own).
    pub max_inflight: usize,
    /// Requests one address (IPv6: one /64) may have in flight at once; an IPv6 /48 may have 4×.
    pub max_inflight_per_ip: usize,
    /// Long-polls held at once (a share of `max_inflight`, so short requests always find room).
    /// When full, the address holding the most gives up its oldest (answered early, as on shutdown).
    pub max_longpolls: usize,
    /// Long-polls one session may hold; a newer one ends the oldest.
    pub max_longpolls_per_session: usize,
    /// Store callbacks served at once, outside every other cap: a 503 makes WooCommerce delete the key.
    pub max_inflight_callbacks: usize,
    /// Open connections (TLS handshakes included). Default fits a 1024-descriptor limit.
    pub max_connections: usize,
    /// Open connections per address (IPv6: per /64). Trusted proxies are exempt.
    pub max_connections_per_ip: usize,
    /// Time allowed to receive a request body.
    pub body_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body_bytes: 16 * 1024,
            max_json_depth: 4,
            max_sessions_per_ip: 20,
            max_sessions_per_prefix: 40,
            max_pending_sessions: 10_000,
            max_retained: 10_000,
            rate_per_minute: 120,
            rate_burst: 60,
            max_inflight: 512,
            max_inflight_per_ip: 16,
            max_longpolls: 384,
            max_longpolls_per_session: 2,
            max_inflight_callbacks: 128,
            max_connections: 768,
            max_connections_per_ip: 32,
            body_timeout: Duration::from_secs(10),
        }
    }
}

/// Addresses tracked at most; past this, idle buckets are dropped first.
const MAX_TRACKED: usize = 100_000;

struct Bucket {
    tokens: f64,
    last: Instant,
}

/// Token buckets per address, in this instance's memory (several instances each enforce their own).
pub struct RateLimiter {
    per_sec: f64,
    burst: f64,
    buckets: Mutex<HashMap<String, Bucket>>,
}

/// Why a request was not admitted.
#[derive(Debug, PartialEq, Eq)]
pub enum RateRefusal {
    /// Try again after this many seconds.
    Limited(u64),
    /// Too many distinct addresses at once to track another.
    Saturated,
}

impl RateLimiter {
    pub fn new(per_minute: u32, burst: u32) -> RateLimiter {
        RateLimiter {
            per_sec: f64::from(per_minute.max(1)) / 60.0,
            burst: f64::from(burst.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key`, or says how long to wait.
    pub fn check(&self, key: &str, now: Instant) -> Result<(), RateRefusal> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if !buckets.contains_key(key) && buckets.len() >= MAX_TRACKED {
            let (per_sec, burst) = (self.per_sec, self.burst);
            buckets.retain(|_, b| {
                b.tokens + now.duration_since(b.last).as_secs_f64() * per_sec < burst
            });
            if buckets.len() >= MAX_TRACKED {
                return Err(RateRefusal::Saturated);
            }
        }
        let bucket = buckets.entry(key.to_string()).or_insert(Bucket {
            tokens: self.burst,
            last: now,
        });
        let elapsed = now.saturating_duration_since(bucket.last).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_sec).min(self.burst);
        bucket.last = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait = ((1.0 - bucket.tokens) / self.per_sec).ceil() as u64;
            Err(RateRefusal::Limited(wait.max(1)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_refill() {
        let rl = RateLimiter::new(60, 3);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(rl.check("a", t0).is_ok());
        }
        assert_eq!(rl.check("a", t0), Err(RateRefusal::Limited(1)));
        assert!(rl.check("b", t0).is_ok(), "other addresses are unaffected");
        assert!(rl.check("a", t0 + Duration::from_secs(1)).is_ok());
    }
}
