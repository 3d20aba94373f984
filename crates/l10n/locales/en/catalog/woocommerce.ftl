# wc.remote_post_failed, wc.webhooks_disabled, wc.legacy_api (crates/engine/src/catalog/woocommerce.rs).
# $curl_error, $wc_error and $message are WooCommerce's and PHP's own texts, quoted as they are.

wc-support-recipient = your host
# After "failed" in the sentences below; $response is what WooCommerce's test got.
wc-remote-post-response = (it got: { $response })
# Where the keys go when the app's profile names no callback host.
wc-remote-post-app-servers = { $app }'s servers
wc-remote-post-title = WooCommerce's test of outgoing requests failed, so { $app }'s keys may not arrive
wc-remote-post-summary = WooCommerce's own test says your store could not send a request out, so it may be unable to deliver { $app }'s keys when you approve it.
wc-remote-post-action = Ask your host to allow the server's outgoing connections, with the message below.
# $response is empty or " " and wc-remote-post-response.
wc-remote-post-explanation = WooCommerce's own status report says its test request out of the server failed{ $response }: WooCommerce sends a POST to PayPal's address and keeps the result for up to an hour. When you approve { $app }, WooCommerce sends the new keys to { $callback } with the same kind of request. The test proves only that PayPal's address is out of reach: if the server may not reach { $callback } either, the approval ends with an error (the failure itself, such as "{ $curl_error }", or "{ $wc_error }") and the new keys are deleted again, while a firewall or WP_ACCESSIBLE_HOSTS that allows { $callback } lets them through. Webhooks and payment notifications to blocked addresses fail the same way. The server's firewall may block outgoing connections, wp-config.php may set WP_HTTP_BLOCK_EXTERNAL, or the server cannot resolve or reach addresses on the internet.
wc-remote-post-support-subject = { $host } cannot make outgoing HTTPS requests
wc-remote-post-support-problem = WooCommerce's status report says its outgoing test request failed{ $response } (WooCommerce → Status, "Remote post"). WooCommerce sends the keys of an approved app with the same kind of request, so unless the app's address is reachable, the app never receives them.
wc-remote-post-support-ask = allow outgoing HTTPS requests (port 443) from the web server and PHP to the internet, at least to { $callback } and www.paypal.com (WooCommerce's test address)
wc-remote-post-fix-check-title = Check again in WooCommerce
wc-remote-post-fix-check = WooCommerce → Status ({ $status }) shows "Remote post" under WordPress environment. WooCommerce keeps the result of its test for up to an hour, so after a change, check again an hour later before approving { $app }.
wc-webhooks-title = { $count ->
        [one] WooCommerce switched off a webhook
       *[other] WooCommerce switched off { $count } webhooks
    }
wc-webhooks-summary = { $count ->
        [one] WooCommerce no longer sends this webhook, so an app that relies on it hears nothing of new orders or changes.
       *[other] WooCommerce no longer sends these webhooks, so an app that relies on them hears nothing of new orders or changes.
    }
wc-webhooks-action = Check that each delivery address still works, then set the webhooks to Active again in WooCommerce.
# $list: one "- name (delivery URL)" line per webhook.
wc-webhooks-explanation = { $count ->
        [one] WooCommerce lists this webhook as Disabled:
    { $list }
    WooCommerce disables a webhook by itself after 5 failed deliveries in a row (the delivery URL did not answer with a success status), and then sends nothing more to it, so an app that relies on it no longer hears about new orders or changes. Someone may also have set it to Disabled by hand.
       *[other] WooCommerce lists these webhooks as Disabled:
    { $list }
    WooCommerce disables a webhook by itself after 5 failed deliveries in a row (the delivery URL did not answer with a success status), and then sends nothing more to it, so an app that relies on them no longer hears about new orders or changes. Someone may also have set them to Disabled by hand.
    }
wc-webhooks-fix-title = Fix the delivery address, then turn the webhooks on again
wc-webhooks-fix =
    1. Make sure each delivery URL above is the one { $app } (or the service that receives it) uses today and that it answers; WooCommerce → Status → Logs may show the failed deliveries.
    2. Go to WooCommerce → Settings → Advanced → Webhooks ({ $webhooks }).
    3. Open each disabled webhook, set Status to Active, and click Save webhook.
wc-legacy-title = { $app } calls WooCommerce's Legacy REST API, which this store does not offer
wc-legacy-summary = { $app } uses WooCommerce's old Legacy API, which this store does not offer.
wc-legacy-action = Ask { $app } for a version that uses WooCommerce's current API; meanwhile the Legacy API plugin below brings the old one back.
wc-legacy-explanation = { $app } still uses WooCommerce's Legacy REST API ({ $legacy }), and the store answers it with WooCommerce's own "{ $message }". WooCommerce 9.0 removed the Legacy REST API from WooCommerce: since then it is the separate "WooCommerce Legacy REST API" plugin, and before 9.0 it had to be turned on in WooCommerce's settings. Every request { $app } sends there fails until { $app } moves to the REST API or the plugin is installed.
wc-legacy-fix-rest-title = Best: have the app use the REST API
wc-legacy-fix-rest = Ask { $app }'s support for a version that uses WooCommerce's REST API ({ $rest }) instead of /wc-api/, then authorize { $app } again (its Connect button, or a key from WooCommerce → Settings → Advanced → REST API). The REST API is the one WooCommerce maintains; the Legacy API gets no new features.
wc-legacy-fix-plugin-title = Meanwhile: install the WooCommerce Legacy REST API plugin
wc-legacy-fix-plugin =
    1. In WordPress, go to Plugins → Add New Plugin ({ $add }) and search for "WooCommerce Legacy REST API" (by WooCommerce).
    2. Click Install Now, then Activate.
    3. Go to WooCommerce → Settings → Advanced → Legacy API, tick "Enable the legacy REST API", and click Save changes.
    4. Run this check again: { $legacy } should answer.
