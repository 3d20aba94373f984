# Títulos de las correcciones para nginx. Los fragmentos de código nunca se traducen.
nginx-permalinks-title = nginx: dirija { $rest } a WordPress (try_files)
nginx-rest-first-title = nginx: deje pasar la API REST (location ^~)
nginx-pass-auth-title = nginx: pase la cabecera Authorization a PHP (fastcgi_param)
nginx-allow-app-title = nginx: permita las direcciones de { $app }
nginx-skip-cache-title = nginx: no guarde la API REST en caché
nginx-exempt-password-title = nginx: excluya la API de la contraseña HTTP (auth_basic off)
