# Fix titles for .htaccess snippets (Apache, LiteSpeed). The snippets themselves are never translated.
apache-location-root = the .htaccess file in the WordPress folder (usually { $example })
apache-location-folder = the .htaccess file in the WordPress folder { $base } (e.g. { $example })
apache-rest-first-title = Let the REST API through: put this at the top of .htaccess
apache-pass-auth-rewrite-title = Pass the Authorization header to WordPress (.htaccess, rewrite rule)
apache-pass-auth-setenvif-title = Or: pass the Authorization header with SetEnvIf (.htaccess)
apache-cgi-pass-auth-title = Or: { $directive } (.htaccess, Apache 2.4.13+)
apache-allow-app-title = Allow { $app }'s addresses (.htaccess)
apache-wordpress-rewrite-title = WordPress's own rewrite rules: make sure { $location } contains this block (replace an older copy)
apache-exempt-password-title = Exempt the API from the HTTP password (.htaccess, Apache 2.4)
