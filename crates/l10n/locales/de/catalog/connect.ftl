# The connect flow's own outcomes (crates/engine/src/catalog/connect.rs).

connect-denied-title = Die Verbindung wurde auf der Freigabeseite des Shops abgelehnt
connect-denied-summary = Die Verbindung wurde auf der Freigabeseite des Shops abgelehnt, daher wurde kein Schlüssel erstellt.
connect-denied-action = Starten Sie die Verbindung erneut und klicken Sie auf „Genehmigen“, wenn { $app } Zugriff erhalten soll.
connect-denied-explanation = Die Seite von WooCommerce, auf der { $app } freigegeben werden sollte, wurde mit „Ablehnen“ (oder „Abbrechen“) beantwortet, daher wurde kein Schlüssel erstellt. Mit dem Shop ist alles in Ordnung. Starten Sie die Verbindung erneut und klicken Sie auf „Genehmigen“, wenn { $app } Zugriff erhalten soll.
connect-denied-fix-title = Die Verbindung genehmigen
connect-denied-fix = Starten Sie die Verbindung erneut. Prüfen Sie auf der Seite mit dem Titel „{ $app } möchte sich mit Ihrem Shop verbinden“ den angefragten Zugriff und klicken Sie auf „Genehmigen“. Sie müssen als Administrator oder Shop-Manager angemeldet sein.
connect-capability-title = Die Freigabeseite des Shops hat den angemeldeten Benutzer abgewiesen
connect-capability-summary = Die Freigabeseite hat den angemeldeten WordPress-Benutzer abgewiesen, daher wurde kein Schlüssel erstellt.
connect-capability-action = Melden Sie sich als Administrator oder Shop-Manager im Shop an und verbinden Sie { $app } dann erneut.
connect-capability-explanation = WooCommerce zeigte auf seiner Freigabeseite „{ $shown }“. Es lässt nur Benutzer, die WooCommerce verwalten dürfen (die Berechtigung manage_woocommerce: Administratoren und Shop-Manager), „Genehmigen“ sehen und einen Schlüssel erstellen. Entweder fehlt sie dem angemeldeten Benutzer (ein Kunde, Abonnent oder Redakteur), oder WordPress sah die Anmeldung nicht mehr, als auf „Genehmigen“ geklickt wurde (in einem anderen Tab abgemeldet oder die Sitzung war abgelaufen). Es wurde kein Schlüssel erstellt.
connect-capability-fix-title = Als Administrator oder Shop-Manager genehmigen
connect-capability-fix =
    1. Öffnen Sie die Verwaltung des Shops (wp-admin) und melden Sie sich ab, oder verwenden Sie ein privates Browserfenster.
    2. Starten Sie die Verbindung aus { $app } erneut.
    3. Wenn WooCommerce Sie zur Anmeldung auffordert, verwenden Sie ein Konto mit der Rolle Administrator oder Shop-Manager und klicken Sie dann auf „Genehmigen“.
connect-timeout-title = Die Freigabe wurde nicht rechtzeitig abgeschlossen
connect-timeout-summary = Von der Freigabeseite des Shops kam keine Antwort, bevor die Zeit abgelaufen war.
connect-timeout-action = Starten Sie erneut und genehmigen Sie innerhalb weniger Minuten; zeigt WooCommerce stattdessen einen Fehler, fügen Sie dessen Text in Handshake ein.
connect-timeout-explanation = Von der Freigabeseite des Shops kam keine Antwort, bevor die Zeit abgelaufen war: Die Seite ist vielleicht noch offen, oder WooCommerce zeigte einen Fehler, statt zu { $app } zurückzukehren. Wenn Sie einen Fehler wie „{ $error }“ gesehen haben, fügen Sie dessen Text in Handshake ein, um seine Ursache zu finden; andernfalls starten Sie erneut und genehmigen innerhalb weniger Minuten.
connect-timeout-fix-title = Erneut versuchen und jeden Fehler notieren
connect-timeout-fix =
    1. Starten Sie die Verbindung erneut.
    2. Melden Sie sich im Shop an, falls Sie dazu aufgefordert werden, und klicken Sie dann auf „Genehmigen“.
    3. Zeigt WooCommerce statt „{ $done_page }“ eine Fehlerseite, kopieren Sie deren Text und fügen Sie ihn in Handshake ein ({ $command }).
connect-relay-fallback = Relay von { $app }
connect-busy-title = Der Verbindungsdienst von { $app } ist ausgelastet
connect-busy-summary = Der Verbindungsdienst von { $app } ist ausgelastet und hat die Anfrage vorerst abgewiesen.
connect-busy-action = Warten Sie kurz und verbinden Sie dann erneut; wird die Anfrage weiter abgewiesen, informieren Sie den Betreiber des Dienstes.
connect-busy-explanation = Handshake übergibt den neuen Schlüssel des Shops über einen kleinen Relay-Dienst unter { $relay } an diesen Computer. Der Dienst hat geantwortet, die Anfrage aber vorerst abgewiesen{ $why }: Er ist ausgelastet oder begrenzt Anfragen aus diesem Netzwerk. Ihr Shop wurde nicht verändert, und mit der Verbindung dieses Computers ist alles in Ordnung. Warten Sie etwa { $wait } Sekunden und verbinden Sie dann erneut; wird die Anfrage weiter abgewiesen, muss der Betreiber des Dienstes davon erfahren.
connect-busy-fix-title = Warten, dann erneut verbinden
connect-busy-fix = Warten Sie etwa { $wait } Sekunden und starten Sie die Verbindung dann erneut. Antwortet { $relay } weiterhin, dass es ausgelastet ist, melden Sie das dem Betreiber dieses Dienstes.
connect-unreachable-title = Der Verbindungsdienst von { $app } war nicht erreichbar
connect-unreachable-summary = Der Verbindungsdienst von { $app } hat diesem Computer nicht geantwortet.
connect-unreachable-action = Prüfen Sie die Internetverbindung, den Proxy und die Firewall dieses Computers und versuchen Sie es dann erneut.
connect-unreachable-explanation = Handshake übergibt den neuen Schlüssel des Shops über einen kleinen Relay-Dienst unter { $relay } an diesen Computer, und dieser Dienst hat nicht geantwortet{ $why }. Ihr Shop wurde nicht verändert. Prüfen Sie die Internetverbindung dieses Computers (und jeden Proxy oder jede Firewall darauf) und versuchen Sie es dann erneut; scheitert es weiterhin, ist der Dienst vielleicht ausgefallen.
connect-unreachable-fix-title = Die Verbindung prüfen und erneut versuchen
connect-unreachable-fix = Öffnen Sie { $relay } in einem Browser auf diesem Computer. Lädt die Seite nicht, prüfen Sie die Netzwerk- oder Proxy-Einstellungen, warten Sie einige Minuten und verbinden Sie dann erneut.
