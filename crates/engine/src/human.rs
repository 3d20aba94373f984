//! Values written for people: a duration as "4.8 s" (not Rust's "4.849579624s"), and a URL's host
//! with its port when the port is not the scheme's default (a store on :8443 is not the one on 443).

use std::time::Duration;

use url::Url;

/// "250 ms", "4.8 s", "20 s", "2 min 5 s".
pub fn duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        return format!("{ms} ms");
    }
    let secs = d.as_secs_f64();
    if secs < 60.0 {
        let tenths = (secs * 10.0).round() / 10.0;
        if tenths.fract() == 0.0 {
            format!("{tenths:.0} s")
        } else {
            format!("{tenths:.1} s")
        }
    } else {
        let whole = d.as_secs();
        match whole % 60 {
            0 => format!("{} min", whole / 60),
            s => format!("{} min {s} s", whole / 60),
        }
    }
}

/// `shop.example`, `shop.example:8443`, `[::1]:8443`: the host as typed in a browser's address bar.
pub fn host_with_port(url: &Url) -> String {
    let host = url.host_str().unwrap_or("");
    match url.port() {
        // `Url` drops a port equal to the scheme's default when it parses.
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_a_person_wrote_them() {
        assert_eq!(duration(Duration::from_nanos(4_849_579_624)), "4.8 s");
        assert_eq!(duration(Duration::from_millis(250)), "250 ms");
        assert_eq!(duration(Duration::from_secs(20)), "20 s");
        assert_eq!(duration(Duration::from_millis(8_000)), "8 s");
        assert_eq!(duration(Duration::from_millis(59_990)), "60 s");
        assert_eq!(duration(Duration::from_secs(125)), "2 min 5 s");
        assert_eq!(duration(Duration::from_secs(600)), "10 min");
        assert_eq!(duration(Duration::ZERO), "0 ms");
    }

    #[test]
    fn hosts_keep_a_port_that_is_not_the_default() {
        let h = |s: &str| host_with_port(&Url::parse(s).unwrap());
        assert_eq!(h("https://shop.example/"), "shop.example");
        assert_eq!(h("https://shop.example:443/"), "shop.example");
        assert_eq!(h("https://shop.example:8443/x/"), "shop.example:8443");
        assert_eq!(h("http://shop.example:443/"), "shop.example:443");
        assert_eq!(h("https://[::1]:8443/"), "[::1]:8443");
    }
}
