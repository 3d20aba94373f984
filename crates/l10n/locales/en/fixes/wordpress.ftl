# WordPress and WooCommerce fixes (crates/engine/src/fixes/wordpress.rs): titles, click paths and
# the comment lines of wp-config.php snippets. $marker, $notice and $permission are WordPress's
# and WooCommerce's own texts, quoted as they are.

wordpress-wp-config-where = Paste in wp-config.php above the line { $marker }
wordpress-permalinks-title = Turn on pretty permalinks
wordpress-permalinks = In WordPress ({ $admin }), go to Settings → Permalinks, choose "Post name" (any option except "Plain" works) and click Save Changes.
wordpress-resave-permalinks-title = Rebuild WordPress's address rules
wordpress-resave-permalinks = In WordPress, open Settings → Permalinks ({ $admin }) and click Save Changes without changing anything. This rebuilds the rules that route /wc-auth/v1/ to WooCommerce.
wordpress-https-proxy-title = Tell WordPress the site is served over HTTPS behind a proxy (wp-config.php)
wordpress-https-proxy-comment = Handshake: the proxy or CDN in front of the site ends HTTPS; tell WordPress the request was secure.
wordpress-accessible-hosts-title = Allow WordPress to reach { $host } (wp-config.php)
wordpress-accessible-hosts-comment = Handshake: WP_HTTP_BLOCK_EXTERNAL stops WordPress from sending the new keys to { $host }.
wordpress-accessible-hosts-already = If wp-config.php already defines WP_ACCESSIBLE_HOSTS, add { $host } to that line instead (comma-separated).
wordpress-php-notices-title = Stop PHP warnings from being printed into API answers (wp-config.php)
wordpress-php-notices-comment = Handshake: keep PHP notices out of the pages and API answers (they still go to the log).
wordpress-php-notices-already = If WP_DEBUG_DISPLAY is already defined in this file, change that line to false instead.
wordpress-mu-plugin-title = Or, if you want to keep the REST API disabled for everything else: allow only WooCommerce's routes
wordpress-maintenance-title = End maintenance mode
wordpress-maintenance =
    WordPress shows "{ $notice }" while it updates, and removes the notice when done. If it stays for more than 10 minutes, an update was interrupted:
    1. With your host's File Manager or FTP, open the WordPress folder ({ $base } on { $host }) and delete the file named .maintenance.
    2. Log in to WordPress, go to Dashboard → Updates and run the interrupted update again.
    If a maintenance-mode plugin (for example WP Maintenance Mode, SeedProd or LightStart) is on, switch it off or exclude { $rest }.
wordpress-activate-wc-title = Activate WooCommerce
wordpress-activate-wc = In WordPress ({ $plugins }), go to Plugins → Installed Plugins and click Activate under WooCommerce (install it first with Plugins → Add New if it is missing). If it is already active, update it to a current version.
wordpress-new-key-title = Create a new WooCommerce API key for { $app }
wordpress-new-key =
    1. In WordPress, go to WooCommerce → Settings → Advanced → REST API ({ $keys }).
    2. Click Add key. Description: { $app }. User: an Administrator or Shop Manager. Permissions: { $permission }.
    3. Click Generate API key and copy the consumer key and consumer secret into { $app } right away: the secret is shown only once.
    4. Delete the old key from the list if { $app } no longer uses it.
wordpress-key-permission-title = Give the key { $permission } permission
wordpress-key-permission =
    1. In WordPress, go to WooCommerce → Settings → Advanced → REST API ({ $keys }).
    2. Click the key { $app } uses (match the last characters shown in the Consumer key column), set Permissions to { $permission } and click Save changes.
    The key and secret stay the same, so nothing changes in { $app }.
wordpress-key-user-role-title = Give the key's user a role that can manage the store
# $missing: the capabilities the user lacks ("manage_woocommerce and promote_users"), already in this language.
wordpress-key-user-role =
    An API key acts as the WordPress user it belongs to, and that user lacks { $missing }.
    1. In WooCommerce → Settings → Advanced → REST API ({ $keys }), note the User of the key { $app } uses.
    2. In Users → All Users, edit that user and set Role to Shop Manager (or Administrator), then click Update User.
    Or create a new key under an Administrator or Shop Manager and give it to { $app }. If a role-editor plugin changed the Shop Manager role, restore the missing capabilities there.
wordpress-key-user-role-admin =
    An API key acts as the WordPress user it belongs to, and that user lacks { $missing }.
    1. In WooCommerce → Settings → Advanced → REST API ({ $keys }), note the User of the key { $app } uses.
    2. In Users → All Users, edit that user and set Role to Administrator (a Shop Manager may not create customers: WooCommerce checks promote_users), then click Update User.
    Or create a new key under an Administrator and give it to { $app }.
wordpress-app-password-title = Create a new application password for { $app }
wordpress-app-password =
    1. In WordPress, go to Users → Profile ({ $profile }) of the user { $app } signs in as.
    2. Under Application Passwords, type "{ $app }" as the name and click Add New Application Password.
    3. Copy the password shown (spaces included or not, both work) into { $app } with that user's login name: it is shown only once.
    If there is no Application Passwords section, the site is not on HTTPS or a plugin (often a security plugin) turned the feature off.
wordpress-site-address-title = Check WordPress's own address
wordpress-site-address = In WordPress ({ $general }), go to Settings → General: "WordPress Address (URL)" and "Site Address (URL)" should both be { $url } (without the trailing slash). Change them only if they differ, then click Save Changes.
