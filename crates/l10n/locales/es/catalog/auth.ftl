# auth.* findings (crates/engine/src/catalog/auth.rs).

auth-support-recipient = su proveedor de hosting
auth-header-keys-title = El servidor quita la cabecera Authorization, así que WooCommerce nunca ve la clave de la API
auth-header-keys-summary = Su servidor web quita la parte de cada solicitud que lleva la clave de la API, así que WooCommerce nunca la ve.
auth-header-keys-happened = Las solicitudes que llevan la clave en la cabecera Authorization (la forma habitual) se responden como si no se hubiera enviado ninguna clave ({ $error }), mientras que la misma clave enviada en la dirección funciona.
auth-header-app-password-title = El servidor quita la cabecera Authorization, así que WordPress nunca ve la contraseña de aplicación
auth-header-app-password-summary = Su servidor web quita la parte de cada solicitud que lleva la contraseña de aplicación, así que WordPress nunca la ve.
auth-header-app-password-happened = Las solicitudes que llevan la contraseña de aplicación en la cabecera Authorization (la única forma en que WordPress la acepta) se responden como si nadie hubiera iniciado sesión ({ $error }).
auth-header-none-title = El servidor quita la cabecera Authorization, así que WooCommerce nunca verá una clave de la API
auth-header-none-summary = Su servidor web quita la parte de cada solicitud que llevaría la clave de una aplicación, así que WooCommerce nunca verá ninguna.
auth-header-none-happened = Un inicio de sesión de prueba enviado en la cabecera Authorization (incorrecto a propósito, para que no pueda cambiar nada) se respondió como si no se hubiera enviado ningún inicio de sesión ({ $error }), en lugar de rechazarse como desconocido.
auth-header-action = Añada la línea de abajo al archivo .htaccess o a la configuración del servidor, o envíe a su proveedor de hosting el mensaje de abajo.
auth-header-explanation = { $happened } El servidor web descarta la cabecera antes de que WordPress la vea, algo habitual cuando PHP se ejecuta como CGI, FastCGI o PHP-FPM. Una línea en la configuración del servidor la transmite, y entonces { $app } se conecta con normalidad.
auth-header-support-subject = La cabecera Authorization no llega a PHP en { $host }
auth-header-support-problem = Las solicitudes que envían credenciales en la cabecera HTTP Authorization llegan a WordPress sin ella (las mismas credenciales en la cadena de consulta funcionan), así que el servidor parece descartar la cabecera antes de PHP.
auth-header-support-ask = pasar la cabecera Authorization a PHP para mi sitio (con Apache y PHP-FPM/FastCGI: { $apache }; con nginx: { $nginx } en la location de PHP)
auth-permission-read = Lectura
auth-permission-write = Escritura
auth-permission-read-write = Lectura/Escritura
auth-key-invalid-title = WooCommerce no conoce esta clave de la API (se revocó o se borró su usuario)
auth-key-invalid-summary = WooCommerce no reconoce esta clave de la API: se revocó o se borró (borrar su usuario de WordPress también la borra), o pertenece a otra tienda.
auth-key-invalid-action = Cree una clave nueva (o vuelva a conectar { $app }) y úsela en su lugar.
auth-key-invalid-explanation = Cuando se comprobó la clave con una solicitud firmada, WooCommerce respondió { $error }. La clave se revocó o se borró, o pertenece a otra tienda: WooCommerce también borra las claves de un usuario cuando se borra ese usuario de WordPress, y las claves de una aprobación cuyo último paso falló se borran de inmediato. Cree una clave nueva (o vuelva a conectar { $app }) y úsela en su lugar.
auth-secret-invalid-title = El secreto de la clave de la API no coincide
auth-secret-invalid-summary = WooCommerce conoce la clave de la API, pero el secreto que la acompaña es incorrecto.
auth-secret-invalid-action = Cree una clave nueva en WooCommerce e introduzca sus dos partes en { $app }.
auth-secret-invalid-explanation = WooCommerce reconoce la clave de cliente, pero responde { $error }. El secreto se escribió mal, se cortó al copiarlo o pertenece a una clave anterior. WooCommerce muestra un secreto solo una vez, así que cree una clave nueva e introduzca sus dos partes en { $app }.
auth-https-required-title = La clave de la API se envió por HTTP sin cifrar, que WooCommerce ignora
auth-https-required-summary = La clave se envió por una conexión sin cifrar, y WooCommerce ignora las claves enviadas así.
auth-https-required-action = Use la dirección https de la tienda en { $app }.
auth-https-required-explanation = Se accedió a la tienda en { $url }, y WooCommerce solo acepta las claves enviadas de la forma sencilla (autenticación Basic) por HTTPS; por HTTP las ignora y responde { $error }. Use la dirección https:// en { $app }. Si la tienda aún no tiene HTTPS, su proveedor de hosting puede añadir un certificado gratuito.
auth-https-required-fix-title = Use la dirección HTTPS en { $app }
auth-through-proxy = a través de un proxy o una CDN
auth-through-vendor = a través de { $vendor }
auth-https-title = WordPress no sabe que a la tienda se accede por HTTPS
auth-https-summary = Los visitantes llegan a su tienda de forma segura{ $through }, pero WordPress no lo sabe, así que WooCommerce ignora las claves enviadas de la forma habitual.
auth-https-action = Pegue las líneas de abajo en wp-config.php para que WordPress reconozca la conexión segura.
auth-https-explanation = La tienda se sirve por HTTPS{ $through }, pero la conexión segura termina ahí y WordPress recibe HTTP sin cifrar. Entonces WooCommerce ignora las claves de la API enviadas de la forma habitual (solo las acepta por HTTPS), mientras que las solicitudes OAuth firmadas siguen funcionando, así que { $app } es rechazada. Una línea en wp-config.php informa a WordPress del proxy{ $cloudflare }.
auth-https-explanation-cloudflare = ; poner el modo SSL de Cloudflare en «Full (strict)» también ayuda
auth-https-support-subject = WordPress no detecta HTTPS en { $host }
auth-https-support-problem = El sitio se sirve por HTTPS{ $through }, pero PHP ve HTTP sin cifrar (is_ssl() de WordPress es false), así que WooCommerce ignora las claves de la API.
auth-https-support-ask = hacer que el proxy envíe X-Forwarded-Proto: https y definir HTTPS=on para PHP en este sitio, o decirme qué cabecera define su proxy
auth-resource-orders = pedidos
auth-resource-products = productos
auth-resource-customers = clientes
auth-resource-coupons = cupones
auth-resource-reports = informes
auth-resources-fallback = datos de la tienda
auth-read-only-title = La clave de la API solo puede { $permission ->
        [read] leer
        [write] escribir
       *[other] { $permission }
    }, pero { $app } necesita { $wanted }
auth-read-only-summary = La clave de la API solo puede { $permission ->
        [read] leer
        [write] escribir
       *[other] { $permission }
    }, pero { $app } también necesita cambiar { $resources }.
auth-read-only-action = Cambie el permiso de la clave a { $wanted } en WooCommerce; la clave en sí no cambia.
auth-read-only-explanation = El permiso de la clave es «{ $permission }», y WooCommerce respondió { $error }. { $app } necesita crear y actualizar { $resources }. Cambie el permiso de la clave a { $wanted }: su clave y su secreto no cambian.
auth-capability-for = { $capability } (para { $resource })
auth-capability-fallback-missing = las capacidades que necesita
auth-capability-fallback-summary = todo lo que necesita la aplicación
auth-capability-fallback-title = lo que necesita la aplicación
auth-capability-fallback-explanation = algunos datos
auth-capability-role-admin = el perfil Administrador (un gestor de la tienda no puede crear clientes)
auth-capability-role = el perfil Gestor de la tienda o Administrador
auth-capability-title = El usuario de WordPress de la clave no puede acceder a { $resources }
auth-capability-summary = El usuario de WordPress al que pertenece la clave no tiene permiso para acceder a { $resources }.
auth-capability-action = Dé a ese usuario { $role }, o cree la clave con un usuario así.
auth-capability-explanation = La clave funciona, pero WooCommerce rechaza el acceso a { $resources } porque al usuario de WordPress al que pertenece la clave le falta { $missing }. Una clave solo puede hacer lo que su usuario puede hacer. Dé a ese usuario { $role }, o cree la clave con un usuario así.
auth-app-password-title = WordPress rechaza la contraseña de aplicación
auth-app-password-summary = WordPress se niega a iniciar sesión con la contraseña de aplicación.
auth-app-password-action = Cree una contraseña de aplicación nueva e introdúzcala en { $app } con el nombre de usuario correspondiente.
auth-app-password-explanation = WordPress se negó a iniciar sesión con la contraseña de aplicación ({ $error }). Se revocó, se escribió mal o pertenece a otro usuario; las contraseñas de aplicación también dejan de funcionar cuando el sitio no usa HTTPS o un plugin de seguridad las desactiva. Cree una contraseña de aplicación nueva e introdúzcala en { $app } con el nombre de usuario correspondiente.
