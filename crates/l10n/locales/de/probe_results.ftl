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
