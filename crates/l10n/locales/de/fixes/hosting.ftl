# Ready-to-send support messages (crates/engine/src/fixes/hosting.rs).

# $recipient is in the accusative after "an" ("Ihren Hosting-Anbieter", "den SiteGround-Support").
hosting-support-title = Nachricht an { $recipient }
hosting-support-subject = Betreff: { $subject }
hosting-support-greeting = Guten Tag,
hosting-support-opening = mein WooCommerce-Shop { $url } kann keine Verbindung zu { $app } herstellen.
hosting-support-failing = Diese Anfragen schlagen fehl:
hosting-support-passing = Diese funktionieren, zum Vergleich:
# $ask is an infinitive clause ("die Regel für /wp-json/ entfernen").
hosting-support-ask = Könnten Sie bitte { $ask }?
hosting-support-addresses = { $app } ruft den Shop von diesen Adressen aus auf: { $addresses }.
hosting-support-thanks = Vielen Dank!
