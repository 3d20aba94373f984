# wc.remote_post_failed, wc.webhooks_disabled, wc.legacy_api (crates/engine/src/catalog/woocommerce.rs).

wc-support-recipient = su proveedor de hosting
wc-remote-post-response = (obtuvo: { $response })
wc-remote-post-app-servers = los servidores de { $app }
wc-remote-post-title = La prueba de WooCommerce de solicitudes salientes falló, así que puede que las claves de { $app } no lleguen
wc-remote-post-summary = La propia prueba de WooCommerce indica que su tienda no pudo enviar una solicitud al exterior, así que puede que no consiga entregar las claves de { $app } cuando usted lo apruebe.
wc-remote-post-action = Pida a su proveedor de hosting, con el mensaje de abajo, que permita las conexiones salientes del servidor.
wc-remote-post-explanation = El propio informe de estado de WooCommerce indica que falló su solicitud de prueba desde el servidor hacia el exterior{ $response }: WooCommerce envía un POST a una dirección de PayPal y guarda el resultado hasta una hora. Cuando usted aprueba { $app }, WooCommerce envía las nuevas claves a { $callback } con el mismo tipo de solicitud. La prueba solo demuestra que la dirección de PayPal no está al alcance: si el servidor tampoco puede llegar a { $callback }, la aprobación termina con un error (el propio fallo, como «{ $curl_error }», o «{ $wc_error }») y las nuevas claves se borran de nuevo, mientras que un cortafuegos o un WP_ACCESSIBLE_HOSTS que permita { $callback } las deja pasar. Los webhooks y las notificaciones de pago a direcciones bloqueadas fallan de la misma forma. Puede que el cortafuegos del servidor bloquee las conexiones salientes, que wp-config.php defina WP_HTTP_BLOCK_EXTERNAL o que el servidor no pueda resolver ni alcanzar direcciones de internet.
wc-remote-post-support-subject = { $host } no puede hacer solicitudes HTTPS salientes
wc-remote-post-support-problem = El informe de estado de WooCommerce indica que falló su solicitud de prueba saliente{ $response } (WooCommerce → Estado, «Remote post»). WooCommerce envía las claves de una aplicación aprobada con el mismo tipo de solicitud, así que, si la dirección de la aplicación no está al alcance, la aplicación nunca las recibe.
wc-remote-post-support-ask = permitir las solicitudes HTTPS salientes (puerto 443) del servidor web y de PHP hacia internet, al menos a { $callback } y a www.paypal.com (la dirección de prueba de WooCommerce)
wc-remote-post-fix-check-title = Compruébelo de nuevo en WooCommerce
wc-remote-post-fix-check = WooCommerce → Estado ({ $status }) muestra «Remote post» en «Entorno de WordPress». WooCommerce guarda el resultado de su prueba hasta una hora, así que, después de un cambio, vuelva a comprobarlo una hora más tarde antes de aprobar { $app }.
wc-webhooks-title = { $count ->
        [one] WooCommerce desactivó un webhook
       *[other] WooCommerce desactivó { $count } webhooks
    }
wc-webhooks-summary = { $count ->
        [one] WooCommerce ya no envía este webhook, así que una aplicación que depende de él no se entera de los pedidos nuevos ni de los cambios.
       *[other] WooCommerce ya no envía estos webhooks, así que una aplicación que depende de ellos no se entera de los pedidos nuevos ni de los cambios.
    }
wc-webhooks-action = Compruebe que cada dirección de entrega sigue funcionando y vuelva a poner los webhooks en «Activo» en WooCommerce.
wc-webhooks-explanation = { $count ->
        [one] WooCommerce muestra este webhook como desactivado:
    { $list }
    WooCommerce desactiva un webhook por sí mismo tras 5 entregas fallidas seguidas (la URL de entrega no respondió con un estado de éxito) y después no le envía nada más, así que una aplicación que depende de él ya no se entera de los pedidos nuevos ni de los cambios. También puede que alguien lo desactivara a mano.
       *[other] WooCommerce muestra estos webhooks como desactivados:
    { $list }
    WooCommerce desactiva un webhook por sí mismo tras 5 entregas fallidas seguidas (la URL de entrega no respondió con un estado de éxito) y después no le envía nada más, así que una aplicación que depende de ellos ya no se entera de los pedidos nuevos ni de los cambios. También puede que alguien los desactivara a mano.
    }
wc-webhooks-fix-title = Corrija la dirección de entrega y vuelva a activar los webhooks
wc-webhooks-fix =
    1. Asegúrese de que cada URL de entrega de arriba es la que usa hoy { $app } (o el servicio que la recibe) y de que responde; WooCommerce → Estado → Registros puede mostrar las entregas fallidas.
    2. Vaya a WooCommerce → Ajustes → Avanzado → Webhooks ({ $webhooks }).
    3. Abra cada webhook desactivado, ponga el estado en «Activo» y haga clic en «Guardar webhook».
wc-legacy-title = { $app } llama a la API REST heredada (Legacy) de WooCommerce, que esta tienda no ofrece
wc-legacy-summary = { $app } usa la antigua API heredada (Legacy) de WooCommerce, que esta tienda no ofrece.
wc-legacy-action = Pida a { $app } una versión que use la API actual de WooCommerce; mientras tanto, el plugin de la API heredada de abajo recupera la antigua.
wc-legacy-explanation = { $app } sigue usando la API REST heredada de WooCommerce ({ $legacy }), y la tienda le responde con el propio mensaje de WooCommerce «{ $message }». WooCommerce 9.0 quitó la API REST heredada de WooCommerce: desde entonces es el plugin aparte «WooCommerce Legacy REST API», y antes de la 9.0 había que activarla en los ajustes de WooCommerce. Cada solicitud que { $app } envía allí falla hasta que { $app } pase a la API REST o se instale el plugin.
wc-legacy-fix-rest-title = Lo mejor: que la aplicación use la API REST
wc-legacy-fix-rest = Pida al soporte de { $app } una versión que use la API REST de WooCommerce ({ $rest }) en lugar de /wc-api/ y luego autorice { $app } de nuevo (con su botón de conexión o con una clave de WooCommerce → Ajustes → Avanzado → API REST). La API REST es la que WooCommerce mantiene; la API heredada no recibe funciones nuevas.
wc-legacy-fix-plugin-title = Mientras tanto: instale el plugin «WooCommerce Legacy REST API»
wc-legacy-fix-plugin =
    1. En WordPress, vaya a Plugins → Añadir nuevo plugin ({ $add }) y busque «WooCommerce Legacy REST API» (de WooCommerce).
    2. Haga clic en «Instalar ahora» y luego en «Activar».
    3. Vaya a WooCommerce → Ajustes → Avanzado → API heredada, marque «Activar la API REST heredada» y haga clic en «Guardar cambios».
    4. Vuelva a ejecutar esta comprobación: { $legacy } debería responder.
