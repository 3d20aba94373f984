# Las notificaciones de escritorio de las revisiones programadas (src-tauri/src/watch.rs).
notify-key-stopped-title = { $name }: la clave de la aplicación dejó de funcionar
notify-key-stopped-body = La tienda ya no acepta la clave guardada (se revocó o se sustituyó en WooCommerce). Haga clic para volver a conectar la tienda.
notify-new-problem-title = { $name }: algo nuevo bloquea la aplicación
notify-new-problem-body = { $finding }. Haga clic para ver la solución.
notify-changed-body = Haga clic para ver qué cambió y cómo solucionarlo.
