# Titel der .htaccess-Korrekturen (Apache, LiteSpeed). Die Snippets selbst werden nie übersetzt.
apache-location-root = die .htaccess-Datei im WordPress-Ordner (meist { $example })
apache-location-folder = die .htaccess-Datei im WordPress-Ordner { $base } (z. B. { $example })
apache-rest-first-title = REST-API durchlassen: Fügen Sie dies ganz oben in die .htaccess ein
apache-pass-auth-rewrite-title = Authorization-Header an WordPress weitergeben (.htaccess, Rewrite-Regel)
apache-pass-auth-setenvif-title = Oder: Authorization-Header mit SetEnvIf weitergeben (.htaccess)
apache-cgi-pass-auth-title = Oder: { $directive } (.htaccess, Apache 2.4.13+)
apache-allow-app-title = Adressen von { $app } zulassen (.htaccess)
apache-wordpress-rewrite-title = WordPress' eigene Rewrite-Regeln: Stellen Sie sicher, dass { $location } diesen Block enthält (eine ältere Kopie ersetzen)
apache-exempt-password-title = API vom HTTP-Passwort ausnehmen (.htaccess, Apache 2.4)
