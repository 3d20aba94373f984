//! What the scenario data cannot say (crates/demo/scenarios/*.toml, checked by
//! tests/tests/scenarios.rs): signed OAuth requests, ray-id shapes, certificates a client refuses,
//! and hostile bodies (endless, dripping, inflating).

mod common;

use std::time::{Duration, Instant};

use common::*;

#[tokio::test]
async fn auth_header_stripped() {
    let (s, c) = shop("auth-header-stripped").await;
    let orders = url(&s, "/wp-json/wc/v3/orders");
    let r = c.get(&orders).key().fetch().await;
    assert_eq!(r.body, cannot_list());
    let r = c.post(&orders).key().fetch().await;
    assert!(r.body.contains("woocommerce_rest_cannot_create"));
    let r = c
        .get(url(&s, "/wp-json/wp/v2/users/me"))
        .admin()
        .fetch()
        .await;
    assert!(r.body.contains("rest_not_logged_in"));
    let in_query = format!("{orders}?consumer_key={CK}&consumer_secret={CS}");
    assert_eq!(c.get(in_query).fetch().await.status, 200);
    // OAuth in the stripped header fails; OAuth in the query string passes.
    let in_header = OAuth::new("a1").header(&orders);
    let r = c
        .get(&orders)
        .header("authorization", in_header)
        .fetch()
        .await;
    assert_eq!(r.status, 401);
    let r = c.get(OAuth::new("a2").url(&orders)).fetch().await;
    assert_eq!(r.status, 200);
    // The request log shows what the client sent, before the server dropped it.
    assert!(s
        .requests()
        .iter()
        .any(|r| r.header("authorization").is_some()));
}

/// A ray id is 16 hex digits and the data center (the data cannot say "any 16 hex digits").
#[tokio::test]
async fn cloudflare_ray_ids_look_like_cloudflare_s() {
    let (cf, c) = shop("cloudflare-block").await;
    let home = c.get(url(&cf, "/")).send().await.unwrap();
    let ray = header(&home, "cf-ray").to_string();
    assert!(ray.len() == 20 && ray.ends_with("-FRA"), "{ray}");
    assert!(ray[..16].chars().all(|c| c.is_ascii_hexdigit()), "{ray}");
}

#[tokio::test]
async fn tls_certificate_faults() {
    for (scenario, needle) in [
        ("tls-expired", "Expired"),
        ("tls-wrong-name", "NotValidForName"),
        ("tls-self-signed", "UnknownIssuer"),
    ] {
        let s = store(scenario).await;
        let c = client(&s);
        let err = c.get(url(&s, "/")).send().await.unwrap_err();
        let mut chain = format!("{err:?}");
        let mut src = std::error::Error::source(&err);
        while let Some(e) = src {
            chain.push_str(&format!(" {e:?}"));
            src = e.source();
        }
        assert!(chain.contains(needle), "{scenario}: {chain}");
    }
    // The good certificate covers the names the engine resolves to loopback.
    let s = store("healthy").await;
    let port = s.url().port().unwrap();
    let c = client(&s);
    for host in ["shop.test", "www.shop.test", "localhost"] {
        let r = c.get(format!("https://{host}:{port}/")).send().await;
        if host == "localhost" {
            // localhost may resolve to ::1 where nothing listens; only the certificate matters.
            if let Err(e) = &r {
                assert!(!format!("{e:?}").contains("NotValidForName"));
            }
        } else {
            assert_eq!(r.unwrap().status(), 200, "{host}");
        }
    }
}

#[tokio::test]
async fn hostile_servers() {
    let (s, c) = shop("gzip-bomb").await;
    assert_eq!(c.get(url(&s, "/")).send().await.unwrap().status(), 200);
    let raw = reqwest::Client::builder()
        .tls_backend_preconfigured(rustls_config(s.ca_pem()))
        .no_proxy()
        .no_gzip()
        .build()
        .unwrap();
    let mut r = raw.get(url(&s, "/wp-json/")).send().await.unwrap();
    assert_eq!(header(&r, "content-encoding"), "gzip");
    let mut wire = 0;
    while let Some(chunk) = r.chunk().await.unwrap() {
        wire += chunk.len();
    }
    assert!(wire < 4 << 20, "wire size {wire}");
    let mut r = c.get(url(&s, "/wp-json/")).send().await.unwrap();
    let mut inflated = 0usize;
    while inflated < 64 << 20 {
        let chunk = r.chunk().await.unwrap().expect("more data");
        assert!(chunk.iter().all(|b| *b == 0));
        inflated += chunk.len();
    }

    let (s, c) = shop("never-ending-body").await;
    let mut r = c.get(url(&s, "/wp-json/")).send().await.unwrap();
    let mut got = 0;
    while got < 4 << 20 {
        got += r.chunk().await.unwrap().expect("never ends").len();
    }

    let (s, c) = shop("slow-drip").await;
    let start = Instant::now();
    let mut r = c.get(url(&s, "/wp-json/")).send().await.unwrap();
    assert!(start.elapsed() < Duration::from_millis(400));
    let first = r.chunk().await.unwrap().unwrap();
    assert_eq!(first.len(), 1);
    assert!(tokio::time::timeout(Duration::from_millis(1200), r.text())
        .await
        .is_err());

    let (s, c) = shop("redirect-loop").await;
    let mut u = url(&s, "/wp-json/");
    for n in 1..=3 {
        let r = c.get(&u).send().await.unwrap();
        assert_eq!(r.status(), 302);
        u = header(&r, "location").to_string();
        assert!(u.contains("/wp-json/") && u.ends_with(&format!("hs_loop={n}")));
    }

    let (s, c) = shop("header-flood").await;
    // Clients are expected to refuse it; if one accepts, all headers must be there.
    if let Ok(r) = c.get(url(&s, "/wp-json/")).send().await {
        assert!(r.headers().len() >= 5000);
    }
}
