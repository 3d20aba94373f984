# The connect flow's own outcomes (crates/engine/src/catalog/connect.rs).

connect-denied-title = La conexión se rechazó en la página de aprobación de la tienda
connect-denied-summary = La conexión se rechazó en la página de aprobación de la tienda, así que no se creó ninguna clave.
connect-denied-action = Inicie la conexión de nuevo y haga clic en «Aprobar» si quiere que { $app } tenga acceso.
connect-denied-explanation = La página de WooCommerce que pedía aprobar { $app } se respondió con «Denegar» (o «Cancelar»), así que no se creó ninguna clave. La tienda no tiene ningún problema. Inicie la conexión de nuevo y haga clic en «Aprobar» si quiere que { $app } tenga acceso.
connect-denied-fix-title = Aprobar la conexión
connect-denied-fix = Inicie la conexión de nuevo. En la página titulada «{ $app } quiere conectarse a su tienda», revise el acceso que solicita y haga clic en «Aprobar». Debe haber iniciado sesión como administrador o gestor de la tienda.
connect-capability-title = La página de aprobación de la tienda rechazó al usuario que había iniciado sesión
connect-capability-summary = La página de aprobación rechazó al usuario de WordPress que había iniciado sesión, así que no se creó ninguna clave.
connect-capability-action = Inicie sesión en la tienda como administrador o gestor de la tienda y vuelva a conectar { $app }.
connect-capability-explanation = WooCommerce mostró «{ $shown }» en su página de aprobación. Solo permite a los usuarios que pueden gestionar WooCommerce (la capacidad manage_woocommerce: administradores y gestores de la tienda) ver «Aprobar» y crear una clave. O bien el usuario con sesión iniciada no la tiene (un cliente, suscriptor o editor), o WordPress ya no veía la sesión cuando se hizo clic en «Aprobar» (se cerró la sesión en otra pestaña o la sesión caducó). No se creó ninguna clave.
connect-capability-fix-title = Aprobar como administrador o gestor de la tienda
connect-capability-fix =
    1. Abra la administración de la tienda (wp-admin) y cierre la sesión, o use una ventana privada del navegador.
    2. Inicie de nuevo la conexión desde { $app }.
    3. Cuando WooCommerce le pida iniciar sesión, use una cuenta con el perfil Administrador o Gestor de la tienda y haga clic en «Aprobar».
connect-timeout-title = La aprobación no se completó a tiempo
connect-timeout-summary = No llegó ninguna respuesta de la página de aprobación de la tienda antes de que se agotara el tiempo.
connect-timeout-action = Empiece de nuevo y apruebe en pocos minutos; si WooCommerce muestra un error en su lugar, pegue su texto en Handshake.
connect-timeout-explanation = No llegó ninguna respuesta de la página de aprobación de la tienda antes de que se agotara el tiempo: puede que la página siga abierta, o que WooCommerce mostrara un error en lugar de volver a { $app }. Si vio un error como «{ $error }», pegue su texto en Handshake para encontrar su causa; si no, empiece de nuevo y apruebe en pocos minutos.
connect-timeout-fix-title = Inténtelo de nuevo y anote cualquier error
connect-timeout-fix =
    1. Inicie la conexión de nuevo.
    2. Inicie sesión en la tienda si se le pide y haga clic en «Aprobar».
    3. Si WooCommerce muestra una página de error en lugar de «{ $done_page }», copie su texto y péguelo en Handshake ({ $command }).
connect-relay-fallback = el relé de { $app }
connect-busy-title = El servicio de conexión de { $app } está ocupado
connect-busy-summary = El servicio de conexión de { $app } está ocupado y ha rechazado la solicitud por ahora.
connect-busy-action = Espere un poco y vuelva a conectar; si sigue rechazándola, avise a quien administra el servicio.
connect-busy-explanation = Handshake entrega la nueva clave de la tienda a este equipo a través de un pequeño servicio de relé en { $relay }. El servicio respondió, pero rechazó la solicitud por ahora{ $why }: está ocupado o limita las solicitudes desde esta red. Su tienda no se modificó y la conexión de este equipo no tiene ningún problema. Espere unos { $wait } segundos y vuelva a conectar; si sigue rechazándola, el operador del servicio debe saberlo.
connect-busy-fix-title = Esperar y volver a conectar
connect-busy-fix = Espere unos { $wait } segundos e inicie la conexión de nuevo. Si { $relay } sigue respondiendo que está ocupado, comuníqueselo a quien administra ese servicio.
connect-unreachable-title = No se pudo contactar con el servicio de conexión de { $app }
connect-unreachable-summary = El servicio de conexión de { $app } no respondió a este equipo.
connect-unreachable-action = Compruebe la conexión a internet, el proxy y el cortafuegos de este equipo y vuelva a intentarlo.
connect-unreachable-explanation = Handshake entrega la nueva clave de la tienda a este equipo a través de un pequeño servicio de relé en { $relay }, y ese servicio no respondió{ $why }. Su tienda no se modificó. Compruebe la conexión a internet de este equipo (y cualquier proxy o cortafuegos que tenga) y vuelva a intentarlo; si sigue fallando, puede que el servicio esté caído.
connect-unreachable-fix-title = Comprobar la conexión y reintentar
connect-unreachable-fix = Abra { $relay } en un navegador de este equipo. Si no carga, compruebe la configuración de red o del proxy, espere unos minutos y vuelva a conectar.
