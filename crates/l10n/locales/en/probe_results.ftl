# Why a check was skipped: shown in "All checks" (the wizard, the CLI's list of every check).
# $address, $entered, $other: web addresses, never translated.
probe-skip-no-answer = the store did not answer
probe-skip-no-method = no sign-in method worked
probe-skip-not-access = not an access probe
probe-skip-cert-invalid = the HTTPS certificate is not valid, so no credentials were sent
probe-skip-nothing-to-compare = no signed-in request to compare with
probe-skip-redirects-elsewhere = the store redirects to { $address }: check that address to go on
probe-skip-no-resolve = the host name did not resolve
probe-skip-plain-http = the store URL is plain http
probe-skip-no-connection = no connection to the store
probe-skip-no-woo-key = no WooCommerce key given
probe-skip-no-site-address = no Site Address in the REST index
probe-skip-site-address-same-host = the Site Address has this host
probe-skip-site-address-no-host = the Site Address has no usable host
probe-skip-not-applicable = not applicable
probe-skip-not-status = not a WooCommerce status probe
probe-skip-header-plain-http = WooCommerce ignores keys in a header over plain http; not sent in clear
probe-skip-query-plain-http = WooCommerce ignores keys in the query over plain http; not sent in clear
probe-skip-already-http = the store is plain http already
probe-skip-no-app-password = no application password given
probe-skip-app-password-https-only = WordPress accepts application passwords only over HTTPS; not sent in clear
probe-skip-not-sign-in = not a sign-in probe
probe-skip-credentials-elsewhere = the store redirects to { $address }, another address than the one entered: no credentials were sent there
probe-skip-credentials-other-origin = { $entered } did not work and credentials are not sent to { $other } instead

# What each check saw: shown in "All checks" and under each check while it runs. What the server
# said (statuses, WooCommerce's codes and messages), addresses, versions and plugin names are values.
probe-dns-slow = looking up { $host } took longer than { $duration }
probe-tcp-connected = connected to { $address }
probe-tcp-no-address = no address to connect to
probe-tcp-no-answer = { $address }: no answer within { $duration }
probe-tls-valid = { $protocol } certificate for { $names } valid until { $date }
probe-home-no-answer = no answer
probe-home-wordpress = { $status } WordPress
probe-home-no-wordpress = { $status } no WordPress signal
probe-home-store-url = store URL is { $address }
probe-home-redirects = redirects to { $address } (another address: not used without your confirmation)
probe-rest-index-wc-active = 200: the REST index, { $count } namespaces, WooCommerce active
probe-rest-index-wc-missing = 200: the REST index, { $count } namespaces, WooCommerce missing
# $answer: the status and what the server said ("401 woocommerce_rest_cannot_view: …").
probe-rest-reached-wc = reached WooCommerce ({ $answer })
probe-rest-header-reaches = the Authorization header reaches WordPress (it answered "Unknown username")
probe-rest-wc-auth-login = WooCommerce answers: visitors are sent to its approval login form
probe-auth-http-signature-accepted = 200: WordPress accepted a signature made for http, so it does not know it is on HTTPS
probe-auth-refused-as-expected = refused as expected ({ $answer })
probe-auth-signed-in = 200 signed in
# $resource: a WooCommerce resource name as the API spells it (orders, products), never translated.
probe-access-may-create = may create { $resource } (refused harmlessly: { $answer })
probe-access-may-read = may read { $resource }
# $result: what the check saw; $probe: the id of the sign-in check whose method was used.
probe-via = { $result } [via { $probe }]
probe-legacy-answers = the Legacy REST API answers
probe-clock-no-date = the answer carried no Date header
# $skew: "2 h 5 min behind this computer's" (clock-skew-* messages).
probe-clock-skew = the store's clock is { $skew }
probe-status-not-manager = { $answer } (the key's user may not manage WooCommerce) [via { $probe }]
probe-status-no-webhook-disabled = no webhook is disabled
probe-status-webhooks-disabled = { $count } webhook(s) disabled
probe-status-versions = WooCommerce { $wc } on WordPress { $wp }
probe-status-version = WooCommerce { $wc }
probe-status-multisite-yes = multisite: yes
probe-status-multisite-no = multisite: no
probe-status-post-works = its outgoing test POST works
probe-status-post-failed = its outgoing test POST failed
# $response: WooCommerce's own words for the failure ("cURL error 7: …").
probe-status-post-failed-because = its outgoing test POST failed ({ $response })
probe-status-get-failed = its outgoing test GET failed
probe-status-security-plugins = security plugins: { $names }
probe-status-cache-plugins = cache plugins: { $names }
probe-status-read = read WooCommerce's status report
probe-internal-error = internal error: { $error }
probe-time-limit-incomplete = no complete answer after { $seconds } s, when the run's time limit was reached
probe-time-limit-stopped = stopped: the run's time limit was reached
probe-oauth-site-accepted = 200: a signature made for { $host } is accepted here

# Why a request got no usable answer. $error: what the system or the TLS library said; $address: a web address.
fetch-error-connect = connection failed: { $error }
fetch-error-tls = TLS failed: { $error }
fetch-error-timeout = no answer within { $duration }
fetch-error-too-many-redirects = more than { $count } redirects
fetch-error-protocol = the server's answer was malformed: { $error }
fetch-error-insecure-credentials = refused to send credentials over plain HTTP
fetch-error-credentials-not-forwarded = redirected to { $address }, another address: not followed with the credentials
fetch-error-refused = not sent: { $error }
fetch-error-cert-no-credentials = the certificate is not valid, so no credentials were sent
