# Sentences of the connect crate the CLI and the wizard show ($page: an address; $hint: the key's
# last characters; $ids: finding ids; $verdict: healthy, problems, unreachable or no-keys, codes).
revoke-app-password = Um es zu widerrufen, öffnen Sie { $page } und klicken Sie beim Anwendungspasswort von Handshake auf „Widerrufen“.
revoke-key = Um den Schlüssel zu widerrufen, öffnen Sie { $page } und klicken Sie unter seiner Beschreibung auf „Widerrufen“.
revoke-key-ending = Um den Schlüssel (den Schlüssel mit der Endung { $hint }) zu widerrufen, öffnen Sie { $page } und klicken Sie unter seiner Beschreibung auf „Widerrufen“.

## What changed since a store's previous check.
watch-key-stopped = der Schlüssel funktioniert nicht mehr
watch-key-works-again = der Schlüssel funktioniert wieder
watch-new = neu: { $ids }
watch-fixed = behoben: { $ids }
watch-was = vorher { $verdict }
watch-first = erste Prüfung seit dem Verbinden
watch-unchanged = unverändert

## While the owner approves in the browser.
connect-waiting-approval = warte auf die Freigabe
connect-waiting-key = freigegeben; warte darauf, dass der Shop den Schlüssel sendet

## A store's verdict in the text form of `handshake stores` (in English the contract's codes).
verdict-healthy = in Ordnung
verdict-problems = Probleme
verdict-unreachable = nicht erreichbar
verdict-no-keys = keine Schlüssel
