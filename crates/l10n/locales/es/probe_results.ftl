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
