# Cortafuegos que responden en lugar de WordPress. $name es uno de los mensajes waf-name-* (sujeto,
# al principio de la frase); $product el nombre del producto («Cloudflare»); $blocked/$passed son listas
# de solicitudes; $marker es "" o " (cf-mitigated: challenge, Ray ID …)".
waf-product-unknown = Un cortafuegos de seguridad
waf-name-vendor = El cortafuegos de { $product }
waf-name-siteground = La protección contra bots de SiteGround
waf-name-wordfence = El plugin de seguridad Wordfence
waf-name-unknown = Un cortafuegos de seguridad
waf-title-challenge = { $name } responde a la API de WooCommerce con una comprobación de navegador que { $app } no puede superar
waf-title-block = { $name } bloquea la API REST de WooCommerce
waf-action-cloudflare = Añada la regla de Cloudflare de abajo para que la API de WooCommerce se salte estas comprobaciones.
waf-action-allowlist = Añada las direcciones de { $app } y la ruta de la API a la lista de permitidos de { $product }.
waf-action-host-run = { $product } lo gestiona su proveedor de hosting, así que pida a su soporte que añada las direcciones de { $app } a la lista de permitidos.
waf-action-akamai = Pida a quien gestione Akamai para el sitio que añada una excepción para la API.
waf-action-unknown = Busque el plugin de seguridad o el cortafuegos del proveedor de hosting que envía esta página y añada una excepción para la API.
waf-summary-challenge = { $some ->
    [some] { $name } muestra a parte de las solicitudes de { $app } una comprobación de navegador que solo una persona puede superar, así que nunca llegan a WooCommerce.
   *[all] { $name } muestra a las solicitudes de { $app } una comprobación de navegador que solo una persona puede superar, así que nunca llegan a WooCommerce.
}
waf-summary-block = { $some ->
    [some] { $name } bloquea parte de las solicitudes de { $app } antes de que lleguen a WooCommerce.
   *[all] { $name } bloquea las solicitudes de { $app } antes de que lleguen a WooCommerce.
}
waf-blocked-fallback = las solicitudes a la API
waf-explanation = { $name } respondió a { $blocked } con { $challenge ->
    [yes] una comprobación de navegador (una página de desafío) que una aplicación nunca puede superar
   *[no] su propia página de bloqueo
}{ $marker } en lugar de pasar la solicitud a WordPress{ $has_passed ->
    [yes] , mientras que { $passed } sí pasó
   *[no] {""}
}.
waf-consequence-all = Cada llamada de { $app } a la API se detiene de la misma forma, así que no puede conectarse.
waf-consequence-some = { $app } también necesita esas solicitudes, así que no puede funcionar hasta que pasen.
waf-recipient-cloudflare = quien gestione Cloudflare para el sitio
waf-recipient-sucuri = el soporte de Sucuri
waf-recipient-host = su proveedor de hosting
waf-recipient-siteground = el soporte de SiteGround
waf-recipient-akamai = quien gestione Akamai para el sitio
waf-support-subject = { $product } bloquea la API de WooCommerce en { $host }
waf-support-problem = { $product } responde a las solicitudes a la API REST de WooCommerce con su propia página de bloqueo o de desafío{ $marker }.
waf-support-ask = añadir los servidores de { $app } a la lista de permitidos y crear una excepción para { $wc } y { $auth }, para que estas solicitudes lleguen a WordPress
waf-unknown-marker-fallback = una página de bloqueo
waf-unknown-steps-title = Encuentre el cortafuegos que envía esta página
waf-unknown-steps =
    La página decía: { $marker }. Revise, en este orden:
    1. Los plugins de seguridad de WordPress (Plugins → Plugins instalados): Wordfence, Solid Security, All-In-One Security, WP Cerber, Shield, MalCare, BulletProof Security, NinjaFirewall. Busque en el registro del cortafuegos de cada uno una solicitud bloqueada a { $wc } y añada allí las direcciones de { $app } a la lista de permitidos.
    2. Su panel de hosting: las páginas de seguridad o de cortafuegos (Imunify360, BitNinja, ModSecurity, «protección contra bots»).
    3. Una CDN o un proxy delante del sitio (Cloudflare, Sucuri, Imperva, la CDN propia de un proveedor de hosting).
    Si nada de esto lo muestra, envíe a su proveedor de hosting el mensaje de abajo.
waf-modsec-summary-content = El cortafuegos ModSecurity de su servidor toma algunas solicitudes de { $app } por ataques y las bloquea.
waf-modsec-summary-methods = El cortafuegos ModSecurity de su servidor deja que { $app } lea pedidos y productos, pero bloquea las solicitudes que los modifican o eliminan.
waf-modsec-action-shared = En un hosting compartido solo su proveedor puede añadir la excepción, así que envíele el mensaje de abajo.
waf-modsec-action = Añada la excepción de ModSecurity de abajo para la API de WooCommerce, o pida a su proveedor de hosting que la añada.
waf-modsec-blocked-fallback = solicitudes a la API de WooCommerce
waf-modsec-cause-content = El cortafuegos ModSecurity del servidor rechazó { $blocked }{ $marker } con { $statuses }, por considerar que su contenido parecía un ataque.
waf-modsec-consequence-content = Datos legítimos de pedidos y productos lo activan, así que las llamadas de { $app } fallan de forma aleatoria.
waf-modsec-cause-methods = El cortafuegos ModSecurity del servidor (con el OWASP Core Rule Set) rechaza las solicitudes { $methods } a la API de WooCommerce: su regla 911100 solo permite GET, HEAD, POST y OPTIONS.
waf-modsec-consequence-methods = WooCommerce usa esos métodos para modificar y eliminar pedidos y productos, así que { $app } puede leer pero no cambiar nada.
waf-modsec-where-shared = En un hosting compartido solo su proveedor puede añadirla: envíele el mensaje de abajo.
waf-modsec-where = Una excepción para la ruta de la API lo soluciona; en un hosting compartido, la añade su proveedor.
waf-modsec-attachment = Estas reglas de ModSecurity lo resolverían (identificadores del rango local; ajústelos si coinciden con otros):
waf-modsec-support-subject = ModSecurity bloquea la API de WooCommerce en { $host }
waf-modsec-support-problem = Las reglas de ModSecurity del servidor rechazan las solicitudes a la API REST de WooCommerce.
waf-modsec-support-problem-methods = Las reglas de ModSecurity del servidor rechazan las solicitudes a la API REST de WooCommerce que usan { $methods }.
waf-modsec-support-ask = añadir en mi cuenta una exclusión de ModSecurity para { $rest }, para que estas solicitudes lleguen a WordPress
waf-modsec-recipient = su proveedor de hosting
waf-modsec-cpanel-title = Si su proveedor usa cPanel y usted no puede editar las reglas de ModSecurity
waf-modsec-cpanel = cPanel → Seguridad → ModSecurity muestra un interruptor por dominio. Desactivarlo para { $host } elimina este bloqueo, pero también la protección que ofrece, así que es preferible pedir a su proveedor la exclusión de arriba.
waf-modsec-title = El cortafuegos ModSecurity del servidor bloquea solicitudes a la API de WooCommerce
waf-modsec-title-methods = El cortafuegos ModSecurity del servidor bloquea { $methods } en la API de WooCommerce
