//! `/wc/v3/{orders,products,customers,coupons}`: WooCommerce's CRUD controllers' permission
//! checks, error codes and statuses; writes are counted so tests can prove probes change nothing.

use http::Method;

use super::data::{item_id, Resource};
use crate::context::Ctx;
use crate::ojson::{oj, J};
use crate::state::Db;
use crate::wordpress::rest_request::RestRequest;
use crate::wordpress::{auth_required_code, RestOut, WpError};

fn links(ctx: &Ctx, res: Resource, id: i64) -> J {
    let base = format!("/wc/v3/{}", res.rest_base());
    oj!({
        "self": [{"href": (ctx.rest_url(&format!("{base}/{id}")))}],
        "collection": [{"href": (ctx.rest_url(&base))}]
    })
}

fn render(ctx: &Ctx, res: Resource, item: &J) -> J {
    let mut out = item.clone();
    out.set("_links", links(ctx, res, item_id(item)));
    out
}

/// Methods of the route the user may call (`rest_send_allow_header`), sent with every answer of a
/// matched route, errors included. `item`: `None` for the collection route, `Some(exists)` for the
/// item route, whether its object exists after the handler ran (WooCommerce's permission checks pass
/// for an object that does not exist).
fn allow(rq: &RestRequest, res: Resource, item: Option<bool>) -> Option<String> {
    let [read, create, edit, delete] = res.caps();
    // WooCommerce's checks pass for an object that does not exist, except for orders: their
    // controller (WC_REST_Orders_V2_Controller) first requires reading shop orders.
    let may = |cap: &str| {
        rq.can(cap) || (item == Some(false) && (res != Resource::Orders || rq.can(read)))
    };
    let mut methods = Vec::new();
    if may(read) {
        methods.push("GET");
    }
    if item.is_some() {
        if may(edit) {
            methods.extend(["POST", "PUT", "PATCH"]);
        }
        if may(delete) {
            methods.push("DELETE");
        }
    } else if rq.can(create) {
        methods.push("POST");
    }
    (!methods.is_empty()).then(|| methods.join(", "))
}

fn with_allow(out: RestOut, allow: Option<String>) -> RestOut {
    match allow {
        Some(a) => out.header("Allow", a),
        None => out,
    }
}

/// The collection's address with the request's query (without `page`) and the route's defaults
/// that the request did not set (`add_query_arg( $request->get_query_params(), rest_url(…) )`).
fn page_base(ctx: &Ctx, res: Resource, defaults: &str) -> String {
    let mut parts: Vec<&str> = ctx
        .req
        .query_raw
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("page=") && !p.starts_with("rest_route="))
        .collect();
    for d in defaults.split('&').filter(|d| !d.is_empty()) {
        let name = d.split('=').next().unwrap_or(d);
        if !parts.iter().any(|p| p.split('=').next() == Some(name)) {
            parts.push(d);
        }
    }
    let url = ctx.rest_url(&format!("/wc/v3/{}", res.rest_base()));
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{}", parts.join("&"))
}

pub(crate) fn collection(ctx: &Ctx, rq: &RestRequest, db: &mut Db, res: Resource) -> RestOut {
    if !matches!(rq.method.as_str(), "GET" | "HEAD" | "POST") {
        return WpError::no_route().into();
    }
    let out = collection_response(ctx, rq, db, res);
    with_allow(out, allow(rq, res, None))
}

fn collection_response(ctx: &Ctx, rq: &RestRequest, db: &mut Db, res: Resource) -> RestOut {
    let [read, create, _, _] = res.caps();
    let code = auth_required_code(rq.user.is_some());
    match rq.method.as_str() {
        "GET" | "HEAD" => {
            if !rq.can(read) {
                return WpError::new(
                    "woocommerce_rest_cannot_view",
                    "Sorry, you cannot list resources.",
                    code,
                )
                .into();
            }
            let items = db.items.get(&res).cloned().unwrap_or_default();
            let per_page = rq.int_param(ctx, "per_page").unwrap_or(10).clamp(1, 100) as usize;
            let page = rq.int_param(ctx, "page").unwrap_or(1).max(1) as usize;
            let total = items.len();
            let pages = total.div_ceil(per_page);
            let body: Vec<J> = items
                .iter()
                .skip((page - 1) * per_page)
                .take(per_page)
                .map(|i| render(ctx, res, i))
                .collect();
            let body = super::only_fields(J::Arr(body), rq.param(ctx, "_fields").as_deref());
            let mut out = RestOut::ok(body)
                .header("X-WP-Total", total.to_string())
                .header("X-WP-TotalPages", pages.to_string());
            // Pagination links, as real WooCommerce 6.6.0 and 9.2.5 send them (seen on the
            // real-server testbed): the request's own query, then the route's defaults (only the
            // orders route adds any), then `page`.
            {
                let defaults = match res {
                    Resource::Orders => "status%5B0%5D=any&dp=2&context=view",
                    _ => "",
                };
                let base = page_base(ctx, res, defaults);
                let mut links = Vec::new();
                if page > 1 {
                    let prev = (page - 1).min(pages.max(1));
                    links.push(format!("<{base}&page={prev}>; rel=\"prev\""));
                }
                if pages > page {
                    links.push(format!("<{base}&page={}>; rel=\"next\"", page + 1));
                }
                if !links.is_empty() {
                    out = out.header("Link", links.join(", "));
                }
            }
            out
        }
        "POST" => {
            if !rq.can(create) {
                return WpError::new(
                    "woocommerce_rest_cannot_create",
                    "Sorry, you are not allowed to create resources.",
                    code,
                )
                .into();
            }
            if !rq.param_is_empty(ctx, "id") {
                let (c, m) = res.exists_error();
                return WpError::new(c, m, 400).into();
            }
            let id = db.next_object_id;
            db.next_object_id += 1;
            let mut item = res.template(id);
            if let Some(J::Obj(fields)) = rq.json.as_ref().map(J::from_value) {
                for (k, v) in fields {
                    if k != "id" && item.get(&k).is_some() {
                        item.set(&k, v);
                    }
                }
            }
            db.items.entry(res).or_default().insert(0, item.clone());
            db.writes += 1;
            let location = ctx.rest_url(&format!("/wc/v3/{}/{id}", res.rest_base()));
            let mut out = RestOut::ok(render(ctx, res, &item)).header("Location", location);
            out.status = 201;
            out
        }
        _ => WpError::no_route().into(),
    }
}

pub(crate) fn item(ctx: &Ctx, rq: &RestRequest, db: &mut Db, res: Resource, id: i64) -> RestOut {
    if !matches!(
        rq.method.as_str(),
        "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE"
    ) {
        return WpError::no_route().into();
    }
    let out = item_response(ctx, rq, db, res, id);
    // Checked after the handler, as WordPress does (`rest_post_dispatch`).
    let exists = db
        .items
        .get(&res)
        .is_some_and(|list| list.iter().any(|i| item_id(i) == id));
    with_allow(out, allow(rq, res, Some(exists)))
}

fn item_response(ctx: &Ctx, rq: &RestRequest, db: &mut Db, res: Resource, id: i64) -> RestOut {
    let [read, _, edit, delete] = res.caps();
    let code = auth_required_code(rq.user.is_some());
    let list = db.items.entry(res).or_default();
    let pos = list.iter().position(|i| item_id(i) == id);
    let (invalid_code, invalid_msg) = res.invalid_id();
    // The permission check passes for an object that does not exist (WC_REST_CRUD_Controller),
    // except for orders, whose controller requires reading shop orders first (get, update and
    // delete_item_permissions_check of WC_REST_Orders_V2_Controller, in 6.6.0 and 9.2.5).
    let unknown_order = pos.is_none() && res == Resource::Orders && !rq.can(read);
    match rq.method {
        Method::GET | Method::HEAD => {
            if (pos.is_some() && !rq.can(read)) || unknown_order {
                return WpError::new(
                    "woocommerce_rest_cannot_view",
                    "Sorry, you cannot view this resource.",
                    code,
                )
                .into();
            }
            let Some(p) = pos else {
                return WpError::new(invalid_code, invalid_msg, 404).into();
            };
            RestOut::ok(render(ctx, res, &list[p]))
        }
        Method::POST | Method::PUT | Method::PATCH => {
            if (pos.is_some() && !rq.can(edit)) || unknown_order {
                return WpError::new(
                    "woocommerce_rest_cannot_edit",
                    "Sorry, you are not allowed to edit this resource.",
                    code,
                )
                .into();
            }
            let Some(p) = pos else {
                return WpError::new(invalid_code, invalid_msg, 400).into();
            };
            if let Some(J::Obj(fields)) = rq.json.as_ref().map(J::from_value) {
                for (k, v) in fields {
                    if k != "id" && list[p].get(&k).is_some() {
                        list[p].set(&k, v);
                    }
                }
            }
            let item = list[p].clone();
            db.writes += 1;
            RestOut::ok(render(ctx, res, &item))
        }
        Method::DELETE => {
            if (pos.is_some() && !rq.can(delete)) || unknown_order {
                return WpError::new(
                    "woocommerce_rest_cannot_delete",
                    "Sorry, you are not allowed to delete this resource.",
                    code,
                )
                .into();
            }
            let Some(p) = pos else {
                return WpError::new(invalid_code, invalid_msg, 404).into();
            };
            let force = matches!(rq.param(ctx, "force").as_deref(), Some("true") | Some("1"));
            let item = if force || res == Resource::Customers {
                list.remove(p)
            } else {
                list[p].set("status", "trash");
                list[p].clone()
            };
            db.writes += 1;
            RestOut::ok(render(ctx, res, &item))
        }
        _ => WpError::no_route().into(),
    }
}
