//! WordPress's own REST routes and the nginx scenarios, as the real servers of tests/real-servers
//! answered them: `Allow` on every matched route (errors too), `/wp/v2/posts`, WordPress without
//! WooCommerce, nginx's 403 page.

mod common;

use common::*;
use handshake_demo::{TEST_WP_APP_PASSWORD, TEST_WP_USER};

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

fn keys(v: &serde_json::Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
    k.sort();
    k
}

#[tokio::test]
async fn allow_names_the_routes_methods_on_errors_too() {
    let s = store("healthy").await;
    let c = client(&s);
    let me = url(&s, "/wp-json/wp/v2/users/me");
    // Not logged in: the route matched, only GET is allowed.
    let r = c.get(&me).send().await.unwrap();
    assert_eq!((r.status().as_u16(), header(&r, "allow")), (401, "GET"));
    let r = c
        .get(&me)
        .basic_auth(TEST_WP_USER, Some(TEST_WP_APP_PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (r.status().as_u16(), header(&r, "allow")),
        (200, "GET, POST, PUT, PATCH, DELETE")
    );
    // No route: no Allow.
    let r = c
        .get(url(&s, "/wp-json/wp/v2/nothing"))
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), header(&r, "allow")), (404, ""));
    // WooCommerce: an anonymous write to a missing order is refused before anything else (orders
    // require reading shop orders first, WC_REST_Orders_V2_Controller; seen on real 6.6.0 and
    // 9.2.5), and no method passes, so no Allow.
    let r = c
        .put(url(&s, "/wp-json/wc/v3/orders/2147483647"))
        .header("content-type", "application/json")
        .body(r#"{}"#)
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), header(&r, "allow")), (401, ""));
    // Anonymous list: no method is allowed, so no Allow at all.
    let r = c
        .get(url(&s, "/wp-json/wc/v3/orders"))
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), header(&r, "allow")), (401, ""));
    // A read-only key: the list works, and a refused create still names GET.
    let ro = store("read-only-key").await;
    let c = client(&ro);
    let r = c
        .post(url(&ro, "/wp-json/wc/v3/orders"))
        .basic_auth(CK, Some(CS))
        .header("content-type", "application/json")
        .body(r#"{}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        401,
        "the key's read permission refuses the write before dispatch"
    );
    assert_eq!(header(&r, "allow"), "", "refused before a route matched");
    s.shutdown().await;
    ro.shutdown().await;
}

#[tokio::test]
async fn posts_read_and_update_like_wordpress() {
    let s = store("healthy").await;
    let c = client(&s);
    let list = c.get(url(&s, "/wp-json/wp/v2/posts")).send().await.unwrap();
    assert_eq!(list.status(), 200);
    assert_eq!(
        (
            header(&list, "x-wp-total"),
            header(&list, "x-wp-totalpages"),
            header(&list, "allow")
        ),
        ("1", "1", "GET")
    );
    let posts = json(&text(list).await);
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
    let r = c.get(&one).send().await.unwrap();
    assert_eq!(r.status(), 200);
    // A public post links its page instead of the API root.
    assert!(
        header(&r, "link").ends_with("/hello-world/>; rel=\"alternate\"; type=text/html"),
        "{}",
        header(&r, "link")
    );
    let post = json(&text(r).await);
    assert_eq!(post["title"]["rendered"], "Hello world!");

    // No credentials: the edit is refused, reading stays allowed.
    let r = c
        .put(&one)
        .header("content-type", "application/json")
        .body(r#"{}"#)
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), header(&r, "allow")), (401, "GET"));
    assert_eq!(
        text(r).await,
        wp_error(
            "rest_cannot_edit",
            "Sorry, you are not allowed to edit this post.",
            401
        )
    );
    assert_eq!(s.writes(), 0);

    // The administrator's application password: 200, the post in the edit context.
    let r = c
        .put(&one)
        .basic_auth(TEST_WP_USER, Some(TEST_WP_APP_PASSWORD))
        .header("content-type", "application/json")
        .body(r#"{"excerpt": "Updated"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(
        (r.status().as_u16(), header(&r, "allow")),
        (200, "GET, POST, PUT, PATCH, DELETE")
    );
    let post = json(&text(r).await);
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
    let r = c.get(&one).send().await.unwrap();
    assert_eq!(
        json(&text(r).await)["excerpt"]["rendered"],
        "<p>Updated</p>\n"
    );

    let r = c
        .put(url(&s, "/wp-json/wp/v2/posts/99"))
        .basic_auth(TEST_WP_USER, Some(TEST_WP_APP_PASSWORD))
        .header("content-type", "application/json")
        .body(r#"{}"#)
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), header(&r, "allow")), (404, ""));
    assert_eq!(
        text(r).await,
        wp_error("rest_post_invalid_id", "Invalid post ID.", 404)
    );
    let r = c
        .post(url(&s, "/wp-json/wp/v2/posts"))
        .header("content-type", "application/json")
        .body(r#"{"title": "New"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(
        text(r).await,
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
    let s = store("woocommerce-inactive").await;
    let c = client(&s);
    let me = url(&s, "/wp-json/wp/v2/users/me");
    let not_logged_in = wp_error(
        "rest_not_logged_in",
        "You are not currently logged in.",
        401,
    );
    for (user, password) in [
        ("handshake-header-check", "nope"),
        (TEST_WP_USER, "wron gpas swor dwro ngpa sswo"),
    ] {
        let r = c
            .get(&me)
            .basic_auth(user, Some(password))
            .send()
            .await
            .unwrap();
        assert_eq!(
            (r.status().as_u16(), header(&r, "allow")),
            (401, "GET"),
            "{user}"
        );
        assert_eq!(text(r).await, not_logged_in);
    }
    let r = c
        .get(&me)
        .basic_auth(TEST_WP_USER, Some(TEST_WP_APP_PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let user = json(&text(r).await);
    assert_eq!(
        keys(&user),
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
    let w = store("healthy").await;
    let c = client(&w);
    let r = c
        .get(url(&w, "/wp-json/wp/v2/users/me"))
        .basic_auth(TEST_WP_USER, Some("wron gpas swor dwro ngpa sswo"))
        .send()
        .await
        .unwrap();
    assert_eq!(header(&r, "allow"), "", "reported before dispatch");
    assert!(text(r).await.contains("incorrect_password"));
    let r = c
        .get(url(&w, "/wp-json/wp/v2/users/me"))
        .basic_auth(TEST_WP_USER, Some(TEST_WP_APP_PASSWORD))
        .send()
        .await
        .unwrap();
    let user = json(&text(r).await);
    assert!(user.get("woocommerce_meta").is_some() && user.get("is_super_admin").is_some());
    s.shutdown().await;
    w.shutdown().await;
}
