# site.unexplained (crates/engine/src/catalog/unexplained.rs).

unexplained-title = Las solicitudes a la tienda fallan de una forma que ninguna causa conocida explica
unexplained-summary = La tienda responde a las solicitudes de { $app } de una forma que ninguna de las causas que conoce esta comprobación explica.
unexplained-action = Envíe a su proveedor de hosting el mensaje de abajo: enumera cada solicitud y respuesta para que puedan buscarlas en los registros del servidor.
unexplained-action-error-page = Lea lo que dice la propia página de error del servidor en los detalles técnicos y envíe a su proveedor de hosting el mensaje de abajo.
unexplained-explanation = { $app } no pudo usar la tienda y las respuestas no coinciden con ninguna de las causas que conoce esta comprobación, así que no nombra ninguna.
unexplained-error-page = La propia página de error del servidor web en { $url } dice: "{ $says }"; la dirección usa http:// en un puerto que habla HTTPS. Una dirección de WordPress (Ajustes → Generales) o una regla de redirección que escribe http:// con ese puerto envía allí a cada visitante.
unexplained-error-page-wants = La propia página de error del servidor web en { $url } dice: "{ $says }"; la dirección usa http:// en un puerto que habla HTTPS, y la forma que espera ese puerto es { $wants }. Una dirección de WordPress (Ajustes → Generales) o una regla de redirección que escribe http:// con ese puerto envía allí a cada visitante.
unexplained-exchange = { $sent } recibió { $answer }{ $others ->
        [0] .
        [one] {" "}(y falló una solicitud más).
       *[other] {" "}(y fallaron { $others } solicitudes más).
    }
unexplained-ruled-out = Las respuestas descartan: { $causes }.
unexplained-explanation-logs = Quien administra el servidor puede encontrar estas solicitudes en sus registros y ver qué regla, plugin o servicio las respondió, así que envíe a su proveedor de hosting el mensaje de abajo.
unexplained-support-recipient = su proveedor de hosting
unexplained-support-subject = Respuestas inesperadas de { $host } a solicitudes de la API
unexplained-support-problem = Las solicitudes a la API REST de WordPress fallan con respuestas que no puedo explicar; cada línea de abajo indica qué se envió y qué se recibió.
unexplained-support-ask = buscar estas solicitudes en los registros del servidor (y en cualquier cortafuegos, proxy o plugin de seguridad delante del sitio), decirme qué regla o servicio produjo estas respuestas y dejar que { $prefix } y { $auth } respondan con normalidad
unexplained-support-ruled-out = Lo que pude descartar:
unexplained-sent-key-header = { $request }, con la clave de API en la cabecera Authorization
unexplained-sent-key-query = { $request }, con la clave de API en la cadena de consulta
unexplained-sent-oauth = { $request }, firmada con la clave de API (OAuth 1.0a)
unexplained-sent-app-password = { $request }, con la contraseña de aplicación
unexplained-sent-wrong-basic = { $request }, con credenciales Basic incorrectas a propósito
unexplained-sent-signed-in = { $request }, con sesión iniciada
unexplained-sent-anonymous = { $request }, sin credenciales
unexplained-got-status = HTTP { $status }
unexplained-got-server = HTTP { $status } (servidor: { $server })
unexplained-got-type = HTTP { $status } (tipo de contenido: { $type })
unexplained-got-server-type = HTTP { $status } (servidor: { $server }, tipo de contenido: { $type })
unexplained-got-empty = { $head }, cuerpo vacío
unexplained-got-body = { $head }, cuerpo: { $body }
unexplained-got-nothing = ninguna respuesta: { $error }
unexplained-not-firewall = un cortafuegos conocido: no volvió ninguna de sus páginas de bloqueo ni cabeceras
unexplained-not-firewall-seen = un cortafuegos conocido: no se vio ninguna de sus páginas de bloqueo ni cabeceras
unexplained-not-plugin = un plugin de WordPress que rechaza la solicitud: no volvió el propio error JSON de WordPress
unexplained-not-server-rule = una regla en .htaccess o en la configuración del servidor: las respuestas no son las páginas de error propias del servidor web
unexplained-not-api-blocked = una API bloqueada por completo: { $works } funciona
unexplained-not-stripped-header = solo una cabecera Authorization eliminada: la clave en la cadena de consulta también fue rechazada
unexplained-not-revoked-key = una clave desconocida o revocada: la solicitud firmada no recibió el «{ $message }» de WooCommerce
unexplained-not-rest-off = un plugin que desactiva la API REST: no volvió el propio error de WordPress
unexplained-not-server-rule-wp-json = una regla del servidor que rechaza /wp-json/: la respuesta no es la página de rechazo del servidor web (403, 405 o 406)
unexplained-not-no-wordpress = un sitio sin WordPress: la página de inicio muestra WordPress
unexplained-not-missing-wordpress = un WordPress ausente: { $url } respondió con la página 400 propia del servidor web, que indica su motivo
