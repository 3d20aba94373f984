# Warum eine Prüfung übersprungen wurde: unter „Alle Prüfungen“ (im Assistenten und in der Liste aller Prüfungen der CLI).
# $address, $entered, $other: Webadressen, nie übersetzt.
probe-skip-no-answer = der Shop hat nicht geantwortet
probe-skip-no-method = keine Anmeldemethode hat funktioniert
probe-skip-not-access = keine Prüfung der Zugriffsrechte
probe-skip-cert-invalid = das HTTPS-Zertifikat ist nicht gültig, daher wurden keine Zugangsdaten gesendet
probe-skip-nothing-to-compare = keine angemeldete Anfrage zum Vergleichen
probe-skip-redirects-elsewhere = der Shop leitet auf { $address } um: prüfen Sie diese Adresse, um fortzufahren
probe-skip-no-resolve = der Hostname ließ sich nicht auflösen
probe-skip-plain-http = die Shop-Adresse ist einfaches http
probe-skip-no-connection = keine Verbindung zum Shop
probe-skip-no-woo-key = kein WooCommerce-Schlüssel angegeben
probe-skip-no-site-address = keine Website-Adresse im REST-Index
probe-skip-site-address-same-host = die Website-Adresse hat diesen Host
probe-skip-site-address-no-host = die Website-Adresse hat keinen brauchbaren Host
probe-skip-not-applicable = trifft nicht zu
probe-skip-not-status = keine Prüfung des WooCommerce-Status
probe-skip-header-plain-http = WooCommerce ignoriert Schlüssel in einem Header bei einfachem http; nicht unverschlüsselt gesendet
probe-skip-query-plain-http = WooCommerce ignoriert Schlüssel im Query-String bei einfachem http; nicht unverschlüsselt gesendet
probe-skip-already-http = der Shop nutzt bereits einfaches http
probe-skip-no-app-password = kein Anwendungspasswort angegeben
probe-skip-app-password-https-only = WordPress akzeptiert Anwendungspasswörter nur über HTTPS; nicht unverschlüsselt gesendet
probe-skip-not-sign-in = keine Anmeldeprüfung
probe-skip-credentials-elsewhere = der Shop leitet auf { $address } um, eine andere Adresse als die eingegebene: dorthin wurden keine Zugangsdaten gesendet
probe-skip-credentials-other-origin = { $entered } hat nicht funktioniert, und Zugangsdaten werden nicht stattdessen an { $other } gesendet

# Was jede Prüfung gesehen hat: unter „Alle Prüfungen“ und unter jeder Prüfung, während sie läuft. Was der
# Server sagte (Status, Codes und Meldungen von WooCommerce), Adressen, Versionen und Plugin-Namen sind Werte.
probe-dns-slow = die Suche nach { $host } dauerte länger als { $duration }
probe-tcp-connected = verbunden mit { $address }
probe-tcp-no-address = keine Adresse zum Verbinden
probe-tcp-no-answer = { $address }: keine Antwort innerhalb von { $duration }
probe-tls-valid = { $protocol }-Zertifikat für { $names }, gültig bis { $date }
probe-home-no-answer = keine Antwort
probe-home-wordpress = { $status } WordPress
probe-home-no-wordpress = { $status } kein Hinweis auf WordPress
probe-home-store-url = die Shop-Adresse ist { $address }
probe-home-redirects = leitet auf { $address } um (eine andere Adresse: ohne Ihre Bestätigung nicht verwendet)
probe-rest-index-wc-active = 200: der REST-Index, { $count } Namespaces, WooCommerce aktiv
probe-rest-index-wc-missing = 200: der REST-Index, { $count } Namespaces, WooCommerce fehlt
probe-rest-reached-wc = WooCommerce erreicht ({ $answer })
probe-rest-header-reaches = der Authorization-Header erreicht WordPress (es antwortete „Unknown username“)
probe-rest-wc-auth-login = WooCommerce antwortet: Besucher werden zu seinem Anmeldeformular für die Freigabe geschickt
probe-auth-http-signature-accepted = 200: WordPress hat eine für http erstellte Signatur angenommen, es weiß also nicht, dass es über HTTPS läuft
probe-auth-refused-as-expected = wie erwartet abgelehnt ({ $answer })
probe-auth-signed-in = 200 angemeldet
probe-access-may-create = darf { $resource } anlegen (harmlos abgelehnt: { $answer })
probe-access-may-read = darf { $resource } lesen
probe-via = { $result } [über { $probe }]
probe-legacy-answers = die Legacy REST API antwortet
probe-clock-no-date = die Antwort hatte keinen Date-Header
probe-clock-skew = die Uhr des Shops { $skew }
probe-status-not-manager = { $answer } (der Benutzer des Schlüssels darf WooCommerce möglicherweise nicht verwalten) [über { $probe }]
probe-status-no-webhook-disabled = kein Webhook ist deaktiviert
probe-status-webhooks-disabled = { $count ->
    [one] { $count } Webhook deaktiviert
   *[other] { $count } Webhooks deaktiviert
}
probe-status-versions = WooCommerce { $wc } auf WordPress { $wp }
probe-status-version = WooCommerce { $wc }
probe-status-multisite-yes = Multisite: ja
probe-status-multisite-no = Multisite: nein
probe-status-post-works = sein ausgehender Test-POST funktioniert
probe-status-post-failed = sein ausgehender Test-POST ist fehlgeschlagen
probe-status-post-failed-because = sein ausgehender Test-POST ist fehlgeschlagen ({ $response })
probe-status-get-failed = sein ausgehender Test-GET ist fehlgeschlagen
probe-status-security-plugins = Sicherheits-Plugins: { $names }
probe-status-cache-plugins = Cache-Plugins: { $names }
probe-status-read = Statusbericht von WooCommerce gelesen
probe-internal-error = interner Fehler: { $error }
probe-time-limit-incomplete = keine vollständige Antwort nach { $seconds } s, als das Zeitlimit der Prüfung erreicht war
probe-time-limit-stopped = angehalten: das Zeitlimit der Prüfung war erreicht
probe-oauth-site-accepted = 200: eine für { $host } erstellte Signatur wird hier angenommen

# Warum eine Anfrage keine brauchbare Antwort bekam. $error: was das System oder die TLS-Bibliothek sagte; $address: eine Webadresse.
fetch-error-connect = Verbindung fehlgeschlagen: { $error }
fetch-error-tls = TLS fehlgeschlagen: { $error }
fetch-error-timeout = keine Antwort innerhalb von { $duration }
fetch-error-too-many-redirects = mehr als { $count } Umleitungen
fetch-error-protocol = die Antwort des Servers war fehlerhaft: { $error }
fetch-error-insecure-credentials = Zugangsdaten werden nicht über einfaches HTTP gesendet
fetch-error-credentials-not-forwarded = umgeleitet auf { $address }, eine andere Adresse: mit den Zugangsdaten nicht gefolgt
fetch-error-refused = nicht gesendet: { $error }
fetch-error-cert-no-credentials = das Zertifikat ist nicht gültig, daher wurden keine Zugangsdaten gesendet
