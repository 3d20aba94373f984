//! WooCommerce resources: their capabilities and error codes, and the seed objects.

use std::collections::BTreeMap;

use crate::ojson::{oj, J};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Resource {
    Orders,
    Products,
    Customers,
    Coupons,
}

impl Resource {
    pub(crate) fn from_base(base: &str) -> Option<Resource> {
        match base {
            "orders" => Some(Resource::Orders),
            "products" => Some(Resource::Products),
            "customers" => Some(Resource::Customers),
            "coupons" => Some(Resource::Coupons),
            _ => None,
        }
    }

    pub(crate) fn rest_base(self) -> &'static str {
        match self {
            Resource::Orders => "orders",
            Resource::Products => "products",
            Resource::Customers => "customers",
            Resource::Coupons => "coupons",
        }
    }

    /// read / create / edit / delete capabilities (wc_rest_check_post_permissions and
    /// wc_rest_check_user_permissions).
    pub(crate) fn caps(self) -> [&'static str; 4] {
        match self {
            Resource::Orders => [
                "read_private_shop_orders",
                "publish_shop_orders",
                "edit_shop_orders",
                "delete_shop_orders",
            ],
            Resource::Products => [
                "read_private_products",
                "publish_products",
                "edit_products",
                "delete_products",
            ],
            Resource::Customers => [
                "list_users",
                // wc_rest_check_user_permissions( 'create' ): a Shop Manager lacks it.
                "promote_users",
                "edit_users",
                "delete_users",
            ],
            Resource::Coupons => [
                "read_private_shop_coupons",
                "publish_shop_coupons",
                "edit_shop_coupons",
                "delete_shop_coupons",
            ],
        }
    }

    /// `create_item` with an id: the harmless write probe's answer.
    pub(crate) fn exists_error(self) -> (&'static str, &'static str) {
        match self {
            Resource::Orders => (
                "woocommerce_rest_shop_order_exists",
                "Cannot create existing shop_order.",
            ),
            Resource::Products => (
                "woocommerce_rest_product_exists",
                "Cannot create existing product.",
            ),
            Resource::Coupons => (
                "woocommerce_rest_shop_coupon_exists",
                "Cannot create existing shop_coupon.",
            ),
            Resource::Customers => (
                "woocommerce_rest_customer_exists",
                "Cannot create existing resource.",
            ),
        }
    }

    /// Unknown object id (CRUD controllers; customers use the V1 wording).
    pub(crate) fn invalid_id(self) -> (&'static str, &'static str) {
        match self {
            Resource::Orders => ("woocommerce_rest_shop_order_invalid_id", "Invalid ID."),
            Resource::Products => ("woocommerce_rest_product_invalid_id", "Invalid ID."),
            Resource::Coupons => ("woocommerce_rest_shop_coupon_invalid_id", "Invalid ID."),
            Resource::Customers => ("woocommerce_rest_invalid_id", "Invalid resource ID."),
        }
    }

    /// A new object from a create request's fields.
    pub(crate) fn template(self, id: i64) -> J {
        match self {
            Resource::Orders => order(id, "pending", "0.00", "Test", "Customer"),
            Resource::Products => product(id, "New product", "0.00"),
            Resource::Customers => customer(id, "new.customer@shop.test", "New", "Customer"),
            Resource::Coupons => coupon(id, "newcoupon", "0"),
        }
    }
}

fn address(first: &str, last: &str, email: Option<&str>) -> J {
    let mut a = oj!({
        "first_name": first,
        "last_name": last,
        "company": "",
        "address_1": "Hauptstrasse 1",
        "address_2": "",
        "city": "Berlin",
        "state": "",
        "postcode": "10115",
        "country": "DE"
    });
    if let Some(e) = email {
        a.set("email", e);
    }
    // Billing and shipping both carry a phone (WooCommerce 5.6+).
    a.set("phone", "+49 30 1234567");
    a
}

fn order(id: i64, status: &str, total: &str, first: &str, last: &str) -> J {
    oj!({
        "id": id,
        "parent_id": 0,
        "status": status,
        "currency": "EUR",
        "version": "6.6.0",
        "prices_include_tax": true,
        "date_created": "2026-01-12T10:15:00",
        "date_created_gmt": "2026-01-12T09:15:00",
        "date_modified": "2026-01-12T10:16:02",
        "date_modified_gmt": "2026-01-12T09:16:02",
        "discount_total": "0.00",
        "discount_tax": "0.00",
        "shipping_total": "4.90",
        "shipping_tax": "0.78",
        "cart_tax": "7.82",
        "total": total,
        "total_tax": "8.60",
        "customer_id": 2,
        "order_key": (format!("wc_order_{}", &crate::response::random_hex(13))),
        "billing": (address(first, last, Some("jane.doe@shop.test"))),
        "shipping": (address(first, last, None)),
        "payment_method": "bacs",
        "payment_method_title": "Direct bank transfer",
        "transaction_id": "",
        "customer_note": "",
        "date_completed": null,
        "date_completed_gmt": null,
        "date_paid": null,
        "date_paid_gmt": null,
        "created_via": "checkout",
        "cart_hash": "",
        "currency_symbol": "€",
        "customer_ip_address": "",
        "customer_user_agent": "",
        "is_editable": (status == "pending" || status == "on-hold"),
        "needs_payment": (status == "pending" || status == "failed"),
        "needs_processing": true,
        "payment_url": (format!("https://shop.test/checkout/order-pay/{id}/")),
        "number": (id.to_string()),
        "meta_data": [],
        "line_items": [{
            "id": (id * 10 + 1),
            "name": "Torque wrench",
            "product_id": 31,
            "variation_id": 0,
            "quantity": 1,
            "tax_class": "",
            "subtotal": "41.18",
            "total": "41.18",
            "sku": "TW-100",
            "price": 41.18
        }],
        "tax_lines": [],
        "shipping_lines": [],
        "fee_lines": [],
        "coupon_lines": [],
        "refunds": []
    })
}

fn product(id: i64, name: &str, price: &str) -> J {
    let slug = name.to_ascii_lowercase().replace(' ', "-");
    oj!({
        "id": id,
        "name": name,
        "slug": slug,
        "type": "simple",
        "status": "publish",
        "featured": false,
        "catalog_visibility": "visible",
        "description": "<p>Built for the bench.</p>",
        "sku": (format!("SKU-{id}")),
        "price": price,
        "regular_price": price,
        "sale_price": "",
        "on_sale": false,
        "purchasable": true,
        "total_sales": 12,
        "virtual": false,
        "downloadable": false,
        "tax_status": "taxable",
        "manage_stock": true,
        "stock_quantity": 25,
        "stock_status": "instock",
        "categories": [{"id": 15, "name": "Tools", "slug": "tools"}],
        "images": [],
        "meta_data": []
    })
}

fn customer(id: i64, email: &str, first: &str, last: &str) -> J {
    oj!({
        "id": id,
        "date_created": "2025-11-02T09:00:00",
        "date_modified": "2026-01-12T10:15:00",
        "email": email,
        "first_name": first,
        "last_name": last,
        "role": "customer",
        "username": (email.split('@').next().unwrap_or("customer")),
        "billing": (address(first, last, Some(email))),
        "shipping": (address(first, last, None)),
        "is_paying_customer": true,
        "avatar_url": "https://secure.gravatar.com/avatar/?s=96&d=mm&r=g",
        "meta_data": []
    })
}

fn coupon(id: i64, code: &str, amount: &str) -> J {
    oj!({
        "id": id,
        "code": code,
        "amount": amount,
        "date_created": "2025-12-01T08:00:00",
        "discount_type": "percent",
        "description": "",
        "date_expires": null,
        "usage_count": 3,
        "individual_use": false,
        "product_ids": [],
        "usage_limit": null,
        "free_shipping": false,
        "minimum_amount": "0.00",
        "maximum_amount": "0.00",
        "email_restrictions": [],
        "meta_data": []
    })
}

pub(crate) fn seed_items() -> BTreeMap<Resource, Vec<J>> {
    let mut m = BTreeMap::new();
    m.insert(
        Resource::Orders,
        vec![
            order(728, "processing", "54.90", "Jane", "Doe"),
            order(727, "completed", "98.90", "Max", "Muster"),
        ],
    );
    m.insert(
        Resource::Products,
        vec![
            product(31, "Torque wrench", "49.00"),
            product(32, "Bench vise", "89.00"),
        ],
    );
    m.insert(
        Resource::Customers,
        vec![
            customer(2, "jane.doe@shop.test", "Jane", "Doe"),
            customer(3, "max.muster@shop.test", "Max", "Muster"),
        ],
    );
    m.insert(Resource::Coupons, vec![coupon(40, "welcome10", "10.00")]);
    m
}

pub(crate) fn item_id(item: &J) -> i64 {
    match item.get("id") {
        Some(J::Int(i)) => *i,
        _ => 0,
    }
}
