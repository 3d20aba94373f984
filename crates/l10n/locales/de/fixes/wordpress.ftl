# WordPress and WooCommerce fixes (crates/engine/src/fixes/wordpress.rs). Menu names as in the
# German WordPress and WooCommerce admin.

wordpress-wp-config-where = In wp-config.php oberhalb der Zeile { $marker } einfügen
wordpress-permalinks-title = Sprechende Permalinks einschalten
wordpress-permalinks = Öffnen Sie in WordPress ({ $admin }) Einstellungen → Permalinks, wählen Sie „Beitragsname“ (jede Option außer „Einfach“ funktioniert) und klicken Sie auf „Änderungen speichern“.
wordpress-resave-permalinks-title = Die Adressregeln von WordPress neu aufbauen
wordpress-resave-permalinks = Öffnen Sie in WordPress Einstellungen → Permalinks ({ $admin }) und klicken Sie auf „Änderungen speichern“, ohne etwas zu ändern. Das baut die Regeln neu auf, die /wc-auth/v1/ an WooCommerce weiterleiten.
wordpress-https-proxy-title = WordPress mitteilen, dass die Website hinter einem Proxy über HTTPS ausgeliefert wird (wp-config.php)
wordpress-https-proxy-comment = Handshake: Der Proxy oder das CDN vor der Website beendet HTTPS; WordPress mitteilen, dass die Anfrage sicher war.
wordpress-accessible-hosts-title = WordPress erlauben, { $host } zu erreichen (wp-config.php)
wordpress-accessible-hosts-comment = Handshake: WP_HTTP_BLOCK_EXTERNAL hindert WordPress daran, die neuen Schlüssel an { $host } zu senden.
wordpress-accessible-hosts-already = Definiert wp-config.php bereits WP_ACCESSIBLE_HOSTS, fügen Sie { $host } stattdessen dort hinzu (durch Kommas getrennt).
wordpress-php-notices-title = Verhindern, dass PHP-Warnungen in API-Antworten ausgegeben werden (wp-config.php)
wordpress-php-notices-comment = Handshake: PHP-Hinweise aus den Seiten und API-Antworten heraushalten (sie landen weiterhin im Protokoll).
wordpress-php-notices-already = Ist WP_DEBUG_DISPLAY in dieser Datei bereits definiert, ändern Sie stattdessen diese Zeile auf false.
wordpress-mu-plugin-title = Oder, wenn die REST-API für alles andere abgeschaltet bleiben soll: nur die Routen von WooCommerce zulassen
wordpress-maintenance-title = Den Wartungsmodus beenden
wordpress-maintenance =
    WordPress zeigt während eines Updates „{ $notice }“ an und entfernt den Hinweis, wenn es fertig ist. Bleibt er länger als 10 Minuten, wurde ein Update unterbrochen:
    1. Öffnen Sie mit dem Dateimanager Ihres Hosting-Anbieters oder per FTP den WordPress-Ordner ({ $base } auf { $host }) und löschen Sie die Datei namens .maintenance.
    2. Melden Sie sich bei WordPress an, öffnen Sie Dashboard → Aktualisierungen und führen Sie das unterbrochene Update erneut aus.
    Ist ein Wartungsmodus-Plugin (zum Beispiel WP Maintenance Mode, SeedProd oder LightStart) aktiv, schalten Sie es ab oder nehmen Sie { $rest } davon aus.
wordpress-activate-wc-title = WooCommerce aktivieren
wordpress-activate-wc = Öffnen Sie in WordPress ({ $plugins }) Plugins → Installierte Plugins und klicken Sie unter WooCommerce auf „Aktivieren“ (installieren Sie es zuerst über Plugins → Neues Plugin hinzufügen, falls es fehlt). Ist es bereits aktiv, aktualisieren Sie es auf eine aktuelle Version.
wordpress-new-key-title = Einen neuen WooCommerce-API-Schlüssel für { $app } erstellen
wordpress-new-key =
    1. Öffnen Sie in WordPress WooCommerce → Einstellungen → Erweitert → REST-API ({ $keys }).
    2. Klicken Sie auf „Schlüssel hinzufügen“. Beschreibung: { $app }. Benutzer: ein Administrator oder Shop-Manager. Berechtigungen: { $permission }.
    3. Klicken Sie auf „API-Schlüssel generieren“ und kopieren Sie Consumer Key und Consumer Secret sofort in { $app }: Das Secret wird nur einmal angezeigt.
    4. Löschen Sie den alten Schlüssel aus der Liste, wenn { $app } ihn nicht mehr verwendet.
wordpress-key-permission-title = Dem Schlüssel die Berechtigung { $permission } geben
wordpress-key-permission =
    1. Öffnen Sie in WordPress WooCommerce → Einstellungen → Erweitert → REST-API ({ $keys }).
    2. Klicken Sie auf den Schlüssel, den { $app } verwendet (vergleichen Sie die letzten Zeichen in der Spalte Consumer Key), setzen Sie die Berechtigungen auf { $permission } und klicken Sie auf „Änderungen speichern“.
    Schlüssel und Secret bleiben gleich, in { $app } ändert sich also nichts.
wordpress-key-user-role-title = Dem Benutzer des Schlüssels eine Rolle geben, die den Shop verwalten darf
wordpress-key-user-role =
    Ein API-Schlüssel handelt als der WordPress-Benutzer, dem er gehört, und diesem Benutzer fehlt { $missing }.
    1. Notieren Sie unter WooCommerce → Einstellungen → Erweitert → REST-API ({ $keys }) den Benutzer des Schlüssels, den { $app } verwendet.
    2. Bearbeiten Sie diesen Benutzer unter Benutzer → Alle Benutzer, setzen Sie die Rolle auf Shop-Manager (oder Administrator) und klicken Sie auf „Benutzer aktualisieren“.
    Oder erstellen Sie einen neuen Schlüssel unter einem Administrator oder Shop-Manager und geben Sie ihn { $app }. Hat ein Rollen-Editor-Plugin die Rolle Shop-Manager verändert, stellen Sie die fehlenden Berechtigungen dort wieder her.
wordpress-key-user-role-admin =
    Ein API-Schlüssel handelt als der WordPress-Benutzer, dem er gehört, und diesem Benutzer fehlt { $missing }.
    1. Notieren Sie unter WooCommerce → Einstellungen → Erweitert → REST-API ({ $keys }) den Benutzer des Schlüssels, den { $app } verwendet.
    2. Bearbeiten Sie diesen Benutzer unter Benutzer → Alle Benutzer, setzen Sie die Rolle auf Administrator (ein Shop-Manager darf keine Kunden anlegen: WooCommerce prüft promote_users) und klicken Sie auf „Benutzer aktualisieren“.
    Oder erstellen Sie einen neuen Schlüssel unter einem Administrator und geben Sie ihn { $app }.
wordpress-app-password-title = Ein neues Anwendungspasswort für { $app } erstellen
wordpress-app-password =
    1. Öffnen Sie in WordPress Benutzer → Profil ({ $profile }) des Benutzers, als der sich { $app } anmeldet.
    2. Geben Sie unter „Anwendungspasswörter“ „{ $app }“ als Namen ein und klicken Sie auf „Neues Anwendungspasswort hinzufügen“.
    3. Kopieren Sie das angezeigte Passwort (mit oder ohne Leerzeichen, beides funktioniert) zusammen mit dem Anmeldenamen dieses Benutzers in { $app }: Es wird nur einmal angezeigt.
    Gibt es keinen Abschnitt „Anwendungspasswörter“, läuft die Website nicht über HTTPS oder ein Plugin (oft ein Sicherheits-Plugin) hat die Funktion abgeschaltet.
wordpress-site-address-title = Die eigene Adresse von WordPress prüfen
wordpress-site-address = Öffnen Sie in WordPress ({ $general }) Einstellungen → Allgemein: „WordPress-Adresse (URL)“ und „Website-Adresse (URL)“ sollten beide { $url } lauten (ohne abschließenden Schrägstrich). Ändern Sie sie nur, wenn sie abweichen, und klicken Sie dann auf „Änderungen speichern“.
