# `handshake --help` and each command's `--help`: the about texts and every argument's help.
# English is the CLI's doc comments (crates/cli/src/args.rs) word for word: a test holds them equal.
# Never translated: option names (--list, --check), environment variables (HANDSHAKE_*), language
# codes (en, de, es), commands in backticks, host names and addresses in examples, TOML, PEM, JSON.
# Ids: cli-help-<command>-about, -long-about, -arg-<argument>.

cli-help-handshake-about = Finden Sie heraus, warum sich eine App nicht mit einem WooCommerce-Shop verbinden kann, und erhalten Sie die Lösung.
cli-help-handshake-arg-lang = Die Sprache des Berichts und der Meldungen: en, de oder es (Standard: die Sprache des Systems, wenn es eine davon ist, sonst Englisch)

## handshake doctor
cli-help-doctor-about = Einen Shop diagnostizieren: jede zutreffende Prüfung, dann Befunde mit Lösungen zum Einfügen
cli-help-doctor-long-about =
    Einen Shop diagnostizieren: jede zutreffende Prüfung, dann Befunde mit Lösungen zum Einfügen.

    Zugangsdaten (optional) kommen aus der Umgebung: HANDSHAKE_CONSUMER_KEY und HANDSHAKE_CONSUMER_SECRET (ein WooCommerce-Schlüsselpaar) oder HANDSHAKE_WP_USER und HANDSHAKE_WP_APP_PASSWORD (ein WordPress-Anwendungspasswort).
cli-help-doctor-arg-store-url = Die Adresse des Shops, z. B. shop.example.com oder https://example.com/shop
cli-help-doctor-arg-json = Genau einen JSON-Bericht (Schema handshake.report/1) auf stdout ausgeben
cli-help-doctor-arg-profile = Integrationsprofil (TOML): Name der App, Berechtigung, Ressourcen, freizugebende Adressen
cli-help-doctor-arg-app = Ein fertiges Profil für eine bekannte App (z. B. lightspeed-x-series) statt --profile
cli-help-doctor-arg-timeout = Der gesamte Lauf endet nach höchstens so vielen Sekunden, was auch immer der Server tut
cli-help-doctor-arg-ca-cert = Zusätzlich diesem CA-Zertifikat (PEM) vertrauen
cli-help-doctor-arg-resolve = HOST zu ADDRESS auflösen, statt DNS zu fragen (um einen Shop auf einem neuen Server zu prüfen, bevor DNS umgestellt wird). Wiederholbar: --resolve shop.example.com=203.0.113.5
cli-help-doctor-arg-keyring = Die im Schlüsselbund des Systems für diesen Shop gespeicherten Zugangsdaten verwenden (siehe `handshake connect`)
cli-help-doctor-arg-host-email = Statt des Berichts eine fertige E-Mail an den Hoster des Shops ausgeben: eine Betreffzeile, dann die Nachricht (was fehlschlägt, die Anfragen, die es zeigen, die genaue Lösung). Geheimnisse werden entfernt
cli-help-doctor-arg-relay = Zusätzlich dieses Relay bitten, den Shop von der Seite der Server der App aus zu prüfen (nur Prüfungen ohne Zugangsdaten: keine Zugangsdaten gehen an das Relay), gleichzeitig, und beide Seiten gegenüberstellen
cli-help-doctor-arg-format = Die Form des Berichts: human (Standard), json (dasselbe wie --json), md (Markdown) oder html (eine Webseite)
cli-help-doctor-arg-output = Den Bericht in FILE schreiben, statt ihn auszugeben (ganz oder gar nicht geschrieben; der Ordner muss existieren). Der Fortschritt und das Ergebnis werden weiterhin ausgegeben

## handshake demo
cli-help-demo-about = Einen eingebauten Demo-Shop mit einem Fehler aus der Praxis auf diesem Rechner starten und diagnostizieren
cli-help-demo-arg-scenario = Welchen Fehler der Demo-Shop hat (siehe --list)
cli-help-demo-arg-list = Die Demo-Szenarien auflisten
cli-help-demo-arg-no-credentials = Ohne den API-Schlüssel des Demo-Shops ausführen (nur was ein Besucher sehen kann)
cli-help-demo-arg-json = Genau einen JSON-Bericht (Schema handshake.report/1) auf stdout ausgeben
cli-help-demo-arg-profile = Integrationsprofil (TOML): Name der App, Berechtigung, Ressourcen, freizugebende Adressen
cli-help-demo-arg-app = Ein fertiges Profil für eine bekannte App (z. B. lightspeed-x-series) statt --profile
cli-help-demo-arg-timeout = Der gesamte Lauf endet nach höchstens so vielen Sekunden, was auch immer der Server tut
cli-help-demo-arg-ca-cert = Zusätzlich diesem CA-Zertifikat (PEM) vertrauen
cli-help-demo-arg-format = Die Form des Berichts: human (Standard), json (dasselbe wie --json), md (Markdown) oder html (eine Webseite)
cli-help-demo-arg-output = Den Bericht in FILE schreiben, statt ihn auszugeben (ganz oder gar nicht geschrieben; der Ordner muss existieren). Der Fortschritt und das Ergebnis werden weiterhin ausgegeben

## handshake connect
cli-help-connect-about = Einen Shop verbinden: Vorabprüfung, die App im Browser freigeben, die Schlüssel prüfen, sie im Schlüsselbund des Systems speichern. Ein erneuter Aufruf für einen gespeicherten Shop verbindet ihn mit einem neuen Schlüssel neu
cli-help-connect-arg-relay = Das Callback-Relay, das den Schlüssel-POST von WooCommerce empfängt (oder HANDSHAKE_RELAY_URL)
cli-help-connect-arg-no-browser = Den Freigabelink ausgeben (eine Zeile `authorize: <URL>` auf stderr), statt einen Browser zu öffnen
cli-help-connect-arg-wait = Minuten, die der Inhaber für die Freigabe im Browser hat
cli-help-connect-arg-existing-keys = Ein vorhandenes Schlüsselpaar statt der Freigabe im Browser verwenden: HANDSHAKE_CONSUMER_KEY und HANDSHAKE_CONSUMER_SECRET aus der Umgebung (oder bei einer Abfrage eingegeben), geprüft und gespeichert
cli-help-connect-arg-app-password = Stattdessen ein WordPress-Anwendungspasswort verwenden: auf der eigenen Seite von WordPress im Browser freigegeben oder aus HANDSHAKE_WP_USER und HANDSHAKE_WP_APP_PASSWORD übernommen, wenn diese gesetzt sind
cli-help-connect-arg-explain = Eine Fehlerseite erklären, die WooCommerce nach Approve gezeigt hat (fügen Sie ihren Text ein), und beenden
cli-help-connect-arg-json = Genau einen JSON-Bericht (Schema handshake.report/1) auf stdout ausgeben
cli-help-connect-arg-profile = Integrationsprofil (TOML): Name der App, Berechtigung, Ressourcen, freizugebende Adressen
cli-help-connect-arg-app = Ein fertiges Profil für eine bekannte App (z. B. lightspeed-x-series) statt --profile
cli-help-connect-arg-timeout = Der gesamte Lauf endet nach höchstens so vielen Sekunden, was auch immer der Server tut
cli-help-connect-arg-ca-cert = Zusätzlich diesem CA-Zertifikat (PEM) vertrauen

## handshake stores and handshake forget
cli-help-stores-about = Die auf diesem Computer gespeicherten Shops auflisten (es werden keine Geheimnisse angezeigt)
cli-help-stores-arg-json = Die Liste als JSON ausgeben
cli-help-stores-arg-check = Jeden gespeicherten Shop mit seinen gespeicherten Schlüsseln erneut prüfen, einen nach dem anderen, und sagen, was sich seit der letzten Prüfung geändert hat. Exit-Status 1, wenn ein Shop ein Problem hat (für Skripte und Cron)
cli-help-stores-arg-timeout = Mit --check: Die Prüfung jedes Shops endet nach höchstens so vielen Sekunden
cli-help-stores-arg-ca-cert = Mit --check: zusätzlich diesem CA-Zertifikat (PEM) vertrauen
cli-help-forget-about = Einen gespeicherten Shop entfernen: seine Schlüssel aus dem Schlüsselbund des Systems und seine Angaben von diesem Computer

## What clap itself writes in every help page: section headings (without the colon) and the help of
## --help, --version and the help command. English is clap's own text (a test holds it equal);
## German and Spanish replace it.
cli-clap-usage = Aufruf:
cli-clap-commands = Befehle
cli-clap-arguments = Argumente
cli-clap-options = Optionen
cli-clap-help = Hilfe anzeigen
cli-clap-help-short = Hilfe anzeigen (mehr mit '--help')
cli-clap-help-long = Hilfe anzeigen (eine Zusammenfassung mit '-h')
cli-clap-version = Version anzeigen
cli-clap-help-command = Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen
