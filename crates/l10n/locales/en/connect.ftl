# Sentences of the connect crate the CLI and the wizard show ($page: an address; $hint: the key's
# last characters; $ids: finding ids; $verdict: healthy, problems, unreachable or no-keys, codes).
revoke-app-password = To revoke it, open { $page } and click Revoke next to the Handshake application password.
revoke-key = To revoke the key, open { $page } and click Revoke under its description.
revoke-key-ending = To revoke the key (the key ending in { $hint }), open { $page } and click Revoke under its description.

## What changed since a store's previous check.
watch-key-stopped = the key stopped working
watch-key-works-again = the key works again
watch-new = new: { $ids }
watch-fixed = fixed: { $ids }
watch-was = was { $verdict }
watch-first = first check since connecting
watch-unchanged = unchanged

## While the owner approves in the browser.
connect-waiting-approval = waiting for approval
connect-waiting-key = approved; waiting for the store to send the key

## A store's verdict in the text form of `handshake stores` (in English the contract's codes).
verdict-healthy = healthy
verdict-problems = problems
verdict-unreachable = unreachable
verdict-no-keys = no-keys
