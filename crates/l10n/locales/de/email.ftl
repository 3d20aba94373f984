# The e-mail for the store's host (crates/engine/src/host_email.rs), written for a support engineer
# who has never seen Handshake. A message in another language carries the English one below it.
# $host, $url, $file are values; $title is a finding's or fix's title, already in this language.

email-subject-problem = WooCommerce-Shop { $host }: { $title }{ $more ->
        [0] {""}
        [one] {" "}(und 1 weiteres Problem)
       *[other] {" "}(und { $more } weitere Probleme)
    }
email-subject-healthy = WooCommerce-Shop { $host }: Verbindungsprüfung
email-greeting = Guten Tag,
# $tool: "Handshake for WooCommerce 0.1.0"; $when: the check's time (RFC 3339).
email-intro = ich betreibe den WooCommerce-Shop { $url }. Eine App muss seine REST-API erreichen, und ein Diagnosewerkzeug ({ $tool }) hat den Shop am { $when } von außen geprüft.
email-intro-healthy = Es hat nichts gefunden, was eine App an der Verbindung hindert; der beigefügte Bericht enthält die Einzelheiten, falls Sie sie brauchen.
email-intro-problems = Es hat die unten beschriebenen Probleme gefunden. Könnten Sie bitte jeweils die beschriebene Änderung vornehmen oder mir sagen, wer das kann?
email-severity-error = verhindert die Verbindung
email-severity-warning = sollte behoben werden
email-severity-info = zur Information
email-seen = Was das Werkzeug gesehen hat:
# A list item (the "- " is added before it).
email-more-evidence = …und { $count } weitere im beigefügten Bericht
email-fix = Die Lösung ({ $title }):
email-request = Worum ich Sie bitte:
email-more-findings = { $count ->
        [one] 1 weiteres Problem ist im beigefügten Bericht beschrieben.
       *[other] { $count } weitere Probleme sind im beigefügten Bericht beschrieben.
    }
email-attached = Der vollständige Bericht ist beigefügt ({ $file }): jede Anfrage des Werkzeugs und die Antwort des Servers darauf.
email-thanks = Vielen Dank!
# The line above the English copy of the message.
email-english-copy = Englische Fassung
email-paste-here = (Die vollständige Nachricht war zu lang für einen Mail-Link: Sie ist in der Zwischenablage, bitte fügen Sie sie hier ein.)
email-paste-here-attach = (Die vollständige Nachricht war zu lang für einen Mail-Link: Sie ist in der Zwischenablage, bitte fügen Sie sie hier ein. Bitte hängen Sie auch den Bericht { $file } an.)
