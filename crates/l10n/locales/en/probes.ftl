# Probe labels: what a person sees next to the spinner while each check runs.
probe-dns = Looking up the store's address
probe-tcp = Connecting to the store
probe-tls = Checking the HTTPS certificate
probe-home = Opening the store's home page
probe-rest-index = Reaching the REST API at /wp-json/
probe-rest-index-query = Reaching the REST API with ?rest_route=
probe-rest-index-browser = Reaching the REST API as a web browser
probe-rest-post = Sending a POST to the WooCommerce API
probe-rest-put = Sending an update (PUT) to the WooCommerce API
probe-auth-header-echo = Checking that login headers reach WordPress
probe-wc-auth = Checking WooCommerce's app authorization page
probe-wc-auth-query = Checking the authorization page's fallback address
probe-auth-basic = Signing in with the API key (header)
probe-auth-query = Signing in with the API key (query string)
probe-auth-oauth = Signing in with the API key (OAuth signature)
probe-auth-oauth-http = Checking that WordPress knows it is on HTTPS
probe-auth-app-password = Signing in with the application password
probe-auth-oauth-site = Signing for WordPress's own Site Address
probe-clock = Comparing the store's clock with this computer's
probe-wc-system-status = Reading WooCommerce's own status report
probe-wc-webhooks = Looking for webhooks WooCommerce switched off
probe-legacy-api = Checking the Legacy REST API (/wc-api/v3/)
probe-cache-anon = Asking the API the same question without signing in
probe-cache-auth-busted = Asking again signed in, past any page cache
probe-cache-anon-busted = Asking again without signing in, past any page cache
# $resource: a WooCommerce resource name as the API spells it (orders, products), never translated.
probe-read = Reading { $resource }
probe-write = Checking permission to write { $resource } (nothing is changed)
