//! The REST index (`/wp-json/`) and namespace indexes (`/wp-json/wc/v3`).

use crate::context::Ctx;
use crate::ojson::{oj, J};
use crate::pages::{SITE_DESCRIPTION, SITE_NAME};
use crate::wordpress::RestOut;

/// Namespaces as observed on the real store (WooCommerce ones only when it is active).
fn namespaces(woocommerce: bool) -> Vec<&'static str> {
    let all = [
        "oembed/1.0",
        "wc-admin",
        "wc-analytics",
        "wc/store",
        "wc/store/v1",
        "wc/v1",
        "wc/v2",
        "wc/v3",
        "wc-telemetry",
        "wccom-site/v1",
        "wp/v2",
        "wp-site-health/v1",
        "wp-block-editor/v1",
    ];
    all.into_iter()
        .filter(|n| woocommerce || !(n.starts_with("wc") || n.starts_with("wccom")))
        .collect()
}

fn ctx_arg() -> J {
    oj!({
        "description": "Scope under which the request is made; determines fields present in response.",
        "type": "string",
        "enum": ["view", "edit"],
        "default": "view",
        "required": false
    })
}

fn list_args() -> J {
    oj!({
        "context": (ctx_arg()),
        "page": {"description": "Current page of the collection.", "type": "integer", "default": 1, "minimum": 1, "required": false},
        "per_page": {"description": "Maximum number of items to be returned in result set.", "type": "integer", "default": 10, "minimum": 1, "maximum": 100, "required": false}
    })
}

/// One entry of `routes`; `methods` per endpoint.
fn route(ctx: &Ctx, namespace: &str, path: &str, endpoints: &[&[&str]], link: bool) -> J {
    let all: Vec<J> = {
        let mut m: Vec<&str> = Vec::new();
        for e in endpoints {
            for x in *e {
                if !m.contains(x) {
                    m.push(x);
                }
            }
        }
        m.into_iter().map(J::from).collect()
    };
    let eps: Vec<J> = endpoints
        .iter()
        .map(|e| {
            let args = if e.contains(&"GET") {
                list_args()
            } else {
                J::obj()
            };
            oj!({"methods": (e.iter().map(|m| J::from(*m)).collect::<Vec<J>>()), "args": args})
        })
        .collect();
    let mut r = oj!({"namespace": namespace, "methods": (J::Arr(all)), "endpoints": (J::Arr(eps))});
    if link {
        r.set("_links", oj!({"self": [{"href": (ctx.rest_url(path))}]}));
    }
    r
}

const GET: &[&str] = &["GET"];
const POST: &[&str] = &["POST"];
const EDIT: &[&str] = &["POST", "PUT", "PATCH"];
const DELETE: &[&str] = &["DELETE"];

fn wc_routes(ctx: &Ctx) -> Vec<(String, J)> {
    let mut out = vec![("/wc/v3".to_string(), namespace_route(ctx, "wc/v3"))];
    for base in ["coupons", "customers", "orders", "products"] {
        let p = format!("/wc/v3/{base}");
        out.push((p.clone(), route(ctx, "wc/v3", &p, &[GET, POST], true)));
        let item = format!("/wc/v3/{base}/(?P<id>[\\d]+)");
        out.push((
            item.clone(),
            route(ctx, "wc/v3", &item, &[GET, EDIT, DELETE], false),
        ));
    }
    for p in ["/wc/v3/reports", "/wc/v3/system_status"] {
        out.push((p.to_string(), route(ctx, "wc/v3", p, &[GET], true)));
    }
    out
}

fn namespace_route(ctx: &Ctx, ns: &str) -> J {
    let path = format!("/{ns}");
    let mut r = route(ctx, ns, &path, &[GET], true);
    if let Some(J::Arr(eps)) = match &mut r {
        J::Obj(e) => e.iter_mut().find(|(k, _)| k == "endpoints").map(|(_, v)| v),
        _ => None,
    } {
        *eps = vec![oj!({"methods": ["GET"], "args": {
            "namespace": {"default": ns, "required": false},
            "context": {"default": "view", "required": false}
        }})];
    }
    r
}

fn wp_routes(ctx: &Ctx) -> Vec<(String, J)> {
    vec![
        ("/wp/v2".to_string(), namespace_route(ctx, "wp/v2")),
        (
            "/wp/v2/posts".to_string(),
            route(ctx, "wp/v2", "/wp/v2/posts", &[GET, POST], true),
        ),
        (
            "/wp/v2/users/me".to_string(),
            route(ctx, "wp/v2", "/wp/v2/users/me", &[GET, EDIT, DELETE], true),
        ),
    ]
}

/// `GET /` (WP_REST_Server::get_index).
pub(crate) fn index(ctx: &Ctx) -> RestOut {
    let woo = ctx.site().woocommerce;
    let home = ctx.home();
    let mut routes = vec![
        ("/".to_string(), {
            let mut r = route(ctx, "", "/", &[GET], true);
            r.set("endpoints", J::Arr(vec![oj!({"methods": ["GET"], "args": {"context": {"default": "view", "required": false}}})]));
            r
        }),
        (
            "/batch/v1".to_string(),
            route(ctx, "", "/batch/v1", &[POST], true),
        ),
        (
            "/oembed/1.0".to_string(),
            namespace_route(ctx, "oembed/1.0"),
        ),
    ];
    if woo {
        routes.extend(wc_routes(ctx));
    }
    routes.extend(wp_routes(ctx));
    // Application passwords are only available when is_ssl().
    let authentication = if ctx.is_ssl() {
        oj!({"application-passwords": {"endpoints": {
            "authorization": (format!("{home}/wp-admin/authorize-application.php"))
        }}})
    } else {
        J::Arr(Vec::new())
    };
    let body = oj!({
        "name": SITE_NAME,
        "description": SITE_DESCRIPTION,
        "url": (home.as_str()),
        "home": (home.as_str()),
        "gmt_offset": "0",
        "timezone_string": "",
        "namespaces": (namespaces(woo).into_iter().map(J::from).collect::<Vec<J>>()),
        "authentication": authentication,
        "routes": (J::Obj(routes)),
        "site_logo": 0,
        "site_icon": 0,
        "_links": {
            "help": [{"href": "https://developer.wordpress.org/rest-api/"}]
        }
    });
    RestOut::ok(body).header("Allow", "GET")
}

/// `GET /{namespace}`; `None` when the namespace is not registered.
pub(crate) fn namespace_index(ctx: &Ctx, ns: &str) -> Option<RestOut> {
    if !namespaces(ctx.site().woocommerce).contains(&ns) {
        return None;
    }
    let routes: Vec<(String, J)> = match ns {
        "wc/v3" => wc_routes(ctx),
        "wp/v2" => wp_routes(ctx),
        _ => vec![(format!("/{ns}"), namespace_route(ctx, ns))],
    };
    let body = oj!({
        "namespace": ns,
        "routes": (J::Obj(routes)),
        "_links": {"up": [{"href": (ctx.rest_root())}]}
    });
    Some(RestOut::ok(body).header("Allow", "GET"))
}
