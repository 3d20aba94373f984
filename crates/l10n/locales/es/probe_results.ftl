# Por qué se omitió una comprobación: en «Todas las comprobaciones» (el asistente y la lista de todas las comprobaciones de la CLI).
# $address, $entered, $other: direcciones web, nunca se traducen.
probe-skip-no-answer = la tienda no respondió
probe-skip-no-method = ningún método de inicio de sesión funcionó
probe-skip-not-access = no es una comprobación de acceso
probe-skip-cert-invalid = el certificado HTTPS no es válido, así que no se enviaron credenciales
probe-skip-nothing-to-compare = no hay ninguna solicitud con sesión iniciada con la que comparar
probe-skip-redirects-elsewhere = la tienda redirige a { $address }: compruebe esa dirección para continuar
probe-skip-no-resolve = el nombre de host no se resolvió
probe-skip-plain-http = la dirección de la tienda es http simple
probe-skip-no-connection = no hay conexión con la tienda
probe-skip-no-woo-key = no se indicó ninguna clave de WooCommerce
probe-skip-no-site-address = no hay Dirección del sitio en el índice REST
probe-skip-site-address-same-host = la Dirección del sitio tiene este host
probe-skip-site-address-no-host = la Dirección del sitio no tiene un host utilizable
probe-skip-not-applicable = no corresponde
probe-skip-not-status = no es una comprobación del estado de WooCommerce
probe-skip-header-plain-http = WooCommerce ignora las claves en una cabecera con http simple; no se enviaron sin cifrar
probe-skip-query-plain-http = WooCommerce ignora las claves en la cadena de consulta con http simple; no se enviaron sin cifrar
probe-skip-already-http = la tienda ya usa http simple
probe-skip-no-app-password = no se indicó ninguna contraseña de aplicación
probe-skip-app-password-https-only = WordPress solo acepta contraseñas de aplicación por HTTPS; no se enviaron sin cifrar
probe-skip-not-sign-in = no es una comprobación de inicio de sesión
probe-skip-credentials-elsewhere = la tienda redirige a { $address }, otra dirección distinta de la introducida: no se enviaron credenciales allí
probe-skip-credentials-other-origin = { $entered } no funcionó y las credenciales no se envían a { $other } en su lugar

# Lo que vio cada comprobación: en «Todas las comprobaciones» y bajo cada comprobación mientras se ejecuta. Lo que
# dijo el servidor (estados, códigos y mensajes de WooCommerce), direcciones, versiones y nombres de plugins son valores.
probe-dns-slow = buscar { $host } tardó más de { $duration }
probe-tcp-connected = conectado a { $address }
probe-tcp-no-address = ninguna dirección a la que conectarse
probe-tcp-no-answer = { $address }: sin respuesta en { $duration }
probe-tls-valid = certificado { $protocol } para { $names } válido hasta { $date }
probe-home-no-answer = sin respuesta
probe-home-wordpress = { $status } WordPress
probe-home-no-wordpress = { $status } ninguna señal de WordPress
probe-home-store-url = la dirección de la tienda es { $address }
probe-home-redirects = redirige a { $address } (otra dirección: no se usa sin su confirmación)
probe-rest-index-wc-active = 200: el índice REST, { $count } espacios de nombres, WooCommerce activo
probe-rest-index-wc-missing = 200: el índice REST, { $count } espacios de nombres, falta WooCommerce
probe-rest-reached-wc = llegó a WooCommerce ({ $answer })
probe-rest-header-reaches = la cabecera Authorization llega a WordPress (respondió «Unknown username»)
probe-rest-wc-auth-login = WooCommerce responde: los visitantes se envían a su formulario de inicio de sesión para la aprobación
probe-auth-http-signature-accepted = 200: WordPress aceptó una firma hecha para http, así que no sabe que está en HTTPS
probe-auth-refused-as-expected = rechazado como se esperaba ({ $answer })
probe-auth-signed-in = 200 sesión iniciada
probe-access-may-create = puede crear { $resource } (rechazado sin efectos: { $answer })
probe-access-may-read = puede leer { $resource }
probe-via = { $result } [mediante { $probe }]
probe-legacy-answers = la Legacy REST API responde
probe-clock-no-date = la respuesta no llevaba cabecera Date
probe-clock-skew = el reloj de la tienda { $skew }
probe-status-not-manager = { $answer } (puede que el usuario de la clave no pueda gestionar WooCommerce) [mediante { $probe }]
probe-status-no-webhook-disabled = ningún webhook está desactivado
probe-status-webhooks-disabled = { $count ->
    [one] { $count } webhook desactivado
   *[other] { $count } webhooks desactivados
}
probe-status-versions = WooCommerce { $wc } sobre WordPress { $wp }
probe-status-version = WooCommerce { $wc }
probe-status-multisite-yes = multisitio: sí
probe-status-multisite-no = multisitio: no
probe-status-post-works = su POST de prueba saliente funciona
probe-status-post-failed = su POST de prueba saliente falló
probe-status-post-failed-because = su POST de prueba saliente falló ({ $response })
probe-status-get-failed = su GET de prueba saliente falló
probe-status-security-plugins = plugins de seguridad: { $names }
probe-status-cache-plugins = plugins de caché: { $names }
probe-status-read = se leyó el informe de estado de WooCommerce
probe-internal-error = error interno: { $error }
probe-time-limit-incomplete = ninguna respuesta completa tras { $seconds } s, cuando se alcanzó el límite de tiempo de la comprobación
probe-time-limit-stopped = detenido: se alcanzó el límite de tiempo de la comprobación
probe-oauth-site-accepted = 200: aquí se acepta una firma hecha para { $host }

# Por qué una solicitud no obtuvo una respuesta utilizable. $error: lo que dijo el sistema o la biblioteca TLS; $address: una dirección web.
fetch-error-connect = la conexión falló: { $error }
fetch-error-tls = TLS falló: { $error }
fetch-error-timeout = sin respuesta en { $duration }
fetch-error-too-many-redirects = más de { $count } redirecciones
fetch-error-protocol = la respuesta del servidor estaba mal formada: { $error }
fetch-error-insecure-credentials = se negó a enviar credenciales por HTTP simple
fetch-error-credentials-not-forwarded = redirigido a { $address }, otra dirección: no se siguió con las credenciales
fetch-error-refused = no enviado: { $error }
fetch-error-cert-no-credentials = el certificado no es válido, así que no se enviaron credenciales
