# auth.clock_skew (crates/engine/src/catalog/clock.rs).

clock-title-refused = WooCommerce rechaza las solicitudes firmadas: el reloj de la tienda y el de este equipo no coinciden
clock-title-off = El reloj de la tienda tiene un desfase de { $duration }
clock-title = El reloj de la tienda y el de este equipo no coinciden
clock-summary-refused = WooCommerce rechaza las solicitudes firmadas porque el reloj de la tienda y el de este equipo están demasiado separados.
clock-summary-measured = El reloj de la tienda y el de este equipo están tan separados que WooCommerce rechazaría las solicitudes firmadas.
clock-summary = El reloj de la tienda y el de este equipo no coinciden.
clock-action-host = Pida a su proveedor de hosting, con el mensaje de abajo, que ponga en hora el reloj del servidor y lo mantenga sincronizado.
clock-action-compare = Compare el reloj de este equipo con un reloj de confianza y luego haga que el incorrecto se actualice automáticamente.
# $skew: "va 2 h 1 min por detrás del de este equipo" (clock-skew-*), after "el reloj de la tienda".
clock-explanation-refused-measured = WooCommerce rechazó una solicitud firmada con OAuth 1.0a («{ $refusal }»): solo acepta una firma cuando su hora está a menos de 15 minutos del reloj del servidor, y el reloj de la tienda { $skew }.
clock-explanation-refused = WooCommerce rechazó una solicitud firmada con OAuth 1.0a («{ $refusal }»): solo acepta una firma cuando su hora está a menos de 15 minutos del reloj del servidor, así que el reloj de la tienda y el de este equipo difieren en más que eso (la tienda no envió ninguna cabecera Date para medirlo).
clock-explanation-measured = El servidor de la tienda indica su hora en cada respuesta (la cabecera Date), y su reloj { $skew }. WooCommerce solo acepta una solicitud firmada con OAuth 1.0a cuando su hora está a menos de 15 minutos del reloj del servidor, así que las solicitudes firmadas desde aquí se rechazarían con «{ $error }».
clock-explanation-local-synced = Este equipo pone su reloj en hora automáticamente y está sincronizado, así que el reloj incorrecto es el de la tienda.
clock-explanation-local-unsynced = El reloj de este equipo no está sincronizado con una fuente de hora, así que podría ser el incorrecto: compárelo con un reloj de confianza (por ejemplo time.is) antes de consultar a su proveedor de hosting.
clock-explanation-local-unknown = Cualquiera de los dos relojes podría ser el incorrecto: compare el reloj de este equipo con un reloj de confianza (por ejemplo time.is) antes de consultar a su proveedor de hosting.
clock-explanation-who = Las aplicaciones que firman sus solicitudes de esta forma (todas las aplicaciones en una tienda sin HTTPS) son rechazadas mientras los relojes estén tan separados; una aplicación que envía su clave por HTTPS sin firmar no se ve afectada.
clock-skew-in-step = va a la par con el de este equipo
clock-skew-behind = va { $duration } por detrás del de este equipo
clock-skew-ahead = va { $duration } por delante del de este equipo
clock-duration-seconds = { $s } s
clock-duration-minutes = { $m } min { $s } s
clock-duration-hours = { $h } h { $m } min
clock-duration-days = { $d ->
        [one] 1 día
       *[other] { $d } días
    } { $h } h
clock-fix-local-title = Poner en hora automáticamente el reloj de este equipo
clock-fix-local =
    Windows: Configuración → Hora e idioma → Fecha y hora → active «Establecer la hora automáticamente» y haga clic en «Sincronizar ahora».
    macOS: Ajustes del Sistema → General → Fecha y hora → active «Ajustar fecha y hora automáticamente».
    Linux: ejecute `{ $command }`; después, `{ $status }` debería mostrar "{ $synchronized }".
    Luego vuelva a ejecutar la comprobación.
clock-fix-vps-title = Si administra el servidor usted mismo: active la sincronización de la hora
clock-fix-vps = En el servidor (Debian, Ubuntu y la mayoría de los sistemas Linux), ejecute `{ $command }` y compruebe que `{ $status }` muestra "{ $synchronized }". En un contenedor, ponga en hora el reloj de la máquina anfitriona: los contenedores usan el reloj del anfitrión.
clock-support-recipient = su proveedor de hosting
clock-support-subject = El reloj del servidor de { $host } no está en hora
clock-support-problem-synced = El reloj del servidor no está en hora: { $skew }, y el reloj de este equipo está sincronizado con servidores de hora de internet. WooCommerce rechaza las solicitudes firmadas con OAuth 1.0a («{ $error }») cuando el reloj del servidor tiene un desfase de más de 15 minutos.
clock-support-problem-compared = El reloj del servidor (su cabecera Date) { $skew }, y el reloj de este equipo coincide con un reloj de confianza. WooCommerce rechaza las solicitudes firmadas con OAuth 1.0a («{ $error }») cuando el reloj del servidor tiene un desfase de más de 15 minutos.
clock-support-problem = WooCommerce rechaza las solicitudes firmadas con OAuth 1.0a con «{ $error }», lo que hace cuando el reloj del servidor tiene un desfase de más de 15 minutos.
clock-support-ask = sincronizar el reloj del servidor con servidores de hora de internet (NTP, por ejemplo chrony o systemd-timesyncd) y mantenerlo sincronizado
