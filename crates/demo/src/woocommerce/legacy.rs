//! The Legacy REST API (`/wc-api/v1..v3/`, or `?wc-api-version=&wc-api-route=`). Without the
//! "WooCommerce Legacy REST API" plugin, WooCommerce 9+ (`LegacyRestApiStub`) and older versions with
//! the Legacy API switched off answer 404 `woocommerce_api_disabled` during `parse_request`, before
//! WordPress sends its own headers. With the plugin active (legacy-api-plugin) the index answers.

use crate::context::Ctx;
use crate::ojson::oj;
use crate::pages::WC_VERSION;
use crate::response::{build, Resp};

pub(crate) fn serve(ctx: &Ctx) -> Resp {
    if !ctx.site().legacy_api_plugin {
        let body = oj!({"errors": {
            "code": "woocommerce_api_disabled",
            "message": "The WooCommerce API is disabled on this site"
        }});
        return build(404, "application/json; charset=UTF-8", body.encode());
    }
    let home = ctx.home();
    let body = oj!({"store": {
        "name": "Handshake Test Store",
        "description": "Just another WordPress site",
        "URL": (home.as_str()),
        "wc_version": WC_VERSION,
        "version": "3.1.0",
        "routes": {
            "/": {"supports": ["HEAD", "GET"], "meta": {"self": (format!("{home}/wc-api/v3/"))}},
            "/orders": {"supports": ["HEAD", "GET", "POST"], "meta": {"self": (format!("{home}/wc-api/v3/orders"))}, "accepts_data": true}
        },
        "meta": {
            "timezone": "UTC",
            "currency": "EUR",
            "currency_format": "&euro;",
            "currency_position": "left",
            "thousand_separator": ",",
            "decimal_separator": ".",
            "price_num_decimals": 2,
            "tax_included": false,
            "weight_unit": "kg",
            "dimension_unit": "cm",
            "ssl_enabled": (ctx.is_ssl()),
            "permalinks_enabled": true,
            "generate_password": true,
            "links": {"help": "https://woocommerce.github.io/woocommerce-rest-api-docs/"}
        }
    }});
    build(200, "application/json; charset=UTF-8", body.encode())
}
