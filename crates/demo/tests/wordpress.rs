//! WordPress's own REST routes and the nginx scenarios, as the real servers of tests/real-servers
//! answered them: `Allow` on every matched route (errors too), `/wp/v2/posts`, WordPress without
//! WooCommerce, nginx's 403 page.

mod common;

use common::*;
use handshake_demo::TEST_WP_USER;

fn keys(v: &serde_json::Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
    k.sort();
    k
}

const EVERY_METHOD: &str = "GET, POST, PUT, PATCH, DELETE";
const WRONG_PASSWORD: &str = "wron gpas swor dwro ngpa sswo";

#[tokio::test]
async fn allow_names_the_routes_methods_on_errors_too() {
    let (s, c) = shop("healthy").await;
    let me = url(&s, "/wp-json/wp/v2/users/me");
    // Not logged in: the route matched, only GET is allowed.
    let r = c.get(&me).fetch().await;
    assert_eq!((r.status, r.header("allow")), (401, "GET"));
    let r = c.get(&me).admin().fetch().await;
    assert_eq!((r.status, r.header("allow")), (200, EVERY_METHOD));
    // No route: no Allow.
    let r = c.get(url(&s, "/wp-json/wp/v2/nothing")).fetch().await;
    assert_eq!((r.status, r.header("allow")), (404, ""));
    // WooCommerce: an anonymous write to a missing order is refused before anything else (orders
    // require reading shop orders first, WC_REST_Orders_V2_Controller; seen on real 6.6.0 and
    // 9.2.5), and no method passes, so no Allow.
    let missing_order = url(&s, "/wp-json/wc/v3/orders/2147483647");
    let r = c.put(missing_order).json_str("{}").fetch().await;
    assert_eq!((r.status, r.header("allow")), (401, ""));
    // Anonymous list: no method is allowed, so no Allow at all.
    let r = c.get(url(&s, "/wp-json/wc/v3/orders")).fetch().await;
    assert_eq!((r.status, r.header("allow")), (401, ""));
    // A read-only key: the list works, and a refused create still names GET.
    let (ro, c) = shop("read-only-key").await;
    let orders = url(&ro, "/wp-json/wc/v3/orders");
    let r = c.post(orders).key().json_str("{}").fetch().await;
    assert_eq!(
        r.status, 401,
        "the key's read permission refuses the write before dispatch"
    );
    assert_eq!(r.header("allow"), "", "refused before a route matched");
    s.shutdown().await;
    ro.shutdown().await;
}

#[tokio::test]
async fn posts_read_and_update_like_wordpress() {
    let (s, c) = shop("healthy").await;
    let list = c.get(url(&s, "/wp-json/wp/v2/posts")).fetch().await;
    assert_eq!(list.status, 200);
    assert_eq!(
        (
            list.header("x-wp-total"),
            list.header("x-wp-totalpages"),
            list.header("allow")
        ),
        ("1", "1", "GET")
    );
    let posts = list.json();
    assert_eq!(posts.as_array().unwrap().len(), 1);
    let view = [
        "_links",
        "author",
        "categories",
        "comment_status",
        "content",
        "date",
        "date_gmt",
        "excerpt",
        "featured_media",
        "format",
        "guid",
        "id",
        "link",
        "meta",
        "modified",
        "modified_gmt",
        "ping_status",
        "slug",
        "status",
        "sticky",
        "tags",
        "template",
        "title",
        "type",
    ];
    assert_eq!(keys(&posts[0]), view);

    let one = url(&s, "/wp-json/wp/v2/posts/1");
    let r = c.get(&one).fetch().await;
    assert_eq!(r.status, 200);
    // A public post links its page instead of the API root.
    let link = r.header("link");
    assert!(
        link.ends_with("/hello-world/>; rel=\"alternate\"; type=text/html"),
        "{link}"
    );
    assert_eq!(r.json()["title"]["rendered"], "Hello world!");

    // No credentials: the edit is refused, reading stays allowed.
    let r = c.put(&one).json_str("{}").fetch().await;
    assert_eq!(r.header("allow"), "GET");
    r.assert_wp_error(
        401,
        "rest_cannot_edit",
        "Sorry, you are not allowed to edit this post.",
    );
    assert_eq!(s.writes(), 0);

    // The administrator's application password: 200, the post in the edit context.
    let r = c
        .put(&one)
        .admin()
        .json_str(r#"{"excerpt": "Updated"}"#)
        .fetch()
        .await;
    assert_eq!((r.status, r.header("allow")), (200, EVERY_METHOD));
    let post = r.json();
    let mut edit: Vec<&str> = view.to_vec();
    edit.extend(["generated_slug", "password", "permalink_template"]);
    edit.sort_unstable();
    assert_eq!(keys(&post), edit);
    assert_eq!(post["excerpt"]["raw"], "Updated");
    assert_eq!(post["excerpt"]["rendered"], "<p>Updated</p>\n");
    assert_eq!(
        keys(&post["content"]),
        ["block_version", "protected", "raw", "rendered"]
    );
    assert_eq!(
        post["_links"]["version-history"][0]["count"], 1,
        "the update stored a revision"
    );
    assert_eq!(s.writes(), 1);
    let r = c.get(&one).fetch().await;
    assert_eq!(r.json()["excerpt"]["rendered"], "<p>Updated</p>\n");

    let missing = url(&s, "/wp-json/wp/v2/posts/99");
    let r = c.put(missing).admin().json_str("{}").fetch().await;
    assert_eq!(r.header("allow"), "");
    r.assert_wp_error(404, "rest_post_invalid_id", "Invalid post ID.");
    let new_post = r#"{"title": "New"}"#;
    let r = c
        .post(url(&s, "/wp-json/wp/v2/posts"))
        .json_str(new_post)
        .fetch()
        .await;
    assert_eq!(
        r.body,
        wp_error(
            "rest_cannot_create",
            "Sorry, you are not allowed to create posts as this user.",
            401
        )
    );
    s.shutdown().await;
}

#[tokio::test]
async fn wordpress_without_woocommerce_never_reports_refused_passwords() {
    let (s, c) = shop("woocommerce-inactive").await;
    let me = url(&s, "/wp-json/wp/v2/users/me");
    let not_logged_in = wp_error(
        "rest_not_logged_in",
        "You are not currently logged in.",
        401,
    );
    for (user, password) in [
        ("handshake-header-check", "nope"),
        (TEST_WP_USER, WRONG_PASSWORD),
    ] {
        let r = c.get(&me).basic_auth(user, Some(password)).fetch().await;
        assert_eq!((r.status, r.header("allow")), (401, "GET"), "{user}");
        assert_eq!(r.body, not_logged_in);
    }
    let r = c.get(&me).admin().fetch().await;
    assert_eq!(r.status, 200);
    assert_eq!(
        keys(&r.json()),
        [
            "_links",
            "avatar_urls",
            "description",
            "id",
            "link",
            "meta",
            "name",
            "slug",
            "url"
        ]
    );

    // With WooCommerce the refusal is reported (WooCommerce determines the user early).
    let (w, c) = shop("healthy").await;
    let me = url(&w, "/wp-json/wp/v2/users/me");
    let r = c
        .get(&me)
        .basic_auth(TEST_WP_USER, Some(WRONG_PASSWORD))
        .fetch()
        .await;
    assert_eq!(r.header("allow"), "", "reported before dispatch");
    assert!(r.body.contains("incorrect_password"));
    let user = c.get(&me).admin().fetch().await.json();
    assert!(user.get("woocommerce_meta").is_some() && user.get("is_super_admin").is_some());
    s.shutdown().await;
    w.shutdown().await;
}
