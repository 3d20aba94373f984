# auth.clock_skew (crates/engine/src/catalog/clock.rs). $error and $refusal are WooCommerce's own
# texts; $command, $status and $synchronized are what to type and what the system prints.

clock-title-refused = WooCommerce refuses signed requests: the store's clock and this computer's disagree
# $duration: "2 h 1 min" (clock-duration-*).
clock-title-off = The store's clock is { $duration } off
clock-title = The store's clock and this computer's disagree
clock-summary-refused = WooCommerce refuses signed requests because the store's clock and this computer's are too far apart.
clock-summary-measured = The store's clock and this computer's are so far apart that WooCommerce would refuse signed requests.
clock-summary = The store's clock and this computer's disagree.
clock-action-host = Ask your host to set the server's clock right and keep it synchronized, with the message below.
clock-action-compare = Compare this computer's clock with a clock you trust, then set the wrong one to update automatically.
# $skew: clock-skew-* ("2 h 1 min behind this computer's").
clock-explanation-refused-measured = WooCommerce refused a request signed with OAuth 1.0a ("{ $refusal }"): it accepts a signature only when its time is within 15 minutes of the server's clock, and the store's clock is { $skew }.
clock-explanation-refused = WooCommerce refused a request signed with OAuth 1.0a ("{ $refusal }"): it accepts a signature only when its time is within 15 minutes of the server's clock, so the store's clock and this computer's differ by more than that (the store sent no Date header to measure it).
clock-explanation-measured = The store's server gives its time in every answer (the Date header), and its clock is { $skew }. WooCommerce accepts a request signed with OAuth 1.0a only when its time is within 15 minutes of the server's clock, so signed requests from here would be refused with "{ $error }".
clock-explanation-local-synced = This computer sets its clock automatically and is in sync, so the store's clock is the wrong one.
clock-explanation-local-unsynced = This computer's clock is not synchronized to a time source, so it may be the wrong one: compare it with a clock you trust (for example time.is) before asking the host.
clock-explanation-local-unknown = Either clock may be the wrong one: compare this computer's clock with a clock you trust (for example time.is) before asking the host.
clock-explanation-who = Apps that sign their requests this way (every app on a store without HTTPS) are refused whenever the clocks are that far apart; an app that sends its key over HTTPS without signing is not affected.
# How far the store's clock is from this computer's, after "the store's clock is".
clock-skew-in-step = in step with this computer's
clock-skew-behind = { $duration } behind this computer's
clock-skew-ahead = { $duration } ahead of this computer's
clock-duration-seconds = { $s } s
clock-duration-minutes = { $m } min { $s } s
clock-duration-hours = { $h } h { $m } min
clock-duration-days = { $d ->
        [one] 1 day
       *[other] { $d } days
    } { $h } h
clock-fix-local-title = Set this computer's clock automatically
clock-fix-local =
    Windows: Settings → Time & language → Date & time → turn on "Set time automatically", then click "Sync now".
    macOS: System Settings → General → Date & Time → turn on "Set time and date automatically".
    Linux: run `{ $command }`, then `{ $status }` should say "{ $synchronized }".
    Then run the check again.
clock-fix-vps-title = If you run the server yourself: turn on time synchronization
clock-fix-vps = On the server (Debian, Ubuntu and most Linux systems), run `{ $command }`, then check that `{ $status }` says "{ $synchronized }". In a container, set the clock on the host machine: containers use the host's clock.
clock-support-recipient = your host
clock-support-subject = The server clock of { $host } is wrong
clock-support-problem-synced = The server's clock is wrong: it is { $skew }, and this computer's clock is synchronized with internet time servers. WooCommerce refuses requests signed with OAuth 1.0a ("{ $error }") when the server's clock is more than 15 minutes off.
clock-support-problem-compared = The server's clock (its Date header) is { $skew }, and this computer's clock agrees with a clock I trust. WooCommerce refuses requests signed with OAuth 1.0a ("{ $error }") when the server's clock is more than 15 minutes off.
clock-support-problem = WooCommerce refuses requests signed with OAuth 1.0a with "{ $error }", which it does when the server's clock is more than 15 minutes off.
clock-support-ask = synchronize the server's clock with internet time servers (NTP, for example chrony or systemd-timesyncd) and keep it synchronized
