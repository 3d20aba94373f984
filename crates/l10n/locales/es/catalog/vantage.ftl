# net.blocks_app_servers, net.blocks_this_computer and site.unexplained between vantages
# (crates/engine/src/catalog/vantage.rs). Menu names of Wordfence, Cloudflare and the security
# plugins stay as those products show them.

vantage-relay-fallback = el relé
vantage-differences = Las mismas solicitudes recibieron respuestas distintas: { $differences }.
vantage-app-title-agent = La tienda rechaza las solicitudes que dicen venir de { $app }
vantage-app-title-rate-limited = La tienda limita la frecuencia de los servidores de la aplicación, pero no la de este equipo
vantage-app-title = La tienda responde a este equipo, pero bloquea los servidores de la aplicación
vantage-app-summary-agent = La tienda rechaza las solicitudes que se identifican como { $app }, mientras que responde a un navegador web.
vantage-app-summary = La tienda rechaza los servidores de { $app } mientras responde a este equipo, así que { $app } no puede conectarse aunque a usted la tienda le parezca correcta.
vantage-app-action-agent-vendor = Quite la regla de { $vendor } que bloquea el agente de usuario de { $app }, como muestra la solución de abajo.
vantage-app-action-agent = Quite la regla que bloquea el agente de usuario de { $app } en su plugin de seguridad o cortafuegos, como muestran las soluciones de abajo.
vantage-app-action-vendor = Permita los servidores de { $app } en { $vendor } con la solución de abajo.
vantage-app-action = Permita el paso de los servidores de { $app } por el cortafuegos de su proveedor de hosting o su plugin de seguridad con las soluciones de abajo, o envíe a su proveedor de hosting el mensaje.
vantage-app-refused = Las solicitudes desde el lado de { $app } se rechazaron, mientras que las mismas solicitudes desde este equipo se respondieron.
vantage-app-by-address = El lado de la aplicación se comprobó desde { $place }, en el lado de la red desde el que llaman los servidores de { $app }, así que { $app } se encuentra con este rechazo mientras que desde aquí todo parece correcto.
vantage-app-by-agent-known = La solicitud rechazada y la respondida solo se diferencian en su cabecera User-Agent, la de { $app } ("{ $agent }") frente a la de un navegador web, así que una regla que filtra por agente rechaza a { $app }.
vantage-app-by-agent-unknown = La solicitud rechazada y la respondida solo se diferencian en su cabecera User-Agent, la propia de esta comprobación ("{ $agent }") frente a la de un navegador web; el perfil no dice qué agente envía { $app }, así que defina su user_agent para comprobar ese.
vantage-app-refusals-vendor = Los rechazos vinieron de la página de bloqueo de { $vendor }{ $marker }, así que la regla que hay que cambiar está ahí.
vantage-app-refusals-server-page = Los rechazos son la propia página de error del servidor web, que da una regla de dirección o de agente en su configuración o en .htaccess, o un cortafuegos que el proveedor de hosting tiene delante.
vantage-app-refusals-rate-limit = HTTP 429 es un límite de frecuencia, y uno que cuenta por dirección salta con el tráfico constante de { $app } desde unos pocos servidores mucho antes que con el suyo.
vantage-app-refusals-unknown = Las respuestas de rechazo no dicen qué cortafuegos o regla las envió, así que esta comprobación no nombra ninguno: revise todo lo que filtre el tráfico delante de WordPress (una CDN, el cortafuegos del proveedor de hosting, un plugin de seguridad).
vantage-fix-addresses-title = Averigüe las direcciones desde las que llama { $app }
vantage-fix-addresses = El perfil de integración no indica direcciones para { $app }, así que las soluciones no pueden nombrarlas. Pida al soporte de { $app } (o busque en sus páginas de ayuda) las direcciones IP desde las que sus servidores llaman a su tienda y permita exactamente esas donde se originó el rechazo.{ $checked } Después vuelva a comprobar con un perfil que las indique (allow_ips).
vantage-fix-addresses-checked = Las solicitudes de esta comprobación vinieron de { $relay }; los propios servidores de la aplicación pueden usar otras direcciones.
vantage-agent-title = Deje de bloquear el agente de usuario de { $app }
vantage-agent-lead-wordfence = Respondió Wordfence: en WordPress vaya a Wordfence → Firewall → Blocking, busque el bloqueo Custom Pattern cuyo Browser User Agent coincide con "{ $agent }" y bórrelo (Wordfence → Tools → Live Traffic muestra la solicitud bloqueada y la regla).
vantage-agent-lead-cloudflare = Respondió Cloudflare: vaya a Security → WAF → Tools → User Agent Blocking y borre la regla que coincide con "{ $agent }"; revise también Security → WAF → Custom rules en busca de una expresión sobre http.user_agent (Security → Events muestra la regla que coincidió).
vantage-agent-lead-vendor = Respondió { $vendor }: busque en sus reglas una que coincida con el User-Agent "{ $agent }" y quítela o acótela.
vantage-agent-places =
    Las solicitudes con el User-Agent "{ $agent }" se rechazaron y las mismas solicitudes con el agente de usuario de un navegador web se respondieron. Las reglas que bloquean por agente están en estos lugares; quite la que coincide con "{ $agent }" (o con cualquier parte de él):
    - Wordfence: Firewall → Blocking → Custom Pattern (Browser User Agent)
    - All-In-One Security: Firewall → 6G / 5G firewall rules (bad bots) y Firewall → Blacklist / User agents
    - Solid Security (iThemes): Security → Settings → Ban Users → Ban User Agents
    - Cloudflare: Security → WAF → Tools → User Agent Blocking, y reglas personalizadas sobre http.user_agent
    - .htaccess: líneas { $htaccess } que lo deniegan
    Después vuelva a comprobar.
vantage-support-recipient = su proveedor de hosting
vantage-support-subject = Por favor, dejen que { $app } llegue a { $host }
vantage-support-from = Las solicitudes rechazadas vinieron de { $relay }, una comprobación hecha desde el lado de la red desde el que llama la aplicación.
vantage-support-what-agent = Las solicitudes que llevan el User-Agent "{ $agent }" se rechazan, mientras que las mismas solicitudes con el agente de usuario de un navegador web se responden.
vantage-support-what = Las mismas solicitudes se responden desde mi equipo, pero se rechazan desde el lado de { $app }.
vantage-support-who = Los rechazos son la página de bloqueo de { $vendor }.
vantage-support-ask-agent = encontrar la regla de cortafuegos, el plugin de seguridad o el ajuste del servidor que rechaza el User-Agent "{ $agent }" y quitarlo o acotarlo
vantage-support-ask = encontrar la regla de cortafuegos, el plugin de seguridad o el ajuste del servidor que rechaza estas solicitudes y dejar pasar por él a los servidores de { $app }
vantage-this-title = La tienda responde a los servidores de la aplicación, pero no a este equipo
vantage-this-summary = La tienda rechaza este equipo, pero responde a los servidores de { $app }, así que este bloqueo no afecta a { $app }.
vantage-this-action = Libere la dirección de este equipo en su plugin de seguridad o pida a su proveedor de hosting que lo haga, como se muestra abajo.
vantage-this-refused = Las solicitudes desde este equipo se rechazaron, mientras que las mismas solicitudes desde el lado de la aplicación se respondieron.
vantage-this-relay-answered = Desde { $place }, en el lado de la red desde el que llaman los servidores de { $app }, la tienda respondió, así que este bloqueo no detiene a { $app }.
vantage-this-no-answer = Este equipo no recibió ninguna respuesta: eso hace un cortafuegos que descarta una dirección (a menudo tras inicios de sesión fallidos, como fail2ban, CSF o Imunify360 en el hosting), y también un problema en la propia red de este equipo.
vantage-this-refused-address = Algo rechaza la dirección de este equipo: a menudo un plugin de seguridad o el cortafuegos del hosting que la bloqueó tras inicios de sesión fallidos, o una regla que bloquea su red o su país.
vantage-this-other-findings = Otros resultados de este equipo pueden deberse a este bloqueo y no a la propia tienda.
vantage-this-fix-title = Libere la dirección de este equipo
vantage-this-fix =
    La seguridad de la tienda rechaza la dirección de este equipo. Para encontrar el bloqueo y levantarlo:
    - Wordfence: Wordfence → Firewall → Blocking (y Wordfence → Tools → Live Traffic), y luego desbloquee esta dirección (Unblock)
    - Solid Security (iThemes): Security → Dashboard → Active Lockouts → Release
    - Limit Login Attempts Reloaded: Ajustes → Limit Login Attempts → Logs → quite el bloqueo
    - All-In-One Security: Firewall → Blacklist, y User Login → Locked IP addresses
    - Cloudflare: Security → Events muestra la regla; Security → WAF → Tools enumera las IP Access rules
    - El cortafuegos del hosting (fail2ban, CSF, Imunify360): consulte a su proveedor de hosting con el mensaje de abajo.
    Después vuelva a ejecutar la comprobación.
vantage-this-support-subject = Mi propia dirección está bloqueada en { $host }
vantage-this-support-problem = Las mismas solicitudes se responden desde otra red, pero se rechazan desde mi equipo (comprobado desde { $place } para comparar). Puede que me hayan bloqueado tras inicios de sesión fallidos.
vantage-this-support-ask = decirme qué regla de cortafuegos o de seguridad bloquea mi dirección y levantar el bloqueo
vantage-unexplained-title = Los servidores de la aplicación reciben respuestas distintas a las de este equipo, por un motivo que esta comprobación no puede nombrar
vantage-unexplained-summary = La tienda responde a este equipo, pero el lado de { $app } no recibió una respuesta normal, por un motivo que esta comprobación no puede nombrar.
vantage-unexplained-action = Envíe a su proveedor de hosting el mensaje de abajo: muestra ambos lados para que puedan buscar las solicitudes en sus registros.
vantage-unexplained-differ = El lado de la aplicación recibió respuestas distintas a las de este equipo.
vantage-unexplained-checked = El lado de la aplicación se comprobó desde { $place }, y sus respuestas no llevan la página de bloqueo de ningún cortafuegos ni un rechazo, así que esta comprobación no nombra ninguna causa.
vantage-unexplained-maybe = Puede ser la red entre ese lado y la tienda, o un cortafuegos que descarta conexiones sin responder; quien administra el servidor puede ver en sus registros si estas solicitudes llegaron.
vantage-unexplained-support-subject = Las solicitudes a { $host } desde otra red no reciben una respuesta normal
vantage-unexplained-support-problem = Las mismas solicitudes se responden desde mi equipo, pero no desde { $place }: { $differences }.
vantage-unexplained-see-below = vea abajo
vantage-unexplained-support-ask = comprobar en los registros del servidor y del cortafuegos si estas solicitudes llegaron, y qué las respondió o descartó
vantage-relay-at = el relé en { $address }
vantage-relay-at-labelled = el relé en { $address } ({ $label })
vantage-relay-labelled = el relé ({ $label })
vantage-diff-sides = { $request }: { $here } desde este equipo, { $there } desde los servidores de la aplicación
vantage-diff-sides-browser = { $request } con el agente de usuario de un navegador web: { $here } desde este equipo, { $there } desde los servidores de la aplicación
vantage-diff-agent-here = { $request }: rechazada con el agente de usuario de la aplicación y respondida con el de un navegador web, desde este equipo
vantage-diff-agent-there = { $request }: rechazada con el agente de usuario de la aplicación y respondida con el de un navegador web, desde los servidores de la aplicación
vantage-diff-agent-both = { $request }: rechazada con el agente de usuario de la aplicación y respondida con el de un navegador web, desde este equipo y desde los servidores de la aplicación
vantage-answer-normal = respondida con normalidad
vantage-answer-status = HTTP { $status }
vantage-answer-server-page = HTTP { $status } ({ $marker })
vantage-answer-firewall = HTTP { $status } (página de bloqueo de { $vendor })
vantage-answer-unknown-firewall = HTTP { $status } (una página de bloqueo sin la firma de ningún cortafuegos conocido)
vantage-answer-none = ninguna respuesta
vantage-answer-none-why = ninguna respuesta ({ $why })
vantage-answer-not-checked = no comprobada
