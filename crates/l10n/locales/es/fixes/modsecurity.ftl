# Títulos de las correcciones para ModSecurity. Las reglas nunca se traducen.
modsecurity-methods-title = Excepción de ModSecurity: permita PUT, PATCH y DELETE en la API de WooCommerce
modsecurity-app-title = Excepción de ModSecurity: no bloquee los servidores de { $app } en la API de WooCommerce
modsecurity-auth-pages-title = Excepción de ModSecurity: permita las páginas de autorización de aplicaciones
