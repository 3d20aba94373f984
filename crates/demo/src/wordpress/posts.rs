//! `/wp/v2/posts` and `/wp/v2/posts/<id>` (`WP_REST_Posts_Controller`, WordPress 6.1): the
//! installed site's "Hello world!" post, read in the `view` context, written (and answered) in the
//! `edit` context, with the permission errors and statuses a real WordPress gave.

use crate::context::Ctx;
use crate::ojson::{oj, J};
use crate::scenario::Permalinks;
use crate::state::Db;
use crate::wordpress::post_row::Post;
use crate::wordpress::rest_request::RestRequest;
use crate::wordpress::{auth_required_code, RestOut, WpError};

const STATUSES: [&str; 5] = ["publish", "future", "draft", "pending", "private"];

fn now() -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    time::OffsetDateTime::now_utc()
        .format(&fmt)
        .unwrap_or_default()
}

/// `sanitize_title()`, roughly: lowercase letters and digits, other runs become one dash.
fn sanitize_title(title: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

fn has_blocks(content: &str) -> bool {
    content.contains("<!-- wp:")
}

/// `the_content`: block comments removed (`do_blocks`), classic text wrapped in paragraphs (`wpautop`).
fn render_content(raw: &str) -> String {
    if has_blocks(raw) {
        let mut out = String::new();
        let mut rest = raw;
        while let Some(start) = rest.find("<!-- ") {
            let comment = &rest[start..];
            let is_block = comment.starts_with("<!-- wp:") || comment.starts_with("<!-- /wp:");
            match comment.find("-->") {
                Some(end) if is_block => {
                    out.push_str(&rest[..start]);
                    rest = &rest[start + end + 3..];
                }
                _ => {
                    out.push_str(&rest[..start + 5]);
                    rest = &rest[start + 5..];
                }
            }
        }
        out.push_str(rest);
        return out;
    }
    raw.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{p}</p>\n"))
        .collect()
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// `the_excerpt`: the excerpt, or the content's first 55 words.
fn render_excerpt(post: &Post) -> String {
    if !post.excerpt.is_empty() {
        return format!("<p>{}</p>\n", post.excerpt);
    }
    let text = strip_tags(&render_content(&post.content));
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return String::new();
    }
    let more = if words.len() > 55 { " [&hellip;]" } else { "" };
    format!("<p>{}{more}</p>\n", words[..words.len().min(55)].join(" "))
}

fn link(ctx: &Ctx, post: &Post) -> String {
    let home = ctx.home();
    if post.status == "publish"
        && !post.slug.is_empty()
        && ctx.site().permalinks != Permalinks::Plain
    {
        format!("{home}/{}/", post.slug)
    } else {
        format!("{home}/?p={}", post.id)
    }
}

fn links(ctx: &Ctx, post: &Post, edit: bool) -> J {
    let item = ctx.rest_url(&format!("/wp/v2/posts/{}", post.id));
    let mut l = oj!({
        "self": [{"href": (item.as_str())}],
        "collection": [{"href": (ctx.rest_url("/wp/v2/posts"))}],
        "about": [{"href": (ctx.rest_url("/wp/v2/types/post"))}],
        "author": [{"embeddable": true, "href": (ctx.rest_url(&format!("/wp/v2/users/{}", post.author)))}],
        "replies": [{"embeddable": true, "href": (ctx.rest_url(&format!("/wp/v2/comments?post={}", post.id)))}],
        "version-history": [{"count": (post.revisions.len()), "href": (ctx.rest_url(&format!("/wp/v2/posts/{}/revisions", post.id)))}]
    });
    if let Some(last) = post.revisions.last() {
        l.set("predecessor-version", oj!([{"id": (*last), "href": (ctx.rest_url(&format!("/wp/v2/posts/{}/revisions/{last}", post.id)))}]));
    }
    l.set(
        "wp:attachment",
        oj!([{"href": (ctx.rest_url(&format!("/wp/v2/media?parent={}", post.id)))}]),
    );
    l.set(
        "wp:term",
        oj!([
            {"taxonomy": "category", "embeddable": true, "href": (ctx.rest_url(&format!("/wp/v2/categories?post={}", post.id)))},
            {"taxonomy": "post_tag", "embeddable": true, "href": (ctx.rest_url(&format!("/wp/v2/tags?post={}", post.id)))}
        ]),
    );
    if edit {
        for action in [
            "publish",
            "unfiltered-html",
            "sticky",
            "assign-author",
            "create-categories",
            "assign-categories",
            "create-tags",
            "assign-tags",
        ] {
            l.set(
                &format!("wp:action-{action}"),
                oj!([{"href": (item.as_str())}]),
            );
        }
    }
    l.set(
        "curies",
        oj!([{"name": "wp", "href": "https://api.w.org/{rel}", "templated": true}]),
    );
    l
}

/// `prepare_item_for_response` in the `view` (false) or `edit` (true) context.
fn render(ctx: &Ctx, post: &Post, edit: bool) -> J {
    let guid = format!("{}/?p={}", ctx.home(), post.id);
    let content = render_content(&post.content);
    let excerpt = render_excerpt(post);
    let mut out = oj!({
        "id": (post.id),
        "date": (post.date.as_str()),
        "date_gmt": (post.date.as_str()),
        "guid": {"rendered": (guid.as_str())},
        "modified": (post.modified.as_str()),
        "modified_gmt": (post.modified.as_str())
    });
    if edit {
        out.set(
            "guid",
            oj!({"rendered": (guid.as_str()), "raw": (guid.as_str())}),
        );
        out.set("password", "");
    }
    out.set("slug", post.slug.as_str());
    out.set("status", post.status.as_str());
    out.set("type", "post");
    out.set("link", link(ctx, post));
    if edit {
        out.set(
            "title",
            oj!({"raw": (post.title.as_str()), "rendered": (post.title.as_str())}),
        );
        out.set(
            "content",
            oj!({"raw": (post.content.as_str()), "rendered": (content.as_str()), "protected": false, "block_version": (i64::from(has_blocks(&post.content)))}),
        );
        out.set("excerpt", oj!({"raw": (post.excerpt.as_str()), "rendered": (excerpt.as_str()), "protected": false}));
    } else {
        out.set("title", oj!({"rendered": (post.title.as_str())}));
        out.set(
            "content",
            oj!({"rendered": (content.as_str()), "protected": false}),
        );
        out.set(
            "excerpt",
            oj!({"rendered": (excerpt.as_str()), "protected": false}),
        );
    }
    for (k, v) in [
        ("author", J::from(post.author)),
        ("featured_media", J::Int(0)),
        ("comment_status", J::from("open")),
        ("ping_status", J::from("open")),
        ("sticky", J::Bool(false)),
        ("template", J::from("")),
        ("format", J::from("standard")),
        ("meta", J::Arr(Vec::new())),
        ("categories", oj!([1])),
        ("tags", J::Arr(Vec::new())),
    ] {
        out.set(k, v);
    }
    if edit {
        let template = match ctx.site().permalinks {
            Permalinks::Plain => format!("{}/?p={}", ctx.home(), post.id),
            _ => format!("{}/%postname%/", ctx.home()),
        };
        out.set("permalink_template", template);
        let generated = if post.slug.is_empty() {
            sanitize_title(&post.title)
        } else {
            post.slug.clone()
        };
        out.set("generated_slug", generated);
    }
    out.set("_links", links(ctx, post, edit));
    out
}

fn can_edit(rq: &RestRequest) -> bool {
    rq.can("edit_posts")
}

fn wants_edit_context(ctx: &Ctx, rq: &RestRequest) -> bool {
    rq.param(ctx, "context").as_deref() == Some("edit")
}

/// A text field as sent: a string, or `{"raw": …}`.
fn text_param(ctx: &Ctx, rq: &RestRequest, name: &str) -> Option<String> {
    if let Some(raw) = rq
        .json
        .as_ref()
        .and_then(|j| j.get(name))
        .and_then(|v| v.get("raw"))
        .and_then(|v| v.as_str())
    {
        return Some(raw.to_string());
    }
    rq.param(ctx, name)
}

fn invalid_status() -> RestOut {
    let message = format!("status is not one of {}.", STATUSES.join(", "));
    RestOut {
        status: 400,
        body: oj!({
            "code": "rest_invalid_param",
            "message": "Invalid parameter(s): status",
            "data": {
                "status": 400,
                "params": {"status": (message.as_str())},
                "details": {"status": {"code": "rest_not_in_enum", "message": (message.as_str()), "data": null}}
            }
        }),
        headers: Vec::new(),
    }
}

/// Applies the fields of a create or update request; `Err` for a value WordPress's schema refuses.
fn apply(ctx: &Ctx, rq: &RestRequest, post: &mut Post) -> Result<(), RestOut> {
    if let Some(status) = rq.param(ctx, "status") {
        if !STATUSES.contains(&status.as_str()) {
            return Err(invalid_status());
        }
        post.status = status;
    }
    if let Some(title) = text_param(ctx, rq, "title") {
        post.title = title;
    }
    if let Some(content) = text_param(ctx, rq, "content") {
        post.content = content;
    }
    if let Some(excerpt) = text_param(ctx, rq, "excerpt") {
        post.excerpt = excerpt;
    }
    if let Some(slug) = rq.param(ctx, "slug") {
        post.slug = sanitize_title(&slug);
    }
    if post.slug.is_empty() && post.status == "publish" {
        post.slug = sanitize_title(&post.title);
    }
    Ok(())
}

/// `rest_send_allow_header`: the route's methods whose permission check passes for this request.
fn allow(methods: &[(&'static str, bool)]) -> Option<String> {
    let allowed: Vec<&str> = methods
        .iter()
        .filter(|(_, ok)| *ok)
        .map(|(m, _)| *m)
        .collect();
    (!allowed.is_empty()).then(|| allowed.join(", "))
}

fn with_allow(out: RestOut, allow: Option<String>) -> RestOut {
    match allow {
        Some(a) => out.header("Allow", a),
        None => out,
    }
}

/// `/wp/v2/posts`. `None`: the route has no such method.
pub(crate) fn collection(ctx: &Ctx, rq: &RestRequest, db: &mut Db) -> Option<RestOut> {
    let code = auth_required_code(rq.user.is_some());
    let out = match rq.method.as_str() {
        "GET" | "HEAD" => list(ctx, rq, db, code),
        "POST" => create(ctx, rq, db, code),
        _ => return None,
    };
    let read = !wants_edit_context(ctx, rq) || can_edit(rq);
    Some(with_allow(
        out,
        allow(&[("GET", read), ("POST", can_edit(rq))]),
    ))
}

fn list(ctx: &Ctx, rq: &RestRequest, db: &Db, code: u16) -> RestOut {
    let edit = wants_edit_context(ctx, rq);
    if edit && !can_edit(rq) {
        return WpError::new(
            "rest_forbidden_context",
            "Sorry, you are not allowed to edit posts in this post type.",
            code,
        )
        .into();
    }
    let per_page = rq.int_param(ctx, "per_page").unwrap_or(10).clamp(1, 100) as usize;
    let page = rq.int_param(ctx, "page").unwrap_or(1).max(1) as usize;
    // Newest first; the default `status` is `publish`.
    let published: Vec<&Post> = db
        .posts
        .iter()
        .rev()
        .filter(|p| p.status == "publish")
        .collect();
    let total = published.len();
    let pages = total.div_ceil(per_page);
    if page > pages && total > 0 {
        return WpError::new(
            "rest_post_invalid_page_number",
            "The page number requested is larger than the number of pages available.",
            400,
        )
        .into();
    }
    let items: Vec<J> = published
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .map(|p| render(ctx, p, edit))
        .collect();
    RestOut::ok(J::Arr(items))
        .header("X-WP-Total", total.to_string())
        .header("X-WP-TotalPages", pages.to_string())
}

fn create(ctx: &Ctx, rq: &RestRequest, db: &mut Db, code: u16) -> RestOut {
    if !rq.param_is_empty(ctx, "id") {
        return WpError::new("rest_post_exists", "Cannot create existing post.", 400).into();
    }
    if !can_edit(rq) {
        return WpError::new(
            "rest_cannot_create",
            "Sorry, you are not allowed to create posts as this user.",
            code,
        )
        .into();
    }
    let id = db.next_object_id;
    let stamp = now();
    let mut post = Post {
        id,
        date: stamp.clone(),
        modified: stamp,
        slug: String::new(),
        status: "draft".into(),
        title: String::new(),
        content: String::new(),
        excerpt: String::new(),
        author: rq.user.as_ref().map_or(0, |u| u.id),
        revisions: Vec::new(),
    };
    if let Err(out) = apply(ctx, rq, &mut post) {
        return out;
    }
    db.next_object_id += 1;
    db.writes += 1;
    let mut out = RestOut::ok(render(ctx, &post, true))
        .header("Location", ctx.rest_url(&format!("/wp/v2/posts/{id}")));
    out.status = 201;
    db.posts.push(post);
    out
}

/// `/wp/v2/posts/<id>`. `None`: the route has no such method.
pub(crate) fn item(ctx: &Ctx, rq: &RestRequest, db: &mut Db, id: i64) -> Option<RestOut> {
    let code = auth_required_code(rq.user.is_some());
    let Some(pos) = db.posts.iter().position(|p| p.id == id) else {
        // Every permission check fails on a missing post, so no method is allowed.
        return matches!(
            rq.method.as_str(),
            "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE"
        )
        .then(|| WpError::new("rest_post_invalid_id", "Invalid post ID.", 404).into());
    };
    let out = match rq.method.as_str() {
        "GET" | "HEAD" => read(ctx, rq, &db.posts[pos], code),
        "POST" | "PUT" | "PATCH" => update(ctx, rq, db, pos, code),
        "DELETE" => delete(ctx, rq, db, pos, code),
        _ => return None,
    };
    // Checked after the handler, as WordPress does (`rest_post_dispatch`): a deleted post allows nothing.
    let allowed = match db.posts.iter().find(|p| p.id == id) {
        Some(post) => {
            let readable = if post.status == "publish" {
                !wants_edit_context(ctx, rq) || can_edit(rq)
            } else {
                can_edit(rq)
            };
            allow(&[
                ("GET", readable),
                ("POST", can_edit(rq)),
                ("PUT", can_edit(rq)),
                ("PATCH", can_edit(rq)),
                ("DELETE", rq.can("delete_posts")),
            ])
        }
        None => None,
    };
    Some(with_allow(out, allowed))
}

fn read(ctx: &Ctx, rq: &RestRequest, post: &Post, code: u16) -> RestOut {
    let edit = wants_edit_context(ctx, rq);
    if edit && !can_edit(rq) {
        return WpError::new(
            "rest_forbidden_context",
            "Sorry, you are not allowed to edit this post.",
            code,
        )
        .into();
    }
    // `check_read_permission()` is false: WordPress's generic refusal.
    if post.status != "publish" && !can_edit(rq) {
        return WpError::new(
            "rest_forbidden",
            "Sorry, you are not allowed to do that.",
            code,
        )
        .into();
    }
    let out = RestOut::ok(render(ctx, post, edit));
    if post.status == "publish" {
        // Publicly viewable: the post's page, which replaces the API root link.
        out.header(
            "Link",
            format!("<{}>; rel=\"alternate\"; type=text/html", link(ctx, post)),
        )
    } else {
        out
    }
}

fn update(ctx: &Ctx, rq: &RestRequest, db: &mut Db, pos: usize, code: u16) -> RestOut {
    if !can_edit(rq) {
        return WpError::new(
            "rest_cannot_edit",
            "Sorry, you are not allowed to edit this post.",
            code,
        )
        .into();
    }
    let mut post = db.posts[pos].clone();
    if let Err(out) = apply(ctx, rq, &mut post) {
        return out;
    }
    let before = &db.posts[pos];
    let changed = (&before.title, &before.content, &before.excerpt)
        != (&post.title, &post.content, &post.excerpt);
    // `wp_save_post_revision`: the first update always stores one, later ones when a field changed.
    if post.revisions.is_empty() || changed {
        post.revisions.push(db.next_object_id);
        db.next_object_id += 1;
    }
    post.modified = now();
    db.writes += 1;
    let out = RestOut::ok(render(ctx, &post, true));
    db.posts[pos] = post;
    out
}

fn delete(ctx: &Ctx, rq: &RestRequest, db: &mut Db, pos: usize, code: u16) -> RestOut {
    if !rq.can("delete_posts") {
        return WpError::new(
            "rest_cannot_delete",
            "Sorry, you are not allowed to delete this post.",
            code,
        )
        .into();
    }
    let force = matches!(rq.param(ctx, "force").as_deref(), Some("true") | Some("1"));
    if force {
        let previous = render(ctx, &db.posts.remove(pos), true);
        db.writes += 1;
        return RestOut::ok(oj!({"deleted": true, "previous": previous}));
    }
    if db.posts[pos].status == "trash" {
        return WpError::new(
            "rest_already_trashed",
            "The post has already been deleted.",
            410,
        )
        .into();
    }
    db.posts[pos].status = "trash".into();
    db.writes += 1;
    RestOut::ok(render(ctx, &db.posts[pos], true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_blocks_and_excerpts_like_wordpress() {
        let post = Post::hello_world();
        assert_eq!(
            render_content(&post.content),
            "\n<p>Welcome to WordPress. This is your first post. Edit or delete it, then start writing!</p>\n"
        );
        assert_eq!(
            render_excerpt(&post),
            "<p>Welcome to WordPress. This is your first post. Edit or delete it, then start writing!</p>\n"
        );
        assert_eq!(render_content("One.\n\nTwo."), "<p>One.</p>\n<p>Two.</p>\n");
        assert_eq!(sanitize_title("Hello, World! 2"), "hello-world-2");
    }
}
