# Die Desktop-Benachrichtigungen der geplanten Prüfungen (src-tauri/src/watch.rs).
notify-key-stopped-title = { $name }: Der Schlüssel der App funktioniert nicht mehr
notify-key-stopped-body = Der Shop nimmt den gespeicherten Schlüssel nicht mehr an (er wurde in WooCommerce widerrufen oder ersetzt). Klicken Sie, um den Shop neu zu verbinden.
notify-new-problem-title = { $name }: Etwas Neues blockiert die App
notify-new-problem-body = { $finding }. Klicken Sie, um die Lösung zu sehen.
notify-changed-body = Klicken Sie, um zu sehen, was sich geändert hat und wie Sie es beheben.
