# The terminal (handshake CLI): report lines, the two-vantage table, messages and errors.
# Values are never translated: $url, $store, $other and $relay are addresses, $kind is a fix kind
# code, $error is an error text as the system or the library wrote it.

cli-cannot-start = cannot start: { $error }
cli-cannot-write-report = cannot write the report: { $error }
cli-report-saved = Report saved: { $path }
cli-output-no-folder = cannot write the report: the folder { $folder } does not exist
cli-example = example
cli-checking = Checking { $store } …
cli-keyring-or-env = use either { $flag } or the { $variables } environment variables, not both
cli-no-keys-in-keyring = no keys for { $store } in the OS keyring: connect it first with `{ $command }`
cli-timeout-range = { $flag } must be between 1 and 600 seconds
cli-store-answers-elsewhere = The store answers at { $other }. If that is your store, check it there:

## The report for a person ($warnings and $errors are counts).
cli-verdict-healthy = Verdict: healthy — apps can connect to { $url }.
cli-verdict-healthy-warnings = Verdict: apps can connect to { $url }, with { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } worth a look.
cli-verdict-problems = Verdict: { $errors ->
        [one] 1 problem stops
       *[other] { $errors } problems stop
    } apps from connecting to { $url }{ $warnings ->
        [0] {""}
        [one] {" "}(and 1 warning)
       *[other] {" "}(and { $warnings } warnings)
    }.
cli-verdict-unreachable = Verdict: { $url } cannot be reached{ $warnings ->
        [0] {""}
        [one] {" "}(and 1 warning)
       *[other] {" "}(and { $warnings } warnings)
    }.
# $took: a duration such as "412 ms" or "1.5 s"; $status: the exit status (0 or 1).
cli-checked-in = Checked in { $took } with { $probes } probes. Exit status: { $status }.
cli-severity-error = ERROR
cli-severity-warning = WARNING
cli-severity-info = INFO
cli-what-to-do = What to do: { $action }
cli-technical-details = Technical details:
cli-evidence = Evidence:
# $n: the fix's number; $title: its title (already in the report's language); $kind: a code.
cli-fix-heading = Fix { $n }: { $title } [{ $kind }]

## doctor --relay: this computer's and the app's servers' answers side by side.
cli-vantage-row-home = Home page
cli-vantage-row-rest-index = REST API ({ $path })
cli-vantage-row-rest-index-query = REST API ({ $path })
cli-vantage-row-rest-index-browser = REST API as a web browser
cli-vantage-row-rest-post = POST to the WooCommerce API
cli-vantage-row-rest-put = PUT to the WooCommerce API
cli-vantage-row-auth-header-echo = Login headers reach WordPress
cli-vantage-row-wc-auth = App authorization page
cli-vantage-row-wc-auth-query = Authorization page (fallback)
cli-vantage-not-checked = not checked
cli-vantage-no-answer = no answer
cli-vantage-server-page = server page
cli-vantage-relay-failed = The relay ({ $relay }) could not check the store from the app's servers: { $error }
    Only this computer's view is shown; this says nothing about the store.
cli-vantage-unnamed-address = an address it did not name
# $from: the address the relay checked from, and its label.
cli-vantage-heading = From this computer and from the app's servers (the relay { $relay } checked from { $from }):
cli-vantage-column-request = request
cli-vantage-column-here = this computer
cli-vantage-column-there = the app's servers

## handshake stores / forget ($at: a time, RFC 3339; $verdict: healthy, problems, unreachable or no-keys, a code).
cli-stores-none = No saved stores. Connect one with: { $command }
cli-stores-last-check = last check { $at }: { $verdict }
cli-stores-not-checked = not checked since connecting
# $hint: the key's last characters as WooCommerce shows them.
cli-stores-key = key { $hint }
cli-stores-connected = connected { $at }
cli-stores-was = was { $verdict }
cli-stores-unchanged = unchanged
cli-stores-no-keys = no keys in the OS keyring; reconnect with: { $command }
cli-stores-details = details: { $command }
cli-forget-not-saved = { $store } is not saved on this computer (see `{ $command }`)
cli-forget-done = Forgot { $store }: its keys are gone from the OS keyring and its details from this computer.
# Followed by where and how to revoke the key.
cli-forget-revoke = The key still works in WooCommerce until you revoke it.

## handshake demo ($summary: the scenario's description, a value).
cli-demo-list-heading = Demo scenarios ({ $command }):
cli-demo-unknown-scenario = unknown scenario { $scenario }: see { $command }
cli-demo-cannot-start = cannot start the demo store: { $error }
cli-demo-bad-url = the demo store gave a bad URL: { $error }
cli-demo-store = Demo store "{ $scenario }": { $summary }
cli-demo-local = (a local server behaving like WordPress + WooCommerce with that fault; nothing leaves this machine)
cli-demo-try-another = Try another fault: { $list }, then { $command }
cli-demo-connect-failed = cannot run the demo's connect flow: { $error }
cli-demo-connect-local = (a local store and a local callback relay; the demo plays the store's admin in your browser; nothing leaves this machine)
cli-demo-link-shown = Approval link shown; the store's admin opens it and clicks Approve or Deny
cli-demo-browser-ended = The browser ended on a page with HTTP { $status }
cli-demo-outcome-connected = Connected.
cli-demo-outcome-blocked = Stopped before the approval.
cli-demo-outcome-failed = The authorization failed.

## handshake connect ($key: the key's last characters; $permissions: as WooCommerce names them, a value).
cli-connecting = Connecting { $store } …
cli-connect-checking-credentials = Checking the credentials against { $store } …
cli-connect-no-relay = no relay given: pass { $flag } (or set { $variable }), or use { $other }
cli-connect-permissions-checked = checked
cli-connect-connected = Connected. The key { $key } ({ $permissions }) is saved in this computer's keyring.
# Followed by where and how to revoke the old key.
cli-connect-replaced = This replaced the store's previous key.
cli-connect-replaced-key = This replaced the store's previous key ({ $key }).
cli-connect-blocked = The store must be fixed before it can be connected: nothing was changed.
cli-connect-failed = The connection did not complete.
cli-connect-answers-elsewhere = The store answers at { $other }. If that is your store, connect it there:
# $read, $write: WooCommerce resource names as the API spells them ("orders, products").
cli-connect-verified = Verified.
cli-connect-verified-read = Verified: the app can read { $read }.
cli-connect-verified-write = Verified: the app can write { $write }.
cli-connect-verified-read-write = Verified: the app can read { $read }; can write { $write }.
cli-explain-unknown = that message is not one Handshake knows. Known messages:
cli-connect-set-app-password = set { $user } and { $password } (never on the command line)
cli-connect-set-keys = set { $key } and { $secret } (never on the command line)
cli-connect-prompt-key = Consumer key ({ $shape }):
cli-connect-prompt-secret = Consumer secret ({ $shape }, not shown):
cli-connect-browser-opens = A browser window opens WooCommerce's approval page. If it does not, open:
cli-connect-approve = Log in if asked, check the access requested and click Approve.
cli-connect-no-browser = No browser could be opened here ({ $error }): open the address above yourself.
cli-connect-key-received = Key received ({ $key }, { $permissions }); verifying it …
cli-connect-saved = Saved { $store } in the OS keyring.
