# Sentences of the connect crate the CLI and the wizard show ($page: an address; $hint: the key's
# last characters; $ids: finding ids; $verdict: healthy, problems, unreachable or no-keys, codes).
revoke-app-password = To revoke it, open { $page } and click Revoke next to the Handshake application password.
revoke-key = To revoke the key, open { $page } and click Revoke under its description.
revoke-key-ending = To revoke the key (the key ending in { $hint }), open { $page } and click Revoke under its description.

## What changed since a store's previous check.
watch-key-stopped = the key stopped working
watch-key-works-again = the key works again
watch-new = new: { $ids }
watch-fixed = fixed: { $ids }
watch-was = was { $verdict }
watch-first = first check since connecting
watch-unchanged = unchanged

## While the owner approves in the browser.
connect-waiting-approval = waiting for approval
connect-waiting-key = approved; waiting for the store to send the key

## A store's verdict in the text form of `handshake stores` (in English the contract's codes).
verdict-healthy = healthy
verdict-problems = problems
verdict-unreachable = unreachable
verdict-no-keys = no-keys

## What an error page WooCommerce showed after Approve means (connect --explain, the wizard's paste
## screen). Values: $ok ("200 OK"), $bundle, $block, $config, $hosts (WordPress's file and setting
## names), $path (/wc-auth/).
store-message-rejected = The store sent the new key to the app's callback address, but the answer was not exactly "{ $ok }" (a firewall page, a redirect or an error), so WooCommerce deleted the key again.
store-message-url-refused = WordPress refused to send the key to the callback address before trying: it posts only to ports 80, 443 and 8080 (or the site's own port on its own host), and only to names that resolve, from the store's server, to a public address.
store-message-certificate = The store did not trust the callback's HTTPS certificate. WordPress checks it against its own list of certificate authorities ({ $bundle }): the certificate is self-signed, from a private authority or sent without its intermediate certificate, or this WordPress's list is out of date.
store-message-blocked-external = WordPress is configured to block outgoing requests ({ $block } in { $config }) and the callback host is not in { $hosts }.
store-message-resolve = The store's server cannot look up the callback host's name: its DNS is broken or outgoing DNS is blocked.
store-message-timeout = The store's server got no answer from the callback host: a firewall at the host may drop outgoing connections, or the callback's server does not answer.
store-message-connect = The store's server could not connect to the callback host: nothing accepted the connection there (the app's connection service may be down), or a firewall refused it.
store-message-needs-ssl = The authorization link asked WooCommerce to send the key to a plain-http address, which it refuses. The link was built wrongly or changed on the way.
store-message-missing-parameter = The authorization link reached WooCommerce without some of its parameters: a redirect, a security plugin or a cache stripped part of the address.
store-message-permission = WooCommerce's approval page refused the WordPress user who was logged in: only users who may manage WooCommerce (Administrators and Shop Managers) can approve, and WordPress must still see the login when Approve is clicked. No key was created.
store-message-nonce = The Approve page was stale: it came from a cache or was left open too long. Exclude { $path } from page caching and approve again from a fresh link.
