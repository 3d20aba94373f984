# Ready-to-send support messages (crates/engine/src/fixes/hosting.rs).

# $recipient follows "para" ("su proveedor de hosting", "el soporte de SiteGround").
hosting-support-title = Mensaje para { $recipient }
hosting-support-subject = Asunto: { $subject }
hosting-support-greeting = Hola:
hosting-support-opening = Mi tienda WooCommerce { $url } no puede conectarse con { $app }.
hosting-support-failing = Estas solicitudes fallan:
hosting-support-passing = Estas funcionan, para comparar:
# $ask is an infinitive clause ("eliminar la regla para /wp-json/").
hosting-support-ask = ¿Podrían, por favor, { $ask }?
hosting-support-addresses = { $app } se conecta a la tienda desde estas direcciones: { $addresses }.
hosting-support-thanks = ¡Gracias!
