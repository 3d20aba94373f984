# Cloudflare: títulos y dónde hacer clic. Las expresiones nunca se traducen.
# Los nombres de menú son los del panel de Cloudflare en inglés (Security → WAF → Custom rules …).
cloudflare-skip-rule-title = Regla personalizada de Cloudflare (acción Skip) que deja pasar la API de WooCommerce: pegue esta expresión en el Expression Editor
cloudflare-skip-steps-title = Dónde añadir la regla de Cloudflare
cloudflare-skip-steps =
    1. Inicie sesión en Cloudflare y abra el sitio { $host }.
    2. Vaya a Security → WAF → Custom rules y haga clic en Create rule (en el panel nuevo: Security rules → Create rule → Custom rules).
    3. Nombre de la regla: Allow { $app } (WooCommerce API).
    4. Haga clic en Edit expression y pegue la expresión de la corrección «Regla personalizada de Cloudflare (acción Skip)».
    5. Elija la acción Skip. Marque All remaining custom rules y, en More components to skip, marque todas las opciones que aparezcan (All managed rules, All rate limiting rules, All Super Bot Fight Mode rules, Browser Integrity Check, Security Level).
    6. Coloque la regla en primer lugar (First) y haga clic en Deploy.
    7. Si Bot Fight Mode está activado (Security → Bots), una regla Skip no puede saltárselo: desactívelo o use la corrección con reglas de acceso por IP para las direcciones de { $app }.
cloudflare-skip-steps-ray = 8. Para ver qué regla bloqueó la solicitud, vaya a Security → Events y busque el Ray ID { $ray }.
cloudflare-ip-rules-intro = En Cloudflare, abra el sitio { $host }, vaya a Security → WAF → Tools → IP Access Rules (en el panel nuevo: Security rules → IP access rules) y añada una regla por cada línea de abajo, con la acción Allow y «This website»:
cloudflare-ip-rules-title = Permita los servidores de { $app } en Cloudflare (reglas de acceso por IP)
cloudflare-cache-rule-title = Regla de caché de Cloudflare: Caching → Cache Rules → Create rule → Edit expression, pegue esto, ponga Cache eligibility en Bypass cache, Deploy
cloudflare-ssl-full-title = Ponga el modo SSL de Cloudflare en Full (strict)
cloudflare-ssl-full = En Cloudflare, abra el sitio { $host }, vaya a SSL/TLS → Overview y ponga el modo de cifrado en Full (strict). Con Flexible, Cloudflare llega a su servidor por HTTP sin cifrar y WordPress cree que cada solicitud es insegura. Full (strict) necesita un certificado válido en su servidor: la mayoría de los proveedores de alojamiento emiten uno gratis, o puede crear un Cloudflare Origin Certificate en SSL/TLS → Origin Server.
