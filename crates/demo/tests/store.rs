//! The healthy store over TLS: discovery, authentication, permissions, write probes, wc-auth.

mod common;

use common::*;
use handshake_demo::{scenarios, StoreError, TEST_WP_APP_PASSWORD, TEST_WP_USER};

const NOT_LISTED: (&str, &str) = (
    "woocommerce_rest_cannot_view",
    "Sorry, you cannot list resources.",
);

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
    let s = store("healthy").await;
    let c = client(&s);
    let base = s.url().as_str().trim_end_matches('/').to_string();

    let home = c.get(url(&s, "/")).send().await.unwrap();
    assert_eq!(home.status(), 200);
    assert_eq!(header(&home, "server"), "Apache/2.4.71 (Debian)");
    assert_eq!(
        header(&home, "link"),
        format!("<{base}/wp-json/>; rel=\"https://api.w.org/\"")
    );
    assert!(text(home).await.contains(&format!(
        "<link rel=\"https://api.w.org/\" href=\"{base}/wp-json/\" />"
    )));

    for path in ["/wp-json/", "/?rest_route=/", "/index.php?rest_route=/"] {
        let r = c.get(url(&s, path)).send().await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(
            header(&r, "content-type"),
            "application/json; charset=UTF-8"
        );
        assert_eq!(header(&r, "x-robots-tag"), "noindex");
        assert_eq!(header(&r, "allow"), "GET");
        let v: serde_json::Value = r.json_body().await;
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

    let ns = c.get(url(&s, "/wp-json/wc/v3")).send().await.unwrap();
    let v: serde_json::Value = ns.json_body().await;
    assert_eq!(v["namespace"], "wc/v3");

    let missing = c
        .get(url(&s, "/wp-json/wc/v3/nothing"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    assert_eq!(
        text(missing).await,
        wp_error(
            "rest_no_route",
            "No route was found matching the URL and request method.",
            404
        )
    );

    let page = c.get(url(&s, "/no-such-page/")).send().await.unwrap();
    assert_eq!(page.status(), 404);
    assert!(header(&page, "content-type").starts_with("text/html"));
    s.shutdown().await;
}

trait JsonBody {
    async fn json_body(self) -> serde_json::Value;
}
impl JsonBody for reqwest::Response {
    async fn json_body(self) -> serde_json::Value {
        serde_json::from_str(&self.text().await.unwrap()).unwrap()
    }
}

#[tokio::test]
async fn healthy_key_auth_basic_query_and_rest_route() {
    let s = store("healthy").await;
    let c = client(&s);
    let orders = url(&s, "/wp-json/wc/v3/orders");

    let r = c
        .get(&orders)
        .basic_auth(CK, Some(CS))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "x-wp-total"), "2");
    assert_eq!(header(&r, "allow"), "GET, POST");
    assert_eq!(r.json_body().await.as_array().unwrap().len(), 2);

    let r = c
        .get(format!("{orders}?consumer_key={CK}&consumer_secret={CS}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    let r = c.get(&orders).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(text(r).await, wp_error(NOT_LISTED.0, NOT_LISTED.1, 401));

    // ?rest_route= is never key-authenticated: WordPress tries the key as a username.
    let r = c
        .get(url(&s, "/?rest_route=/wc/v3/orders"))
        .basic_auth(CK, Some(CS))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(
        text(r).await,
        wp_error(
            "invalid_username",
            "<strong>Error:</strong> Unknown username. Check again or try your email address.",
            401
        )
    );
    // Observed on wp/v2 as well.
    let r = c
        .get(url(&s, "/wp-json/wp/v2/users/me"))
        .basic_auth(CK, Some(CS))
        .send()
        .await
        .unwrap();
    assert!(text(r).await.contains("invalid_username"));
    s.shutdown().await;
}

#[tokio::test]
async fn oauth1_signatures_computed_from_rfc5849() {
    let s = store("healthy").await;
    let c = client(&s);
    let base_uri = url(&s, "/wp-json/wc/v3/orders");

    // Query-string parameters, HMAC-SHA1, with an extra query parameter that is signed too.
    let p = oauth_params(
        "GET",
        &base_uri,
        &[("per_page", "1")],
        CK,
        CS,
        "HMAC-SHA1",
        "n1",
        now(),
    );
    let r = c
        .get(format!("{base_uri}?{}", query_string(&p)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json_body().await.as_array().unwrap().len(), 1);

    // Replaying the nonce is refused.
    let p2 = oauth_params(
        "GET",
        &base_uri,
        &[("per_page", "1")],
        CK,
        CS,
        "HMAC-SHA1",
        "n1",
        now(),
    );
    let r = c
        .get(format!("{base_uri}?{}", query_string(&p2)))
        .send()
        .await
        .unwrap();
    assert_eq!(
        text(r).await,
        wp_error(
            "woocommerce_rest_authentication_error",
            "Invalid nonce - nonce has already been used.",
            401
        )
    );

    // Authorization header, HMAC-SHA256.
    let p = oauth_params("GET", &base_uri, &[], CK, CS, "HMAC-SHA256", "n2", now());
    let header_value = format!(
        "OAuth {}",
        p.iter()
            .map(|(k, v)| format!("{k}=\"{}\"", pct(v)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let r = c
        .get(&base_uri)
        .header("authorization", header_value)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // Wrong secret, stale timestamp, missing parameters, unknown key.
    let p = oauth_params(
        "GET",
        &base_uri,
        &[],
        CK,
        "cs_wrong",
        "HMAC-SHA1",
        "n3",
        now(),
    );
    let r = c
        .get(format!("{base_uri}?{}", query_string(&p)))
        .send()
        .await
        .unwrap();
    assert!(text(r)
        .await
        .contains("Invalid signature - provided signature does not match."));
    let p = oauth_params(
        "GET",
        &base_uri,
        &[],
        CK,
        CS,
        "HMAC-SHA1",
        "n4",
        now() - 3600,
    );
    let r = c
        .get(format!("{base_uri}?{}", query_string(&p)))
        .send()
        .await
        .unwrap();
    assert!(text(r).await.contains("Invalid timestamp."));
    let r = c
        .get(format!("{base_uri}?oauth_consumer_key={CK}"))
        .send()
        .await
        .unwrap();
    assert!(text(r).await.contains(
        "Missing OAuth parameters oauth_timestamp, oauth_nonce, oauth_signature, oauth_signature_method"
    ));
    let p = oauth_params(
        "GET",
        &base_uri,
        &[],
        "ck_unknown",
        CS,
        "HMAC-SHA1",
        "n5",
        now(),
    );
    let r = c
        .get(format!("{base_uri}?{}", query_string(&p)))
        .send()
        .await
        .unwrap();
    assert_eq!(
        text(r).await,
        wp_error(
            "woocommerce_rest_authentication_error",
            "Consumer key is invalid.",
            401
        )
    );
    s.shutdown().await;
}

#[tokio::test]
async fn unknown_key_versus_wrong_secret() {
    let revoked = store("key-revoked").await;
    let c = client(&revoked);
    let r = c
        .get(url(&revoked, "/wp-json/wc/v3/orders"))
        .basic_auth(CK, Some(CS))
        .send()
        .await
        .unwrap();
    assert_eq!(text(r).await, wp_error(NOT_LISTED.0, NOT_LISTED.1, 401));
    let base_uri = url(&revoked, "/wp-json/wc/v3/orders");
    let p = oauth_params("GET", &base_uri, &[], CK, CS, "HMAC-SHA1", "x", now());
    let r = c
        .get(format!("{base_uri}?{}", query_string(&p)))
        .send()
        .await
        .unwrap();
    assert_eq!(
        text(r).await,
        wp_error(
            "woocommerce_rest_authentication_error",
            "Consumer key is invalid.",
            401
        )
    );

    let mismatch = store("secret-mismatch").await;
    let c = client(&mismatch);
    let r = c
        .get(url(&mismatch, "/wp-json/wc/v3/orders"))
        .basic_auth(CK, Some(CS))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(
        text(r).await,
        wp_error(
            "woocommerce_rest_authentication_error",
            "Consumer secret is invalid.",
            401
        )
    );
}

/// Revoking a key while the store runs (what the owner's "Revoke" does) turns a working key into the
/// unknown key of the `key-revoked` scenario.
#[tokio::test]
async fn revoking_a_key_at_runtime() {
    let s = store("healthy").await;
    let c = client(&s);
    let orders = url(&s, "/wp-json/wc/v3/orders");
    let r = c
        .get(&orders)
        .basic_auth(CK, Some(CS))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let key_id = s.api_keys()[0].key_id;
    assert!(s.revoke_key(key_id));
    assert!(!s.revoke_key(key_id), "a revoked key is gone");
    assert!(s.api_keys().is_empty());
    let r = c
        .get(&orders)
        .basic_auth(CK, Some(CS))
        .send()
        .await
        .unwrap();
    assert_eq!(text(r).await, wp_error(NOT_LISTED.0, NOT_LISTED.1, 401));
    s.shutdown().await;
}

trait JsonStr {
    fn json_str(self, body: &str) -> Self;
}
impl JsonStr for reqwest::RequestBuilder {
    fn json_str(self, body: &str) -> Self {
        self.header("content-type", "application/json")
            .body(body.to_string())
    }
}

#[tokio::test]
async fn write_probes_change_nothing() {
    let s = store("healthy").await;
    let c = client(&s);
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
            .basic_auth(CK, Some(CS))
            .json_str(r#"{"id":1}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        assert_eq!(text(r).await, wp_error(code, msg, 400));
    }
    let r = c
        .put(url(&s, "/wp-json/wc/v3/orders/999999"))
        .basic_auth(CK, Some(CS))
        .json_str("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(
        text(r).await,
        wp_error("woocommerce_rest_shop_order_invalid_id", "Invalid ID.", 400)
    );
    // Unauthenticated: the create permission fails first.
    let r = c
        .post(url(&s, "/wp-json/wc/v3/orders"))
        .json_str(r#"{"id":1}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(
        text(r).await,
        wp_error(
            "woocommerce_rest_cannot_create",
            "Sorry, you are not allowed to create resources.",
            401
        )
    );
    assert_eq!(s.writes(), 0);

    let r = c
        .post(url(&s, "/wp-json/wc/v3/orders"))
        .basic_auth(CK, Some(CS))
        .json_str("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    assert!(header(&r, "location").contains("/wp-json/wc/v3/orders/"));
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
    let s = store("healthy").await;
    let c = client(&s);
    let me = url(&s, "/wp-json/wp/v2/users/me");
    let r = c
        .get(&me)
        .basic_auth(TEST_WP_USER, Some(TEST_WP_APP_PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v = r.json_body().await;
    assert_eq!(
        (v["id"].as_i64(), v["name"].as_str()),
        (Some(1), Some("admin"))
    );
    // App passwords also work on WooCommerce routes.
    let r = c
        .get(url(&s, "/wp-json/wc/v3/orders"))
        .basic_auth(TEST_WP_USER, Some(TEST_WP_APP_PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = c
        .get(&me)
        .basic_auth(TEST_WP_USER, Some("wrong"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        text(r).await,
        wp_error(
            "incorrect_password",
            "The provided password is an invalid application password.",
            401
        )
    );
    let r = c.get(&me).send().await.unwrap();
    assert_eq!(
        text(r).await,
        wp_error(
            "rest_not_logged_in",
            "You are not currently logged in.",
            401
        )
    );
    let posts = c.get(url(&s, "/wp-json/wp/v2/posts")).send().await.unwrap();
    assert_eq!(posts.status(), 200);
    s.shutdown().await;
}

#[tokio::test]
async fn http_only_ignores_basic_but_accepts_oauth() {
    let s = handshake_demo::start(plain("http-only")).await.unwrap();
    assert_eq!(s.url().scheme(), "http");
    assert!(s.ca_pem().is_none());
    let c = client(&s);
    let base_uri = url(&s, "/wp-json/wc/v3/orders");
    let r = c
        .get(&base_uri)
        .basic_auth(CK, Some(CS))
        .send()
        .await
        .unwrap();
    assert_eq!(text(r).await, wp_error(NOT_LISTED.0, NOT_LISTED.1, 401));
    let r = c.get(url(&s, "/wp-json/")).send().await.unwrap();
    assert_eq!(r.json_body().await["authentication"], serde_json::json!([]));
    let r = c
        .get(url(&s, "/wp-json/wp/v2/users/me"))
        .basic_auth(TEST_WP_USER, Some(TEST_WP_APP_PASSWORD))
        .send()
        .await
        .unwrap();
    assert!(text(r).await.contains("rest_not_logged_in"));
    let p = oauth_params("GET", &base_uri, &[], CK, CS, "HMAC-SHA1", "h1", now());
    let r = c
        .get(format!("{base_uri}?{}", query_string(&p)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn https_not_detected_signs_with_http_scheme() {
    let s = store("https-not-detected").await;
    let c = client(&s);
    let https_uri = url(&s, "/wp-json/wc/v3/orders");
    assert_eq!(
        c.get(&https_uri)
            .basic_auth(CK, Some(CS))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    let idx = c
        .get(url(&s, "/wp-json/"))
        .send()
        .await
        .unwrap()
        .json_body()
        .await;
    assert_eq!(idx["authentication"], serde_json::json!([]));
    assert!(idx["home"].as_str().unwrap().starts_with("https://"));
    // Signed with the https URL the client used: refused. Signed with http://: accepted.
    let p = oauth_params("GET", &https_uri, &[], CK, CS, "HMAC-SHA1", "s1", now());
    let r = c
        .get(format!("{https_uri}?{}", query_string(&p)))
        .send()
        .await
        .unwrap();
    assert!(text(r).await.contains("provided signature does not match"));
    let http_uri = https_uri.replacen("https://", "http://", 1);
    let p = oauth_params("GET", &http_uri, &[], CK, CS, "HMAC-SHA1", "s2", now());
    let r = c
        .get(format!("{https_uri}?{}", query_string(&p)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn wc_auth_endpoint() {
    let s = store("healthy").await;
    let c = client(&s);
    let base = s.url().as_str().trim_end_matches('/').to_string();
    let q = "app_name=Test&scope=read_write&user_id=1&return_url=https://example.invalid/ret&callback_url=https://127.0.0.1:9443/cb";

    let r = c
        .get(url(&s, &format!("/wc-auth/v1/authorize?{q}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    assert_eq!(header(&r, "x-redirect-by"), "WordPress");
    assert_eq!(
        header(&r, "location"),
        format!("{base}/wc-auth/v1/login/?app_name=Test&user_id=1&return_url=https%3A%2F%2Fexample.invalid%2Fret&callback_url=https%3A%2F%2F127.0.0.1%3A9443%2Fcb&scope=read_write")
    );
    let r = c
        .get(url(
            &s,
            &format!("/?wc-auth-version=1&wc-auth-route=authorize&{q}"),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);

    let login = c
        .get(url(&s, &format!("/wc-auth/v1/login/?{q}")))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 200);
    let html = text(login).await;
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
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        let body = text(r).await;
        assert!(
            body.contains("<title>Access denied</title>") && body.contains(message),
            "{body}"
        );
    }
    s.shutdown().await;
}
