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
