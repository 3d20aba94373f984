# Den Shop überhaupt erreichen: DNS, Verbindungen, Zertifikate, Weiterleitungen, Wartung, Ratenbegrenzung,
# fehlendes WordPress. $host ist ein Hostname, $port ein Port, $app der Name der App; $error ist "" oder
# " (der Fehlertext des Systems)"; $url, $link Adressen.
network-recipient-host = Ihren Hosting-Anbieter

## DNS
network-dns-title = Die Adresse des Shops { $host } wird nicht gefunden
network-dns-summary = Der Name { $host } führt zu keinem Server im Internet.
network-dns-action = Prüfen Sie, ob die Adresse genau wie in WordPress geschrieben ist und die Domain nicht abgelaufen ist; Ihr Hosting-Anbieter kann Ihnen sagen, wohin sie zeigen sollte.
network-dns-explanation = Die Suche nach dem Namen { $host } (DNS, das Adressbuch des Internets) fand keinen Server{ $error }. { $app } kann keinen Shop erreichen, dessen Name ins Leere führt. Prüfen Sie, ob die Adresse genau wie in WordPress unter Einstellungen → Allgemein geschrieben ist und ob die Domain nicht abgelaufen ist und weiterhin auf Ihren Hosting-Anbieter zeigt.
network-dns-fix-title = Die Adresse und ihre DNS-Einträge prüfen
network-dns-fix =
    1. Vergleichen Sie { $url } mit „Website-Adresse (URL)“ unter WordPress → Einstellungen → Allgemein und verwenden Sie genau diese Adresse in { $app }.
    2. Melden Sie sich dort an, wo die Domain registriert ist, und prüfen Sie, ob sie nicht abgelaufen ist.
    3. In ihren DNS-Einstellungen braucht { $host } einen A-Eintrag (und optional AAAA), der auf die IP-Adresse Ihres Hosting-Servers zeigt; diese nennt Ihnen Ihr Hosting-Anbieter. Warten Sie nach einer Änderung bis zu einigen Stunden, bevor Sie erneut testen.
network-dns-support-subject = DNS für { $host } löst nicht auf
network-dns-support-problem = Der Name { $host } löst zu keiner Adresse auf{ $error }.
network-dns-support-failing = DNS-Abfrage von { $host }
network-dns-support-ask = mir sagen, welche DNS-Einträge { $host } braucht, um auf mein Hosting-Konto zu zeigen, oder sie für mich prüfen

## Verbindungen
network-refused-title = Der Server des Shops verweigert Verbindungen zu { $host }, Port { $port }
network-refused-summary = Der Server des Shops unter { $host } verweigert Verbindungen, daher erreicht nichts den Shop.
network-refused-happened = Der Name { $host } führt zu einem Server, aber dieser verweigerte die Verbindung auf Port { $port }{ $error }.
network-refused-causes = Meist ist der Webserver gestoppt oder nicht für diesen Port eingerichtet.
network-refused-problem = Verbindungen zu { $host } auf Port { $port } werden verweigert{ $error }.
network-timeout-title = Der Server des Shops antwortet nicht auf { $host }, Port { $port }
network-timeout-summary = Der Server des Shops unter { $host } antwortet überhaupt nicht.
network-timeout-happened = Der Name { $host } führt zu einem Server, aber auf Port { $port } antwortete nichts in der Zeit{ $error }.
network-timeout-causes = Meist verwirft eine Firewall Verbindungen von außen stillschweigend, oder der Server ist überlastet oder ausgefallen.
network-timeout-problem = Verbindungen zu { $host } auf Port { $port } laufen in eine Zeitüberschreitung{ $error }.
network-closed-title = Der Server des Shops schließt Verbindungen zu { $host }, Port { $port }, ohne zu antworten
network-closed-summary = Der Server des Shops unter { $host } legt auf, ohne zu antworten.
network-closed-happened = Der Server unter { $host } nahm die Verbindung auf Port { $port } an und schloss sie dann, ohne eine Antwort zu senden{ $error }.
network-closed-causes = Meist stürzt der Webserver bei der Anfrage ab, eine Firewall trennt die Verbindung, oder der Port erwartet HTTPS, während die Adresse http:// lautet (oder umgekehrt).
network-closed-problem = Verbindungen zu { $host } auf Port { $port } werden angenommen und dann ohne Antwort geschlossen{ $error }.
network-not-http-title = Der Server des Shops unter { $host }, Port { $port } antwortet mit etwas, das keine Webseite ist
network-not-http-summary = Unter { $host } antwortet etwas, aber nicht so, wie eine Website antwortet.
network-not-http-happened = Der Server unter { $host } nahm die Verbindung auf Port { $port } an, aber was er zurückschickte, ist kein HTTP{ $error }.
network-not-http-causes = Meist lauscht auf diesem Port ein anderer Dienst (E-Mail, SSH, eine Datenbank), oder der Port erwartet HTTPS, während die Adresse http:// lautet (oder umgekehrt).
network-not-http-problem = Port { $port } auf { $host } nimmt Verbindungen an, antwortet aber nicht in HTTP{ $error }.
network-failed-title = Verbindungen zum Server des Shops unter { $host }, Port { $port } scheitern
network-failed-summary = Verbindungen zum Server des Shops unter { $host } scheitern.
network-failed-happened = Der Name { $host } führt zu einem Server, aber die Verbindung auf Port { $port } scheiterte{ $error }.
network-failed-causes = Meist ist der Webserver ausgefallen, eine Server-Firewall stört, oder die Website ist nicht für diesen Port eingerichtet.
network-failed-problem = Verbindungen zu { $host } auf Port { $port } scheitern{ $error }.
network-connect-action-scheme = Wenn Sie die Adresse von Hand eingegeben haben, versuchen Sie sie mit https statt http (oder umgekehrt); sonst senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
network-connect-action = Bitten Sie Ihren Hosting-Anbieter mit der Nachricht unten zu prüfen, ob der Webserver läuft und Verbindungen von außen annimmt.
network-connect-ask-host = { $app } braucht dieselbe Verbindung, bitten Sie daher Ihren Hosting-Anbieter, sie zu prüfen.
network-connect-support-subject = Verbindungen zu { $host }, Port { $port } scheitern
network-connect-support-failing = TCP-Verbindung zu { $target }
network-connect-support-ask = prüfen, ob der Webserver für { $host } läuft und auf Port { $port } HTTP(S) beantwortet, und ob die Server-Firewall Verbindungen auf Port { $port } von außen annimmt, auch von den Servern von { $app }

## Zertifikate, HTTPS
network-cert-unverified = es konnte nicht überprüft werden
network-cert-expired = das Zertifikat ist am { $date } abgelaufen
network-cert-not-yet-valid = das Zertifikat ist erst ab { $date } gültig
network-cert-no-name = das Zertifikat gilt für keinen Hostnamen, der Shop ist aber { $host }
network-cert-wrong-name = das Zertifikat gilt für { $names }, der Shop ist aber { $host }
network-cert-self-signed = das Zertifikat ist selbst signiert, daher vertraut ihm keine App
network-cert-untrusted = dem Aussteller des Zertifikats ({ $issuer }) wird nicht vertraut: Die Kette ist unvollständig (ein Zwischenzertifikat fehlt) oder die Zertifizierungsstelle ist privat
network-cert-other = das Zertifikat ist nicht gültig: { $error }
network-cert-title = Das HTTPS-Zertifikat des Shops ist nicht gültig ({ $problem })
network-cert-summary = Das Sicherheitszertifikat des Shops ist nicht gültig, daher weigern sich Apps, Schlüssel oder Bestellungen dorthin zu senden.
network-cert-action = Erneuern oder installieren Sie das Zertifikat in Ihrem Hosting-Panel neu, oder bitten Sie Ihren Hosting-Anbieter darum.
network-cert-explanation = Das Zertifikat, das { $host } vorlegt, wird nicht akzeptiert: { $problem }. Apps weigern sich wie Browser, Schlüssel und Bestellungen über eine Verbindung zu senden, die sie nicht überprüfen können, daher endet { $app } hier. Das Zertifikat muss aktuell sein, für den Namen { $host } ausgestellt sein und mit seinen Zwischenzertifikaten (der vollständigen Kette) gesendet werden.
network-cert-fix-title = Das Zertifikat erneuern oder neu installieren
network-cert-fix = In Ihrem Hosting-Panel: cPanel → SSL/TLS Status → { $host } auswählen → Run AutoSSL; Plesk → Websites & Domains → SSL/TLS-Zertifikate → Let's Encrypt ({ $host } einschließen). Hinter Cloudflare prüfen Sie auch SSL/TLS → Edge Certificates. Öffnen Sie dann { $url } im Browser: Es muss ein Schloss ohne Warnungen erscheinen.
network-cert-support-subject = Das HTTPS-Zertifikat für { $host } ist nicht gültig
network-cert-support-problem = Das HTTPS-Zertifikat für { $host } wird abgelehnt: { $problem }.
network-https-support-failing = HTTPS-Verbindung zu { $url }
network-cert-support-ask = ein gültiges Zertifikat für { $host } mit seiner vollständigen Zwischenzertifikatskette installieren und sicherstellen, dass es automatisch erneuert wird
network-no-https-title = Der Shop hat kein funktionierendes HTTPS unter { $url }
network-no-https-summary = Der Shop ist nicht über eine sichere Verbindung (HTTPS) erreichbar, die WooCommerce braucht, bevor es die Schlüssel einer App auf dem üblichen Weg annimmt.
network-no-https-action = Bitten Sie Ihren Hosting-Anbieter um ein Zertifikat (Let's Encrypt ist kostenlos) und stellen Sie dann die Adresse von WordPress auf ihre https-Form um.
network-no-https-explanation = { $host } antwortet nur über unverschlüsseltes HTTP{ $error }. WooCommerce nimmt auf dem üblichen Weg gesendete API-Schlüssel nur über HTTPS an, und Schlüssel und Kundendaten unverschlüsselt zu senden, ist unsicher. Bitten Sie Ihren Hosting-Anbieter um ein Zertifikat (Let's Encrypt ist kostenlos) und stellen Sie dann die Adresse von WordPress auf { $url } um.
network-no-https-support-subject = Bitte HTTPS für { $host } aktivieren
network-no-https-support-problem = Der Shop hat kein funktionierendes HTTPS: { $url } antwortet nicht mit einem gültigen Zertifikat.
network-no-https-support-ask = ein Zertifikat für { $host } installieren (Let's Encrypt genügt) und die Website über HTTPS ausliefern

## Weiterleitungen
network-redirect-another = eine andere Adresse
network-redirect-use-title = Diese Shop-Adresse in { $app } verwenden
network-redirect-speaks-tls = Diese Adresse antwortet „{ $answer }“: Sie spricht https, daher ist { $url } die zu verwendende Form.
network-redirect-forged = Diese Weiterleitung kam über unverschlüsseltes http, das jeder zwischen diesem Computer und dem Shop fälschen kann: Verwenden Sie die neue Adresse nur, wenn Sie sie als die Ihres Shops erkennen.
network-redirect-recognise = Verwenden Sie sie nur, wenn Sie sie als die Adresse Ihres Shops erkennen.
network-redirect-elsewhere-title = Der Shop antwortet unter einer anderen Adresse: { $url }
network-redirect-elsewhere-summary = Die eingegebene Adresse führt zu einer anderen Adresse, daher wurde nichts mit Schlüsseln geprüft oder verbunden.
network-redirect-elsewhere-action = Wenn Sie die neue Adresse als die Ihres Shops erkennen, prüfen Sie erneut mit ihr.
network-redirect-elsewhere-explanation = Anfragen an { $from } werden{ $has_status ->
    [yes] {" "}mit HTTP { $status }
   *[no] {""}
} an { $to } weitergeleitet, und das ist nicht die Adresse, die Sie eingegeben haben. Handshake sendet API-Schlüssel und öffnet die Freigabeseite von WooCommerce nur unter der eingegebenen Adresse, daher wurde nichts mit Schlüsseln geprüft und nichts verbunden.
network-redirect-check-again = Wenn { $url } Ihr Shop ist, prüfen Sie erneut mit dieser Adresse.
network-redirect-title = Die Shop-Adresse leitet weiter auf { $url }
network-redirect-summary = Die eingegebene Adresse leitet auf eine andere Adresse weiter, und Apps können unterwegs ihre Schlüssel oder Änderungen verlieren.
network-redirect-action = Geben Sie in { $app } die Adresse ein, zu der sie führt.
network-redirect-explanation = Anfragen an { $from } werden{ $has_status ->
    [yes] {" "}mit HTTP { $status }
   *[no] {""}
} an { $to } weitergeleitet. API-Clients folgen Weiterleitungen nicht bei jeder Anfrage{ $post ->
    [yes] ; wenn doch, wird aus einem POST ein GET und die Zugangsdaten gehen verloren, sodass eine Bestellaktualisierung unbemerkt zu einem Lesezugriff wird
   *[no] , und die meisten verlieren dabei die Zugangsdaten
}. Geben Sie in { $app } die Adresse ein, auf die der Shop weiterleitet ({ $url }).

## Wartung, Ratenbegrenzung, kein WordPress
network-maintenance-title = Der Shop ist im Wartungsmodus
network-maintenance-summary = Der Shop ist im Wartungsmodus, daher kann sich gerade keine App mit ihm verbinden.
network-maintenance-action = Warten Sie einige Minuten und prüfen Sie erneut; bleibt der Zustand, schließen Sie das unterbrochene Update ab, wie es die erste Korrektur zeigt.
network-maintenance-explanation = Der Shop beantwortet jede Anfrage mit 503 „{ $notice }“{ $has_retry ->
    [yes] {" "}und bittet, es nach { $retry } Sekunden erneut zu versuchen
   *[no] {""}
}. WordPress tut das, während es Updates installiert, und in der Zeit kann sich keine App verbinden. Dauert es länger als einige Minuten, wurde ein Update unterbrochen und hat eine { $file }-Datei hinterlassen.
network-maintenance-support-subject = { $host } hängt im Wartungsmodus von WordPress fest
network-maintenance-support-problem = Die Website antwortet schon länger, als ein Update dauert, mit 503 „{ $notice }“.
network-maintenance-support-ask = die Datei { $file } aus dem WordPress-Ordner ({ $base }) entfernen und prüfen, ob ein Update unterbrochen wurde
network-rate-server = Der Server des Shops
network-rate-support-subject = API-Anfragen an { $host } werden durch eine Ratenbegrenzung abgewiesen
network-rate-support-problem = Anfragen an die WooCommerce-API werden als zu viele abgewiesen (HTTP 429 oder eine Ratenbegrenzungsseite){ $marker }.
network-rate-support-ask = das Anfragelimit für { $wc } und { $auth } erhöhen oder die Server von { $app } davon ausnehmen
network-rate-title = { $who } begrenzt, wie viele Anfragen { $app } senden darf
network-rate-summary = { $who } weist die Anfragen von { $app } als zu viele ab.
network-rate-action = Erhöhen Sie das Anfragelimit für die WooCommerce-API oder nehmen Sie die Adressen von { $app } davon aus.
network-rate-blocked-fallback = die API-Anfragen
network-rate-explanation = { $who } wies { $blocked } als zu viele Anfragen ab{ $marker }{ $has_retry ->
    [yes] , mit der Bitte, { $retry } Sekunden zu warten
   *[no] {""}
}. Apps synchronisieren Bestellungen und Produkte stoßweise, daher unterbricht ein knappes Limit die Verbindung immer wieder. Erhöhen Sie das Limit für die WooCommerce-API oder nehmen Sie die Adressen von { $app } davon aus.
network-not-wp-title = Unter { $url } wurde keine WordPress-Website gefunden
network-not-wp-summary = Unter dieser Adresse antwortet keine WordPress-Website.
network-not-wp-action = Verwenden Sie genau die Website-Adresse, die WordPress unter Einstellungen → Allgemein anzeigt.
network-not-wp-explanation = { $url } antwortete, aber weder die Seiten noch { $link } sehen nach WordPress aus. Der Shop liegt vielleicht in einem anderen Ordner oder unter einer anderen Adresse, oder unter dieser antwortet ein anderes System. Verwenden Sie die Adresse, die WordPress unter Einstellungen → Allgemein → Website-Adresse (URL) anzeigt.
network-not-wp-fix-title = Die genaue Adresse des Shops finden
network-not-wp-fix = Melden Sie sich in Ihrer WordPress-Verwaltung an (die Adresse, die Sie dafür nutzen, endet auf { $admin }), gehen Sie zu Einstellungen → Allgemein und kopieren Sie „Website-Adresse (URL)“. Geben Sie genau diese Adresse in der App und in Handshake ein.
