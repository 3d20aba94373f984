# site.url_mismatch (crates/engine/src/catalog/site_url.rs).

site-url-title = Die eigene Adresse von WordPress ist nicht die Adresse, die { $app } verwendet
site-url-summary = WordPress führt für Ihren Shop eine andere Adresse als die, die { $app } verwendet.
site-url-action = Verwenden Sie überall dieselbe Adresse: Tragen Sie die Website-Adresse von WordPress in { $app } ein oder korrigieren Sie die Website-Adresse in WordPress.
site-url-wordpress-address = (seine WordPress-Adresse, unter der seine Dateien liegen, ist { $url })
site-url-explanation = WordPress gibt als Website-Adresse { $home }{ $wordpress_address } an, { $app } verwendet aber { $app_address }. Sie unterscheiden sich hier: { $differences }. WooCommerce bildet die Links der Seite, auf der Sie { $app } freigeben, aus der Website-Adresse, daher werden Sie während der Freigabe zu { $home } geleitet.
site-url-explanation-host = WordPress gibt als Website-Adresse { $home }{ $wordpress_address } an, { $app } verwendet aber { $app_address }. Sie unterscheiden sich hier: { $differences }. WooCommerce bildet die Links der Seite, auf der Sie { $app } freigeben, aus der Website-Adresse, daher werden Sie während der Freigabe zu { $home } geleitet; außerdem prüft es mit OAuth 1.0a signierte Anfragen gegen den Host der Website-Adresse, sodass Signaturen, die { $app } für { $app_address } erstellt, abgelehnt werden („{ $error }“).
site-url-explanation-happened = Genau das ist hier passiert, während derselbe Schlüssel funktionierte, wenn er für die Website-Adresse signiert oder ohne Signatur gesendet wurde.
site-url-explanation-one-address = Verwenden Sie überall dieselbe Adresse: entweder die Website-Adresse in der App, oder korrigieren Sie die Website-Adresse.
site-url-fix-use-site-address-title = Wenn die Adresse von WordPress die richtige ist: in der App verwenden
site-url-fix-use-site-address = Tragen Sie { $home } als Shop-Adresse in { $app } (und in dieser Prüfung) ein und verbinden Sie { $app } dann erneut, damit seine Schlüssel und Rückrufe diese Adresse verwenden.
site-url-fix-general-settings-title = Wenn die Adresse der App die richtige ist: die Adresse von WordPress korrigieren
site-url-fix-general-settings = Öffnen Sie in WordPress ({ $general }) Einstellungen → Allgemein und setzen Sie „Website-Adresse (URL)“ auf { $app } (ohne abschließenden Schrägstrich). „WordPress-Adresse (URL)“ ist der Ort, an dem die Dateien von WordPress liegen: Geben Sie ihr dasselbe Schema und dieselbe Domain, behalten Sie aber ihren Ordner bei. Klicken Sie auf „Änderungen speichern“ und melden Sie sich dann unter der neuen Adresse erneut an. Sind die beiden Felder ausgegraut, legt wp-config.php sie fest (siehe nächste Lösung).
site-url-fix-wp-config-title = Wenn wp-config.php die Adressen festlegt: dort ändern
site-url-fix-wp-config-comment = Handshake: die Adressen von WordPress, wie die App sie verwendet.
site-url-fix-wp-config-where = In wp-config.php oberhalb der Zeile "{ $marker }" einfügen (diese beiden Zeilen ersetzen, falls sie schon vorhanden sind).
site-url-differs-scheme = das Schema: WordPress verwendet { $wordpress }, die App verwendet { $app }
site-url-differs-www = www: WordPress verwendet { $wordpress }, die App verwendet { $app }
site-url-differs-domain = die Domain: WordPress verwendet { $wordpress }, die App verwendet { $app }
site-url-differs-port = der Port: WordPress verwendet { $wordpress }, die App verwendet { $app }
site-url-differs-folder = der Ordner: WordPress liegt unter { $wordpress }, die App verwendet { $app }
