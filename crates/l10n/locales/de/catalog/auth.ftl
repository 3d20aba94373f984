# auth.* findings (crates/engine/src/catalog/auth.rs).

auth-support-recipient = Ihren Hosting-Anbieter
auth-header-keys-title = Der Server entfernt den Authorization-Header, daher sieht WooCommerce den API-Schlüssel nie
auth-header-keys-summary = Ihr Webserver entfernt den Teil jeder Anfrage, der den API-Schlüssel trägt, daher sieht WooCommerce ihn nie.
auth-header-keys-happened = Anfragen, die den Schlüssel im Authorization-Header tragen (der übliche Weg), werden beantwortet, als wäre kein Schlüssel gesendet worden ({ $error }), während derselbe Schlüssel in der Adresse funktioniert.
auth-header-app-password-title = Der Server entfernt den Authorization-Header, daher sieht WordPress das Anwendungspasswort nie
auth-header-app-password-summary = Ihr Webserver entfernt den Teil jeder Anfrage, der das Anwendungspasswort trägt, daher sieht WordPress es nie.
auth-header-app-password-happened = Anfragen, die das Anwendungspasswort im Authorization-Header tragen (der einzige Weg, auf dem WordPress eines annimmt), werden beantwortet, als hätte sich niemand angemeldet ({ $error }).
auth-header-none-title = Der Server entfernt den Authorization-Header, daher wird WooCommerce nie einen API-Schlüssel sehen
auth-header-none-summary = Ihr Webserver entfernt den Teil jeder Anfrage, der den Schlüssel einer App tragen würde, daher wird WooCommerce nie einen sehen.
auth-header-none-happened = Eine im Authorization-Header gesendete Testanmeldung (absichtlich falsch, damit sie nichts ändern kann) wurde beantwortet, als wäre keine Anmeldung gesendet worden ({ $error }), statt als unbekannt abgelehnt zu werden.
auth-header-action = Fügen Sie die Zeile unten in die .htaccess-Datei oder die Serverkonfiguration ein, oder senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
auth-header-explanation = { $happened } Der Webserver verwirft den Header, bevor WordPress ihn sieht; das ist häufig, wenn PHP als CGI, FastCGI oder PHP-FPM läuft. Eine Zeile in der Serverkonfiguration reicht ihn weiter, und { $app } verbindet sich dann normal.
auth-header-support-subject = Der Authorization-Header erreicht PHP auf { $host } nicht
auth-header-support-problem = Anfragen, die Zugangsdaten im HTTP-Authorization-Header senden, kommen ohne ihn bei WordPress an (dieselben Zugangsdaten im Query-String funktionieren), der Server scheint den Header also vor PHP zu verwerfen.
auth-header-support-ask = den Authorization-Header für meine Website an PHP weiterreichen (mit Apache und PHP-FPM/FastCGI: { $apache }; mit nginx: { $nginx } in der PHP-location)
auth-permission-read = Lesen
auth-permission-write = Schreiben
auth-permission-read-write = Lesen/Schreiben
auth-key-invalid-title = WooCommerce kennt diesen API-Schlüssel nicht (er wurde widerrufen oder sein Benutzer gelöscht)
auth-key-invalid-summary = WooCommerce erkennt diesen API-Schlüssel nicht: Er wurde widerrufen oder gelöscht (das Löschen seines WordPress-Benutzers löscht ihn mit), oder er gehört zu einem anderen Shop.
auth-key-invalid-action = Erstellen Sie einen neuen Schlüssel (oder verbinden Sie { $app } erneut) und verwenden Sie stattdessen diesen.
auth-key-invalid-explanation = Als der Schlüssel mit einer signierten Anfrage geprüft wurde, antwortete WooCommerce { $error }. Der Schlüssel wurde widerrufen oder gelöscht, oder er gehört zu einem anderen Shop: WooCommerce löscht die Schlüssel eines Benutzers auch, wenn dieser WordPress-Benutzer gelöscht wurde, und Schlüssel aus einer Freigabe, deren letzter Schritt scheiterte, werden sofort wieder gelöscht. Erstellen Sie einen neuen Schlüssel (oder verbinden Sie { $app } erneut) und verwenden Sie stattdessen diesen.
auth-secret-invalid-title = Das Secret des API-Schlüssels passt nicht
auth-secret-invalid-summary = WooCommerce kennt den API-Schlüssel, aber das zugehörige Secret ist falsch.
auth-secret-invalid-action = Erstellen Sie in WooCommerce einen neuen Schlüssel und tragen Sie beide Teile in { $app } ein.
auth-secret-invalid-explanation = WooCommerce erkennt den Consumer Key, antwortet aber { $error }. Das Secret wurde falsch eingegeben, beim Kopieren abgeschnitten oder gehört zu einem älteren Schlüssel. WooCommerce zeigt ein Secret nur einmal an, erstellen Sie daher einen neuen Schlüssel und tragen Sie beide Teile in { $app } ein.
auth-https-required-title = Der API-Schlüssel wurde über unverschlüsseltes HTTP gesendet, was WooCommerce ignoriert
auth-https-required-summary = Der Schlüssel wurde über eine unverschlüsselte Verbindung gesendet, und WooCommerce ignoriert so gesendete Schlüssel.
auth-https-required-action = Verwenden Sie in { $app } die https-Adresse des Shops.
auth-https-required-explanation = Der Shop wurde unter { $url } erreicht, und WooCommerce akzeptiert auf einfache Weise gesendete Schlüssel (Basic-Authentifizierung) nur über HTTPS; über HTTP ignoriert es sie und antwortet { $error }. Verwenden Sie in { $app } die https://-Adresse. Hat der Shop noch kein HTTPS, kann Ihr Hosting-Anbieter ein kostenloses Zertifikat einrichten.
auth-https-required-fix-title = Die HTTPS-Adresse in { $app } verwenden
auth-through-proxy = über einen Proxy oder ein CDN
auth-through-vendor = über { $vendor }
auth-https-title = WordPress weiß nicht, dass der Shop über HTTPS erreicht wird
auth-https-summary = Besucher erreichen Ihren Shop sicher{ $through }, aber WordPress weiß das nicht, daher ignoriert WooCommerce auf dem üblichen Weg gesendete Schlüssel.
auth-https-action = Fügen Sie die Zeilen unten in wp-config.php ein, damit WordPress die sichere Verbindung erkennt.
auth-https-explanation = Der Shop wird{ $through } über HTTPS ausgeliefert, aber die sichere Verbindung endet dort, und WordPress erhält unverschlüsseltes HTTP. WooCommerce ignoriert dann auf dem üblichen Weg gesendete API-Schlüssel (es akzeptiert sie nur über HTTPS), während signierte OAuth-Anfragen weiter funktionieren, daher wird { $app } abgewiesen. Eine Zeile in wp-config.php teilt WordPress den Proxy mit{ $cloudflare }.
auth-https-explanation-cloudflare = ; den SSL-Modus von Cloudflare auf „Full (strict)“ zu stellen, hilft ebenfalls
auth-https-support-subject = WordPress erkennt HTTPS auf { $host } nicht
auth-https-support-problem = Die Website wird{ $through } über HTTPS ausgeliefert, aber PHP sieht unverschlüsseltes HTTP (is_ssl() von WordPress ist false), daher ignoriert WooCommerce API-Schlüssel.
auth-https-support-ask = den Proxy X-Forwarded-Proto: https senden lassen und HTTPS=on für PHP auf dieser Website setzen, oder mir sagen, welchen Header Ihr Proxy setzt
auth-resource-orders = Bestellungen
auth-resource-products = Produkte
auth-resource-customers = Kunden
auth-resource-coupons = Gutscheine
auth-resource-reports = Berichte
auth-resources-fallback = Shop-Daten
auth-read-only-title = Der API-Schlüssel darf nur { $permission ->
        [read] lesen
        [write] schreiben
       *[other] { $permission }
    }, aber { $app } braucht { $wanted }
auth-read-only-summary = Der API-Schlüssel darf nur { $permission ->
        [read] lesen
        [write] schreiben
       *[other] { $permission }
    }, aber { $app } muss auch { $resources } ändern.
auth-read-only-action = Ändern Sie die Berechtigung des Schlüssels in WooCommerce auf { $wanted }; der Schlüssel selbst bleibt derselbe.
auth-read-only-explanation = Die Berechtigung des Schlüssels ist „{ $permission }“, und WooCommerce antwortete { $error }. { $app } muss { $resources } anlegen und aktualisieren. Ändern Sie die Berechtigung des Schlüssels auf { $wanted }: Schlüssel und Secret bleiben gleich.
auth-capability-for = { $capability } (für { $resource })
auth-capability-fallback-missing = die nötigen Berechtigungen
auth-capability-fallback-summary = alles, was die App braucht
auth-capability-fallback-title = das, was die App braucht
auth-capability-fallback-explanation = einige Daten
auth-capability-role-admin = die Rolle Administrator (ein Shop-Manager darf keine Kunden anlegen)
auth-capability-role = die Rolle Shop-Manager oder Administrator
auth-capability-title = Der WordPress-Benutzer des Schlüssels darf nicht auf { $resources } zugreifen
auth-capability-summary = Der WordPress-Benutzer, dem der Schlüssel gehört, darf nicht auf { $resources } zugreifen.
auth-capability-action = Geben Sie diesem Benutzer { $role }, oder erstellen Sie den Schlüssel unter einem solchen Benutzer.
auth-capability-explanation = Der Schlüssel funktioniert, aber WooCommerce verweigert den Zugriff auf { $resources }, weil dem WordPress-Benutzer, dem der Schlüssel gehört, { $missing } fehlt. Ein Schlüssel kann nur, was sein Benutzer darf. Geben Sie diesem Benutzer { $role }, oder erstellen Sie den Schlüssel unter einem solchen Benutzer.
auth-app-password-title = WordPress lehnt das Anwendungspasswort ab
auth-app-password-summary = WordPress verweigert die Anmeldung mit dem Anwendungspasswort.
auth-app-password-action = Erstellen Sie ein neues Anwendungspasswort und tragen Sie es mit dem passenden Benutzernamen in { $app } ein.
auth-app-password-explanation = WordPress hat die Anmeldung mit dem Anwendungspasswort verweigert ({ $error }). Es wurde widerrufen, falsch eingegeben oder gehört zu einem anderen Benutzer; Anwendungspasswörter funktionieren auch nicht mehr, wenn die Website nicht über HTTPS läuft oder ein Sicherheits-Plugin sie abschaltet. Erstellen Sie ein neues Anwendungspasswort und tragen Sie es mit dem passenden Benutzernamen in { $app } ein.
