# Titel der nginx-Korrekturen. Die Snippets selbst werden nie übersetzt.
nginx-permalinks-title = nginx: { $rest } an WordPress weiterleiten (try_files)
nginx-rest-first-title = nginx: REST-API durchlassen (location ^~)
nginx-pass-auth-title = nginx: Authorization-Header an PHP weitergeben (fastcgi_param)
nginx-allow-app-title = nginx: Adressen von { $app } zulassen
nginx-skip-cache-title = nginx: REST-API nicht zwischenspeichern
nginx-exempt-password-title = nginx: API vom HTTP-Passwort ausnehmen (auth_basic off)
