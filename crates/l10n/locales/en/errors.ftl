# Errors a person gets for what they typed. Values: $input and $host as typed (quoted),
# $scheme, $https, $http, $example, and $error (the URL parser's own words).
error-store-url-empty = the store address is empty
error-store-url-unparsable = { $input } is not a web address: { $error }
error-store-url-scheme = the scheme { $scheme } is not supported: use { $https } (or { $http })
error-store-url-no-host = the address has no host name
error-store-url-credentials = the address must not contain a user name or password
error-store-url-bad-host = { $host } is not a valid host name
error-store-url-not-web = "{ $scheme }" addresses are not web addresses: enter the store's address, like { $example }
error-store-url-port-zero = port 0 is not a port a web server can use: leave the port out, or enter the one the store uses

## Credentials from the environment ($prefix: ck_ or cs_; $set, $missing: variable names; $count: characters given).
error-credentials-consumer-key = the consumer key must start with { $prefix } followed by 40 hexadecimal characters (got { $count } characters)
error-credentials-consumer-secret = the consumer secret must start with { $prefix } followed by 40 hexadecimal characters
error-credentials-incomplete = { $set } is set but { $missing } is not: both are needed
error-credentials-app-password = the application password must be 24 letters and digits (spaces are fine)
error-credentials-empty-user = the WordPress user name is empty

## --ca-cert ($path: the file as given; $error: the system's or the TLS library's own words).
error-trust-read = cannot read the CA certificate { $path }: { $error }
error-trust-no-certificate = { $path } holds no PEM certificate
error-trust-invalid = the CA certificate in { $path } is not valid: { $error }

## The OS keyring and the saved-store files ($error: the keyring's or the system's own words).
error-vault-unavailable = the system keyring is not available: { $error }
error-vault-denied = the keyring refused access: { $error }
error-vault-corrupt = the keyring entry for { $store } is damaged; forget the store and connect it again
error-saved-no-config-dir = no config directory could be found for this user
error-saved-read = cannot read { $path }: { $error }
error-saved-write = cannot write { $path }: { $error }
error-saved-corrupt = { $path } is damaged ({ $error }); it was left as is

## --profile and --app ($path: the file or app name as given; $error: the system's words or what is wrong in the file).
error-profile-read = cannot read profile { $path }: { $error }
error-profile-invalid = profile { $path } is not valid: { $error }

## What is wrong inside a profile ($field: the TOML key; $value: what the file says, quoted; $known:
## the app profiles there are; $max: a number of characters).
error-profile-unknown-app = no such app profile; known: { $known }
error-profile-empty-name = { $field } must not be empty
error-profile-name-too-long = { $field } is longer than the { $max } characters WooCommerce keeps
error-profile-bad-ip = { $field }: { $value } is not an IP address or CIDR range
error-profile-bad-user-agent = { $field } must be 1 to { $max } printable ASCII characters
error-profile-bad-host = { $value } is not a host name

## Setting up a check ($error: why the HTTP client could not be set up).
error-engine-client = could not set up the HTTP client: { $error }
error-engine-bad-timeout = the time limit must be between 1 and 600 seconds

## --resolve ($spec: the value as typed, quoted; $shape: the form expected; $address: the part after it, quoted).
error-resolve-shape = { $spec }: expected { $shape }
error-resolve-not-an-ip = { $spec }: { $address } is not an IP address
error-resolve-empty-host = { $spec }: the host name is empty
