//! The link the owner opens to approve the app: WooCommerce's `/wc-auth/v1/authorize` with the app's
//! name and scope, an opaque `user_id`, and the relay's callback and return URLs.

use handshake_engine::{Profile, StoreUrl};
use url::Url;

pub fn authorize_url(
    store: &StoreUrl,
    profile: &Profile,
    user_id: &str,
    callback_url: &Url,
    return_url: &Url,
) -> Url {
    let mut url = store.join("wc-auth/v1/authorize");
    url.query_pairs_mut()
        .append_pair("app_name", &profile.name)
        .append_pair("scope", profile.scope.as_str())
        .append_pair("user_id", user_id)
        .append_pair("return_url", return_url.as_str())
        .append_pair("callback_url", callback_url.as_str());
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carries_every_parameter_woocommerce_validates() {
        let store = StoreUrl::parse("https://example.com/shop").unwrap();
        let cb = Url::parse("https://relay.example/v1/callback/abc").unwrap();
        let ret = Url::parse("https://relay.example/v1/return/abc").unwrap();
        let url = authorize_url(&store, &Profile::default(), "abc", &cb, &ret);
        assert!(url
            .as_str()
            .starts_with("https://example.com/shop/wc-auth/v1/authorize?"));
        let pairs: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        for key in ["app_name", "scope", "user_id", "return_url", "callback_url"] {
            assert!(pairs.get(key).is_some_and(|v| !v.is_empty()), "{key}");
        }
        assert_eq!(
            pairs["callback_url"],
            "https://relay.example/v1/callback/abc"
        );
        assert_eq!(pairs["scope"], "read_write");
    }
}
