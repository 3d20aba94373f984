# site.unexplained (crates/engine/src/catalog/unexplained.rs).

unexplained-title = Requests to the store fail in a way no known cause explains
unexplained-summary = The store answers { $app }'s requests in a way that none of the causes this check knows explains.
unexplained-action = Send your host the message below: it lists each request and answer, so they can look them up in the server's logs.
unexplained-action-error-page = Read what the server's own error page says under the technical details, and send your host the message below.
unexplained-explanation = { $app } could not use the store, and the answers match none of the causes this check knows, so it names none.
# $says is the server's own page text (quoted as it is).
unexplained-error-page = The web server's own error page at { $url } says: "{ $says }"; the address uses http:// on a port that speaks HTTPS. A WordPress address (Settings → General) or a redirect rule that writes http:// with that port sends every visitor there.
unexplained-error-page-wants = The web server's own error page at { $url } says: "{ $says }"; the address uses http:// on a port that speaks HTTPS, and the form that port expects is { $wants }. A WordPress address (Settings → General) or a redirect rule that writes http:// with that port sends every visitor there.
# $sent and $answer are the analysis' lines; $others is how many more requests failed.
unexplained-exchange = { $sent } got { $answer }{ $others ->
        [0] .
        [one] {" "}(and one more request failed).
       *[other] {" "}(and { $others } more requests failed).
    }
# $causes is the analysis' list, joined with "; ".
unexplained-ruled-out = The answers rule out { $causes }.
unexplained-explanation-logs = Whoever runs the server can find these requests in its logs and see which rule, plugin or service answered them, so send your host the message below.
unexplained-support-recipient = your host
unexplained-support-subject = Unexpected answers from { $host } to API requests
unexplained-support-problem = Requests to the WordPress REST API fail with answers I cannot explain; each line below says what was sent and what came back.
unexplained-support-ask = look these requests up in the server's logs (and in any firewall, proxy or security plugin in front of the site), tell me which rule or service produced these answers, and let { $prefix } and { $auth } answer normally
unexplained-support-ruled-out = What I could rule out:
unexplained-sent-key-header = { $request }, with the API key in the Authorization header
unexplained-sent-key-query = { $request }, with the API key in the query string
unexplained-sent-oauth = { $request }, signed with the API key (OAuth 1.0a)
unexplained-sent-app-password = { $request }, with the application password
unexplained-sent-wrong-basic = { $request }, with deliberately wrong Basic credentials
unexplained-sent-signed-in = { $request }, signed in
unexplained-sent-anonymous = { $request }, without credentials
unexplained-got-status = HTTP { $status }
unexplained-got-server = HTTP { $status } (server: { $server })
unexplained-got-type = HTTP { $status } (content type: { $type })
unexplained-got-server-type = HTTP { $status } (server: { $server }, content type: { $type })
unexplained-got-empty = { $head }, empty body
unexplained-got-body = { $head }, body: { $body }
unexplained-got-nothing = no answer: { $error }
unexplained-not-firewall = a known firewall: none of their block pages or headers came back
unexplained-not-firewall-seen = a known firewall: none of their block pages or headers was seen
unexplained-not-plugin = a WordPress plugin refusing the request: WordPress's own JSON error did not come back
unexplained-not-server-rule = a rule in .htaccess or the server configuration: the answers are not the web server's own error pages
unexplained-not-api-blocked = an API that is blocked outright: { $works } works
unexplained-not-stripped-header = a stripped Authorization header alone: the key in the query string was refused too
# $message is WooCommerce's own error text (never translated).
unexplained-not-revoked-key = an unknown or revoked key: the signed request did not get WooCommerce's "{ $message }"
unexplained-not-rest-off = a plugin that switches the REST API off: WordPress's own error did not come back
unexplained-not-server-rule-wp-json = a server rule refusing /wp-json/: the answer is not the web server's refusal page (403, 405 or 406)
unexplained-not-no-wordpress = a site without WordPress: the home page shows WordPress
unexplained-not-missing-wordpress = a missing WordPress: { $url } answered with the web server's own 400 page, which names its reason
