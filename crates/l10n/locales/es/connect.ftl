# Sentences of the connect crate the CLI and the wizard show ($page: an address; $hint: the key's
# last characters; $ids: finding ids; $verdict: healthy, problems, unreachable or no-keys, codes).
revoke-app-password = Para revocarla, abra { $page } y pulse «Revocar» junto a la contraseña de aplicación de Handshake.
revoke-key = Para revocar la clave, abra { $page } y pulse «Revocar» bajo su descripción.
revoke-key-ending = Para revocar la clave (la que termina en { $hint }), abra { $page } y pulse «Revocar» bajo su descripción.

## What changed since a store's previous check.
watch-key-stopped = la clave dejó de funcionar
watch-key-works-again = la clave vuelve a funcionar
watch-new = nuevo: { $ids }
watch-fixed = corregido: { $ids }
watch-was = antes { $verdict }
watch-first = primera comprobación desde la conexión
watch-unchanged = sin cambios

## While the owner approves in the browser.
connect-waiting-approval = esperando la aprobación
connect-waiting-key = aprobado; esperando a que la tienda envíe la clave

## A store's verdict in the text form of `handshake stores` (in English the contract's codes).
verdict-healthy = en orden
verdict-problems = problemas
verdict-unreachable = inaccesible
verdict-no-keys = sin claves

## What an error page WooCommerce showed after Approve means (connect --explain, the wizard's paste
## screen). Values: $ok ("200 OK"), $bundle, $block, $config, $hosts (WordPress's file and setting
## names), $path (/wc-auth/).
store-message-rejected = La tienda envió la nueva clave a la dirección de retorno de la aplicación, pero la respuesta no fue exactamente «{ $ok }» (una página de cortafuegos, una redirección o un error), así que WooCommerce volvió a borrar la clave.
store-message-url-refused = WordPress se negó a enviar la clave a la dirección de retorno antes de intentarlo: solo envía a los puertos 80, 443 y 8080 (o al propio puerto del sitio en su propio host), y solo a nombres que, desde el servidor de la tienda, se resuelven en una dirección pública.
store-message-certificate = La tienda no confió en el certificado HTTPS de la dirección de retorno. WordPress lo comprueba con su propia lista de autoridades de certificación ({ $bundle }): el certificado es autofirmado, procede de una autoridad privada o se envió sin su certificado intermedio, o la lista de este WordPress está desactualizada.
store-message-blocked-external = WordPress está configurado para bloquear las solicitudes salientes ({ $block } en { $config }) y el host de retorno no está en { $hosts }.
store-message-resolve = El servidor de la tienda no puede resolver el nombre del host de retorno: su DNS no funciona o el DNS saliente está bloqueado.
store-message-timeout = El servidor de la tienda no recibió respuesta del host de retorno: puede que un cortafuegos del proveedor descarte las conexiones salientes, o que el servidor de retorno no responda.
store-message-connect = El servidor de la tienda no pudo conectarse con el host de retorno: allí nada aceptó la conexión (puede que el servicio de conexión de la aplicación esté caído), o un cortafuegos la rechazó.
store-message-needs-ssl = El enlace de autorización pidió a WooCommerce que enviara la clave a una dirección http sin cifrar, lo que WooCommerce rechaza. El enlace se creó mal o se modificó por el camino.
store-message-missing-parameter = El enlace de autorización llegó a WooCommerce sin algunos de sus parámetros: una redirección, un plugin de seguridad o una caché eliminó parte de la dirección.
store-message-permission = La página de aprobación de WooCommerce rechazó al usuario de WordPress que había iniciado sesión: solo pueden aprobar los usuarios que pueden gestionar WooCommerce (administradores y gestores de la tienda), y WordPress debe seguir viendo la sesión al pulsar «Approve». No se creó ninguna clave.
store-message-nonce = La página de aprobación estaba caducada: venía de una caché o llevaba demasiado tiempo abierta. Excluya { $path } de la caché de páginas y vuelva a aprobar desde un enlace nuevo.
