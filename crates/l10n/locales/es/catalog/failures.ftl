# HTTP que falla delante o debajo de WordPress: contraseña HTTP, bucle de redirecciones, 5xx, sin respuesta
# a tiempo, respuestas demasiado grandes. $blocked es una lista de solicitudes; $status es failures-statuses(-none).
failures-statuses-none = una respuesta de error
failures-statuses = HTTP { $list }
failures-recipient-host = su proveedor de hosting
failures-measured-heading = Lo que se midió:
failures-measured-line = { $requests }: { $what }
failures-measured-requests-two = { $first } y { $second }
failures-measured-requests-more = { $first }, { $second } y { $more } más
failures-measured-no-answer = ninguna respuesta completa en { $limit }
failures-measured-no-answer-gave-up = ninguna respuesta completa en { $limit } (se abandonó tras { $took })
failures-measured-header-block = el bloque de cabeceras de la respuesta superó el límite de tamaño de cabeceras de HTTP/2, así que se cerró la conexión
failures-measured-headers = las cabeceras de la respuesta superaron el tamaño que acepta un cliente HTTP (message head is too large)
failures-measured-body-cut = HTTP { $status }, el cuerpo superó { $cap } MiB y se cortó ahí; la respuesta no declaró ninguna longitud
failures-measured-body-cut-length = HTTP { $status }, el cuerpo superó { $cap } MiB y se cortó ahí; la respuesta declaró Content-Length { $length }
failures-measured-body-cut-unpacked = HTTP { $status }, el cuerpo superó { $cap } MiB tras descomprimirlo (Content-Encoding: { $encoding }) y se cortó ahí; la respuesta no declaró ninguna longitud
failures-measured-body-cut-unpacked-length = HTTP { $status }, el cuerpo superó { $cap } MiB tras descomprimirlo (Content-Encoding: { $encoding }) y se cortó ahí; la respuesta declaró Content-Length { $length }
failures-works = { $passed } funcionó, así que el sitio en sí está activo.

## Contraseña HTTP
failures-basic-blocked-fallback = solicitudes a la tienda
failures-basic-exempt-title = Una contraseña HTTP protege el sitio, pero no su API
failures-basic-exempt-summary = Una contraseña adicional protege el sitio, pero no las partes que usa { $app }.
failures-basic-exempt-action = No hace falta cambiar nada: mantenga la API y las páginas de aprobación fuera de la contraseña.
failures-basic-exempt-explanation = { $blocked } recibió { $status } (WWW-Authenticate: { $challenge }), mientras que { $rest } y { $auth } responden sin ella, así que { $app } puede conectarse con las claves de WooCommerce. Solo la forma ?rest_route= de la API queda detrás de la contraseña, y las aplicaciones solo usan esa forma en tiendas cuyos enlaces permanentes están en «Simple».
failures-basic-panel-title = Si la contraseña la puso el panel de hosting
failures-basic-panel =
    Los paneles de hosting protegen una carpeta entera: «Directory Privacy» de cPanel, «Directorios protegidos con contraseña» de Plesk, la protección con contraseña de WP Engine y de otros proveedores para sitios de pruebas. Normalmente no pueden dejar fuera direcciones sueltas.
    1. Desactive la protección para el sitio al que se conecta { $app } ({ $url }), o
    2. pida a su proveedor de hosting que deje { $rest } y { $auth } fuera de ella (el mensaje de abajo lo pide).
    Si la contraseña tiene que quedarse también en estas direcciones, { $app } debe enviar la contraseña del sitio en la cabecera Authorization, y sus claves de API tendrán que ir en la cadena de consulta (por HTTPS) o como firma OAuth 1.0a, porque una solicitud lleva una sola cabecera Authorization.
failures-basic-support-subject = Una contraseña HTTP bloquea la API de WordPress en { $host }
failures-basic-support-problem = { $scope ->
    [site] El servidor web pide una contraseña HTTP (WWW-Authenticate: { $challenge }) en todo el sitio, así que { $app } no puede llegar a la API REST de WooCommerce.
   *[api] El servidor web pide una contraseña HTTP (WWW-Authenticate: { $challenge }) en la API REST de WordPress, así que { $app } no puede llegar a la API REST de WooCommerce.
}
failures-basic-support-ask = dejar { $rest } y { $auth } fuera de la protección con contraseña, para que las claves de API de WooCommerce funcionen allí
failures-basic-title = { $scope ->
    [site] Una contraseña HTTP protege todo el sitio
   *[api] Una contraseña HTTP protege la API REST de WordPress
}
failures-basic-summary = { $scope ->
    [site] Una contraseña adicional configurada en el servidor web está delante de todo el sitio, y { $app } no puede pasarla.
   *[api] Una contraseña adicional configurada en el servidor web está delante de la API de WordPress, y { $app } no puede pasarla.
}
failures-basic-action = Deje la API de WordPress y las páginas de aprobación de WooCommerce fuera de la protección con contraseña, o envíe a su proveedor de hosting el mensaje de abajo.
failures-basic-explanation = { $blocked } recibió { $status } (WWW-Authenticate: { $challenge }): el servidor web pide su propio usuario y contraseña antes de que WordPress vea la solicitud. Los sitios de pruebas y los ajustes de «proteger directorio con contraseña» de los paneles de hosting añaden una contraseña así. { $app } no puede pasarla, porque las claves de WooCommerce viajan en la misma cabecera Authorization, así que deje { $rest } y { $auth } fuera de la protección.

## Bucle de redirecciones
failures-loop-self = { $a } redirige a sí misma, así que la redirección no termina nunca.
failures-loop-endless = { $first } redirigió { $n } veces, cada vez a una dirección nueva ({ $chain }, …), y nunca llegó a una página.
failures-loop-pair = { $a } redirige a { $b }, y { $b } de vuelta a { $a }, así que la redirección no termina nunca.
failures-loop-circle = Las redirecciones dan vueltas en círculo ({ $cycle }), así que no terminan nunca.
failures-loop-why-cloudflare = Cloudflare respondió a estas solicitudes, y una dirección que redirige a sí misma detrás de Cloudflare es la señal típica de su modo SSL «Flexible»: Cloudflare obtiene el sitio por http sin cifrar, el sitio lo devuelve a https y Cloudflare transmite esa redirección.
failures-loop-why-proxy = Esto lo causa un proxy o CDN delante del sitio que le habla por http sin cifrar mientras el sitio insiste en https.
failures-loop-why-scheme = Una regla fuerza https y otra fuerza http.
failures-loop-why-www = Una regla añade www. y otra lo quita.
failures-loop-why-slash = Una regla añade una barra final y otra la quita.
failures-loop-why-endless = Una regla cambia la dirección una y otra vez sin llegar nunca a una página.
failures-loop-who-wordpress = El propio WordPress envió la redirección desde { $wordpress } (X-Redirect-By: WordPress).
failures-loop-who-server = La página de redirección propia del servidor web respondió para { $server }.
failures-loop-who-both = El propio WordPress envió la redirección desde { $wordpress } (X-Redirect-By: WordPress); la página de redirección propia del servidor web respondió para { $server }.
failures-loop-giveup = { $app } se rinde tras unas pocas redirecciones, como un navegador, así que no puede llegar a la tienda hasta que desaparezca una de las reglas.
failures-loop-cloudflare-title = Cloudflare: ponga SSL/TLS en Full (strict)
failures-loop-cloudflare =
    1. En el panel de Cloudflare, abra { $host } → SSL/TLS → Overview.
    2. Elija «Full (strict)» (necesita un certificado válido en su servidor; la mayoría de los proveedores ofrecen uno gratis) y guarde.
    3. Abra { $first } de nuevo: ahora debería responder en lugar de redirigir.
failures-loop-rule-title = Encuentre la regla de redirección que hay que quitar
failures-loop-rule =
    Dos reglas mandan la dirección de un lado a otro; conserve una y quite la otra.
    1. En .htaccess (carpeta de WordPress { $base }), busque líneas RewriteRule que terminen en [R=301,L] o [R,L] y líneas Redirect que cambien { $pattern ->
        [scheme] http a https (o al revés)
        [www] www. al dominio sin www (o al revés)
        [slash] las barras finales
       *[other] la dirección
    }.
    2. En WordPress, revise los plugins de redirección (Really Simple SSL, Redirection, las redirecciones de Yoast SEO, el «forzar https» de un plugin de caché) y desactive el que duplica la regla del servidor.
    3. En el panel de hosting, revise los ajustes «Forzar HTTPS» y de redirección «www», y en su CDN sus reglas de redirección.
failures-loop-support-subject = Bucle de redirecciones en { $host }
failures-loop-support-problem = Las solicitudes a mi sitio redirigen en bucle: { $chain }.
failures-loop-support-ask = averiguar qué dos reglas mandan estas direcciones de un lado a otro y quitar una de ellas
failures-loop-title = La dirección de la tienda redirige en bucle
failures-loop-summary-endless = La dirección de la tienda redirige una y otra vez a direcciones nuevas y nunca llega a una página.
failures-loop-summary = La dirección de la tienda redirige en círculo y nunca llega a una página.
failures-loop-action-endless = Encuentre la regla que cambia la dirección una y otra vez y quítela.
failures-loop-action-cloudflare = Revise primero el modo SSL/TLS de Cloudflare; después busque las dos reglas de redirección que se anulan entre sí y quite una.
failures-loop-action = Encuentre las dos reglas de redirección que se anulan entre sí y quite una de ellas.

## Errores del servidor
failures-server-blocked-fallback = solicitudes a la API
failures-critical-named-plugin = El error nombra la carpeta del plugin { $folder }.
failures-critical-named-theme = El error nombra la carpeta del tema { $folder }.
failures-critical-step-email = 1. Busque un correo a la dirección de administración del sitio con el asunto «{ $subject }»: su enlace al modo de recuperación le inicia sesión con el plugin que falla en pausa y lo nombra.
failures-critical-step-log = 2. O active el registro de errores de WordPress (las líneas de wp-config.php de la siguiente corrección), repita la solicitud y lea { $log }: la línea «{ $line }» nombra el archivo.
failures-critical-step-plugin = 3. Actualice o desactive el plugin de la carpeta { $plugin } (pantalla Plugins; o renombre { $folder } por FTP si la administración de WordPress también falla) y vuelva a intentarlo.
failures-critical-step-other = 3. Actualice o desactive el plugin o tema que nombra el registro y vuelva a intentarlo.
failures-critical-title = WordPress se detiene con un error de PHP («error crítico») en la API
failures-critical-summary = WordPress se detiene con un error en su código mientras atiende las solicitudes de la aplicación.
failures-critical-action-plugin = Actualice o desactive el plugin de la carpeta { $plugin }, que nombra el error, y vuelva a comprobar.
failures-critical-action = Encuentre el plugin o tema que falla (el correo de WordPress o su registro de errores lo nombra) y actualícelo o desactívelo.
failures-critical-explanation = { $blocked } recibió { $status } con el mensaje de WordPress «{ $wp_message }»: PHP se detuvo con un error fatal mientras WordPress atendía la solicitud, así que WooCommerce nunca respondió.
failures-critical-recovery = Cuando esto ocurre, WordPress envía al administrador del sitio un enlace al modo de recuperación, y el registro de errores de PHP tiene el error exacto.
failures-critical-steps-title = Encuentre el plugin o tema que falla
failures-critical-debug-title = Registre los errores de PHP en { $log } (wp-config.php)
failures-critical-support-subject = Error fatal de PHP en la API de WordPress de { $host }
failures-critical-support-problem = WordPress responde a su API REST con «{ $wp_message }» (un error fatal de PHP).
failures-critical-support-ask = buscar el error fatal de PHP de estas solicitudes en el registro de errores de PHP y decirme qué archivo de plugin o tema nombra
failures-gateway-title = El servidor delante de WordPress no obtiene respuesta de PHP (HTTP { $code })
failures-gateway-summary = El servidor delante de WordPress no obtiene respuesta del programa que lo ejecuta, así que WooCommerce nunca contesta.
failures-gateway-action = Pida a su proveedor de hosting, con el mensaje de abajo, que revise PHP en el servidor.
failures-gateway-explanation = { $blocked } recibió { $status }{ $has_server ->
    [yes] {" "}del servidor que se llama a sí mismo «{ $server }»
   *[no] {""}
}: un proxy o pasarela aceptó la solicitud pero no obtuvo una respuesta válida del programa que hay detrás, normalmente PHP (PHP-FPM se detuvo, se bloqueó, está sobrecargado o es demasiado lento).
failures-gateway-fixed-there = Esto se arregla en el servidor, así que envíe a su proveedor de hosting el mensaje de abajo.
failures-gateway-support-subject = HTTP { $code } (error de pasarela) en { $host }
failures-gateway-support-problem = Las solicitudes a la API REST de WordPress reciben HTTP { $code }: el servidor web no obtiene respuesta de PHP.
failures-gateway-support-ask = comprobar que PHP-FPM (o el gestor de PHP) del sitio está en marcha y accesible, buscar estas solicitudes en el registro de errores del servidor web (errores de upstream) y subir los límites de PHP si se agotan los procesos
failures-page-server-fallback = el servidor web
failures-page-likely-nginx = El registro de errores del servidor nombra lo que falló (su configuración o el programa al que pasa las solicitudes).
failures-page-likely = Lo más habitual es que lo cause una línea de .htaccess que el servidor no puede leer (una errata o un módulo no instalado), y el registro de errores del servidor nombra la línea.
failures-page-fix-title = Encuentre la línea rota
failures-page-fix =
    1. Abra el registro de errores del servidor web (panel de hosting → Logs → Error log): la línea de estas solicitudes nombra el problema, p. ej. «{ $example }» en .htaccess.
    2. Si apunta a .htaccess: descargue una copia del archivo .htaccess de la carpeta de WordPress ({ $base }), quite o corrija esa línea y vuelva a subirlo. Si cambió .htaccess hace poco, restaure la copia anterior.
    3. Para probar rápido, renombre .htaccess a { $off } y guarde Ajustes → Enlaces permanentes en WordPress: escribe un archivo nuevo con sus propias reglas.
failures-page-support-subject = HTTP { $code } del servidor web en { $host }
failures-page-support-problem = Las solicitudes a la API REST de WordPress reciben la página «{ $code }» propia del servidor web, no una respuesta de WordPress.
failures-page-support-ask = buscar estas solicitudes en el registro de errores del servidor web y decirme qué línea de configuración (.htaccess o servidor) o qué gestor falla
failures-page-title = El servidor web falla antes de que WordPress se ejecute (HTTP { $code })
failures-page-summary = El servidor web falla con las solicitudes de la aplicación antes incluso de que WordPress se ejecute.
failures-page-action-nginx = Pida a su proveedor de hosting, con el mensaje de abajo, que busque estas solicitudes en el registro de errores del servidor.
failures-page-action = Busque en el registro de errores la línea que el servidor no puede leer y corríjala o quítela, o envíe a su proveedor de hosting el mensaje de abajo.
failures-page-explanation = { $blocked } recibió { $status }, la página de error propia del servidor web ({ $name }), no una respuesta de WordPress: el servidor falló antes de que WordPress se ejecutara.
failures-other-title = La tienda responde a la API con un error del servidor (HTTP { $code })
failures-other-summary = El servidor de la tienda falla mientras atiende las solicitudes de la aplicación, y WordPress no da ningún motivo.
failures-other-action = Envíe a su proveedor de hosting el mensaje de abajo: el registro de errores del servidor tiene el motivo.
failures-other-explanation = { $blocked } recibió { $status }{ $has_server ->
    [yes] {" "}(servidor: { $server })
   *[no] {""}
} sin ningún mensaje de WordPress: el servidor falló al atender la solicitud.
failures-other-reason = El registro de errores del servidor tiene el motivo, así que envíe a su proveedor de hosting el mensaje de abajo.
failures-other-support-subject = HTTP { $code } en la API de WordPress de { $host }
failures-other-support-problem = Las solicitudes a la API REST de WordPress reciben HTTP { $code } sin mensaje de error de WordPress.
failures-other-support-ask = buscar estas solicitudes en los registros de errores del servidor web y de PHP y arreglar lo que falla

## Sin respuesta a tiempo, respuestas demasiado grandes
failures-slow-measured-fallback = las solicitudes a la API no recibieron respuesta a tiempo
failures-slow-works = { $passed } respondió, así que el servidor está ahí.
failures-slow-title = La API de la tienda no responde a tiempo
failures-slow-summary = La API de la tienda tarda demasiado en responder, así que las aplicaciones dejan de esperar.
failures-slow-action = Pida a su proveedor de hosting, con el mensaje de abajo, que revise la carga del servidor y todo lo que frena a los visitantes.
failures-slow-measured = Medido: { $measured }.
failures-slow-explanation = Esto lo causa un servidor que se queda callado o que envía su respuesta de pocos bytes en pocos bytes: un servidor sobrecargado, un proceso de PHP atascado o una herramienta de seguridad que frena a los clientes de los que desconfía. { $app } espera solo un tiempo limitado por cada solicitud, así que falla de la misma forma.
failures-slow-support-subject = La API de WordPress de { $host } no responde a tiempo
failures-slow-support-problem = Las solicitudes a la API REST de WordPress no reciben una respuesta completa a tiempo.
failures-slow-support-ask = revisar para estas solicitudes la carga del servidor, el registro de lentitud de PHP y cualquier herramienta que limite a los clientes (fail2ban, un tarpit, el control de frecuencia de un cortafuegos)
failures-big-measured-fallback = las respuestas superaron los límites
failures-big-title = Las respuestas de la tienda son demasiado grandes para leerlas
failures-big-summary = Las respuestas de la tienda son mucho más grandes que cualquier respuesta normal, así que las aplicaciones dejan de leerlas.
failures-big-action = Pida a su proveedor de hosting, con el mensaje de abajo, que encuentre el plugin, proxy o ajuste que las produce.
failures-big-explanation = Medido: { $measured }. Una respuesta que nunca termina, que al descomprimirse ocupa mucho más de lo enviado o que lleva miles de cabeceras no se puede leer con seguridad, así que { $app } y esta comprobación se detienen en estos límites. Las respuestas propias de WooCommerce quedan muy por debajo, así que las produce un plugin, un proxy o un ajuste del servidor intermedio.
failures-big-support-subject = Respuestas demasiado grandes de la API de WordPress de { $host }
failures-big-support-problem = Las solicitudes a la API REST de WordPress reciben respuestas más allá de cualquier tamaño normal (vea las mediciones).
failures-big-support-ask = averiguar qué componente (un plugin, un proxy, los ajustes de compresión) produce estas respuestas y arreglarlo
