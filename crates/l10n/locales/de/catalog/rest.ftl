# Die WordPress-REST-API und die Teile von WooCommerce darin. $app ist der Name der App; $rest, $wc,
# $auth, $base, $index sind Pfade; $url, $link Adressen; zitierte Texte von WordPress sind Werte.
rest-recipient-host = Ihren Hosting-Anbieter

## Einfache Permalinks, fehlende Rewrite-Regeln
rest-plain-title = Die WordPress-Permalinks stehen auf „Einfach“, daher funktioniert die Adresse der WooCommerce-API nicht
rest-plain-summary = Die Link-Einstellung von WordPress steht auf „Einfach“, und die Adressen, über die Apps WooCommerce erreichen und um Freigabe bitten, funktionieren damit nicht.
rest-plain-action = Gehen Sie in WordPress zu Einstellungen → Permalinks, wählen Sie „Beitragsname“ und klicken Sie auf Änderungen speichern.
rest-plain-explanation = { $link } wird nicht gefunden, weil Einstellungen → Permalinks auf „Einfach“ steht; die API antwortet nur unter ?rest_route=/. WooCommerce (vor 11.1) nimmt API-Schlüssel nur an /wp-json/wc/-Adressen an, daher funktioniert die ?rest_route=-Form nicht mit Schlüsseln, und auch die Seite, auf der Sie { $app } freigeben, braucht sprechende Permalinks. Wählen Sie unter Einstellungen → Permalinks „Beitragsname“ und speichern Sie.
rest-rewrite-support-subject = Sprechende Permalinks funktionieren nicht auf { $host }
rest-rewrite-support-problem = WordPress nutzt sprechende Permalinks, aber der Webserver antwortet auf { $link } mit 404, statt die Anfrage an WordPress weiterzugeben (dieselbe API funktioniert unter { $url }?rest_route=/).
rest-rewrite-support-ask = den Server unbekannte Adressen an { $index } weitergeben lassen (bei Apache: mod_rewrite und AllowOverride All für den WordPress-Ordner; bei nginx: { $try_files } in der location der Website)
rest-rewrite-title = Der Webserver gibt { $rest }-Adressen nicht an WordPress weiter
rest-rewrite-summary = Der Webserver gibt die Adressen der WooCommerce-API nicht an WordPress weiter, daher erreichen Apps sie nicht.
rest-rewrite-action = Stellen Sie die Adressregeln von WordPress auf dem Server mit den Korrekturen unten wieder her oder senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
rest-rewrite-explanation = WordPress antwortet unter ?rest_route=/, aber { $link } erhält eine „nicht gefunden“-Seite vom Webserver selbst. Sprechende Permalinks sind aktiv, also sollte der Server solche Adressen an WordPress geben: Die Regeln von WordPress in der .htaccess fehlen oder werden ignoriert (Apache, LiteSpeed), oder nginx fehlt die try_files-Zeile. Bis dahin erreicht { $app } die WooCommerce-API nicht.

## Eine Regel blockiert /wp-json/
rest-path-blocked-fallback = Anfragen an { $rest }
rest-path-support-subject = Die WordPress-REST-API ist auf { $host } blockiert
rest-path-support-problem = Anfragen an die WordPress-REST-API ({ $rest }) werden vom Webserver abgewiesen.
rest-path-support-ask = die Regel finden, die { $rest } blockiert (in der .htaccess, der Server- oder Virtual-Host-Konfiguration oder einem Sicherheitsmodul), und diese Anfragen zu WordPress durchlassen
rest-path-title = Der Webserver blockiert die WordPress-REST-API ({ $rest })
rest-path-summary = Eine Regel auf dem Webserver weist die Anfragen von { $app } an die WordPress-API ab.
rest-path-action = Finden und entfernen Sie diese Regel (oft steht sie in Sicherheits-Plugins oder der .htaccess-Datei) oder senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
rest-path-explanation = { $blocked } erhielt { $status }{ $query_works ->
    [yes] , während dieselbe API über ?rest_route=/ funktioniert; eine Serverregel weist also Adressen ab, die „wp-json“ enthalten
   *[no] {" "}mit der schlichten Fehlerseite des Servers und ohne Namen einer Firewall; eine Regel in der Serverkonfiguration weist sie also ab
}. Solche Regeln stammen meist von einem Sicherheits-Plugin oder einer von Hand bearbeiteten .htaccess-Datei. { $app } spricht mit WooCommerce nur über { $wc }, daher muss dieser Pfad WordPress erreichen.
rest-path-find-title = Die Regel finden, die die REST-API blockiert
rest-path-find =
    1. Öffnen Sie die .htaccess-Datei im WordPress-Ordner ({ $base }) mit dem Dateimanager Ihres Hosting-Anbieters oder per FTP (versteckte Dateien anzeigen).
    2. Suchen Sie nach Zeilen, die wp-json oder rest_route erwähnen: RewriteCond/RewriteRule-Zeilen, die auf [F] oder [R=403] enden, RedirectMatch 403, <Files>/<If>-Blöcke mit „Require all denied“ oder „Deny from all“.
    3. Sicherheits-Plugins schreiben solche Regeln: Prüfen Sie Solid Security (iThemes), All-In-One Security (AIOS), BulletProof Security und NinjaFirewall auf eine Option „REST API“ oder „wp-json“, schalten Sie sie ab und speichern Sie.
    4. Bei nginx steht die Regel in der Konfiguration der Website ({ $deny } oder { $refuse }): Fragen Sie Ihren Hosting-Anbieter, wenn Sie sie nicht bearbeiten können.

## Eine IP-Sperre
rest-ip-addresses-known = Stellen Sie sicher, dass keine der Adressen von { $app } ({ $ips }) gesperrt ist.
rest-ip-addresses-unknown = Fragen Sie { $app }, von welchen Adressen aus es zugreift, und stellen Sie sicher, dass keine davon gesperrt ist.
rest-ip-rules-nginx = Suchen Sie in der nginx-Konfiguration der Website (ihrem server-Block, den location-Blöcken und den Dateien, die sie einbinden) nach „deny“-Zeilen und „allow …; deny all;“-Listen (fragen Sie Ihren Hosting-Anbieter, wenn Sie sie nicht bearbeiten können), in den IP-Sperrlisten von Sicherheits-Plugins (Wordfence → Firewall → Blocking, Solid Security → Banned Users) und im IP-Blocker Ihres Hosting-Panels (cPanel → Sicherheit → IP Blocker).
rest-ip-rules = Suchen Sie in der .htaccess-Datei des WordPress-Ordners ({ $base }) nach Zeilen mit „Require not ip“, „Deny from“ oder <RequireAll>, in den IP-Sperrlisten von Sicherheits-Plugins (Wordfence → Firewall → Blocking, Solid Security → Banned Users) und im IP-Blocker Ihres Hosting-Panels (cPanel → Sicherheit → IP Blocker).
rest-ip-find-title = Die IP-Regel finden
rest-ip-support-subject = Anfragen an { $host } werden durch eine IP-Sperre abgewiesen
rest-ip-support-problem = Jede Anfrage, selbst nach der Startseite, wird vom Webserver mit { $status } abgewiesen, was nach einer IP-Sperre aussieht.
rest-ip-support-ask = prüfen, ob eine IP-Sperrregel oder eine Firewall diese Anfragen blockiert, und die Server von { $app } zulassen
rest-ip-title = Der Webserver weist jede Anfrage von der Adresse von Handshake ab (eine IP-Sperre)
rest-ip-summary = Der Webserver weist jede Anfrage dieses Computers ab, selbst nach der Startseite; so sieht eine Sperre seiner Adresse aus.
rest-ip-action = Prüfen Sie die IP-Sperrlisten des Servers, Ihrer Sicherheits-Plugins und Ihres Hosting-Panels und stellen Sie sicher, dass weder dieser Computer noch die Server von { $app } darauf stehen.
rest-ip-explanation = Jede Anfrage, selbst nach der Startseite, erhielt { $status } vom Webserver selbst. So sieht eine IP-Sperre aus: Der Server sperrt die Adresse, von der die Prüfung kam, in der .htaccess, der Serverkonfiguration oder einem Sicherheits-Plugin. Sind auch die Server von { $app } gesperrt, kann es sich nicht verbinden.

## Die REST-API abgeschaltet
rest-disabled-anon-title = Ein Plugin verbirgt die REST-API vor Besuchern, die nicht angemeldet sind
rest-disabled-anon-summary = Ein Plugin verbirgt die WordPress-API, über die Apps WooCommerce erreichen, vor Besuchern, die nicht angemeldet sind.
rest-disabled-anon-consequence = Anfragen mit gültigen WooCommerce-Schlüsseln funktionieren weiterhin, aber Apps, die den API-Index vor der Anmeldung lesen (wie es { $app } tun kann), bleiben an diesem Fehler hängen.
rest-disabled-title = Ein Plugin oder Code-Snippet schaltet die WordPress-REST-API ab
rest-disabled-summary = Ein Plugin oder Code-Snippet hat die WordPress-API abgeschaltet, über die Apps WooCommerce erreichen.
rest-disabled-consequence = Jede API-Anfrage, auch die von WooCommerce, wird abgewiesen, daher kann { $app } weder lesen noch etwas ändern.
rest-disabled-action = Erlauben Sie die REST-API in den Einstellungen dieses Plugins wieder oder fügen Sie das Snippet unten hinzu, das nur WooCommerce durchlässt.
rest-disabled-explanation = WordPress selbst beantwortet { $rest } mit dem Fehler { $code }{ $has_message ->
    [yes] {" "}„{ $message }“
   *[no] {""}
}.
rest-disabled-allow = Erlauben Sie die REST-API in den Einstellungen dieses Plugins wieder oder lassen Sie mit dem Snippet unten nur die Routen von WooCommerce zu.

## Antworten, die kein sauberes JSON sind
rest-json-title = Die Antworten der REST-API sind durch zusätzlichen Text vor den Daten verdorben
rest-json-summary = Vor den API-Antworten des Shops wird zusätzlicher Text ausgegeben, daher können Apps sie nicht lesen.
rest-json-action = Verbergen Sie PHP-Warnungen mit der ersten Korrektur vor Besuchern und finden Sie dann das Plugin, Theme oder die Datei, die den Text ausgibt.
rest-json-explanation = Die API-Antworten von WordPress müssen reines JSON sein (das Datenformat, das Apps lesen), aber sie beginnen{ $has_prefix ->
    [yes] {" "}mit „{ $prefix }“
   *[no] {" "}anders
}. { $app } kann eine verdorbene Antwort nicht lesen, daher scheitern seine Aufrufe, selbst wenn WordPress die Arbeit erledigt hat. Meist stammt das von PHP-Warnungen, die in die Seite geschrieben werden, oder von einer Plugin- oder Theme-Datei, die mit Leerzeilen oder einer unsichtbaren Byte-Order-Mark (BOM) beginnt.
rest-json-find-title = Die Datei finden, die den zusätzlichen Text ausgibt
rest-json-find = Eine PHP-Warnung nennt ihre Datei und Zeile („{ $example }“): Aktualisieren Sie dieses Plugin oder Theme oder deaktivieren Sie es unter Plugins → Installierte Plugins. Leerzeilen oder eine BOM stammen meist aus einer bearbeiteten Datei wie wp-config.php oder der functions.php des Themes: Öffnen Sie sie in einem Code-Editor, entfernen Sie alles vor { $open } und nach einem schließenden { $close } am Ende und speichern Sie als UTF-8 ohne BOM.
rest-json-support-subject = PHP-Ausgaben stören die API auf { $host }
rest-json-support-problem = Die Antworten der WordPress-REST-API beginnen{ $has_prefix ->
    [yes] {" "}mit „{ $prefix }“
   *[no] {" "}anders
} statt mit sauberem JSON.
rest-json-support-ask = display_errors für die Website abschalten (Fehler können weiter ins Protokoll gehen) und mir sagen, welche Datei diese Ausgabe erzeugt

## Zwischengespeicherte Antworten
rest-cached-support-subject = Bitte die WordPress-API auf { $host } vom Caching ausnehmen
rest-cached-support-problem = Antworten von { $rest } und { $auth } kommen aus einem Server-Cache{ $signals }.
rest-cached-support-ask = { $rest } und { $auth } von jedem Cache ausnehmen (Varnish, NGINX-FastCGI-Cache, CDN)
rest-cached-title = Ein Seiten-Cache beantwortet API-Anfragen mit gespeicherten Kopien
rest-cached-summary = Ein Seiten-Cache beantwortet die Anfragen der App mit gespeicherten Kopien, statt WordPress zu fragen.
rest-cached-action = Nehmen Sie die WordPress-API und die Freigabeseiten von WooCommerce von jedem Cache aus: Caching-Plugin, Hosting-Anbieter und CDN.
rest-cached-explanation = Antworten von { $rest } kommen aus einem Cache{ $signals } statt von WordPress. Eine zwischengespeicherte API-Antwort zeigt { $app } veraltete Bestellungen und Bestände. Liefert derselbe Cache auch die Freigabeseiten unter { $auth } aus, kann einem Shop-Betreiber eine gespeicherte Seite mit abgelaufenem Sicherheitstoken gezeigt werden, und die Freigabe der App scheitert dann. Nehmen Sie { $rest } und { $auth } von jedem Cache aus.

## WooCommerce fehlt, die Freigabeseite
rest-wc-inactive-title = Die API von WooCommerce fehlt: WooCommerce ist nicht aktiv
rest-wc-inactive-summary = WooCommerce ist auf dieser Website nicht aktiv (oder nicht installiert oder sehr alt), daher finden Apps keinen Shop, mit dem sie sich verbinden können.
rest-wc-inactive-action = Gehen Sie in WordPress zu Plugins → Installierte Plugins und aktivieren oder aktualisieren Sie WooCommerce.
rest-wc-inactive-explanation = WordPress antwortet unter { $rest }, aber seine Liste der APIs enthält kein wc/v3, die WooCommerce-API. Das passiert, wenn WooCommerce deaktiviert, nicht installiert oder sehr alt ist. { $app } spricht nur mit wc/v3, daher funktioniert nichts, bis WooCommerce aktiv ist.
rest-auth-stale-summary = Die Seite, auf der Sie { $app } freigeben, wird nicht gefunden, weil die gespeicherten Adressregeln von WordPress veraltet sind.
rest-auth-stale-action = Öffnen Sie in WordPress Einstellungen → Permalinks und klicken Sie auf Änderungen speichern, ohne etwas zu ändern.
rest-auth-broken-summary = Die Seite, auf der Sie { $app } freigeben, fehlt oder ist defekt, daher kann kein Schlüssel erstellt werden.
rest-auth-broken-action = Speichern Sie einmal die Permalink-Einstellungen in WordPress; hilft das nicht, senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
rest-auth-stale-explanation = Die Seite, auf der Sie { $app } freigeben ({ $url }), wird nicht gefunden, während dieselbe Seite über { $query } funktioniert. Die gespeicherten Adressregeln von WordPress sind veraltet, daher kann die Freigabe nicht abgeschlossen werden, und es wird kein Schlüssel erstellt. Das Speichern der Permalink-Einstellungen baut sie neu auf.
rest-auth-support-subject = Die Autorisierungsseite von WooCommerce funktioniert auf { $host } nicht
rest-auth-support-problem = Die App-Autorisierungsseite von WooCommerce { $url } erreicht WordPress nicht.
rest-auth-support-ask = prüfen, ob eine Serverregel oder ein Sicherheitsmodul { $auth } blockiert
rest-auth-broken-explanation = Die Seite, auf der Sie { $app } freigeben ({ $url }), fehlt oder ist defekt, daher kann kein Schlüssel erstellt werden. Die Adressregeln von WordPress sind vielleicht veraltet (das Speichern der Permalink-Einstellungen baut sie neu auf), oder eine Serverregel oder ein Plugin blockiert { $auth }.
rest-auth-title = Die App-Freigabeseite von WooCommerce ({ $url }) funktioniert nicht
