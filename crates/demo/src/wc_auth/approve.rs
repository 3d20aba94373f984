//! Approve: create the key, POST it to the callback, delete it again unless the answer is 200.

use std::collections::BTreeMap;

use sha1::{Digest, Sha1};

use super::{callback, formatted_url, wp_redirect, AuthData};
use crate::context::Ctx;
use crate::ojson::oj;
use crate::pages::{wc_auth_error, WP_VERSION};
use crate::scenario::{KeyDelivery, Owner};
use crate::state::{ApiKey, KeyPermissions};

/// `wc_rand_hash()`: 40 hex characters.
fn rand_hash() -> String {
    let seed = crate::response::random_hex(32);
    let digest = Sha1::digest(seed.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// `wc_clean`-ish: trim and drop tags; the description keeps at most 170 characters.
fn description(app_name: &str) -> String {
    let clean: String = app_name.trim().replace(['<', '>'], "");
    let clean: String = clean.chars().take(170).collect();
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    let now = time::OffsetDateTime::now_utc()
        .format(&fmt)
        .unwrap_or_default();
    format!("{clean} - API ({now})")
}

pub(crate) async fn approve(ctx: &Ctx<'_>, data: &AuthData) -> axum::response::Response {
    let json = ctx.req.wants_json();
    if ctx.site().owner == Owner::Denies {
        // The Deny link: back to return_url with success=0, no key created.
        let ret = formatted_url(&data.return_url);
        let sep = if ret.contains('?') { '&' } else { '?' };
        return wp_redirect(&format!(
            "{ret}{sep}success=0&user_id={}",
            super::query_value(data.user_id.trim())
        ));
    }
    let permissions = KeyPermissions::parse(&data.scope).unwrap_or(KeyPermissions::Read);
    let consumer_key = format!("ck_{}", rand_hash());
    let consumer_secret = format!("cs_{}", rand_hash());
    let key_id = {
        let mut db = ctx.app.store.lock();
        let key_id = db.next_key_id;
        db.next_key_id += 1;
        db.keys.push(ApiKey {
            key_id,
            user_id: 1, // the approving admin, not the app's user_id
            description: description(&data.app_name),
            permissions,
            consumer_key: consumer_key.clone(),
            consumer_secret: consumer_secret.clone(),
            nonces: BTreeMap::new(),
            last_access: false,
        });
        key_id
    };
    let body = if ctx.site().key_delivery == KeyDelivery::Emptied {
        // What some outbound-filtering security plugins leave of the request.
        "{}".to_string()
    } else {
        oj!({
            "key_id": key_id,
            "user_id": (data.user_id.as_str()),
            "consumer_key": (consumer_key.as_str()),
            "consumer_secret": (consumer_secret.as_str()),
            "key_permissions": (permissions.as_str())
        })
        .encode()
    };
    let home = ctx.home();
    let user_agent = format!("WordPress/{WP_VERSION}; {home}");
    let result = callback::post(ctx, &formatted_url(&data.callback_url), body, &user_agent).await;
    match result {
        Ok(()) => {
            let ret = formatted_url(&data.return_url);
            let sep = if ret.contains('?') { '&' } else { '?' };
            let user_id = super::query_value(data.user_id.trim());
            wp_redirect(&format!("{ret}{sep}success=1&user_id={user_id}"))
        }
        Err(message) => {
            // maybe_delete_key: the callback may have stored keys that no longer exist.
            ctx.app.store.lock().keys.retain(|k| k.key_id != key_id);
            wc_auth_error(&message, json)
        }
    }
}
