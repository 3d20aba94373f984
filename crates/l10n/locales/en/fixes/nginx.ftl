# Fix titles for nginx snippets. The snippets themselves are never translated.
nginx-permalinks-title = nginx: route { $rest } to WordPress (try_files)
nginx-rest-first-title = nginx: let the REST API through (location ^~)
nginx-pass-auth-title = nginx: pass the Authorization header to PHP (fastcgi_param)
nginx-allow-app-title = nginx: allow { $app }'s addresses
nginx-skip-cache-title = nginx: do not cache the REST API
nginx-exempt-password-title = nginx: exempt the API from the HTTP password (auth_basic off)
