# callback.not_received and callback.rejected (crates/engine/src/catalog/callback.rs). $error is
# WooCommerce's own error text, quoted as it is; $target is the app's callback host.

# Where the keys go when neither the run nor the profile names the callback host.
callback-app-server = { $app }'s server
callback-recipient-app = { $app }'s support
callback-recipient-host = your host
callback-reported = WooCommerce reported "{ $error }".
callback-cause-usual = Usually a firewall on the store's server blocks outgoing connections, or WordPress is set to block outgoing requests (WP_HTTP_BLOCK_EXTERNAL).
# After "fails" in the support messages.
callback-failed-with = with "{ $error }"
callback-meaning-address-refused = WordPress refused the address { $target } before sending anything: it posts only to ports 80, 443 and 8080 (or the site's own port on the site's own host), and only to names that resolve, from the store's server, to a public address.
callback-meaning-certificate = The store's server did not trust the HTTPS certificate of { $target }. WordPress checks it against its own list of certificate authorities (wp-includes/certificates/ca-bundle.crt), not the server's: the certificate is self-signed, from a private authority or sent without its intermediate certificate, or this WordPress is old enough that its list is out of date.
callback-meaning-timeout = The connection to { $target } timed out: a firewall on the store's server may drop outgoing connections, or { $target } did not answer.
callback-meaning-dns = The store's server could not look up the name { $target } (its DNS settings are broken).
callback-meaning-refused = The store's server could not connect to { $target }: nothing accepted the connection there (the service at that address may be down), or a firewall between them refused it.
callback-meaning-blocked = WordPress is set to block outgoing requests (WP_HTTP_BLOCK_EXTERNAL in wp-config.php).
callback-meaning-other = Handshake does not know this error, so it cannot say more about its cause.
# $failed_with is empty or " " and callback-failed-with.
callback-support-certificate-problem = WooCommerce's POST of new API keys from my store to { $target } fails{ $failed_with }: WordPress does not trust the certificate of { $target }.
callback-support-certificate-ask = serve { $target } with a certificate from a public certificate authority, with its complete chain (intermediate certificates included)
callback-support-address-problem = WooCommerce's POST of new API keys from my store to { $target } fails{ $failed_with }: WordPress does not post to that address.
callback-support-address-ask = give your callback an address WordPress posts to: a public host name on port 443 (https://{ $target }/… without another port)
callback-support-subject = WooCommerce cannot send the new keys to { $target }
callback-support-host-subject = Outgoing HTTPS requests from { $host } fail
callback-support-host-problem = When WooCommerce sends new API keys to { $target } (an HTTPS POST from my site to https://{ $target }/), the request fails{ $failed_with }.
callback-support-host-ask = allow outgoing HTTPS connections (port 443) from my site to { $target }
callback-fix-again-title = Then connect again
callback-fix-again = After the change, start the connection from { $app } again and click Approve. WooCommerce deleted the key from the failed attempt, so there is nothing to clean up in WooCommerce → Settings → Advanced → REST API.
callback-not-received-title = After you approved { $app }, the store could not send the keys to { $target }
callback-not-received-summary = After you approved { $app }, your store could not deliver the new keys, so WooCommerce deleted them again.
callback-not-received-action-app = This is fixed on { $app }'s side: send them the message below, then approve { $app } again.
callback-not-received-action = Let your store's server reach { $target } (the fixes below, or your host), then approve { $app } again.
# $cause: one or two sentences with a leading space.
callback-not-received-explanation = WooCommerce created the keys, but its POST to { $target } never arrived.{ $cause } When that POST fails, WooCommerce deletes the new keys again and shows its error instead of returning to { $app }.
# When the callback's answer had no status.
callback-status-error = an error
callback-rejected-title = { $target } refused the keys the store sent ({ $status })
callback-rejected-summary = { $target } refused the keys your store sent it, so WooCommerce deleted them again.
callback-rejected-action = This is fixed on { $app }'s side: send them the message below.
callback-rejected-explanation = WooCommerce's POST with the new keys reached { $target }, but it answered { $status } instead of 200. WooCommerce counts only exactly 200 as success, so it deleted the keys again and the connection failed. This has to be fixed on { $app }'s side (or by a firewall in front of { $target }): send them the message below.
callback-rejected-support-subject = Your callback refuses WooCommerce's keys from { $host }
callback-rejected-support-problem = When I approve the connection, WooCommerce POSTs the new keys to { $target }, and the callback answers { $status }. WooCommerce accepts only HTTP 200 and deletes the keys otherwise, so the connection never completes.
# $agent is the User-Agent header WooCommerce sends.
callback-rejected-support-ask = make the callback on { $target } accept WooCommerce's POST (JSON body, User-Agent "{ $agent }") and answer exactly 200, and check that no firewall in front of it blocks my store
