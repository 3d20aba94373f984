# The terminal (handshake CLI): report lines, the two-vantage table, messages and errors.
# Values are never translated: $url, $store, $other and $relay are addresses, $kind is a fix kind
# code, $error is an error text as the system or the library wrote it.

cli-cannot-start = Start nicht möglich: { $error }
cli-cannot-write-report = Der Bericht kann nicht geschrieben werden: { $error }
cli-report-saved = Bericht gespeichert: { $path }
cli-output-no-folder = Der Bericht kann nicht geschrieben werden: Der Ordner { $folder } existiert nicht
cli-example = Beispiel
cli-checking = { $store } wird geprüft …
cli-keyring-or-env = Verwenden Sie entweder { $flag } oder die Umgebungsvariablen { $variables }, nicht beides
cli-no-keys-in-keyring = Keine Schlüssel für { $store } im Schlüsselbund des Systems: Verbinden Sie den Shop zuerst mit `{ $command }`
cli-timeout-range = { $flag } muss zwischen 1 und 600 Sekunden liegen
cli-store-answers-elsewhere = Der Shop antwortet unter { $other }. Wenn das Ihr Shop ist, prüfen Sie ihn dort:

## The report for a person ($warnings and $errors are counts).
cli-verdict-healthy = Ergebnis: alles in Ordnung — Apps können sich mit { $url } verbinden.
cli-verdict-healthy-warnings = Ergebnis: Apps können sich mit { $url } verbinden, mit { $warnings ->
        [one] 1 Warnung
       *[other] { $warnings } Warnungen
    }, die einen Blick wert { $warnings ->
        [one] ist
       *[other] sind
    }.
cli-verdict-problems = Ergebnis: { $errors ->
        [one] 1 Problem hindert
       *[other] { $errors } Probleme hindern
    } Apps daran, sich mit { $url } zu verbinden{ $warnings ->
        [0] {""}
        [one] {" "}(und 1 Warnung)
       *[other] {" "}(und { $warnings } Warnungen)
    }.
cli-verdict-unreachable = Ergebnis: { $url } ist nicht erreichbar{ $warnings ->
        [0] {""}
        [one] {" "}(und 1 Warnung)
       *[other] {" "}(und { $warnings } Warnungen)
    }.
# $took: a duration such as "412 ms" or "1.5 s"; $status: the exit status (0 or 1).
cli-checked-in = Geprüft in { $took } mit { $probes } Prüfungen. Exit-Status: { $status }.
cli-severity-error = FEHLER
cli-severity-warning = WARNUNG
cli-severity-info = HINWEIS
cli-what-to-do = Was zu tun ist: { $action }
cli-technical-details = Technische Details:
cli-evidence = Belege:
# $n: the fix's number; $title: its title (already in the report's language); $kind: a code.
cli-fix-heading = Lösung { $n }: { $title } [{ $kind }]

## doctor --relay: this computer's and the app's servers' answers side by side.
cli-vantage-row-home = Startseite
cli-vantage-row-rest-index = REST-API ({ $path })
cli-vantage-row-rest-index-query = REST-API ({ $path })
cli-vantage-row-rest-index-browser = REST-API als Webbrowser
cli-vantage-row-rest-post = POST an die WooCommerce-API
cli-vantage-row-rest-put = PUT an die WooCommerce-API
cli-vantage-row-auth-header-echo = Anmelde-Header erreichen WordPress
cli-vantage-row-wc-auth = Seite zur App-Autorisierung
cli-vantage-row-wc-auth-query = Autorisierungsseite (Ausweichadresse)
cli-vantage-not-checked = nicht geprüft
cli-vantage-no-answer = keine Antwort
cli-vantage-server-page = Seite des Servers
cli-vantage-relay-failed = Das Relay ({ $relay }) konnte den Shop nicht von den Servern der App aus prüfen: { $error }
    Gezeigt wird nur die Sicht dieses Computers; über den Shop sagt das nichts aus.
cli-vantage-unnamed-address = einer Adresse, die es nicht genannt hat
# $from: the address the relay checked from, and its label.
cli-vantage-heading = Von diesem Computer und von den Servern der App aus (das Relay { $relay } prüfte von { $from }):
cli-vantage-column-request = Anfrage
cli-vantage-column-here = dieser Computer
cli-vantage-column-there = Server der App

## handshake stores / forget ($at: a time, RFC 3339; $verdict: healthy, problems, unreachable or no-keys, a code).
cli-stores-none = Keine gespeicherten Shops. Verbinden Sie einen mit: { $command }
cli-stores-last-check = letzte Prüfung { $at }: { $verdict }
cli-stores-not-checked = seit dem Verbinden nicht geprüft
# $hint: the key's last characters as WooCommerce shows them.
cli-stores-key = Schlüssel { $hint }
cli-stores-connected = verbunden { $at }
cli-stores-was = vorher { $verdict }
cli-stores-unchanged = unverändert
cli-stores-no-keys = keine Schlüssel im Schlüsselbund des Systems; neu verbinden mit: { $command }
cli-stores-details = Details: { $command }
cli-forget-not-saved = { $store } ist auf diesem Computer nicht gespeichert (siehe `{ $command }`)
cli-forget-done = { $store } entfernt: Die Schlüssel sind aus dem Schlüsselbund des Systems gelöscht und die Angaben von diesem Computer.
# Followed by where and how to revoke the key.
cli-forget-revoke = Der Schlüssel funktioniert in WooCommerce weiter, bis Sie ihn widerrufen.

## handshake demo ($summary: the scenario's description, a value).
cli-demo-list-heading = Demo-Szenarien ({ $command }):
cli-demo-unknown-scenario = unbekanntes Szenario { $scenario }: siehe { $command }
cli-demo-cannot-start = der Demo-Shop kann nicht gestartet werden: { $error }
cli-demo-bad-url = der Demo-Shop hat eine ungültige URL geliefert: { $error }
cli-demo-store = Demo-Shop „{ $scenario }“: { $summary }
cli-demo-local = (ein lokaler Server, der sich wie WordPress + WooCommerce mit diesem Fehler verhält; nichts verlässt diesen Computer)
cli-demo-try-another = Probieren Sie einen anderen Fehler: { $list }, dann { $command }
cli-demo-connect-failed = der Verbindungsablauf der Demo kann nicht ausgeführt werden: { $error }
cli-demo-connect-local = (ein lokaler Shop und ein lokales Callback-Relay; die Demo spielt in Ihrem Browser den Administrator des Shops; nichts verlässt diesen Computer)
cli-demo-link-shown = Freigabelink angezeigt; der Administrator des Shops öffnet ihn und klickt auf Approve oder Deny
cli-demo-browser-ended = Der Browser landete auf einer Seite mit HTTP { $status }
cli-demo-outcome-connected = Verbunden.
cli-demo-outcome-blocked = Vor der Freigabe angehalten.
cli-demo-outcome-failed = Die Autorisierung ist fehlgeschlagen.

## handshake connect ($key: the key's last characters; $permissions: as WooCommerce names them, a value).
cli-connecting = { $store } wird verbunden …
cli-connect-checking-credentials = Die Zugangsdaten werden bei { $store } geprüft …
cli-connect-no-relay = kein Relay angegeben: Übergeben Sie { $flag } (oder setzen Sie { $variable }), oder verwenden Sie { $other }
cli-connect-permissions-checked = geprüft
cli-connect-connected = Verbunden. Der Schlüssel { $key } ({ $permissions }) ist im Schlüsselbund dieses Computers gespeichert.
# Followed by where and how to revoke the old key.
cli-connect-replaced = Er ersetzt den bisherigen Schlüssel des Shops.
cli-connect-replaced-key = Er ersetzt den bisherigen Schlüssel des Shops ({ $key }).
cli-connect-blocked = Der Shop muss repariert werden, bevor er verbunden werden kann: Es wurde nichts geändert.
cli-connect-failed = Die Verbindung wurde nicht abgeschlossen.
cli-connect-answers-elsewhere = Der Shop antwortet unter { $other }. Wenn das Ihr Shop ist, verbinden Sie ihn dort:
# $read, $write: WooCommerce resource names as the API spells them ("orders, products").
cli-connect-verified = Geprüft.
cli-connect-verified-read = Geprüft: Die App kann { $read } lesen.
cli-connect-verified-write = Geprüft: Die App kann { $write } schreiben.
cli-connect-verified-read-write = Geprüft: Die App kann { $read } lesen und { $write } schreiben.
cli-explain-unknown = diese Meldung kennt Handshake nicht. Bekannte Meldungen:
cli-connect-set-app-password = setzen Sie { $user } und { $password } (niemals auf der Befehlszeile)
cli-connect-set-keys = setzen Sie { $key } und { $secret } (niemals auf der Befehlszeile)
cli-connect-prompt-key = Consumer Key ({ $shape }):
cli-connect-prompt-secret = Consumer Secret ({ $shape }, wird nicht angezeigt):
cli-connect-browser-opens = Ein Browserfenster öffnet die Freigabeseite von WooCommerce. Falls nicht, öffnen Sie:
cli-connect-approve = Melden Sie sich an, falls nötig, prüfen Sie den angeforderten Zugriff und klicken Sie auf Approve.
cli-connect-no-browser = Hier konnte kein Browser geöffnet werden ({ $error }): Öffnen Sie die Adresse oben selbst.
cli-connect-key-received = Schlüssel empfangen ({ $key }, { $permissions }); er wird geprüft …
cli-connect-saved = { $store } im Schlüsselbund des Systems gespeichert.
