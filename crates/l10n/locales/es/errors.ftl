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

## Credentials from the environment ($prefix: ck_ or cs_; $set, $missing: variable names; $count: characters given).
error-credentials-consumer-key = la clave de consumidor debe empezar por { $prefix } seguido de 40 caracteres hexadecimales (se dieron { $count } caracteres)
error-credentials-consumer-secret = el secreto de consumidor debe empezar por { $prefix } seguido de 40 caracteres hexadecimales
error-credentials-incomplete = { $set } está definida pero { $missing } no: se necesitan las dos
error-credentials-app-password = la contraseña de aplicación debe tener 24 letras y dígitos (los espacios no importan)
error-credentials-empty-user = el nombre de usuario de WordPress está vacío

## --ca-cert ($path: the file as given; $error: the system's or the TLS library's own words).
error-trust-read = no se puede leer el certificado de CA { $path }: { $error }
error-trust-no-certificate = { $path } no contiene ningún certificado PEM
error-trust-invalid = el certificado de CA de { $path } no es válido: { $error }

## The OS keyring and the saved-store files ($error: the keyring's or the system's own words).
error-vault-unavailable = el llavero del sistema no está disponible: { $error }
error-vault-denied = el llavero denegó el acceso: { $error }
error-vault-corrupt = la entrada del llavero para { $store } está dañada; olvide la tienda y vuelva a conectarla
error-saved-no-config-dir = no se encontró ninguna carpeta de configuración para este usuario
error-saved-read = no se puede leer { $path }: { $error }
error-saved-write = no se puede escribir { $path }: { $error }
error-saved-corrupt = { $path } está dañado ({ $error }); se dejó como estaba

## --profile and --app ($path: the file or app name as given; $error: the system's words or what is wrong in the file).
error-profile-read = no se puede leer el perfil { $path }: { $error }
error-profile-invalid = el perfil { $path } no es válido: { $error }

## What is wrong inside a profile ($field: the TOML key; $value: what the file says, quoted; $known:
## the app profiles there are; $max: a number of characters).
error-profile-unknown-app = no existe ese perfil de aplicación; disponibles: { $known }
error-profile-empty-name = { $field } no puede estar vacío
error-profile-name-too-long = { $field } tiene más de los { $max } caracteres que guarda WooCommerce
error-profile-bad-ip = { $field }: { $value } no es una dirección IP ni un rango CIDR
error-profile-bad-user-agent = { $field } debe tener entre 1 y { $max } caracteres ASCII imprimibles
error-profile-bad-host = { $value } no es un nombre de host

## Setting up a check ($error: why the HTTP client could not be set up).
error-engine-client = no se pudo configurar el cliente HTTP: { $error }
error-engine-bad-timeout = el límite de tiempo debe estar entre 1 y 600 segundos

## --resolve ($spec: the value as typed, quoted; $shape: the form expected; $address: the part after it, quoted).
error-resolve-shape = { $spec }: se esperaba { $shape }
error-resolve-not-an-ip = { $spec }: { $address } no es una dirección IP
error-resolve-empty-host = { $spec }: el nombre de host está vacío
