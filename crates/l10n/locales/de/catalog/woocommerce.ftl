# wc.remote_post_failed, wc.webhooks_disabled, wc.legacy_api (crates/engine/src/catalog/woocommerce.rs).

wc-support-recipient = Ihren Hosting-Anbieter
wc-remote-post-response = (Ergebnis: { $response })
wc-remote-post-app-servers = die Server von { $app }
wc-remote-post-title = Der Test von WooCommerce für ausgehende Anfragen ist fehlgeschlagen, daher kommen die Schlüssel für { $app } womöglich nicht an
wc-remote-post-summary = Laut dem eigenen Test von WooCommerce konnte Ihr Shop keine Anfrage nach außen senden, daher kann er die Schlüssel für { $app } bei der Freigabe womöglich nicht zustellen.
wc-remote-post-action = Bitten Sie Ihren Hosting-Anbieter mit der Nachricht unten, ausgehende Verbindungen des Servers zu erlauben.
wc-remote-post-explanation = Laut dem eigenen Statusbericht von WooCommerce ist seine Testanfrage vom Server nach außen fehlgeschlagen{ $response }: WooCommerce sendet einen POST an eine Adresse von PayPal und speichert das Ergebnis bis zu einer Stunde. Wenn Sie { $app } freigeben, sendet WooCommerce die neuen Schlüssel mit derselben Art von Anfrage an { $callback }. Der Test beweist nur, dass die Adresse von PayPal nicht erreichbar ist: Darf der Server auch { $callback } nicht erreichen, endet die Freigabe mit einem Fehler (dem Fehler selbst, etwa „{ $curl_error }“, oder „{ $wc_error }“) und die neuen Schlüssel werden wieder gelöscht, während eine Firewall oder WP_ACCESSIBLE_HOSTS, die { $callback } erlaubt, sie durchlässt. Webhooks und Zahlungsbenachrichtigungen an gesperrte Adressen scheitern genauso. Die Firewall des Servers blockiert vielleicht ausgehende Verbindungen, wp-config.php setzt vielleicht WP_HTTP_BLOCK_EXTERNAL, oder der Server kann Adressen im Internet nicht auflösen oder erreichen.
wc-remote-post-support-subject = { $host } kann keine ausgehenden HTTPS-Anfragen senden
wc-remote-post-support-problem = Laut dem Statusbericht von WooCommerce ist seine ausgehende Testanfrage fehlgeschlagen{ $response } (WooCommerce → Status, „Remote post“). WooCommerce sendet die Schlüssel einer freigegebenen App mit derselben Art von Anfrage; solange die Adresse der App nicht erreichbar ist, erhält die App sie also nie.
wc-remote-post-support-ask = ausgehende HTTPS-Anfragen (Port 443) vom Webserver und von PHP ins Internet erlauben, mindestens zu { $callback } und www.paypal.com (der Testadresse von WooCommerce)
wc-remote-post-fix-check-title = In WooCommerce erneut prüfen
wc-remote-post-fix-check = WooCommerce → Status ({ $status }) zeigt „Remote post“ unter „WordPress-Umgebung“. WooCommerce speichert das Ergebnis seines Tests bis zu einer Stunde; prüfen Sie nach einer Änderung also eine Stunde später erneut, bevor Sie { $app } freigeben.
wc-webhooks-title = { $count ->
        [one] WooCommerce hat einen Webhook abgeschaltet
       *[other] WooCommerce hat { $count } Webhooks abgeschaltet
    }
wc-webhooks-summary = { $count ->
        [one] WooCommerce sendet diesen Webhook nicht mehr, daher erfährt eine App, die darauf angewiesen ist, nichts von neuen Bestellungen oder Änderungen.
       *[other] WooCommerce sendet diese Webhooks nicht mehr, daher erfährt eine App, die darauf angewiesen ist, nichts von neuen Bestellungen oder Änderungen.
    }
wc-webhooks-action = Prüfen Sie, ob jede Zustelladresse noch funktioniert, und setzen Sie die Webhooks dann in WooCommerce wieder auf „Aktiv“.
wc-webhooks-explanation = { $count ->
        [one] WooCommerce führt diesen Webhook als deaktiviert:
    { $list }
    WooCommerce deaktiviert einen Webhook von selbst nach 5 fehlgeschlagenen Zustellungen in Folge (die Zustell-URL hat nicht mit einem Erfolgsstatus geantwortet) und sendet ihm danach nichts mehr, daher erfährt eine App, die darauf angewiesen ist, nichts mehr von neuen Bestellungen oder Änderungen. Vielleicht hat ihn auch jemand von Hand deaktiviert.
       *[other] WooCommerce führt diese Webhooks als deaktiviert:
    { $list }
    WooCommerce deaktiviert einen Webhook von selbst nach 5 fehlgeschlagenen Zustellungen in Folge (die Zustell-URL hat nicht mit einem Erfolgsstatus geantwortet) und sendet ihm danach nichts mehr, daher erfährt eine App, die auf sie angewiesen ist, nichts mehr von neuen Bestellungen oder Änderungen. Vielleicht hat sie auch jemand von Hand deaktiviert.
    }
wc-webhooks-fix-title = Die Zustelladresse korrigieren und die Webhooks wieder einschalten
wc-webhooks-fix =
    1. Stellen Sie sicher, dass jede Zustell-URL oben diejenige ist, die { $app } (oder der Dienst, der sie empfängt) heute verwendet, und dass sie antwortet; WooCommerce → Status → Protokolle zeigt womöglich die fehlgeschlagenen Zustellungen.
    2. Öffnen Sie WooCommerce → Einstellungen → Erweitert → Webhooks ({ $webhooks }).
    3. Öffnen Sie jeden deaktivierten Webhook, setzen Sie den Status auf „Aktiv“ und klicken Sie auf „Webhook speichern“.
wc-legacy-title = { $app } ruft die Legacy-REST-API von WooCommerce auf, die dieser Shop nicht anbietet
wc-legacy-summary = { $app } verwendet die alte Legacy-API von WooCommerce, die dieser Shop nicht anbietet.
wc-legacy-action = Fragen Sie bei { $app } nach einer Version, die die aktuelle API von WooCommerce verwendet; bis dahin bringt das Legacy-API-Plugin unten die alte zurück.
wc-legacy-explanation = { $app } verwendet noch die Legacy-REST-API von WooCommerce ({ $legacy }), und der Shop beantwortet sie mit der eigenen Meldung von WooCommerce „{ $message }“. WooCommerce 9.0 hat die Legacy-REST-API aus WooCommerce entfernt: Seitdem ist sie das separate Plugin „WooCommerce Legacy REST API“, und vor 9.0 musste sie in den Einstellungen von WooCommerce eingeschaltet werden. Jede Anfrage, die { $app } dorthin sendet, scheitert, bis { $app } auf die REST-API umsteigt oder das Plugin installiert ist.
wc-legacy-fix-rest-title = Am besten: die App die REST-API verwenden lassen
wc-legacy-fix-rest = Fragen Sie den Support von { $app } nach einer Version, die statt /wc-api/ die REST-API von WooCommerce ({ $rest }) verwendet, und autorisieren Sie { $app } dann erneut (über seine Schaltfläche zum Verbinden oder mit einem Schlüssel aus WooCommerce → Einstellungen → Erweitert → REST-API). Die REST-API ist die, die WooCommerce pflegt; die Legacy-API erhält keine neuen Funktionen.
wc-legacy-fix-plugin-title = Bis dahin: das Plugin „WooCommerce Legacy REST API“ installieren
wc-legacy-fix-plugin =
    1. Öffnen Sie in WordPress Plugins → Neues Plugin hinzufügen ({ $add }) und suchen Sie nach „WooCommerce Legacy REST API“ (von WooCommerce).
    2. Klicken Sie auf „Jetzt installieren“ und dann auf „Aktivieren“.
    3. Öffnen Sie WooCommerce → Einstellungen → Erweitert → Legacy-API, setzen Sie das Häkchen bei „Legacy-REST-API aktivieren“ und klicken Sie auf „Änderungen speichern“.
    4. Führen Sie diese Prüfung erneut aus: { $legacy } sollte antworten.
