# auth.clock_skew (crates/engine/src/catalog/clock.rs).

clock-title-refused = WooCommerce lehnt signierte Anfragen ab: Die Uhr des Shops und die dieses Computers stimmen nicht überein
clock-title-off = Die Uhr des Shops geht um { $duration } falsch
clock-title = Die Uhr des Shops und die dieses Computers stimmen nicht überein
clock-summary-refused = WooCommerce lehnt signierte Anfragen ab, weil die Uhr des Shops und die dieses Computers zu weit auseinanderliegen.
clock-summary-measured = Die Uhr des Shops und die dieses Computers liegen so weit auseinander, dass WooCommerce signierte Anfragen ablehnen würde.
clock-summary = Die Uhr des Shops und die dieses Computers stimmen nicht überein.
clock-action-host = Bitten Sie Ihren Hosting-Anbieter mit der Nachricht unten, die Uhr des Servers richtig zu stellen und synchron zu halten.
clock-action-compare = Vergleichen Sie die Uhr dieses Computers mit einer Uhr, der Sie vertrauen, und lassen Sie dann die falsche automatisch stellen.
# $skew: "geht 2 h 1 min gegenüber der Uhr dieses Computers nach" (clock-skew-*), after "die Uhr des Shops".
clock-explanation-refused-measured = WooCommerce hat eine mit OAuth 1.0a signierte Anfrage abgelehnt („{ $refusal }“): Es akzeptiert eine Signatur nur, wenn ihre Zeit höchstens 15 Minuten von der Uhr des Servers abweicht, und die Uhr des Shops { $skew }.
clock-explanation-refused = WooCommerce hat eine mit OAuth 1.0a signierte Anfrage abgelehnt („{ $refusal }“): Es akzeptiert eine Signatur nur, wenn ihre Zeit höchstens 15 Minuten von der Uhr des Servers abweicht, also weichen die Uhr des Shops und die dieses Computers um mehr als das voneinander ab (der Shop hat keinen Date-Header gesendet, um es zu messen).
clock-explanation-measured = Der Server des Shops nennt in jeder Antwort seine Uhrzeit (im Date-Header), und seine Uhr { $skew }. WooCommerce akzeptiert eine mit OAuth 1.0a signierte Anfrage nur, wenn ihre Zeit höchstens 15 Minuten von der Uhr des Servers abweicht, daher würden signierte Anfragen von hier mit „{ $error }“ abgelehnt.
clock-explanation-local-synced = Dieser Computer stellt seine Uhr automatisch und ist synchron, also ist die Uhr des Shops die falsche.
clock-explanation-local-unsynced = Die Uhr dieses Computers ist nicht mit einer Zeitquelle synchronisiert, sie könnte also die falsche sein: Vergleichen Sie sie mit einer Uhr, der Sie vertrauen (zum Beispiel time.is), bevor Sie sich an Ihren Hosting-Anbieter wenden.
clock-explanation-local-unknown = Jede der beiden Uhren könnte die falsche sein: Vergleichen Sie die Uhr dieses Computers mit einer Uhr, der Sie vertrauen (zum Beispiel time.is), bevor Sie sich an Ihren Hosting-Anbieter wenden.
clock-explanation-who = Apps, die ihre Anfragen auf diese Weise signieren (jede App bei einem Shop ohne HTTPS), werden abgelehnt, solange die Uhren so weit auseinanderliegen; eine App, die ihren Schlüssel ohne Signatur über HTTPS sendet, ist nicht betroffen.
clock-skew-in-step = geht gleich mit der Uhr dieses Computers
clock-skew-behind = geht gegenüber der Uhr dieses Computers { $duration } nach
clock-skew-ahead = geht gegenüber der Uhr dieses Computers { $duration } vor
clock-duration-seconds = { $s } s
clock-duration-minutes = { $m } min { $s } s
clock-duration-hours = { $h } h { $m } min
clock-duration-days = { $d ->
        [one] 1 Tag
       *[other] { $d } Tage
    } { $h } h
clock-fix-local-title = Die Uhr dieses Computers automatisch stellen
clock-fix-local =
    Windows: Einstellungen → Zeit und Sprache → Datum und Uhrzeit → „Uhrzeit automatisch festlegen“ einschalten, dann auf „Jetzt synchronisieren“ klicken.
    macOS: Systemeinstellungen → Allgemein → Datum & Uhrzeit → „Datum und Uhrzeit automatisch einstellen“ einschalten.
    Linux: `{ $command }` ausführen; danach sollte `{ $status }` "{ $synchronized }" melden.
    Führen Sie die Prüfung dann erneut aus.
clock-fix-vps-title = Wenn Sie den Server selbst betreiben: Zeitsynchronisierung einschalten
clock-fix-vps = Führen Sie auf dem Server (Debian, Ubuntu und die meisten Linux-Systeme) `{ $command }` aus und prüfen Sie dann, ob `{ $status }` "{ $synchronized }" meldet. In einem Container stellen Sie die Uhr auf dem Host-Rechner: Container verwenden die Uhr des Hosts.
clock-support-recipient = Ihren Hosting-Anbieter
clock-support-subject = Die Serveruhr von { $host } geht falsch
clock-support-problem-synced = Die Uhr des Servers geht falsch: Sie { $skew }, und die Uhr dieses Computers ist mit Zeitservern im Internet synchronisiert. WooCommerce lehnt mit OAuth 1.0a signierte Anfragen ab („{ $error }“), wenn die Uhr des Servers um mehr als 15 Minuten abweicht.
clock-support-problem-compared = Die Uhr des Servers (ihr Date-Header) { $skew }, und die Uhr dieses Computers stimmt mit einer Uhr überein, der ich vertraue. WooCommerce lehnt mit OAuth 1.0a signierte Anfragen ab („{ $error }“), wenn die Uhr des Servers um mehr als 15 Minuten abweicht.
clock-support-problem = WooCommerce lehnt mit OAuth 1.0a signierte Anfragen mit „{ $error }“ ab, was es tut, wenn die Uhr des Servers um mehr als 15 Minuten abweicht.
clock-support-ask = die Uhr des Servers mit Zeitservern im Internet synchronisieren (NTP, zum Beispiel chrony oder systemd-timesyncd) und synchron halten
