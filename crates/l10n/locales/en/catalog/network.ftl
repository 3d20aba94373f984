# Reaching the store at all: DNS, connections, certificates, redirects, maintenance, rate limits,
# WordPress missing. $host is a host name, $port a port, $app the app's name; $error is "" or
# " (the system's error text)"; $url, $link addresses.
network-recipient-host = your host

## DNS
network-dns-title = The store's address { $host } cannot be found
network-dns-summary = The name { $host } does not lead to any server on the internet.
network-dns-action = Check that the address is spelled exactly as in WordPress and that the domain has not expired; your host can tell you where it should point.
network-dns-explanation = Looking up the name { $host } (DNS, the internet's address book) found no server{ $error }. { $app } cannot reach a store whose name leads nowhere. Check that the address is spelled exactly as in WordPress under Settings → General, and that the domain has not expired and still points to your host.
network-dns-fix-title = Check the address and its DNS records
network-dns-fix =
    1. Compare { $url } with "Site Address (URL)" in WordPress → Settings → General, and use that exact address in { $app }.
    2. Log in where the domain is registered and check that it has not expired.
    3. In its DNS settings, { $host } needs an A record (and optionally AAAA) pointing to your hosting server's IP address, which your host can tell you. After a change, allow up to a few hours before testing again.
network-dns-support-subject = DNS for { $host } does not resolve
network-dns-support-problem = The name { $host } does not resolve to any address{ $error }.
network-dns-support-failing = DNS lookup of { $host }
network-dns-support-ask = tell me which DNS records { $host } needs to point to my hosting account, or check them for me

## Connections
network-refused-title = The store's server refuses connections to { $host }, port { $port }
network-refused-summary = The store's server at { $host } refuses connections, so nothing reaches the store.
network-refused-happened = The name { $host } leads to a server, but it refused the connection on port { $port }{ $error }.
network-refused-causes = Usually the web server is stopped, or it is not set up to serve this port.
network-refused-problem = Connections to { $host } on port { $port } are refused{ $error }.
network-timeout-title = The store's server does not answer on { $host }, port { $port }
network-timeout-summary = The store's server at { $host } does not answer at all.
network-timeout-happened = The name { $host } leads to a server, but nothing answered on port { $port } in time{ $error }.
network-timeout-causes = Usually a firewall silently drops outside connections, or the server is overloaded or down.
network-timeout-problem = Connections to { $host } on port { $port } time out{ $error }.
network-closed-title = The store's server closes connections to { $host }, port { $port } without answering
network-closed-summary = The store's server at { $host } hangs up without answering.
network-closed-happened = The server at { $host } accepted the connection on port { $port }, then closed it without sending any answer{ $error }.
network-closed-causes = Usually the web server crashes on the request, a firewall cuts the connection, or the port expects HTTPS while the address says http:// (or the reverse).
network-closed-problem = Connections to { $host } on port { $port } are accepted and then closed without an answer{ $error }.
network-not-http-title = The store's server at { $host }, port { $port } answers something that is not a web page
network-not-http-summary = Something answers at { $host }, but not the way a website does.
network-not-http-happened = The server at { $host } accepted the connection on port { $port }, but what it sent back is not HTTP{ $error }.
network-not-http-causes = Usually another service (mail, SSH, a database) listens on this port, or the port expects HTTPS while the address says http:// (or the reverse).
network-not-http-problem = Port { $port } on { $host } accepts connections but does not answer in HTTP{ $error }.
network-failed-title = Connections to the store's server at { $host }, port { $port } fail
network-failed-summary = Connections to the store's server at { $host } fail.
network-failed-happened = The name { $host } leads to a server, but the connection on port { $port } failed{ $error }.
network-failed-causes = Usually the web server is down, a server firewall interferes, or the site is not set up for this port.
network-failed-problem = Connections to { $host } on port { $port } fail{ $error }.
network-connect-action-scheme = If you typed the address by hand, try it with https instead of http (or the reverse); otherwise send your host the message below.
network-connect-action = Ask your host to check that the web server is running and accepts connections from outside, with the message below.
network-connect-ask-host = { $app } needs the same connection, so ask your host to check it.
network-connect-support-subject = Connections to { $host } port { $port } fail
network-connect-support-failing = TCP connection to { $target }
network-connect-support-ask = check that the web server for { $host } is running and answers HTTP(S) on port { $port }, and that the server firewall accepts connections on port { $port } from outside, including from { $app }'s servers

## Certificates, HTTPS
network-cert-unverified = it could not be verified
network-cert-expired = the certificate expired on { $date }
network-cert-not-yet-valid = the certificate is not valid before { $date }
network-cert-no-name = the certificate is for no host name but the store is { $host }
network-cert-wrong-name = the certificate is for { $names } but the store is { $host }
network-cert-self-signed = the certificate is self-signed, so no app trusts it
network-cert-untrusted = the certificate's issuer ({ $issuer }) is not trusted: the chain is incomplete (intermediate certificate missing) or the CA is private
network-cert-other = the certificate is not valid: { $error }
network-cert-title = The store's HTTPS certificate is not valid ({ $problem })
network-cert-summary = The store's security certificate is not valid, so apps refuse to send it keys or orders.
network-cert-action = Renew or reinstall the certificate in your hosting panel, or ask your host to do it.
network-cert-explanation = The certificate that { $host } presents is not accepted: { $problem }. Apps, like browsers, refuse to send keys and orders over a connection they cannot verify, so { $app } stops here. The certificate must be current, be issued for the name { $host }, and be sent with its intermediate certificates (the full chain).
network-cert-fix-title = Renew or reinstall the certificate
network-cert-fix = In your hosting panel: cPanel → SSL/TLS Status → select { $host } → Run AutoSSL; Plesk → Websites & Domains → SSL/TLS Certificates → Let's Encrypt (include { $host }). Behind Cloudflare, also check SSL/TLS → Edge Certificates. Then open { $url } in a browser: it must show a padlock without warnings.
network-cert-support-subject = HTTPS certificate for { $host } is not valid
network-cert-support-problem = The HTTPS certificate for { $host } is rejected: { $problem }.
network-https-support-failing = HTTPS connection to { $url }
network-cert-support-ask = install a valid certificate that covers { $host }, together with its full intermediate chain, and make sure it renews automatically
network-no-https-title = The store has no working HTTPS at { $url }
network-no-https-summary = The store cannot be reached over a secure connection (HTTPS), which WooCommerce needs before it accepts an app's keys the usual way.
network-no-https-action = Ask your host for a certificate (Let's Encrypt is free), then switch WordPress's address to its https form.
network-no-https-explanation = { $host } answers only over plain HTTP{ $error }. WooCommerce accepts API keys sent the usual way only over HTTPS, and sending keys and customer data unencrypted is unsafe. Ask your host for a certificate (Let's Encrypt is free), then switch WordPress's address to { $url }.
network-no-https-support-subject = Please enable HTTPS for { $host }
network-no-https-support-problem = The store has no working HTTPS: { $url } does not answer with a valid certificate.
network-no-https-support-ask = install a certificate for { $host } (Let's Encrypt is fine) and serve the site over HTTPS

## Redirects
network-redirect-another = another address
network-redirect-use-title = Use this store address in { $app }
network-redirect-speaks-tls = That address answers "{ $answer }": it speaks https, so { $url } is the form to use.
network-redirect-forged = This redirect arrived over plain http, which anyone between this computer and the store can forge: use the new address only if you recognise it as your store's.
network-redirect-recognise = Use it only if you recognise it as your store's address.
network-redirect-elsewhere-title = The store answers at another address: { $url }
network-redirect-elsewhere-summary = The address you entered leads to a different address, so nothing was checked with keys or connected.
network-redirect-elsewhere-action = If you recognise the new address as your store's, check again with it.
# $has_status: "yes" when the redirect's status ($status) is known.
network-redirect-elsewhere-explanation = Requests to { $from } are sent on{ $has_status ->
    [yes] {" "}with HTTP { $status }
   *[no] {""}
} to { $to }, which is not the address you entered. Handshake sends API keys and opens WooCommerce's approval page only at the address you entered, so nothing was checked with keys and nothing was connected.
network-redirect-check-again = If { $url } is your store, check again with that address.
network-redirect-title = The store address redirects to { $url }
network-redirect-summary = The address you entered redirects to another address, and apps can lose their keys or changes on the way.
network-redirect-action = Enter the address it leads to in { $app }.
# $post: "yes" when a POST turns into a GET on the way.
network-redirect-explanation = Requests to { $from } are sent on{ $has_status ->
    [yes] {" "}with HTTP { $status }
   *[no] {""}
} to { $to }. API clients do not follow redirects for every request{ $post ->
    [yes] ; when one does, a POST turns into a GET and the credentials are dropped, so an order update silently becomes a read
   *[no] , and most drop the credentials when they do
}. Enter the address the store redirects to ({ $url }) in { $app }.

## Maintenance, rate limits, not WordPress
network-maintenance-title = The store is in maintenance mode
network-maintenance-summary = The store is in maintenance mode, so no app can connect to it right now.
network-maintenance-action = Wait a few minutes and check again; if it stays, finish the interrupted update as the first fix shows.
# $has_retry: "yes" when the store asked to retry after $retry seconds.
network-maintenance-explanation = The store answers every request with 503 "{ $notice }"{ $has_retry ->
    [yes] {" "}and asks to retry after { $retry } seconds
   *[no] {""}
}. WordPress does this while it installs updates, and no app can connect meanwhile. If it lasts more than a few minutes, an update was interrupted and left a { $file } file behind.
network-maintenance-support-subject = { $host } stuck in WordPress maintenance mode
network-maintenance-support-problem = The site has been answering 503 "{ $notice }" for longer than an update takes.
network-maintenance-support-ask = remove the { $file } file from the WordPress folder ({ $base }) and check whether an update was interrupted
network-rate-server = The store's server
network-rate-support-subject = API requests to { $host } are rate limited
network-rate-support-problem = Requests to the WooCommerce API are refused as too many (HTTP 429 or a rate-limit page){ $marker }.
network-rate-support-ask = raise the request limit for { $wc } and { $auth }, or exempt { $app }'s servers from it
network-rate-title = { $who } limits how many requests { $app } may send
network-rate-summary = { $who } turns { $app }'s requests away as too many.
network-rate-action = Raise the request limit for the WooCommerce API, or exempt { $app }'s addresses from it.
network-rate-blocked-fallback = the API requests
network-rate-explanation = { $who } refused { $blocked } as too many requests{ $marker }{ $has_retry ->
    [yes] , asking to wait { $retry } seconds
   *[no] {""}
}. Apps sync orders and products in bursts, so a tight limit breaks the connection again and again. Raise the limit for the WooCommerce API, or exempt { $app }'s addresses.
network-not-wp-title = No WordPress site was found at { $url }
network-not-wp-summary = No WordPress site answers at this address.
network-not-wp-action = Use the exact Site Address shown in WordPress under Settings → General.
network-not-wp-explanation = { $url } answered, but neither its pages nor { $link } look like WordPress. The store may live in another folder or on another address, or another system answers at this one. Use the address shown in WordPress under Settings → General → Site Address (URL).
network-not-wp-fix-title = Find the store's exact address
network-not-wp-fix = Log in to your WordPress admin (the address you use ends in { $admin }), go to Settings → General and copy "Site Address (URL)". Enter that exact address in the app and in Handshake.
