# site.url_mismatch (crates/engine/src/catalog/site_url.rs).

site-url-title = La dirección propia de WordPress no es la dirección que usa { $app }
site-url-summary = WordPress tiene para su tienda una dirección distinta de la que usa { $app }.
site-url-action = Use la misma dirección en todas partes: introduzca la Dirección del sitio de WordPress en { $app } o corrija la Dirección del sitio en WordPress.
site-url-wordpress-address = (su Dirección de WordPress, donde están sus archivos, es { $url })
site-url-explanation = WordPress indica que su Dirección del sitio es { $home }{ $wordpress_address }, pero { $app } usa { $app_address }. Se diferencian en: { $differences }. WooCommerce construye los enlaces de la página donde usted aprueba { $app } a partir de la Dirección del sitio, así que durante la aprobación se le envía a { $home }.
site-url-explanation-host = WordPress indica que su Dirección del sitio es { $home }{ $wordpress_address }, pero { $app } usa { $app_address }. Se diferencian en: { $differences }. WooCommerce construye los enlaces de la página donde usted aprueba { $app } a partir de la Dirección del sitio, así que durante la aprobación se le envía a { $home }; además, comprueba las solicitudes firmadas con OAuth 1.0a frente al host de la Dirección del sitio, por lo que se rechazan las firmas que { $app } crea para { $app_address } («{ $error }»).
site-url-explanation-happened = Eso ocurrió aquí, mientras que la misma clave funcionó al firmarse para la Dirección del sitio o al enviarse sin firma.
site-url-explanation-one-address = Use la misma dirección en todas partes: la Dirección del sitio en la aplicación, o bien corrija la Dirección del sitio.
site-url-fix-use-site-address-title = Si la dirección de WordPress es la correcta: úsela en la aplicación
site-url-fix-use-site-address = Introduzca { $home } como dirección de la tienda en { $app } (y en esta comprobación) y conecte { $app } de nuevo para que sus claves y devoluciones de llamada usen esa dirección.
site-url-fix-general-settings-title = Si la dirección de la aplicación es la correcta: corrija la dirección de WordPress
site-url-fix-general-settings = En WordPress ({ $general }), vaya a Ajustes → Generales y ponga «Dirección del sitio (URL)» en { $app } (sin la barra final). «Dirección de WordPress (URL)» es donde están los archivos de WordPress: dele el mismo esquema y dominio, pero conserve su carpeta. Haga clic en «Guardar cambios» e inicie sesión de nuevo en la nueva dirección. Si los dos campos aparecen en gris, los fija wp-config.php (vea la siguiente solución).
site-url-fix-wp-config-title = Si wp-config.php fija las direcciones: cámbielas allí
site-url-fix-wp-config-comment = Handshake: las direcciones de WordPress, tal como las usa la aplicación.
site-url-fix-wp-config-where = Pegue en wp-config.php encima de la línea "{ $marker }" (sustituya estas dos líneas si ya están).
site-url-differs-scheme = el esquema: WordPress usa { $wordpress }, la aplicación usa { $app }
site-url-differs-www = www: WordPress usa { $wordpress }, la aplicación usa { $app }
site-url-differs-domain = el dominio: WordPress usa { $wordpress }, la aplicación usa { $app }
site-url-differs-port = el puerto: WordPress usa { $wordpress }, la aplicación usa { $app }
site-url-differs-folder = la carpeta: WordPress está en { $wordpress }, la aplicación usa { $app }
