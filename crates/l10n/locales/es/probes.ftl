# Probe labels: what a person sees next to the spinner while each check runs.
probe-dns = Buscando la dirección de la tienda
probe-tcp = Conectando con la tienda
probe-tls = Comprobando el certificado HTTPS
probe-home = Abriendo la página de inicio de la tienda
probe-rest-index = Accediendo a la API REST en /wp-json/
probe-rest-index-query = Accediendo a la API REST con ?rest_route=
probe-rest-index-browser = Accediendo a la API REST como un navegador web
probe-rest-post = Enviando un POST a la API de WooCommerce
probe-rest-put = Enviando una actualización (PUT) a la API de WooCommerce
probe-auth-header-echo = Comprobando que las cabeceras de inicio de sesión llegan a WordPress
probe-wc-auth = Comprobando la página de autorización de aplicaciones de WooCommerce
probe-wc-auth-query = Comprobando la dirección alternativa de la página de autorización
probe-auth-basic = Iniciando sesión con la clave de la API (cabecera)
probe-auth-query = Iniciando sesión con la clave de la API (cadena de consulta)
probe-auth-oauth = Iniciando sesión con la clave de la API (firma OAuth)
probe-auth-oauth-http = Comprobando que WordPress sabe que funciona con HTTPS
probe-auth-app-password = Iniciando sesión con la contraseña de aplicación
probe-auth-oauth-site = Firmando para la propia dirección del sitio de WordPress
probe-clock = Comparando el reloj de la tienda con el de este equipo
probe-wc-system-status = Leyendo el informe de estado de WooCommerce
probe-wc-webhooks = Buscando webhooks que WooCommerce ha desactivado
probe-legacy-api = Comprobando la API REST heredada (/wc-api/v3/)
probe-cache-anon = Haciendo a la API la misma pregunta sin iniciar sesión
probe-cache-auth-busted = Preguntando de nuevo con sesión iniciada, sin pasar por la caché de páginas
probe-cache-anon-busted = Preguntando de nuevo sin iniciar sesión, sin pasar por la caché de páginas
# $resource: a WooCommerce resource name as the API spells it (orders, products), never translated.
probe-read = Leyendo { $resource }
probe-write = Comprobando el permiso para escribir { $resource } (no se cambia nada)
