# The connect flow's own outcomes (crates/engine/src/catalog/connect.rs). $shown, $error and
# $done_page are page texts quoted as they are; $why is empty or " (the network error)".

connect-denied-title = The connection was declined on the store's approval page
connect-denied-summary = The connection was declined on the store's approval page, so no key was created.
connect-denied-action = Start the connection again and click Approve if you want { $app } to have access.
connect-denied-explanation = WooCommerce's page asking to approve { $app } was answered with Deny (or Cancel), so no key was created. Nothing is wrong with the store. Start the connection again and click Approve if you want { $app } to have access.
connect-denied-fix-title = Approve the connection
connect-denied-fix = Start the connection again. On the page titled "{ $app } would like to connect to your store", check the access it asks for and click Approve. You need to be logged in as an administrator or shop manager.
connect-capability-title = The store's approval page refused the user who was logged in
connect-capability-summary = The approval page refused the WordPress user who was logged in, so no key was created.
connect-capability-action = Log in to the store as an administrator or shop manager, then connect { $app } again.
connect-capability-explanation = WooCommerce showed "{ $shown }" on its approval page. It lets only users who may manage WooCommerce (the manage_woocommerce capability: Administrators and Shop Managers) see Approve and create a key. Either the user logged in lacks it (a Customer, Subscriber or Editor), or WordPress no longer saw the login when Approve was clicked (logged out in another tab, or the session ended). No key was created.
connect-capability-fix-title = Approve as an administrator or shop manager
connect-capability-fix =
    1. Open the store's admin (wp-admin) and log out, or use a private browser window.
    2. Start the connection from { $app } again.
    3. When WooCommerce asks you to log in, use an account whose role is Administrator or Shop Manager, then click Approve.
connect-timeout-title = The approval was not finished in time
connect-timeout-summary = No answer came back from the store's approval page before the time ran out.
connect-timeout-action = Start again and approve within a few minutes; if WooCommerce shows an error instead, paste its text into Handshake.
connect-timeout-explanation = No answer came back from the store's approval page before the time ran out: the page may still be open, or WooCommerce showed an error instead of returning to { $app }. If you saw an error such as "{ $error }", paste its text into Handshake to find its cause; otherwise start again and approve within a few minutes.
connect-timeout-fix-title = Try again, and note any error
connect-timeout-fix =
    1. Start the connection again.
    2. Log in to the store if asked, then click Approve.
    3. If WooCommerce shows an error page instead of "{ $done_page }", copy its text and paste it into Handshake ({ $command }).
# Where the store's new key travels when the connect flow recorded no address.
connect-relay-fallback = { $app }'s relay
connect-busy-title = { $app }'s connection service is busy
connect-busy-summary = { $app }'s connection service is busy and turned the request away for now.
connect-busy-action = Wait a little, then connect again; if it keeps refusing, tell whoever runs the service.
connect-busy-explanation = Handshake hands the store's new key to this computer through a small relay service at { $relay }. The service answered, but turned the request away for now{ $why }: it is busy, or limiting requests from this network. Your store was not changed and nothing is wrong with this computer's connection. Wait about { $wait } seconds and connect again; if it keeps refusing, the service's operator needs to know.
connect-busy-fix-title = Wait, then connect again
connect-busy-fix = Wait about { $wait } seconds, then start the connection again. If { $relay } keeps answering that it is busy, report it to whoever runs that service.
connect-unreachable-title = { $app }'s connection service could not be reached
connect-unreachable-summary = { $app }'s connection service did not answer this computer.
connect-unreachable-action = Check this computer's internet connection, proxy and firewall, then try again.
connect-unreachable-explanation = Handshake hands the store's new key to this computer through a small relay service at { $relay }, and that service did not answer{ $why }. Your store was not changed. Check this computer's internet connection (and any proxy or firewall on it), then try again; if it keeps failing, the service may be down.
connect-unreachable-fix-title = Check the connection and retry
connect-unreachable-fix = Open { $relay } in a browser on this computer. If it does not load, check the network or proxy settings, wait a few minutes and connect again.
