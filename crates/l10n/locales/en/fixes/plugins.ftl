# Click paths in security products, host panels and plugins (crates/engine/src/fixes/plugins.rs).
# Menu and option names are the products' own (most exist only in English). $addresses is one
# address per line; $reference is empty or " (Reference #…)".

plugins-addresses-unknown = (the addresses { $app } calls from: ask { $app } for them)
plugins-wordfence-title = Wordfence: allowlist { $app }'s servers
plugins-wordfence =
    1. In WordPress, go to Wordfence → Firewall → All Firewall Options.
    2. Open Advanced Firewall Options. In "Allowlisted IP addresses that bypass all rules", add these lines:
    { $addresses }
    3. Click Save Changes.
    4. If the request was blocked by a firewall rule rather than an IP block, open Wordfence → Tools → Live Traffic, find the blocked request to { $wc } and click "Add Param to Firewall Allowlist".
    5. If it was rate limiting, go to Wordfence → All Options → Rate Limiting and set "If anyone's requests exceed" to a higher number (or Unlimited) for crawlers and humans.
plugins-sucuri-title = Sucuri: allowlist { $app }'s servers and the API path
plugins-sucuri =
    1. Log in to the Sucuri dashboard, open Firewall (WAF) and select { $host }.
    2. Go to Access Control. Under Allow IP Addresses (whitelist), add each of these and click Allow:
    { $addresses }
    (Sucuri accepts single addresses, or ranges ending in /24, /16 or /8.)
    3. Under Allowlist URL Paths (whitelist URL paths), add { $wc } so the API is not filtered.
    4. Changes apply within a few minutes.
plugins-sucuri-block-id = 5. The block page showed Block ID { $id }: in Audit Trails you can see the rule behind it.
plugins-imunify360-title = Imunify360: allowlist { $app }'s servers
# Followed by the root commands, one per address.
plugins-imunify360 =
    If your hosting panel has an Imunify360 page (cPanel or Plesk → Imunify360 → Firewall → White List), add each of these addresses with the comment "{ $app } (WooCommerce API)":
    { $addresses }
    Otherwise send your host the support message below. On a server you run yourself, as root:
plugins-imunify360-once = once per address the app gives you
plugins-siteground-title = SiteGround: ask support to allowlist the app
plugins-siteground =
    SiteGround's bot protection answers with a CAPTCHA page that an app cannot solve, and it cannot be switched off from Site Tools. Contact SiteGround support (Site Tools → Help → Contact us) with the message below and ask them to allowlist { $app }'s addresses for { $host }:
    { $addresses }
    Also check Site Tools → Security → Blocked Traffic and remove any of these addresses if listed.
plugins-akamai-title = Akamai: add an exception for the WooCommerce API
plugins-akamai =
    Akamai is configured by whoever manages your Akamai account (often your agency or IT team). Ask them to:
    1. Look up the denied request{ $reference } in Akamai Control Center → Security Center / Web Security Analytics.
    2. In the App & API Protector (or Kona Site Defender) security configuration for { $host }, add a client list with { $app }'s addresses and an exception for the paths { $wc } and { $auth }:
    { $addresses }
    3. Activate the configuration on the production network.
plugins-rest-title = Find what disables the REST API
plugins-rest-likely-disable-rest-api = The error code rest_cannot_access comes from the plugin "Disable REST API": open Settings → Disable REST API, choose the role "Unauthenticated" and tick the routes starting with /wc/ (and /wp/v2 if the app needs it), then Save.
plugins-rest-likely-disable-wp-rest-api = The error code rest_login_required comes from the plugin "Disable WP REST API": it has no settings, so deactivate it under Plugins → Installed Plugins, or add the php-snippet fix below.
plugins-rest-likely-security = Security plugins that can do this: Solid Security (iThemes) → Settings → Advanced → WordPress Tweaks → REST API; All-In-One Security → Firewall → "Disallow unauthorized REST requests"; Perfmatters → General → Disable REST API; WP Hide & Security Enhancer; Clearfy; Hide My WP. Set the option to allow the REST API (or allow it for WooCommerce).
# $likely: one of plugins-rest-likely-*.
plugins-rest =
    1. { $likely }
    2. If no plugin setting explains it, search your theme's functions.php and the files in wp-content/mu-plugins for "rest_authentication_errors" or "rest_enabled": a code snippet there blocks the API.
    3. Still unsure: deactivate plugins one at a time (Plugins → Installed Plugins) and run Handshake again after each.
plugins-cache-title = Exclude the API from page caching
plugins-cache =
    Never cache { $rest } and { $auth }:
    - WP Rocket: Settings → WP Rocket → Advanced Rules → Never Cache URL(s): add { $rest }(.*) and { $auth }(.*)
    - LiteSpeed Cache: LiteSpeed Cache → Cache → Excludes → Do Not Cache URIs: add { $rest } and { $auth }
    - W3 Total Cache: Performance → Page Cache → Advanced → Never cache the following pages: add { $rest }.* and { $auth }.*
    - WP Super Cache: Settings → WP Super Cache → Advanced → Accepted Filenames & Rejected URIs: add wp-json and wc-auth
    - Host caches (SiteGround, Kinsta, WP Engine, Cloudways/Varnish): ask support to exclude these paths.
    Then purge the whole cache once.
