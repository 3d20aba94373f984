# Errors a person gets for what they typed. Values: $input and $host as typed (quoted),
# $scheme, $https, $http, $example, and $error (the URL parser's own words).
error-store-url-empty = la dirección de la tienda está vacía
error-store-url-unparsable = { $input } no es una dirección web: { $error }
error-store-url-scheme = el esquema { $scheme } no es compatible: use { $https } (o { $http })
error-store-url-no-host = la dirección no tiene nombre de host
error-store-url-credentials = la dirección no debe contener un nombre de usuario ni una contraseña
error-store-url-bad-host = { $host } no es un nombre de host válido
error-store-url-not-web = las direcciones «{ $scheme }» no son direcciones web: introduzca la dirección de la tienda, por ejemplo { $example }
error-store-url-port-zero = el puerto 0 no lo puede usar ningún servidor web: omita el puerto o indique el que usa la tienda
