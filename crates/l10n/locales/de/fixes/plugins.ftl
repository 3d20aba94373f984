# Click paths in security products, host panels and plugins (crates/engine/src/fixes/plugins.rs).
# Menu and option names stay as the products show them (most exist only in English).

plugins-addresses-unknown = (die Adressen, von denen { $app } aufruft: erfragen Sie sie bei { $app })
plugins-wordfence-title = Wordfence: die Server von { $app } auf die Allowlist setzen
plugins-wordfence =
    1. Öffnen Sie in WordPress Wordfence → Firewall → All Firewall Options.
    2. Öffnen Sie Advanced Firewall Options. Fügen Sie unter „Allowlisted IP addresses that bypass all rules“ diese Zeilen hinzu:
    { $addresses }
    3. Klicken Sie auf „Save Changes“.
    4. Wurde die Anfrage von einer Firewall-Regel statt von einer IP-Sperre blockiert, öffnen Sie Wordfence → Tools → Live Traffic, suchen Sie die blockierte Anfrage an { $wc } und klicken Sie auf „Add Param to Firewall Allowlist“.
    5. War es eine Drosselung, öffnen Sie Wordfence → All Options → Rate Limiting und setzen Sie „If anyone's requests exceed“ für Crawler und Menschen auf einen höheren Wert (oder Unlimited).
plugins-sucuri-title = Sucuri: die Server von { $app } und den API-Pfad auf die Allowlist setzen
plugins-sucuri =
    1. Melden Sie sich im Sucuri-Dashboard an, öffnen Sie Firewall (WAF) und wählen Sie { $host }.
    2. Öffnen Sie Access Control. Fügen Sie unter Allow IP Addresses (whitelist) jede dieser Adressen hinzu und klicken Sie auf „Allow“:
    { $addresses }
    (Sucuri akzeptiert einzelne Adressen oder Bereiche, die auf /24, /16 oder /8 enden.)
    3. Fügen Sie unter Allowlist URL Paths (whitelist URL paths) { $wc } hinzu, damit die API nicht gefiltert wird.
    4. Änderungen werden innerhalb weniger Minuten wirksam.
plugins-sucuri-block-id = 5. Die Sperrseite zeigte die Block ID { $id }: Unter Audit Trails sehen Sie die Regel dahinter.
plugins-imunify360-title = Imunify360: die Server von { $app } auf die Allowlist setzen
plugins-imunify360 =
    Hat Ihr Hosting-Panel eine Imunify360-Seite (cPanel oder Plesk → Imunify360 → Firewall → White List), fügen Sie jede dieser Adressen mit dem Kommentar "{ $app } (WooCommerce API)" hinzu:
    { $addresses }
    Andernfalls senden Sie Ihrem Hosting-Anbieter die Support-Nachricht unten. Auf einem Server, den Sie selbst betreiben, als root:
plugins-imunify360-once = einmal für jede Adresse, die Ihnen die App nennt
plugins-siteground-title = SiteGround: den Support bitten, die App auf die Allowlist zu setzen
plugins-siteground =
    Der Bot-Schutz von SiteGround antwortet mit einer CAPTCHA-Seite, die eine App nicht lösen kann, und er lässt sich in den Site Tools nicht abschalten. Kontaktieren Sie den SiteGround-Support (Site Tools → Hilfe → Kontakt) mit der Nachricht unten und bitten Sie ihn, die Adressen von { $app } für { $host } auf die Allowlist zu setzen:
    { $addresses }
    Prüfen Sie außerdem Site Tools → Sicherheit → Blockierter Traffic und entfernen Sie diese Adressen, falls sie dort stehen.
plugins-akamai-title = Akamai: eine Ausnahme für die WooCommerce-API hinzufügen
plugins-akamai =
    Akamai wird von demjenigen konfiguriert, der Ihr Akamai-Konto verwaltet (oft Ihre Agentur oder IT-Abteilung). Bitten Sie darum:
    1. Die abgelehnte Anfrage{ $reference } in Akamai Control Center → Security Center / Web Security Analytics nachzusehen.
    2. In der Sicherheitskonfiguration von App & API Protector (oder Kona Site Defender) für { $host } eine Client-Liste mit den Adressen von { $app } und eine Ausnahme für die Pfade { $wc } und { $auth } hinzuzufügen:
    { $addresses }
    3. Die Konfiguration im Produktionsnetzwerk zu aktivieren.
plugins-rest-title = Herausfinden, was die REST-API abschaltet
plugins-rest-likely-disable-rest-api = Der Fehlercode rest_cannot_access stammt vom Plugin „Disable REST API“: Öffnen Sie Einstellungen → Disable REST API, wählen Sie die Rolle „Unauthenticated“, haken Sie die Routen an, die mit /wc/ beginnen (und /wp/v2, falls die App sie braucht), und speichern Sie.
plugins-rest-likely-disable-wp-rest-api = Der Fehlercode rest_login_required stammt vom Plugin „Disable WP REST API“: Es hat keine Einstellungen, deaktivieren Sie es also unter Plugins → Installierte Plugins oder fügen Sie die PHP-Snippet-Lösung unten hinzu.
plugins-rest-likely-security = Sicherheits-Plugins, die das können: Solid Security (iThemes) → Settings → Advanced → WordPress Tweaks → REST API; All-In-One Security → Firewall → „Disallow unauthorized REST requests“; Perfmatters → General → Disable REST API; WP Hide & Security Enhancer; Clearfy; Hide My WP. Stellen Sie die Option so ein, dass die REST-API erlaubt ist (oder für WooCommerce erlaubt ist).
plugins-rest =
    1. { $likely }
    2. Erklärt keine Plugin-Einstellung das Verhalten, durchsuchen Sie die functions.php Ihres Themes und die Dateien in wp-content/mu-plugins nach "rest_authentication_errors" oder "rest_enabled": Ein Code-Schnipsel dort blockiert die API.
    3. Immer noch unklar: Deaktivieren Sie die Plugins einzeln (Plugins → Installierte Plugins) und führen Sie Handshake nach jedem erneut aus.
plugins-cache-title = Die API vom Seiten-Caching ausnehmen
plugins-cache =
    { $rest } und { $auth } niemals cachen:
    - WP Rocket: Einstellungen → WP Rocket → Advanced Rules → Never Cache URL(s): { $rest }(.*) und { $auth }(.*) hinzufügen
    - LiteSpeed Cache: LiteSpeed Cache → Cache → Excludes → Do Not Cache URIs: { $rest } und { $auth } hinzufügen
    - W3 Total Cache: Performance → Page Cache → Advanced → Never cache the following pages: { $rest }.* und { $auth }.* hinzufügen
    - WP Super Cache: Einstellungen → WP Super Cache → Advanced → Accepted Filenames & Rejected URIs: wp-json und wc-auth hinzufügen
    - Caches des Hosting-Anbieters (SiteGround, Kinsta, WP Engine, Cloudways/Varnish): den Support bitten, diese Pfade auszunehmen.
    Leeren Sie danach einmal den gesamten Cache.
