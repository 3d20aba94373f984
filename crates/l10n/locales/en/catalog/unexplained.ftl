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
