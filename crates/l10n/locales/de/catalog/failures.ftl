# HTTP scheitert vor oder unter WordPress: HTTP-Passwort, Weiterleitungsschleife, 5xx, keine Antwort
# in der Zeit, übergroße Antworten. $blocked ist eine Liste von Anfragen; $status ist failures-statuses(-none).
failures-statuses-none = eine Fehlerantwort
failures-statuses = HTTP { $list }
failures-recipient-host = Ihren Hosting-Anbieter
failures-measured-heading = Was gemessen wurde:
failures-measured-line = { $requests }: { $what }
failures-measured-requests-two = { $first } und { $second }
failures-measured-requests-more = { $first }, { $second } und { $more } weitere
failures-measured-no-answer = keine vollständige Antwort innerhalb von { $limit }
failures-measured-no-answer-gave-up = keine vollständige Antwort innerhalb von { $limit } (nach { $took } aufgegeben)
failures-measured-header-block = der Header-Block der Antwort überschritt die Header-Größengrenze von HTTP/2, daher wurde die Verbindung geschlossen
failures-measured-headers = die Header der Antwort überschritten die Größe, die ein HTTP-Client annimmt (message head is too large)
failures-measured-body-cut = HTTP { $status }, der Inhalt überschritt { $cap } MiB und wurde dort abgeschnitten; die Antwort gab keine Länge an
failures-measured-body-cut-length = HTTP { $status }, der Inhalt überschritt { $cap } MiB und wurde dort abgeschnitten; die Antwort gab Content-Length { $length } an
failures-measured-body-cut-unpacked = HTTP { $status }, der Inhalt überschritt nach dem Entpacken (Content-Encoding: { $encoding }) { $cap } MiB und wurde dort abgeschnitten; die Antwort gab keine Länge an
failures-measured-body-cut-unpacked-length = HTTP { $status }, der Inhalt überschritt nach dem Entpacken (Content-Encoding: { $encoding }) { $cap } MiB und wurde dort abgeschnitten; die Antwort gab Content-Length { $length } an
failures-works = { $passed } funktionierte, die Website selbst ist also erreichbar.

## HTTP-Passwort
failures-basic-blocked-fallback = Anfragen an den Shop
failures-basic-exempt-title = Ein HTTP-Passwort schützt die Website, aber nicht ihre API
failures-basic-exempt-summary = Ein zusätzliches Passwort schützt die Website, aber nicht die Teile, die { $app } nutzt.
failures-basic-exempt-action = Es muss nichts geändert werden: Lassen Sie die API und die Freigabeseiten weiterhin außerhalb des Passwortschutzes.
failures-basic-exempt-explanation = { $blocked } erhielt { $status } (WWW-Authenticate: { $challenge }), während { $rest } und { $auth } ohne Passwort antworten; { $app } kann sich also mit den Schlüsseln von WooCommerce verbinden. Nur die ?rest_route=-Form der API bleibt hinter dem Passwort, und Apps nutzen diese Form nur bei Shops, deren Permalinks auf „Einfach“ stehen.
failures-basic-panel-title = Wenn das Hosting-Panel das Passwort gesetzt hat
failures-basic-panel =
    Hosting-Panels schützen einen ganzen Ordner: „Directory Privacy“ in cPanel, „Passwortgeschützte Verzeichnisse“ in Plesk, der Passwortschutz von WP Engine und anderen Anbietern für Staging-Websites. Einzelne Adressen können sie meist nicht ausnehmen.
    1. Schalten Sie den Schutz für die Website ab, mit der sich { $app } verbindet ({ $url }), oder
    2. bitten Sie Ihren Hosting-Anbieter, { $rest } und { $auth } davon auszunehmen (die Nachricht unten bittet darum).
    Wenn das Passwort auch auf diesen Adressen bleiben muss, muss { $app } das Website-Passwort im Authorization-Header senden, und seine API-Schlüssel müssen dann in den Query-String (über HTTPS) oder als OAuth-1.0a-Signatur, denn eine Anfrage trägt nur einen Authorization-Header.
failures-basic-support-subject = Ein HTTP-Passwort blockiert die WordPress-API auf { $host }
failures-basic-support-problem = { $scope ->
    [site] Der Webserver verlangt auf der gesamten Website ein HTTP-Passwort (WWW-Authenticate: { $challenge }), daher erreicht { $app } die WooCommerce-REST-API nicht.
   *[api] Der Webserver verlangt für die WordPress-REST-API ein HTTP-Passwort (WWW-Authenticate: { $challenge }), daher erreicht { $app } die WooCommerce-REST-API nicht.
}
failures-basic-support-ask = { $rest } und { $auth } vom Passwortschutz ausnehmen, damit die API-Schlüssel von WooCommerce dort funktionieren
failures-basic-title = { $scope ->
    [site] Ein HTTP-Passwort schützt die gesamte Website
   *[api] Ein HTTP-Passwort schützt die WordPress-REST-API
}
failures-basic-summary = { $scope ->
    [site] Ein zusätzliches, auf dem Webserver gesetztes Passwort steht vor der gesamten Website, und { $app } kommt nicht daran vorbei.
   *[api] Ein zusätzliches, auf dem Webserver gesetztes Passwort steht vor der WordPress-API, und { $app } kommt nicht daran vorbei.
}
failures-basic-action = Nehmen Sie die WordPress-API und die Freigabeseiten von WooCommerce vom Passwortschutz aus oder senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
failures-basic-explanation = { $blocked } erhielt { $status } (WWW-Authenticate: { $challenge }): Der Webserver verlangt einen eigenen Benutzernamen und ein eigenes Passwort, bevor WordPress die Anfrage sieht. Staging-Websites und die Einstellungen „Verzeichnis mit Passwort schützen“ von Hosting-Panels setzen ein solches Passwort. { $app } kommt nicht daran vorbei, weil die Schlüssel von WooCommerce im selben Authorization-Header reisen; nehmen Sie daher { $rest } und { $auth } vom Schutz aus.

## Weiterleitungsschleife
failures-loop-self = { $a } leitet auf sich selbst weiter, daher endet die Weiterleitung nie.
failures-loop-endless = { $first } leitete { $n }-mal weiter, jedes Mal auf eine neue Adresse ({ $chain }, …), und erreichte nie eine Seite.
failures-loop-pair = { $a } leitet auf { $b } weiter und { $b } zurück auf { $a }, daher endet die Weiterleitung nie.
failures-loop-circle = Die Weiterleitungen laufen im Kreis ({ $cycle }), daher enden sie nie.
failures-loop-why-cloudflare = Cloudflare beantwortete diese Anfragen, und eine Adresse, die hinter Cloudflare auf sich selbst weiterleitet, ist das typische Zeichen für den SSL-Modus „Flexible“: Cloudflare ruft die Website über unverschlüsseltes http ab, die Website schickt zurück auf https, und Cloudflare reicht diese Weiterleitung weiter.
failures-loop-why-proxy = Das passiert, wenn ein Proxy oder CDN vor der Website mit ihr über unverschlüsseltes http spricht, während die Website auf https besteht.
failures-loop-why-scheme = Eine Regel erzwingt https, eine andere http.
failures-loop-why-www = Eine Regel fügt www. hinzu, eine andere entfernt es.
failures-loop-why-slash = Eine Regel fügt einen abschließenden Schrägstrich hinzu, eine andere entfernt ihn.
failures-loop-why-endless = Eine Regel ändert die Adresse immer weiter, ohne je eine Seite zu erreichen.
failures-loop-who-wordpress = WordPress selbst sandte die Weiterleitung von { $wordpress } (X-Redirect-By: WordPress).
failures-loop-who-server = Die eigene Weiterleitungsseite des Webservers antwortete für { $server }.
failures-loop-who-both = WordPress selbst sandte die Weiterleitung von { $wordpress } (X-Redirect-By: WordPress); die eigene Weiterleitungsseite des Webservers antwortete für { $server }.
failures-loop-giveup = { $app } gibt wie ein Browser nach einigen Weiterleitungen auf und erreicht den Shop daher erst, wenn eine der Regeln entfernt ist.
failures-loop-cloudflare-title = Cloudflare: SSL/TLS auf Full (strict) stellen
failures-loop-cloudflare =
    1. Öffnen Sie im Cloudflare-Dashboard { $host } → SSL/TLS → Overview.
    2. Wählen Sie „Full (strict)“ (das braucht ein gültiges Zertifikat auf Ihrem Server; die meisten Hoster stellen kostenlos eines bereit) und speichern Sie.
    3. Öffnen Sie { $first } erneut: Die Adresse sollte jetzt antworten statt weiterzuleiten.
failures-loop-rule-title = Die zu entfernende Weiterleitungsregel finden
failures-loop-rule =
    Zwei Regeln schicken die Adresse hin und her; behalten Sie eine und entfernen Sie die andere.
    1. Suchen Sie in der .htaccess (WordPress-Ordner { $base }) nach RewriteRule-Zeilen, die auf [R=301,L] oder [R,L] enden, und nach Redirect-Zeilen, die { $pattern ->
        [scheme] http zu https (oder zurück)
        [www] www. zur Domain ohne www (oder zurück)
        [slash] abschließende Schrägstriche
       *[other] die Adresse
    } ändern.
    2. Prüfen Sie in WordPress Weiterleitungs-Plugins (Really Simple SSL, Redirection, Weiterleitungen von Yoast SEO, „HTTPS erzwingen“ eines Caching-Plugins) und schalten Sie dasjenige ab, das die Regel des Servers doppelt.
    3. Prüfen Sie im Hosting-Panel die Einstellungen „HTTPS erzwingen“ und „www“-Weiterleitung, und bei Ihrem CDN dessen Weiterleitungsregeln.
failures-loop-support-subject = Weiterleitungsschleife auf { $host }
failures-loop-support-problem = Anfragen an meine Website leiten in einer Schleife weiter: { $chain }.
failures-loop-support-ask = herausfinden, welche zwei Regeln diese Adressen hin und her schicken, und eine davon entfernen
failures-loop-title = Die Adresse des Shops leitet in einer Schleife weiter
failures-loop-summary-endless = Die Adresse des Shops leitet immer wieder auf neue Adressen weiter und erreicht nie eine Seite.
failures-loop-summary = Die Adresse des Shops leitet im Kreis weiter und erreicht nie eine Seite.
failures-loop-action-endless = Finden Sie die Regel, die die Adresse immer weiter ändert, und entfernen Sie sie.
failures-loop-action-cloudflare = Prüfen Sie zuerst den SSL/TLS-Modus von Cloudflare, suchen Sie dann die zwei Weiterleitungsregeln, die sich gegenseitig aufheben, und entfernen Sie eine.
failures-loop-action = Finden Sie die zwei Weiterleitungsregeln, die sich gegenseitig aufheben, und entfernen Sie eine davon.

## Serverfehler
failures-server-blocked-fallback = Anfragen an die API
failures-critical-named-plugin = Der Fehler nennt den Plugin-Ordner { $folder }.
failures-critical-named-theme = Der Fehler nennt den Theme-Ordner { $folder }.
failures-critical-step-email = 1. Suchen Sie eine E-Mail an die Admin-Adresse der Website mit dem Betreff „{ $subject }“: Ihr Link zum Wiederherstellungsmodus meldet Sie mit pausiertem fehlerhaftem Plugin an und nennt es.
failures-critical-step-log = 2. Oder schalten Sie das Fehlerprotokoll von WordPress ein (die wp-config.php-Zeilen in der nächsten Korrektur), wiederholen Sie die Anfrage und lesen Sie { $log }: Die Zeile „{ $line }“ nennt die Datei.
failures-critical-step-plugin = 3. Aktualisieren oder deaktivieren Sie das Plugin im Ordner { $plugin } (Seite „Plugins“; oder benennen Sie { $folder } per FTP um, falls auch die WordPress-Verwaltung versagt) und versuchen Sie es erneut.
failures-critical-step-other = 3. Aktualisieren oder deaktivieren Sie das Plugin oder Theme, das das Protokoll nennt, und versuchen Sie es erneut.
failures-critical-title = WordPress bricht an der API mit einem PHP-Fehler („kritischer Fehler“) ab
failures-critical-summary = WordPress bricht mit einem Fehler im Code ab, während es die Anfragen der App bearbeitet.
failures-critical-action-plugin = Aktualisieren oder deaktivieren Sie das Plugin im Ordner { $plugin }, das der Fehler nennt, und prüfen Sie dann erneut.
failures-critical-action = Finden Sie das fehlerhafte Plugin oder Theme (die E-Mail von WordPress oder sein Fehlerprotokoll nennt es) und aktualisieren oder deaktivieren Sie es.
failures-critical-explanation = { $blocked } erhielt { $status } mit der WordPress-Meldung „{ $wp_message }“: PHP brach mit einem schweren Fehler ab, während WordPress die Anfrage bearbeitete, daher antwortete WooCommerce nie.
failures-critical-recovery = WordPress schickt dem Administrator der Website in diesem Fall einen Link zum Wiederherstellungsmodus, und das PHP-Fehlerprotokoll enthält den genauen Fehler.
failures-critical-steps-title = Das fehlerhafte Plugin oder Theme finden
failures-critical-debug-title = PHP-Fehler in { $log } protokollieren (wp-config.php)
failures-critical-support-subject = Schwerer PHP-Fehler an der WordPress-API von { $host }
failures-critical-support-problem = WordPress beantwortet seine REST-API mit „{ $wp_message }“ (ein schwerer PHP-Fehler).
failures-critical-support-ask = den schweren PHP-Fehler zu diesen Anfragen im PHP-Fehlerprotokoll nachsehen und mir sagen, welche Plugin- oder Theme-Datei er nennt
failures-gateway-title = Der Server vor WordPress erhält keine Antwort von PHP (HTTP { $code })
failures-gateway-summary = Der Server vor WordPress erhält keine Antwort von dem Programm, das es ausführt, daher antwortet WooCommerce nie.
failures-gateway-action = Bitten Sie Ihren Hosting-Anbieter mit der Nachricht unten, PHP auf dem Server zu prüfen.
failures-gateway-explanation = { $blocked } erhielt { $status }{ $has_server ->
    [yes] {" "}vom Server, der sich „{ $server }“ nennt
   *[no] {""}
}: Ein Proxy oder Gateway nahm die Anfrage an, erhielt aber keine gültige Antwort vom Programm dahinter, meist PHP (PHP-FPM wurde beendet, ist abgestürzt, überlastet oder zu langsam).
failures-gateway-fixed-there = Das wird auf dem Server behoben, senden Sie Ihrem Hosting-Anbieter daher die Nachricht unten.
failures-gateway-support-subject = HTTP { $code } (Gateway-Fehler) auf { $host }
failures-gateway-support-problem = Anfragen an die WordPress-REST-API erhalten HTTP { $code }: Der Webserver erhält keine Antwort von PHP.
failures-gateway-support-ask = prüfen, ob PHP-FPM (oder der PHP-Handler) für die Website läuft und erreichbar ist, diese Anfragen im Fehlerprotokoll des Webservers nachsehen (Upstream-Fehler) und die PHP-Limits erhöhen, falls keine Worker mehr frei sind
failures-page-server-fallback = der Webserver
failures-page-likely-nginx = Das Fehlerprotokoll des Servers nennt, was fehlschlug (seine Konfiguration oder das Programm, an das er Anfragen weitergibt).
failures-page-likely = Meist verursacht das eine Zeile in der .htaccess, die der Server nicht lesen kann (ein Tippfehler oder ein nicht installiertes Modul), und das Fehlerprotokoll des Servers nennt die Zeile.
failures-page-fix-title = Die fehlerhafte Zeile finden
failures-page-fix =
    1. Öffnen Sie das Fehlerprotokoll des Webservers (Hosting-Panel → Logs → Error log): Die Zeile zu diesen Anfragen nennt das Problem, z. B. „{ $example }“ in der .htaccess.
    2. Wenn sie auf die .htaccess verweist: Laden Sie eine Kopie der .htaccess-Datei im WordPress-Ordner ({ $base }) herunter, entfernen oder korrigieren Sie die Zeile und laden Sie die Datei wieder hoch. Wenn Sie die .htaccess kürzlich geändert haben, spielen Sie die alte Kopie zurück.
    3. Für einen schnellen Test benennen Sie die .htaccess in { $off } um und speichern Sie in WordPress Einstellungen → Permalinks: WordPress schreibt dann eine neue Datei mit seinen eigenen Regeln.
failures-page-support-subject = HTTP { $code } vom Webserver auf { $host }
failures-page-support-problem = Anfragen an die WordPress-REST-API erhalten die eigene „{ $code }“-Seite des Webservers, keine Antwort von WordPress.
failures-page-support-ask = diese Anfragen im Fehlerprotokoll des Webservers nachsehen und mir sagen, welche Konfigurationszeile (.htaccess oder Server) oder welcher Handler fehlschlägt
failures-page-title = Der Webserver scheitert, bevor WordPress läuft (HTTP { $code })
failures-page-summary = Der Webserver scheitert an den Anfragen der App, bevor WordPress überhaupt läuft.
failures-page-action-nginx = Bitten Sie Ihren Hosting-Anbieter mit der Nachricht unten, diese Anfragen im Fehlerprotokoll des Servers nachzusehen.
failures-page-action = Suchen Sie im Fehlerprotokoll die Zeile, die der Server nicht lesen kann, und korrigieren oder entfernen Sie sie, oder senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
failures-page-explanation = { $blocked } erhielt { $status }, die eigene Fehlerseite des Webservers ({ $name }), keine Antwort von WordPress: Der Server scheiterte, bevor WordPress lief.
failures-other-title = Der Shop beantwortet die API mit einem Serverfehler (HTTP { $code })
failures-other-summary = Der Server des Shops scheitert beim Bearbeiten der Anfragen der App, und WordPress nennt keinen Grund.
failures-other-action = Senden Sie Ihrem Hosting-Anbieter die Nachricht unten: Das Fehlerprotokoll des Servers enthält den Grund.
failures-other-explanation = { $blocked } erhielt { $status }{ $has_server ->
    [yes] {" "}(Server: { $server })
   *[no] {""}
} ohne eine Meldung von WordPress: Der Server scheiterte beim Bearbeiten der Anfrage.
failures-other-reason = Das Fehlerprotokoll des Servers enthält den Grund, senden Sie Ihrem Hosting-Anbieter daher die Nachricht unten.
failures-other-support-subject = HTTP { $code } an der WordPress-API von { $host }
failures-other-support-problem = Anfragen an die WordPress-REST-API erhalten HTTP { $code } ohne Fehlermeldung von WordPress.
failures-other-support-ask = diese Anfragen in den Fehlerprotokollen des Webservers und von PHP nachsehen und beheben, was fehlschlägt

## Keine Antwort in der Zeit, übergroße Antworten
failures-slow-measured-fallback = Anfragen an die API erhielten keine Antwort in der Zeit
failures-slow-works = { $passed } antwortete, der Server ist also da.
failures-slow-title = Die API des Shops antwortet nicht in der Zeit
failures-slow-summary = Die API des Shops braucht zu lange für ihre Antwort, daher geben Apps das Warten auf.
failures-slow-action = Bitten Sie Ihren Hosting-Anbieter mit der Nachricht unten, die Last des Servers zu prüfen und alles, was Besucher ausbremst.
failures-slow-measured = Gemessen: { $measured }.
failures-slow-explanation = Das passiert bei einem Server, der schweigt oder seine Antwort in wenigen Bytes auf einmal schickt: ein überlasteter Server, ein hängender PHP-Prozess oder ein Sicherheitswerkzeug, das Clients ausbremst, denen es misstraut. { $app } wartet auf jede Anfrage nur begrenzt und scheitert daher genauso.
failures-slow-support-subject = Die WordPress-API von { $host } antwortet nicht in der Zeit
failures-slow-support-problem = Anfragen an die WordPress-REST-API erhalten keine vollständige Antwort in der Zeit.
failures-slow-support-ask = für diese Anfragen die Last des Servers, das Slow-Log von PHP und jedes Werkzeug prüfen, das Clients drosselt (fail2ban, ein Tarpit, die Ratenbegrenzung einer Firewall)
failures-big-measured-fallback = Antworten waren größer als die Grenzen
failures-big-title = Die Antworten des Shops sind zu groß zum Lesen
failures-big-summary = Die Antworten des Shops sind weit größer als jede normale Antwort, daher hören Apps auf, sie zu lesen.
failures-big-action = Bitten Sie Ihren Hosting-Anbieter mit der Nachricht unten, das Plugin, den Proxy oder die Einstellung zu finden, die sie erzeugt.
failures-big-explanation = Gemessen: { $measured }. Eine Antwort, die nie endet, sich auf weit mehr entpackt, als gesendet wurde, oder Tausende Header trägt, lässt sich nicht sicher lesen, daher hören { $app } und diese Prüfung an diesen Grenzen auf. Die eigenen Antworten von WooCommerce bleiben weit darunter; ein Plugin, Proxy oder eine Servereinstellung dazwischen erzeugt diese also.
failures-big-support-subject = Übergroße Antworten der WordPress-API von { $host }
failures-big-support-problem = Anfragen an die WordPress-REST-API erhalten Antworten jenseits jeder normalen Größe (siehe die Messungen).
failures-big-support-ask = herausfinden, welche Komponente (ein Plugin, ein Proxy, Kompressionseinstellungen) diese Antworten erzeugt, und sie korrigieren
