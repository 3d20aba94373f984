# Probe labels: what a person sees next to the spinner while each check runs.
probe-dns = Adresse des Shops wird nachgeschlagen
probe-tcp = Verbindung zum Shop wird aufgebaut
probe-tls = HTTPS-Zertifikat wird geprüft
probe-home = Startseite des Shops wird geöffnet
probe-rest-index = REST-API unter /wp-json/ wird aufgerufen
probe-rest-index-query = REST-API mit ?rest_route= wird aufgerufen
probe-rest-index-browser = REST-API wird wie von einem Webbrowser aufgerufen
probe-rest-post = POST an die WooCommerce-API wird gesendet
probe-rest-put = Änderung (PUT) an die WooCommerce-API wird gesendet
probe-auth-header-echo = Es wird geprüft, ob Anmelde-Header WordPress erreichen
probe-wc-auth = Seite zur App-Autorisierung von WooCommerce wird geprüft
probe-wc-auth-query = Ausweichadresse der Autorisierungsseite wird geprüft
probe-auth-basic = Anmeldung mit dem API-Schlüssel (Header)
probe-auth-query = Anmeldung mit dem API-Schlüssel (Query-String)
probe-auth-oauth = Anmeldung mit dem API-Schlüssel (OAuth-Signatur)
probe-auth-oauth-http = Es wird geprüft, ob WordPress weiß, dass es über HTTPS läuft
probe-auth-app-password = Anmeldung mit dem Anwendungspasswort
probe-auth-oauth-site = Signatur für die eigene Website-Adresse von WordPress
probe-clock = Uhr des Shops wird mit der dieses Computers verglichen
probe-wc-system-status = Eigener Statusbericht von WooCommerce wird gelesen
probe-wc-webhooks = Suche nach Webhooks, die WooCommerce deaktiviert hat
probe-legacy-api = Legacy-REST-API (/wc-api/v3/) wird geprüft
probe-cache-anon = Dieselbe Anfrage an die API ohne Anmeldung
probe-cache-auth-busted = Erneute Anfrage mit Anmeldung, an jedem Seiten-Cache vorbei
probe-cache-anon-busted = Erneute Anfrage ohne Anmeldung, an jedem Seiten-Cache vorbei
# $resource: a WooCommerce resource name as the API spells it (orders, products), never translated.
probe-read = { $resource } wird gelesen
probe-write = Schreibrecht für { $resource } wird geprüft (es wird nichts geändert)
