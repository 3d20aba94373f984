# Cloudflare: Titel und Klickwege. Ausdrücke werden nie übersetzt.
# Menübezeichnungen wie im englischen Cloudflare-Dashboard (Security → WAF → Custom rules …).
cloudflare-skip-rule-title = Benutzerdefinierte Cloudflare-Regel (Aktion Skip), die die WooCommerce-API durchlässt: Fügen Sie diesen Ausdruck im Expression Editor ein
cloudflare-skip-steps-title = Wo Sie die Cloudflare-Regel anlegen
cloudflare-skip-steps =
    1. Melden Sie sich bei Cloudflare an und öffnen Sie die Website { $host }.
    2. Gehen Sie zu Security → WAF → Custom rules und klicken Sie auf Create rule (im neuen Dashboard: Security rules → Create rule → Custom rules).
    3. Regelname: Allow { $app } (WooCommerce API).
    4. Klicken Sie auf Edit expression und fügen Sie den Ausdruck aus der Korrektur „Benutzerdefinierte Cloudflare-Regel (Aktion Skip)“ ein.
    5. Wählen Sie als Aktion Skip. Haken Sie All remaining custom rules an und unter More components to skip jede angezeigte Option (All managed rules, All rate limiting rules, All Super Bot Fight Mode rules, Browser Integrity Check, Security Level).
    6. Setzen Sie die Regel an erste Stelle (First) und klicken Sie auf Deploy.
    7. Wenn der Bot Fight Mode aktiv ist (Security → Bots), kann eine Skip-Regel ihn nicht umgehen: Schalten Sie ihn aus oder nutzen Sie die Korrektur mit IP-Access-Regeln für die Adressen von { $app }.
cloudflare-skip-steps-ray = 8. Um zu sehen, welche Regel die Anfrage blockiert hat, gehen Sie zu Security → Events und suchen Sie nach der Ray ID { $ray }.
cloudflare-ip-rules-intro = Öffnen Sie in Cloudflare die Website { $host }, gehen Sie zu Security → WAF → Tools → IP Access Rules (im neuen Dashboard: Security rules → IP access rules) und legen Sie für jede Zeile unten eine Regel an, mit der Aktion Allow und „This website“:
cloudflare-ip-rules-title = Server von { $app } in Cloudflare zulassen (IP-Access-Regeln)
cloudflare-cache-rule-title = Cloudflare-Cache-Regel: Caching → Cache Rules → Create rule → Edit expression, dies einfügen, Cache eligibility auf Bypass cache setzen, Deploy
cloudflare-ssl-full-title = SSL-Modus von Cloudflare auf Full (strict) stellen
cloudflare-ssl-full = Öffnen Sie in Cloudflare die Website { $host }, gehen Sie zu SSL/TLS → Overview und stellen Sie den Verschlüsselungsmodus auf Full (strict). Mit Flexible erreicht Cloudflare Ihren Server über unverschlüsseltes HTTP, und WordPress hält jede Anfrage für unsicher. Full (strict) braucht ein gültiges Zertifikat auf Ihrem Server: Die meisten Hoster stellen kostenlos eines aus, oder Sie erstellen ein Cloudflare Origin Certificate unter SSL/TLS → Origin Server.
