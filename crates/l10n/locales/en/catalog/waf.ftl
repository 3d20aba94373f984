# Firewalls that answer instead of WordPress. $name is one of the waf-name-* messages; $product
# is the product's own name ("Cloudflare"); $app the app's name; $blocked and $passed are lists
# of requests ("GET /wp-json/ and POST /wp-json/wc/v3/orders"); $marker is "" or " (cf-mitigated: challenge, Ray ID …)".
waf-product-unknown = A security firewall
waf-name-vendor = { $product }'s firewall
waf-name-siteground = SiteGround's bot protection
waf-name-wordfence = The Wordfence security plugin
waf-name-unknown = A security firewall
waf-title-challenge = { $name } answers the WooCommerce API with a browser check { $app } cannot pass
waf-title-block = { $name } blocks the WooCommerce REST API
waf-action-cloudflare = Add the Cloudflare rule below so the WooCommerce API skips these checks.
waf-action-allowlist = Allowlist { $app }'s addresses and the API path in { $product }.
waf-action-host-run = { $product } is run by your host, so ask their support to allowlist { $app }'s addresses.
waf-action-akamai = Ask whoever manages Akamai for the site to add an exception for the API.
waf-action-unknown = Find the security plugin or host firewall that sends this page and add an exception for the API.
# $some: "all" when every request was stopped, "some" when some got through.
waf-summary-challenge = { $some ->
    [some] { $name } shows some of { $app }'s requests a browser check that only a person can pass, so they never reach WooCommerce.
   *[all] { $name } shows { $app }'s requests a browser check that only a person can pass, so they never reach WooCommerce.
}
waf-summary-block = { $some ->
    [some] { $name } blocks some of { $app }'s requests before they reach WooCommerce.
   *[all] { $name } blocks { $app }'s requests before they reach WooCommerce.
}
waf-blocked-fallback = the API requests
# $challenge: "yes" for a browser check, "no" for a block page. $has_passed: "yes" when $passed got through.
waf-explanation = { $name } answered { $blocked } with { $challenge ->
    [yes] a browser check (a challenge page) that an app can never pass
   *[no] its own block page
}{ $marker } instead of passing it to WordPress{ $has_passed ->
    [yes] , while { $passed } got through
   *[no] {""}
}.
waf-consequence-all = Every call { $app } makes to the API is stopped the same way, so it cannot connect.
waf-consequence-some = { $app } needs those requests too, so it cannot work until they get through.
waf-recipient-cloudflare = whoever manages Cloudflare for the site
waf-recipient-sucuri = Sucuri support
waf-recipient-host = your host
waf-recipient-siteground = SiteGround support
waf-recipient-akamai = whoever manages Akamai for the site
waf-support-subject = { $product } blocks the WooCommerce API on { $host }
waf-support-problem = { $product } answers requests to the WooCommerce REST API with its own block or challenge page{ $marker }.
waf-support-ask = allowlist { $app }'s servers and add an exception for { $wc } and { $auth }, so these requests reach WordPress
waf-unknown-marker-fallback = a block page
waf-unknown-steps-title = Find the firewall that sends this page
waf-unknown-steps =
    The page said: { $marker }. Check, in this order:
    1. Security plugins in WordPress (Plugins → Installed Plugins): Wordfence, Solid Security, All-In-One Security, WP Cerber, Shield, MalCare, BulletProof Security, NinjaFirewall. Look at each one's firewall log for a blocked request to { $wc } and allowlist { $app }'s addresses there.
    2. Your hosting panel: security or firewall pages (Imunify360, BitNinja, ModSecurity, "bot protection").
    3. A CDN or proxy in front of the site (Cloudflare, Sucuri, Imperva, a host's own CDN).
    If none of these shows it, send your host the message below.
waf-modsec-summary-content = Your server's ModSecurity firewall takes some of { $app }'s requests for attacks and blocks them.
waf-modsec-summary-methods = Your server's ModSecurity firewall lets { $app } read orders and products but blocks the requests that update or delete them.
waf-modsec-action-shared = On shared hosting only your host can add the exception, so send them the message below.
waf-modsec-action = Add the ModSecurity exception below for the WooCommerce API, or ask your host to add it.
waf-modsec-blocked-fallback = requests to the WooCommerce API
# $statuses: "HTTP 403" or "HTTP 403 and 406" (or the failures-statuses-none wording).
waf-modsec-cause-content = The server's ModSecurity firewall refused { $blocked }{ $marker } with { $statuses }, judging what they contain to look like an attack.
waf-modsec-consequence-content = Legitimate order and product data trips it, so { $app }'s calls fail at random.
# $methods: "PUT and DELETE".
waf-modsec-cause-methods = The server's ModSecurity firewall (with the OWASP Core Rule Set) refuses { $methods } requests to the WooCommerce API: its rule 911100 allows only GET, HEAD, POST and OPTIONS.
waf-modsec-consequence-methods = WooCommerce uses those methods to update and delete orders and products, so { $app } can read but not change anything.
waf-modsec-where-shared = On shared hosting only your host can add it: send them the message below.
waf-modsec-where = An exception for the API path fixes it; on shared hosting, your host adds it.
waf-modsec-attachment = These ModSecurity rules would do it (ids in the local range; please adjust if they clash):
waf-modsec-support-subject = ModSecurity blocks the WooCommerce API on { $host }
waf-modsec-support-problem = The server's ModSecurity rules refuse requests to the WooCommerce REST API.
waf-modsec-support-problem-methods = The server's ModSecurity rules refuse requests to the WooCommerce REST API that use { $methods }.
waf-modsec-support-ask = add a ModSecurity exclusion for { $rest } on my account so these requests reach WordPress
waf-modsec-recipient = your host
waf-modsec-cpanel-title = If your host uses cPanel and you cannot edit ModSecurity rules
waf-modsec-cpanel = cPanel → Security → ModSecurity shows a switch per domain. Turning it off for { $host } removes this block but also the protection it gives, so prefer asking your host for the exclusion above.
waf-modsec-title = The server's ModSecurity firewall blocks WooCommerce API requests
waf-modsec-title-methods = The server's ModSecurity firewall blocks { $methods } on the WooCommerce API
