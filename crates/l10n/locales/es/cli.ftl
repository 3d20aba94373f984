# The terminal (handshake CLI): report lines, the two-vantage table, messages and errors.
# Values are never translated: $url, $store, $other and $relay are addresses, $kind is a fix kind
# code, $error is an error text as the system or the library wrote it.

cli-cannot-start = no se puede iniciar: { $error }
cli-cannot-write-report = no se puede escribir el informe: { $error }
cli-report-saved = Informe guardado: { $path }
cli-output-no-folder = no se puede escribir el informe: la carpeta { $folder } no existe
cli-example = ejemplo
cli-checking = Comprobando { $store } …
cli-keyring-or-env = use { $flag } o las variables de entorno { $variables }, pero no ambas
cli-no-keys-in-keyring = no hay claves para { $store } en el llavero del sistema: conecte primero la tienda con `{ $command }`
cli-timeout-range = { $flag } debe estar entre 1 y 600 segundos
cli-store-answers-elsewhere = La tienda responde en { $other }. Si esa es su tienda, compruébela allí:

## The report for a person ($warnings and $errors are counts).
cli-verdict-healthy = Resultado: todo en orden — las aplicaciones pueden conectarse a { $url }.
cli-verdict-healthy-warnings = Resultado: las aplicaciones pueden conectarse a { $url }, con { $warnings ->
        [one] 1 aviso que merece
       *[other] { $warnings } avisos que merecen
    } un vistazo.
cli-verdict-problems = Resultado: { $errors ->
        [one] 1 problema impide
       *[other] { $errors } problemas impiden
    } que las aplicaciones se conecten a { $url }{ $warnings ->
        [0] {""}
        [one] {" "}(y 1 aviso)
       *[other] {" "}(y { $warnings } avisos)
    }.
cli-verdict-unreachable = Resultado: no se puede acceder a { $url }{ $warnings ->
        [0] {""}
        [one] {" "}(y 1 aviso)
       *[other] {" "}(y { $warnings } avisos)
    }.
# $took: a duration such as "412 ms" or "1.5 s"; $status: the exit status (0 or 1).
cli-checked-in = Comprobado en { $took } con { $probes } pruebas. Código de salida: { $status }.
cli-severity-error = ERROR
cli-severity-warning = AVISO
cli-severity-info = INFORMACIÓN
cli-what-to-do = Qué hacer: { $action }
cli-technical-details = Detalles técnicos:
cli-evidence = Pruebas:
# $n: the fix's number; $title: its title (already in the report's language); $kind: a code.
cli-fix-heading = Solución { $n }: { $title } [{ $kind }]

## doctor --relay: this computer's and the app's servers' answers side by side.
cli-vantage-row-home = Página de inicio
cli-vantage-row-rest-index = API REST ({ $path })
cli-vantage-row-rest-index-query = API REST ({ $path })
cli-vantage-row-rest-index-browser = API REST como navegador web
cli-vantage-row-rest-post = POST a la API de WooCommerce
cli-vantage-row-rest-put = PUT a la API de WooCommerce
cli-vantage-row-auth-header-echo = Las cabeceras de inicio de sesión llegan a WordPress
cli-vantage-row-wc-auth = Página de autorización de aplicaciones
cli-vantage-row-wc-auth-query = Página de autorización (alternativa)
cli-vantage-not-checked = no comprobado
cli-vantage-no-answer = sin respuesta
cli-vantage-server-page = página del servidor
cli-vantage-relay-failed = El relé ({ $relay }) no pudo comprobar la tienda desde los servidores de la aplicación: { $error }
    Solo se muestra la vista de este equipo; esto no dice nada sobre la tienda.
cli-vantage-unnamed-address = una dirección que no indicó
# $from: the address the relay checked from, and its label.
cli-vantage-heading = Desde este equipo y desde los servidores de la aplicación (el relé { $relay } comprobó desde { $from }):
cli-vantage-column-request = solicitud
cli-vantage-column-here = este equipo
cli-vantage-column-there = servidores de la aplicación

## handshake stores / forget ($at: a time, RFC 3339; $verdict: healthy, problems, unreachable or no-keys, a code).
cli-stores-none = No hay tiendas guardadas. Conecte una con: { $command }
cli-stores-last-check = última comprobación { $at }: { $verdict }
cli-stores-not-checked = sin comprobar desde la conexión
# $hint: the key's last characters as WooCommerce shows them.
cli-stores-key = clave { $hint }
cli-stores-connected = conectada { $at }
cli-stores-was = antes { $verdict }
cli-stores-unchanged = sin cambios
cli-stores-no-keys = no hay claves en el llavero del sistema; vuelva a conectar con: { $command }
cli-stores-details = detalles: { $command }
cli-forget-not-saved = { $store } no está guardada en este equipo (vea `{ $command }`)
cli-forget-done = Se ha olvidado { $store }: sus claves se han borrado del llavero del sistema y sus datos de este equipo.
# Followed by where and how to revoke the key.
cli-forget-revoke = La clave sigue funcionando en WooCommerce hasta que la revoque.

## handshake demo ($summary: the scenario's description, a value).
cli-demo-list-heading = Escenarios de demostración ({ $command }):
cli-demo-unknown-scenario = escenario desconocido { $scenario }: vea { $command }
cli-demo-cannot-start = no se puede iniciar la tienda de demostración: { $error }
cli-demo-bad-url = la tienda de demostración dio una URL no válida: { $error }
cli-demo-store = Tienda de demostración «{ $scenario }»: { $summary }
cli-demo-local = (un servidor local que se comporta como WordPress + WooCommerce con ese fallo; nada sale de este equipo)
cli-demo-try-another = Pruebe otro fallo: { $list } y luego { $command }
cli-demo-connect-failed = no se puede ejecutar el flujo de conexión de la demostración: { $error }
cli-demo-connect-local = (una tienda local y un relé de retorno local; la demostración hace de administrador de la tienda en su navegador; nada sale de este equipo)
cli-demo-link-shown = Enlace de aprobación mostrado; el administrador de la tienda lo abre y pulsa Approve o Deny
cli-demo-browser-ended = El navegador terminó en una página con HTTP { $status }
cli-demo-outcome-connected = Conectada.
cli-demo-outcome-blocked = Detenido antes de la aprobación.
cli-demo-outcome-failed = La autorización ha fallado.

## handshake connect ($key: the key's last characters; $permissions: as WooCommerce names them, a value).
cli-connecting = Conectando { $store } …
cli-connect-checking-credentials = Comprobando las credenciales con { $store } …
cli-connect-no-relay = no se indicó ningún relé: pase { $flag } (o defina { $variable }), o use { $other }
cli-connect-permissions-checked = comprobada
cli-connect-connected = Conectada. La clave { $key } ({ $permissions }) está guardada en el llavero de este equipo.
# Followed by where and how to revoke the old key.
cli-connect-replaced = Sustituye a la clave anterior de la tienda.
cli-connect-replaced-key = Sustituye a la clave anterior de la tienda ({ $key }).
cli-connect-blocked = Hay que corregir la tienda antes de poder conectarla: no se ha cambiado nada.
cli-connect-failed = La conexión no se completó.
cli-connect-answers-elsewhere = La tienda responde en { $other }. Si esa es su tienda, conéctela allí:
# $read, $write: WooCommerce resource names as the API spells them ("orders, products").
cli-connect-verified = Comprobado.
cli-connect-verified-read = Comprobado: la aplicación puede leer { $read }.
cli-connect-verified-write = Comprobado: la aplicación puede escribir { $write }.
cli-connect-verified-read-write = Comprobado: la aplicación puede leer { $read } y escribir { $write }.
cli-explain-unknown = Handshake no conoce ese mensaje. Mensajes conocidos:
cli-connect-set-app-password = defina { $user } y { $password } (nunca en la línea de comandos)
cli-connect-set-keys = defina { $key } y { $secret } (nunca en la línea de comandos)
cli-connect-prompt-key = Clave de consumidor ({ $shape }):
cli-connect-prompt-secret = Secreto de consumidor ({ $shape }, no se muestra):
cli-connect-browser-opens = Se abre una ventana del navegador con la página de aprobación de WooCommerce. Si no se abre, abra:
cli-connect-approve = Inicie sesión si se le pide, revise el acceso solicitado y pulse Approve.
cli-connect-no-browser = Aquí no se pudo abrir ningún navegador ({ $error }): abra usted mismo la dirección de arriba.
cli-connect-key-received = Clave recibida ({ $key }, { $permissions }); comprobándola …
cli-connect-saved = { $store } guardada en el llavero del sistema.
