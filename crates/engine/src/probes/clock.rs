//! The store's clock against this computer's: one small unauthenticated request, with this
//! computer's clock read just before it is sent and just after the answer arrives. WooCommerce
//! refuses OAuth 1.0a signatures whose timestamp is more than 15 minutes from its own clock, so a
//! server clock that is far off breaks every app that signs its requests.

use std::time::{Instant, SystemTime};

use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeData, ProbeResult, Results};
use crate::http::{Exchange, Fetched, ProbeRequest};
use crate::report::Outcome;

/// The answer and this computer's clock around it.
#[derive(Debug, Clone)]
pub struct ClockReading {
    pub fetched: Fetched,
    pub sent_at: SystemTime,
    pub received_at: SystemTime,
}

/// The store's clock minus this computer's, in seconds, with the uncertainty of the measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skew {
    pub seconds: i64,
    /// Half the round trip plus the `Date` header's one-second resolution.
    pub uncertainty: i64,
}

impl ClockReading {
    /// What the answer's `Date` (plus `Age`, for a copy a cache kept) says against this computer.
    pub fn skew(&self) -> Option<Skew> {
        let e = self.fetched.last()?;
        let server = server_now(e)?;
        let unix = |t: SystemTime| -> Option<i128> {
            t.duration_since(SystemTime::UNIX_EPOCH)
                .ok()
                .map(|d| d.as_millis() as i128)
        };
        let (sent, received) = (unix(self.sent_at)?, unix(self.received_at)?);
        let local_mid = (sent + received) / 2;
        let seconds = ((server as i128 * 1000 - local_mid) as f64 / 1000.0).round() as i64;
        let uncertainty = ((received - sent) / 2000) as i64 + 1;
        Some(Skew {
            seconds,
            uncertainty,
        })
    }
}

/// The server's time when it answered, in Unix seconds: `Date` plus `Age`.
pub fn server_now(e: &Exchange) -> Option<i64> {
    let date = parse_http_date(e.header("date")?)?;
    let age = e
        .header("age")
        .and_then(|a| a.trim().parse::<i64>().ok())
        .unwrap_or(0);
    Some(date + age)
}

/// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the only form servers send today.
pub fn parse_http_date(value: &str) -> Option<i64> {
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    time::PrimitiveDateTime::parse(value.trim(), &fmt)
        .ok()
        .map(|t| t.assume_utc().unix_timestamp())
}

pub async fn run(ctx: &Context, results: &Results) -> ProbeResult {
    let id = ProbeId::Clock;
    let Some(home) = results.home().filter(|h| !h.fetched.hops.is_empty()) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    };
    // A small answer from PHP itself (WooCommerce's 401 for a visitor), not the URL the sign-in
    // probes ask (the cache contrast compares those), and an address no cache has stored: a stored
    // copy keeps the `Date` of when it was made.
    let mut url = home.base.join("wp-json/wc/v3/system_status");
    url.query_pairs_mut().append_pair(
        super::cache_contrast::BUST_PARAM,
        &crate::oauth1::nonce()[..12],
    );
    let started = Instant::now();
    let sent_at = SystemTime::now();
    let fetched = ctx
        .client
        .fetch(&ProbeRequest::get(url), home.insecure_tls)
        .await;
    let received_at = SystemTime::now();
    let reading = ClockReading {
        fetched,
        sent_at,
        received_at,
    };
    let (outcome, summary) = match (reading.fetched.last(), reading.skew()) {
        (None, _) => (Outcome::Error, reading.fetched.error_text_in(ctx.lang)),
        (Some(_), None) => (
            Outcome::Skipped,
            handshake_l10n::t!(ctx.lang, "probe-clock-no-date"),
        ),
        (Some(_), Some(s)) => (
            if s.seconds.abs() >= OAUTH_WINDOW_SECS {
                Outcome::Fail
            } else {
                Outcome::Pass
            },
            handshake_l10n::t!(ctx.lang, "probe-clock-skew",
                "skew" => crate::catalog::clock::describe_skew(ctx.lang, s.seconds)),
        ),
    };
    ProbeResult {
        id,
        outcome,
        duration: started.elapsed(),
        summary,
        data: ProbeData::Clock(reading),
    }
}

/// WooCommerce's OAuth 1.0a window (`check_oauth_timestamp_and_nonce`: 15 minutes either way).
pub const OAUTH_WINDOW_SECS: i64 = 15 * 60;

/// "2 h 5 min behind this computer's", "40 s ahead of this computer's", "in step with this computer's".
pub fn describe_skew(seconds: i64) -> String {
    if seconds.abs() < 2 {
        return "in step with this computer's".to_string();
    }
    let side = if seconds < 0 { "behind" } else { "ahead of" };
    format!(
        "{} {side} this computer's",
        duration_words(seconds.unsigned_abs())
    )
}

/// "3 days 2 h", "2 h 5 min", "14 min 3 s", "40 s".
pub fn duration_words(secs: u64) -> String {
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let day = |d: u64| {
        if d == 1 {
            "1 day".to_string()
        } else {
            format!("{d} days")
        }
    };
    match (d, h, m) {
        (0, 0, 0) => format!("{s} s"),
        (0, 0, _) => format!("{m} min {s} s"),
        (0, _, _) => format!("{h} h {m} min"),
        _ => format!("{} {h} h", day(d)),
    }
}

/// Does this computer set its clock automatically, and is it in sync right now? `None` when the
/// system does not say (only Linux reports it, through `adjtimex`).
pub fn local_clock_synchronized() -> Option<bool> {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `adjtimex` with `modes == 0` only reads the kernel's clock state into `tx`.
        let mut tx: libc::timex = unsafe { std::mem::zeroed() };
        let state = unsafe { libc::adjtimex(&mut tx) };
        if state < 0 {
            return None;
        }
        // TIME_ERROR (5): the kernel's clock is not synchronized to a time source.
        Some(state != libc::TIME_ERROR)
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_imf_fixdate() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784111777)
        );
        assert_eq!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), None);
        assert_eq!(parse_http_date("yesterday"), None);
    }

    #[test]
    fn words_for_skews() {
        assert_eq!(describe_skew(0), "in step with this computer's");
        assert_eq!(describe_skew(-7500), "2 h 5 min behind this computer's");
        assert_eq!(describe_skew(843), "14 min 3 s ahead of this computer's");
        assert_eq!(describe_skew(40), "40 s ahead of this computer's");
        assert_eq!(
            describe_skew(-3 * 86_400 - 7200),
            "3 days 2 h behind this computer's"
        );
    }
}
