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
