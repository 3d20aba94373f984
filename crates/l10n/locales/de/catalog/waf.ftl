# Firewalls, die statt WordPress antworten. $name ist eine der waf-name-*-Nachrichten (Nominativ,
# am Satzanfang); $product der Produktname („Cloudflare“); $blocked/$passed sind Listen von Anfragen;
# $marker ist "" oder " (cf-mitigated: challenge, Ray ID …)".
waf-product-unknown = Eine Sicherheits-Firewall
waf-name-vendor = Die Firewall von { $product }
waf-name-siteground = Der Bot-Schutz von SiteGround
waf-name-wordfence = Das Sicherheits-Plugin Wordfence
waf-name-unknown = Eine Sicherheits-Firewall
waf-title-challenge = { $name } beantwortet die WooCommerce-API mit einer Browserprüfung, die { $app } nicht bestehen kann
waf-title-block = { $name } blockiert die WooCommerce-REST-API
waf-action-cloudflare = Fügen Sie die Cloudflare-Regel unten hinzu, damit die WooCommerce-API diese Prüfungen überspringt.
waf-action-allowlist = Setzen Sie die Adressen von { $app } und den API-Pfad in { $product } auf die Zulassungsliste.
waf-action-host-run = { $product } wird von Ihrem Hosting-Anbieter betrieben: Bitten Sie dessen Support, die Adressen von { $app } auf die Zulassungsliste zu setzen.
waf-action-akamai = Bitten Sie die Person, die Akamai für die Website verwaltet, eine Ausnahme für die API einzurichten.
waf-action-unknown = Finden Sie das Sicherheits-Plugin oder die Firewall des Hosting-Anbieters, die diese Seite sendet, und richten Sie eine Ausnahme für die API ein.
waf-summary-challenge = { $some ->
    [some] { $name } zeigt einem Teil der Anfragen von { $app } eine Browserprüfung, die nur ein Mensch bestehen kann, daher erreichen sie WooCommerce nie.
   *[all] { $name } zeigt den Anfragen von { $app } eine Browserprüfung, die nur ein Mensch bestehen kann, daher erreichen sie WooCommerce nie.
}
waf-summary-block = { $some ->
    [some] { $name } blockiert einen Teil der Anfragen von { $app }, bevor sie WooCommerce erreichen.
   *[all] { $name } blockiert die Anfragen von { $app }, bevor sie WooCommerce erreichen.
}
waf-blocked-fallback = die API-Anfragen
waf-explanation = { $name } beantwortete { $blocked } mit { $challenge ->
    [yes] einer Browserprüfung (einer Challenge-Seite), die eine App nie bestehen kann
   *[no] einer eigenen Sperrseite
}{ $marker }, statt die Anfrage an WordPress weiterzugeben{ $has_passed ->
    [yes] , während { $passed } durchkam
   *[no] {""}
}.
waf-consequence-all = Jeder Aufruf von { $app } an die API wird auf dieselbe Weise gestoppt, daher kann keine Verbindung zustande kommen.
waf-consequence-some = { $app } braucht auch diese Anfragen und kann daher nicht arbeiten, bis sie durchkommen.
waf-recipient-cloudflare = die Person, die Cloudflare für die Website verwaltet
waf-recipient-sucuri = den Sucuri-Support
waf-recipient-host = Ihren Hosting-Anbieter
waf-recipient-siteground = den SiteGround-Support
waf-recipient-akamai = die Person, die Akamai für die Website verwaltet
waf-support-subject = { $product } blockiert die WooCommerce-API auf { $host }
waf-support-problem = { $product } beantwortet Anfragen an die WooCommerce-REST-API mit einer eigenen Sperr- oder Challenge-Seite{ $marker }.
waf-support-ask = die Server von { $app } auf die Zulassungsliste setzen und eine Ausnahme für { $wc } und { $auth } einrichten, damit diese Anfragen WordPress erreichen
waf-unknown-marker-fallback = eine Sperrseite
waf-unknown-steps-title = Die Firewall finden, die diese Seite sendet
waf-unknown-steps =
    Die Seite meldete: { $marker }. Prüfen Sie in dieser Reihenfolge:
    1. Sicherheits-Plugins in WordPress (Plugins → Installierte Plugins): Wordfence, Solid Security, All-In-One Security, WP Cerber, Shield, MalCare, BulletProof Security, NinjaFirewall. Suchen Sie im Firewall-Protokoll jedes Plugins nach einer blockierten Anfrage an { $wc } und setzen Sie dort die Adressen von { $app } auf die Zulassungsliste.
    2. Ihr Hosting-Panel: Seiten zu Sicherheit oder Firewall (Imunify360, BitNinja, ModSecurity, „Bot-Schutz“).
    3. Ein CDN oder Proxy vor der Website (Cloudflare, Sucuri, Imperva, ein eigenes CDN des Hosting-Anbieters).
    Wenn nichts davon die Sperre zeigt, senden Sie Ihrem Hosting-Anbieter die Nachricht unten.
waf-modsec-summary-content = Die ModSecurity-Firewall Ihres Servers hält einige Anfragen von { $app } für Angriffe und blockiert sie.
waf-modsec-summary-methods = Die ModSecurity-Firewall Ihres Servers lässt { $app } Bestellungen und Produkte lesen, blockiert aber die Anfragen, die sie ändern oder löschen.
waf-modsec-action-shared = Beim Shared Hosting kann nur Ihr Hosting-Anbieter die Ausnahme einrichten, senden Sie ihm daher die Nachricht unten.
waf-modsec-action = Richten Sie die ModSecurity-Ausnahme unten für die WooCommerce-API ein oder bitten Sie Ihren Hosting-Anbieter darum.
waf-modsec-blocked-fallback = Anfragen an die WooCommerce-API
waf-modsec-cause-content = Die ModSecurity-Firewall des Servers wies { $blocked }{ $marker } mit { $statuses } ab, weil ihr Inhalt nach ihrer Einschätzung wie ein Angriff aussah.
waf-modsec-consequence-content = Auch legitime Bestell- und Produktdaten lösen sie aus, daher schlagen die Aufrufe von { $app } unvorhersehbar fehl.
waf-modsec-cause-methods = Die ModSecurity-Firewall des Servers (mit dem OWASP Core Rule Set) weist Anfragen mit { $methods } an die WooCommerce-API ab: Ihre Regel 911100 erlaubt nur GET, HEAD, POST und OPTIONS.
waf-modsec-consequence-methods = WooCommerce nutzt diese Methoden, um Bestellungen und Produkte zu ändern und zu löschen, daher kann { $app } lesen, aber nichts ändern.
waf-modsec-where-shared = Beim Shared Hosting kann nur Ihr Hosting-Anbieter sie einrichten: Senden Sie ihm die Nachricht unten.
waf-modsec-where = Eine Ausnahme für den API-Pfad behebt das; beim Shared Hosting richtet Ihr Hosting-Anbieter sie ein.
waf-modsec-attachment = Diese ModSecurity-Regeln würden das erledigen (IDs aus dem lokalen Bereich; bitte anpassen, falls sie kollidieren):
waf-modsec-support-subject = ModSecurity blockiert die WooCommerce-API auf { $host }
waf-modsec-support-problem = Die ModSecurity-Regeln des Servers weisen Anfragen an die WooCommerce-REST-API ab.
waf-modsec-support-problem-methods = Die ModSecurity-Regeln des Servers weisen Anfragen an die WooCommerce-REST-API ab, die { $methods } verwenden.
waf-modsec-support-ask = für mein Konto eine ModSecurity-Ausnahme für { $rest } einrichten, damit diese Anfragen WordPress erreichen
waf-modsec-recipient = Ihren Hosting-Anbieter
waf-modsec-cpanel-title = Wenn Ihr Hosting-Anbieter cPanel nutzt und Sie ModSecurity-Regeln nicht bearbeiten können
waf-modsec-cpanel = Unter cPanel → Sicherheit → ModSecurity gibt es einen Schalter pro Domain. Ihn für { $host } auszuschalten, hebt diese Sperre auf, aber auch den Schutz, den ModSecurity bietet; bitten Sie Ihren Hosting-Anbieter daher besser um die Ausnahme oben.
waf-modsec-title = Die ModSecurity-Firewall des Servers blockiert Anfragen an die WooCommerce-API
waf-modsec-title-methods = Die ModSecurity-Firewall des Servers blockiert { $methods } an der WooCommerce-API
