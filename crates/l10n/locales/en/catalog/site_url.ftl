# site.url_mismatch (crates/engine/src/catalog/site_url.rs).

site-url-title = WordPress's own address is not the address { $app } uses
site-url-summary = WordPress has a different address for your store than the one { $app } uses.
site-url-action = Use one address everywhere: enter WordPress's Site Address in { $app }, or correct the Site Address in WordPress.
# Follows the Site Address in the explanation when WordPress's files live elsewhere.
site-url-wordpress-address = (its WordPress Address, where its files live, is { $url })
# $wordpress_address is empty or the message above with a leading space; $differences comes from the analysis.
site-url-explanation = WordPress says its Site Address is { $home }{ $wordpress_address }, but { $app } uses { $app_address }. They differ in { $differences }. WooCommerce builds the links of the page where you approve { $app } from the Site Address, so you are sent to { $home } while approving.
# The same, when the host differs: $error is WooCommerce's own error text (never translated).
site-url-explanation-host = WordPress says its Site Address is { $home }{ $wordpress_address }, but { $app } uses { $app_address }. They differ in { $differences }. WooCommerce builds the links of the page where you approve { $app } from the Site Address, so you are sent to { $home } while approving, and it checks requests signed with OAuth 1.0a against the Site Address's host, so signatures { $app } makes for { $app_address } are refused ("{ $error }").
site-url-explanation-happened = That happened here, while the same key worked when signed for the Site Address or sent without a signature.
site-url-explanation-one-address = Use one address everywhere: either the Site Address in the app, or correct the Site Address.
site-url-fix-use-site-address-title = If WordPress's address is the right one: use it in the app
site-url-fix-use-site-address = Enter { $home } as the store address in { $app } (and in this check), then connect { $app } again so its keys and callbacks use that address.
site-url-fix-general-settings-title = If the app's address is the right one: correct WordPress's address
site-url-fix-general-settings = In WordPress ({ $general }), go to Settings → General and set "Site Address (URL)" to { $app } (without the trailing slash). "WordPress Address (URL)" is where WordPress's files live: give it the same scheme and domain but keep its folder. Click Save Changes, then log in again at the new address. If the two fields are greyed out, wp-config.php sets them (see the next fix).
site-url-fix-wp-config-title = If wp-config.php sets the addresses: change them there
# Comment lines of the PHP snippet ($marker is the line in wp-config.php, never translated).
site-url-fix-wp-config-comment = Handshake: WordPress's addresses, as the app uses them.
site-url-fix-wp-config-where = Paste in wp-config.php above the line "{ $marker }" (replace these two lines if they are already there).
site-url-differs-scheme = the scheme: WordPress uses { $wordpress }, the app uses { $app }
site-url-differs-www = www: WordPress uses { $wordpress }, the app uses { $app }
site-url-differs-domain = the domain: WordPress uses { $wordpress }, the app uses { $app }
site-url-differs-port = the port: WordPress uses { $wordpress }, the app uses { $app }
site-url-differs-folder = the folder: WordPress lives at { $wordpress }, the app uses { $app }
