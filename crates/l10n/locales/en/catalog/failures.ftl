# HTTP failing in front of or below WordPress: an HTTP password, a redirect loop, a 5xx, no answer in
# time, oversized answers. $blocked is a list of requests; $status is failures-statuses(-none);
# $app the app's name; $rest, $auth, $base paths; quoted texts ($wp_message …) are WordPress's own.
failures-statuses-none = an error answer
failures-statuses = HTTP { $list }
failures-recipient-host = your host
failures-measured-heading = What was measured:
failures-measured-line = { $requests }: { $what }
failures-measured-requests-two = { $first } and { $second }
failures-measured-requests-more = { $first }, { $second } and { $more } more
failures-measured-no-answer = no complete answer within { $limit }
failures-measured-no-answer-gave-up = no complete answer within { $limit } (gave up after { $took })
failures-measured-header-block = the answer's header block went past the HTTP/2 header-size limit, so the connection was closed
failures-measured-headers = the answer's headers went past the size an HTTP client accepts (message head is too large)
failures-measured-body-cut = HTTP { $status }, the body went past { $cap } MiB and was cut there; it declared no length
failures-measured-body-cut-length = HTTP { $status }, the body went past { $cap } MiB and was cut there; it declared Content-Length { $length }
failures-measured-body-cut-unpacked = HTTP { $status }, the body went past { $cap } MiB and was cut there after unpacking (Content-Encoding: { $encoding }); it declared no length
failures-measured-body-cut-unpacked-length = HTTP { $status }, the body went past { $cap } MiB and was cut there after unpacking (Content-Encoding: { $encoding }); it declared Content-Length { $length }
failures-works = { $passed } worked, so the site itself is up.

## HTTP password
failures-basic-blocked-fallback = requests to the store
failures-basic-exempt-title = An HTTP password protects the site, but not its API
failures-basic-exempt-summary = An extra password protects the site, but not the parts { $app } uses.
failures-basic-exempt-action = Nothing needs to change: keep the API and the approval pages outside the password.
failures-basic-exempt-explanation = { $blocked } got { $status } (WWW-Authenticate: { $challenge }), while { $rest } and { $auth } answer without it, so { $app } can connect with WooCommerce's keys. Only the ?rest_route= form of the API stays behind the password, and apps use that form only on stores whose permalinks are set to Plain.
failures-basic-panel-title = If the hosting panel set the password
failures-basic-panel =
    Hosting panels protect a whole folder: cPanel's "Directory Privacy", Plesk's "Password-Protected Directories", WP Engine's and other hosts' password protection for staging sites. They usually cannot leave single addresses out.
    1. Turn the protection off for the site { $app } connects to ({ $url }), or
    2. ask your host to leave { $rest } and { $auth } out of it (the message below asks for that).
    If the password has to stay on these addresses too, { $app } must send the site password in the Authorization header, and its API keys then have to go in the query string (over HTTPS) or as an OAuth 1.0a signature, because a request carries only one Authorization header.
failures-basic-support-subject = An HTTP password blocks the WordPress API on { $host }
# $scope: "site" (the whole site) or "api".
failures-basic-support-problem = { $scope ->
    [site] The web server asks for an HTTP password (WWW-Authenticate: { $challenge }) on the whole site, so { $app } cannot reach the WooCommerce REST API.
   *[api] The web server asks for an HTTP password (WWW-Authenticate: { $challenge }) on the WordPress REST API, so { $app } cannot reach the WooCommerce REST API.
}
failures-basic-support-ask = leave { $rest } and { $auth } out of the password protection, so that WooCommerce's own API keys work there
failures-basic-title = { $scope ->
    [site] An HTTP password protects the whole site
   *[api] An HTTP password protects the WordPress REST API
}
failures-basic-summary = { $scope ->
    [site] An extra password set on the web server stands in front of the whole site, and { $app } cannot get past it.
   *[api] An extra password set on the web server stands in front of the WordPress API, and { $app } cannot get past it.
}
failures-basic-action = Leave the WordPress API and WooCommerce's approval pages out of the password protection, or send your host the message below.
failures-basic-explanation = { $blocked } got { $status } (WWW-Authenticate: { $challenge }): the web server asks for its own username and password before WordPress sees the request. Staging sites and the "password protect directory" settings of hosting panels add such a password. { $app } cannot get past it, because WooCommerce's keys travel in the same Authorization header, so leave { $rest } and { $auth } out of the protection.

## Redirect loop
failures-loop-self = { $a } redirects to itself, so the redirect never ends.
failures-loop-endless = { $first } redirected { $n } times, each time to a new address ({ $chain }, …), and never reached a page.
failures-loop-pair = { $a } redirects to { $b }, and { $b } back to { $a }, so the redirect never ends.
failures-loop-circle = The redirects go round in a circle ({ $cycle }), so they never end.
failures-loop-why-cloudflare = Cloudflare answered these requests, and an address that redirects to itself behind Cloudflare is the typical sign of its SSL mode "Flexible": Cloudflare fetches the site over plain http, the site sends it back to https, and Cloudflare passes that redirect on.
failures-loop-why-proxy = A proxy or CDN in front of the site that talks plain http to it, while the site insists on https, does this.
failures-loop-why-scheme = One rule forces https and another forces http.
failures-loop-why-www = One rule adds www. and another removes it.
failures-loop-why-slash = One rule adds a trailing slash and another removes it.
failures-loop-why-endless = A rule keeps changing the address without ever reaching a page.
failures-loop-who-wordpress = WordPress itself sent the redirect from { $wordpress } (X-Redirect-By: WordPress).
failures-loop-who-server = The web server's own redirect page answered for { $server }.
failures-loop-who-both = WordPress itself sent the redirect from { $wordpress } (X-Redirect-By: WordPress); the web server's own redirect page answered for { $server }.
failures-loop-giveup = { $app } gives up after a few redirects, like a browser, so it cannot reach the store until one of the rules goes.
failures-loop-cloudflare-title = Cloudflare: set SSL/TLS to Full (strict)
failures-loop-cloudflare =
    1. In the Cloudflare dashboard, open { $host } → SSL/TLS → Overview.
    2. Choose "Full (strict)" (it needs a valid certificate on your server; most hosts provide a free one) and save.
    3. Open { $first } again: it should now answer instead of redirecting.
failures-loop-rule-title = Find the redirect rule to remove
# $pattern: scheme, www, slash or other.
failures-loop-rule =
    Two rules send the address back and forth; keep one and remove the other.
    1. In .htaccess (WordPress folder { $base }), look for RewriteRule lines ending in [R=301,L] or [R,L] and Redirect lines that change { $pattern ->
        [scheme] http to https (or back)
        [www] www. to the bare domain (or back)
        [slash] trailing slashes
       *[other] the address
    }.
    2. In WordPress, check redirect plugins (Really Simple SSL, Redirection, Yoast SEO redirects, a caching plugin's "force https") and turn off the one that duplicates the server's rule.
    3. In the hosting panel, check "Force HTTPS" and "www" redirect settings, and at your CDN its redirect rules.
failures-loop-support-subject = Redirect loop on { $host }
failures-loop-support-problem = Requests to my site redirect in a loop: { $chain }.
failures-loop-support-ask = find which two rules send these addresses back and forth and remove one of them
failures-loop-title = The store's address redirects in a loop
failures-loop-summary-endless = The store's address keeps redirecting to new addresses and never reaches a page.
failures-loop-summary = The store's address keeps redirecting in a circle and never reaches a page.
failures-loop-action-endless = Find the rule that keeps changing the address and remove it.
failures-loop-action-cloudflare = Check Cloudflare's SSL/TLS mode first, then find the two redirect rules that undo each other and remove one.
failures-loop-action = Find the two redirect rules that undo each other and remove one of them.

## Server errors
failures-server-blocked-fallback = requests to the API
failures-critical-named-plugin = The error names the plugin folder { $folder }.
failures-critical-named-theme = The error names the theme folder { $folder }.
failures-critical-step-email = 1. Look for an e-mail to the site's admin address titled "{ $subject }": its recovery-mode link logs you in with the failing plugin paused and names it.
failures-critical-step-log = 2. Or turn on WordPress's error log (the wp-config.php lines in the next fix), repeat the request, and read { $log }: the "{ $line }" line names the file.
failures-critical-step-plugin = 3. Update or deactivate the plugin in the folder { $plugin } (Plugins screen; or rename { $folder } over FTP if WordPress's admin fails too), then try again.
failures-critical-step-other = 3. Update or deactivate the plugin or theme the log names, then try again.
failures-critical-title = WordPress stops with a PHP error ("critical error") on the API
failures-critical-summary = WordPress stops with an error in its code while it handles the app's requests.
failures-critical-action-plugin = Update or deactivate the plugin in the folder { $plugin }, which the error names, then check again.
failures-critical-action = Find the plugin or theme that fails (WordPress's e-mail or its error log names it) and update or deactivate it.
failures-critical-explanation = { $blocked } got { $status } with WordPress's message "{ $wp_message }": PHP stopped with a fatal error while WordPress handled the request, so WooCommerce never answered.
failures-critical-recovery = WordPress e-mails the site's administrator a recovery-mode link when this happens, and the PHP error log has the exact error.
failures-critical-steps-title = Find the plugin or theme that fails
failures-critical-debug-title = Log PHP errors to { $log } (wp-config.php)
failures-critical-support-subject = PHP fatal error on the WordPress API of { $host }
failures-critical-support-problem = WordPress answers its REST API with "{ $wp_message }" (a PHP fatal error).
failures-critical-support-ask = look up the PHP fatal error for these requests in the PHP error log and tell me which plugin or theme file it names
failures-gateway-title = The server in front of WordPress cannot get an answer from PHP (HTTP { $code })
failures-gateway-summary = The server in front of WordPress gets no answer from the program that runs it, so WooCommerce never replies.
failures-gateway-action = Ask your host to check PHP on the server, with the message below.
# $has_server: "yes" when the answer named its server ($server).
failures-gateway-explanation = { $blocked } got { $status }{ $has_server ->
    [yes] {" "}from the server that calls itself "{ $server }"
   *[no] {""}
}: a proxy or gateway took the request but got no valid answer from the program behind it, usually PHP (PHP-FPM stopped, crashed, is overloaded or too slow).
failures-gateway-fixed-there = This is fixed on the server, so send your host the message below.
failures-gateway-support-subject = HTTP { $code } (gateway error) on { $host }
failures-gateway-support-problem = Requests to the WordPress REST API get HTTP { $code }: the web server cannot get an answer from PHP.
failures-gateway-support-ask = check that PHP-FPM (or the PHP handler) for the site is running and reachable, look up these requests in the web server's error log (upstream errors), and raise the PHP limits if workers are exhausted
failures-page-server-fallback = the web server
failures-page-likely-nginx = The server's error log names what failed (its configuration, or the program it passes requests to).
failures-page-likely = Most often a line in .htaccess that the server cannot read (a typo, or a module that is not installed) does this, and the server's error log names the line.
failures-page-fix-title = Find the broken line
failures-page-fix =
    1. Open the web server's error log (hosting panel → Logs → Error log): the line for these requests names the problem, e.g. "{ $example }" in .htaccess.
    2. If it points to .htaccess: download a copy of the .htaccess file in the WordPress folder ({ $base }), remove or fix that line, and upload it again. If you changed .htaccess recently, put the old copy back.
    3. To test quickly, rename .htaccess to { $off } and save Settings → Permalinks in WordPress: it writes a fresh file with its own rules.
failures-page-support-subject = HTTP { $code } from the web server on { $host }
failures-page-support-problem = Requests to the WordPress REST API get the web server's own "{ $code }" page, not an answer from WordPress.
failures-page-support-ask = look these requests up in the web server's error log and tell me which configuration line (.htaccess or server) or handler fails
failures-page-title = The web server fails before WordPress runs (HTTP { $code })
failures-page-summary = The web server fails on the app's requests before WordPress even runs.
failures-page-action-nginx = Ask your host to look these requests up in the server's error log, with the message below.
failures-page-action = Find the line the server cannot read in its error log and fix or remove it, or send your host the message below.
failures-page-explanation = { $blocked } got { $status }, the web server's own error page ({ $name }), not an answer from WordPress: the server failed before WordPress ran.
failures-other-title = The store answers the API with a server error (HTTP { $code })
failures-other-summary = The store's server fails while it handles the app's requests, and WordPress gives no reason.
failures-other-action = Send your host the message below: the server's error log has the reason.
failures-other-explanation = { $blocked } got { $status }{ $has_server ->
    [yes] {" "}(server: { $server })
   *[no] {""}
} with no message from WordPress: the server failed while handling the request.
failures-other-reason = The server's error log has the reason, so send your host the message below.
failures-other-support-subject = HTTP { $code } on the WordPress API of { $host }
failures-other-support-problem = Requests to the WordPress REST API get HTTP { $code } without a WordPress error message.
failures-other-support-ask = look these requests up in the web server's and PHP's error logs and fix what fails

## No answer in time, oversized answers
failures-slow-measured-fallback = requests to the API got no answer in time
failures-slow-works = { $passed } answered, so the server is there.
failures-slow-title = The store's API does not answer in time
failures-slow-summary = The store's API takes too long to answer, so apps give up waiting.
failures-slow-action = Ask your host to check the server's load and anything that slows visitors down, with the message below.
failures-slow-measured = Measured: { $measured }.
failures-slow-explanation = A server that stays silent, or sends its answer a few bytes at a time, does this: an overloaded server, a stuck PHP process, or a security tool that slows down clients it distrusts. { $app } waits only a limited time for each request, so it fails the same way.
failures-slow-support-subject = The WordPress API of { $host } does not answer in time
failures-slow-support-problem = Requests to the WordPress REST API get no complete answer in time.
failures-slow-support-ask = check the server's load, PHP's slow log and any tool that throttles clients (fail2ban, a tarpit, a firewall's rate control) for these requests
failures-big-measured-fallback = answers were larger than the limits
failures-big-title = The store's answers are too large to read
failures-big-summary = The store's answers are far larger than any normal answer, so apps stop reading them.
failures-big-action = Ask your host to find the plugin, proxy or setting that produces them, with the message below.
failures-big-explanation = Measured: { $measured }. An answer that never ends, unpacks into far more than it sent, or carries thousands of headers cannot be read safely, so { $app } and this check stop at these limits. WooCommerce's own answers stay far below them, so a plugin, proxy or server setting in between produces these.
failures-big-support-subject = Oversized answers from the WordPress API of { $host }
failures-big-support-problem = Requests to the WordPress REST API get answers beyond any normal size (see the measurements).
failures-big-support-ask = find which component (a plugin, a proxy, compression settings) produces these answers and fix it
