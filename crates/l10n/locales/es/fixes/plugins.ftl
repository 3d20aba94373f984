# Click paths in security products, host panels and plugins (crates/engine/src/fixes/plugins.rs).
# Menu and option names stay as the products show them (most exist only in English).

plugins-addresses-unknown = (las direcciones desde las que llama { $app }: pídaselas a { $app })
plugins-wordfence-title = Wordfence: añada los servidores de { $app } a la lista de permitidos
plugins-wordfence =
    1. En WordPress, vaya a Wordfence → Firewall → All Firewall Options.
    2. Abra Advanced Firewall Options. En «Allowlisted IP addresses that bypass all rules», añada estas líneas:
    { $addresses }
    3. Haga clic en «Save Changes».
    4. Si la solicitud la bloqueó una regla del cortafuegos y no un bloqueo de IP, abra Wordfence → Tools → Live Traffic, busque la solicitud bloqueada a { $wc } y haga clic en «Add Param to Firewall Allowlist».
    5. Si fue una limitación de frecuencia, vaya a Wordfence → All Options → Rate Limiting y ponga «If anyone's requests exceed» en un número mayor (o Unlimited) para rastreadores y personas.
plugins-sucuri-title = Sucuri: añada los servidores de { $app } y la ruta de la API a la lista de permitidos
plugins-sucuri =
    1. Inicie sesión en el panel de Sucuri, abra Firewall (WAF) y seleccione { $host }.
    2. Vaya a Access Control. En Allow IP Addresses (whitelist), añada cada una de estas y haga clic en «Allow»:
    { $addresses }
    (Sucuri acepta direcciones sueltas o rangos terminados en /24, /16 o /8.)
    3. En Allowlist URL Paths (whitelist URL paths), añada { $wc } para que la API no se filtre.
    4. Los cambios se aplican en pocos minutos.
plugins-sucuri-block-id = 5. La página de bloqueo mostró el Block ID { $id }: en Audit Trails puede ver la regla que hay detrás.
plugins-imunify360-title = Imunify360: añada los servidores de { $app } a la lista de permitidos
plugins-imunify360 =
    Si su panel de hosting tiene una página de Imunify360 (cPanel o Plesk → Imunify360 → Firewall → White List), añada cada una de estas direcciones con el comentario "{ $app } (WooCommerce API)":
    { $addresses }
    Si no, envíe a su proveedor de hosting el mensaje de soporte de abajo. En un servidor que administre usted mismo, como root:
plugins-imunify360-once = una vez por cada dirección que le indique la aplicación
plugins-siteground-title = SiteGround: pida al soporte que añada la aplicación a la lista de permitidos
plugins-siteground =
    La protección contra bots de SiteGround responde con una página CAPTCHA que una aplicación no puede resolver, y no se puede desactivar desde Site Tools. Contacte con el soporte de SiteGround (Site Tools → Ayuda → Contacto) con el mensaje de abajo y pídales que añadan las direcciones de { $app } para { $host } a la lista de permitidos:
    { $addresses }
    Revise también Site Tools → Seguridad → Tráfico bloqueado y quite estas direcciones si aparecen.
plugins-akamai-title = Akamai: añada una excepción para la API de WooCommerce
plugins-akamai =
    Akamai lo configura quien gestiona su cuenta de Akamai (a menudo su agencia o su equipo de TI). Pídales que:
    1. Busquen la solicitud denegada{ $reference } en Akamai Control Center → Security Center / Web Security Analytics.
    2. En la configuración de seguridad de App & API Protector (o Kona Site Defender) para { $host }, añadan una lista de clientes con las direcciones de { $app } y una excepción para las rutas { $wc } y { $auth }:
    { $addresses }
    3. Activen la configuración en la red de producción.
plugins-rest-title = Averigüe qué desactiva la API REST
plugins-rest-likely-disable-rest-api = El código de error rest_cannot_access viene del plugin «Disable REST API»: abra Ajustes → Disable REST API, elija el perfil «Unauthenticated», marque las rutas que empiezan por /wc/ (y /wp/v2 si la aplicación la necesita) y guarde.
plugins-rest-likely-disable-wp-rest-api = El código de error rest_login_required viene del plugin «Disable WP REST API»: no tiene ajustes, así que desactívelo en Plugins → Plugins instalados o añada la solución de fragmento PHP de abajo.
plugins-rest-likely-security = Plugins de seguridad que pueden hacerlo: Solid Security (iThemes) → Settings → Advanced → WordPress Tweaks → REST API; All-In-One Security → Firewall → «Disallow unauthorized REST requests»; Perfmatters → General → Disable REST API; WP Hide & Security Enhancer; Clearfy; Hide My WP. Ajuste la opción para permitir la API REST (o permitirla para WooCommerce).
plugins-rest =
    1. { $likely }
    2. Si ningún ajuste de plugin lo explica, busque en el functions.php de su tema y en los archivos de wp-content/mu-plugins "rest_authentication_errors" o "rest_enabled": un fragmento de código ahí bloquea la API.
    3. Si aún no está claro: desactive los plugins de uno en uno (Plugins → Plugins instalados) y ejecute Handshake de nuevo después de cada uno.
plugins-cache-title = Excluya la API de la caché de páginas
plugins-cache =
    No guardar nunca en caché { $rest } ni { $auth }:
    - WP Rocket: Ajustes → WP Rocket → Advanced Rules → Never Cache URL(s): añada { $rest }(.*) y { $auth }(.*)
    - LiteSpeed Cache: LiteSpeed Cache → Cache → Excludes → Do Not Cache URIs: añada { $rest } y { $auth }
    - W3 Total Cache: Performance → Page Cache → Advanced → Never cache the following pages: añada { $rest }.* y { $auth }.*
    - WP Super Cache: Ajustes → WP Super Cache → Advanced → Accepted Filenames & Rejected URIs: añada wp-json y wc-auth
    - Cachés del hosting (SiteGround, Kinsta, WP Engine, Cloudways/Varnish): pida al soporte que excluya estas rutas.
    Después vacíe una vez toda la caché.
