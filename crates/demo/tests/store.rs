//! The healthy store over TLS: discovery, authentication, permissions, write probes, wc-auth.

mod common;

use common::*;
use handshake_demo::{scenarios, StoreError, TEST_WP_USER};

const AUTH_ERROR: &str = "woocommerce_rest_authentication_error";
const NO_ROUTE: &str = "No route was found matching the URL and request method.";
const NOT_LOGGED_IN: &str = "You are not currently logged in.";
const UNKNOWN_USERNAME: &str =
    "<strong>Error:</strong> Unknown username. Check again or try your email address.";

#[tokio::test]
async fn unknown_scenario_lists_valid_names() {
    let err = handshake_demo::start(handshake_demo::StoreOptions::new("nope"))
        .await
        .err()
        .unwrap();
    assert!(matches!(err, StoreError::UnknownScenario { .. }));
    assert!(err.to_string().contains("healthy") && err.to_string().contains("gzip-bomb"));
    assert!(scenarios()
        .iter()
        .any(|s| s.name == "cloudflare-post-authstrip"));
}

#[tokio::test]
async fn healthy_discovery() {
    let (s, c) = shop("healthy").await;
    let base = s.url().as_str().trim_end_matches('/').to_string();

    let home = c.get(url(&s, "/")).fetch().await;
    assert_eq!(home.status, 200);
    assert_eq!(home.header("server"), "Apache/2.4.71 (Debian)");
    assert_eq!(
        home.header("link"),
        format!("<{base}/wp-json/>; rel=\"https://api.w.org/\"")
    );
    assert!(home.body.contains(&format!(
        "<link rel=\"https://api.w.org/\" href=\"{base}/wp-json/\" />"
    )));

    for path in ["/wp-json/", "/?rest_route=/", "/index.php?rest_route=/"] {
        let r = c.get(url(&s, path)).fetch().await;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), "application/json; charset=UTF-8");
        assert_eq!(r.header("x-robots-tag"), "noindex");
        assert_eq!(r.header("allow"), "GET");
        let v = r.json();
        assert!(v["namespaces"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "wc/v3"));
        assert_eq!(
            v["authentication"]["application-passwords"]["endpoints"]["authorization"],
            format!("{base}/wp-admin/authorize-application.php")
        );
        assert!(v["routes"]["/wc/v3/orders"].is_object());
    }

    let ns = c.get(url(&s, "/wp-json/wc/v3")).fetch().await;
    assert_eq!(ns.json()["namespace"], "wc/v3");

    let missing = c.get(url(&s, "/wp-json/wc/v3/nothing")).fetch().await;
    missing.assert_wp_error(404, "rest_no_route", NO_ROUTE);

    let page = c.get(url(&s, "/no-such-page/")).fetch().await;
    assert_eq!(page.status, 404);
    assert!(page.header("content-type").starts_with("text/html"));
    s.shutdown().await;
}

#[tokio::test]
async fn healthy_key_auth_basic_query_and_rest_route() {
    let (s, c) = shop("healthy").await;
    let orders = url(&s, "/wp-json/wc/v3/orders");

    let r = c.get(&orders).key().fetch().await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("x-wp-total"), "2");
    assert_eq!(r.header("allow"), "GET, POST");
    assert_eq!(r.json().as_array().unwrap().len(), 2);

    let in_query = format!("{orders}?consumer_key={CK}&consumer_secret={CS}");
    assert_eq!(c.get(in_query).fetch().await.status, 200);

    let r = c.get(&orders).fetch().await;
    assert_eq!((r.status, r.body), (401, cannot_list()));

    // ?rest_route= is never key-authenticated: WordPress tries the key as a username.
    let r = c
        .get(url(&s, "/?rest_route=/wc/v3/orders"))
        .key()
        .fetch()
        .await;
    r.assert_wp_error(401, "invalid_username", UNKNOWN_USERNAME);
    // Observed on wp/v2 as well.
    let r = c
        .get(url(&s, "/wp-json/wp/v2/users/me"))
        .key()
        .fetch()
        .await;
    assert!(r.body.contains("invalid_username"));
    s.shutdown().await;
}

#[tokio::test]
async fn oauth1_signatures_computed_from_rfc5849() {
    let (s, c) = shop("healthy").await;
    let orders = url(&s, "/wp-json/wc/v3/orders");

    // Query-string parameters, HMAC-SHA1, with an extra query parameter that is signed too.
    let one_order = OAuth {
        query: &[("per_page", "1")],
        ..OAuth::new("n1")
    };
    let r = c.get(one_order.url(&orders)).fetch().await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json().as_array().unwrap().len(), 1);

    // Replaying the nonce is refused (signed anew, the same nonce).
    let replay = OAuth {
        query: &[("per_page", "1")],
        ..OAuth::new("n1")
    };
    let r = c.get(replay.url(&orders)).fetch().await;
    assert_eq!(
        r.body,
        wp_error(
            AUTH_ERROR,
            "Invalid nonce - nonce has already been used.",
            401
        )
    );

    // Authorization header, HMAC-SHA256.
    let sha256 = OAuth {
        method: "HMAC-SHA256",
        ..OAuth::new("n2")
    };
    let r = c
        .get(&orders)
        .header("authorization", sha256.header(&orders))
        .fetch()
        .await;
    assert_eq!(r.status, 200);

    // Wrong secret, stale timestamp, missing parameters, unknown key.
    let refusals = [
        (
            OAuth {
                secret: "cs_wrong",
                ..OAuth::new("n3")
            }
            .url(&orders),
            "Invalid signature - provided signature does not match.",
        ),
        (
            OAuth {
                timestamp: now() - 3600,
                ..OAuth::new("n4")
            }
            .url(&orders),
            "Invalid timestamp.",
        ),
        (
            format!("{orders}?oauth_consumer_key={CK}"),
            "Missing OAuth parameters oauth_timestamp, oauth_nonce, oauth_signature, oauth_signature_method",
        ),
    ];
    for (signed, message) in refusals {
        let r = c.get(signed).fetch().await;
        assert!(r.body.contains(message), "{message}: {}", r.body);
    }
    let unknown_key = OAuth {
        key: "ck_unknown",
        ..OAuth::new("n5")
    };
    let r = c.get(unknown_key.url(&orders)).fetch().await;
    assert_eq!(
        r.body,
        wp_error(AUTH_ERROR, "Consumer key is invalid.", 401)
    );
    s.shutdown().await;
}

#[tokio::test]
async fn unknown_key_versus_wrong_secret() {
    let (revoked, c) = shop("key-revoked").await;
    let orders = url(&revoked, "/wp-json/wc/v3/orders");
    let r = c.get(&orders).key().fetch().await;
    assert_eq!(r.body, cannot_list());
    let r = c.get(OAuth::new("x").url(&orders)).fetch().await;
    assert_eq!(
        r.body,
        wp_error(AUTH_ERROR, "Consumer key is invalid.", 401)
    );

    let (mismatch, c) = shop("secret-mismatch").await;
    let r = c
        .get(url(&mismatch, "/wp-json/wc/v3/orders"))
        .key()
        .fetch()
        .await;
    r.assert_wp_error(401, AUTH_ERROR, "Consumer secret is invalid.");
}

/// Revoking a key while the store runs (what the owner's "Revoke" does) turns a working key into the
/// unknown key of the `key-revoked` scenario.
#[tokio::test]
async fn revoking_a_key_at_runtime() {
    let (s, c) = shop("healthy").await;
    let orders = url(&s, "/wp-json/wc/v3/orders");
    assert_eq!(c.get(&orders).key().fetch().await.status, 200);
    let key_id = s.api_keys()[0].key_id;
    assert!(s.revoke_key(key_id));
    assert!(!s.revoke_key(key_id), "a revoked key is gone");
    assert!(s.api_keys().is_empty());
    let r = c.get(&orders).key().fetch().await;
    assert_eq!(r.body, cannot_list());
    s.shutdown().await;
}

#[tokio::test]
async fn write_probes_change_nothing() {
    let (s, c) = shop("healthy").await;
    let orders = url(&s, "/wp-json/wc/v3/orders");
    for (res, code, msg) in [
        (
            "orders",
            "woocommerce_rest_shop_order_exists",
            "Cannot create existing shop_order.",
        ),
        (
            "products",
            "woocommerce_rest_product_exists",
            "Cannot create existing product.",
        ),
        (
            "coupons",
            "woocommerce_rest_shop_coupon_exists",
            "Cannot create existing shop_coupon.",
        ),
        (
            "customers",
            "woocommerce_rest_customer_exists",
            "Cannot create existing resource.",
        ),
    ] {
        let r = c
            .post(url(&s, &format!("/wp-json/wc/v3/{res}")))
            .key()
            .json_str(r#"{"id":1}"#)
            .fetch()
            .await;
        r.assert_wp_error(400, code, msg);
    }
    let r = c
        .put(url(&s, "/wp-json/wc/v3/orders/999999"))
        .key()
        .json_str("{}")
        .fetch()
        .await;
    assert_eq!(
        r.body,
        wp_error("woocommerce_rest_shop_order_invalid_id", "Invalid ID.", 400)
    );
    // Unauthenticated: the create permission fails first.
    let r = c.post(&orders).json_str(r#"{"id":1}"#).fetch().await;
    assert_eq!(
        r.body,
        wp_error(
            "woocommerce_rest_cannot_create",
            "Sorry, you are not allowed to create resources.",
            401
        )
    );
    assert_eq!(s.writes(), 0);

    let r = c.post(&orders).key().json_str("{}").fetch().await;
    assert_eq!(r.status, 201);
    assert!(r.header("location").contains("/wp-json/wc/v3/orders/"));
    assert_eq!(s.writes(), 1);
    let reqs = s.requests();
    assert!(
        reqs.iter()
            .filter(|r| r.header("authorization").is_some())
            .count()
            >= 5
    );
    s.shutdown().await;
}

#[tokio::test]
async fn application_passwords() {
    let (s, c) = shop("healthy").await;
    let me = url(&s, "/wp-json/wp/v2/users/me");
    let r = c.get(&me).admin().fetch().await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(
        (v["id"].as_i64(), v["name"].as_str()),
        (Some(1), Some("admin"))
    );
    // App passwords also work on WooCommerce routes.
    let r = c
        .get(url(&s, "/wp-json/wc/v3/orders"))
        .admin()
        .fetch()
        .await;
    assert_eq!(r.status, 200);
    let r = c
        .get(&me)
        .basic_auth(TEST_WP_USER, Some("wrong"))
        .fetch()
        .await;
    assert_eq!(
        r.body,
        wp_error(
            "incorrect_password",
            "The provided password is an invalid application password.",
            401
        )
    );
    let r = c.get(&me).fetch().await;
    assert_eq!(r.body, wp_error("rest_not_logged_in", NOT_LOGGED_IN, 401));
    let posts = c.get(url(&s, "/wp-json/wp/v2/posts")).fetch().await;
    assert_eq!(posts.status, 200);
    s.shutdown().await;
}

#[tokio::test]
async fn http_only_ignores_basic_but_accepts_oauth() {
    let s = handshake_demo::start(plain("http-only")).await.unwrap();
    assert_eq!(s.url().scheme(), "http");
    assert!(s.ca_pem().is_none());
    let c = client(&s);
    let orders = url(&s, "/wp-json/wc/v3/orders");
    let r = c.get(&orders).key().fetch().await;
    assert_eq!(r.body, cannot_list());
    let r = c.get(url(&s, "/wp-json/")).fetch().await;
    assert_eq!(r.json()["authentication"], serde_json::json!([]));
    let r = c
        .get(url(&s, "/wp-json/wp/v2/users/me"))
        .admin()
        .fetch()
        .await;
    assert!(r.body.contains("rest_not_logged_in"));
    let r = c.get(OAuth::new("h1").url(&orders)).fetch().await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn https_not_detected_signs_with_http_scheme() {
    let (s, c) = shop("https-not-detected").await;
    let https_uri = url(&s, "/wp-json/wc/v3/orders");
    assert_eq!(c.get(&https_uri).key().fetch().await.status, 401);
    let idx = c.get(url(&s, "/wp-json/")).fetch().await.json();
    assert_eq!(idx["authentication"], serde_json::json!([]));
    assert!(idx["home"].as_str().unwrap().starts_with("https://"));
    // Signed with the https URL the client used: refused. Signed with http://: accepted.
    let r = c.get(OAuth::new("s1").url(&https_uri)).fetch().await;
    assert!(r.body.contains("provided signature does not match"));
    let http_uri = https_uri.replacen("https://", "http://", 1);
    let signed_as_http = OAuth::new("s2").query_string(&http_uri);
    let r = c.get(format!("{https_uri}?{signed_as_http}")).fetch().await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn wc_auth_endpoint() {
    let (s, c) = shop("healthy").await;
    let base = s.url().as_str().trim_end_matches('/').to_string();
    let q = "app_name=Test&scope=read_write&user_id=1&return_url=https://example.invalid/ret&callback_url=https://127.0.0.1:9443/cb";

    let r = c
        .get(url(&s, &format!("/wc-auth/v1/authorize?{q}")))
        .fetch()
        .await;
    assert_eq!(r.status, 302);
    assert_eq!(r.header("x-redirect-by"), "WordPress");
    assert_eq!(
        r.header("location"),
        format!("{base}/wc-auth/v1/login/?app_name=Test&user_id=1&return_url=https%3A%2F%2Fexample.invalid%2Fret&callback_url=https%3A%2F%2F127.0.0.1%3A9443%2Fcb&scope=read_write")
    );
    let legacy = format!("/?wc-auth-version=1&wc-auth-route=authorize&{q}");
    assert_eq!(c.get(url(&s, &legacy)).fetch().await.status, 302);

    let login = c
        .get(url(&s, &format!("/wc-auth/v1/login/?{q}")))
        .fetch()
        .await;
    assert_eq!(login.status, 200);
    let html = login.body;
    assert!(html.contains("<title>Application authentication request</title>"));
    assert!(html.contains("<form method=\"post\" class=\"wc-auth-login\">"));
    for field in [
        "username",
        "password",
        "woocommerce-login-nonce",
        "_wp_http_referer",
        "redirect",
        "login",
    ] {
        assert!(html.contains(&format!("name=\"{field}\"")), "{field}");
    }

    for (query, message) in [
        ("app_name=Test", "Error: Missing parameter user_id."),
        (
            "app_name=Test&user_id=0&return_url=x&callback_url=y&scope=read",
            "Error: Missing parameter user_id.",
        ),
        (
            "app_name=T&user_id=1&return_url=https://a.test&callback_url=https://b.test&scope=all",
            "Error: Invalid scope all.",
        ),
        (
            "app_name=T&user_id=1&return_url=https://a.test&callback_url=http://b.test&scope=read",
            "Error: The callback_url needs to be over SSL.",
        ),
    ] {
        let r = c
            .get(url(&s, &format!("/wc-auth/v1/authorize?{query}")))
            .fetch()
            .await;
        assert_eq!(r.status, 401);
        let body = r.body;
        assert!(
            body.contains("<title>Access denied</title>") && body.contains(message),
            "{body}"
        );
    }
    s.shutdown().await;
}
