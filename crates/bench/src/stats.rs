//! Small statistics helpers.

use std::time::Duration;

pub fn median(xs: &[Duration]) -> Duration {
    percentile(xs, 50.0)
}

/// Nearest-rank percentile (`p` in 0..=100) of an unsorted sample; zero for an empty one.
pub fn percentile(xs: &[Duration], p: f64) -> Duration {
    if xs.is_empty() {
        return Duration::ZERO;
    }
    let mut v = xs.to_vec();
    v.sort();
    let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
    v[rank.clamp(1, v.len()) - 1]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
