# Sentences of the connect crate the CLI and the wizard show ($page: an address; $hint: the key's
# last characters; $ids: finding ids; $verdict: healthy, problems, unreachable or no-keys, codes).
revoke-app-password = Para revocarla, abra { $page } y pulse «Revocar» junto a la contraseña de aplicación de Handshake.
revoke-key = Para revocar la clave, abra { $page } y pulse «Revocar» bajo su descripción.
revoke-key-ending = Para revocar la clave (la que termina en { $hint }), abra { $page } y pulse «Revocar» bajo su descripción.

## What changed since a store's previous check.
watch-key-stopped = la clave dejó de funcionar
watch-key-works-again = la clave vuelve a funcionar
watch-new = nuevo: { $ids }
watch-fixed = corregido: { $ids }
watch-was = antes { $verdict }
watch-first = primera comprobación desde la conexión
watch-unchanged = sin cambios

## While the owner approves in the browser.
connect-waiting-approval = esperando la aprobación
connect-waiting-key = aprobado; esperando a que la tienda envíe la clave

## A store's verdict in the text form of `handshake stores` (in English the contract's codes).
verdict-healthy = en orden
verdict-problems = problemas
verdict-unreachable = inaccesible
verdict-no-keys = sin claves
