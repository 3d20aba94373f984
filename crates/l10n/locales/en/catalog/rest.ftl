# The WordPress REST API and WooCommerce's parts of it. $app is the app's name; $rest, $wc, $auth,
# $base, $index are paths; $url, $link addresses; quoted texts from WordPress are values.
rest-recipient-host = your host

## Plain permalinks, missing rewrite rules
rest-plain-title = WordPress permalinks are set to "Plain", so the WooCommerce API address does not work
rest-plain-summary = WordPress's link setting is "Plain", and the addresses apps use to reach WooCommerce and to ask for approval do not work with it.
rest-plain-action = In WordPress, go to Settings → Permalinks, choose "Post name" and click Save Changes.
rest-plain-explanation = { $link } is not found because Settings → Permalinks is set to "Plain"; the API only answers at ?rest_route=/. WooCommerce (before 11.1) takes API keys only at /wp-json/wc/ addresses, so that ?rest_route= form does not work with keys, and the page where you approve { $app } needs pretty permalinks too. Choose "Post name" under Settings → Permalinks and save.
rest-rewrite-support-subject = Pretty permalinks do not work on { $host }
rest-rewrite-support-problem = WordPress uses pretty permalinks, but the web server answers 404 for { $link } instead of passing it to WordPress (the same API works at { $url }?rest_route=/).
rest-rewrite-support-ask = make the server pass unknown addresses to { $index } (on Apache: mod_rewrite and AllowOverride All for the WordPress folder; on nginx: { $try_files } in the site's location)
rest-rewrite-title = The web server does not pass { $rest } addresses to WordPress
rest-rewrite-summary = The web server does not hand the WooCommerce API's addresses to WordPress, so apps cannot reach it.
rest-rewrite-action = Put WordPress's address rules back on the server with the fixes below, or send your host the message below.
rest-rewrite-explanation = WordPress answers at ?rest_route=/, but { $link } gets a "not found" page from the web server itself. Pretty permalinks are on, so the server should hand such addresses to WordPress: WordPress's rules in .htaccess are missing or ignored (Apache, LiteSpeed), or nginx lacks its try_files line. Until then { $app } cannot reach the WooCommerce API.

## A rule blocks /wp-json/
rest-path-blocked-fallback = requests to { $rest }
rest-path-support-subject = The WordPress REST API is blocked on { $host }
rest-path-support-problem = Requests to the WordPress REST API ({ $rest }) are refused by the web server.
rest-path-support-ask = find the rule that blocks { $rest } (in .htaccess, the server or virtual host configuration, or a security module) and let these requests through to WordPress
rest-path-title = The web server blocks the WordPress REST API ({ $rest })
rest-path-summary = A rule on the web server refuses { $app }'s requests to the WordPress API.
rest-path-action = Find and remove that rule (security plugins and the .htaccess file often hold it), or send your host the message below.
# $query_works: "yes" when ?rest_route=/ answered.
rest-path-explanation = { $blocked } got { $status } { $query_works ->
    [yes] while the same API reached as ?rest_route=/ works, so a server rule refuses addresses containing "wp-json"
   *[no] with the server's plain error page and no firewall name, so a rule in the server configuration refuses them
}. Such rules usually come from a security plugin or a hand-edited .htaccess file. { $app } talks to WooCommerce only through { $wc }, so that path must reach WordPress.
rest-path-find-title = Find the rule that blocks the REST API
rest-path-find =
    1. Open the .htaccess file in the WordPress folder ({ $base }) with your host's File Manager or FTP (show hidden files).
    2. Look for lines that mention wp-json or rest_route: RewriteCond/RewriteRule lines ending in [F] or [R=403], RedirectMatch 403, <Files>/<If> blocks with "Require all denied", or "Deny from all".
    3. Security plugins write such rules: check Solid Security (iThemes), All-In-One Security (AIOS), BulletProof Security and NinjaFirewall for a "REST API" or "wp-json" option, turn it off and save.
    4. On nginx the rule is in the site's configuration ({ $deny } or { $refuse }): ask your host if you cannot edit it.

## An IP block
rest-ip-addresses-known = Make sure none of { $app }'s addresses ({ $ips }) is denied.
rest-ip-addresses-unknown = Ask { $app } which addresses it calls from and make sure none of them is denied.
rest-ip-rules-nginx = Look in the site's nginx configuration (its server block, the location blocks and the files they include) for "deny" lines and "allow …; deny all;" lists (ask your host if you cannot edit it), in security plugins' IP block lists (Wordfence → Firewall → Blocking, Solid Security → Banned Users), and in your hosting panel's IP blocker (cPanel → Security → IP Blocker).
rest-ip-rules = Look in the .htaccess file of the WordPress folder ({ $base }) for "Require not ip", "Deny from" or <RequireAll> lines, in security plugins' IP block lists (Wordfence → Firewall → Blocking, Solid Security → Banned Users), and in your hosting panel's IP blocker (cPanel → Security → IP Blocker).
rest-ip-find-title = Find the IP rule
rest-ip-support-subject = Requests to { $host } are refused by an IP block
rest-ip-support-problem = Every request, even for the home page, is refused with { $status } by the web server, which looks like an IP block.
rest-ip-support-ask = check whether an IP deny rule or firewall blocks these requests, and allow { $app }'s servers
rest-ip-title = The web server refuses every request from Handshake's address (an IP block)
rest-ip-summary = The web server turns away every request from this computer, even for the home page, which is how a block on its address looks.
rest-ip-action = Check the IP block lists of the server, your security plugins and your hosting panel, and make sure neither this computer nor { $app }'s servers are on them.
rest-ip-explanation = Every request, even the home page, got { $status } from the web server itself. That is how an IP block looks: the server denies the address the check came from, in .htaccess, the server configuration or a security plugin. If { $app }'s servers are denied as well, it cannot connect.

## The REST API turned off
rest-disabled-anon-title = A plugin hides the REST API from visitors who are not signed in
rest-disabled-anon-summary = A plugin hides the WordPress API, which apps use to reach WooCommerce, from visitors who are not signed in.
rest-disabled-anon-consequence = Requests with valid WooCommerce keys still work, but apps that read the API index before signing in (as { $app } may) stop at this error.
rest-disabled-title = A plugin or code snippet turns off the WordPress REST API
rest-disabled-summary = A plugin or code snippet has switched off the WordPress API, which apps use to reach WooCommerce.
rest-disabled-consequence = Every API request, WooCommerce's included, is refused, so { $app } can neither read nor change anything.
rest-disabled-action = Allow the REST API again in that plugin's settings, or add the snippet below that lets only WooCommerce through.
# $has_message: "yes" when WordPress sent a message ($message) with the error code.
rest-disabled-explanation = WordPress itself answers { $rest } with the error { $code }{ $has_message ->
    [yes] {" "}"{ $message }"
   *[no] {""}
}.
rest-disabled-allow = Allow the REST API again in that plugin's settings, or allow only WooCommerce's routes with the snippet below.

## Answers that are not clean JSON
rest-json-title = The REST API's answers are spoiled by extra text before the data
rest-json-summary = Extra text is printed in front of the store's API answers, so apps cannot read them.
rest-json-action = Hide PHP warnings from visitors with the first fix, then find the plugin, theme or file that prints the text.
# $has_prefix: "yes" when the start of the answer ($prefix) was captured.
rest-json-explanation = WordPress's API answers must be pure JSON (the data format apps read), but they start{ $has_prefix ->
    [yes] {" "}with "{ $prefix }"
   *[no] {""}
}. { $app } cannot read a spoiled answer, so its calls fail even when WordPress did the work. This usually comes from PHP warnings printed on the page, or a plugin or theme file that starts with blank lines or an invisible byte-order mark (BOM).
rest-json-find-title = Find the file that prints the extra text
rest-json-find = A PHP warning names its file and line ("{ $example }"): update that plugin or theme, or deactivate it under Plugins → Installed Plugins. Blank lines or a BOM usually come from an edited file such as wp-config.php or the theme's functions.php: open it in a code editor and remove anything before { $open } and after a closing { $close } at the end, saving as UTF-8 without BOM.
rest-json-support-subject = PHP output breaks the API on { $host }
rest-json-support-problem = The WordPress REST API answers start{ $has_prefix ->
    [yes] {" "}with "{ $prefix }"
   *[no] {""}
} instead of clean JSON.
rest-json-support-ask = turn off display_errors for the site (errors can still go to the log) and tell me which file prints this output

## Cached answers
rest-cached-support-subject = Please exclude the WordPress API from caching on { $host }
# $signals: "" or " (cf-cache-status: HIT, age: 120)".
rest-cached-support-problem = Answers from { $rest } and { $auth } come from a server cache{ $signals }.
rest-cached-support-ask = exclude { $rest } and { $auth } from every cache (Varnish, NGINX FastCGI cache, CDN)
rest-cached-title = A page cache answers API requests with stored copies
rest-cached-summary = A page cache answers the app's requests with stored copies instead of asking WordPress.
rest-cached-action = Exclude the WordPress API and WooCommerce's approval pages from every cache: caching plugin, host and CDN.
rest-cached-explanation = Answers from { $rest } come from a cache{ $signals } instead of WordPress. A cached API answer shows { $app } out-of-date orders and stock. If the same cache also serves the approval pages at { $auth }, an owner can be shown a stored page whose security token has expired, and approving the app then fails. Exclude { $rest } and { $auth } from every cache.

## WooCommerce missing, the approval page
rest-wc-inactive-title = WooCommerce's API is missing: WooCommerce is not active
rest-wc-inactive-summary = WooCommerce is not active on this site (or not installed, or very old), so apps find no store to connect to.
rest-wc-inactive-action = In WordPress, go to Plugins → Installed Plugins and activate or update WooCommerce.
rest-wc-inactive-explanation = WordPress answers at { $rest }, but its list of APIs has no wc/v3, the WooCommerce API. That happens when WooCommerce is deactivated, not installed, or very old. { $app } talks only to wc/v3, so nothing works until WooCommerce is active.
rest-auth-stale-summary = The page where you approve { $app } cannot be found, because WordPress's saved address rules are out of date.
rest-auth-stale-action = In WordPress, open Settings → Permalinks and click Save Changes without changing anything.
rest-auth-broken-summary = The page where you approve { $app } is missing or broken, so no key can be created.
rest-auth-broken-action = Save the permalink settings in WordPress once; if that does not help, send your host the message below.
rest-auth-stale-explanation = The page where you approve { $app } ({ $url }) is not found, while the same page works through { $query }. WordPress's saved address rules are out of date, so the approval cannot finish and no key is created. Saving the permalink settings rebuilds them.
rest-auth-support-subject = WooCommerce's authorization page does not work on { $host }
rest-auth-support-problem = WooCommerce's app authorization page { $url } does not reach WordPress.
rest-auth-support-ask = check whether a server rule or security module blocks { $auth }
rest-auth-broken-explanation = The page where you approve { $app } ({ $url }) is missing or broken, so no key can be created. WordPress's address rules may be out of date (saving the permalink settings rebuilds them), or a server rule or plugin blocks { $auth }.
rest-auth-title = WooCommerce's app approval page ({ $url }) does not work
