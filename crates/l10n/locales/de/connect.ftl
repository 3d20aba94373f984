# Sentences of the connect crate the CLI and the wizard show ($page: an address; $hint: the key's
# last characters; $ids: finding ids; $verdict: healthy, problems, unreachable or no-keys, codes).
revoke-app-password = Um es zu widerrufen, öffnen Sie { $page } und klicken Sie beim Anwendungspasswort von Handshake auf „Widerrufen“.
revoke-key = Um den Schlüssel zu widerrufen, öffnen Sie { $page } und klicken Sie unter seiner Beschreibung auf „Widerrufen“.
revoke-key-ending = Um den Schlüssel (den Schlüssel mit der Endung { $hint }) zu widerrufen, öffnen Sie { $page } und klicken Sie unter seiner Beschreibung auf „Widerrufen“.

## What changed since a store's previous check.
watch-key-stopped = der Schlüssel funktioniert nicht mehr
watch-key-works-again = der Schlüssel funktioniert wieder
watch-new = neu: { $ids }
watch-fixed = behoben: { $ids }
watch-was = vorher { $verdict }
watch-first = erste Prüfung seit dem Verbinden
watch-unchanged = unverändert

## While the owner approves in the browser.
connect-waiting-approval = warte auf die Freigabe
connect-waiting-key = freigegeben; warte darauf, dass der Shop den Schlüssel sendet

## A store's verdict in the text form of `handshake stores` (in English the contract's codes).
verdict-healthy = in Ordnung
verdict-problems = Probleme
verdict-unreachable = nicht erreichbar
verdict-no-keys = keine Schlüssel

## What an error page WooCommerce showed after Approve means (connect --explain, the wizard's paste
## screen). Values: $ok ("200 OK"), $bundle, $block, $config, $hosts (WordPress's file and setting
## names), $path (/wc-auth/).
store-message-rejected = Der Shop hat den neuen Schlüssel an die Callback-Adresse der App gesendet, aber die Antwort war nicht genau „{ $ok }“ (eine Firewall-Seite, eine Weiterleitung oder ein Fehler), daher hat WooCommerce den Schlüssel wieder gelöscht.
store-message-url-refused = WordPress hat sich geweigert, den Schlüssel an die Callback-Adresse zu senden, noch bevor es es versucht hat: Es sendet nur an die Ports 80, 443 und 8080 (oder an den eigenen Port der Website auf ihrem eigenen Host) und nur an Namen, die vom Server des Shops aus zu einer öffentlichen Adresse aufgelöst werden.
store-message-certificate = Der Shop hat dem HTTPS-Zertifikat des Callbacks nicht vertraut. WordPress prüft es anhand seiner eigenen Liste von Zertifizierungsstellen ({ $bundle }): Das Zertifikat ist selbst signiert, stammt von einer privaten Stelle oder wurde ohne sein Zwischenzertifikat gesendet, oder die Liste dieses WordPress ist veraltet.
store-message-blocked-external = WordPress ist so eingestellt, dass ausgehende Anfragen blockiert werden ({ $block } in { $config }), und der Callback-Host steht nicht in { $hosts }.
store-message-resolve = Der Server des Shops kann den Namen des Callback-Hosts nicht auflösen: Sein DNS funktioniert nicht oder ausgehendes DNS ist blockiert.
store-message-timeout = Der Server des Shops hat vom Callback-Host keine Antwort erhalten: Eine Firewall beim Hoster verwirft möglicherweise ausgehende Verbindungen, oder der Server des Callbacks antwortet nicht.
store-message-connect = Der Server des Shops konnte keine Verbindung zum Callback-Host herstellen: Dort hat niemand die Verbindung angenommen (der Verbindungsdienst der App ist vielleicht ausgefallen), oder eine Firewall hat sie abgelehnt.
store-message-needs-ssl = Der Autorisierungslink hat WooCommerce aufgefordert, den Schlüssel an eine unverschlüsselte http-Adresse zu senden, was WooCommerce ablehnt. Der Link wurde falsch erstellt oder unterwegs verändert.
store-message-missing-parameter = Der Autorisierungslink ist ohne einige seiner Parameter bei WooCommerce angekommen: Eine Weiterleitung, ein Sicherheits-Plugin oder ein Cache hat einen Teil der Adresse entfernt.
store-message-permission = Die Freigabeseite von WooCommerce hat den angemeldeten WordPress-Benutzer abgelehnt: Nur Benutzer, die WooCommerce verwalten dürfen (Administratoren und Shop-Manager), können freigeben, und WordPress muss die Anmeldung beim Klick auf „Approve“ noch sehen. Es wurde kein Schlüssel erstellt.
store-message-nonce = Die Freigabeseite war veraltet: Sie kam aus einem Cache oder war zu lange geöffnet. Nehmen Sie { $path } vom Seiten-Caching aus und geben Sie über einen frischen Link erneut frei.
