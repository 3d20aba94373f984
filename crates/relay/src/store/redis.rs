//! Sessions in Redis, shared by every relay instance. Each check-and-change runs as one Lua script,
//! which Redis executes atomically: two instances can never both store or both hand over a payload.
//!
//! Keys (all under a prefix): `s:{id}` hash (meta JSON, `exp`, `ret`, `cb`), `p:{id}` the sealed
//! payload (expires with the session), `a:{id}` the attempt list, `pending`, `ip:{addr}` and
//! `net:{prefix}` sorted sets of live sessions by expiry (the limits), `records` every record by
//! retain time (bounds the finished ones kept).

use std::time::Duration;

use futures::future::BoxFuture;
use redis::aio::ConnectionManager;
use std::sync::LazyLock;

use redis::Script;

use super::{
    CreateLimits, PayloadState, PutOutcome, ReturnOutcome, SessionMeta, SessionStore, SessionView,
    StoreError, TakeOutcome, WindowHit, MAX_ATTEMPTS,
};
use crate::protocol::Attempt;

// KEYS: s:{id}, pending, ip:{addr}, net:{prefix}, records. ARGV: id, now, exp, meta, max pending,
// max per ip, retain until, max per prefix (0: no prefix count), max retained, key prefix.
// `records` holds every record by retain time; those not pending are the finished ones, of which the
// oldest are dropped past the cap (looking at most 100 deep).
const CREATE: &str = r#"
local now = ARGV[2]
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) then return 'pending' end
if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[6]) then return 'ip' end
local per_prefix = tonumber(ARGV[8])
if per_prefix > 0 and redis.call('ZCARD', KEYS[4]) >= per_prefix then return 'prefix' end
if redis.call('EXISTS', KEYS[1]) == 1 then return 'exists' end
local need = redis.call('ZCARD', KEYS[5]) - redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[9])
if need > 0 then
  for _, old in ipairs(redis.call('ZRANGE', KEYS[5], 0, 99)) do
    if need <= 0 then break end
    if not redis.call('ZSCORE', KEYS[2], old) then
      redis.call('DEL', ARGV[10] .. 's:' .. old, ARGV[10] .. 'a:' .. old, ARGV[10] .. 'p:' .. old)
      redis.call('ZREM', KEYS[5], old)
      need = need - 1
    end
  end
end
redis.call('HSET', KEYS[1], 'meta', ARGV[4], 'exp', ARGV[3])
redis.call('PEXPIREAT', KEYS[1], ARGV[7])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
redis.call('PEXPIREAT', KEYS[3], ARGV[7])
if per_prefix > 0 then
  redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
  redis.call('PEXPIREAT', KEYS[4], ARGV[7])
end
redis.call('ZADD', KEYS[5], ARGV[7], ARGV[1])
return 'ok'
"#;

const PUT: &str = r#"
if redis.call('EXISTS', KEYS[1]) == 0 then return 'unknown' end
local exp = tonumber(redis.call('HGET', KEYS[1], 'exp'))
if tonumber(ARGV[1]) >= exp then return 'expired' end
if redis.call('HGET', KEYS[1], 'cb') then return 'already' end
redis.call('HSET', KEYS[1], 'cb', 'received')
redis.call('SET', KEYS[2], ARGV[2], 'PXAT', exp)
return 'stored'
"#;

const FORGET: &str = r#"
if redis.call('HGET', KEYS[1], 'cb') == 'received' then
  redis.call('HDEL', KEYS[1], 'cb')
  redis.call('DEL', KEYS[2])
end
return 'ok'
"#;

const TAKE: &str = r#"
if redis.call('EXISTS', KEYS[1]) == 0 then return {'unknown'} end
local cb = redis.call('HGET', KEYS[1], 'cb')
if cb == 'delivered' then return {'delivered'} end
if tonumber(redis.call('HGET', KEYS[1], 'exp')) <= tonumber(ARGV[1]) then return {'expired'} end
if cb ~= 'received' then return {'not_ready'} end
local p = redis.call('GET', KEYS[2])
if not p then return {'expired'} end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[1], 'cb', 'delivered')
redis.call('ZREM', KEYS[3], ARGV[2])
redis.call('ZREM', KEYS[4], ARGV[2])
redis.call('ZREM', KEYS[5], ARGV[2])
return {'ok', p}
"#;

const SET_RETURN: &str = r#"
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'ret', ARGV[1])
return 1
"#;

// A fixed window: the first hit sets the expiry; Redis's clock decides when it ends, so every
// instance agrees. ARGV: window ms, limit.
const HIT_WINDOW: &str = r#"
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if n == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if n > tonumber(ARGV[2]) then return {0, ttl} end
return {1, ttl}
"#;

// Hashed once; `invoke_async` runs them by SHA and loads them on a cache miss.
static CREATE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(CREATE));
static PUT_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(PUT));
static FORGET_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(FORGET));
static TAKE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(TAKE));
static SET_RETURN_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(SET_RETURN));
static HIT_WINDOW_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(HIT_WINDOW));

/// The Redis-backed store. Cloning shares the connection.
#[derive(Clone)]
pub struct RedisStore {
    conn: ConnectionManager,
    prefix: String,
}

impl std::fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: never printed.
        f.debug_struct("RedisStore")
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

fn backend(e: redis::RedisError) -> StoreError {
    StoreError::Backend(format!("redis: {}", e.kind_description()))
}

trait KindDescription {
    fn kind_description(&self) -> String;
}

impl KindDescription for redis::RedisError {
    /// The error's category and code only: the detail text can echo the URL or a script line.
    fn kind_description(&self) -> String {
        let kind = format!("{:?}", self.kind());
        if self.is_timeout() {
            format!("{kind} (timed out)")
        } else if self.is_connection_refusal() || self.is_connection_dropped() {
            format!("{kind} (connection lost)")
        } else {
            match self.code() {
                Some(code) => format!("{kind} ({code})"),
                None => kind,
            }
        }
    }
}

impl RedisStore {
    /// Connects (failing fast if Redis is unreachable) with bounded timeouts, then reconnects
    /// by itself when the connection drops. `prefix` namespaces every key.
    pub async fn connect(url: &str, prefix: &str) -> Result<RedisStore, StoreError> {
        let client = redis::Client::open(url)
            .map_err(|_| StoreError::Backend("the Redis URL is not valid".into()))?;
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Duration::from_secs(5))
            .set_response_timeout(Duration::from_secs(5))
            // backon's delays start at 1 s and multiply by `factor`: keep reconnects brisk.
            .set_factor(2)
            .set_max_delay(1000)
            .set_number_of_retries(2);
        // The manager retries with backoff on its own; bound the start-up wait.
        let conn = tokio::time::timeout(
            Duration::from_secs(10),
            client.get_connection_manager_with_config(config),
        )
        .await
        .map_err(|_| StoreError::Backend("redis: no connection within 10 s".into()))?
        .map_err(backend)?;
        let store = RedisStore {
            conn,
            prefix: prefix.to_string(),
        };
        store.ping().await?;
        Ok(store)
    }

    fn key(&self, kind: &str, id: &str) -> String {
        format!("{}{kind}:{id}", self.prefix)
    }

    fn pending_key(&self) -> String {
        format!("{}pending", self.prefix)
    }
}

impl SessionStore for RedisStore {
    fn create<'a>(
        &'a self,
        meta: &'a SessionMeta,
        limits: CreateLimits,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let meta_json =
                serde_json::to_string(meta).map_err(|e| StoreError::Backend(e.to_string()))?;
            let mut conn = self.conn.clone();
            // An IPv4 creator's prefix is its address: counted once.
            let counts_prefix =
                !meta.created_prefix.is_empty() && meta.created_prefix != meta.created_ip;
            let answer: String = CREATE_SCRIPT
                .key(self.key("s", &meta.id))
                .key(self.pending_key())
                .key(self.key("ip", &meta.created_ip))
                .key(self.key("net", &meta.created_prefix))
                .key(format!("{}records", self.prefix))
                .arg(&meta.id)
                .arg(now_ms)
                .arg(meta.expires_ms)
                .arg(meta_json)
                .arg(limits.max_pending)
                .arg(limits.max_per_ip)
                .arg(meta.retain_until_ms)
                .arg(if counts_prefix {
                    limits.max_per_prefix.max(1)
                } else {
                    0
                })
                .arg(limits.max_retained)
                .arg(&self.prefix)
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            match answer.as_str() {
                "ok" => Ok(()),
                "pending" => Err(StoreError::TooManyPending(limits.max_pending)),
                "ip" => Err(StoreError::TooManyForIp(limits.max_per_ip)),
                "prefix" => Err(StoreError::TooManyForPrefix(limits.max_per_prefix)),
                "exists" => Err(StoreError::Conflict),
                other => Err(StoreError::Backend(format!(
                    "unexpected script answer {other}"
                ))),
            }
        })
    }

    fn get<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<Option<SessionView>, StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let (fields, attempts): (std::collections::HashMap<String, String>, Vec<String>) =
                redis::pipe()
                    .hgetall(self.key("s", id))
                    .lrange(self.key("a", id), 0, -1)
                    .query_async(&mut conn)
                    .await
                    .map_err(backend)?;
            let Some(meta_json) = fields.get("meta") else {
                return Ok(None);
            };
            let meta: SessionMeta = serde_json::from_str(meta_json)
                .map_err(|_| StoreError::Backend("a session record is corrupt".into()))?;
            let payload = match fields.get("cb").map(String::as_str) {
                Some("received") => PayloadState::Received,
                Some("delivered") => PayloadState::Delivered,
                _ => PayloadState::None,
            };
            let returned = fields.get("ret").and_then(|r| ReturnOutcome::parse(r));
            // An unreadable attempt line is diagnostics lost, not a reason to fail the request.
            let attempts = attempts
                .iter()
                .filter_map(|a| serde_json::from_str(a).ok())
                .collect();
            Ok(Some(SessionView {
                meta,
                returned,
                payload,
                attempts,
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
            let mut conn = self.conn.clone();
            let answer: String = PUT_SCRIPT
                .key(self.key("s", id))
                .key(self.key("p", id))
                .arg(now_ms)
                .arg(sealed)
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(match answer.as_str() {
                "stored" => PutOutcome::Stored,
                "unknown" => PutOutcome::Unknown,
                "expired" => PutOutcome::Expired,
                _ => PutOutcome::AlreadyReceived,
            })
        })
    }

    fn forget_payload<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let _: String = FORGET_SCRIPT
                .key(self.key("s", id))
                .key(self.key("p", id))
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(())
        })
    }

    fn set_return<'a>(
        &'a self,
        id: &'a str,
        outcome: ReturnOutcome,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let set: i64 = SET_RETURN_SCRIPT
                .key(self.key("s", id))
                .arg(outcome.as_str())
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(set == 1)
        })
    }

    fn add_attempt<'a>(
        &'a self,
        meta: &'a SessionMeta,
        attempt: &'a Attempt,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let line =
                serde_json::to_string(attempt).map_err(|e| StoreError::Backend(e.to_string()))?;
            let key = self.key("a", &meta.id);
            let mut conn = self.conn.clone();
            let keep = -(MAX_ATTEMPTS as isize);
            let () = redis::pipe()
                .atomic()
                .rpush(&key, line)
                .ignore()
                .ltrim(&key, keep, -1)
                .ignore()
                .pexpire_at(&key, meta.retain_until_ms as i64)
                .ignore()
                .query_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(())
        })
    }

    fn take_payload<'a>(
        &'a self,
        meta: &'a SessionMeta,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<TakeOutcome, StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let mut answer: Vec<Vec<u8>> = TAKE_SCRIPT
                .key(self.key("s", &meta.id))
                .key(self.key("p", &meta.id))
                .key(self.pending_key())
                .key(self.key("ip", &meta.created_ip))
                .key(self.key("net", &meta.created_prefix))
                .arg(now_ms)
                .arg(&meta.id)
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            let tag = answer.first().cloned().unwrap_or_default();
            Ok(match tag.as_slice() {
                b"ok" if answer.len() == 2 => TakeOutcome::Taken(answer.swap_remove(1)),
                b"unknown" => TakeOutcome::Unknown,
                b"delivered" => TakeOutcome::AlreadyDelivered,
                b"not_ready" => TakeOutcome::NotReady,
                b"expired" => TakeOutcome::Expired,
                _ => return Err(StoreError::Backend("unexpected script answer".into())),
            })
        })
    }

    fn hit_window<'a>(
        &'a self,
        key: &'a str,
        limit: u32,
        window_ms: u64,
        _now_ms: u64,
    ) -> BoxFuture<'a, Result<WindowHit, StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let (allowed, ttl): (i64, i64) = HIT_WINDOW_SCRIPT
                .key(self.key("w", key))
                .arg(window_ms.max(1))
                .arg(limit)
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(WindowHit {
                allowed: allowed == 1,
                retry_after_ms: ttl.max(0) as u64,
            })
        })
    }

    fn ping(&self) -> BoxFuture<'_, Result<(), StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let _: String = redis::cmd("PING")
                .query_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(())
        })
    }
}
