# Títulos de las correcciones para .htaccess (Apache, LiteSpeed). Los fragmentos de código nunca se traducen.
apache-location-root = el archivo .htaccess de la carpeta de WordPress (normalmente { $example })
apache-location-folder = el archivo .htaccess de la carpeta de WordPress { $base } (p. ej. { $example })
apache-rest-first-title = Deje pasar la API REST: ponga esto al principio de .htaccess
apache-pass-auth-rewrite-title = Pase la cabecera Authorization a WordPress (.htaccess, regla de reescritura)
apache-pass-auth-setenvif-title = O bien: pase la cabecera Authorization con SetEnvIf (.htaccess)
apache-cgi-pass-auth-title = O bien: { $directive } (.htaccess, Apache 2.4.13+)
apache-allow-app-title = Permita las direcciones de { $app } (.htaccess)
apache-wordpress-rewrite-title = Reglas de reescritura propias de WordPress: asegúrese de que { $location } contiene este bloque (sustituya una copia anterior)
apache-exempt-password-title = Excluya la API de la contraseña HTTP (.htaccess, Apache 2.4)
