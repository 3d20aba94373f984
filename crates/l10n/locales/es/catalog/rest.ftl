# La API REST de WordPress y las partes de WooCommerce en ella. $app es el nombre de la aplicación;
# $rest, $wc, $auth, $base, $index son rutas; $url, $link direcciones; los textos citados de WordPress son valores.
rest-recipient-host = su proveedor de hosting

## Enlaces permanentes simples, reglas de reescritura ausentes
rest-plain-title = Los enlaces permanentes de WordPress están en «Simple», así que la dirección de la API de WooCommerce no funciona
rest-plain-summary = El ajuste de enlaces de WordPress está en «Simple», y las direcciones que usan las aplicaciones para llegar a WooCommerce y pedir aprobación no funcionan con él.
rest-plain-action = En WordPress, vaya a Ajustes → Enlaces permanentes, elija «Nombre de la entrada» y haga clic en Guardar cambios.
rest-plain-explanation = { $link } no se encuentra porque Ajustes → Enlaces permanentes está en «Simple»; la API solo responde en ?rest_route=/. WooCommerce (antes de la 11.1) solo acepta claves de API en direcciones /wp-json/wc/, así que esa forma ?rest_route= no funciona con claves, y la página donde usted aprueba { $app } también necesita enlaces permanentes legibles. Elija «Nombre de la entrada» en Ajustes → Enlaces permanentes y guarde.
rest-rewrite-support-subject = Los enlaces permanentes legibles no funcionan en { $host }
rest-rewrite-support-problem = WordPress usa enlaces permanentes legibles, pero el servidor web responde 404 a { $link } en lugar de pasarla a WordPress (la misma API funciona en { $url }?rest_route=/).
rest-rewrite-support-ask = hacer que el servidor pase las direcciones desconocidas a { $index } (en Apache: mod_rewrite y AllowOverride All para la carpeta de WordPress; en nginx: { $try_files } en la location del sitio)
rest-rewrite-title = El servidor web no pasa las direcciones { $rest } a WordPress
rest-rewrite-summary = El servidor web no entrega las direcciones de la API de WooCommerce a WordPress, así que las aplicaciones no pueden llegar a ella.
rest-rewrite-action = Vuelva a poner en el servidor las reglas de direcciones de WordPress con las correcciones de abajo, o envíe a su proveedor de hosting el mensaje de abajo.
rest-rewrite-explanation = WordPress responde en ?rest_route=/, pero { $link } recibe una página de «no encontrado» del propio servidor web. Los enlaces permanentes legibles están activados, así que el servidor debería entregar esas direcciones a WordPress: las reglas de WordPress en .htaccess faltan o se ignoran (Apache, LiteSpeed), o a nginx le falta su línea try_files. Hasta entonces { $app } no puede llegar a la API de WooCommerce.

## Una regla bloquea /wp-json/
rest-path-blocked-fallback = solicitudes a { $rest }
rest-path-support-subject = La API REST de WordPress está bloqueada en { $host }
rest-path-support-problem = El servidor web rechaza las solicitudes a la API REST de WordPress ({ $rest }).
rest-path-support-ask = encontrar la regla que bloquea { $rest } (en .htaccess, en la configuración del servidor o del host virtual, o en un módulo de seguridad) y dejar pasar estas solicitudes a WordPress
rest-path-title = El servidor web bloquea la API REST de WordPress ({ $rest })
rest-path-summary = Una regla del servidor web rechaza las solicitudes de { $app } a la API de WordPress.
rest-path-action = Encuentre y quite esa regla (suelen contenerla los plugins de seguridad y el archivo .htaccess), o envíe a su proveedor de hosting el mensaje de abajo.
rest-path-explanation = { $blocked } recibió { $status }{ $query_works ->
    [yes] , mientras que la misma API accedida como ?rest_route=/ funciona, así que una regla del servidor rechaza las direcciones que contienen «wp-json»
   *[no] {" "}con la página de error simple del servidor y sin nombre de cortafuegos, así que una regla de la configuración del servidor las rechaza
}. Estas reglas suelen venir de un plugin de seguridad o de un archivo .htaccess editado a mano. { $app } habla con WooCommerce solo a través de { $wc }, así que esa ruta debe llegar a WordPress.
rest-path-find-title = Encuentre la regla que bloquea la API REST
rest-path-find =
    1. Abra el archivo .htaccess de la carpeta de WordPress ({ $base }) con el administrador de archivos de su proveedor o por FTP (muestre los archivos ocultos).
    2. Busque líneas que mencionen wp-json o rest_route: líneas RewriteCond/RewriteRule que terminen en [F] o [R=403], RedirectMatch 403, bloques <Files>/<If> con «Require all denied», o «Deny from all».
    3. Los plugins de seguridad escriben estas reglas: revise en Solid Security (iThemes), All-In-One Security (AIOS), BulletProof Security y NinjaFirewall si hay una opción «REST API» o «wp-json», desactívela y guarde.
    4. En nginx la regla está en la configuración del sitio ({ $deny } o { $refuse }): pida ayuda a su proveedor de hosting si no puede editarla.

## Un bloqueo por IP
rest-ip-addresses-known = Asegúrese de que ninguna de las direcciones de { $app } ({ $ips }) esté denegada.
rest-ip-addresses-unknown = Pregunte a { $app } desde qué direcciones se conecta y asegúrese de que ninguna esté denegada.
rest-ip-rules-nginx = Busque en la configuración de nginx del sitio (su bloque server, los bloques location y los archivos que incluyen) líneas «deny» y listas «allow …; deny all;» (pida ayuda a su proveedor si no puede editarla), en las listas de bloqueo de IP de los plugins de seguridad (Wordfence → Firewall → Blocking, Solid Security → Banned Users) y en el bloqueador de IP de su panel de hosting (cPanel → Seguridad → IP Blocker).
rest-ip-rules = Busque en el archivo .htaccess de la carpeta de WordPress ({ $base }) líneas «Require not ip», «Deny from» o <RequireAll>, en las listas de bloqueo de IP de los plugins de seguridad (Wordfence → Firewall → Blocking, Solid Security → Banned Users) y en el bloqueador de IP de su panel de hosting (cPanel → Seguridad → IP Blocker).
rest-ip-find-title = Encuentre la regla de IP
rest-ip-support-subject = Las solicitudes a { $host } se rechazan por un bloqueo de IP
rest-ip-support-problem = El servidor web rechaza cada solicitud, incluso la de la página de inicio, con { $status }, lo que parece un bloqueo de IP.
rest-ip-support-ask = comprobar si una regla de denegación de IP o un cortafuegos bloquea estas solicitudes, y permitir los servidores de { $app }
rest-ip-title = El servidor web rechaza cada solicitud desde la dirección de Handshake (un bloqueo de IP)
rest-ip-summary = El servidor web rechaza cada solicitud de este ordenador, incluso la de la página de inicio, que es como se ve un bloqueo de su dirección.
rest-ip-action = Revise las listas de bloqueo de IP del servidor, de sus plugins de seguridad y de su panel de hosting, y asegúrese de que ni este ordenador ni los servidores de { $app } estén en ellas.
rest-ip-explanation = Cada solicitud, incluso la de la página de inicio, recibió { $status } del propio servidor web. Así se ve un bloqueo de IP: el servidor deniega la dirección desde la que vino la comprobación, en .htaccess, en la configuración del servidor o en un plugin de seguridad. Si los servidores de { $app } también están denegados, no puede conectarse.

## La API REST desactivada
rest-disabled-anon-title = Un plugin oculta la API REST a los visitantes que no han iniciado sesión
rest-disabled-anon-summary = Un plugin oculta la API de WordPress, que usan las aplicaciones para llegar a WooCommerce, a los visitantes que no han iniciado sesión.
rest-disabled-anon-consequence = Las solicitudes con claves válidas de WooCommerce siguen funcionando, pero las aplicaciones que leen el índice de la API antes de iniciar sesión (como puede hacer { $app }) se quedan en este error.
rest-disabled-title = Un plugin o fragmento de código desactiva la API REST de WordPress
rest-disabled-summary = Un plugin o fragmento de código ha desactivado la API de WordPress, que usan las aplicaciones para llegar a WooCommerce.
rest-disabled-consequence = Se rechaza cada solicitud a la API, incluidas las de WooCommerce, así que { $app } no puede leer ni cambiar nada.
rest-disabled-action = Vuelva a permitir la API REST en los ajustes de ese plugin, o añada el fragmento de abajo, que deja pasar solo a WooCommerce.
rest-disabled-explanation = El propio WordPress responde a { $rest } con el error { $code }{ $has_message ->
    [yes] {" "}«{ $message }»
   *[no] {""}
}.
rest-disabled-allow = Vuelva a permitir la API REST en los ajustes de ese plugin, o permita solo las rutas de WooCommerce con el fragmento de abajo.

## Respuestas que no son JSON limpio
rest-json-title = Las respuestas de la API REST están estropeadas por texto adicional antes de los datos
rest-json-summary = Se imprime texto adicional delante de las respuestas de la API de la tienda, así que las aplicaciones no pueden leerlas.
rest-json-action = Oculte los avisos de PHP a los visitantes con la primera corrección y luego busque el plugin, tema o archivo que imprime el texto.
rest-json-explanation = Las respuestas de la API de WordPress deben ser JSON puro (el formato de datos que leen las aplicaciones), pero empiezan{ $has_prefix ->
    [yes] {" "}con «{ $prefix }»
   *[no] {" "}de otra forma
}. { $app } no puede leer una respuesta estropeada, así que sus llamadas fallan aunque WordPress haya hecho el trabajo. Esto suele venir de avisos de PHP impresos en la página, o de un archivo de plugin o tema que empieza con líneas en blanco o con una marca de orden de bytes (BOM) invisible.
rest-json-find-title = Encuentre el archivo que imprime el texto adicional
rest-json-find = Un aviso de PHP nombra su archivo y su línea («{ $example }»): actualice ese plugin o tema, o desactívelo en Plugins → Plugins instalados. Las líneas en blanco o una BOM suelen venir de un archivo editado como wp-config.php o el functions.php del tema: ábralo en un editor de código, quite todo lo que haya antes de { $open } y después de un { $close } de cierre al final, y guárdelo como UTF-8 sin BOM.
rest-json-support-subject = La salida de PHP estropea la API en { $host }
rest-json-support-problem = Las respuestas de la API REST de WordPress empiezan{ $has_prefix ->
    [yes] {" "}con «{ $prefix }»
   *[no] {" "}de otra forma
} en lugar de con JSON limpio.
rest-json-support-ask = desactivar display_errors para el sitio (los errores pueden seguir yendo al registro) y decirme qué archivo imprime esta salida

## Respuestas en caché
rest-cached-support-subject = Por favor, excluyan la API de WordPress de la caché en { $host }
rest-cached-support-problem = Las respuestas de { $rest } y { $auth } vienen de una caché del servidor{ $signals }.
rest-cached-support-ask = excluir { $rest } y { $auth } de toda caché (Varnish, caché FastCGI de NGINX, CDN)
rest-cached-title = Una caché de páginas responde a las solicitudes de la API con copias guardadas
rest-cached-summary = Una caché de páginas responde a las solicitudes de la aplicación con copias guardadas en lugar de preguntar a WordPress.
rest-cached-action = Excluya la API de WordPress y las páginas de aprobación de WooCommerce de toda caché: plugin de caché, proveedor de hosting y CDN.
rest-cached-explanation = Las respuestas de { $rest } vienen de una caché{ $signals } en lugar de WordPress. Una respuesta de la API en caché muestra a { $app } pedidos y existencias desactualizados. Si la misma caché sirve también las páginas de aprobación en { $auth }, a un propietario se le puede mostrar una página guardada cuyo token de seguridad ha caducado, y entonces la aprobación de la aplicación falla. Excluya { $rest } y { $auth } de toda caché.

## WooCommerce ausente, la página de aprobación
rest-wc-inactive-title = Falta la API de WooCommerce: WooCommerce no está activo
rest-wc-inactive-summary = WooCommerce no está activo en este sitio (o no está instalado, o es muy antiguo), así que las aplicaciones no encuentran ninguna tienda a la que conectarse.
rest-wc-inactive-action = En WordPress, vaya a Plugins → Plugins instalados y active o actualice WooCommerce.
rest-wc-inactive-explanation = WordPress responde en { $rest }, pero su lista de API no incluye wc/v3, la API de WooCommerce. Eso ocurre cuando WooCommerce está desactivado, no está instalado o es muy antiguo. { $app } habla solo con wc/v3, así que nada funciona hasta que WooCommerce esté activo.
rest-auth-stale-summary = La página donde usted aprueba { $app } no se encuentra, porque las reglas de direcciones guardadas de WordPress están desactualizadas.
rest-auth-stale-action = En WordPress, abra Ajustes → Enlaces permanentes y haga clic en Guardar cambios sin cambiar nada.
rest-auth-broken-summary = La página donde usted aprueba { $app } falta o está rota, así que no se puede crear ninguna clave.
rest-auth-broken-action = Guarde una vez los ajustes de enlaces permanentes en WordPress; si eso no ayuda, envíe a su proveedor de hosting el mensaje de abajo.
rest-auth-stale-explanation = La página donde usted aprueba { $app } ({ $url }) no se encuentra, mientras que la misma página funciona con { $query }. Las reglas de direcciones guardadas de WordPress están desactualizadas, así que la aprobación no puede terminar y no se crea ninguna clave. Guardar los ajustes de enlaces permanentes las reconstruye.
rest-auth-support-subject = La página de autorización de WooCommerce no funciona en { $host }
rest-auth-support-problem = La página de autorización de aplicaciones de WooCommerce { $url } no llega a WordPress.
rest-auth-support-ask = comprobar si una regla del servidor o un módulo de seguridad bloquea { $auth }
rest-auth-broken-explanation = La página donde usted aprueba { $app } ({ $url }) falta o está rota, así que no se puede crear ninguna clave. Puede que las reglas de direcciones de WordPress estén desactualizadas (guardar los ajustes de enlaces permanentes las reconstruye), o que una regla del servidor o un plugin bloquee { $auth }.
rest-auth-title = La página de aprobación de aplicaciones de WooCommerce ({ $url }) no funciona
