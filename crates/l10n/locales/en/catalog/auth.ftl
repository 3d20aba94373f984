# auth.* findings (crates/engine/src/catalog/auth.rs). $error is WordPress's or WooCommerce's own
# answer (code and quoted message), never translated.

auth-support-recipient = your host
auth-header-keys-title = The server removes the Authorization header, so WooCommerce never sees the API key
auth-header-keys-summary = Your web server removes the part of each request that carries the API key, so WooCommerce never sees it.
auth-header-keys-happened = Requests that carry the key in the Authorization header (the standard way) are answered as if no key were sent ({ $error }), while the same key sent in the address works.
auth-header-app-password-title = The server removes the Authorization header, so WordPress never sees the application password
auth-header-app-password-summary = Your web server removes the part of each request that carries the application password, so WordPress never sees it.
auth-header-app-password-happened = Requests that carry the application password in the Authorization header (the only way WordPress accepts one) are answered as if nobody had signed in ({ $error }).
auth-header-none-title = The server removes the Authorization header, so WooCommerce will never see an API key
auth-header-none-summary = Your web server removes the part of each request that would carry an app's key, so WooCommerce will never see one.
auth-header-none-happened = A test login sent in the Authorization header (deliberately wrong, so it can change nothing) was answered as if no login had been sent ({ $error }) instead of being refused as unknown.
auth-header-action = Add the line below to the .htaccess file or the server configuration, or send your host the message below.
# $happened: one of auth-header-*-happened.
auth-header-explanation = { $happened } The web server drops the header before WordPress sees it, which is common when PHP runs as CGI, FastCGI or PHP-FPM. One line in the server configuration passes it on, and { $app } then connects normally.
auth-header-support-subject = The Authorization header does not reach PHP on { $host }
auth-header-support-problem = Requests that send credentials in the HTTP Authorization header arrive at WordPress without it (the same credentials in the query string work), so the server seems to drop the header before PHP.
# $apache and $nginx are configuration lines, never translated.
auth-header-support-ask = pass the Authorization header to PHP for my site (with Apache and PHP-FPM/FastCGI: { $apache }; with nginx: { $nginx } in the PHP location)
# WooCommerce's names of a key's permissions (Permissions field of the key form).
auth-permission-read = Read
auth-permission-write = Write
auth-permission-read-write = Read/Write
auth-key-invalid-title = WooCommerce does not know this API key (it was revoked, or its user deleted)
auth-key-invalid-summary = WooCommerce does not recognise this API key: it was revoked or deleted (deleting its WordPress user deletes it too), or belongs to another store.
auth-key-invalid-action = Create a new key (or connect { $app } again) and use it instead.
auth-key-invalid-explanation = When the key was checked with a signed request, WooCommerce answered { $error }. The key was revoked or deleted, or belongs to another store: WooCommerce also deletes a user's keys when that WordPress user was deleted, and keys from an approval whose final step failed are deleted again at once. Create a new key (or connect { $app } again) and use it instead.
auth-secret-invalid-title = The API key's secret does not match
auth-secret-invalid-summary = WooCommerce knows the API key, but the secret that goes with it is wrong.
auth-secret-invalid-action = Create a new key in WooCommerce and enter both of its parts in { $app }.
auth-secret-invalid-explanation = WooCommerce recognises the consumer key but answers { $error }. The secret was mistyped, cut short when copied, or belongs to an older key. WooCommerce shows a secret only once, so create a new key and enter both parts in { $app }.
auth-https-required-title = The API key was sent over plain HTTP, which WooCommerce ignores
auth-https-required-summary = The key was sent over an unencrypted connection, and WooCommerce ignores keys sent that way.
auth-https-required-action = Use the store's https address in { $app }.
auth-https-required-explanation = The store was reached at { $url }, and WooCommerce accepts keys sent the simple way (Basic authentication) only over HTTPS; over HTTP it ignores them and answers { $error }. Use the https:// address in { $app }. If the store has no HTTPS yet, your host can add a free certificate.
auth-https-required-fix-title = Use the HTTPS address in { $app }
# After "served over HTTPS" (with a leading space added).
auth-through-proxy = through a proxy or CDN
auth-through-vendor = through { $vendor }
auth-https-title = WordPress does not know the store is reached over HTTPS
# $through: empty, or " " and auth-through-*.
auth-https-summary = Visitors reach your store securely{ $through }, but WordPress does not know it, so WooCommerce ignores keys sent the usual way.
auth-https-action = Paste the lines below into wp-config.php so that WordPress recognises the secure connection.
# $cloudflare: empty, or auth-https-explanation-cloudflare.
auth-https-explanation = The store is served over HTTPS{ $through }, but the secure connection ends there and WordPress receives plain HTTP. WooCommerce then ignores API keys sent the usual way (it accepts them only over HTTPS), while signed OAuth requests still work, so { $app } is refused. One line in wp-config.php tells WordPress about the proxy{ $cloudflare }.
auth-https-explanation-cloudflare = ; setting Cloudflare's SSL mode to Full (strict) also helps
auth-https-support-subject = WordPress does not detect HTTPS on { $host }
auth-https-support-problem = The site is served over HTTPS{ $through }, but PHP sees plain HTTP (WordPress's is_ssl() is false), so WooCommerce ignores API keys.
auth-https-support-ask = make the proxy send X-Forwarded-Proto: https and set HTTPS=on for PHP on this site, or tell me which header your proxy sets
# WooCommerce's resources, for lists ("orders and products").
auth-resource-orders = orders
auth-resource-products = products
auth-resource-customers = customers
auth-resource-coupons = coupons
auth-resource-reports = reports
auth-resources-fallback = store data
# $permission is WooCommerce's value ("read", "write"); $wanted is auth-permission-*.
auth-read-only-title = The API key may only { $permission }, but { $app } needs { $wanted }
auth-read-only-summary = The API key may only { $permission }, but { $app } also needs to change { $resources }.
auth-read-only-action = Change the key's permission to { $wanted } in WooCommerce; the key itself stays the same.
auth-read-only-explanation = The key's permission is "{ $permission }", and WooCommerce answered { $error }. { $app } needs to create and update { $resources }. Change the key's permission to { $wanted }: its key and secret stay the same.
# A missing WordPress capability and the resource it is for ("edit_shop_orders (for orders)").
auth-capability-for = { $capability } (for { $resource })
auth-capability-fallback-missing = the capabilities it needs
auth-capability-fallback-summary = everything the app needs
auth-capability-fallback-title = what the app needs
auth-capability-fallback-explanation = some requests
auth-capability-role-admin = the Administrator role (a Shop Manager may not create customers)
auth-capability-role = the Shop Manager or Administrator role
auth-capability-title = The key's WordPress user may not use { $resources }
auth-capability-summary = The WordPress user who owns the key is not allowed to use { $resources }.
auth-capability-action = Give that user { $role }, or create the key under such a user.
auth-capability-explanation = The key works, but WooCommerce refuses { $resources } because the WordPress user who owns the key lacks { $missing }. A key can do only what its user may do. Give that user { $role }, or create the key under such a user.
auth-app-password-title = WordPress rejects the application password
auth-app-password-summary = WordPress refuses to sign in with the application password.
auth-app-password-action = Create a new application password and enter it in { $app } with the matching user name.
auth-app-password-explanation = WordPress refused to sign in with the application password ({ $error }). It was revoked, mistyped, or belongs to another user; application passwords also stop working when the site is not on HTTPS or a security plugin turns them off. Create a new application password and enter it in { $app } with the matching user name.
