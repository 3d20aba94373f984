# The e-mail for the store's host (crates/engine/src/host_email.rs), written for a support engineer
# who has never seen Handshake. A message in another language carries the English one below it.
# $host, $url, $file are values; $title is a finding's or fix's title, already in this language.

email-subject-problem = WooCommerce store { $host }: { $title }{ $more ->
        [0] {""}
        [one] {" "}(and 1 more problem)
       *[other] {" "}(and { $more } more problems)
    }
email-subject-healthy = WooCommerce store { $host }: connection check
email-greeting = Hello,
# $tool: "Handshake for WooCommerce 0.1.0"; $when: the check's time (RFC 3339).
email-intro = I run the WooCommerce store { $url }. An app needs to reach its REST API, and a diagnostic tool ({ $tool }) checked the store from outside on { $when }.
email-intro-healthy = It found nothing that blocks an app from connecting; the attached report has the details in case you need them.
email-intro-problems = It found the problems below. Could you please make the change described under each one, or tell me who can?
email-severity-error = blocks the connection
email-severity-warning = should be fixed
email-severity-info = for information
email-seen = What the tool saw:
# A list item (the "- " is added before it).
email-more-evidence = …and { $count } more in the attached report
email-fix = The fix ({ $title }):
email-request = What I am asking for:
email-more-findings = { $count ->
        [one] 1 more problem is described in the attached report.
       *[other] { $count } more problems are described in the attached report.
    }
email-attached = The full report is attached ({ $file }): every request the tool made and what the server answered.
email-thanks = Thank you!
# The line above the English copy of the message.
email-english-copy = English copy
email-paste-here = (The full message was too long for a mail link: it is on the clipboard, paste it here.)
email-paste-here-attach = (The full message was too long for a mail link: it is on the clipboard, paste it here. Please attach the report { $file } too.)
