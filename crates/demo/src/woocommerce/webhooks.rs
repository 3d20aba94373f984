//! `GET /wc/v3/webhooks`: the webhooks list (manage_woocommerce), filtered by `status`. In
//! webhooks-disabled one webhook is Disabled, as WooCommerce leaves it after 5 failed deliveries in
//! a row; other scenarios have none.

use crate::context::Ctx;
use crate::ojson::{oj, J};
use crate::wordpress::rest_request::RestRequest;
use crate::wordpress::RestOut;

struct Hook {
    id: i64,
    name: &'static str,
    status: &'static str,
    topic: &'static str,
    hooks: &'static [&'static str],
    delivery_url: &'static str,
    created: &'static str,
}

const HOOKS: &[Hook] = &[
    Hook {
        id: 3,
        name: "Acme Sync: order created",
        status: "disabled",
        topic: "order.created",
        hooks: &[
            "woocommerce_new_order",
            "woocommerce_rest_insert_shop_order_object",
        ],
        delivery_url: "https://hooks.acme.example/woocommerce/orders",
        created: "2026-09-14T10:02:11",
    },
    Hook {
        id: 4,
        name: "Acme Sync: product updated",
        status: "active",
        topic: "product.updated",
        hooks: &[
            "woocommerce_process_product_meta",
            "woocommerce_update_product",
        ],
        delivery_url: "https://hooks.acme.example/woocommerce/products",
        created: "2026-09-14T10:02:40",
    },
];

pub(crate) fn list(ctx: &Ctx, rq: &RestRequest) -> RestOut {
    if let Err(e) = super::manager_check(rq, "manage_woocommerce") {
        return e.into();
    }
    let status = ctx.req.get("status").unwrap_or("all");
    let hooks: Vec<J> = HOOKS
        .iter()
        .filter(|_| ctx.site().webhook_disabled)
        .filter(|h| status == "all" || h.status == status)
        .map(|h| {
            let (resource, event) = h.topic.split_once('.').unwrap_or((h.topic, ""));
            oj!({
                "id": (h.id),
                "name": (h.name),
                "status": (h.status),
                "topic": (h.topic),
                "resource": resource,
                "event": event,
                "hooks": (J::Arr(h.hooks.iter().map(|s| J::from(*s)).collect())),
                "delivery_url": (h.delivery_url),
                "date_created": (h.created),
                "date_created_gmt": (h.created),
                "date_modified": (h.created),
                "date_modified_gmt": (h.created),
                "_links": {
                    "self": [{"href": (ctx.rest_url(&format!("/wc/v3/webhooks/{}", h.id)))}],
                    "collection": [{"href": (ctx.rest_url("/wc/v3/webhooks"))}]
                }
            })
        })
        .collect();
    let total = hooks.len();
    RestOut::ok(J::Arr(hooks))
        .header("X-WP-Total", total.to_string())
        .header("X-WP-TotalPages", if total == 0 { "0" } else { "1" })
        .header("Allow", "GET, POST")
}
