# Cloudflare fix titles and click paths. Expressions are never translated.
# Dashboard labels (Security → WAF → Custom rules …) are Cloudflare's English ones.
cloudflare-skip-rule-title = Cloudflare custom rule (action Skip) that lets the WooCommerce API through: paste this expression in the Expression Editor
cloudflare-skip-steps-title = Where to add the Cloudflare rule
cloudflare-skip-steps =
    1. Log in to Cloudflare and open the site { $host }.
    2. Go to Security → WAF → Custom rules and click Create rule (in the new dashboard: Security rules → Create rule → Custom rules).
    3. Rule name: Allow { $app } (WooCommerce API).
    4. Click Edit expression and paste the expression from the fix "Cloudflare custom rule (action Skip)".
    5. Choose action: Skip. Tick All remaining custom rules, and under More components to skip tick every option shown (All managed rules, All rate limiting rules, All Super Bot Fight Mode rules, Browser Integrity Check, Security Level).
    6. Place the rule First, then click Deploy.
    7. If Bot Fight Mode is on (Security → Bots), a Skip rule cannot bypass it: turn it off, or use the IP Access rule fix for { $app }'s addresses.
cloudflare-skip-steps-ray = 8. To see which rule blocked the request, go to Security → Events and search for Ray ID { $ray }.
cloudflare-ip-rules-intro = In Cloudflare, open the site { $host }, go to Security → WAF → Tools → IP Access Rules (in the new dashboard: Security rules → IP access rules) and add one rule per line below, with action Allow and "This website":
cloudflare-ip-rules-title = Allow { $app }'s servers in Cloudflare (IP Access rules)
cloudflare-cache-rule-title = Cloudflare cache rule: Caching → Cache Rules → Create rule → Edit expression, paste this, set Cache eligibility to Bypass cache, Deploy
cloudflare-ssl-full-title = Set Cloudflare's SSL mode to Full (strict)
cloudflare-ssl-full = In Cloudflare, open the site { $host }, go to SSL/TLS → Overview and set the encryption mode to Full (strict). With Flexible, Cloudflare reaches your server over plain HTTP and WordPress believes every request is insecure. Full (strict) needs a valid certificate on your server: most hosts issue a free one, or create a Cloudflare Origin Certificate under SSL/TLS → Origin Server.
