# Titel der ModSecurity-Korrekturen. Die Regeln selbst werden nie übersetzt.
modsecurity-methods-title = ModSecurity-Ausnahme: PUT, PATCH und DELETE für die WooCommerce-API erlauben
modsecurity-app-title = ModSecurity-Ausnahme: Server von { $app } an der WooCommerce-API nicht blockieren
modsecurity-auth-pages-title = ModSecurity-Ausnahme: Autorisierungsseiten für Apps erlauben
