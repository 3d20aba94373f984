# Errors a person gets for what they typed. Values: $input and $host as typed (quoted),
# $scheme, $https, $http, $example, and $error (the URL parser's own words).
error-store-url-empty = die Adresse des Shops ist leer
error-store-url-unparsable = { $input } ist keine Webadresse: { $error }
error-store-url-scheme = das Schema { $scheme } wird nicht unterstützt: Verwenden Sie { $https } (oder { $http })
error-store-url-no-host = die Adresse hat keinen Hostnamen
error-store-url-credentials = die Adresse darf keinen Benutzernamen und kein Passwort enthalten
error-store-url-bad-host = { $host } ist kein gültiger Hostname
error-store-url-not-web = „{ $scheme }“-Adressen sind keine Webadressen: Geben Sie die Adresse des Shops ein, etwa { $example }
error-store-url-port-zero = Port 0 kann kein Webserver verwenden: Lassen Sie den Port weg oder geben Sie den an, den der Shop verwendet

## Credentials from the environment ($prefix: ck_ or cs_; $set, $missing: variable names; $count: characters given).
error-credentials-consumer-key = der Consumer Key muss mit { $prefix } beginnen, gefolgt von 40 Hexadezimalzeichen (angegeben: { $count } Zeichen)
error-credentials-consumer-secret = das Consumer Secret muss mit { $prefix } beginnen, gefolgt von 40 Hexadezimalzeichen
error-credentials-incomplete = { $set } ist gesetzt, { $missing } aber nicht: Beide werden benötigt
error-credentials-app-password = das Anwendungspasswort muss aus 24 Buchstaben und Ziffern bestehen (Leerzeichen sind erlaubt)
error-credentials-empty-user = der WordPress-Benutzername ist leer

## --ca-cert ($path: the file as given; $error: the system's or the TLS library's own words).
error-trust-read = das CA-Zertifikat { $path } kann nicht gelesen werden: { $error }
error-trust-no-certificate = { $path } enthält kein PEM-Zertifikat
error-trust-invalid = das CA-Zertifikat in { $path } ist ungültig: { $error }

## The OS keyring and the saved-store files ($error: the keyring's or the system's own words).
error-vault-unavailable = der Schlüsselbund des Systems ist nicht verfügbar: { $error }
error-vault-denied = der Schlüsselbund hat den Zugriff verweigert: { $error }
error-vault-corrupt = der Schlüsselbund-Eintrag für { $store } ist beschädigt; entfernen Sie den Shop und verbinden Sie ihn erneut
error-saved-no-config-dir = für diesen Benutzer wurde kein Konfigurationsordner gefunden
error-saved-read = { $path } kann nicht gelesen werden: { $error }
error-saved-write = { $path } kann nicht geschrieben werden: { $error }
error-saved-corrupt = { $path } ist beschädigt ({ $error }); die Datei wurde unverändert gelassen

## --profile and --app ($path: the file or app name as given; $error: the system's words or what is wrong in the file).
error-profile-read = das Profil { $path } kann nicht gelesen werden: { $error }
error-profile-invalid = das Profil { $path } ist ungültig: { $error }

## What is wrong inside a profile ($field: the TOML key; $value: what the file says, quoted; $known:
## the app profiles there are; $max: a number of characters).
error-profile-unknown-app = kein solches App-Profil; vorhanden: { $known }
error-profile-empty-name = { $field } darf nicht leer sein
error-profile-name-too-long = { $field } ist länger als die { $max } Zeichen, die WooCommerce speichert
error-profile-bad-ip = { $field }: { $value } ist keine IP-Adresse und kein CIDR-Bereich
error-profile-bad-user-agent = { $field } muss aus 1 bis { $max } druckbaren ASCII-Zeichen bestehen
error-profile-bad-host = { $value } ist kein Hostname

## Setting up a check ($error: why the HTTP client could not be set up).
error-engine-client = der HTTP-Client konnte nicht eingerichtet werden: { $error }
error-engine-bad-timeout = das Zeitlimit muss zwischen 1 und 600 Sekunden liegen

## --resolve ($spec: the value as typed, quoted; $shape: the form expected; $address: the part after it, quoted).
error-resolve-shape = { $spec }: erwartet wird { $shape }
error-resolve-not-an-ip = { $spec }: { $address } ist keine IP-Adresse
error-resolve-empty-host = { $spec }: der Hostname ist leer
