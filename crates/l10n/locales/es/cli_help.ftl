# `handshake --help` and each command's `--help`: the about texts and every argument's help.
# English is the CLI's doc comments (crates/cli/src/args.rs) word for word: a test holds them equal.
# Never translated: option names (--list, --check), environment variables (HANDSHAKE_*), language
# codes (en, de, es), commands in backticks, host names and addresses in examples, TOML, PEM, JSON.
# Ids: cli-help-<command>-about, -long-about, -arg-<argument>.

cli-help-handshake-about = Averigüe por qué una aplicación no puede conectarse a una tienda WooCommerce y obtenga la solución.
cli-help-handshake-arg-lang = El idioma del informe y de los mensajes: en, de o es (predeterminado: el idioma del sistema si es uno de ellos; si no, inglés)

## handshake doctor
cli-help-doctor-about = Diagnosticar una tienda: todas las pruebas aplicables y, después, los hallazgos con soluciones listas para pegar
cli-help-doctor-long-about =
    Diagnosticar una tienda: todas las pruebas aplicables y, después, los hallazgos con soluciones listas para pegar.

    Las credenciales (opcionales) se toman del entorno: HANDSHAKE_CONSUMER_KEY y HANDSHAKE_CONSUMER_SECRET (un par de claves de WooCommerce), o HANDSHAKE_WP_USER y HANDSHAKE_WP_APP_PASSWORD (una contraseña de aplicación de WordPress).
cli-help-doctor-arg-store-url = La dirección de la tienda, p. ej. shop.example.com o https://example.com/shop
cli-help-doctor-arg-json = Escribir exactamente un informe JSON (esquema handshake.report/1) en stdout
cli-help-doctor-arg-profile = Perfil de integración (TOML): nombre de la aplicación, permisos, recursos, direcciones que se deben permitir
cli-help-doctor-arg-app = Un perfil listo para una aplicación conocida (p. ej. lightspeed-x-series), en lugar de --profile
cli-help-doctor-arg-timeout = La ejecución completa termina en este número de segundos como máximo, haga lo que haga el servidor
cli-help-doctor-arg-ca-cert = Confiar también en este certificado de CA (PEM)
cli-help-doctor-arg-resolve = Resolver HOST como ADDRESS en lugar de consultar el DNS (para comprobar una tienda en un servidor nuevo antes de cambiar el DNS). Se puede repetir: --resolve shop.example.com=203.0.113.5
cli-help-doctor-arg-keyring = Usar las credenciales guardadas en el llavero del sistema para esta tienda (vea `handshake connect`)
cli-help-doctor-arg-host-email = Escribir, en lugar del informe, un correo electrónico listo para el proveedor de alojamiento de la tienda: una línea de asunto y luego el mensaje (qué falla, las solicitudes que lo muestran, la solución exacta). Los secretos se eliminan
cli-help-doctor-arg-relay = Pedir también a este relay que compruebe la tienda desde el lado de los servidores de la aplicación (solo pruebas sin credenciales: ninguna credencial va al relay), al mismo tiempo, y comparar ambos lados
cli-help-doctor-arg-format = La forma del informe: human (la predeterminada), json (lo mismo que --json), md (Markdown) o html (una página web)
cli-help-doctor-arg-output = Escribir el informe en FILE en lugar de mostrarlo (se escribe entero o nada; la carpeta debe existir). El progreso y el veredicto se siguen mostrando

## handshake demo
cli-help-demo-about = Iniciar en este equipo una tienda de demostración integrada con un fallo real y diagnosticarla
cli-help-demo-arg-scenario = Qué fallo tiene la tienda de demostración (vea --list)
cli-help-demo-arg-list = Mostrar los escenarios de demostración
cli-help-demo-arg-no-credentials = Ejecutar sin la clave de API de la tienda de demostración (solo lo que puede ver un visitante)
cli-help-demo-arg-json = Escribir exactamente un informe JSON (esquema handshake.report/1) en stdout
cli-help-demo-arg-profile = Perfil de integración (TOML): nombre de la aplicación, permisos, recursos, direcciones que se deben permitir
cli-help-demo-arg-app = Un perfil listo para una aplicación conocida (p. ej. lightspeed-x-series), en lugar de --profile
cli-help-demo-arg-timeout = La ejecución completa termina en este número de segundos como máximo, haga lo que haga el servidor
cli-help-demo-arg-ca-cert = Confiar también en este certificado de CA (PEM)
cli-help-demo-arg-format = La forma del informe: human (la predeterminada), json (lo mismo que --json), md (Markdown) o html (una página web)
cli-help-demo-arg-output = Escribir el informe en FILE en lugar de mostrarlo (se escribe entero o nada; la carpeta debe existir). El progreso y el veredicto se siguen mostrando

## handshake connect
cli-help-connect-about = Conectar una tienda: comprobación previa, aprobar la aplicación en el navegador, verificar las claves y guardarlas en el llavero del sistema. Ejecutarlo de nuevo para una tienda guardada la vuelve a conectar con una clave nueva
cli-help-connect-arg-relay = El relay de retorno que recibe el POST con la clave de WooCommerce (o HANDSHAKE_RELAY_URL)
cli-help-connect-arg-no-browser = Escribir el enlace de autorización (una línea `authorize: <URL>` en stderr) en lugar de abrir un navegador
cli-help-connect-arg-wait = Minutos que tiene el propietario para aprobar en el navegador
cli-help-connect-arg-existing-keys = Usar un par de claves existente en lugar de la aprobación en el navegador: HANDSHAKE_CONSUMER_KEY y HANDSHAKE_CONSUMER_SECRET del entorno (o escritas cuando se piden), comprobadas y guardadas
cli-help-connect-arg-app-password = Usar en su lugar una contraseña de aplicación de WordPress: aprobada en la propia pantalla de WordPress en el navegador, o tomada de HANDSHAKE_WP_USER y HANDSHAKE_WP_APP_PASSWORD cuando están definidas
cli-help-connect-arg-explain = Explicar una página de error que WooCommerce mostró después de Approve (pegue su texto) y salir
cli-help-connect-arg-json = Escribir exactamente un informe JSON (esquema handshake.report/1) en stdout
cli-help-connect-arg-profile = Perfil de integración (TOML): nombre de la aplicación, permisos, recursos, direcciones que se deben permitir
cli-help-connect-arg-app = Un perfil listo para una aplicación conocida (p. ej. lightspeed-x-series), en lugar de --profile
cli-help-connect-arg-timeout = La ejecución completa termina en este número de segundos como máximo, haga lo que haga el servidor
cli-help-connect-arg-ca-cert = Confiar también en este certificado de CA (PEM)

## handshake stores and handshake forget
cli-help-stores-about = Mostrar las tiendas guardadas en este equipo (no se muestra ningún secreto)
cli-help-stores-arg-json = Escribir la lista como JSON
cli-help-stores-arg-check = Volver a comprobar cada tienda guardada con sus claves guardadas, una tras otra, e indicar qué ha cambiado desde la última comprobación. Código de salida 1 si alguna tienda tiene un problema (para scripts y cron)
cli-help-stores-arg-timeout = Con --check: la comprobación de cada tienda termina en este número de segundos como máximo
cli-help-stores-arg-ca-cert = Con --check: confiar también en este certificado de CA (PEM)
cli-help-forget-about = Eliminar una tienda guardada: sus claves del llavero del sistema y sus datos de este equipo

## What clap itself writes in every help page: section headings (without the colon) and the help of
## --help, --version and the help command. English is clap's own text (a test holds it equal);
## German and Spanish replace it.
cli-clap-usage = Uso:
cli-clap-commands = Comandos
cli-clap-arguments = Argumentos
cli-clap-options = Opciones
cli-clap-help = Mostrar la ayuda
cli-clap-help-short = Mostrar la ayuda (más con '--help')
cli-clap-help-long = Mostrar la ayuda (un resumen con '-h')
cli-clap-version = Mostrar la versión
cli-clap-help-command = Mostrar este mensaje o la ayuda de los comandos indicados
