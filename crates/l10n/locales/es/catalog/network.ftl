# Llegar a la tienda: DNS, conexiones, certificados, redirecciones, mantenimiento, límites de solicitudes,
# WordPress ausente. $host es un nombre de host, $port un puerto, $app el nombre de la aplicación; $error es ""
# o " (el texto de error del sistema)"; $url, $link direcciones.
network-recipient-host = su proveedor de hosting

## DNS
network-dns-title = No se encuentra la dirección de la tienda { $host }
network-dns-summary = El nombre { $host } no lleva a ningún servidor de internet.
network-dns-action = Compruebe que la dirección está escrita exactamente como en WordPress y que el dominio no ha caducado; su proveedor de hosting puede decirle adónde debe apuntar.
network-dns-explanation = La búsqueda del nombre { $host } (DNS, la libreta de direcciones de internet) no encontró ningún servidor{ $error }. { $app } no puede llegar a una tienda cuyo nombre no lleva a ninguna parte. Compruebe que la dirección está escrita exactamente como en WordPress en Ajustes → Generales, y que el dominio no ha caducado y sigue apuntando a su proveedor de hosting.
network-dns-fix-title = Compruebe la dirección y sus registros DNS
network-dns-fix =
    1. Compare { $url } con «Dirección del sitio (URL)» en WordPress → Ajustes → Generales, y use exactamente esa dirección en { $app }.
    2. Inicie sesión donde está registrado el dominio y compruebe que no ha caducado.
    3. En su configuración DNS, { $host } necesita un registro A (y opcionalmente AAAA) que apunte a la dirección IP de su servidor de hosting, que su proveedor puede indicarle. Tras un cambio, espere hasta unas horas antes de volver a probar.
network-dns-support-subject = El DNS de { $host } no se resuelve
network-dns-support-problem = El nombre { $host } no se resuelve a ninguna dirección{ $error }.
network-dns-support-failing = Consulta DNS de { $host }
network-dns-support-ask = decirme qué registros DNS necesita { $host } para apuntar a mi cuenta de hosting, o revisarlos por mí

## Conexiones
network-refused-title = El servidor de la tienda rechaza las conexiones a { $host }, puerto { $port }
network-refused-summary = El servidor de la tienda en { $host } rechaza las conexiones, así que nada llega a la tienda.
network-refused-happened = El nombre { $host } lleva a un servidor, pero este rechazó la conexión en el puerto { $port }{ $error }.
network-refused-causes = Normalmente el servidor web está detenido o no está configurado para este puerto.
network-refused-problem = Las conexiones a { $host } en el puerto { $port } se rechazan{ $error }.
network-timeout-title = El servidor de la tienda no responde en { $host }, puerto { $port }
network-timeout-summary = El servidor de la tienda en { $host } no responde en absoluto.
network-timeout-happened = El nombre { $host } lleva a un servidor, pero nada respondió a tiempo en el puerto { $port }{ $error }.
network-timeout-causes = Normalmente un cortafuegos descarta en silencio las conexiones externas, o el servidor está sobrecargado o caído.
network-timeout-problem = Las conexiones a { $host } en el puerto { $port } agotan el tiempo de espera{ $error }.
network-closed-title = El servidor de la tienda cierra las conexiones a { $host }, puerto { $port }, sin responder
network-closed-summary = El servidor de la tienda en { $host } cuelga sin responder.
network-closed-happened = El servidor en { $host } aceptó la conexión en el puerto { $port } y luego la cerró sin enviar ninguna respuesta{ $error }.
network-closed-causes = Normalmente el servidor web falla con la solicitud, un cortafuegos corta la conexión, o el puerto espera HTTPS mientras la dirección dice http:// (o al revés).
network-closed-problem = Las conexiones a { $host } en el puerto { $port } se aceptan y luego se cierran sin respuesta{ $error }.
network-not-http-title = El servidor de la tienda en { $host }, puerto { $port }, responde algo que no es una página web
network-not-http-summary = Algo responde en { $host }, pero no como lo hace un sitio web.
network-not-http-happened = El servidor en { $host } aceptó la conexión en el puerto { $port }, pero lo que devolvió no es HTTP{ $error }.
network-not-http-causes = Normalmente otro servicio (correo, SSH, una base de datos) escucha en este puerto, o el puerto espera HTTPS mientras la dirección dice http:// (o al revés).
network-not-http-problem = El puerto { $port } de { $host } acepta conexiones pero no responde en HTTP{ $error }.
network-failed-title = Las conexiones al servidor de la tienda en { $host }, puerto { $port }, fallan
network-failed-summary = Las conexiones al servidor de la tienda en { $host } fallan.
network-failed-happened = El nombre { $host } lleva a un servidor, pero la conexión en el puerto { $port } falló{ $error }.
network-failed-causes = Normalmente el servidor web está caído, un cortafuegos del servidor interfiere, o el sitio no está configurado para este puerto.
network-failed-problem = Las conexiones a { $host } en el puerto { $port } fallan{ $error }.
network-connect-action-scheme = Si escribió la dirección a mano, pruébela con https en lugar de http (o al revés); si no, envíe a su proveedor de hosting el mensaje de abajo.
network-connect-action = Pida a su proveedor de hosting, con el mensaje de abajo, que compruebe que el servidor web está en marcha y acepta conexiones desde fuera.
network-connect-ask-host = { $app } necesita la misma conexión, así que pida a su proveedor de hosting que la revise.
network-connect-support-subject = Las conexiones a { $host }, puerto { $port }, fallan
network-connect-support-failing = Conexión TCP a { $target }
network-connect-support-ask = comprobar que el servidor web de { $host } está en marcha y responde HTTP(S) en el puerto { $port }, y que el cortafuegos del servidor acepta conexiones en el puerto { $port } desde fuera, también desde los servidores de { $app }

## Certificados, HTTPS
network-cert-unverified = no se pudo verificar
network-cert-expired = el certificado caducó el { $date }
network-cert-not-yet-valid = el certificado no es válido antes del { $date }
network-cert-no-name = el certificado no es para ningún nombre de host, pero la tienda es { $host }
network-cert-wrong-name = el certificado es para { $names }, pero la tienda es { $host }
network-cert-self-signed = el certificado está autofirmado, así que ninguna aplicación confía en él
network-cert-untrusted = el emisor del certificado ({ $issuer }) no es de confianza: la cadena está incompleta (falta un certificado intermedio) o la autoridad de certificación es privada
network-cert-other = el certificado no es válido: { $error }
network-cert-title = El certificado HTTPS de la tienda no es válido ({ $problem })
network-cert-summary = El certificado de seguridad de la tienda no es válido, así que las aplicaciones se niegan a enviarle claves o pedidos.
network-cert-action = Renueve o reinstale el certificado en su panel de hosting, o pida a su proveedor que lo haga.
network-cert-explanation = El certificado que presenta { $host } no se acepta: { $problem }. Las aplicaciones, como los navegadores, se niegan a enviar claves y pedidos por una conexión que no pueden verificar, así que { $app } se detiene aquí. El certificado debe estar vigente, estar emitido para el nombre { $host } y enviarse con sus certificados intermedios (la cadena completa).
network-cert-fix-title = Renueve o reinstale el certificado
network-cert-fix = En su panel de hosting: cPanel → SSL/TLS Status → seleccione { $host } → Run AutoSSL; Plesk → Sitios web y dominios → Certificados SSL/TLS → Let's Encrypt (incluya { $host }). Detrás de Cloudflare, revise también SSL/TLS → Edge Certificates. Después abra { $url } en un navegador: debe mostrar un candado sin advertencias.
network-cert-support-subject = El certificado HTTPS de { $host } no es válido
network-cert-support-problem = El certificado HTTPS de { $host } se rechaza: { $problem }.
network-https-support-failing = Conexión HTTPS a { $url }
network-cert-support-ask = instalar un certificado válido que cubra { $host }, junto con su cadena intermedia completa, y asegurarse de que se renueva automáticamente
network-no-https-title = La tienda no tiene HTTPS en funcionamiento en { $url }
network-no-https-summary = No se puede llegar a la tienda por una conexión segura (HTTPS), que WooCommerce necesita para aceptar las claves de una aplicación de la forma habitual.
network-no-https-action = Pida a su proveedor de hosting un certificado (Let's Encrypt es gratuito) y luego cambie la dirección de WordPress a su forma https.
network-no-https-explanation = { $host } solo responde por HTTP sin cifrar{ $error }. WooCommerce solo acepta por HTTPS las claves de API enviadas de la forma habitual, y enviar claves y datos de clientes sin cifrar no es seguro. Pida a su proveedor de hosting un certificado (Let's Encrypt es gratuito) y luego cambie la dirección de WordPress a { $url }.
network-no-https-support-subject = Por favor, activen HTTPS para { $host }
network-no-https-support-problem = La tienda no tiene HTTPS en funcionamiento: { $url } no responde con un certificado válido.
network-no-https-support-ask = instalar un certificado para { $host } (Let's Encrypt sirve) y servir el sitio por HTTPS

## Redirecciones
network-redirect-another = otra dirección
network-redirect-use-title = Use esta dirección de la tienda en { $app }
network-redirect-speaks-tls = Esa dirección responde «{ $answer }»: habla https, así que { $url } es la forma que hay que usar.
network-redirect-forged = Esta redirección llegó por http sin cifrar, que cualquiera entre este ordenador y la tienda puede falsificar: use la nueva dirección solo si la reconoce como la de su tienda.
network-redirect-recognise = Úsela solo si la reconoce como la dirección de su tienda.
network-redirect-elsewhere-title = La tienda responde en otra dirección: { $url }
network-redirect-elsewhere-summary = La dirección que introdujo lleva a una dirección distinta, así que no se comprobó nada con claves ni se conectó nada.
network-redirect-elsewhere-action = Si reconoce la nueva dirección como la de su tienda, vuelva a comprobar con ella.
network-redirect-elsewhere-explanation = Las solicitudes a { $from } se reenvían{ $has_status ->
    [yes] {" "}con HTTP { $status }
   *[no] {""}
} a { $to }, que no es la dirección que usted introdujo. Handshake envía claves de API y abre la página de aprobación de WooCommerce solo en la dirección que usted introdujo, así que no se comprobó nada con claves y no se conectó nada.
network-redirect-check-again = Si { $url } es su tienda, vuelva a comprobar con esa dirección.
network-redirect-title = La dirección de la tienda redirige a { $url }
network-redirect-summary = La dirección que introdujo redirige a otra dirección, y las aplicaciones pueden perder por el camino sus claves o sus cambios.
network-redirect-action = Introduzca en { $app } la dirección a la que lleva.
network-redirect-explanation = Las solicitudes a { $from } se reenvían{ $has_status ->
    [yes] {" "}con HTTP { $status }
   *[no] {""}
} a { $to }. Los clientes de API no siguen las redirecciones en todas las solicitudes{ $post ->
    [yes] ; cuando lo hacen, un POST se convierte en GET y se pierden las credenciales, así que la actualización de un pedido se convierte sin aviso en una lectura
   *[no] , y la mayoría pierde las credenciales cuando lo hace
}. Introduzca en { $app } la dirección a la que redirige la tienda ({ $url }).

## Mantenimiento, límites de solicitudes, no es WordPress
network-maintenance-title = La tienda está en modo de mantenimiento
network-maintenance-summary = La tienda está en modo de mantenimiento, así que ninguna aplicación puede conectarse a ella ahora.
network-maintenance-action = Espere unos minutos y vuelva a comprobar; si sigue así, termine la actualización interrumpida como muestra la primera corrección.
network-maintenance-explanation = La tienda responde a cada solicitud con 503 «{ $notice }»{ $has_retry ->
    [yes] {" "}y pide reintentar después de { $retry } segundos
   *[no] {""}
}. WordPress hace esto mientras instala actualizaciones, y mientras tanto ninguna aplicación puede conectarse. Si dura más de unos minutos, una actualización se interrumpió y dejó un archivo { $file }.
network-maintenance-support-subject = { $host } atascado en el modo de mantenimiento de WordPress
network-maintenance-support-problem = El sitio lleva respondiendo 503 «{ $notice }» más tiempo del que dura una actualización.
network-maintenance-support-ask = quitar el archivo { $file } de la carpeta de WordPress ({ $base }) y comprobar si se interrumpió una actualización
network-rate-server = El servidor de la tienda
network-rate-support-subject = Las solicitudes a la API de { $host } están limitadas
network-rate-support-problem = Las solicitudes a la API de WooCommerce se rechazan por ser demasiadas (HTTP 429 o una página de límite de solicitudes){ $marker }.
network-rate-support-ask = subir el límite de solicitudes para { $wc } y { $auth }, o eximir de él a los servidores de { $app }
network-rate-title = { $who } limita cuántas solicitudes puede enviar { $app }
network-rate-summary = { $who } rechaza las solicitudes de { $app } por ser demasiadas.
network-rate-action = Suba el límite de solicitudes para la API de WooCommerce, o exima de él a las direcciones de { $app }.
network-rate-blocked-fallback = las solicitudes a la API
network-rate-explanation = { $who } rechazó { $blocked } por ser demasiadas solicitudes{ $marker }{ $has_retry ->
    [yes] , pidiendo esperar { $retry } segundos
   *[no] {""}
}. Las aplicaciones sincronizan pedidos y productos a ráfagas, así que un límite estricto corta la conexión una y otra vez. Suba el límite para la API de WooCommerce, o exima a las direcciones de { $app }.
network-not-wp-title = No se encontró ningún sitio WordPress en { $url }
network-not-wp-summary = Ningún sitio WordPress responde en esta dirección.
network-not-wp-action = Use exactamente la Dirección del sitio que muestra WordPress en Ajustes → Generales.
network-not-wp-explanation = { $url } respondió, pero ni sus páginas ni { $link } parecen de WordPress. Puede que la tienda esté en otra carpeta o en otra dirección, o que en esta responda otro sistema. Use la dirección que muestra WordPress en Ajustes → Generales → Dirección del sitio (URL).
network-not-wp-fix-title = Encuentre la dirección exacta de la tienda
network-not-wp-fix = Inicie sesión en la administración de WordPress (la dirección que usa termina en { $admin }), vaya a Ajustes → Generales y copie «Dirección del sitio (URL)». Introduzca exactamente esa dirección en la aplicación y en Handshake.
