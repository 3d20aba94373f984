# Ready-to-send support messages (crates/engine/src/fixes/hosting.rs). The owner pastes the whole
# message into a ticket; the failing requests and any rule attached are added between these lines.

# Fix title; $recipient is already in this language ("your host", "SiteGround support").
hosting-support-title = Message to send to { $recipient }
hosting-support-subject = Subject: { $subject }
hosting-support-greeting = Hello,
# First sentence of the message; a sentence saying what goes wrong follows on the same line.
hosting-support-opening = My WooCommerce store { $url } cannot connect to { $app }.
hosting-support-failing = These requests fail:
hosting-support-passing = These work, for comparison:
# $ask is what to change, written to end this question.
hosting-support-ask = Could you please { $ask }?
hosting-support-addresses = { $app } calls the store from these addresses: { $addresses }.
hosting-support-thanks = Thank you!
