# site.unexplained (crates/engine/src/catalog/unexplained.rs).

unexplained-title = Anfragen an den Shop scheitern auf eine Weise, die keine bekannte Ursache erklärt
unexplained-summary = Der Shop beantwortet die Anfragen von { $app } auf eine Weise, die keine der Ursachen erklärt, die diese Prüfung kennt.
unexplained-action = Senden Sie Ihrem Hosting-Anbieter die Nachricht unten: Sie listet jede Anfrage und Antwort auf, sodass er sie in den Protokollen des Servers nachsehen kann.
unexplained-action-error-page = Lesen Sie unter den technischen Details, was die eigene Fehlerseite des Servers sagt, und senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
unexplained-explanation = { $app } konnte den Shop nicht nutzen, und die Antworten passen zu keiner der Ursachen, die diese Prüfung kennt, daher nennt sie keine.
unexplained-error-page = Die eigene Fehlerseite des Webservers unter { $url } sagt: "{ $says }"; die Adresse verwendet http:// auf einem Port, der HTTPS spricht. Eine WordPress-Adresse (Einstellungen → Allgemein) oder eine Weiterleitungsregel, die http:// mit diesem Port schreibt, schickt jeden Besucher dorthin.
unexplained-error-page-wants = Die eigene Fehlerseite des Webservers unter { $url } sagt: "{ $says }"; die Adresse verwendet http:// auf einem Port, der HTTPS spricht, und die Form, die dieser Port erwartet, ist { $wants }. Eine WordPress-Adresse (Einstellungen → Allgemein) oder eine Weiterleitungsregel, die http:// mit diesem Port schreibt, schickt jeden Besucher dorthin.
unexplained-exchange = { $sent } erhielt { $answer }{ $others ->
        [0] .
        [one] {" "}(und eine weitere Anfrage schlug fehl).
       *[other] {" "}(und { $others } weitere Anfragen schlugen fehl).
    }
unexplained-ruled-out = Die Antworten schließen aus: { $causes }.
unexplained-explanation-logs = Wer den Server betreibt, findet diese Anfragen in seinen Protokollen und sieht, welche Regel, welches Plugin oder welcher Dienst sie beantwortet hat. Senden Sie deshalb Ihrem Hosting-Anbieter die Nachricht unten.
unexplained-support-recipient = Ihren Hosting-Anbieter
unexplained-support-subject = Unerwartete Antworten von { $host } auf API-Anfragen
unexplained-support-problem = Anfragen an die WordPress-REST-API scheitern mit Antworten, die ich mir nicht erklären kann; jede Zeile unten zeigt, was gesendet wurde und was zurückkam.
unexplained-support-ask = diese Anfragen in den Protokollen des Servers (und in jeder Firewall, jedem Proxy oder Sicherheits-Plugin vor der Website) nachsehen, mir sagen, welche Regel oder welcher Dienst diese Antworten erzeugt hat, und { $prefix } sowie { $auth } normal antworten lassen
unexplained-support-ruled-out = Was ich ausschließen konnte:
unexplained-sent-key-header = { $request }, mit dem API-Schlüssel im Authorization-Header
unexplained-sent-key-query = { $request }, mit dem API-Schlüssel im Query-String
unexplained-sent-oauth = { $request }, mit dem API-Schlüssel signiert (OAuth 1.0a)
unexplained-sent-app-password = { $request }, mit dem Anwendungspasswort
unexplained-sent-wrong-basic = { $request }, mit absichtlich falschen Basic-Zugangsdaten
unexplained-sent-signed-in = { $request }, angemeldet
unexplained-sent-anonymous = { $request }, ohne Zugangsdaten
unexplained-got-status = HTTP { $status }
unexplained-got-server = HTTP { $status } (Server: { $server })
unexplained-got-type = HTTP { $status } (Inhaltstyp: { $type })
unexplained-got-server-type = HTTP { $status } (Server: { $server }, Inhaltstyp: { $type })
unexplained-got-empty = { $head }, leerer Inhalt
unexplained-got-body = { $head }, Inhalt: { $body }
unexplained-got-nothing = keine Antwort: { $error }
unexplained-not-firewall = eine bekannte Firewall: keine ihrer Sperrseiten oder Header kam zurück
unexplained-not-firewall-seen = eine bekannte Firewall: keine ihrer Sperrseiten oder Header war zu sehen
unexplained-not-plugin = ein WordPress-Plugin, das die Anfrage ablehnt: WordPress' eigener JSON-Fehler kam nicht zurück
unexplained-not-server-rule = eine Regel in der .htaccess oder der Serverkonfiguration: die Antworten sind nicht die eigenen Fehlerseiten des Webservers
unexplained-not-api-blocked = eine vollständig gesperrte API: { $works } funktioniert
unexplained-not-stripped-header = allein ein entfernter Authorization-Header: der Schlüssel im Query-String wurde ebenfalls abgelehnt
unexplained-not-revoked-key = ein unbekannter oder widerrufener Schlüssel: die signierte Anfrage erhielt nicht WooCommerces „{ $message }“
unexplained-not-rest-off = ein Plugin, das die REST-API abschaltet: WordPress' eigener Fehler kam nicht zurück
unexplained-not-server-rule-wp-json = eine Serverregel, die /wp-json/ ablehnt: die Antwort ist nicht die Ablehnungsseite des Webservers (403, 405 oder 406)
unexplained-not-no-wordpress = eine Website ohne WordPress: die Startseite zeigt WordPress
unexplained-not-missing-wordpress = ein fehlendes WordPress: { $url } antwortete mit der eigenen 400-Seite des Webservers, die ihren Grund nennt
