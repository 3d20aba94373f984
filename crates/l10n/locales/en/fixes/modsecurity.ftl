# Fix titles for ModSecurity rules. The rules themselves are never translated.
modsecurity-methods-title = ModSecurity exclusion: allow PUT, PATCH and DELETE on the WooCommerce API
modsecurity-app-title = ModSecurity exclusion: do not block { $app }'s servers on the WooCommerce API
modsecurity-auth-pages-title = ModSecurity exclusion: allow the app authorization pages
