# net.blocks_app_servers, net.blocks_this_computer and site.unexplained between vantages
# (crates/engine/src/catalog/vantage.rs). $place and $relay name where the app's side was checked
# from ("the relay at 203.0.113.9 (Frankfurt)"); $differences are the analysis' own lines; $agent
# is a User-Agent header, quoted as it is.

vantage-relay-fallback = the relay
vantage-differences = The same requests got different answers: { $differences }.
vantage-app-title-agent = The store refuses requests that say they come from { $app }
vantage-app-title-rate-limited = The store rate-limits the app's servers but not this computer
vantage-app-title = The store answers this computer but blocks the app's servers
vantage-app-summary-agent = The store refuses requests that identify themselves as { $app }, while it answers a web browser.
vantage-app-summary = The store refuses { $app }'s servers while it answers this computer, so { $app } cannot connect although the store looks fine to you.
vantage-app-action-agent-vendor = Remove the rule in { $vendor } that blocks { $app }'s user agent, as the fix below shows.
vantage-app-action-agent = Remove the rule that blocks { $app }'s user agent in your security plugin or firewall, as the fixes below show.
vantage-app-action-vendor = Allow { $app }'s servers in { $vendor } with the fix below.
vantage-app-action = Allow { $app }'s servers through your host's firewall or security plugin with the fixes below, or send your host the message.
vantage-app-refused = Requests from { $app }'s side were refused while the same requests from this computer were answered.
vantage-app-by-address = The app's side was checked from { $place }, on the network side { $app }'s servers call from, so { $app } meets this refusal while everything looks fine from here.
vantage-app-by-agent-known = The refused and the answered request differ only in their User-Agent header, { $app }'s ("{ $agent }") against a web browser's, so a rule that filters on the agent refuses { $app }.
vantage-app-by-agent-unknown = The refused and the answered request differ only in their User-Agent header, this check's own ("{ $agent }") against a web browser's; the profile does not say which agent { $app } sends, so set its user_agent to check that one.
# $marker: empty, or " (cf-mitigated: challenge, Ray ID …)".
vantage-app-refusals-vendor = The refusals came from { $vendor }'s block page{ $marker }, so the rule to change is there.
vantage-app-refusals-server-page = The refusals are the web server's own error page, which an address or agent rule in its configuration or .htaccess gives, or a firewall the host runs in front of it.
vantage-app-refusals-rate-limit = HTTP 429 is a rate limit, and one that counts by address trips on { $app }'s steady traffic from a few servers long before it trips on yours.
vantage-app-refusals-unknown = The refused answers do not say which firewall or rule sent them, so this check names none: look in whatever filters traffic in front of WordPress (a CDN, the host's firewall, a security plugin).
vantage-fix-addresses-title = Get the addresses { $app } calls from
# $checked: empty, or " " and vantage-fix-addresses-checked.
vantage-fix-addresses = The integration profile lists no addresses for { $app }, so the fixes cannot name them. Ask { $app }'s support (or look in its help pages) for the IP addresses its servers call your store from, then allow exactly those where the refusal came from.{ $checked } Then check again with a profile that lists them (allow_ips).
vantage-fix-addresses-checked = This check's requests came from { $relay }; the app's own servers may use other addresses.
vantage-agent-title = Stop blocking { $app }'s user agent
vantage-agent-lead-wordfence = Wordfence answered: in WordPress go to Wordfence → Firewall → Blocking, find the Custom Pattern block whose Browser User Agent matches "{ $agent }" and delete it (Wordfence → Tools → Live Traffic shows the blocked request and the rule).
vantage-agent-lead-cloudflare = Cloudflare answered: go to Security → WAF → Tools → User Agent Blocking and delete the rule matching "{ $agent }"; also check Security → WAF → Custom rules for an expression on http.user_agent (Security → Events shows the rule that matched).
vantage-agent-lead-vendor = { $vendor } answered: look in its rules for one that matches the User-Agent "{ $agent }" and remove or narrow it.
# $htaccess names the .htaccess directives, never translated.
vantage-agent-places =
    The requests with the User-Agent "{ $agent }" were refused and the same requests with a web browser's agent were answered. Rules that block by agent are kept in these places; remove the one matching "{ $agent }" (or any part of it):
    - Wordfence: Firewall → Blocking → Custom Pattern (Browser User Agent)
    - All-In-One Security: Firewall → 6G / 5G firewall rules (bad bots) and Firewall → Blacklist / User agents
    - Solid Security (iThemes): Security → Settings → Ban Users → Ban User Agents
    - Cloudflare: Security → WAF → Tools → User Agent Blocking, and custom rules on http.user_agent
    - .htaccess: { $htaccess } lines that deny it
    Then check again.
vantage-support-recipient = your host
vantage-support-subject = Please let { $app } reach { $host }
vantage-support-from = The refused requests came from { $relay }, a check run from the network side the app calls from.
vantage-support-what-agent = Requests that carry the User-Agent "{ $agent }" are refused, while the same requests with a web browser's agent are answered.
vantage-support-what = The same requests are answered from my computer but refused from { $app }'s side.
vantage-support-who = The refusals are { $vendor }'s block page.
vantage-support-ask-agent = find the firewall rule, security plugin or server setting that refuses the User-Agent "{ $agent }" and remove or narrow it
vantage-support-ask = find the firewall rule, security plugin or server setting that refuses these requests and allow { $app }'s servers through it
vantage-this-title = The store answers the app's servers but not this computer
vantage-this-summary = The store refuses this computer but answers { $app }'s servers, so { $app } is not affected by this block.
vantage-this-action = Release this computer's address in your security plugin or ask your host to, as shown below.
vantage-this-refused = Requests from this computer were refused while the same requests from the app's side were answered.
vantage-this-relay-answered = From { $place }, on the network side { $app }'s servers call from, the store answered, so this block does not stop { $app }.
vantage-this-no-answer = This computer got no answer at all: a firewall that drops an address (often after failed logins, such as fail2ban, CSF or Imunify360 on the host) does this, and so does a problem in this computer's own network.
vantage-this-refused-address = Something refuses this computer's address: often a security plugin or the host's firewall that locked it out after failed logins, or a rule that blocks your network or country.
vantage-this-other-findings = Other findings from this computer may come from this block rather than from the store itself.
vantage-this-fix-title = Release this computer's address
vantage-this-fix =
    This computer's address is refused by the store's security. To find and release it:
    - Wordfence: Wordfence → Firewall → Blocking (and Wordfence → Tools → Live Traffic), then Unblock this address
    - Solid Security (iThemes): Security → Dashboard → Active Lockouts → Release
    - Limit Login Attempts Reloaded: Settings → Limit Login Attempts → Logs → remove the lockout
    - All-In-One Security: Firewall → Blacklist, and User Login → Locked IP addresses
    - Cloudflare: Security → Events shows the rule; Security → WAF → Tools lists IP Access rules
    - The host's firewall (fail2ban, CSF, Imunify360): ask your host with the message below.
    Run the check again afterwards.
vantage-this-support-subject = My own address is blocked from { $host }
vantage-this-support-problem = The same requests are answered from another network but refused from my computer (checked from { $place } for comparison). I may have been locked out after failed logins.
vantage-this-support-ask = tell me which firewall or security rule blocks my address and lift the block
vantage-unexplained-title = The app's servers get other answers than this computer, for no reason this check can name
vantage-unexplained-summary = The store answers this computer, but { $app }'s side got no normal answer, for a reason this check cannot name.
vantage-unexplained-action = Send your host the message below: it shows both sides, so they can look for the requests in their logs.
vantage-unexplained-differ = The app's side got answers that differ from this computer's.
vantage-unexplained-checked = The app's side was checked from { $place }, and its answers carry no firewall's block page and no refusal, so this check names no cause.
vantage-unexplained-maybe = It may be the network between that side and the store, or a firewall that drops connections without answering; whoever runs the server can see in its logs whether these requests arrived.
vantage-unexplained-support-subject = Requests to { $host } from another network get no normal answer
vantage-unexplained-support-problem = The same requests are answered from my computer but not from { $place }: { $differences }.
vantage-unexplained-see-below = see below
vantage-unexplained-support-ask = check in the server's and the firewall's logs whether these requests arrived, and what answered or dropped them
vantage-relay-at = the relay at { $address }
vantage-relay-at-labelled = the relay at { $address } ({ $label })
vantage-relay-labelled = the relay ({ $label })
vantage-diff-sides = { $request }: { $here } from this computer, { $there } from the app's servers
vantage-diff-sides-browser = { $request } with a browser's agent: { $here } from this computer, { $there } from the app's servers
vantage-diff-agent-here = { $request }: refused with the app's agent and answered with a browser's, from this computer
vantage-diff-agent-there = { $request }: refused with the app's agent and answered with a browser's, from the app's servers
vantage-diff-agent-both = { $request }: refused with the app's agent and answered with a browser's, from this computer and from the app's servers
vantage-answer-normal = answered normally
vantage-answer-status = HTTP { $status }
vantage-answer-server-page = HTTP { $status } ({ $marker })
vantage-answer-firewall = HTTP { $status } ({ $vendor }'s block page)
vantage-answer-unknown-firewall = HTTP { $status } (a block page with no known firewall's signature)
vantage-answer-none = no answer
vantage-answer-none-why = no answer ({ $why })
vantage-answer-not-checked = not checked
