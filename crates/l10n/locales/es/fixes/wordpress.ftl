# WordPress and WooCommerce fixes (crates/engine/src/fixes/wordpress.rs). Menu names as in the
# Spanish WordPress and WooCommerce admin.

wordpress-wp-config-where = Pegue en wp-config.php encima de la línea { $marker }
wordpress-permalinks-title = Active los enlaces permanentes legibles
wordpress-permalinks = En WordPress ({ $admin }), vaya a Ajustes → Enlaces permanentes, elija «Nombre de la entrada» (sirve cualquier opción excepto «Simple») y haga clic en «Guardar cambios».
wordpress-resave-permalinks-title = Reconstruya las reglas de direcciones de WordPress
wordpress-resave-permalinks = En WordPress, abra Ajustes → Enlaces permanentes ({ $admin }) y haga clic en «Guardar cambios» sin cambiar nada. Así se reconstruyen las reglas que dirigen /wc-auth/v1/ a WooCommerce.
wordpress-https-proxy-title = Indique a WordPress que el sitio se sirve por HTTPS detrás de un proxy (wp-config.php)
wordpress-https-proxy-comment = Handshake: el proxy o la CDN delante del sitio termina HTTPS; indicar a WordPress que la solicitud era segura.
wordpress-accessible-hosts-title = Permita que WordPress llegue a { $host } (wp-config.php)
wordpress-accessible-hosts-comment = Handshake: WP_HTTP_BLOCK_EXTERNAL impide que WordPress envíe las nuevas claves a { $host }.
wordpress-accessible-hosts-already = Si wp-config.php ya define WP_ACCESSIBLE_HOSTS, añada { $host } a esa línea en su lugar (separado por comas).
wordpress-php-notices-title = Evite que los avisos de PHP se impriman en las respuestas de la API (wp-config.php)
wordpress-php-notices-comment = Handshake: mantener los avisos de PHP fuera de las páginas y de las respuestas de la API (siguen yendo al registro).
wordpress-php-notices-already = Si WP_DEBUG_DISPLAY ya está definido en este archivo, cambie esa línea a false en su lugar.
wordpress-mu-plugin-title = O, si quiere mantener la API REST desactivada para todo lo demás: permita solo las rutas de WooCommerce
wordpress-maintenance-title = Termine el modo de mantenimiento
wordpress-maintenance =
    WordPress muestra «{ $notice }» mientras se actualiza y quita el aviso al terminar. Si sigue más de 10 minutos, se interrumpió una actualización:
    1. Con el administrador de archivos de su hosting o por FTP, abra la carpeta de WordPress ({ $base } en { $host }) y borre el archivo llamado .maintenance.
    2. Inicie sesión en WordPress, vaya a Escritorio → Actualizaciones y vuelva a ejecutar la actualización interrumpida.
    Si hay activo un plugin de modo de mantenimiento (por ejemplo WP Maintenance Mode, SeedProd o LightStart), desactívelo o excluya { $rest }.
wordpress-activate-wc-title = Active WooCommerce
wordpress-activate-wc = En WordPress ({ $plugins }), vaya a Plugins → Plugins instalados y haga clic en «Activar» bajo WooCommerce (si falta, instálelo antes con Plugins → Añadir nuevo plugin). Si ya está activo, actualícelo a una versión actual.
wordpress-new-key-title = Cree una nueva clave de la API de WooCommerce para { $app }
wordpress-new-key =
    1. En WordPress, vaya a WooCommerce → Ajustes → Avanzado → API REST ({ $keys }).
    2. Haga clic en «Añadir clave». Descripción: { $app }. Usuario: un administrador o gestor de la tienda. Permisos: { $permission }.
    3. Haga clic en «Generar clave API» y copie enseguida la clave de cliente y el secreto de cliente en { $app }: el secreto solo se muestra una vez.
    4. Borre la clave antigua de la lista si { $app } ya no la usa.
wordpress-key-permission-title = Dé a la clave el permiso { $permission }
wordpress-key-permission =
    1. En WordPress, vaya a WooCommerce → Ajustes → Avanzado → API REST ({ $keys }).
    2. Haga clic en la clave que usa { $app } (compare los últimos caracteres de la columna Clave de cliente), ponga los permisos en { $permission } y haga clic en «Guardar cambios».
    La clave y el secreto no cambian, así que en { $app } no cambia nada.
wordpress-key-user-role-title = Dé al usuario de la clave un perfil que pueda gestionar la tienda
wordpress-key-user-role =
    Una clave de la API actúa como el usuario de WordPress al que pertenece, y a ese usuario le falta { $missing }.
    1. En WooCommerce → Ajustes → Avanzado → API REST ({ $keys }), anote el usuario de la clave que usa { $app }.
    2. En Usuarios → Todos los usuarios, edite ese usuario, ponga el perfil Gestor de la tienda (o Administrador) y haga clic en «Actualizar usuario».
    O cree una nueva clave con un administrador o gestor de la tienda y désela a { $app }. Si un plugin editor de perfiles cambió el perfil Gestor de la tienda, restaure allí las capacidades que faltan.
wordpress-key-user-role-admin =
    Una clave de la API actúa como el usuario de WordPress al que pertenece, y a ese usuario le falta { $missing }.
    1. En WooCommerce → Ajustes → Avanzado → API REST ({ $keys }), anote el usuario de la clave que usa { $app }.
    2. En Usuarios → Todos los usuarios, edite ese usuario, ponga el perfil Administrador (un gestor de la tienda no puede crear clientes: WooCommerce comprueba promote_users) y haga clic en «Actualizar usuario».
    O cree una nueva clave con un administrador y désela a { $app }.
wordpress-app-password-title = Cree una nueva contraseña de aplicación para { $app }
wordpress-app-password =
    1. En WordPress, vaya a Usuarios → Perfil ({ $profile }) del usuario con el que { $app } inicia sesión.
    2. En «Contraseñas de aplicación», escriba «{ $app }» como nombre y haga clic en «Añadir nueva contraseña de aplicación».
    3. Copie la contraseña que se muestra (con o sin espacios, ambas formas funcionan) en { $app } junto con el nombre de acceso de ese usuario: solo se muestra una vez.
    Si no hay ninguna sección «Contraseñas de aplicación», el sitio no usa HTTPS o un plugin (a menudo uno de seguridad) desactivó la función.
wordpress-site-address-title = Compruebe la dirección propia de WordPress
wordpress-site-address = En WordPress ({ $general }), vaya a Ajustes → Generales: «Dirección de WordPress (URL)» y «Dirección del sitio (URL)» deberían ser ambas { $url } (sin la barra final). Cámbielas solo si difieren y haga clic en «Guardar cambios».
