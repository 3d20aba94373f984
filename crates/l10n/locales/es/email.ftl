# The e-mail for the store's host (crates/engine/src/host_email.rs), written for a support engineer
# who has never seen Handshake. A message in another language carries the English one below it.
# $host, $url, $file are values; $title is a finding's or fix's title, already in this language.

email-subject-problem = Tienda WooCommerce { $host }: { $title }{ $more ->
        [0] {""}
        [one] {" "}(y 1 problema más)
       *[other] {" "}(y { $more } problemas más)
    }
email-subject-healthy = Tienda WooCommerce { $host }: comprobación de la conexión
email-greeting = Hola:
# $tool: "Handshake for WooCommerce 0.1.0"; $when: the check's time (RFC 3339).
email-intro = Gestiono la tienda WooCommerce { $url }. Una aplicación necesita acceder a su API REST, y una herramienta de diagnóstico ({ $tool }) comprobó la tienda desde fuera el { $when }.
email-intro-healthy = No encontró nada que impida conectarse a una aplicación; el informe adjunto tiene los detalles por si los necesita.
email-intro-problems = Encontró los problemas que se indican abajo. ¿Podría hacer el cambio que se describe en cada uno, o decirme quién puede hacerlo?
email-severity-error = impide la conexión
email-severity-warning = conviene corregirlo
email-severity-info = a título informativo
email-seen = Lo que vio la herramienta:
# A list item (the "- " is added before it).
email-more-evidence = …y { $count } más en el informe adjunto
email-fix = La solución ({ $title }):
email-request = Lo que le pido:
email-more-findings = { $count ->
        [one] Hay 1 problema más descrito en el informe adjunto.
       *[other] Hay { $count } problemas más descritos en el informe adjunto.
    }
email-attached = Adjunto el informe completo ({ $file }): cada solicitud que hizo la herramienta y lo que respondió el servidor.
email-thanks = ¡Muchas gracias!
# The line above the English copy of the message.
email-english-copy = Copia en inglés
email-paste-here = (El mensaje completo era demasiado largo para un enlace de correo: está en el portapapeles, péguelo aquí.)
email-paste-here-attach = (El mensaje completo era demasiado largo para un enlace de correo: está en el portapapeles, péguelo aquí. Adjunte también el informe { $file }.)
